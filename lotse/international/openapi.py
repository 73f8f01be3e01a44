"""OpenAPI description of the international endpoints."""

from typing import Any

from lotse.core import openapi as oa

_CITY = oa.path_param("city")
_LANG = oa.query(
    "lang",
    description="Language of names and texts (fallback: English, then German).",
    required=False,
)

SCHEMAS: dict[str, Any] = {
    "Partnership": oa.obj(
        {
            "key": oa.STR,
            "partner": oa.string(description="Partner city's name in lang"),
            "country": oa.string(description="ISO 3166-1 alpha-2"),
            "kind": oa.string(enum=["formal", "project", "planned"]),
            "status": oa.string(enum=["active", "paused", "planned", "in_preparation"]),
            "since": {"type": ["integer", "null"], "description": "Year; null when unknown"},
            "languages": oa.array(oa.STR),
            "council_decisions": oa.array(oa.OBJ),
            "sources": oa.array(oa.OBJ),
        },
        required=["partner", "country", "kind", "status", "since"],
    ),
    "Goal": oa.obj(
        {
            "key": oa.STR,
            "indicator": oa.STR,
            "unit": oa.STR,
            "direction": oa.string(enum=["increase", "decrease"]),
            "baseline": {"type": "number", "minimum": 0},
            "target": {"type": "number", "minimum": 0},
            "target_date": oa.string(format="date"),
            "progress": {"type": "number", "minimum": 0, "maximum": 1},
            "state": oa.string(enum=["on_track", "at_risk", "overdue", "reached"]),
            "measurements": oa.array(oa.OBJ),
        },
        required=["indicator", "unit", "baseline", "target", "target_date", "progress"],
    ),
    "Project": oa.obj(
        {
            "key": oa.STR,
            "example": {"type": "boolean", "description": "Made-up example data"},
            "title": oa.STR,
            "partner": {"type": ["string", "null"]},
            "goals": oa.array(oa.ref("Goal")),
        },
        required=["key", "goals"],
    ),
    "Attraction": oa.obj(
        {
            "key": oa.STR,
            "kind": oa.string(enum=["museum", "attraction"]),
            "title": {"type": "object", "additionalProperties": oa.STR},
            "name": oa.STR,
            "description": oa.STR,
            "address": oa.OBJ,
            "events": oa.array(oa.OBJ),
        },
        required=["key", "title", "address"],
    ),
}

PATHS: dict[str, Any] = {
    "/api/v1/cities/{city}/partnerships": {
        "get": {
            "summary": "Partner cities (formal, project, planned) with status and since",
            "parameters": [_CITY, _LANG, oa.query("kind", required=False)],
            "responses": {
                "200": oa.ok("OK", oa.array(oa.ref("Partnership"))),
                "400": oa.BAD_REQUEST,
                "404": oa.NOT_FOUND,
            },
        }
    },
    "/api/v1/cities/{city}/projects": {
        "get": {
            "summary": "Cooperation projects with measurable goals and computed progress",
            "parameters": [
                _CITY,
                _LANG,
                oa.query(
                    "partner",
                    required=False,
                    description="Only projects with this partner (404 if unknown)",
                ),
            ],
            "responses": {"200": oa.ok("OK", oa.array(oa.ref("Project"))), "404": oa.NOT_FOUND},
        }
    },
    "/api/v1/cities/{city}/projects/{key}": {
        "get": {
            "summary": "One project with its goals",
            "parameters": [_CITY, _LANG, oa.path_param("key")],
            "responses": {"200": oa.ok("OK", oa.ref("Project")), "404": oa.NOT_FOUND},
        }
    },
    "/api/v1/cities/{city}/attractions": {
        "get": {
            "summary": "The city's museums and attractions as one bundle, with events",
            "parameters": [_CITY, _LANG],
            "responses": {"200": oa.ok("OK", oa.array(oa.ref("Attraction"))), "404": oa.NOT_FOUND},
        }
    },
}
