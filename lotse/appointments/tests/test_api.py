"""The appointments part of the HTTP contract: types, slots, bookings with X-Booking-Token."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from lotse.appointments import pow, services
from lotse.appointments.models import Booking, BookingStatus, Slot

from .conftest import make_slot, make_type

pytestmark = pytest.mark.django_db


def post(client: Client, body: object, **extra: Any):
    return client.post("/api/v1/bookings", body, content_type="application/json", **extra)


def test_appointment_types_list_the_contract_fields(client: Client) -> None:
    services.appointment_types_load(city_slug="dortmund")
    response = client.get("/api/v1/cities/dortmund/appointment-types")
    assert response.status_code == 200
    items = {t["key"]: t for t in response.json()}
    assert items["residence-registration"]["office"] == "buergerdienste"
    assert items["welcome-advice-video"]["mode"] == "video"
    assert all(set(t) >= {"key", "office", "mode", "duration_minutes"} for t in items.values())
    assert client.get("/api/v1/cities/atlantis/appointment-types").status_code == 404


def test_slots_are_generated_and_listed_with_remaining_seats(client: Client) -> None:
    services.appointment_types_load(city_slug="dortmund")
    today = timezone.localdate()
    response = client.get(
        "/api/v1/slots",
        {
            "city": "dortmund",
            "type": "residence-registration",
            "date_from": str(today + dt.timedelta(days=1)),
            "date_to": str(today + dt.timedelta(days=7)),
        },
    )
    assert response.status_code == 200
    slots = response.json()
    assert slots, "a week always has working days"
    assert set(slots[0]) >= {"id", "start", "end", "remaining"}
    assert all(s["remaining"] == 4 for s in slots)
    starts = [s["start"] for s in slots]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({}, "city"),
        ({"city": "dortmund", "date_from": "tomorrow"}, "date_from"),
        ({"city": "dortmund", "date_from": "2026-12-10", "date_to": "2026-12-01"}, "date_to"),
    ],
)
def test_bad_slot_queries_answer_400_naming_the_field(
    client: Client, params: dict[str, str], field: str
) -> None:
    response = client.get("/api/v1/slots", params)
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]


def test_booking_returns_201_with_token_then_409_when_full(client: Client) -> None:
    slot = make_slot(make_type(capacity=1))
    response = post(
        client, {"slot": slot.pk, "name": "Ana", "email": "ana@example.org", "language": "en"}
    )
    assert response.status_code == 201
    data = response.json()
    assert data["status"] == "held" and data["token"] and data["id"]
    full = post(
        client, {"slot": slot.pk, "name": "Bo", "email": "bo@example.org", "language": "en"}
    )
    assert full.status_code == 409
    assert full.json()["error"]["code"] == "slot_full"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "A", "email": "a@example.org", "language": "en"}, "slot"),
        ({"slot": 1, "name": "A", "email": "not-an-email", "language": "en"}, "email"),
        ({"slot": 1, "name": "", "email": "a@example.org", "language": "en"}, "name"),
        ({"slot": 1, "name": "A", "email": "a@example.org", "language": "xx"}, "language"),
        ({"slot": 1, "name": "A", "email": "a@example.org", "language": "en", "vip": True}, "vip"),
        (
            {
                "slot": 1,
                "name": "A",
                "email": "a@example.org",
                "language": "en",
                "pow": {"challenge": "x", "nonce": "1"},
            },
            "pow",
        ),
    ],
)
def test_bad_booking_input_answers_400_naming_the_field(
    client: Client, body: dict[str, object], field: str
) -> None:
    response = post(client, body)
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]


def test_invalid_json_is_a_400(client: Client) -> None:
    response = client.post("/api/v1/bookings", "{nope", content_type="application/json")
    assert response.status_code == 400


def test_limits_answer_429_with_retry_after(client: Client, settings) -> None:
    settings.LOTSE_BOOKING_RATE_WITHOUT_PROOF = 3
    type_ = make_type(capacity=10)
    codes = [
        post(
            client,
            {
                "slot": make_slot(type_, hour=9 + i % 3, days_ahead=3 + i).pk,
                "name": "A",
                "email": f"a{i}@example.org",
                "language": "en",
            },
        ).status_code
        for i in range(4)
    ]
    assert codes == [201, 201, 201, 429]
    limited = post(
        client,
        {
            "slot": make_slot(type_, days_ahead=9).pk,
            "name": "A",
            "email": "z@example.org",
            "language": "en",
        },
    )
    assert limited.status_code == 429 and int(limited["Retry-After"]) > 0


def test_a_valid_proof_of_work_lifts_the_stricter_rate(client: Client, settings) -> None:
    settings.LOTSE_BOOKING_RATE_WITHOUT_PROOF = 0
    slot = make_slot(make_type(capacity=2))
    assert (
        post(
            client, {"slot": slot.pk, "name": "A", "email": "a@example.org", "language": "en"}
        ).status_code
        == 429
    )
    challenge = client.get("/api/v1/bookings/challenge").json()
    nonce = pow.proof_solve(challenge["challenge"], challenge["difficulty"])
    proof = {"challenge": challenge["challenge"], "nonce": nonce}
    body = {"slot": slot.pk, "name": "A", "email": "a@example.org", "language": "en", "pow": proof}
    assert post(client, body).status_code == 201
    again = post(client, {**body, "email": "b@example.org"})
    assert again.status_code == 400 and "pow" in again.json()["error"]["fields"]


def test_get_and_delete_need_the_booking_token(client: Client) -> None:
    slot = make_slot(make_type(capacity=1))
    created = post(
        client, {"slot": slot.pk, "name": "Ana", "email": "ana@example.org", "language": "de"}
    ).json()
    url = f"/api/v1/bookings/{created['id']}"
    assert client.get(url).status_code == 404
    assert client.get(url, HTTP_X_BOOKING_TOKEN="wrong").status_code == 404
    shown = client.get(url, HTTP_X_BOOKING_TOKEN=created["token"])
    assert shown.status_code == 200 and shown.json()["status"] == "held"
    deleted = client.delete(url, HTTP_X_BOOKING_TOKEN=created["token"])
    assert deleted.status_code == 200 and deleted.json()["status"] == "cancelled"
    assert Booking.objects.get(pk=created["id"]).status == BookingStatus.CANCELLED
    assert client.delete(url, HTTP_X_BOOKING_TOKEN=created["token"]).status_code == 409
    assert Slot.objects.get(pk=slot.pk).taken == 1, "the seat cools down before it is free again"


def test_every_appointments_route_is_in_the_openapi_document(client: Client) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    for path in [
        "/api/v1/cities/{city}/appointment-types",
        "/api/v1/slots",
        "/api/v1/bookings",
        "/api/v1/bookings/{booking_id}",
        "/api/v1/bookings/challenge",
    ]:
        assert path in spec["paths"], path
    assert "pow" in spec["components"]["schemas"]["BookingRequest"]["properties"]


def test_a_full_slot_answers_409_even_when_the_email_is_at_its_limit(client: Client) -> None:
    type_ = make_type(capacity=1)
    slots = [make_slot(type_, hour=h) for h in (9, 10, 11)]
    for slot in slots[:2]:
        body = {"slot": slot.pk, "name": "A", "email": "same@example.org", "language": "en"}
        assert post(client, body).status_code == 201
    full = post(
        client, {"slot": slots[0].pk, "name": "A", "email": "same@example.org", "language": "en"}
    )
    assert full.status_code == 409
    limited = post(
        client, {"slot": slots[2].pk, "name": "A", "email": "same@example.org", "language": "en"}
    )
    assert limited.status_code == 429


def test_the_slot_list_shows_each_slot_as_slot_json_with_taken_and_drawn_seats(
    client: Client,
) -> None:
    """The list reads the columns alone (no model instances): the same fields and values as
    `slot_json` of each slot, also for a partly taken and a drawn slot, across all types."""
    from lotse.appointments.api import slot_json
    from lotse.appointments.models import AppointmentType
    from lotse.appointments.selectors import slot_list

    services.appointment_types_load(city_slug="dortmund")
    today = timezone.localdate()
    params = {"city": "dortmund", "date_from": str(today + dt.timedelta(days=1))}
    params["date_to"] = str(today + dt.timedelta(days=7))
    first = client.get("/api/v1/slots", params).json()
    Slot.objects.filter(pk=first[0]["id"]).update(taken=1)
    Slot.objects.filter(pk=first[1]["id"]).update(by_draw=True)
    listed = client.get("/api/v1/slots", params).json()
    expected = []
    for type_ in AppointmentType.objects.filter(city__slug="dortmund").order_by("key"):
        for slot in slot_list(
            type_=type_,
            date_from=today + dt.timedelta(days=1),
            date_to=today + dt.timedelta(days=7),
        ):
            expected.append(slot_json(slot))
    assert sorted(listed, key=lambda s: s["id"]) == sorted(expected, key=lambda s: s["id"])
    by_id = {s["id"]: s for s in listed}
    assert by_id[first[0]["id"]]["remaining"] == first[0]["remaining"] - 1
    assert by_id[first[1]["id"]]["remaining"] == 0 and by_id[first[1]["id"]]["by_draw"] is True
