"""JSON API of appointments: types, slots, bookings with X-Booking-Token (see DESIGN.md)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from lotse.appointments import pow, selectors, services
from lotse.appointments.models import Booking, BookingStatus, Mode, Slot
from lotse.catalog import selectors as catalog_selectors
from lotse.catalog.selectors import CatalogNotFound
from lotse.core.api import ApiError, error_response, json_response, not_found, query_param
from lotse.core.languages import spoken_language_parse
from lotse.core.models import City

MAX_RANGE_DAYS = 62


def _city(slug: str) -> City:
    try:
        return catalog_selectors.city_get(slug=slug)
    except CatalogNotFound as exc:
        raise not_found("city", slug) from exc


def client_address(request: HttpRequest) -> str:
    # Only the socket address: a forwarded header is trivially forged by a bot.
    return str(request.META.get("REMOTE_ADDR") or "")


def base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def _date_param(request: HttpRequest, name: str, default: dt.date) -> dt.date:
    value = query_param(request, name, max_length=10)
    if value is None or value == "":
        return default
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ApiError(
            status=400,
            code="invalid_parameter",
            message=f"Parameter {name!r} must be a date (YYYY-MM-DD).",
            fields={name: "must be a date YYYY-MM-DD"},
        ) from exc


def slot_json(slot: Slot) -> dict[str, Any]:
    return {
        "id": slot.pk,
        "type": slot.type.key,
        "start": slot.start.isoformat(),
        "end": slot.end.isoformat(),
        "remaining": slot.remaining,
        "capacity": slot.capacity,
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
    city_obj = _city(city)
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
        raise ApiError(
            status=400,
            code="missing_parameter",
            message="Parameter 'city' is required.",
            fields={"city": "required"},
        )
    city = _city(city_slug)
    type_key = query_param(request, "type", max_length=64)
    today = timezone.localdate()
    date_from = _date_param(request, "date_from", today)
    date_to = _date_param(request, "date_to", date_from + dt.timedelta(days=14))
    if date_to < date_from:
        raise ApiError(
            status=400,
            code="invalid_parameter",
            message="'date_to' is before 'date_from'.",
            fields={"date_to": "must not be before date_from"},
        )
    if (date_to - date_from).days > MAX_RANGE_DAYS:
        raise ApiError(
            status=400,
            code="invalid_parameter",
            message=f"At most {MAX_RANGE_DAYS} days per request.",
            fields={"date_to": f"at most {MAX_RANGE_DAYS} days after date_from"},
        )
    if type_key:
        try:
            types = [selectors.appointment_type_get(city=city, key=type_key)]
        except selectors.NotFound as exc:
            raise not_found("type", type_key) from exc
    else:
        types = list(selectors.appointment_type_list(city=city))
    services.seats_release_due()
    results: list[dict[str, Any]] = []
    for type_ in types:
        services.slots_ensure(type_=type_, today=today)
        for slot in selectors.slot_list(type_=type_, date_from=date_from, date_to=date_to):
            slot.type = type_
            results.append(slot_json(slot))
    return json_response(results)


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


def _json_body(request: HttpRequest) -> dict[str, Any]:
    try:
        body = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(
            status=400,
            code="invalid_json",
            message="Body must be JSON.",
            fields={"body": "invalid JSON"},
        ) from exc
    if not isinstance(body, dict):
        raise ApiError(
            status=400,
            code="invalid_json",
            message="Body must be a JSON object.",
            fields={"body": "not an object"},
        )
    return body


def _proof(body: dict[str, Any]) -> bool:
    proof = body.get("pow")
    if proof is None:
        return False
    if not isinstance(proof, dict):
        raise ApiError(
            status=400,
            code="invalid_pow",
            message="'pow' must be {challenge, nonce}.",
            fields={"pow": "must be an object"},
        )
    try:
        pow.proof_verify(
            challenge=str(proof.get("challenge", "")), nonce=str(proof.get("nonce", ""))
        )
    except pow.ProofInvalid as exc:
        raise ApiError(
            status=400, code="invalid_pow", message=str(exc), fields={"pow": str(exc)}
        ) from exc
    return True


def limited_response(exc: services.BookingLimited) -> JsonResponse:
    response = error_response(
        status=429, code="limited", message=exc.reason, fields={"limit": exc.reason}
    )
    response["Retry-After"] = str(exc.retry_after)
    return response


@csrf_exempt
@require_http_methods(["POST"])
def bookings(request: HttpRequest) -> JsonResponse:
    body = _json_body(request)
    unknown = set(body) - {"slot", "name", "email", "language", "pow"}
    if unknown:
        field = sorted(unknown)[0]
        raise ApiError(
            status=400,
            code="unknown_field",
            message=f"Unknown field {field!r}.",
            fields={field: "unknown field"},
        )
    proof_ok = _proof(body)
    try:
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
    except services.BookingInvalid as exc:
        raise ApiError(
            status=400,
            code="invalid_booking",
            message="The booking has invalid fields.",
            fields=exc.fields,
        ) from exc
    except services.BookingLimited as exc:
        return limited_response(exc)
    except services.SlotFull as exc:
        raise ApiError(
            status=409,
            code="slot_full",
            message="This slot has no free seat.",
            fields={"slot": "full"},
        ) from exc
    return json_response(booking_json(booking, token=token), status=201)


@csrf_exempt
@require_http_methods(["GET", "DELETE"])
def booking_detail(request: HttpRequest, booking_id: int) -> JsonResponse:
    try:
        booking = selectors.booking_get(
            booking_id=booking_id, token=request.headers.get("X-Booking-Token")
        )
    except selectors.NotFound as exc:
        raise not_found("booking", str(booking_id)) from exc
    if request.method == "DELETE":
        try:
            booking = services.booking_cancel(
                booking=booking, by="newcomer", base_url=base_url(request)
            )
        except services.BookingStateError as exc:
            raise ApiError(
                status=409, code="not_active", message=str(exc), fields={"status": booking.status}
            ) from exc
    data = booking_json(booking)
    if booking.type.mode == Mode.VIDEO and booking.status == BookingStatus.CONFIRMED:
        from django.urls import reverse
        from django.utils import translation

        with translation.override(booking.language):
            data["video_page"] = base_url(request) + reverse(
                "appointments:booking_video",
                args=[booking.pk, request.headers.get("X-Booking-Token", "")],
            )
    return json_response(data)
