"""OpenAPI description of the catalog endpoints."""

from __future__ import annotations

from typing import Any

CITY = {
    "name": "city",
    "in": "path",
    "required": True,
    "schema": {"type": "string"},
    "example": "dortmund",
}
LANG = {
    "name": "lang",
    "in": "query",
    "required": False,
    "schema": {"type": "string", "example": "en"},
    "description": "Answer language; an unsupported one falls back to English with lang_notice.",
}
I18N = {
    "type": "object",
    "additionalProperties": {"type": "string"},
    "description": "Text per language code",
}
TEXT_LANGUAGES = {
    "type": "object",
    "additionalProperties": {"type": "string"},
    "description": "Per text module: the language it is shown in (another one when the asked "
    "language lacks it: English, then German).",
}
TEXT_STATUS = {
    "type": "object",
    "additionalProperties": {
        "type": "string",
        "enum": ["original", "machine-assisted", "reviewed", "outdated"],
    },
    "description": "Per text module: the translation status of the text shown. "
    "machine-assisted: not yet checked by the city (the German original is binding); "
    "outdated: the German source changed after this translation was made.",
}

SCHEMAS: dict[str, Any] = {
    "Source": {
        "type": "object",
        "properties": {
            "url": {"type": "string", "format": "uri"},
            "title": {"type": "string"},
            "checked": {"type": "string", "format": "date"},
            "covers": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["url", "title", "checked"],
    },
    "Office": {
        "type": "object",
        "properties": {
            "key": {"type": "string"},
            "name": {"type": "string"},
            "kind": {"type": "string"},
            "description": {"type": "string"},
            "addresses": {"type": "array", "items": {"type": "object"}},
            "opening_hours": {"type": "array", "items": {"type": "object"}},
            "phone": {"type": "string"},
            "email": {"type": "string"},
            "website": {"type": "string"},
            "appointment_url": {"type": "string"},
            "languages": {"type": "array", "items": {"type": "string"}},
            "accessibility": {"type": "string"},
            "sources": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}},
            "uncertain": {"type": "object", "additionalProperties": {"type": "string"}},
            "text_languages": TEXT_LANGUAGES,
            "text_status": TEXT_STATUS,
        },
        "required": ["key", "name"],
    },
    "ServiceSummary": {
        "type": "object",
        "properties": {
            "key": {"type": "string"},
            "title": I18N,
            "summary": I18N,
            "life_situations": {"type": "array", "items": {"type": "string"}},
            "offices": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["key", "title", "summary", "offices"],
    },
    "ServiceDetail": {
        "type": "object",
        "properties": {
            "key": {"type": "string"},
            "lang": {"type": "string"},
            "lang_notice": {"type": "string"},
            "title": I18N,
            "summary": I18N,
            "name": {"type": "string"},
            "body": {"type": "string"},
            "who": {"type": "string"},
            "prerequisites": {"type": "string"},
            "steps": {"type": "array", "items": {"type": "string"}},
            "documents": {"type": "array", "items": {"type": "string"}},
            "fees": {"type": "string"},
            "deadlines": {"type": "string"},
            "legal_basis": {"type": "array", "items": {"type": "string"}},
            "forms": {"type": "array", "items": {"type": "object"}},
            "online_service": {"type": "string"},
            "leika": {"type": "array", "items": {"type": "string"}},
            "offices": {"type": "array", "items": {"$ref": "#/components/schemas/Office"}},
            "sources": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}},
            "uncertain": {"type": "object", "additionalProperties": {"type": "string"}},
            "text_languages": TEXT_LANGUAGES,
            "text_status": TEXT_STATUS,
        },
        "required": [
            "key",
            "title",
            "summary",
            "body",
            "steps",
            "documents",
            "fees",
            "legal_basis",
            "offices",
            "sources",
            "text_languages",
            "text_status",
        ],
    },
}


def _ok(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


NOT_FOUND = {"$ref": "#/components/responses/NotFound"}

PATHS: dict[str, Any] = {
    "/api/v1/cities": {
        "get": {
            "summary": "Cities running Lotse",
            "operationId": "listCities",
            "responses": {"200": _ok({"type": "array", "items": {"type": "object"}})},
        }
    },
    "/api/v1/cities/{city}/services": {
        "get": {
            "summary": "Services of a city with titles and summaries in every language",
            "operationId": "listServices",
            "parameters": [CITY],
            "responses": {
                "200": _ok(
                    {"type": "array", "items": {"$ref": "#/components/schemas/ServiceSummary"}}
                ),
                "404": NOT_FOUND,
            },
        }
    },
    "/api/v1/cities/{city}/services/{key}": {
        "get": {
            "summary": "One service in full, in one language",
            "operationId": "getService",
            "parameters": [
                CITY,
                {"name": "key", "in": "path", "required": True, "schema": {"type": "string"}},
                LANG,
            ],
            "responses": {
                "200": _ok({"$ref": "#/components/schemas/ServiceDetail"}),
                "404": NOT_FOUND,
            },
        }
    },
    "/api/v1/cities/{city}/offices": {
        "get": {
            "summary": "Offices of a city",
            "operationId": "listOffices",
            "parameters": [CITY, LANG],
            "responses": {
                "200": _ok({"type": "array", "items": {"$ref": "#/components/schemas/Office"}}),
                "404": NOT_FOUND,
            },
        }
    },
    "/api/v1/cities/{city}/offices/{key}": {
        "get": {
            "summary": "One office with the services it is responsible for",
            "operationId": "getOffice",
            "parameters": [
                CITY,
                {"name": "key", "in": "path", "required": True, "schema": {"type": "string"}},
                LANG,
            ],
            "responses": {"200": _ok({"$ref": "#/components/schemas/Office"}), "404": NOT_FOUND},
        }
    },
}
