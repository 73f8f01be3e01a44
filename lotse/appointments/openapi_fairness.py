"""OpenAPI description of slot alerts, the published figures and draws (merged by openapi.py)."""

from typing import Any

_ERR = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}

SCHEMAS: dict[str, Any] = {
    "SlotAlertRequest": {
        "type": "object",
        "additionalProperties": False,
        "required": ["city", "type", "email", "language"],
        "properties": {
            "city": {"type": "string", "example": "dortmund"},
            "type": {"type": "string", "description": "Appointment type key"},
            "email": {"type": "string", "format": "email"},
            "language": {"type": "string", "example": "en", "description": "Of the e-mails"},
            "date_from": {
                "type": ["string", "null"],
                "format": "date",
                "description": "Only seats on or after this day (city time).",
            },
            "date_to": {
                "type": ["string", "null"],
                "format": "date",
                "description": "Only seats on or before this day; the alert ends after it.",
            },
        },
    },
    "SlotAlert": {
        "type": "object",
        "required": ["id", "status", "type", "expires_at"],
        "properties": {
            "id": {"type": "integer"},
            "status": {
                "type": "string",
                "enum": ["pending", "active", "notified", "unsubscribed", "expired"],
                "description": "pending until the e-mailed link is confirmed",
            },
            "type": {"type": "string"},
            "date_from": {"type": ["string", "null"], "format": "date"},
            "date_to": {"type": ["string", "null"], "format": "date"},
            "expires_at": {"type": "string", "format": "date-time"},
        },
    },
    "AppointmentStat": {
        "type": "object",
        "required": [
            "type",
            "days_to_first_free_slot",
            "booked_within_10_minutes_share",
            "no_show_rate",
            "waitlist_offers_taken_share",
        ],
        "properties": {
            "type": {"type": "string"},
            "name": {"type": "string"},
            "office": {"type": "string"},
            "release": {"type": "string", "enum": ["first_come", "draw"]},
            "days_to_first_free_slot": {
                "type": ["number", "null"],
                "description": "Mean over the daily values of the last 28 days; null: no data.",
            },
            "booked_within_10_minutes_share": {
                "type": ["number", "null"],
                "minimum": 0,
                "maximum": 1,
                "description": "Of the seats booked first-come, the share booked within 10 "
                "minutes of the slot's release.",
            },
            "no_show_rate": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
            "waitlist_offers_taken_share": {
                "type": ["number", "null"],
                "minimum": 0,
                "maximum": 1,
            },
            "alert_offers_taken_share": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
            "draw_requests_per_seat": {
                "type": ["number", "null"],
                "description": "Draw types only: requests per seat in draws of the period.",
            },
            "seats_booked": {"type": "integer", "minimum": 0},
            "computed_at": {"type": "string", "format": "date-time"},
        },
    },
    "AppointmentStats": {
        "type": "object",
        "required": ["city", "period_days", "results"],
        "properties": {
            "city": {"type": "string"},
            "period_days": {"type": "integer", "enum": [28]},
            "computed_at": {"type": ["string", "null"], "format": "date-time"},
            "results": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/AppointmentStat"},
            },
        },
    },
    "Draw": {
        "type": "object",
        "required": ["id", "type", "state", "seed_sha256", "requests", "order"],
        "properties": {
            "id": {"type": "integer"},
            "city": {"type": "string"},
            "type": {"type": "string"},
            "first_day": {"type": "string", "format": "date"},
            "last_day": {"type": "string", "format": "date"},
            "window_opens": {"type": "string", "format": "date-time"},
            "window_closes": {"type": "string", "format": "date-time"},
            "state": {"type": "string", "enum": ["announced", "open", "closed", "drawn"]},
            "seed_sha256": {"type": "string", "description": "Published at the announcement."},
            "seed": {"type": ["string", "null"], "description": "Published after the draw."},
            "seats": {"type": ["integer", "null"]},
            "requests": {"type": "array", "items": {"type": "string"}},
            "urgent": {"type": "array", "items": {"type": "string"}},
            "order": {"type": "array", "items": {"type": "string"}},
            "algorithm": {"type": "string"},
        },
    },
}

PATHS: dict[str, Any] = {
    "/api/v1/slot-alerts": {
        "post": {
            "summary": "Subscribe to a slot alert (double opt-in by e-mail)",
            "description": (
                "Mails a confirmation link. Once confirmed, the first seat of the type (in the "
                "date range) that becomes bookable is held for the subscriber for a few minutes "
                "and offered by one e-mail; subscribers are served in the order they confirmed. "
                "Every mail has a one-click unsubscribe link. Limits: one open alert per "
                "mailbox (normalised e-mail) and type, a few per person, sign-ups per address."
            ),
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/SlotAlertRequest"}
                    }
                },
            },
            "responses": {
                "201": {
                    "description": "Alert registered, confirmation mailed",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/SlotAlert"}}
                    },
                },
                "400": {"$ref": "#/components/responses/BadRequest"},
                "403": {"description": "Sent from a foreign Origin", **_ERR},
                "415": {"description": "The body is not application/json", **_ERR},
                "429": {
                    "description": "A limit applies; see Retry-After",
                    "headers": {"Retry-After": {"schema": {"type": "integer"}}},
                    **_ERR,
                },
            },
        }
    },
    "/api/v1/cities/{city}/appointment-stats": {
        "get": {
            "summary": "Waiting times and fairness figures per appointment type (last 28 days)",
            "parameters": [
                {"name": "city", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "lang", "in": "query", "schema": {"type": "string"}},
            ],
            "responses": {
                "200": {
                    "description": "Figures computed by the task worker (hourly)",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/AppointmentStats"}
                        }
                    },
                },
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        }
    },
    "/api/v1/draws/{draw_id}": {
        "get": {
            "summary": "A draw as published (recompute it from seed and request ids)",
            "parameters": [
                {"name": "draw_id", "in": "path", "required": True, "schema": {"type": "integer"}}
            ],
            "responses": {
                "200": {
                    "description": "The draw",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Draw"}}
                    },
                },
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        }
    },
}
