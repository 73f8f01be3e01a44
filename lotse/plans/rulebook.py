"""Loads and validates the arrival-plan rules (the YAML data files in lotse/plans/rules/)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from django.conf import settings

from lotse.core.datafiles import SafeLoader

RULES_DIR = Path(__file__).resolve().parent / "rules"
SUPPORTED_VERSIONS = {1}
PERSPECTIVES = ("newcomer", "employer")
PURPOSES = (
    "work",
    "job-search",
    "study",
    "training",
    "family",
    "protection",
    "self-employment",
)
QUALIFICATIONS = ("academic", "vocational", "none")
# Common European Framework levels, lowest first (the order is used for "at least B1").
GERMAN_LEVELS = ("none", "A1", "A2", "B1", "B2", "C1", "C2")
SALARY_BANDS = ("standard", "reduced", "below", "unknown")
# Dates a due date may count from without an anchor definition.
PROFILE_ANCHORS = ("arrival_date", "permit_expires", "today")

# The facts a rule's `when` may test, and what values they take. Booleans are bool; a tuple
# lists the allowed values (None = not given); "int" allows numeric comparisons; "key" is a
# service key (checked against the catalog like every other key).
FACTS: dict[str, Any] = {
    "purpose": (*PURPOSES, None),
    "qualification": (*QUALIFICATIONS, None),
    "qualification_recognised": bool,
    "job_offer": bool,
    "in_germany": bool,
    "registered": bool,
    "has_housing": bool,
    "spouse_coming": bool,
    "expecting_baby": bool,
    "drives_car": bool,
    "current_permit": "key",
    "free_movement": bool,
    "visa_free_entry": bool,
    "temporary_protection": bool,
    "asylum_seeker": bool,
    "holds_permit": bool,
    "needs_permit": bool,
    "needs_visa": bool,
    "salary_band": SALARY_BANDS,
    "has_children": bool,
    "children_under_school_age": bool,
    "children_school_age": bool,
    "permit_expires_in_days": "int",
    # The staying phase: how long the person has lived in Germany (from `arrival_date`, None
    # when not arrived yet or unknown), `settled` = six months or more (first steps are done),
    # and the German level (None = not given).
    "months_in_germany": "int",
    "settled": bool,
    "first_steps_done": bool,
    "german_level": (*GERMAN_LEVELS, None),
}
COMPARISONS = ("lt", "lte", "gt", "gte")


class RulesError(ValueError):
    """Raised when a rules file is malformed; the message starts with `file:line:`."""


@dataclass(frozen=True)
class Due:
    """A due date: `anchor` plus a number of days or calendar months (may be negative)."""

    anchor: str
    days: int = 0
    months: int = 0


@dataclass(frozen=True)
class Lead:
    """How long before its due date a step must be started (visa processing, Kita
    registration): the plan shows the due date that much earlier, with this basis and source."""

    weeks: int
    months: int
    legal_basis: str
    source: str
    checked: dt.date


@dataclass(frozen=True)
class NotBefore:
    """The earliest day a step becomes possible: `anchor` plus months/days, optionally only
    with German at `german` or above (e.g. the Blue Card settlement permit after 21 months
    with B1, else after 27: two options). A step whose earliest day lies ahead is shown with
    "from <day>" (and the German level it still needs) instead of as due."""

    anchor: str
    months: int = 0
    days: int = 0
    german: str | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    service: str
    perspective: str
    when: dict[str, Any]
    after: tuple[str, ...]
    due: Due | None
    why: dict[str, str]
    legal_basis: str
    source: str
    checked: dt.date
    uncertain: str
    states: tuple[str, ...]
    city: str | None
    file: str
    line: int
    # Offices the texts name without handling the step (catalog office keys); the handling
    # office always comes from the catalog (see lotse/plans/factcheck.py).
    mentions: tuple[str, ...] = ()
    lead: Lead | None = None
    urgent: bool = False
    not_before: tuple[NotBefore, ...] = ()

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Override:
    """A city's own value for the city-dependent fields of a general rule (its `overrides:`
    in rules/cities/<slug>.yaml): the basis with its source, the lead time, `why` texts."""

    rule: str
    city: str
    where: str
    legal_basis: str | None = None
    source: str | None = None
    checked: dt.date | None = None
    uncertain: str | None = None
    lead: Lead | None = None
    why: dict[str, str] = field(default_factory=dict)

    def apply(self, rule: Rule) -> Rule:
        changes: dict[str, Any] = {"why": {**rule.why, **self.why}}
        if self.legal_basis is not None:
            changes.update(legal_basis=self.legal_basis, source=self.source, checked=self.checked)
            # The general rule's doubt was about its own source, not the city's.
            changes["uncertain"] = self.uncertain or ""
        elif self.uncertain is not None:
            changes["uncertain"] = self.uncertain
        if self.lead is not None:
            changes["lead"] = self.lead
        return dataclasses.replace(rule, **changes)


@dataclass(frozen=True)
class AnchorOption:
    when: dict[str, Any]
    base: str
    days: int
    months: int


@dataclass(frozen=True)
class Threshold:
    """Blue Card salary thresholds valid for a period (year-dependent data)."""

    valid_from: dt.date
    valid_to: dt.date
    standard_eur: float
    reduced_eur: float
    confirmed: bool
    source: str
    checked: dt.date
    note: str


@dataclass(frozen=True)
class CountryList:
    codes: frozenset[str]
    legal_basis: str
    source: str
    checked: dt.date


@dataclass
class RuleSet:
    rules: list[Rule]
    anchors: dict[str, list[AnchorOption]]
    countries: dict[str, CountryList]
    country_names: dict[str, dict[str, str]]
    blue_card: list[Threshold]
    blue_card_legal_basis: str
    edges: dict[str, set[str]] = field(default_factory=dict)
    # city slug -> rule id -> that city's values for a general rule
    overrides: dict[str, dict[str, Override]] = field(default_factory=dict)
    # for_city()'s results; not an init field, so dataclasses.replace() starts a fresh one
    _by_city: dict[str, list[Rule]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def for_city(self, city: str) -> list[Rule]:
        """The rules that apply in `city`: the general ones (with the city's own values where
        its rules file overrides them) and the city's own, in file order."""
        if city not in self._by_city:
            own = self.overrides.get(city, {})
            self._by_city[city] = [
                own[rule.id].apply(rule) if rule.id in own else rule
                for rule in self.rules
                if rule.city in (None, city)
            ]
        return self._by_city[city]

    def services(self) -> set[str]:
        keys = set()
        for rule in self.rules:
            keys.add(rule.service)
            keys.update(rule.after)
        return keys

    def in_list(self, name: str, code: str | None) -> bool:
        return code is not None and code in self.countries[name].codes

    def threshold_for(self, day: dt.date) -> Threshold | None:
        """The thresholds valid on `day`, or the latest earlier ones if none are known yet."""
        for entry in self.blue_card:
            if entry.valid_from <= day <= entry.valid_to:
                return entry
        earlier = [e for e in self.blue_card if e.valid_to < day]
        return max(earlier, key=lambda e: e.valid_to) if earlier else None


# --- YAML with line numbers -------------------------------------------------------------

LINE = "__line__"


class _LineLoader(SafeLoader):
    """A safe loader that remembers the line of every mapping (for error messages)."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE] = node.start_mark.line + 1
    return mapping  # type: ignore[return-value]


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(settings.BASE_DIR))
    except ValueError:
        return str(path)


class _File:
    """One rules file being read: knows its name for error messages."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = _display(path)
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else 0
            raise RulesError(f"{self.name}:{line}: invalid YAML: {exc.problem}") from exc
        except OSError as exc:
            raise RulesError(f"{self.name}:0: cannot read: {exc}") from exc
        if not isinstance(data, dict):
            raise RulesError(f"{self.name}:1: expected a mapping at the top")
        self.data = data
        version = data.get("version")
        if version not in SUPPORTED_VERSIONS:
            raise RulesError(
                f"{self.name}:1: `version` must be one of {sorted(SUPPORTED_VERSIONS)}, "
                f"not {version!r}"
            )

    def error(self, node: Any, message: str) -> RulesError:
        line = node.get(LINE, 0) if isinstance(node, dict) else 0
        return RulesError(f"{self.name}:{line}: {message}")


def _keys(node: dict[str, Any]) -> set[str]:
    return {k for k in node if k != LINE}


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k != LINE}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def _check_keys(
    file: _File, node: dict[str, Any], *, required: set[str], optional: set[str], what: str
) -> None:
    missing = required - _keys(node)
    if missing:
        raise file.error(node, f"{what}: missing {', '.join(sorted(missing))}")
    unknown = _keys(node) - required - optional
    if unknown:
        raise file.error(node, f"{what}: unknown field {', '.join(sorted(unknown))}")


def _check_condition(file: _File, node: Any, where: dict[str, Any]) -> None:
    """A `when` is a mapping of fact -> expected value, plus `any: [...]` and `not: {...}`."""
    if not isinstance(node, dict):
        raise file.error(where, "`when` must be a mapping")
    for name, expected in node.items():
        if name == LINE:
            continue
        if name == "any":
            if not isinstance(expected, list) or not expected:
                raise file.error(node, "`any` must be a non-empty list of conditions")
            for option in expected:
                _check_condition(file, option, node)
            continue
        if name == "not":
            _check_condition(file, expected, node)
            continue
        if name not in FACTS:
            raise file.error(node, f"unknown fact {name!r} in `when`")
        kind = FACTS[name]
        values = expected if isinstance(expected, list) else [expected]
        if kind == "int":
            if not isinstance(expected, dict) or not _keys(expected) <= set(COMPARISONS):
                raise file.error(node, f"{name}: expected a comparison like {{lte: 56}}")
            for op in _keys(expected):
                if not isinstance(expected[op], int) or isinstance(expected[op], bool):
                    raise file.error(node, f"{name}.{op}: expected a whole number")
            continue
        for value in values:
            if kind is bool and not isinstance(value, bool):
                raise file.error(node, f"{name}: expected true or false, not {value!r}")
            if isinstance(kind, tuple) and value not in kind:
                raise file.error(node, f"{name}: {value!r} is not one of {list(kind)}")
            if kind == "key" and not (value is None or isinstance(value, str)):
                raise file.error(node, f"{name}: expected a service key")


def _check_why(file: _File, node: dict[str, Any], why: Any) -> dict[str, str]:
    if not isinstance(why, dict) or not {"en", "de"} <= _keys(why):
        raise file.error(node, "`why` needs at least `en` and `de` texts")
    return _why_texts(file, why, {code for code, _name in settings.LANGUAGES})


def _why_texts(
    file: _File, why: dict[str, Any], languages: set[str], where: str = ""
) -> dict[str, str]:
    """`why` per language, each a non-empty text in one of `languages` (stripped); `where`
    prefixes the error (e.g. the override it belongs to)."""
    texts: dict[str, str] = {}
    for code in _keys(why):
        if code not in languages:
            raise file.error(why, f"{where}`why` has unknown language {code!r}")
        if not isinstance(why[code], str) or not why[code].strip():
            raise file.error(why, f"{where}`why.{code}` must be a non-empty text")
        texts[code] = why[code].strip()
    return texts


def _merge_why(file: _File, rules: list[Rule]) -> None:
    """Add one language's `why` texts (why/<lang>.yaml: `why: {rule id: text}`) to the rules."""
    _check_keys(
        file, file.data, required={"version", "language", "why"}, optional=set(), what="why file"
    )
    code = file.data["language"]
    if code not in {c for c, _name in settings.LANGUAGES} or file.path.stem != code:
        raise file.error(
            file.data, f"`language` {code!r} must be a known language and the file name"
        )
    texts = file.data["why"]
    if not isinstance(texts, dict):
        raise file.error(file.data, "`why` must map rule ids to texts")
    by_id = {rule.id: rule for rule in rules}
    for rule_id in _keys(texts):
        rule = by_id.get(rule_id)
        if rule is None:
            raise file.error(texts, f"unknown rule id {rule_id!r}")
        text = texts[rule_id]
        if not isinstance(text, str) or not text.strip():
            raise file.error(texts, f"`why` of {rule_id!r} must be a non-empty text")
        if code in rule.why:
            raise file.error(texts, f"rule {rule_id!r} already has a `why.{code}` at {rule.where}")
        rule.why[code] = text.strip()


def _check_due(file: _File, node: dict[str, Any], due: Any, anchors: set[str]) -> Due:
    if not isinstance(due, dict):
        raise file.error(node, "`due` must be a mapping like {from: arrival_date, days: 14}")
    _check_keys(file, due, required={"from"}, optional={"days", "months"}, what="due")
    if due["from"] not in anchors:
        raise file.error(due, f"due: unknown anchor {due['from']!r} (known: {sorted(anchors)})")
    for unit in ("days", "months"):
        if unit in due and (not isinstance(due[unit], int) or isinstance(due[unit], bool)):
            raise file.error(due, f"due.{unit} must be a whole number")
    return Due(anchor=due["from"], days=due.get("days", 0), months=due.get("months", 0))


def _date(file: _File, node: dict[str, Any], name: str) -> dt.date:
    value = node.get(name)
    if not isinstance(value, dt.date):
        raise file.error(node, f"`{name}` must be a date (YYYY-MM-DD)")
    return value


def _url(file: _File, node: dict[str, Any], name: str = "source") -> str:
    value = node.get(name)
    if not isinstance(value, str) or not value.startswith("https://"):
        raise file.error(node, f"`{name}` must be an https:// URL")
    return value


RULE_REQUIRED = {"id", "service", "when", "why", "legal_basis", "source", "checked"}
RULE_OPTIONAL = {
    "after",
    "due",
    "states",
    "uncertain",
    "mentions",
    "lead",
    "urgent",
    "not_before",
}


def _check_not_before(
    file: _File, node: dict[str, Any], anchors: set[str]
) -> tuple[NotBefore, ...]:
    options = node["not_before"]
    if not isinstance(options, list) or not options:
        raise file.error(
            node, "`not_before` must be a list like [{from: arrival_date, months: 27}]"
        )
    result = []
    for option in options:
        if not isinstance(option, dict):
            raise file.error(node, "each `not_before` entry must be a mapping")
        _check_keys(
            file,
            option,
            required={"from"},
            optional={"months", "days", "german"},
            what="not_before",
        )
        if option["from"] not in anchors:
            raise file.error(option, f"not_before: unknown anchor {option['from']!r}")
        for unit in ("months", "days"):
            value = option.get(unit, 0)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise file.error(option, f"not_before.{unit} must be a whole number of at least 0")
        german = option.get("german")
        if german is not None and german not in GERMAN_LEVELS[1:]:
            raise file.error(option, f"not_before.german must be one of {list(GERMAN_LEVELS[1:])}")
        result.append(
            NotBefore(
                anchor=option["from"],
                months=option.get("months", 0),
                days=option.get("days", 0),
                german=german,
            )
        )
    return tuple(result)


def _check_lead(file: _File, node: dict[str, Any], *, has_due: bool | None = None) -> Lead:
    lead = node["lead"]
    if has_due is None:
        has_due = "due" in node
    if not isinstance(lead, dict):
        raise file.error(node, "`lead` must be a mapping with weeks or months, basis and source")
    _check_keys(
        file,
        lead,
        required={"legal_basis", "source", "checked"},
        optional={"weeks", "months"},
        what="lead",
    )
    if not has_due:
        raise file.error(node, "`lead` counts back from `due`: give the rule a due date")
    amounts = []
    for unit in ("weeks", "months"):
        value = lead.get(unit, 0)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise file.error(lead, f"lead.{unit} must be a whole number of at least 0")
        amounts.append(value)
    if not any(amounts):
        raise file.error(lead, "lead needs weeks or months")
    if not isinstance(lead["legal_basis"], str) or not lead["legal_basis"].strip():
        raise file.error(lead, "lead.legal_basis must say where the lead time comes from")
    return Lead(
        weeks=amounts[0],
        months=amounts[1],
        legal_basis=lead["legal_basis"].strip(),
        source=_url(file, lead),
        checked=_date(file, lead, "checked"),
    )


def _read_rules(file: _File, anchors: set[str], seen: dict[str, str]) -> list[Rule]:
    data = file.data
    _check_keys(
        file,
        data,
        required={"version", "rules"},
        optional={"perspective", "city", "overrides"} if "city" in data else {"perspective"},
        what="rules file",
    )
    perspective = data.get("perspective", "newcomer")
    if perspective not in PERSPECTIVES:
        raise file.error(data, f"`perspective` must be one of {list(PERSPECTIVES)}")
    city = data.get("city")
    if not isinstance(data["rules"], list):
        raise file.error(data, "`rules` must be a list")
    result = []
    for node in data["rules"]:
        if not isinstance(node, dict):
            raise file.error(data, "each rule must be a mapping")
        _check_keys(file, node, required=RULE_REQUIRED, optional=RULE_OPTIONAL, what="rule")
        rule_id = node["id"]
        if not isinstance(rule_id, str) or not rule_id:
            raise file.error(node, "`id` must be a text")
        if rule_id in seen:
            raise file.error(node, f"rule id {rule_id!r} is already used at {seen[rule_id]}")
        seen[rule_id] = f"{file.name}:{node[LINE]}"
        after = node.get("after", [])
        if not isinstance(after, list) or not all(isinstance(a, str) for a in after):
            raise file.error(node, "`after` must be a list of service keys")
        if not isinstance(node["service"], str):
            raise file.error(node, "`service` must be a service key")
        if node["service"] in after:
            raise file.error(node, f"rule {rule_id!r} cannot come after itself")
        _check_condition(file, node["when"], node)
        states = node.get("states", [])
        if not isinstance(states, list):
            raise file.error(node, "`states` must be a list of state codes like [NW]")
        if not isinstance(node["legal_basis"], str) or not node["legal_basis"].strip():
            raise file.error(node, "`legal_basis` must name the law")
        mentions = node.get("mentions", [])
        if not isinstance(mentions, list) or not all(isinstance(m, str) for m in mentions):
            raise file.error(node, "`mentions` must be a list of office keys")
        result.append(
            Rule(
                id=rule_id,
                service=node["service"],
                perspective=perspective,
                when=_strip(node["when"]),
                after=tuple(after),
                due=_check_due(file, node, node["due"], anchors) if "due" in node else None,
                why=_check_why(file, node, node["why"]),
                legal_basis=node["legal_basis"].strip(),
                source=_url(file, node),
                checked=_date(file, node, "checked"),
                uncertain=str(node.get("uncertain", "")),
                states=tuple(states),
                city=city,
                file=file.name,
                line=node[LINE],
                mentions=tuple(mentions),
                lead=_check_lead(file, node) if "lead" in node else None,
                urgent=_flag(file, node, "urgent"),
                not_before=(_check_not_before(file, node, anchors) if "not_before" in node else ()),
            )
        )
    return result


OVERRIDE_FIELDS = {"legal_basis", "source", "checked", "uncertain", "lead", "why"}
BASIS_FIELDS = {"legal_basis", "source", "checked"}


def _read_overrides(file: _File, rules: list[Rule]) -> dict[str, Override]:
    """A city file's `overrides:` (rule id -> its own basis, source, lead, why texts) checked
    against the general rules; raise RulesError naming the file and line of the first problem."""
    node = file.data.get("overrides")
    if node is None:
        return {}
    city = file.data["city"]
    if not isinstance(node, dict):
        raise file.error(file.data, "`overrides` must map general rule ids to their city values")
    by_id = {rule.id: rule for rule in rules}
    languages = {code for code, _name in settings.LANGUAGES}
    result: dict[str, Override] = {}
    for rule_id in sorted(_keys(node)):
        values = node[rule_id]
        at = values if isinstance(values, dict) else node  # the entry's own line if it has one
        rule = by_id.get(rule_id)
        if rule is None:
            raise file.error(at, f"overrides: unknown rule id {rule_id!r}")
        if rule.city is not None:
            raise file.error(
                at,
                f"overrides: {rule_id!r} is a rule of {rule.city!r} ({rule.where}); "
                "only general rules (steps/) can be overridden",
            )
        if not isinstance(values, dict) or not _keys(values):
            raise file.error(node, f"overrides.{rule_id}: expected a mapping of fields")
        _check_keys(
            file, values, required=set(), optional=OVERRIDE_FIELDS, what=f"overrides.{rule_id}"
        )
        basis = _keys(values) & BASIS_FIELDS
        if basis and basis != BASIS_FIELDS:
            raise file.error(
                values,
                f"overrides.{rule_id}: legal_basis, source and checked go together "
                f"(missing {', '.join(sorted(BASIS_FIELDS - basis))})",
            )
        legal_basis = values.get("legal_basis")
        if basis and (not isinstance(legal_basis, str) or not legal_basis.strip()):
            raise file.error(values, f"overrides.{rule_id}: `legal_basis` must name the law")
        legal_basis = legal_basis.strip() if isinstance(legal_basis, str) else None
        uncertain = values.get("uncertain")
        if uncertain is not None and not isinstance(uncertain, str):
            raise file.error(values, f"overrides.{rule_id}: `uncertain` must be a text")
        why: dict[str, str] = {}
        if "why" in values:
            texts = values["why"]
            if not isinstance(texts, dict) or not _keys(texts):
                raise file.error(values, f"overrides.{rule_id}: `why` must map languages to texts")
            why = _why_texts(file, texts, languages, f"overrides.{rule_id}: ")
        result[rule_id] = Override(
            rule=rule_id,
            city=city,
            where=f"{file.name}:{values[LINE]}",
            legal_basis=legal_basis,
            source=_url(file, values) if basis else None,
            checked=_date(file, values, "checked") if basis else None,
            uncertain=uncertain,
            lead=_check_lead(file, values, has_due=rule.due is not None)
            if "lead" in values
            else None,
            why=why,
        )
    return result


def _flag(file: _File, node: dict[str, Any], name: str) -> bool:
    value = node.get(name, False)
    if not isinstance(value, bool):
        raise file.error(node, f"`{name}` must be true or false")
    return value


def _read_anchors(file: _File) -> dict[str, list[AnchorOption]]:
    _check_keys(file, file.data, required={"version", "anchors"}, optional=set(), what="anchors")
    anchors: dict[str, list[AnchorOption]] = {}
    for name, options in file.data["anchors"].items():
        if name == LINE:
            continue
        if name in PROFILE_ANCHORS or not isinstance(options, list):
            raise file.error(
                file.data["anchors"], f"anchor {name!r}: expected a new name and a list"
            )
        anchors[name] = []
        for option in options:
            _check_keys(
                file, option, required={"when", "from"}, optional={"days", "months"}, what="anchor"
            )
            _check_condition(file, option["when"], option)
            if option["from"] not in PROFILE_ANCHORS:
                raise file.error(
                    option, f"anchor {name!r}: `from` must be one of {PROFILE_ANCHORS}"
                )
            anchors[name].append(
                AnchorOption(
                    when=_strip(option["when"]),
                    base=option["from"],
                    days=int(option.get("days", 0)),
                    months=int(option.get("months", 0)),
                )
            )
    return anchors


def _read_countries(file: _File) -> dict[str, CountryList]:
    lists = file.data.get("lists")
    if not isinstance(lists, dict):
        raise file.error(file.data, "`lists` must be a mapping")
    result = {}
    for name in ("iso3166_alpha2", "free_movement", "visa_free_permit_after_entry"):
        if name not in lists:
            raise file.error(lists, f"missing country list {name!r}")
    for name, node in lists.items():
        if name == LINE:
            continue
        codes = node.get("codes")
        if not isinstance(codes, list) or not all(
            isinstance(c, str) and len(c) == 2 and c.isupper() for c in codes
        ):
            raise file.error(
                node,
                f'{name}: `codes` must be a list of two-letter codes (quote "NO": YAML reads NO as false)',
            )
        if len(set(codes)) != len(codes):
            raise file.error(node, f"{name}: a code is listed twice")
        result[name] = CountryList(
            codes=frozenset(codes),
            legal_basis=str(node.get("legal_basis", "")),
            source=_url(file, node),
            checked=_date(file, node, "checked"),
        )
    iso = result["iso3166_alpha2"].codes
    for name, country_list in result.items():
        unknown = country_list.codes - iso
        if unknown:
            raise file.error(lists[name], f"{name}: not ISO 3166-1 codes: {sorted(unknown)}")
    return result


def _read_thresholds(file: _File) -> tuple[list[Threshold], str]:
    node = file.data.get("blue_card_salary")
    if not isinstance(node, dict) or not isinstance(node.get("entries"), list):
        raise file.error(file.data, "`blue_card_salary.entries` must be a list")
    entries = []
    for entry in node["entries"]:
        _check_keys(
            file,
            entry,
            required={
                "valid_from",
                "valid_to",
                "standard_eur",
                "reduced_eur",
                "confirmed",
                "source",
                "checked",
            },
            optional={"note"},
            what="threshold",
        )
        start, end = _date(file, entry, "valid_from"), _date(file, entry, "valid_to")
        if end < start:
            raise file.error(entry, "`valid_to` is before `valid_from`")
        if not (0 < float(entry["reduced_eur"]) <= float(entry["standard_eur"])):
            raise file.error(entry, "thresholds must be positive and reduced <= standard")
        entries.append(
            Threshold(
                valid_from=start,
                valid_to=end,
                standard_eur=float(entry["standard_eur"]),
                reduced_eur=float(entry["reduced_eur"]),
                confirmed=bool(entry["confirmed"]),
                source=_url(file, entry),
                checked=_date(file, entry, "checked"),
                note=str(entry.get("note", "")),
            )
        )
    entries.sort(key=lambda e: e.valid_from)
    for before, after in itertools.pairwise(entries):
        if after.valid_from <= before.valid_to:
            raise file.error(node, "threshold periods overlap")
    return entries, str(node.get("legal_basis", ""))


def _find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """A list of services forming a cycle in `edges` (service -> services it comes after)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for before in sorted(edges.get(node, ())):
            if state.get(before) == 1:
                return [*stack[stack.index(before) :], before]
            if before not in state and (cycle := visit(before)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def load_rules(directory: Path = RULES_DIR) -> RuleSet:
    """Read and validate every rules file under `directory`; raise RulesError on the first problem."""
    anchors_file = _File(directory / "anchors.yaml")
    anchors = _read_anchors(anchors_file)
    known_anchors = set(PROFILE_ANCHORS) | set(anchors)
    countries = _read_countries(_File(directory / "countries.yaml"))
    names_file = _File(directory / "country_names.yaml")
    names = _strip(names_file.data.get("names", {}))
    for code in names:
        if code not in countries["iso3166_alpha2"].codes:
            raise names_file.error(names_file.data.get("names"), f"unknown country code {code!r}")
    blue_card, blue_card_basis = _read_thresholds(_File(directory / "thresholds.yaml"))
    seen: dict[str, str] = {}
    rules: list[Rule] = []
    for path in sorted((directory / "steps").glob("*.yaml")):
        rules.extend(_read_rules(_File(path), known_anchors, seen))
    city_files = []
    for path in sorted((directory / "cities").glob("*.yaml")):
        file = _File(path)
        if not isinstance(file.data.get("city"), str):
            raise file.error(file.data, "a city rules file needs `city: <slug>`")
        rules.extend(_read_rules(file, known_anchors, seen))
        city_files.append(file)
    if not rules:
        raise RulesError(f"{_display(directory)}:0: no rules found under steps/")
    for path in sorted((directory / "why").glob("*.yaml")):
        _merge_why(_File(path), rules)
    overrides: dict[str, dict[str, Override]] = {}
    for file in city_files:
        city = file.data["city"]
        if city in overrides:
            raise file.error(file.data, f"a second rules file for city {city!r}")
        overrides[city] = _read_overrides(file, rules)
    edges: dict[str, set[str]] = {}
    for rule in rules:
        edges.setdefault(rule.service, set()).update(rule.after)
    cycle = _find_cycle(edges)
    if cycle:
        culprit = next(r for r in rules if r.service == cycle[0] and cycle[1] in r.after)
        raise RulesError(
            f"{culprit.where}: the order of steps has a cycle: {' -> '.join(reversed(cycle))}"
        )
    return RuleSet(
        rules=rules,
        anchors=anchors,
        countries=countries,
        country_names=names,
        blue_card=blue_card,
        blue_card_legal_basis=blue_card_basis,
        edges=edges,
        overrides=overrides,
    )


@functools.cache
def ruleset() -> RuleSet:
    """The rules shipped with Lotse, read once per process."""
    return load_rules(RULES_DIR)


def rules_check_catalog(*, rules: RuleSet, city: str, service_keys: set[str]) -> list[str]:
    """Problems where a rule that applies to `city` names a service the city's catalog lacks."""
    problems = []
    for rule in rules.for_city(city):
        for key in (rule.service, *rule.after):
            if key not in service_keys:
                problems.append(
                    f"{rule.where}: rule {rule.id!r} names service {key!r}, "
                    f"which the catalog of {city!r} does not have"
                )
        current = rule.when.get("current_permit")
        for permit in current if isinstance(current, list) else [current]:
            if permit is not None and permit not in service_keys:
                problems.append(f"{rule.where}: rule {rule.id!r} names unknown service {permit!r}")
    return problems
