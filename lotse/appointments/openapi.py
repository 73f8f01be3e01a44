"""OpenAPI description of the appointments endpoints."""

from typing import Any

from lotse.appointments import openapi_fairness

_ERR = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
_TOKEN = {
    "name": "X-Booking-Token",
    "in": "header",
    "required": True,
    "schema": {"type": "string"},
    "description": "The token returned when the booking was created (also in the e-mailed link).",
}
_ID = {"name": "booking_id", "in": "path", "required": True, "schema": {"type": "integer"}}
_BOOKING = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Booking"}}}}

SCHEMAS: dict[str, Any] = {
    "AppointmentType": {
        "type": "object",
        "required": ["key", "office", "mode", "duration_minutes"],
        "properties": {
            "key": {"type": "string"},
            "office": {"type": "string", "description": "Office key"},
            "mode": {"type": "string", "enum": ["in_person", "video"]},
            "duration_minutes": {"type": "integer"},
            "capacity": {"type": "integer", "description": "Parallel desks per slot"},
            "name": {"type": "string"},
            "booking_window_days": {"type": "integer"},
            "waitlist": {"type": "boolean", "description": "Scarce: freed seats go to a list"},
        },
    },
    "Slot": {
        "type": "object",
        "required": ["id", "start", "end", "remaining"],
        "properties": {
            "id": {"type": "integer"},
            "type": {"type": "string"},
            "start": {"type": "string", "format": "date-time"},
            "end": {"type": "string", "format": "date-time"},
            "remaining": {"type": "integer", "minimum": 0},
            "capacity": {"type": "integer"},
            "by_draw": {
                "type": "boolean",
                "description": "Kept for a draw not run yet: not bookable (remaining is 0).",
            },
        },
    },
    "BookingRequest": {
        "type": "object",
        "additionalProperties": False,
        "required": ["slot", "name", "email", "language"],
        "properties": {
            "slot": {"type": "integer"},
            "name": {"type": "string", "maxLength": 200},
            "email": {"type": "string", "format": "email"},
            "language": {"type": "string", "example": "en"},
            "pow": {
                "type": "object",
                "description": (
                    "Optional proof-of-work from GET /api/v1/bookings/challenge. With it the "
                    "request counts against the higher per-address rate limit; without it the "
                    "stricter one applies. Per-e-mail and per-address limits apply either way."
                ),
                "required": ["challenge", "nonce"],
                "properties": {"challenge": {"type": "string"}, "nonce": {"type": "string"}},
            },
        },
    },
    "Booking": {
        "type": "object",
        "required": ["id", "status"],
        "properties": {
            "id": {"type": "integer"},
            "token": {"type": "string", "description": "Only in the 201 answer; keep it."},
            "status": {
                "type": "string",
                "enum": ["held", "confirmed", "cancelled", "expired", "checked_in", "no_show"],
            },
            "slot": {"$ref": "#/components/schemas/Slot"},
            "type": {"type": "string"},
            "office": {"type": "string"},
            "mode": {"type": "string", "enum": ["in_person", "video"]},
            "language": {"type": "string"},
            "expires_at": {
                "type": ["string", "null"],
                "format": "date-time",
                "description": "A held seat is released at this time unless confirmed by e-mail.",
            },
            "confirmed": {"type": "boolean"},
            "video_page": {"type": "string", "description": "Confirmed video bookings only."},
        },
    },
    "Challenge": {
        "type": "object",
        "required": ["challenge", "difficulty"],
        "properties": {
            "challenge": {"type": "string"},
            "difficulty": {"type": "integer", "description": "Leading zero bits required"},
            "algorithm": {"type": "string", "enum": ["sha256"]},
            "rule": {"type": "string"},
        },
    },
}

PATHS: dict[str, Any] = {
    "/api/v1/cities/{city}/appointment-types": {
        "get": {
            "summary": "Appointment types of a city",
            "parameters": [
                {"name": "city", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "lang", "in": "query", "schema": {"type": "string"}},
                {
                    "name": "speaks",
                    "in": "query",
                    "required": False,
                    "schema": {"type": "string", "pattern": "^[a-z]{2,3}(-[a-z0-9]{2,8})?$"},
                    "example": "ar",
                    "description": (
                        "Only types of offices whose staff serve in this language (ISO 639-1; "
                        "a region is ignored). Not a language code: 400 naming 'speaks'."
                    ),
                },
            ],
            "responses": {
                "200": {
                    "description": "Types",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "array",
                                "items": {"$ref": "#/components/schemas/AppointmentType"},
                            }
                        }
                    },
                },
                "400": {"$ref": "#/components/responses/BadRequest"},
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        }
    },
    "/api/v1/slots": {
        "get": {
            "summary": "Bookable slots with the seats remaining",
            "parameters": [
                {"name": "city", "in": "query", "required": True, "schema": {"type": "string"}},
                {"name": "type", "in": "query", "schema": {"type": "string"}},
                {
                    "name": "date_from",
                    "in": "query",
                    "schema": {"type": "string", "format": "date"},
                },
                {"name": "date_to", "in": "query", "schema": {"type": "string", "format": "date"}},
            ],
            "responses": {
                "200": {
                    "description": "Slots, earliest first (at most 62 days per request)",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "array",
                                "items": {"$ref": "#/components/schemas/Slot"},
                            }
                        }
                    },
                },
                "400": {"$ref": "#/components/responses/BadRequest"},
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        }
    },
    "/api/v1/bookings/challenge": {
        "get": {
            "summary": "A proof-of-work challenge for the optional `pow` field of a booking",
            "responses": {
                "200": {
                    "description": "Signed, single-use challenge (valid 15 minutes)",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Challenge"}}
                    },
                }
            },
        }
    },
    "/api/v1/bookings": {
        "post": {
            "summary": "Hold a seat; the booker confirms through the e-mailed link",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/BookingRequest"}}
                },
            },
            "responses": {
                "201": {"description": "Seat held", **_BOOKING},
                "400": {"$ref": "#/components/responses/BadRequest"},
                "403": {
                    "description": "Sent from a foreign Origin (not in LOTSE_ALLOWED_ORIGINS)",
                    **_ERR,
                },
                "409": {"description": "The slot is full", **_ERR},
                "415": {"description": "The body is not application/json", **_ERR},
                "429": {
                    "description": "A fairness limit applies; see Retry-After",
                    "headers": {"Retry-After": {"schema": {"type": "integer"}}},
                    **_ERR,
                },
            },
        }
    },
    "/api/v1/bookings/{booking_id}": {
        "get": {
            "summary": "A booking (needs its token)",
            "parameters": [_ID, _TOKEN],
            "responses": {
                "200": {"description": "The booking", **_BOOKING},
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        },
        "delete": {
            "summary": "Cancel a booking (the seat is released after a cool-down)",
            "parameters": [_ID, _TOKEN],
            "responses": {
                "200": {"description": "The cancelled booking", **_BOOKING},
                "403": {"description": "Sent from a foreign Origin", **_ERR},
                "404": {"$ref": "#/components/responses/NotFound"},
                "409": {"description": "Not active any more", **_ERR},
                "429": {
                    "description": "Too many changes; see Retry-After",
                    "headers": {"Retry-After": {"schema": {"type": "integer"}}},
                    **_ERR,
                },
            },
        },
    },
}

SCHEMAS.update(openapi_fairness.SCHEMAS)
PATHS.update(openapi_fairness.PATHS)
