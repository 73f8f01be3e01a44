"""Reads and checks a city's appointments.yaml before anything is written (decision 0004).

Every problem is collected with file and line (`appointments.yaml:12: …`) and raised together as
AppointmentsDataError, so a bad file never crashes the loader halfway with a KeyError.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from lotse.appointments.models import Mode

WEEKDAYS = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}
TYPE_KEYS = {
    "key",
    "office",
    "service",
    "mode",
    "names",
    "duration_minutes",
    "capacity",
    "booking_window_days",
    "min_notice_hours",
    "waitlist",
    "hours",
    "note",
}


class AppointmentsDataError(Exception):
    """Raised when a data file has problems; `errors` lists each as `file:line: message`."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


class _Map(dict[str, Any]):
    """A YAML mapping that remembers its line and the line of each key (1-based)."""

    line = 0
    lines: dict[str, int]


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_map(loader: _LineLoader, node: yaml.MappingNode) -> _Map:
    loader.flatten_mapping(node)
    result = _Map()
    result.line = node.start_mark.line + 1
    result.lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        result[str(key)] = loader.construct_object(value_node, deep=True)
        result.lines[str(key)] = key_node.start_mark.line + 1
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)


@dataclass(frozen=True)
class TypeData:
    key: str
    office: str
    service: str
    mode: str
    names: dict[str, str]
    duration_minutes: int
    capacity: int
    booking_window_days: int
    min_notice_hours: int
    waitlist: bool
    hours: list[dict[str, Any]]
    note: str


@dataclass(frozen=True)
class ClosureData:
    office: str
    date: dt.date
    reason: str


@dataclass
class AppointmentsData:
    types: list[TypeData] = field(default_factory=list)
    closures: list[ClosureData] = field(default_factory=list)


class _Checker:
    def __init__(self, path: Path, offices: set[str], services: set[str]) -> None:
        self.name = path.name
        self.offices = offices
        self.services = services
        self.errors: list[str] = []

    def error(self, line: int, message: str) -> None:
        self.errors.append(f"{self.name}:{line}: {message}")

    def line_of(self, item: _Map, key: str) -> int:
        return item.lines.get(key, item.line)

    def text(self, item: _Map, key: str, *, required: bool = True) -> str:
        value = item.get(key)
        if value is None or value == "":
            if required:
                self.error(item.line, f"'{key}' is missing")
            return ""
        if not isinstance(value, str):
            self.error(self.line_of(item, key), f"'{key}' must be text")
            return ""
        return value

    def number(self, item: _Map, key: str, *, default: int | None, low: int, high: int) -> int:
        value = item.get(key, default)
        if value is None:
            self.error(item.line, f"'{key}' is missing")
            return low
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.error(self.line_of(item, key), f"'{key}' must be a whole number {low}–{high}")
            return low
        return value

    def time(self, value: Any, line: int, what: str) -> str:
        # YAML reads an unquoted 09:00 as a number of minutes (sexagesimal): ask for quotes.
        if not isinstance(value, str):
            self.error(line, f"'{what}' must be a quoted time like \"09:00\"")
            return "00:00"
        try:
            return dt.time.fromisoformat(value).strftime("%H:%M")
        except ValueError:
            self.error(line, f"'{what}' must be a time like \"09:00\", not {value!r}")
            return "00:00"

    def hours(self, item: _Map) -> list[dict[str, Any]]:
        raw = item.get("hours", [])
        if raw is None:
            return []
        if not isinstance(raw, list):
            self.error(self.line_of(item, "hours"), "'hours' must be a list")
            return []
        result: list[dict[str, Any]] = []
        for block in raw:
            if not isinstance(block, _Map):
                self.error(self.line_of(item, "hours"), "each entry of 'hours' must be a mapping")
                continue
            days = block.get("days")
            if not isinstance(days, list) or not days:
                self.error(block.line, "'days' must be a list like [mo, tu]")
                days = []
            opens = self.time(block.get("opens"), self.line_of(block, "opens"), "opens")
            closes = self.time(block.get("closes"), self.line_of(block, "closes"), "closes")
            if opens >= closes and opens != "00:00":
                self.error(block.line, f"'closes' ({closes}) must be after 'opens' ({opens})")
            for day in days:
                if day not in WEEKDAYS:
                    self.error(
                        self.line_of(block, "days"),
                        f"unknown day {day!r} (use {', '.join(WEEKDAYS)})",
                    )
                    continue
                result.append({"weekday": WEEKDAYS[day], "opens": opens, "closes": closes})
        return result

    def type_(self, item: Any, line: int, seen: set[str]) -> TypeData | None:
        if not isinstance(item, _Map):
            self.error(line, "each appointment type must be a mapping")
            return None
        for unknown in sorted(set(item) - TYPE_KEYS):
            self.error(self.line_of(item, unknown), f"unknown field '{unknown}'")
        key = self.text(item, "key")
        if key in seen:
            self.error(self.line_of(item, "key"), f"appointment type '{key}' appears twice")
        seen.add(key)
        office = self.text(item, "office")
        if office and office not in self.offices:
            self.error(self.line_of(item, "office"), f"unknown office '{office}'")
        service = self.text(item, "service", required=False)
        if service and service not in self.services:
            self.error(self.line_of(item, "service"), f"unknown service '{service}'")
        mode = self.text(item, "mode")
        if mode and mode not in Mode.values:
            self.error(
                self.line_of(item, "mode"), f"'mode' must be one of {', '.join(Mode.values)}"
            )
        names = item.get("names")
        if (
            not isinstance(names, dict)
            or not names
            or not all(
                isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in names.items()
            )
        ):
            self.error(self.line_of(item, "names"), "'names' must map languages to names")
            names = {}
        waitlist = item.get("waitlist", False)
        if not isinstance(waitlist, bool):
            self.error(self.line_of(item, "waitlist"), "'waitlist' must be true or false")
            waitlist = False
        return TypeData(
            key=key,
            office=office,
            service=service,
            mode=mode,
            names={str(k): str(v) for k, v in names.items()},
            duration_minutes=self.number(item, "duration_minutes", default=None, low=5, high=480),
            capacity=self.number(item, "capacity", default=None, low=1, high=100),
            booking_window_days=self.number(
                item, "booking_window_days", default=28, low=0, high=366
            ),
            min_notice_hours=self.number(item, "min_notice_hours", default=2, low=0, high=720),
            waitlist=waitlist,
            hours=self.hours(item),
            note=self.text(item, "note", required=False),
        )

    def closure(self, item: Any, line: int) -> ClosureData | None:
        if not isinstance(item, _Map):
            self.error(line, "each closure day must be a mapping")
            return None
        office = self.text(item, "office")
        if office and office not in self.offices:
            self.error(self.line_of(item, "office"), f"unknown office '{office}'")
        raw = item.get("date")
        try:
            day = raw if isinstance(raw, dt.date) else dt.date.fromisoformat(str(raw))
        except ValueError:
            self.error(self.line_of(item, "date"), "'date' must be a date like 2026-12-24")
            day = dt.date.min
        reason = item.get("reason", "")
        if not isinstance(reason, str):
            self.error(self.line_of(item, "reason"), "'reason' must be text")
            reason = ""
        return ClosureData(office=office, date=day, reason=reason[:200])


def read_appointments(path: Path, *, offices: set[str], services: set[str]) -> AppointmentsData:
    """The checked content of an appointments.yaml; AppointmentsDataError lists all problems."""
    checker = _Checker(path, offices, services)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506
    except FileNotFoundError as exc:
        raise AppointmentsDataError([f"{path.name}:0: file not found"]) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        raise AppointmentsDataError([f"{path.name}:{line}: not valid YAML: {exc}"]) from exc
    data = AppointmentsData()
    if raw is None:
        return data
    if not isinstance(raw, _Map):
        raise AppointmentsDataError([f"{path.name}:1: the file must be a mapping"])
    for unknown in sorted(set(raw) - {"appointment_types", "closure_days"}):
        checker.error(checker.line_of(raw, unknown), f"unknown section '{unknown}'")
    for section in ("appointment_types", "closure_days"):
        value = raw.get(section, [])
        if value is not None and not isinstance(value, list):
            checker.error(checker.line_of(raw, section), f"'{section}' must be a list")
    types = raw.get("appointment_types") or []
    seen: set[str] = set()
    for item in types if isinstance(types, list) else []:
        found = checker.type_(item, checker.line_of(raw, "appointment_types"), seen)
        if found is not None:
            data.types.append(found)
    closures = raw.get("closure_days") or []
    for item in closures if isinstance(closures, list) else []:
        closure = checker.closure(item, checker.line_of(raw, "closure_days"))
        if closure is not None:
            data.closures.append(closure)
    if checker.errors:
        raise AppointmentsDataError(checker.errors)
    return data
