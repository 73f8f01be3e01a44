"""iCalendar (RFC 5545) export of a plan's deadlines: all-day events, one per due step. Every
value is escaped by core.ical."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from lotse.core import ical

fold = ical.fold  # kept for callers of the old name


@dataclass(frozen=True)
class Deadline:
    key: str
    day: dt.date
    summary: str
    description: str
    url: str


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11), including line breaks and control characters."""
    return ical.text(value)


def _next_day(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=1) if day < dt.date.max else day


def calendar_text(
    *, deadlines: Iterable[Deadline], plan_id: str, host: str, name: str, stamp: dt.datetime
) -> str:
    """The whole VCALENDAR; UIDs are stable per plan and step, so re-imports update events."""
    uid_base = hashlib.sha256(plan_id.encode()).hexdigest()[:20]
    stamp_text = stamp.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Lotse//Arrival plan//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for item in deadlines:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ical.text(f'{uid_base}-{item.key}@{host}')}",
            f"DTSTAMP:{stamp_text}",
            f"DTSTART;VALUE=DATE:{item.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{_next_day(item.day):%Y%m%d}",
            f"SUMMARY:{escape_text(item.summary)}",
            f"DESCRIPTION:{escape_text(item.description)}",
            f"URL:{ical.uri(item.url)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ical.lines_to_text(lines)
