"""iCalendar (RFC 5545) invitations and cancellations for bookings; every value is escaped by
core.ical (a name with line breaks cannot add a line of its own)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lotse.core import ical

fold = ical.fold  # kept for callers of the old name

PRODID = "-//Lotse//Appointments//EN"


@dataclass(frozen=True)
class Event:
    uid: str
    sequence: int
    start: dt.datetime
    end: dt.datetime
    summary: str
    location: str
    description: str
    organizer_email: str
    attendee_email: str
    attendee_name: str
    url: str = ""


def _utc(value: dt.datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime in a calendar event")
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar(event: Event, *, method: str, now: dt.datetime) -> str:
    """A VCALENDAR with one VEVENT; method REQUEST (new or changed) or CANCEL."""
    if method not in {"REQUEST", "CANCEL"}:
        raise ValueError(method)
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ical.text(event.uid)}",
        f"SEQUENCE:{event.sequence}",
        f"DTSTAMP:{_utc(now)}",
        f"DTSTART:{_utc(event.start)}",
        f"DTEND:{_utc(event.end)}",
        f"SUMMARY:{ical.text(event.summary)}",
        f"LOCATION:{ical.text(event.location)}",
        f"DESCRIPTION:{ical.text(event.description)}",
        f"ORGANIZER:mailto:{ical.uri(event.organizer_email)}",
        f"ATTENDEE;CN={ical.param(event.attendee_name)};ROLE=REQ-PARTICIPANT:"
        f"mailto:{ical.uri(event.attendee_email)}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
    ]
    if event.url:
        lines.append(f"URL:{ical.uri(event.url)}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ical.lines_to_text(lines)
