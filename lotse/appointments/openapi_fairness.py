"""OpenAPI description of slot alerts, the published figures and draws (merged by openapi.py)."""

from typing import Any

from lotse.core import openapi as oa

_DATE = oa.string(format="date")
_DATE_OR_NULL = {"type": ["string", "null"], "format": "date"}
_SHARE = {"type": ["number", "null"], "minimum": 0, "maximum": 1}

SCHEMAS: dict[str, Any] = {
    "SlotAlertRequest": oa.obj(
        {
            "city": oa.string(example="dortmund"),
            "type": oa.string(description="Appointment type key"),
            "email": oa.string(format="email"),
            "language": oa.string(example="en", description="Of the e-mails"),
            "date_from": {**_DATE_OR_NULL, "description": "Only seats on or after this day."},
            "date_to": {
                **_DATE_OR_NULL,
                "description": "Only seats on or before this day; the alert ends after it.",
            },
        },
        required=["city", "type", "email", "language"],
        additionalProperties=False,
    ),
    "SlotAlert": oa.obj(
        {
            "id": oa.INT,
            "status": oa.string(
                enum=["pending", "active", "notified", "unsubscribed", "expired"],
                description="pending until the e-mailed link is confirmed",
            ),
            "type": oa.STR,
            "date_from": _DATE_OR_NULL,
            "date_to": _DATE_OR_NULL,
            "expires_at": oa.string(format="date-time"),
        },
        required=["id", "status", "type", "expires_at"],
    ),
    "AppointmentStat": oa.obj(
        {
            "type": oa.STR,
            "name": oa.STR,
            "office": oa.STR,
            "release": oa.string(enum=["first_come", "draw"]),
            "days_to_first_free_slot": {
                "type": ["number", "null"],
                "description": "Mean over the daily values of the last 28 days; null: no data.",
            },
            "booked_within_10_minutes_share": {
                **_SHARE,
                "description": "Of the seats booked first-come, the share booked within 10 "
                "minutes of the slot's release.",
            },
            "no_show_rate": _SHARE,
            "waitlist_offers_taken_share": _SHARE,
            "alert_offers_taken_share": _SHARE,
            "draw_requests_per_seat": {
                "type": ["number", "null"],
                "description": "Draw types only: requests per seat in draws of the period.",
            },
            "seats_booked": oa.integer(minimum=0),
            "computed_at": oa.string(format="date-time"),
        },
        required=[
            "type",
            "days_to_first_free_slot",
            "booked_within_10_minutes_share",
            "no_show_rate",
            "waitlist_offers_taken_share",
        ],
    ),
    "AppointmentStats": oa.obj(
        {
            "city": oa.STR,
            "period_days": oa.integer(enum=[28]),
            "computed_at": {"type": ["string", "null"], "format": "date-time"},
            "results": oa.array(oa.ref("AppointmentStat")),
        },
        required=["city", "period_days", "results"],
    ),
    "Draw": oa.obj(
        {
            "id": oa.INT,
            "city": oa.STR,
            "type": oa.STR,
            "first_day": _DATE,
            "last_day": _DATE,
            "window_opens": oa.string(format="date-time"),
            "window_closes": oa.string(format="date-time"),
            "state": oa.string(enum=["announced", "open", "closed", "drawn"]),
            "seed_sha256": oa.string(description="Published at the announcement."),
            "seed": {"type": ["string", "null"], "description": "Published after the draw."},
            "seats": {"type": ["integer", "null"]},
            "requests": oa.array(oa.STR),
            "urgent": oa.array(oa.STR),
            "order": oa.array(oa.STR),
            "algorithm": oa.STR,
        },
        required=["id", "type", "state", "seed_sha256", "requests", "order"],
    ),
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
            "requestBody": oa.body(oa.ref("SlotAlertRequest"), required=True),
            "responses": {
                "201": oa.ok("Alert registered, confirmation mailed", oa.ref("SlotAlert")),
                "400": oa.BAD_REQUEST,
                "403": oa.error("Sent from a foreign Origin"),
                "415": oa.error("The body is not application/json"),
                "429": oa.error("A limit applies; see Retry-After", retry_after=True),
            },
        }
    },
    "/api/v1/cities/{city}/appointment-stats": {
        "get": {
            "summary": "Waiting times and fairness figures per appointment type (last 28 days)",
            "parameters": [oa.path_param("city"), oa.query("lang")],
            "responses": {
                "200": oa.ok(
                    "Figures computed by the task worker (hourly)", oa.ref("AppointmentStats")
                ),
                "404": oa.NOT_FOUND,
            },
        }
    },
    "/api/v1/draws/{draw_id}": {
        "get": {
            "summary": "A draw as published (recompute it from seed and request ids)",
            "parameters": [oa.path_param("draw_id", oa.INT)],
            "responses": {"200": oa.ok("The draw", oa.ref("Draw")), "404": oa.NOT_FOUND},
        }
    },
}
