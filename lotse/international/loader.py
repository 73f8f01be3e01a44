"""Reading and validating a city's international data files (YAML) before anything is written.

Every problem is collected with the file and the place it was found, so a data editor sees
all mistakes at once; nothing is loaded unless the whole set is valid.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from django.conf import settings

from lotse.catalog.models import TranslationStatus
from lotse.core.datafiles import (
    LANG_RE,
    DataFileError,
    DataReader,
    load_yaml,
)
from lotse.international import entities
from lotse.international.models import (
    AttractionKind,
    Direction,
    PartnershipKind,
    PartnershipStatus,
)

COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
FILES = ("partnerships.yaml", "projects.yaml", "associations.yaml", "attractions.yaml")


class InternationalDataError(DataFileError):
    """Raised when the data files are invalid; carries every problem found."""


@dataclass
class DecisionData:
    date: dt.date
    reference: str
    summary: str
    source_url: str


@dataclass(kw_only=True)
class PartnershipData(entities.SourcedData):
    country: str
    kind: str
    status: str
    since: int | None
    contacts: list[dict[str, str]]
    languages: list[str]
    decisions: list[DecisionData]


@dataclass(kw_only=True)
class GoalData(entities.GoalFields):
    measurements: list[tuple[dt.date, Decimal, str]]


@dataclass(kw_only=True)
class ProjectData(entities.EntityData):
    partner: str
    example: bool
    goals: list[GoalData]


@dataclass(kw_only=True)
class AttractionData(entities.SourcedData):
    kind: str
    street: str
    postal_code: str
    locality: str
    website: str


@dataclass(kw_only=True)
class EventData(entities.SourcedData):
    attraction: str
    partner: str
    start: dt.date
    end: dt.date | None
    url: str


@dataclass
class InternationalData:
    partnerships: list[PartnershipData] = field(default_factory=list)
    projects: list[ProjectData] = field(default_factory=list)
    associations: list[entities.AssociationData] = field(default_factory=list)
    attractions: list[AttractionData] = field(default_factory=list)
    events: list[EventData] = field(default_factory=list)


class _Reader(DataReader):
    """Collects errors while reading one international data file."""

    def __init__(
        self,
        path: Path,
        errors: list[str],
        source_language: str,
        languages: Iterable[str] | None = None,
    ) -> None:
        super().__init__(path, errors)
        self.source_language = source_language
        # The city's languages (texts in others are refused); all of Lotse's when not given.
        self.languages = (
            set(languages) if languages else {code for code, _name in settings.LANGUAGES}
        )

    def entries(self, raw: list[Any], kind: str) -> Iterator[tuple[dict[str, Any], str, str]]:
        """Each entry of a file's list as (mapping, key, where-for-errors); keys must be unique."""
        seen: set[str] = set()
        for i, item in enumerate(raw):
            data = self.mapping(item, f"{kind}s[{i}]")
            key = self.key(data, f"{kind}s[{i}]", seen)
            yield data, key, f"{kind} {key or i}"

    def items(self, data: dict[str, Any], name: str, where: str) -> list[Any]:
        value = data.get(name, [])
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(where, f"'{name}' must be a list")
            return []
        return value

    def number(self, data: dict[str, Any], name: str, where: str) -> Decimal | None:
        value = data.get(name)
        if value is None or isinstance(value, bool):
            self.error(where, f"'{name}' is required and must be a number")
            return None
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            self.error(where, f"'{name}' must be a number, got {value!r}")
            return None
        if not number.is_finite():
            self.error(where, f"'{name}' must be a finite number")
            return None
        if number < 0:
            self.error(where, f"'{name}' must not be negative, got {number}")
            return None
        return number

    def language_list(self, data: dict[str, Any], name: str, where: str) -> list[str]:
        codes = self.str_list(data, name, where)
        bad = [c for c in codes if not LANG_RE.match(c)]
        if bad:
            self.error(where, f"'{name}' must hold ISO 639-1 codes, not {bad}")
        return [c for c in codes if LANG_RE.match(c)]

    def sources(self, data: dict[str, Any], where: str) -> list[dict[str, str]]:
        result = []
        for entry, here, url, title, checked in self.source_entries(data, where):
            source = {"url": url, "title": title, "checked": checked.isoformat()}
            if note := self.string(entry, "note", here, required=False):
                source["note"] = note
            result.append(source)
        return result

    def texts(
        self,
        data: dict[str, Any],
        where: str,
        *,
        required: dict[str, set[str]],
        optional: tuple[str, ...] = (),
    ) -> tuple[entities.Texts, entities.Statuses]:
        """Read translatable fields: each maps language -> text; `required` names the
        languages each field must have. `translation_status` maps language -> status."""
        texts: entities.Texts = {}
        for name in (*required, *optional):
            value = data.get(name)
            if value is None:
                if name in required:
                    self.error(where, f"'{name}' is required (a mapping language -> text)")
                continue
            if not isinstance(value, dict) or not all(
                isinstance(v, str) and v.strip() for v in value.values()
            ):
                self.error(where, f"'{name}' must map languages to non-empty texts")
                continue
            unknown = set(value) - self.languages
            if unknown:
                self.error(where, f"'{name}' has unknown languages {sorted(unknown)}")
            missing = required.get(name, set()) - set(value)
            if missing:
                self.error(where, f"'{name}' is missing languages {sorted(missing)}")
            texts[name] = {str(k): v.strip() for k, v in value.items() if k in self.languages}
        statuses: entities.Statuses = {}
        raw = data.get("translation_status") or {}
        if not isinstance(raw, dict):
            self.error(where, "'translation_status' must map languages to a status")
            raw = {}
        allowed = {TranslationStatus.MACHINE_ASSISTED.value, TranslationStatus.REVIEWED.value}
        for lang, status in raw.items():
            if lang == self.source_language:
                self.error(where, "the source language has no translation status")
            elif status not in allowed:
                self.error(
                    where, f"translation_status of {lang!r} must be one of {sorted(allowed)}"
                )
            else:
                statuses[str(lang)] = str(status)
        return texts, statuses


DE_EN = {"de", "en"}


def _load_yaml(path: Path, errors: list[str], top: str) -> list[Any]:
    count = len(errors)
    raw = load_yaml(path, errors)
    if len(errors) > count:
        return []
    if not isinstance(raw, dict) or not isinstance(raw.get(top), list):
        errors.append(f"{path.as_posix()}: top level must be a mapping with a list '{top}'")
        return []
    return raw[top]


def _read_partnerships(reader: _Reader, raw: list[Any]) -> list[PartnershipData]:
    result: list[PartnershipData] = []
    for data, key, where in reader.entries(raw, "partnership"):
        country = reader.string(data, "country", where)
        if country and not COUNTRY_RE.match(country):
            reader.error(where, f"'country' must be an ISO 3166-1 alpha-2 code, got {country!r}")
        kind = reader.choice(data, "kind", where, PartnershipKind.values)
        status = reader.choice(data, "status", where, PartnershipStatus.values)
        if kind == PartnershipKind.PLANNED and status not in {
            "",
            PartnershipStatus.PLANNED,
            PartnershipStatus.IN_PREPARATION,
        }:
            reader.error(where, f"a planned partnership cannot have status {status!r}")
        since = data.get("since")
        if since is not None and (
            isinstance(since, bool) or not isinstance(since, int) or not 1900 <= since <= 2100
        ):
            reader.error(where, f"'since' must be a year between 1900 and 2100, got {since!r}")
            since = None
        contacts = []
        for j, contact in enumerate(reader.items(data, "contacts", where)):
            here = f"{where} contacts[{j}]"
            contact = reader.mapping(contact, here)
            entry = {
                "name": reader.string(contact, "name", here),
                "role": reader.string(contact, "role", here, required=False),
                "email": reader.email(contact, "email", here),
                "url": reader.url(contact, "url", here),
            }
            contacts.append({k: v for k, v in entry.items() if v})
        decisions = []
        for j, decision in enumerate(reader.items(data, "council_decisions", where)):
            here = f"{where} council_decisions[{j}]"
            decision = reader.mapping(decision, here)
            date = reader.date(decision, "date", here)
            summary = reader.string(decision, "summary", here)
            if date and summary:
                decisions.append(
                    DecisionData(
                        date=date,
                        reference=reader.string(decision, "reference", here, required=False),
                        summary=summary,
                        source_url=reader.url(decision, "source", here),
                    )
                )
        texts, statuses = reader.texts(
            data, where, required={"name": DE_EN}, optional=("description",)
        )
        result.append(
            PartnershipData(
                key=key,
                country=country,
                kind=kind,
                status=status,
                since=since,
                contacts=contacts,
                languages=reader.language_list(data, "languages", where),
                sources=reader.sources(data, where),
                uncertain=reader.uncertain(data, where),
                decisions=decisions,
                texts=texts,
                statuses=statuses,
            )
        )
    return result


def _read_goal(reader: _Reader, data: dict[str, Any], where: str) -> GoalData | None:
    unit = reader.string(data, "unit", where)
    baseline = reader.number(data, "baseline", where)
    target = reader.number(data, "target", where)
    baseline_date = reader.date(data, "baseline_date", where)
    target_date = reader.date(data, "target_date", where)
    direction = reader.choice(data, "direction", where, Direction.values)
    texts, statuses = reader.texts(data, where, required={"indicator": DE_EN})
    ok = True
    if baseline_date and target_date and target_date <= baseline_date:
        reader.error(
            where,
            f"dates in the wrong order: target_date {target_date} must be after "
            f"baseline_date {baseline_date}",
        )
        ok = False
    if baseline is not None and target is not None and direction:
        if direction == Direction.INCREASE and target <= baseline:
            reader.error(
                where, f"direction increase needs target > baseline ({target} ≤ {baseline})"
            )
            ok = False
        if direction == Direction.DECREASE and target >= baseline:
            reader.error(
                where, f"direction decrease needs target < baseline ({target} ≥ {baseline})"
            )
            ok = False
    measurements: list[tuple[dt.date, Decimal, str]] = []
    dates: set[dt.date] = set()
    for j, item in enumerate(reader.items(data, "measurements", where)):
        here = f"{where} measurements[{j}]"
        item = reader.mapping(item, here)
        date = reader.date(item, "date", here)
        value = reader.number(item, "value", here)
        if date and baseline_date and date < baseline_date:
            reader.error(here, f"date {date} is before the baseline date {baseline_date}")
        elif date in dates:
            reader.error(here, f"two measurements on {date}")
        elif date and value is not None:
            dates.add(date)
            measurements.append((date, value, reader.string(item, "note", here, required=False)))
    key = data.get("key", "")
    if not (ok and baseline is not None and target is not None and baseline_date and target_date):
        return None
    return GoalData(
        key=str(key),
        unit=unit,
        baseline=baseline,
        baseline_date=baseline_date,
        target=target,
        target_date=target_date,
        direction=direction,
        measurements=measurements,
        texts=texts,
        statuses=statuses,
    )


def _read_projects(reader: _Reader, raw: list[Any], partners: set[str]) -> list[ProjectData]:
    result: list[ProjectData] = []
    for data, key, where in reader.entries(raw, "project"):
        partner = reader.string(data, "partner", where, required=False)
        if partner and partner not in partners:
            reader.error(where, f"unknown partner {partner!r} (not in partnerships.yaml)")
        example = data.get("example", False)
        if not isinstance(example, bool):
            reader.error(where, "'example' must be true or false")
            example = False
        texts, statuses = reader.texts(data, where, required={"title": DE_EN, "summary": DE_EN})
        goals = []
        goal_keys: set[str] = set()
        raw_goals = reader.items(data, "goals", where)
        if not raw_goals:
            reader.error(where, "'goals' must list at least one measurable goal")
        for j, goal_item in enumerate(raw_goals):
            goal_data = reader.mapping(goal_item, f"{where} goals[{j}]")
            goal_key = reader.key(goal_data, f"{where} goals[{j}]", goal_keys)
            goal = _read_goal(reader, goal_data, f"{where} goal {goal_key or j}")
            if goal is not None:
                goals.append(goal)
        result.append(
            ProjectData(
                key=key,
                partner=partner,
                example=example,
                goals=goals,
                texts=texts,
                statuses=statuses,
            )
        )
    return result


def _read_associations(
    reader: _Reader, raw: list[Any], partners: set[str]
) -> list[entities.AssociationData]:
    result: list[entities.AssociationData] = []
    for data, key, where in reader.entries(raw, "association"):
        linked = reader.str_list(data, "partners", where)
        for partner in linked:
            if partner not in partners:
                reader.error(where, f"unknown partner {partner!r} (not in partnerships.yaml)")
        texts, statuses = reader.texts(data, where, required={"description": DE_EN})
        result.append(
            entities.AssociationData(
                key=key,
                name=reader.string(data, "name", where),
                languages=reader.language_list(data, "languages", where),
                topics=reader.str_list(data, "topics", where),
                regions=reader.str_list(data, "regions", where),
                partners=linked,
                website=reader.url(data, "website", where),
                email=reader.email(data, "email", where),
                phone=reader.string(data, "phone", where, required=False),
                sources=reader.sources(data, where),
                uncertain=reader.uncertain(data, where),
                texts=texts,
                statuses=statuses,
            )
        )
    return result


def _read_attractions(reader: _Reader, raw: list[Any]) -> list[AttractionData]:
    result: list[AttractionData] = []
    all_languages = reader.languages
    for data, key, where in reader.entries(raw, "attraction"):
        address = reader.mapping(data.get("address"), f"{where} address")
        texts, statuses = reader.texts(
            data, where, required={"title": all_languages, "description": DE_EN}
        )
        result.append(
            AttractionData(
                key=key,
                kind=reader.choice(data, "kind", where, AttractionKind.values),
                street=reader.string(address, "street", f"{where} address"),
                postal_code=reader.string(address, "postal_code", f"{where} address"),
                locality=reader.string(address, "locality", f"{where} address"),
                website=reader.url(data, "website", where),
                sources=reader.sources(data, where),
                uncertain=reader.uncertain(data, where),
                texts=texts,
                statuses=statuses,
            )
        )
    return result


def _read_events(
    reader: _Reader, raw: list[Any], attractions: set[str], partners: set[str]
) -> list[EventData]:
    result: list[EventData] = []
    for data, key, where in reader.entries(raw, "event"):
        attraction = reader.string(data, "attraction", where, required=False)
        if attraction and attraction not in attractions:
            reader.error(where, f"unknown attraction {attraction!r}")
        partner = reader.string(data, "partner", where, required=False)
        if partner and partner not in partners:
            reader.error(where, f"unknown partner {partner!r} (not in partnerships.yaml)")
        start = reader.date(data, "start", where)
        end = reader.date(data, "end", where, required=False)
        if start and end and end < start:
            reader.error(where, f"dates in the wrong order: end {end} is before start {start}")
        texts, statuses = reader.texts(
            data, where, required={"title": DE_EN}, optional=("description",)
        )
        if start:
            result.append(
                EventData(
                    key=key,
                    attraction=attraction,
                    partner=partner,
                    start=start,
                    end=end,
                    url=reader.url(data, "url", where),
                    sources=reader.sources(data, where),
                    texts=texts,
                    statuses=statuses,
                )
            )
    return result


def read_international_data(
    directory: Path, *, source_language: str = "de", languages: Iterable[str] | None = None
) -> InternationalData:
    """Read and validate the four files in `directory`; raise with every problem found.
    `languages`: the city's (titles are required in each); default every language of Lotse."""
    errors: list[str] = []
    if not directory.is_dir():
        raise InternationalDataError([f"{directory.as_posix()}: directory not found"])

    def reader(name: str) -> _Reader:
        return _Reader(directory / name, errors, source_language, languages)

    partnerships = _read_partnerships(
        reader("partnerships.yaml"),
        _load_yaml(directory / "partnerships.yaml", errors, "partnerships"),
    )
    partner_keys = {p.key for p in partnerships if p.key}
    projects = _read_projects(
        reader("projects.yaml"),
        _load_yaml(directory / "projects.yaml", errors, "projects"),
        partner_keys,
    )
    associations = _read_associations(
        reader("associations.yaml"),
        _load_yaml(directory / "associations.yaml", errors, "associations"),
        partner_keys,
    )
    attractions_path = directory / "attractions.yaml"
    attractions = _read_attractions(
        reader("attractions.yaml"), _load_yaml(attractions_path, errors, "attractions")
    )
    events: list[EventData] = []
    raw: Any = None
    if attractions_path.is_file():
        raw = load_yaml(attractions_path, [])  # problems were reported with the attractions
        raw_events = raw.get("events") if isinstance(raw, dict) else None
        if raw_events is not None and not isinstance(raw_events, list):
            errors.append(f"{attractions_path.as_posix()}: 'events' must be a list")
        elif raw_events:
            events = _read_events(
                reader("attractions.yaml"),
                raw_events,
                {a.key for a in attractions},
                partner_keys,
            )
    if errors:
        raise InternationalDataError(errors)
    return InternationalData(
        partnerships=partnerships,
        projects=projects,
        associations=associations,
        attractions=attractions,
        events=events,
    )
