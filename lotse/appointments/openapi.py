"""OpenAPI description of the appointments endpoints."""

from typing import Any

from lotse.appointments import openapi_fairness
from lotse.core import openapi as oa

_BOOKING_ID = oa.path_param("booking_id", oa.INT)
_X_BOOKING_TOKEN_HEADER = oa.header(
    "X-Booking-Token",
    description="The token returned when the booking was created (also in the e-mailed link).",
    required=True,
)

SCHEMAS: dict[str, Any] = {
    "AppointmentType": oa.obj(
        {
            "key": oa.STR,
            "office": oa.string(description="Office key"),
            "mode": oa.string(enum=["in_person", "video"]),
            "duration_minutes": oa.INT,
            "capacity": oa.integer(description="Parallel desks per slot"),
            "name": oa.STR,
            "booking_window_days": oa.INT,
            "waitlist": {"type": "boolean", "description": "Scarce: freed seats go to a list"},
        },
        required=["key", "office", "mode", "duration_minutes"],
    ),
    "Slot": oa.obj(
        {
            "id": oa.INT,
            "type": oa.STR,
            "start": oa.string(format="date-time"),
            "end": oa.string(format="date-time"),
            "remaining": oa.integer(minimum=0),
            "capacity": oa.INT,
            "by_draw": {
                "type": "boolean",
                "description": "Kept for a draw not run yet: not bookable (remaining is 0).",
            },
        },
        required=["id", "start", "end", "remaining"],
    ),
    "BookingRequest": oa.obj(
        {
            "slot": oa.INT,
            "name": oa.string(maxLength=200),
            "email": oa.string(format="email"),
            "language": oa.string(example="en"),
            "pow": oa.obj(
                {"challenge": oa.STR, "nonce": oa.STR},
                required=["challenge", "nonce"],
                description="Optional proof-of-work from GET /api/v1/bookings/challenge. With it the request counts against the higher per-address rate limit; without it the stricter one applies. Per-e-mail and per-address limits apply either way.",
            ),
        },
        required=["slot", "name", "email", "language"],
        additionalProperties=False,
    ),
    "Booking": oa.obj(
        {
            "id": oa.INT,
            "token": oa.string(description="Only in the 201 answer; keep it."),
            "status": oa.string(
                enum=["held", "confirmed", "cancelled", "expired", "checked_in", "no_show"]
            ),
            "slot": oa.ref("Slot"),
            "type": oa.STR,
            "office": oa.STR,
            "mode": oa.string(enum=["in_person", "video"]),
            "language": oa.STR,
            "expires_at": {
                "type": ["string", "null"],
                "format": "date-time",
                "description": "A held seat is released at this time unless confirmed by e-mail.",
            },
            "confirmed": oa.BOOL,
            "video_page": oa.string(description="Confirmed video bookings only."),
        },
        required=["id", "status"],
    ),
    "Challenge": oa.obj(
        {
            "challenge": oa.STR,
            "difficulty": oa.integer(description="Leading zero bits required"),
            "algorithm": oa.string(enum=["sha256"]),
            "rule": oa.STR,
        },
        required=["challenge", "difficulty"],
    ),
}

PATHS: dict[str, Any] = {
    "/api/v1/cities/{city}/appointment-types": {
        "get": {
            "summary": "Appointment types of a city",
            "parameters": [
                oa.path_param("city"),
                oa.query("lang"),
                oa.query(
                    "speaks",
                    oa.string(pattern="^[a-z]{2,3}(-[a-z0-9]{2,8})?$"),
                    required=False,
                    example="ar",
                    description="Only types of offices whose staff serve in this language (ISO 639-1; a region is ignored). Not a language code: 400 naming 'speaks'.",
                ),
            ],
            "responses": {
                "200": oa.ok("Types", oa.array(oa.ref("AppointmentType"))),
                "400": oa.BAD_REQUEST,
                "404": oa.NOT_FOUND,
            },
        }
    },
    "/api/v1/slots": {
        "get": {
            "summary": "Bookable slots with the seats remaining",
            "parameters": [
                oa.query("city", required=True),
                oa.query("type"),
                oa.query("date_from", oa.string(format="date")),
                oa.query("date_to", oa.string(format="date")),
            ],
            "responses": {
                "200": oa.ok(
                    "Slots, earliest first (at most 62 days per request)", oa.array(oa.ref("Slot"))
                ),
                "400": oa.BAD_REQUEST,
                "404": oa.NOT_FOUND,
            },
        }
    },
    "/api/v1/bookings/challenge": {
        "get": {
            "summary": "A proof-of-work challenge for the optional `pow` field of a booking",
            "responses": {
                "200": oa.ok("Signed, single-use challenge (valid 15 minutes)", oa.ref("Challenge"))
            },
        }
    },
    "/api/v1/bookings": {
        "post": {
            "summary": "Hold a seat; the booker confirms through the e-mailed link",
            "requestBody": oa.body(oa.ref("BookingRequest"), required=True),
            "responses": {
                "201": oa.ok("Seat held", oa.ref("Booking")),
                "400": oa.BAD_REQUEST,
                "403": oa.error("Sent from a foreign Origin (not in LOTSE_ALLOWED_ORIGINS)"),
                "409": oa.error("The slot is full"),
                "415": oa.error("The body is not application/json"),
                "429": oa.error("A fairness limit applies; see Retry-After", retry_after=True),
            },
        }
    },
    "/api/v1/bookings/{booking_id}": {
        "get": {
            "summary": "A booking (needs its token)",
            "parameters": [_BOOKING_ID, _X_BOOKING_TOKEN_HEADER],
            "responses": {"200": oa.ok("The booking", oa.ref("Booking")), "404": oa.NOT_FOUND},
        },
        "delete": {
            "summary": "Cancel a booking (the seat is released after a cool-down)",
            "parameters": [_BOOKING_ID, _X_BOOKING_TOKEN_HEADER],
            "responses": {
                "200": oa.ok("The cancelled booking", oa.ref("Booking")),
                "403": oa.error("Sent from a foreign Origin"),
                "404": oa.NOT_FOUND,
                "409": oa.error("Not active any more"),
                "429": oa.error("Too many changes; see Retry-After", retry_after=True),
            },
        },
    },
}

SCHEMAS.update(openapi_fairness.SCHEMAS)
PATHS.update(openapi_fairness.PATHS)
