"""The planner: from a profile and the rules to ordered steps with due dates (no database)."""

from __future__ import annotations

import calendar
import datetime as dt
import heapq
import logging
from dataclasses import dataclass, field
from typing import Any

from django.utils import formats, translation
from django.utils.translation import gettext

from lotse.plans.profile import Profile
from lotse.plans.rulebook import GERMAN_LEVELS, Due, NotBefore, Rule, RuleSet

logger = logging.getLogger(__name__)

SCHOOL_FROM_AGE = 6  # NRW: school duty from six (§ 35 SchulG NRW); the rule names the state
SCHOOL_UNTIL_AGE = 17  # full-time and vocational school duty end around 18 (§ 38 SchulG NRW)
# Living here this long means the first steps (registration, tax ID, bank account ...) are done:
# registration is due within two weeks and the tax ID follows within weeks.
SETTLED_AFTER_MONTHS = 6


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from `start` to `end` (0 if `end` is earlier)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, months) > end:
        months -= 1
    return max(months, 0)


def german_at_least(level: str | None, needed: str) -> bool:
    return level is not None and GERMAN_LEVELS.index(level) >= GERMAN_LEVELS.index(needed)


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar months later (or earlier); the 31st becomes the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def profile_facts(profile: Profile, rules: RuleSet) -> dict[str, Any]:
    """What the rules test: the answers plus facts derived from them and the data files."""
    citizenship = profile.citizenship
    free_movement = rules.in_list("free_movement", citizenship)
    visa_free = rules.in_list("visa_free_permit_after_entry", citizenship)
    protection = profile.purpose == "protection"
    temporary = (
        protection
        and "temporary_protection" in rules.countries
        and (rules.in_list("temporary_protection", citizenship))
    )
    holds_permit = profile.current_permit not in (None, "visa-national")
    needs_permit = not free_movement and not holds_permit and not protection
    ages = profile.children_ages
    arrived = profile.arrival_date is not None and profile.arrival_date <= profile.today
    months_here = months_between(profile.arrival_date, profile.today) if arrived else None  # type: ignore[arg-type]
    return {
        "purpose": profile.purpose,
        "qualification": profile.qualification,
        "qualification_recognised": profile.qualification_recognised,
        "job_offer": profile.job_offer,
        "in_germany": profile.in_germany,
        "registered": profile.registered,
        "has_housing": profile.has_housing,
        "spouse_coming": profile.spouse_coming,
        "expecting_baby": profile.expecting_baby,
        "drives_car": profile.drives_car,
        "current_permit": profile.current_permit,
        "perspective": profile.perspective,
        "free_movement": free_movement,
        "visa_free_entry": visa_free,
        "temporary_protection": temporary,
        "asylum_seeker": protection and not temporary and not free_movement,
        "holds_permit": holds_permit,
        "needs_permit": needs_permit,
        "needs_visa": needs_permit and not profile.in_germany and not visa_free,
        "salary_band": salary_band(profile, rules),
        "has_children": bool(ages),
        "children_under_school_age": any(a < SCHOOL_FROM_AGE for a in ages),
        "children_school_age": any(SCHOOL_FROM_AGE <= a <= SCHOOL_UNTIL_AGE for a in ages),
        "permit_expires_in_days": (
            (profile.permit_expires - profile.today).days if profile.permit_expires else None
        ),
        "months_in_germany": months_here,
        "settled": months_here is not None and months_here >= SETTLED_AFTER_MONTHS,
        # Registration, tax ID, bank account ... are behind someone who has lived here six
        # months, or who holds a German permit here (the immigration office issues none
        # without the registration certificate).
        "first_steps_done": (
            (months_here is not None and months_here >= SETTLED_AFTER_MONTHS)
            or (holds_permit and profile.in_germany)
        ),
        "german_level": profile.german_level,
    }


def threshold_day(profile: Profile) -> dt.date:
    """The day whose salary thresholds count: arrival, or today if that is later."""
    return max(profile.today, profile.arrival_date or profile.today)


def salary_band(profile: Profile, rules: RuleSet) -> str:
    threshold = rules.threshold_for(threshold_day(profile))
    if profile.annual_salary_eur is None or threshold is None:
        return "unknown"
    if profile.annual_salary_eur >= threshold.standard_eur:
        return "standard"
    if profile.annual_salary_eur >= threshold.reduced_eur:
        return "reduced"
    return "below"


def matches(condition: dict[str, Any], facts: dict[str, Any]) -> bool:
    for name, expected in condition.items():
        if name == "any":
            if not any(matches(option, facts) for option in expected):
                return False
        elif name == "not":
            if matches(expected, facts):
                return False
        elif isinstance(expected, dict):
            actual = facts[name]
            if actual is None:
                return False
            checks = {
                "lt": actual < expected.get("lt", actual + 1),
                "lte": actual <= expected.get("lte", actual),
                "gt": actual > expected.get("gt", actual - 1),
                "gte": actual >= expected.get("gte", actual),
            }
            if not all(checks[op] for op in expected):
                return False
        elif isinstance(expected, list):
            if facts[name] not in expected:
                return False
        elif facts[name] != expected:
            return False
    return True


def _shift(day: dt.date, days: int, months: int) -> dt.date:
    """`day` moved by the rule's months and days; clamped at the ends of the calendar (a plan
    stored before dates were bounded must still compute)."""
    try:
        return add_months(day, months) + dt.timedelta(days=days)
    except (OverflowError, ValueError):
        return dt.date.max if (months, days) > (0, 0) else dt.date.min


def anchor_dates(profile: Profile, rules: RuleSet, facts: dict[str, Any]) -> dict[str, dt.date]:
    base = {
        "arrival_date": profile.arrival_date,
        "permit_expires": profile.permit_expires,
        "today": profile.today,
    }
    dates = {name: day for name, day in base.items() if day is not None}
    for name, options in rules.anchors.items():
        for option in options:
            if matches(option.when, facts):
                if option.base in dates:
                    dates[name] = _shift(dates[option.base], option.days, option.months)
                break
    return dates


def due_date(due: Due | None, anchors: dict[str, dt.date]) -> dt.date | None:
    if due is None or due.anchor not in anchors:
        return None
    return _shift(anchors[due.anchor], due.days, due.months)


@dataclass
class Basis:
    rule: str
    legal_basis: str
    source: str
    checked: dt.date
    uncertain: str


@dataclass
class Earliest:
    """When a step that is not possible yet becomes possible: `day` (None = the date has
    passed, only the German level is missing), the German level it needs for that day, and
    the later day that holds without that level (None if there is none)."""

    day: dt.date | None
    german_level: str | None = None
    otherwise: dt.date | None = None
    text: str = ""

    def sort_day(self) -> dt.date:
        return self.day or dt.date.min

    def as_json(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat() if self.day else None,
            "german_level": self.german_level,
            "otherwise": self.otherwise.isoformat() if self.otherwise else None,
            "text": self.text,
        }


def earliest_for(
    options: tuple[NotBefore, ...], anchors: dict[str, dt.date], profile: Profile
) -> Earliest | None:
    """None when the step is possible today (or no option's date can be computed)."""
    met: list[dt.date] = []
    unmet: list[tuple[dt.date, str]] = []
    for option in options:
        if option.anchor not in anchors:
            continue
        day = _shift(anchors[option.anchor], option.days, option.months)
        if option.german is None or german_at_least(profile.german_level, option.german):
            met.append(day)
        else:
            unmet.append((day, option.german))
    without = min(met) if met else None
    if without is not None and without <= profile.today:
        return None
    better = min(unmet) if unmet else None
    if better is not None and (without is None or better[0] < without):
        day, level = better
        return Earliest(day if day > profile.today else None, level, without)
    if without is None:
        return None
    return Earliest(without)


def earliest_text(earliest: Earliest, language: str) -> str:
    """ "From 15 Oct 2026, if your German reaches level B1." in the asked language."""
    with translation.override(language):
        values: dict[str, str] = {"level": earliest.german_level or ""}
        if earliest.day:
            values["date"] = formats.date_format(earliest.day, "DATE_FORMAT")
        if earliest.otherwise:
            values["later"] = formats.date_format(earliest.otherwise, "DATE_FORMAT")
        if earliest.german_level is None:
            return gettext("Possible from %(date)s.") % values
        if earliest.day is None and earliest.otherwise is None:
            return gettext("Possible as soon as your German reaches level %(level)s.") % values
        if earliest.day is None:
            return (
                gettext(
                    "Possible as soon as your German reaches level %(level)s; otherwise from %(later)s."
                )
                % values
            )
        if earliest.otherwise is None:
            return (
                gettext("Possible from %(date)s, if your German reaches level %(level)s.") % values
            )
        return (
            gettext(
                "Possible from %(date)s, if your German reaches level %(level)s; otherwise from %(later)s."
            )
            % values
        )


@dataclass
class PlannedStep:
    """One step of a plan; `title` and `why` are already in the asked language."""

    service: str
    title: str
    due: dt.date | None
    depends_on: list[str]
    why: str
    basis: list[Basis] = field(default_factory=list)
    overdue: bool = False
    # Names of the offices the city's catalog makes responsible for the service: a rule never
    # names them itself (lotse/plans/factcheck.py). Shown on the plan page.
    offices: list[str] = field(default_factory=list)
    # Not possible yet: from when (additive API field `earliest`, null when possible now).
    earliest: Earliest | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "service": self.service,
            "title": self.title,
            "due": self.due.isoformat() if self.due else None,
            "depends_on": self.depends_on,
            "why": self.why,
            "overdue": self.overdue,
            "earliest": self.earliest.as_json() if self.earliest else None,
            "legal_basis": [
                {
                    "rule": b.rule,
                    "text": b.legal_basis,
                    "source": b.source,
                    "checked": b.checked.isoformat(),
                    **({"uncertain": b.uncertain} if b.uncertain else {}),
                }
                for b in self.basis
            ],
        }


def _number(value: float, language: str) -> str:
    with translation.override(language):
        return formats.number_format(
            value,
            decimal_pos=0 if value == int(value) else 2,
            use_l10n=True,
            force_grouping=True,
        )


def why_text(rule: Rule, language: str, values: dict[str, Any]) -> str:
    code = language if language in rule.why else "en"
    text = rule.why[code]
    if "%(" in text:
        number_values = {
            k: _number(v, code) if isinstance(v, float) else v for k, v in values.items()
        }
        text = text % number_values
    return text


def applicable_rules(
    *, profile: Profile, rules: RuleSet, facts: dict[str, Any], state: str
) -> list[Rule]:
    return [
        rule
        for rule in rules.for_city(profile.city)
        if rule.perspective == profile.perspective
        and (not rule.states or state in rule.states)
        and matches(rule.when, facts)
    ]


def _depends_on(service: str, chosen: set[str], edges: dict[str, set[str]]) -> list[str]:
    """Chosen services this one must wait for. An `after` edge to a step that is not in the
    plan is dropped, not followed: the visa comes before registration, but for someone who
    needs no visa registration does not wait for what the visa itself waits for."""
    return sorted(edges.get(service, set()) & chosen)


def plan_build(
    *,
    profile: Profile,
    rules: RuleSet,
    titles: dict[str, str],
    state: str,
    language: str,
) -> list[PlannedStep]:
    """The ordered steps for a profile. `titles` (service key -> title in `language`) is the
    city's catalog: a service it lacks is left out (and logged), never invented."""
    facts = profile_facts(profile, rules)
    anchors = anchor_dates(profile, rules, facts)
    day = threshold_day(profile)
    threshold = rules.threshold_for(day)
    values: dict[str, Any] = {
        "blue_card_year": threshold.valid_from.year if threshold else day.year,
        "blue_card_standard": threshold.standard_eur if threshold else "?",
        "blue_card_reduced": threshold.reduced_eur if threshold else "?",
    }
    steps: dict[str, PlannedStep] = {}
    order: dict[str, int] = {}
    urgent: set[str] = set()
    applicable = applicable_rules(profile=profile, rules=rules, facts=facts, state=state)
    # The order comes from the rules that apply to this person: a step reached by another route
    # (the spouse of a skilled worker abroad applies together with the worker's visa) does not
    # inherit the waits of a route this person is not on (a spouse who follows a permit holder).
    edges: dict[str, set[str]] = {}
    for rule in applicable:
        edges.setdefault(rule.service, set()).update(rule.after)
    for index, rule in enumerate(applicable):
        if rule.service not in titles:
            logger.warning("%s: service %s missing in %s", rule.where, rule.service, profile.city)
            continue
        uncertain = rule.uncertain
        if rule.service == "eu-blue-card" and threshold and threshold.valid_to < day:
            uncertain = (
                f"No salary thresholds for {day.year} are in our data yet; "
                f"the figures shown are those of {threshold.valid_from.year}."
            )
        elif rule.service == "eu-blue-card" and threshold and not threshold.confirmed:
            uncertain = threshold.note or "Salary thresholds not confirmed by an official source."
        basis = Basis(rule.id, rule.legal_basis, rule.source, rule.checked, uncertain)
        due = due_date(rule.due, anchors)
        lead_basis = None
        if rule.lead is not None and due is not None:
            # Counted back: the step must start this long before the date it is needed by.
            due = add_months(due, -rule.lead.months) - dt.timedelta(weeks=rule.lead.weeks)
            lead = rule.lead
            lead_basis = Basis(f"{rule.id}:lead", lead.legal_basis, lead.source, lead.checked, "")
        if rule.urgent:
            urgent.add(rule.service)
        earliest = earliest_for(rule.not_before, anchors, profile) if rule.not_before else None
        if earliest is not None:
            earliest.text = earliest_text(earliest, language)
        step = steps.get(rule.service)
        if step is None:
            steps[rule.service] = PlannedStep(
                service=rule.service,
                title=titles[rule.service],
                due=due,
                depends_on=[],
                why=why_text(rule, language, values),
                basis=[basis, lead_basis] if lead_basis else [basis],
                earliest=earliest,
            )
            order[rule.service] = index
        else:
            # Two routes to the same step: the one possible sooner counts.
            if step.earliest is not None and (
                earliest is None or earliest.sort_day() < step.earliest.sort_day()
            ):
                step.earliest = earliest
            step.basis.append(basis)
            if lead_basis:
                step.basis.append(lead_basis)
            if due is not None and (step.due is None or due < step.due):
                step.due = due
    chosen = set(steps)
    direct = {key: _depends_on(key, chosen, edges) for key in steps}
    for step in steps.values():
        step.depends_on = _reduced(direct, step.service)
        step.overdue = step.due is not None and step.due < profile.today
    return _ordered(steps, order, urgent)


def _ancestors(direct: dict[str, list[str]], key: str) -> set[str]:
    found: set[str] = set()
    todo = list(direct[key])
    while todo:
        before = todo.pop()
        if before not in found:
            found.add(before)
            todo.extend(direct[before])
    return found


def _reduced(direct: dict[str, list[str]], key: str) -> list[str]:
    """Only the nearest steps to wait for: one already implied by another is left out."""
    deps = direct[key]
    implied: set[str] = set()
    for dep in deps:
        implied |= _ancestors(direct, dep)
    return [dep for dep in deps if dep not in implied]


def _ordered(
    steps: dict[str, PlannedStep], order: dict[str, int], urgent: set[str] | None = None
) -> list[PlannedStep]:
    """Dependencies first; among steps that are ready, urgent ones (rules marked `urgent`:
    protection status, ...), then the earliest due date, then rule order."""
    waiting = {key: set(step.depends_on) for key, step in steps.items()}
    ready: list[tuple[int, dt.date, int, str]] = []
    urgent = urgent or set()

    def push(key: str) -> None:
        heapq.heappush(
            ready, (0 if key in urgent else 1, steps[key].due or dt.date.max, order[key], key)
        )

    for key, before in waiting.items():
        if not before:
            push(key)
    result = []
    while ready:
        _urgent, _due, _index, key = heapq.heappop(ready)
        result.append(steps[key])
        for other, before in waiting.items():
            if key in before:
                before.discard(key)
                if not before:
                    push(other)
    return result
