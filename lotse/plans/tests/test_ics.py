"""The .ics export follows RFC 5545: CRLF, folding at 75 octets, escaping, unique UIDs."""

from __future__ import annotations

import datetime as dt

from lotse.plans.ics import Deadline, calendar_text, escape_text, fold

STAMP = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)


def test_text_escaping_covers_backslash_semicolon_comma_and_newline():
    assert escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"


def test_long_lines_fold_at_75_octets_without_breaking_characters():
    line = "DESCRIPTION:" + "يجب التسجيل خلال أسبوعين " * 10
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert all(p.startswith(" ") for p in pieces[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == line


def test_calendar_has_crlf_lines_all_day_events_and_unique_uids():
    deadlines = [
        Deadline(
            "residence-registration",
            dt.date(2026, 12, 15),
            "Register, now",
            "Why; here",
            "https://x/plan/t/",
        ),
        Deadline("eu-blue-card", dt.date(2027, 2, 8), "Blue Card", "Why", "https://x/plan/t/"),
    ]
    text = calendar_text(
        deadlines=deadlines, plan_id="tok", host="lotse.example", name="Plan", stamp=STAMP
    )
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert "DTSTART;VALUE=DATE:20261215\r\nDTEND;VALUE=DATE:20261216" in text
    assert "SUMMARY:Register\\, now" in text
    assert "DTSTAMP:20261122T100000Z" in text
    uids = [line for line in text.split("\r\n") if line.startswith("UID:")]
    assert len(uids) == 2 and len(set(uids)) == 2
    assert all(uid.endswith("@lotse.example") for uid in uids)
    assert "tok" not in "".join(uids), "the private token does not leak into UIDs"
