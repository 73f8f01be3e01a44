"""iCalendar (RFC 5545) invitations and cancellations for bookings, written by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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


def escape_text(value: str) -> str:
    """TEXT escaping of RFC 5545 section 3.3.11."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 section 3.1), never inside a UTF-8 character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts: list[str] = []
    current = b""
    limit = 75
    for char in line:
        piece = char.encode("utf-8")
        if len(current) + len(piece) > limit:
            parts.append(current.decode("utf-8"))
            current = b""
            limit = 74  # continuation lines start with one space
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def _utc(value: dt.datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime in a calendar event")
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _param(value: str) -> str:
    # Parameter values with separators must be quoted; quotes themselves are not allowed.
    cleaned = value.replace('"', "'")
    return f'"{cleaned}"' if any(c in cleaned for c in ":;,") else cleaned


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
        f"UID:{event.uid}",
        f"SEQUENCE:{event.sequence}",
        f"DTSTAMP:{_utc(now)}",
        f"DTSTART:{_utc(event.start)}",
        f"DTEND:{_utc(event.end)}",
        f"SUMMARY:{escape_text(event.summary)}",
        f"LOCATION:{escape_text(event.location)}",
        f"DESCRIPTION:{escape_text(event.description)}",
        f"ORGANIZER:mailto:{event.organizer_email}",
        f"ATTENDEE;CN={_param(event.attendee_name)};ROLE=REQ-PARTICIPANT:mailto:{event.attendee_email}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
    ]
    if event.url:
        lines.append(f"URL:{event.url}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)
