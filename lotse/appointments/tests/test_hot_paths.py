"""The busiest appointments requests (issue 17): how many queries they take, and that reading
less changes nothing a person sees (the slot list, the mails, the booking page)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from lotse.appointments import models, services
from lotse.appointments.services import BookingRequest
from lotse.appointments.services.limits import rate_limit_hit
from lotse.catalog.models import Office
from lotse.core.errors import Limited
from lotse.core.models import City

from .conftest import make_slot, make_type, run_outbox

pytestmark = pytest.mark.django_db
BASE = "http://testserver"


def _slots(client: Client, **params: str) -> Any:
    today = timezone.localdate()
    query = {
        "city": "dortmund",
        "date_from": str(today + dt.timedelta(days=1)),
        "date_to": str(today + dt.timedelta(days=14)),
        **params,
    }
    return client.get("/api/v1/slots", query)


def _remaining(client: Client, type_key: str, slot: models.Slot) -> int:
    listed = {s["id"]: s for s in _slots(client, type=type_key).json()}
    return int(listed[slot.pk]["remaining"])


def _book(slot: models.Slot, email: str = "ana@example.org") -> tuple[models.Booking, str]:
    return services.booking_create(
        request=BookingRequest(slot=slot.pk, name="Ana", email=email, language="en"),
        address="10.9.9.9",
        proof_ok=True,
        base_url=BASE,
    )


def test_the_slot_list_takes_two_queries_for_one_type_or_all(
    client: Client, django_assert_max_num_queries
) -> None:
    """The city with its types, then every listed type's slots with the due check: two
    queries, however many types (before: city, types, two release reads, one per type)."""
    services.appointment_types_load(city_slug="dortmund")
    assert len(_slots(client).json()) > 0  # generates the slots of every type
    with django_assert_max_num_queries(2):
        one = _slots(client, type="residence-registration")
    with django_assert_max_num_queries(2):
        every = _slots(client)
    assert one.status_code == every.status_code == 200
    keys = [s["type"] for s in every.json()]
    assert len(set(keys)) > 1
    assert keys == sorted(keys), "grouped by type in key order, as before"
    for key in set(keys):
        starts = [(s["start"], s["id"]) for s in every.json() if s["type"] == key]
        assert starts == sorted(starts)
    assert [s for s in every.json() if s["type"] == "residence-registration"] == one.json()


def test_an_expired_hold_is_listed_free_and_released_by_the_read() -> None:
    """A hold that ran out before the task worker released it: the list shows its seat as free
    (the read releases what is due, then lists), and the booking is expired."""
    client = Client()
    type_ = make_type(key="due-type", capacity=1)
    slot = make_slot(type_)
    booking, _token = _book(slot)
    assert _remaining(client, "due-type", slot) == 0
    models.Booking.objects.filter(pk=booking.pk).update(
        expires_at=timezone.now() - dt.timedelta(seconds=1)
    )
    assert _remaining(client, "due-type", slot) == 1
    booking.refresh_from_db()
    assert booking.status == models.BookingStatus.EXPIRED


def test_a_seat_past_its_cool_down_is_listed_free(settings) -> None:
    client = Client()
    type_ = make_type(key="cool-type", capacity=1)
    slot = make_slot(type_)
    booking, _token = _book(slot)
    services.booking_cancel(booking=booking, by="newcomer", base_url=BASE)
    assert _remaining(client, "cool-type", slot) == 0  # cooling down
    models.SeatClaim.objects.filter(booking=booking).update(
        release_after=timezone.now() - dt.timedelta(seconds=1)
    )
    assert _remaining(client, "cool-type", slot) == 1


def test_a_due_seat_of_a_type_with_a_waiting_list_goes_to_the_list_not_the_slot_list() -> None:
    """Exactly as when every read released first: the freed seat is offered to the waiting
    person, so the list shows it taken."""
    client = Client()
    type_ = make_type(key="wait-type", capacity=1, waitlist=True)
    slot = make_slot(type_)
    # Only this slot exists: no generated slots the waiting person could get first.
    type_.generated_until = timezone.localdate() + dt.timedelta(days=365)
    type_.save(update_fields=["generated_until"])
    booking, _token = _book(slot)
    services.waitlist_register(
        type_=type_, name="Ben", email="ben@example.org", language="en", needed_by=None
    )
    models.Booking.objects.filter(pk=booking.pk).update(
        expires_at=timezone.now() - dt.timedelta(seconds=1)
    )
    assert _remaining(client, "wait-type", slot) == 0
    offer = models.Booking.objects.get(email="ben@example.org")
    assert offer.status == models.BookingStatus.HELD and offer.slot_id == slot.pk


def test_nothing_due_means_the_slot_list_writes_nothing(client: Client) -> None:
    type_ = make_type(key="calm-type", capacity=2)
    make_slot(type_)
    _slots(client, type="calm-type")  # generates the type's slots
    with CaptureQueriesContext(connection) as captured:
        _slots(client, type="calm-type")
    assert all(q["sql"].lstrip().upper().startswith("SELECT") for q in captured.captured_queries)


def test_the_slot_list_checks_the_dates_before_the_type() -> None:
    """An unknown type with a bad date is a 400 for the date (as before); an unknown type a
    404 naming the type; an unknown city a 404 naming the city."""
    client = Client()
    make_type(key="known-type")
    assert _slots(client, type="nope", date_from="x").status_code == 400
    missing = _slots(client, type="nope")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "type_not_found"
    city = _slots(client, city="atlantis", type="known-type")
    assert city.status_code == 404 and city.json()["error"]["code"] == "city_not_found"


def test_rate_counters_count_every_attempt_in_one_row_per_window() -> None:
    for _ in range(3):
        rate_limit_hit(key="test:one", limit=3, window_seconds=3600)
    with pytest.raises(Limited):
        rate_limit_hit(key="test:one", limit=3, window_seconds=3600)
    row = models.RateCounter.objects.get(key="test:one")
    assert row.count == 4
    epoch = int(timezone.now().timestamp())
    # The row is found by the ORM under the window it counts (stored as the ORM stores it).
    start = dt.datetime.fromtimestamp(epoch - epoch % 3600, tz=dt.UTC)
    assert models.RateCounter.objects.filter(key="test:one", window_start=start).exists()


def _post(client: Client, slot: models.Slot, email: str) -> Any:
    body = {"slot": slot.pk, "name": "Ana", "email": email, "language": "en"}
    return client.post("/api/v1/bookings", body, content_type="application/json")


def test_a_booking_takes_at_most_twelve_queries_and_mails_where_to_go(
    client: Client, django_assert_max_num_queries
) -> None:
    type_ = make_type(key="post-type", capacity=3)
    slot = make_slot(type_)
    _post(client, slot, "first@example.org")
    # PostgreSQL adds the limits' advisory locks (person, address); SQLite needs none.
    locks = 2 if connection.vendor == "postgresql" else 0
    with django_assert_max_num_queries(12 + locks):
        response = _post(client, slot, "second@example.org")
    assert response.status_code == 201
    run_outbox()
    sent = [m for m in mail.outbox if m.to == ["second@example.org"]]
    assert len(sent) == 1 and sent[0].subject == "Please confirm your appointment"
    office = Office.objects.get(city__slug="dortmund", key="welcome-center")
    visitor = office.addresses.filter(type="visitor").first()
    if visitor is not None:
        assert f"Address: {visitor}" in sent[0].body


def test_confirming_takes_at_most_nine_queries_and_mails_the_calendar(
    client: Client, django_assert_max_num_queries
) -> None:
    slot = make_slot(make_type(key="confirm-type", capacity=2))
    booking, token = _book(slot)
    page = f"/en/appointments/booking/{booking.pk}/{token}/"
    with django_assert_max_num_queries(9):
        response = client.post(page + "confirm/")
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.status == models.BookingStatus.CONFIRMED
    run_outbox()
    confirmed = [m for m in mail.outbox if m.subject == "Appointment confirmed"]
    assert len(confirmed) == 1
    _name, content, _type = confirmed[0].attachments[0]
    assert "BEGIN:VEVENT" in content and f"UID:{booking.ical_uid}" in content
    assert "LOCATION:" in content


def test_the_booking_page_reads_the_welcome_center_from_the_shared_cache(
    client: Client, settings, django_assert_max_num_queries, django_capture_on_commit_callbacks
) -> None:
    """With the page cache on (as in production), the Welcome Center box comes from the
    city's memo; a change of the office is on the next page."""
    settings.LOTSE_PAGE_CACHE_ENABLED = True
    slot = make_slot(make_type(key="page-type", capacity=2))
    booking, token = _book(slot)
    page = f"/en/appointments/booking/{booking.pk}/{token}/"
    assert client.get(page).status_code == 200  # fills the memo
    with django_assert_max_num_queries(7):
        response = client.get(page)
    assert response.status_code == 200 and 'id="status"' in response.content.decode()
    city = City.objects.get(slug="dortmund")
    welcome = Office.objects.get(city=city, key=city.welcome_office_key)
    with django_capture_on_commit_callbacks(execute=True):
        welcome.phone = "+49 231 55555-0"
        welcome.save(update_fields=["phone"])
    assert "+49 231 55555-0" in client.get(page).content.decode()
