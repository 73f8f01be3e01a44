"""Release by draw: one seat per person, urgent first, reproducible from the published seed and
request ids, a burst at the window's opening gains nothing; losers move to the waiting list;
staff see and run the draw under the permission policy."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from lotse.appointments import models, services
from lotse.appointments.errors import DrawOnly
from lotse.appointments.services.draw import WindowClosed, draw_key, draw_requests_purge
from lotse.catalog.models import Office
from lotse.core.errors import InvalidInput
from lotse.core.models import AuditEvent, City, OutgoingMail, Role, StaffProfile
from lotse.core.testing import assert_conforms

from .conftest import BERLIN, make_type

pytestmark = pytest.mark.django_db


def _period(*, capacity: int = 1, key: str = "draw-type", days: int = 1) -> models.DrawPeriod:
    """A period of `days` working day(s) a week ahead (3 hours a day, 30-minute slots), window
    open now."""
    type_ = make_type(key=key, capacity=capacity)
    now = timezone.now()
    day = timezone.localdate() + dt.timedelta(days=7)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return services.draw_announce(
        type_=type_,
        first_day=day,
        last_day=day + dt.timedelta(days=days - 1),
        window_opens=now - dt.timedelta(hours=1),
        window_closes=now + dt.timedelta(hours=47),
    )


def _request(period: models.DrawPeriod, email: str, **extra: Any) -> models.DrawRequest:
    entry, _token = services.draw_request(
        period=period, name="Person", email=email, language="en", **extra
    )
    return entry


def _close(period: models.DrawPeriod) -> None:
    models.DrawPeriod.objects.filter(pk=period.pk).update(
        window_opens=timezone.now() - dt.timedelta(days=2),
        window_closes=timezone.now() - dt.timedelta(seconds=1),
    )


def test_announcing_keeps_the_period_from_first_come_booking(client: Client) -> None:
    period = _period()
    assert period.type.release == models.Release.DRAW
    slots = list(models.Slot.objects.filter(type=period.type, by_draw=True))
    assert len(slots) == 6
    with pytest.raises(DrawOnly):
        services.booking_create(
            request=services.BookingRequest(
                slot=slots[0].pk, name="Fast", email="fast@example.org", language="en"
            ),
            address="10.0.0.1",
            proof_ok=True,
            base_url="http://testserver",
        )
    response = client.post(
        "/api/v1/bookings",
        {"slot": slots[0].pk, "name": "Bot", "email": "bot@example.org", "language": "en"},
        content_type="application/json",
    )
    assert response.status_code == 409 and response.json()["error"]["code"] == "by_draw"
    page = client.get(f"/en/dortmund/appointments/{period.type.key}/")
    assert page.status_code == 200
    assert b"Request a seat in the draw" in page.content


def test_one_seat_per_person_even_with_aliases_and_many_seats() -> None:
    period = _period(capacity=3)  # 18 seats
    for i in range(5):
        _request(period, f"p{i}@example.org")
    _request(period, "ana.b@gmail.com")
    for alias in ("anab+2@gmail.com", "AnaB@googlemail.com", "ana.b+bot@gmail.com"):
        with pytest.raises(InvalidInput):
            _request(period, alias)
    _close(period)
    assert services.draw_run(period_id=period.pk) is not None
    bookings = models.Booking.objects.filter(type=period.type)
    keys = list(bookings.values_list("email_key", flat=True))
    assert len(keys) == 6 == len(set(keys)), "one seat per person"
    assert all(b.status == models.BookingStatus.HELD for b in bookings)
    assert not models.Slot.objects.filter(type=period.type, by_draw=True).exists()


def test_urgent_requests_are_drawn_first() -> None:
    period = _period(capacity=1)  # 6 seats
    entries = [_request(period, f"u{i}@example.org") for i in range(30)]
    staff = get_user_model().objects.create_user(username="lead")
    urgent = entries[-6:]  # the last to arrive
    for entry in urgent:
        services.draw_request_urgency_set(
            user=staff, entry=entry, urgency=models.Urgency.PERMIT_EXPIRING
        )
    _close(period)
    drawn = services.draw_run(period_id=period.pk)
    assert drawn is not None
    winners = set(
        models.DrawRequest.objects.filter(status=models.DrawRequestStatus.WON).values_list(
            "ref", flat=True
        )
    )
    assert winners == {e.ref for e in urgent}
    assert drawn.result["order"][:6] == sorted(
        (e.ref for e in urgent), key=lambda ref: draw_key(drawn.seed, ref)
    )


def test_the_draw_is_reproducible_from_the_published_seed_and_ids(client: Client) -> None:
    period = _period(capacity=1)
    for i in range(12):
        _request(period, f"r{i}@example.org")
    before = client.get(f"/api/v1/draws/{period.pk}")
    body = assert_conforms(before, "GET", "/api/v1/draws/{draw_id}")
    assert body["seed"] is None and body["seed_sha256"] == period.seed_sha256
    _close(period)
    services.draw_run(period_id=period.pk)
    published = assert_conforms(
        client.get(f"/api/v1/draws/{period.pk}"), "GET", "/api/v1/draws/{draw_id}"
    )
    # Anyone can recompute: from the seed and the sorted ids alone, in any order.
    shuffled = list(published["requests"])
    random.Random(7).shuffle(shuffled)
    assert (
        services.draw_order(seed=published["seed"], refs=shuffled, urgent=published["urgent"])
        == published["order"]
    )
    period.refresh_from_db()
    assert services.draw_verify(result=period.result)
    assert not services.draw_verify(result={**period.result, "seed": "0" * 64})
    winners = [r.ref for r in models.DrawRequest.objects.filter(period=period, status="won")]
    assert sorted(winners) == sorted(published["order"][:6])
    page = client.get(f"/en/dortmund/appointments/{period.type.key}/draw/{period.pk}/")
    assert page.status_code == 200 and published["seed"].encode() in page.content


def test_a_burst_at_the_window_opening_gains_nothing() -> None:
    """Who asked first plays no part: the same ids drawn with the same seed give the same order
    whatever the arrival order, and over many seeds the first 10 % to arrive win their share."""
    refs = [f"{i:010x}" for i in range(200)]  # arrival order: refs[0] arrived first
    fastest = set(refs[:20])
    seats = 20
    won_by_fastest = 0
    for seed_number in range(300):
        seed = f"{seed_number:064x}"
        order = services.draw_order(seed=seed, refs=refs)
        assert order == services.draw_order(seed=seed, refs=list(reversed(refs)))
        won_by_fastest += len(fastest & set(order[:seats]))
    share = won_by_fastest / (300 * seats)
    assert 0.07 < share < 0.13, share  # 10 % of the people, about 10 % of the seats


def test_a_burst_of_requests_in_the_database_changes_no_outcome() -> None:
    period = _period(capacity=1)
    early = [_request(period, f"early{i}@example.org") for i in range(10)]
    late = [_request(period, f"late{i}@example.org") for i in range(10)]
    # The same requests, arrived the other way round: the draw must not differ.
    for index, entry in enumerate(late + early):
        models.DrawRequest.objects.filter(pk=entry.pk).update(
            created_at=timezone.now() - dt.timedelta(minutes=100 - index)
        )
    expected = services.draw_order(seed=period.seed, refs=[e.ref for e in early + late])[:6]
    _close(period)
    services.draw_run(period_id=period.pk)
    winners = models.DrawRequest.objects.filter(period=period, status="won").values_list(
        "ref", flat=True
    )
    assert sorted(winners) == sorted(expected)


def test_requests_outside_the_window_are_refused() -> None:
    period = _period()
    _close(period)
    period.refresh_from_db()
    with pytest.raises(WindowClosed):
        _request(period, "late@example.org")


def test_result_mails_go_out_and_the_unlucky_move_to_the_waiting_list() -> None:
    period = _period(capacity=1)
    for i in range(8):
        _request(
            period, f"m{i}@example.org", needed_by=timezone.localdate() + dt.timedelta(days=30)
        )
    _close(period)
    services.draw_run(period_id=period.pk)
    assert OutgoingMail.objects.filter(kind="draw_won").count() == 6
    lost = OutgoingMail.objects.filter(kind="draw_lost")
    assert lost.count() == 2
    assert all("/appointments/waitlist/" in m.body for m in lost)
    waiting = models.WaitlistEntry.objects.filter(type=period.type, status="waiting")
    assert waiting.count() == 2
    assert set(waiting.values_list("email", flat=True)) == set(
        models.DrawRequest.objects.filter(status="lost").values_list("email", flat=True)
    )


def test_a_draw_runs_once_and_the_command_runs_due_draws() -> None:
    period = _period()
    _request(period, "only@example.org")
    assert services.draw_run(period_id=period.pk) is None, "not before the window closes"
    _close(period)
    call_command("appointments_draw")
    period.refresh_from_db()
    assert period.drawn_at is not None and period.requests == 1 and period.seats == 6
    assert services.draw_run(period_id=period.pk) is None
    assert models.Booking.objects.filter(type=period.type).count() == 1
    # The five seats nobody drew are free for everyone now.
    assert models.Slot.objects.filter(type=period.type, by_draw=False, taken=0).count() == 5


def test_the_request_form_takes_one_request_per_person(client: Client) -> None:
    period = _period()
    url = f"/en/dortmund/appointments/{period.type.key}/draw/{period.pk}/request/"
    form = {"name": "Form", "email": "form@example.org", "language": "en", "needed_by": ""}
    first = client.post(url, form)
    assert first.status_code == 200
    ref = models.DrawRequest.objects.get(period=period).ref
    assert ref.encode() in first.content
    assert client.post(url, form).status_code == 400
    assert models.DrawRequest.objects.filter(period=period).count() == 1


def _staff_client(username: str, role: str | None, *, city: Any, office: Any = None) -> Client:
    user = get_user_model().objects.create_user(username=username)
    if role is not None:
        StaffProfile.objects.create(user=user, city=city, role=role, office=office)
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("who", "sees", "runs"),
    [
        ("office_lead", 200, True),
        ("office_staff", 200, False),
        ("admin", 200, True),
        ("other_office_lead", 404, False),
        ("other_city_admin", 404, False),
        ("no_profile", 404, False),
    ],
)
def test_staff_see_and_run_the_draw_by_role(who: str, sees: int, runs: bool) -> None:
    period = _period()
    _request(period, "staffview@example.org")
    city = City.objects.get(slug="dortmund")
    office = period.type.office
    other_office = Office.objects.create(city=city, key="elsewhere")
    other_city = City.objects.create(slug="othertown", names={"en": "Other"}, state="NW")
    client = {
        "office_lead": lambda: _staff_client(who, Role.OFFICE_LEAD, city=city, office=office),
        "office_staff": lambda: _staff_client(who, Role.OFFICE_STAFF, city=city, office=office),
        "admin": lambda: _staff_client(who, Role.ADMIN, city=city),
        "other_office_lead": lambda: _staff_client(
            who, Role.OFFICE_LEAD, city=city, office=other_office
        ),
        "other_city_admin": lambda: _staff_client(who, Role.ADMIN, city=other_city),
        "no_profile": lambda: _staff_client(who, None, city=city),
    }[who]()
    url = f"/en/appointments/staff/draws/{period.pk}/"
    page = client.get(url)
    assert page.status_code == sees
    if sees == 200:
        assert b"staffview@example.org" in page.content
        assert AuditEvent.objects.filter(
            object_type="draw_requests", object_id=str(period.pk)
        ).exists()
    _close(period)
    client.post(url, {"action": "run"})
    period.refresh_from_db()
    assert (period.drawn_at is not None) is runs


def test_anonymous_visitors_are_sent_to_the_login() -> None:
    period = _period()
    response = Client().get(f"/en/appointments/staff/draws/{period.pk}/")
    assert response.status_code == 302


def test_draw_slot_times_are_city_times() -> None:
    period = _period()
    first = models.Slot.objects.filter(type=period.type).order_by("start").first()
    assert first is not None
    assert first.start.astimezone(BERLIN).hour == 9


def test_requests_of_old_draws_are_deleted_on_schedule() -> None:
    period = _period()
    _request(period, "old@example.org")
    _close(period)
    services.draw_run(period_id=period.pk)
    assert draw_requests_purge() == 0, "kept for a month after the draw"
    assert draw_requests_purge(now=timezone.now() + dt.timedelta(days=31)) == 1
    period.refresh_from_db()
    assert period.result["requests"], "the published result keeps the request ids"
