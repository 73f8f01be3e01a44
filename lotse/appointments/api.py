"""JSON API of appointments: types, slots, bookings with X-Booking-Token (see DESIGN.md).

Writes accept only `application/json` and refuse a browser request from a foreign `Origin`
(partner sites are listed in `LOTSE_ALLOWED_ORIGINS`): a hostile page can then neither post a
simple form/text body nor make its visitors' browsers hold seats and trigger mails."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlsplit

from django.http import HttpRequest, JsonResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from lotse.appointments import conf, pow, selectors, selectors_fairness, selectors_slots, services
from lotse.appointments.models import Booking, BookingStatus, Mode, Slot, SlotAlert
from lotse.appointments.services.draw import ALGORITHM
from lotse.appointments.services.stats import PERIOD_DAYS
from lotse.core.api import json_response, query_param
from lotse.core.cities import city_get, city_zone, request_city
from lotse.core.errors import ApiError, InvalidInput, NotAllowed, NotFound
from lotse.core.http import base_url, client_address, json_body
from lotse.core.languages import spoken_language_parse

MAX_RANGE_DAYS = 62
BOOKING_FIELDS = {"slot", "name", "email", "language", "pow"}


def _date_param(request: HttpRequest, name: str, default: dt.date) -> dt.date:
    value = query_param(request, name, max_length=10)
    if value is None or value == "":
        return default
    try:
        day = dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidInput(
            {name: "must be a date YYYY-MM-DD"},
            code="invalid_parameter",
            message=f"Parameter {name!r} must be a date (YYYY-MM-DD).",
        ) from exc
    if not dt.date(2000, 1, 1) <= day <= dt.date(2999, 12, 31):
        raise InvalidInput(
            {name: "must be between 2000-01-01 and 2999-12-31"}, code="invalid_parameter"
        )
    return day


def origin_check(request: HttpRequest) -> None:
    """Refuse a browser request sent from another site (403), unless it is a partner site."""
    origin = request.headers.get("Origin")
    if origin is None:
        return  # not sent by a browser on another page (curl, servers, same-origin GET)
    origin = origin.strip().rstrip("/").lower()
    own_host = request.get_host().lower()
    if origin != "null" and urlsplit(origin).netloc == own_host:
        return
    if origin in conf.allowed_origins():
        return
    raise NotAllowed(
        "Requests from this site are not accepted; see LOTSE_ALLOWED_ORIGINS.",
        code="foreign_origin",
    )


def json_content_check(request: HttpRequest) -> None:
    """Only `application/json` bodies: a cross-site form or text/plain post is refused (415)."""
    content_type = request.content_type or ""
    if content_type.lower() != "application/json":
        raise ApiError(
            status=415,
            code="unsupported_media_type",
            message="The body must be sent as Content-Type: application/json.",
            fields={"Content-Type": "must be application/json"},
        )


def write_body(request: HttpRequest, fields: set[str]) -> dict[str, Any]:
    """The JSON object of a write from an allowed origin; a field not in `fields` is a 400."""
    origin_check(request)
    json_content_check(request)
    body = json_body(request)
    unknown = set(body) - fields
    if unknown:
        field = sorted(unknown)[0]
        raise InvalidInput(
            {field: "unknown field"}, code="unknown_field", message=f"Unknown field {field!r}."
        )
    return body


def slot_json(slot: Slot) -> dict[str, Any]:
    return {
        "id": slot.pk,
        "type": slot.type.key,
        "start": slot.start.isoformat(),
        "end": slot.end.isoformat(),
        "remaining": 0 if slot.by_draw else slot.remaining,
        "capacity": slot.capacity,
        "by_draw": slot.by_draw,
    }


def booking_json(booking: Booking, *, token: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": booking.pk,
        "status": booking.status,
        "slot": {
            "id": booking.slot_id,
            "start": booking.slot.start.isoformat(),
            "end": booking.slot.end.isoformat(),
        },
        "type": booking.type.key,
        "office": booking.type.office.key,
        "mode": booking.type.mode,
        "language": booking.language,
        "expires_at": booking.expires_at.isoformat() if booking.expires_at else None,
        "confirmed": booking.status == BookingStatus.CONFIRMED,
    }
    if token is not None:
        data["token"] = token
    return data


@require_GET
def appointment_types(request: HttpRequest, city: str) -> JsonResponse:
    city_obj = request_city(request)
    language = query_param(request, "lang", max_length=16) or "en"
    speaks = spoken_language_parse(query_param(request, "speaks", max_length=16))
    return json_response(
        [
            {
                "key": t.key,
                "office": t.office.key,
                "mode": t.mode,
                "duration_minutes": t.duration_minutes,
                "capacity": t.capacity,
                "name": t.name(language),
                "booking_window_days": t.booking_window_days,
                "waitlist": t.waitlist,
            }
            for t in selectors.appointment_type_list(city=city_obj, speaks=speaks)
        ]
    )


@require_GET
def slots(request: HttpRequest) -> JsonResponse:
    city_slug = query_param(request, "city", max_length=64)
    if not city_slug:
        raise InvalidInput(
            {"city": "required"}, code="missing_parameter", message="Parameter 'city' is required."
        )
    type_key = query_param(request, "type", max_length=64)
    # The city comes with its types (one query); an unknown city is a 404 before anything else.
    city, types = selectors_slots.city_types(city_slug=city_slug, key=type_key or None)
    today = timezone.localdate(timezone=city_zone(city))
    date_from = _date_param(request, "date_from", today)
    date_to = _date_param(request, "date_to", date_from + dt.timedelta(days=14))
    if date_to < date_from:
        raise InvalidInput(
            {"date_to": "must not be before date_from"},
            code="invalid_parameter",
            message="'date_to' is before 'date_from'.",
        )
    if (date_to - date_from).days > MAX_RANGE_DAYS:
        raise InvalidInput(
            {"date_to": f"at most {MAX_RANGE_DAYS} days after date_from"},
            code="invalid_parameter",
            message=f"At most {MAX_RANGE_DAYS} days per request.",
        )
    if type_key and not types:
        raise NotFound("type", type_key)
    for type_ in types:
        services.slots_ensure(type_=type_, today=today)
    # All types in one query of bare columns (no model instances): a two-week list of all types
    # is hundreds of slots, and this is the busiest read when a city opens its slots. The same
    # query says whether a seat is due to be released: only then does this read write (the task
    # worker releases each hold at its expiry; this covers a worker that is late), and the list
    # is read again after the release, as if the release had run first.
    rows, due = selectors_slots.slot_rows(types=types, date_from=date_from, date_to=date_to)
    if due:
        services.seats_release_due()
        rows, _due = selectors_slots.slot_rows(types=types, date_from=date_from, date_to=date_to)
    # Same fields as slot_json; by type (in key order), then by start.
    by_type: dict[int, list[dict[str, Any]]] = {type_.pk: [] for type_ in types}
    keys = {type_.pk: type_.key for type_ in types}
    for type_id, pk, start, end, capacity, taken, by_draw in rows:
        by_type[type_id].append(
            {
                "id": pk,
                "type": keys[type_id],
                "start": start.isoformat(),
                "end": end.isoformat(),
                "remaining": 0 if by_draw else max(0, capacity - taken),
                "capacity": capacity,
                "by_draw": by_draw,
            }
        )
    return json_response([item for type_ in types for item in by_type[type_.pk]])


@require_GET
def challenge(request: HttpRequest) -> JsonResponse:
    issued = pow.challenge_issue()
    return json_response(
        {
            "challenge": issued.challenge,
            "difficulty": issued.difficulty,
            "algorithm": "sha256",
            "rule": "find a nonce so that sha256(challenge + nonce) starts with `difficulty` zero bits",
        }
    )


def _proof(body: dict[str, Any]) -> bool:
    proof = body.get("pow")
    if proof is None:
        return False
    if not isinstance(proof, dict):
        raise InvalidInput(
            {"pow": "must be an object"},
            code="invalid_pow",
            message="'pow' must be {challenge, nonce}.",
        )
    pow.proof_verify(challenge=str(proof.get("challenge", "")), nonce=str(proof.get("nonce", "")))
    return True


@csrf_exempt
@require_http_methods(["POST"])
def bookings(request: HttpRequest) -> JsonResponse:
    body = write_body(request, BOOKING_FIELDS)
    proof_ok = _proof(body)
    booking, token = services.booking_create(
        request=services.BookingRequest(
            slot=body.get("slot"),
            name=body.get("name"),
            email=body.get("email"),
            language=body.get("language"),
        ),
        address=client_address(request),
        proof_ok=proof_ok,
        base_url=base_url(request),
    )
    return json_response(booking_json(booking, token=token), status=201)


@csrf_exempt
@require_http_methods(["GET", "DELETE"])
def booking_detail(request: HttpRequest, booking_id: int) -> JsonResponse:
    token = request.headers.get("X-Booking-Token")
    booking = selectors.booking_get(booking_id=booking_id, token=token)
    if request.method == "DELETE":
        origin_check(request)
        booking = services.booking_cancel(
            booking=booking,
            by="newcomer",
            base_url=base_url(request),
            address=client_address(request),
        )
    data = booking_json(booking)
    if booking.type.mode == Mode.VIDEO and booking.status == BookingStatus.CONFIRMED:
        with translation.override(booking.language):
            data["video_page"] = base_url(request) + reverse(
                "appointments:booking_video", args=[booking.pk, token or ""]
            )
    return json_response(data)


ALERT_FIELDS = {"city", "type", "email", "language", "date_from", "date_to"}


def _alert_json(alert: SlotAlert) -> dict[str, Any]:
    return {
        "id": alert.pk,
        "status": alert.status,
        "type": alert.type.key,
        "date_from": alert.date_from.isoformat() if alert.date_from else None,
        "date_to": alert.date_to.isoformat() if alert.date_to else None,
        "expires_at": alert.expires_at.isoformat(),
    }


@csrf_exempt
@require_http_methods(["POST"])
def slot_alerts(request: HttpRequest) -> JsonResponse:
    """Subscribe to a slot alert; the person confirms it by the e-mailed link (double opt-in)."""
    body = write_body(request, ALERT_FIELDS)
    fields: dict[str, str] = {}
    for name in ("city", "type"):
        if not isinstance(body.get(name), str) or not body.get(name):
            fields[name] = "required"
    if fields:
        raise InvalidInput(fields, code="invalid_alert")
    try:
        city = city_get(slug=str(body["city"])[:64])
    except NotFound as exc:
        raise InvalidInput({"city": "unknown city"}, code="invalid_alert") from exc
    try:
        type_ = selectors.appointment_type_get(city=city, key=str(body["type"])[:64])
    except NotFound as exc:
        raise InvalidInput({"type": "unknown appointment type"}, code="invalid_alert") from exc
    alert, _token = services.alert_subscribe(
        type_=type_,
        email=body.get("email"),
        language=body.get("language"),
        date_from=body.get("date_from"),
        date_to=body.get("date_to"),
        address=client_address(request),
        base_url=base_url(request),
    )
    return json_response(_alert_json(alert), status=201)


@require_GET
def appointment_stats(request: HttpRequest, city: str) -> JsonResponse:
    """Published figures per type over the last 28 days, as the task worker computed them."""
    city_obj = request_city(request)
    language = query_param(request, "lang", max_length=16) or "en"
    stats = selectors_fairness.appointment_stats(city=city_obj)
    if services.stats_stale(city_id=city_obj.pk):
        services.stats_schedule()
    return json_response(
        {
            "city": city_obj.slug,
            "period_days": PERIOD_DAYS,
            "computed_at": max((s.computed_at.isoformat() for s in stats), default=None),
            "results": [
                {
                    "type": s.type.key,
                    "name": s.type.name(language),
                    "office": s.type.office.key,
                    "release": s.type.release,
                    "days_to_first_free_slot": s.days_to_first_free_slot,
                    "booked_within_10_minutes_share": s.booked_within_10_minutes,
                    "no_show_rate": s.no_show_rate,
                    "waitlist_offers_taken_share": s.waitlist_offers_taken,
                    "alert_offers_taken_share": s.alert_offers_taken,
                    "draw_requests_per_seat": s.draw_requests_per_seat,
                    "seats_booked": s.seats_booked,
                    "computed_at": s.computed_at.isoformat(),
                }
                for s in stats
            ],
        }
    )


@require_GET
def draw_detail(request: HttpRequest, draw_id: int) -> JsonResponse:
    """A draw as published: before it, the seed's SHA-256; after it, the seed, the sorted
    request ids, the urgent ones and the order (recompute it with the documented rule)."""
    period = selectors_fairness.draw_period_get(period_id=draw_id)
    drawn = period.drawn_at is not None
    result = period.result if drawn else {}
    return json_response(
        {
            "id": period.pk,
            "city": period.type.city.slug,
            "type": period.type.key,
            "first_day": period.first_day.isoformat(),
            "last_day": period.last_day.isoformat(),
            "window_opens": period.window_opens.isoformat(),
            "window_closes": period.window_closes.isoformat(),
            "state": period.window_state(),
            "seed_sha256": period.seed_sha256,
            "seed": result.get("seed") if drawn else None,
            "seats": period.seats if drawn else None,
            "requests": result.get("requests", []),
            "urgent": result.get("urgent", []),
            "order": result.get("order", []),
            "algorithm": ALGORITHM,
        }
    )
