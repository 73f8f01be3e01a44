"""Personal data of bookings, waiting-list entries and queue places is blanked on schedule."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from lotse.appointments import models
from lotse.appointments.services.retention import appointments_retention_run
from lotse.catalog.models import Office
from lotse.core.models import AuditEvent

from .conftest import make_slot, make_type

pytestmark = pytest.mark.django_db


def _booking(slot, email: str) -> models.Booking:
    return models.Booking.objects.create(
        type=slot.type,
        slot=slot,
        status=models.BookingStatus.CHECKED_IN,
        name="Olena Petrenko",
        email=email,
        email_key=email,
        address_hash="a" * 64,
        plan_token_hash="p" * 64,
        plan_step="residence-registration",
        cancel_reason="",
        language="uk",
        token_hash="x",
        ical_uid=f"{email}@lotse",
    )


def test_past_bookings_ended_entries_and_queue_places_lose_the_person_recent_ones_keep_it():
    type_ = make_type()
    old = _booking(make_slot(type_, days_ahead=-200), "old@example.org")
    recent = _booking(make_slot(type_, days_ahead=-10), "recent@example.org")
    upcoming = _booking(make_slot(type_, days_ahead=3), "next@example.org")
    long_ago = timezone.now() - dt.timedelta(days=200)
    ended_entry = models.WaitlistEntry.objects.create(
        type=type_,
        name="Ali",
        email="ali@example.org",
        email_key="ali@example.org",
        language="ar",
        status=models.WaitlistStatus.BOOKED,
        token_hash="t1",
        created_at=long_ago,
    )
    waiting_entry = models.WaitlistEntry.objects.create(
        type=type_,
        name="Ana",
        email="ana@example.org",
        email_key="ana@example.org",
        language="ro",
        status=models.WaitlistStatus.WAITING,
        token_hash="t2",
        created_at=long_ago,
    )
    office = Office.objects.get(city__slug="dortmund", key="welcome-center")
    ended_place = models.QueueEntry.objects.create(
        office=office,
        name="Mehmet",
        language="tr",
        status=models.QueueStatus.LEFT,
        token_hash="q1",
        address_hash="b" * 64,
        client_hash="c" * 64,
        ended_at=long_ago,
        end_note="Asked about the Blue Card; sent the checklist.",
    )

    done = appointments_retention_run(days=180)

    assert done == {"booking": 1, "waitlist_entry": 1, "queue_entry": 1}
    old.refresh_from_db()
    assert (old.name, old.email, old.email_key, old.address_hash) == ("", "", "", "")
    assert (old.plan_token_hash, old.plan_step) == ("", "")
    assert (
        old.status == models.BookingStatus.CHECKED_IN
    )  # the row stays for the waiting-time figures
    for kept in (recent, upcoming):
        kept.refresh_from_db()
        assert kept.name == "Olena Petrenko" and kept.email.endswith("@example.org")
    ended_entry.refresh_from_db()
    waiting_entry.refresh_from_db()
    assert (ended_entry.name, ended_entry.email) == ("", "")
    assert waiting_entry.email == "ana@example.org"  # still waiting: still needed
    ended_place.refresh_from_db()
    assert (ended_place.name, ended_place.end_note, ended_place.client_hash) == ("", "", "")
    events = AuditEvent.objects.filter(action="erase", reason__startswith="retention")
    assert {(e.object_type, e.object_id) for e in events} == {
        ("booking", str(old.pk)),
        ("waitlist_entry", str(ended_entry.pk)),
        ("queue_entry", str(ended_place.pk)),
    }
    # Idempotent: a second run finds nothing left to blank.
    assert appointments_retention_run(days=180) == {
        "booking": 0,
        "waitlist_entry": 0,
        "queue_entry": 0,
    }


def test_the_daily_command_reports_what_it_blanked_and_takes_the_period():
    type_ = make_type()
    _booking(make_slot(type_, days_ahead=-20), "a@example.org")
    out = StringIO()
    call_command("appointments_retention", stdout=out)
    assert "0 booking(s) blanked" in out.getvalue()
    out = StringIO()
    call_command("appointments_retention", "--days", "7", stdout=out)
    assert "1 booking(s) blanked" in out.getvalue()
    assert not models.Booking.objects.filter(email="a@example.org").exists()
