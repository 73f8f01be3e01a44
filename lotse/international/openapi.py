"""OpenAPI description of the international endpoints."""

from typing import Any

CITY = {"name": "city", "in": "path", "required": True, "schema": {"type": "string"}}
LANG = {
    "name": "lang",
    "in": "query",
    "required": False,
    "schema": {"type": "string"},
    "description": "Language of names and texts (fallback: English, then German).",
}
NOT_FOUND = {"$ref": "#/components/responses/NotFound"}
BAD = {"$ref": "#/components/responses/BadRequest"}


def _list_of(schema: str) -> dict[str, Any]:
    return {
        "description": "OK",
        "content": {
            "application/json": {
                "schema": {"type": "array", "items": {"$ref": f"#/components/schemas/{schema}"}}
            }
        },
    }


SCHEMAS: dict[str, Any] = {
    "Partnership": {
        "type": "object",
        "properties": {
            "key": {"type": "string"},
            "partner": {"type": "string", "description": "Partner city's name in lang"},
            "country": {"type": "string", "description": "ISO 3166-1 alpha-2"},
            "kind": {"type": "string", "enum": ["formal", "project", "planned"]},
            "status": {
                "type": "string",
                "enum": ["active", "paused", "planned", "in_preparation"],
            },
            "since": {"type": ["integer", "null"], "description": "Year; null when unknown"},
            "languages": {"type": "array", "items": {"type": "string"}},
            "council_decisions": {"type": "array", "items": {"type": "object"}},
            "sources": {"type": "array", "items": {"type": "object"}},
        },
        "required": ["partner", "country", "kind", "status", "since"],
    },
    "Goal": {
        "type": "object",
        "properties": {
            "key": {"type": "string"},
            "indicator": {"type": "string"},
            "unit": {"type": "string"},
            "direction": {"type": "string", "enum": ["increase", "decrease"]},
            "baseline": {"type": "number", "minimum": 0},
            "target": {"type": "number", "minimum": 0},
            "target_date": {"type": "string", "format": "date"},
            "progress": {"type": "number", "minimum": 0, "maximum": 1},
            "state": {"type": "string", "enum": ["on_track", "at_risk", "overdue", "reached"]},
            "measurements": {"type": "array", "items": {"type": "object"}},
        },
        "required": ["indicator", "unit", "baseline", "target", "target_date", "progress"],
    },
    "Project": {
        "type": "object",
        "properties": {
            "key": {"type": "string"},
            "example": {"type": "boolean", "description": "Made-up example data"},
            "title": {"type": "string"},
            "partner": {"type": ["string", "null"]},
            "goals": {"type": "array", "items": {"$ref": "#/components/schemas/Goal"}},
        },
        "required": ["key", "goals"],
    },
    "Attraction": {
        "type": "object",
        "properties": {
            "key": {"type": "string"},
            "kind": {"type": "string", "enum": ["museum", "attraction"]},
            "title": {"type": "object", "additionalProperties": {"type": "string"}},
            "name": {"type": "string"},
            "description": {"type": "string"},
            "address": {"type": "object"},
            "events": {"type": "array", "items": {"type": "object"}},
        },
        "required": ["key", "title", "address"],
    },
}

PATHS: dict[str, Any] = {
    "/api/v1/cities/{city}/partnerships": {
        "get": {
            "summary": "Partner cities (formal, project, planned) with status and since",
            "parameters": [
                CITY,
                LANG,
                {"name": "kind", "in": "query", "required": False, "schema": {"type": "string"}},
            ],
            "responses": {"200": _list_of("Partnership"), "400": BAD, "404": NOT_FOUND},
        }
    },
    "/api/v1/cities/{city}/projects": {
        "get": {
            "summary": "Cooperation projects with measurable goals and computed progress",
            "parameters": [
                CITY,
                LANG,
                {
                    "name": "partner",
                    "in": "query",
                    "required": False,
                    "schema": {"type": "string"},
                    "description": "Only projects with this partner (404 if unknown)",
                },
            ],
            "responses": {"200": _list_of("Project"), "404": NOT_FOUND},
        }
    },
    "/api/v1/cities/{city}/projects/{key}": {
        "get": {
            "summary": "One project with its goals",
            "parameters": [
                CITY,
                LANG,
                {"name": "key", "in": "path", "required": True, "schema": {"type": "string"}},
            ],
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Project"}}
                    },
                },
                "404": NOT_FOUND,
            },
        }
    },
    "/api/v1/cities/{city}/attractions": {
        "get": {
            "summary": "The city's museums and attractions as one bundle, with events",
            "parameters": [CITY, LANG],
            "responses": {"200": _list_of("Attraction"), "404": NOT_FOUND},
        }
    },
}
