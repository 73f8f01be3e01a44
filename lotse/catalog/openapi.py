"""OpenAPI description of the catalog endpoints."""

from typing import Any

from lotse.core import openapi as oa

_CITY = oa.path_param("city", oa.STR, example="dortmund")
_KEY = oa.path_param("key")
_LANG = oa.query(
    "lang",
    oa.string(example="en"),
    description="Answer language; an unsupported one falls back to English with lang_notice.",
    required=False,
)


def _get_by_key(summary: str, operation_id: str, schema: str) -> dict[str, Any]:
    """A GET of one object of a city by its key, in one language (404: no such city or key)."""
    return {
        "get": {
            "summary": summary,
            "operationId": operation_id,
            "parameters": [_CITY, _KEY, _LANG],
            "responses": {"200": oa.ok("OK", oa.ref(schema)), "404": oa.NOT_FOUND},
        }
    }


# Where a service's or an office's texts come from and how far they can be trusted.
_PROVENANCE: dict[str, Any] = {
    "sources": oa.array(oa.ref("Source")),
    "uncertain": {"type": "object", "additionalProperties": oa.STR},
    "text_languages": {
        "type": "object",
        "additionalProperties": oa.STR,
        "description": "Per text module: the language it is shown in (another one when the asked language lacks it: English, then German).",
    },
    "text_status": {
        "type": "object",
        "additionalProperties": oa.string(
            enum=["original", "machine-assisted", "reviewed", "outdated"]
        ),
        "description": "Per text module: the translation status of the text shown. machine-assisted: not yet checked by the city (the German original is binding); outdated: the German source changed after this translation was made.",
    },
}

_PER_LANGUAGE: dict[str, Any] = {
    "type": "object",
    "additionalProperties": oa.STR,
    "description": "Text per language code",
}

SCHEMAS: dict[str, Any] = {
    "Source": oa.obj(
        {
            "url": oa.string(format="uri"),
            "title": oa.STR,
            "checked": oa.string(format="date"),
            "covers": oa.array(oa.STR),
        },
        required=["url", "title", "checked"],
    ),
    "Office": oa.obj(
        {
            "key": oa.STR,
            "name": oa.STR,
            "kind": oa.STR,
            "description": oa.STR,
            "addresses": oa.array(oa.OBJ),
            "opening_hours": oa.array(oa.OBJ),
            "phone": oa.STR,
            "email": oa.STR,
            "website": oa.STR,
            "appointment_url": oa.STR,
            "languages": oa.array(oa.STR),
            "accessibility": oa.STR,
            **_PROVENANCE,
        },
        required=["key", "name"],
    ),
    "ServiceSummary": oa.obj(
        {
            "key": oa.STR,
            "title": _PER_LANGUAGE,
            "summary": _PER_LANGUAGE,
            "life_situations": oa.array(oa.STR),
            "offices": oa.array(oa.STR),
        },
        required=["key", "title", "summary", "offices"],
    ),
    "ServiceDetail": oa.obj(
        {
            "key": oa.STR,
            "lang": oa.STR,
            "lang_notice": oa.STR,
            "title": _PER_LANGUAGE,
            "summary": _PER_LANGUAGE,
            "name": oa.STR,
            "body": oa.STR,
            "who": oa.STR,
            "prerequisites": oa.STR,
            "steps": oa.array(oa.STR),
            "documents": oa.array(oa.STR),
            "fees": oa.STR,
            "deadlines": oa.STR,
            "legal_basis": oa.array(oa.STR),
            "forms": oa.array(oa.OBJ),
            "online_service": oa.STR,
            "leika": oa.array(oa.STR),
            "offices": oa.array(oa.ref("Office")),
            **_PROVENANCE,
            "text_layers": {
                "type": "object",
                "additionalProperties": oa.string(enum=["federal", "state", "city"]),
                "description": "Per text module: the content layer its German text comes from: federal (written once for every city), state (once for the state's cities) or city (the city's own).",
            },
        },
        required=[
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
    ),
}

PATHS: dict[str, Any] = {
    "/api/v1/cities": {
        "get": {
            "summary": "Cities running Lotse",
            "operationId": "listCities",
            "responses": {"200": oa.ok("OK", oa.array(oa.OBJ))},
        }
    },
    "/api/v1/cities/{city}/services": {
        "get": {
            "summary": "Services of a city with titles and summaries in every language",
            "operationId": "listServices",
            "parameters": [_CITY],
            "responses": {
                "200": oa.ok("OK", oa.array(oa.ref("ServiceSummary"))),
                "404": oa.NOT_FOUND,
            },
        }
    },
    "/api/v1/cities/{city}/services/{key}": _get_by_key(
        "One service in full, in one language", "getService", "ServiceDetail"
    ),
    "/api/v1/cities/{city}/offices": {
        "get": {
            "summary": "Offices of a city",
            "operationId": "listOffices",
            "parameters": [
                _CITY,
                _LANG,
                oa.query(
                    "speaks",
                    oa.string(pattern="^[a-z]{2,3}(-[a-z0-9]{2,8})?$", example="ar"),
                    required=False,
                    description="Only offices whose staff serve in this language (ISO 639-1 code; a region such as 'pt-br' is ignored). Not a language code: 400 naming 'speaks'. A code no office speaks: an empty list.",
                ),
            ],
            "responses": {
                "200": oa.ok("OK", oa.array(oa.ref("Office"))),
                "400": oa.BAD_REQUEST,
                "404": oa.NOT_FOUND,
            },
        }
    },
    "/api/v1/cities/{city}/offices/{key}": _get_by_key(
        "One office with the services it is responsible for", "getOffice", "Office"
    ),
}
