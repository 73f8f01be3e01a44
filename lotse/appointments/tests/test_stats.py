"""Published waiting times and fairness figures: computed by the task into a table, read (never
computed) per request; the API follows its schema; the page draws SVG charts and a table with
numbers in the page's language."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from lotse.appointments import services
from lotse.appointments.models import AppointmentStat, Booking, BookingStatus, FirstFreeSnapshot
from lotse.appointments.services.stats import stats_refresh_task
from lotse.core.testing import assert_conforms

from .conftest import make_slot, make_type

pytestmark = pytest.mark.django_db


def _book(slot, email: str, *, status: str, created_after_release: dt.timedelta) -> Booking:
    booking, _token = services.booking_create(
        request=services.BookingRequest(slot=slot.pk, name="S", email=email, language="en"),
        address="",
        proof_ok=True,
        base_url="http://testserver",
    )
    assert slot.released_at is not None
    Booking.objects.filter(pk=booking.pk).update(
        status=status,
        created_at=slot.released_at + created_after_release,
        confirmed_at=timezone.now() if status != BookingStatus.HELD else None,
    )
    return booking


def _world() -> None:
    type_ = make_type(key="stat-type", capacity=4)
    now = timezone.now()
    slot = make_slot(type_, days_ahead=3)
    slot.released_at = now - dt.timedelta(hours=2)
    slot.save(update_fields=["released_at"])
    _book(
        slot,
        "a@example.org",
        status=BookingStatus.CONFIRMED,
        created_after_release=dt.timedelta(minutes=2),
    )
    _book(
        slot,
        "b@example.org",
        status=BookingStatus.CONFIRMED,
        created_after_release=dt.timedelta(minutes=3),
    )
    _book(
        slot,
        "c@example.org",
        status=BookingStatus.CONFIRMED,
        created_after_release=dt.timedelta(hours=1),
    )
    past = make_slot(type_, days_ahead=-2)
    past.released_at = now - dt.timedelta(days=10)
    past.save(update_fields=["released_at"])
    for email, status in [
        ("d@example.org", BookingStatus.NO_SHOW),
        ("e@example.org", BookingStatus.CHECKED_IN),
    ]:
        Booking.objects.create(
            type=type_,
            slot=past,
            status=status,
            name="P",
            email=email,
            email_key=email,
            language="en",
            token_hash="x",
            ical_uid=f"{email}@lotse",
            created_at=now - dt.timedelta(days=9),
        )
    # An earlier day's snapshot: the published figure is the mean of the days.
    FirstFreeSnapshot.objects.create(
        type=type_, day=timezone.localdate() - dt.timedelta(days=1), days=7.0
    )


def test_figures_are_computed_by_the_task_and_only_read_by_the_api(client: Client) -> None:
    _world()
    empty = client.get("/api/v1/cities/dortmund/appointment-stats")
    body = assert_conforms(empty, "GET", "/api/v1/cities/{city}/appointment-stats")
    assert body["results"] == []
    # A missing figure queues the computation; the request does not compute it.
    assert DBTaskResult.objects.filter(task_path=stats_refresh_task.module_path).count() == 1
    assert services.stats_refresh() >= 1
    response = client.get("/api/v1/cities/dortmund/appointment-stats")
    body = assert_conforms(
        response, "GET", "/api/v1/cities/dortmund/appointment-stats".replace("dortmund", "{city}")
    )
    figures = {item["type"]: item for item in body["results"]}["stat-type"]
    # five seats booked first-come (three upcoming, two past), two of them within 10 minutes
    assert figures["booked_within_10_minutes_share"] == 0.4
    assert figures["no_show_rate"] == 0.5
    # today: the first free seat is 3 days ahead; yesterday's snapshot said 7 → mean 5
    assert figures["days_to_first_free_slot"] == 5.0
    assert figures["draw_requests_per_seat"] is None
    assert body["period_days"] == 28
    # More bookings change nothing until the task runs again.
    Booking.objects.filter(type__key="stat-type").update(status=BookingStatus.NO_SHOW)
    again = client.get("/api/v1/cities/dortmund/appointment-stats").json()
    assert {i["type"]: i for i in again["results"]}["stat-type"]["no_show_rate"] == 0.5
    assert DBTaskResult.objects.filter(task_path=stats_refresh_task.module_path).count() == 1
    assert client.get("/api/v1/cities/atlantis/appointment-stats").status_code == 404


def test_draw_types_publish_requests_per_seat() -> None:
    type_ = make_type(key="draw-stat", capacity=1)
    day = timezone.localdate() + dt.timedelta(days=7)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    now = timezone.now()
    period = services.draw_announce(
        type_=type_,
        first_day=day,
        last_day=day,
        window_opens=now - dt.timedelta(hours=1),
        window_closes=now + dt.timedelta(hours=1),
    )
    for i in range(12):
        services.draw_request(period=period, name="R", email=f"r{i}@example.org", language="en")
    period.window_closes = now - dt.timedelta(seconds=1)
    period.save(update_fields=["window_closes"])
    services.draw_run(period_id=period.pk)
    services.stats_refresh()
    stat = AppointmentStat.objects.get(type=type_)
    assert stat.draw_requests_per_seat == 2.0  # 12 requests, 6 seats


def test_the_page_draws_svg_charts_and_formats_numbers_per_language(client: Client) -> None:
    _world()
    services.stats_refresh()
    AppointmentStat.objects.filter(type__key="stat-type").update(
        days_to_first_free_slot=2.5, seats_booked=1234
    )
    german = client.get("/de/dortmund/appointments/waiting-times/")
    assert german.status_code == 200
    assert b"<svg" in german.content and b"<table" in german.content
    assert b"2,5" in german.content and b"1.234" in german.content
    english = client.get("/en/dortmund/appointments/waiting-times/")
    assert b"2.5" in english.content and b"1,234" in english.content
