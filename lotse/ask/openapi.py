"""OpenAPI description of the ask endpoints."""

from typing import Any

SCHEMAS: dict[str, Any] = {
    "SearchResult": {
        "type": "object",
        "properties": {
            "service": {"type": "string", "description": "Service key"},
            "title": {"type": "string", "description": "Title in the asker's language if any"},
            "title_lang": {"type": "string"},
            "score": {"type": "number", "description": "Fused relevance, 0 to 1"},
            "offices": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"key": {"type": "string"}, "name": {"type": "string"}},
                },
            },
            "url": {"type": "string", "description": "Portal page of the service"},
            "snippet": {
                "type": "string",
                "description": "Start of the service's short text, in the reader's language if any",
            },
            "snippet_lang": {"type": "string"},
        },
        "required": ["service", "title", "score", "offices"],
    },
    "SearchOffice": {
        "type": "object",
        "description": "An office to go to or call (where/phone/opening-hours questions).",
        "properties": {
            "key": {"type": "string"},
            "name": {"type": "string"},
            "address": {"type": "string"},
            "phone": {"type": "string"},
            "url": {"type": "string", "description": "Portal page of the office"},
        },
        "required": ["key", "name", "address", "phone", "url"],
    },
    "SearchFallback": {
        "type": "object",
        "description": "The Welcome Center: a human contact for every question.",
        "properties": {
            "office": {"type": "string"},
            "name": {"type": "string"},
            "phone": {"type": "string"},
            "email": {"type": "string"},
            "website": {"type": "string"},
            "appointment_url": {"type": "string"},
            "address": {"type": "string"},
            "url": {"type": "string"},
            "service": {"type": "string", "description": "The counselling service key"},
            "service_title": {"type": "string"},
            "service_url": {"type": "string"},
        },
        "required": ["office", "name"],
    },
    "SearchAnswer": {
        "type": "object",
        "properties": {
            "query": {"type": "string"},
            "lang": {"type": "string", "description": "Language detected (or given)"},
            "lang_detected": {"type": "boolean"},
            "ui_lang": {
                "type": "string",
                "description": "The reader's language: titles, snippets, links and offices are in it",
            },
            "good_answer": {
                "type": "boolean",
                "description": "False when no result is a confident match: offer the fallback.",
            },
            "results": {"type": "array", "items": {"$ref": "#/components/schemas/SearchResult"}},
            "offices": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/SearchOffice"},
                "description": "For where/phone/opening-hours questions: the offices to turn to.",
            },
            "fallback": {"$ref": "#/components/schemas/SearchFallback"},
            "answer": {
                "oneOf": [{"$ref": "#/components/schemas/SearchFact"}, {"type": "null"}],
                "description": "The sentence of the city's texts that answers the question.",
            },
            "did_you_mean": {"type": ["string", "null"]},
            "lost": {
                "type": "boolean",
                "description": "The question named no service: counselling is listed first.",
            },
        },
        "required": ["lang", "results", "fallback", "answer"],
    },
    "SearchFact": {
        "type": "object",
        "properties": {
            "text": {"type": "string", "description": "Exact sentence or list of the text"},
            "service": {"type": "string"},
            "module": {"type": "string", "description": "Text module or office field"},
            "lang": {"type": "string"},
            "source": {"type": "string", "format": "uri"},
            "checked": {"type": "string", "format": "date"},
            "office": {"type": ["string", "null"]},
            "url": {"type": "string"},
        },
        "required": ["text", "service", "module", "lang", "source", "checked"],
    },
}

PATHS: dict[str, Any] = {
    "/api/v1/search": {
        "get": {
            "summary": "Route a question in any language to services and offices",
            "parameters": [
                {"name": "city", "in": "query", "required": True, "schema": {"type": "string"}},
                {
                    "name": "q",
                    "in": "query",
                    "required": True,
                    "schema": {"type": "string", "maxLength": 1000},
                },
                {
                    "name": "lang",
                    "in": "query",
                    "required": False,
                    "schema": {"type": "string"},
                    "description": "Language of the question; detected when left out.",
                },
                {
                    "name": "ui_lang",
                    "in": "query",
                    "required": False,
                    "schema": {"type": "string"},
                    "description": "Language of the page the question is asked on: titles, "
                    "snippets, links, offices and the answer are given in it, even when the "
                    "question borrows a German word or greets in another language (unless the "
                    "question is written in another script). Without it: the question's language.",
                },
                {
                    "name": "limit",
                    "in": "query",
                    "required": False,
                    "schema": {"type": "integer", "minimum": 1, "maximum": 20, "default": 5},
                },
                {
                    "name": "live",
                    "in": "query",
                    "required": False,
                    "schema": {"type": "string", "enum": ["1"]},
                    "description": "1 while typing: the question is not logged as a content gap.",
                },
            ],
            "responses": {
                "200": {
                    "description": "Ranked services and the Welcome Center as fallback",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/SearchAnswer"}
                        }
                    },
                },
                "400": {"$ref": "#/components/responses/BadRequest"},
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        }
    }
}
