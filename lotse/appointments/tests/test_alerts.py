"""Slot alerts: the API contract, double opt-in that mail scanners cannot trigger, one-click
unsubscribe, a freed seat held for subscribers in turn and then released to everyone, limits."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from lotse.appointments import services
from lotse.appointments.models import AlertStatus, Booking, BookingStatus, Slot, SlotAlert
from lotse.appointments.services.alerts import unsubscribe_token
from lotse.core.models import OutgoingMail
from lotse.core.testing import assert_conforms
from lotse.core.tokens import token_hash

from .conftest import make_slot, make_type

pytestmark = pytest.mark.django_db


def post(client: Client, body: object, **extra: Any):
    return client.post("/api/v1/slot-alerts", body, content_type="application/json", **extra)


def _alert(type_, email: str, *, minutes_ago: int = 0, **extra: Any) -> SlotAlert:
    alert, _token = services.alert_subscribe(
        type_=type_, email=email, language="en", base_url="http://testserver", **extra
    )
    services.alert_confirm(alert=alert, now=timezone.now() - dt.timedelta(minutes=minutes_ago))
    return alert


def _expire_holds() -> None:
    Booking.objects.filter(status=BookingStatus.HELD).update(
        expires_at=timezone.now() - dt.timedelta(seconds=1)
    )


def test_post_slot_alert_answers_201_per_contract_and_mails_a_confirmation_in_the_language(
    client: Client,
) -> None:
    make_type(key="alert-type")
    response = post(
        client,
        {"city": "dortmund", "type": "alert-type", "email": "n@example.org", "language": "de"},
    )
    assert response.status_code == 201
    body = assert_conforms(response, "POST", "/api/v1/slot-alerts")
    assert body["status"] == "pending"
    mail = OutgoingMail.objects.get(kind="alert_confirm", recipient="n@example.org")
    assert "/de/appointments/alert/" in mail.body  # the link opens the page in German
    assert mail.subject == "Bitte bestätigen Sie Ihren Termin-Alarm"
    assert "/unsubscribe/" in mail.body


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"type": "alert-type", "email": "a@example.org", "language": "en"}, "city"),
        (
            {"city": "atlantis", "type": "alert-type", "email": "a@example.org", "language": "en"},
            "city",
        ),
        ({"city": "dortmund", "type": "nope", "email": "a@example.org", "language": "en"}, "type"),
        ({"city": "dortmund", "type": "alert-type", "email": "no-at", "language": "en"}, "email"),
        (
            {"city": "dortmund", "type": "alert-type", "email": "a@example.org", "language": "xx"},
            "language",
        ),
        (
            {
                "city": "dortmund",
                "type": "alert-type",
                "email": "a@example.org",
                "language": "en",
                "date_from": "2999-02-01",
                "date_to": "2999-01-01",
            },
            "date_to",
        ),
        (
            {
                "city": "dortmund",
                "type": "alert-type",
                "email": "a@example.org",
                "language": "en",
                "date_from": "soon",
            },
            "date_from",
        ),
        (
            {
                "city": "dortmund",
                "type": "alert-type",
                "email": "a@example.org",
                "language": "en",
                "x": 1,
            },
            "x",
        ),
        (
            {
                "city": ["dortmund"],
                "type": "alert-type",
                "email": "a@example.org",
                "language": "en",
            },
            "city",
        ),
    ],
)
def test_bad_alert_input_is_a_400_naming_the_field(client: Client, body: dict, field: str) -> None:
    make_type(key="alert-type")
    response = post(client, body)
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]
    assert not SlotAlert.objects.exists()


def test_confirm_and_unsubscribe_links_change_nothing_on_get_only_on_post(client: Client) -> None:
    type_ = make_type(key="alert-type")
    alert, token = services.alert_subscribe(
        type_=type_, email="s@example.org", language="en", base_url="http://testserver"
    )
    confirm = f"/en/appointments/alert/{alert.pk}/{token}/confirm/"
    assert client.get(confirm).status_code == 200  # a mail scanner following the link
    alert.refresh_from_db()
    assert alert.status == AlertStatus.PENDING
    assert client.post(confirm).status_code == 200
    alert.refresh_from_db()
    assert alert.status == AlertStatus.ACTIVE
    assert client.get(f"/en/appointments/alert/{alert.pk}/wrong-token/confirm/").status_code == 404

    unsubscribe = f"/en/appointments/alert/{alert.pk}/{unsubscribe_token(alert)}/unsubscribe/"
    page = client.get(unsubscribe)
    assert page.status_code == 200 and b'method="post"' in page.content
    alert.refresh_from_db()
    assert alert.status == AlertStatus.ACTIVE
    assert client.post(unsubscribe).status_code == 200
    alert.refresh_from_db()
    assert alert.status == AlertStatus.UNSUBSCRIBED
    assert (
        client.get(f"/en/appointments/alert/{alert.pk}/{'0' * 64}/unsubscribe/").status_code == 404
    )


def test_a_freed_seat_is_held_for_subscribers_in_turn_then_released_to_everyone() -> None:
    type_ = make_type(key="alert-type", capacity=1)
    slot = make_slot(type_)
    first = _alert(type_, "first@example.org", minutes_ago=30)
    second = _alert(type_, "second@example.org", minutes_ago=20)
    third = _alert(type_, "third@example.org", minutes_ago=10)
    fourth = _alert(type_, "fourth@example.org", minutes_ago=5)
    services.booking_create(
        request=services.BookingRequest(
            slot=slot.pk, name="B", email="b@example.org", language="en"
        ),
        address="10.9.9.9",
        proof_ok=True,
        base_url="http://testserver",
    )
    offered: list[str] = []
    for _turn in range(4):
        _expire_holds()
        services.seats_release_due()
        held = Booking.objects.filter(status=BookingStatus.HELD, alert__isnull=False).first()
        if held is not None:
            offered.append(held.email)
            assert held.expires_at is not None
            assert held.expires_at - held.created_at == dt.timedelta(minutes=15)
    assert offered == ["first@example.org", "second@example.org", "third@example.org"]
    slot.refresh_from_db()
    assert slot.taken == 0, "after three turns the seat is free for everyone"
    statuses = {a.email: a.status for a in SlotAlert.objects.all()}
    assert statuses == {
        first.email: AlertStatus.NOTIFIED,
        second.email: AlertStatus.NOTIFIED,
        third.email: AlertStatus.NOTIFIED,
        fourth.email: AlertStatus.ACTIVE,
    }
    assert OutgoingMail.objects.filter(kind="alert_offer").count() == 3
    offer = OutgoingMail.objects.filter(kind="alert_offer").first()
    assert offer is not None and "/unsubscribe/" in offer.body


def test_an_accepted_alert_hold_becomes_a_booking() -> None:
    type_ = make_type(key="alert-type", capacity=1)
    slot = make_slot(type_)
    alert = _alert(type_, "keen@example.org")
    assert services.alert_offer_seats(type_=type_, schedule=lambda booking: None) == 1
    held = Booking.objects.get(alert=alert)
    held.token_hash = token_hash("tok")
    held.save(update_fields=["token_hash"])
    services.booking_confirm(booking=held, token="tok", base_url="http://testserver")
    held.refresh_from_db()
    slot.refresh_from_db()
    assert held.status == BookingStatus.CONFIRMED and slot.taken == 1


def test_alerts_offer_only_seats_in_their_date_range() -> None:
    type_ = make_type(key="alert-type", capacity=1)
    slot = make_slot(type_, days_ahead=5)
    day = slot.start.date()
    outside = _alert(type_, "later@example.org", date_from=str(day + dt.timedelta(days=2)))
    inside = _alert(
        type_, "inside@example.org", date_from=str(day - dt.timedelta(days=1)), date_to=str(day)
    )
    outside.refresh_from_db()
    assert services.alert_offer_seats(type_=type_, schedule=lambda booking: None) == 1
    assert Booking.objects.get(alert__isnull=False).email == inside.email
    outside.refresh_from_db()
    assert outside.status == AlertStatus.ACTIVE


def test_one_open_alert_per_mailbox_aliases_included(client: Client) -> None:
    type_ = make_type(key="alert-type")
    _alert(type_, "ana.b+x@gmail.com")
    response = post(
        client,
        {
            "city": "dortmund",
            "type": "alert-type",
            "email": "AnaB@googlemail.com",
            "language": "en",
        },
    )
    assert response.status_code == 400
    assert "email" in response.json()["error"]["fields"]


def test_open_alerts_per_person_are_limited_across_types(client: Client, settings) -> None:
    settings.LOTSE_ALERTS_PER_PERSON = 2
    for key in ("t-one", "t-two", "t-three"):
        make_type(key=key)
    codes = [
        post(
            client, {"city": "dortmund", "type": k, "email": "p@example.org", "language": "en"}
        ).status_code
        for k in ("t-one", "t-two", "t-three")
    ]
    assert codes == [201, 201, 429]


def test_alert_sign_ups_per_address_are_limited(client: Client, settings) -> None:
    settings.LOTSE_ALERTS_PER_ADDRESS_HOUR = 3
    make_type(key="alert-type")
    codes = [
        post(
            client,
            {
                "city": "dortmund",
                "type": "alert-type",
                "email": f"u{i}@example.org",
                "language": "en",
            },
            REMOTE_ADDR="10.7.7.7",
        ).status_code
        for i in range(4)
    ]
    assert codes == [201, 201, 201, 429]
    response = post(
        client,
        {"city": "dortmund", "type": "alert-type", "email": "x@example.org", "language": "en"},
        REMOTE_ADDR="10.7.7.7",
    )
    assert response.status_code == 429 and response["Retry-After"]


def test_an_offer_respects_the_booking_limits_of_the_person(settings) -> None:
    settings.LOTSE_BOOKING_MAX_ACTIVE_PER_EMAIL = 1
    type_ = make_type(key="alert-type", capacity=1)
    other = make_type(key="other-type", capacity=1)
    services.booking_create(
        request=services.BookingRequest(
            slot=make_slot(other).pk, name="Busy", email="busy@example.org", language="en"
        ),
        address="10.1.1.1",
        proof_ok=True,
        base_url="http://testserver",
    )
    make_slot(type_)
    busy = _alert(type_, "busy@example.org", minutes_ago=10)
    _alert(type_, "free@example.org", minutes_ago=5)
    services.alert_offer_seats(type_=type_, schedule=lambda booking: None)
    assert Booking.objects.get(alert__isnull=False).email == "free@example.org"
    busy.refresh_from_db()
    assert busy.status == AlertStatus.ACTIVE


def test_alerts_expire_and_ended_ones_are_deleted_later() -> None:
    type_ = make_type(key="alert-type", capacity=1)
    make_slot(type_)
    alert = _alert(type_, "old@example.org")
    SlotAlert.objects.filter(pk=alert.pk).update(expires_at=timezone.now() - dt.timedelta(days=1))
    assert services.alert_offer_seats(type_=type_, schedule=lambda booking: None) == 0
    assert services.alerts_expire()["expired"] == 1
    alert.refresh_from_db()
    assert alert.status == AlertStatus.EXPIRED
    assert services.alerts_expire(now=timezone.now() + dt.timedelta(days=40))["deleted"] == 1


def test_every_type_page_has_the_alert_form_and_it_works_without_javascript(
    client: Client,
) -> None:
    type_ = make_type(key="alert-type")
    page = client.get("/en/dortmund/appointments/alert-type/")
    assert page.status_code == 200
    assert b'action="/en/dortmund/appointments/alert-type/alert/"' in page.content
    response = client.post(
        "/en/dortmund/appointments/alert-type/alert/",
        {"email": "form@example.org", "language": "fr", "date_from": "", "date_to": ""},
    )
    assert response.status_code == 200
    alert = SlotAlert.objects.get(type=type_)
    assert alert.language == "fr" and alert.status == AlertStatus.PENDING
    bad = client.post("/en/dortmund/appointments/alert-type/alert/", {"email": "nope"})
    assert bad.status_code == 400


def test_new_days_opened_are_offered_to_subscribers() -> None:
    type_ = make_type(key="alert-type", capacity=1)
    alert = _alert(type_, "new@example.org")
    services.slots_ensure(type_=type_)
    assert Slot.objects.filter(type=type_).exists()
    assert Booking.objects.filter(alert=alert, status=BookingStatus.HELD).count() == 1
