"""Reads and checks a city's appointments.yaml before anything is written (decision 0004).

Built on core's data-file reader: every problem is collected with file and line and raised
together as `DataFileError`, so a bad file never crashes the loader halfway with a KeyError.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lotse.appointments.models import Mode
from lotse.core.datafiles import DataFileError, DataReader, LineDict, load_yaml

WEEKDAYS = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}
TYPE_KEYS = {
    "key",
    "office",
    "service",
    "services",
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
    services: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClosureData:
    office: str
    date: dt.date
    reason: str


@dataclass
class AppointmentsData:
    types: list[TypeData] = field(default_factory=list)
    closures: list[ClosureData] = field(default_factory=list)


class AppointmentsReader(DataReader):
    """The checks of appointment types and closure days on top of core's reader."""

    def __init__(self, path: Path, errors: list[str], offices: set[str], services: set[str]):
        super().__init__(path, errors)
        self.offices = offices
        self.services = services

    def number(
        self,
        data: dict[str, Any],
        name: str,
        where: str,
        *,
        default: int | None,
        low: int,
        high: int,
    ) -> int:
        value = data.get(name, default)
        if value is None:
            self.error(where, f"'{name}' is required", data, name)
            return low
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.error(where, f"'{name}' must be a whole number {low}–{high}", data, name)
            return low
        return value

    def time(self, data: dict[str, Any], name: str, where: str) -> str:
        value = data.get(name)
        # YAML reads an unquoted 09:00 as a number (sexagesimal minutes): ask for quotes.
        if not isinstance(value, str):
            self.error(where, f"'{name}' must be a quoted time like \"09:00\"", data, name)
            return ""
        try:
            return dt.time.fromisoformat(value).strftime("%H:%M")
        except ValueError:
            self.error(where, f"'{name}' must be a time like \"09:00\", not {value!r}", data, name)
            return ""

    def office(self, data: dict[str, Any], where: str) -> str:
        office = self.string(data, "office", where)
        if office and office not in self.offices:
            self.error(where, f"unknown office {office!r}", data, "office")
        return office

    def hours(self, data: dict[str, Any], where: str) -> list[dict[str, Any]]:
        raw = data.get("hours") or []
        if not isinstance(raw, list):
            self.error(where, "'hours' must be a list", data, "hours")
            return []
        result: list[dict[str, Any]] = []
        for block in raw:
            if not isinstance(block, LineDict):
                self.error(where, "each entry of 'hours' must be a mapping", data, "hours")
                continue
            days = block.get("days")
            if not isinstance(days, list) or not days:
                self.error(where, "'days' must be a list like [mo, tu]", block, "days")
                days = []
            opens = self.time(block, "opens", where)
            closes = self.time(block, "closes", where)
            if opens and closes and opens >= closes:
                self.error(where, f"'closes' ({closes}) must be after 'opens' ({opens})", block)
            for day in days:
                if day not in WEEKDAYS:
                    self.error(
                        where, f"unknown day {day!r} (use {', '.join(WEEKDAYS)})", block, "days"
                    )
                elif opens and closes:
                    result.append({"weekday": WEEKDAYS[day], "opens": opens, "closes": closes})
        return result

    def appointment_type(self, data: Any, seen: set[str]) -> TypeData | None:
        if not isinstance(data, LineDict):
            self.error("appointment_types", "each appointment type must be a mapping")
            return None
        key = self.key(data, "appointment type", seen)
        where = f"appointment type {key!r}"
        for unknown in sorted(set(data) - TYPE_KEYS):
            self.error(where, f"unknown field {unknown!r}", data, unknown)
        service = self.string(data, "service", where, required=False)
        if service and service not in self.services:
            self.error(where, f"unknown service {service!r}", data, "service")
        extra = data.get("services", [])
        if not isinstance(extra, list) or not all(isinstance(k, str) for k in extra):
            self.error(where, "'services' must be a list of service keys", data, "services")
            extra = []
        for unknown_key in extra:
            if unknown_key not in self.services:
                self.error(
                    where, f"unknown service {unknown_key!r} in 'services'", data, "services"
                )
        names = data.get("names")
        if (
            not isinstance(names, dict)
            or not names
            or not all(
                isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in names.items()
            )
        ):
            self.error(where, "'names' must map language codes to names", data, "names")
            names = {}
        waitlist = data.get("waitlist", False)
        if not isinstance(waitlist, bool):
            self.error(where, "'waitlist' must be true or false", data, "waitlist")
            waitlist = False
        return TypeData(
            key=key,
            office=self.office(data, where),
            service=service,
            mode=self.choice(data, "mode", where, list(Mode.values)),
            names={str(k): str(v) for k, v in names.items()},
            duration_minutes=self.number(
                data, "duration_minutes", where, default=None, low=5, high=480
            ),
            capacity=self.number(data, "capacity", where, default=None, low=1, high=100),
            booking_window_days=self.number(
                data, "booking_window_days", where, default=28, low=0, high=366
            ),
            min_notice_hours=self.number(
                data, "min_notice_hours", where, default=2, low=0, high=720
            ),
            waitlist=waitlist,
            hours=self.hours(data, where),
            note=self.string(data, "note", where, required=False),
            services=tuple(k for k in extra if k in self.services),
        )

    def closure(self, data: Any) -> ClosureData | None:
        if not isinstance(data, LineDict):
            self.error("closure_days", "each closure day must be a mapping")
            return None
        where = "closure day"
        office = self.office(data, where)
        day = self.date(data, "date", where)
        reason = self.string(data, "reason", where, required=False)
        if day is None:
            return None
        return ClosureData(office=office, date=day, reason=reason[:200])


def read_appointments(path: Path, *, offices: set[str], services: set[str]) -> AppointmentsData:
    """The checked content of an appointments.yaml; DataFileError lists every problem."""
    errors: list[str] = []
    raw = load_yaml(path, errors)
    if errors:
        raise DataFileError(errors)
    data = AppointmentsData()
    if raw is None:
        return data
    reader = AppointmentsReader(path, errors, offices, services)
    if not isinstance(raw, LineDict):
        reader.error("file", "must be a mapping with appointment_types and closure_days")
        raise DataFileError(errors)
    for unknown in sorted(set(raw) - {"appointment_types", "closure_days"}):
        reader.error("file", f"unknown section {unknown!r}", raw, unknown)
    sections: dict[str, list[Any]] = {}
    for section in ("appointment_types", "closure_days"):
        value = raw.get(section) or []
        if not isinstance(value, list):
            reader.error(section, "must be a list", raw, section)
            value = []
        sections[section] = value
    seen: set[str] = set()
    for item in sections["appointment_types"]:
        if not isinstance(item, LineDict):
            reader.error(
                "appointment_types", "each entry must be a mapping", raw, "appointment_types"
            )
        elif (found := reader.appointment_type(item, seen)) is not None:
            data.types.append(found)
    for item in sections["closure_days"]:
        if not isinstance(item, LineDict):
            reader.error("closure_days", "each entry must be a mapping", raw, "closure_days")
        elif (closure := reader.closure(item)) is not None:
            data.closures.append(closure)
    if errors:
        raise DataFileError(errors)
    return data


__all__ = ["DataFileError", "read_appointments"]
