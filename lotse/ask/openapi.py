"""OpenAPI description of the ask endpoints."""

from typing import Any

from lotse.core import openapi as oa

SCHEMAS: dict[str, Any] = {
    "SearchResult": oa.obj(
        {
            "service": oa.string(description="Service key"),
            "title": oa.string(description="Title in the asker's language if any"),
            "title_lang": oa.STR,
            "score": {"type": "number", "description": "Fused relevance, 0 to 1"},
            "offices": oa.array(oa.obj({"key": oa.STR, "name": oa.STR})),
            "url": oa.string(description="Portal page of the service"),
            "snippet": oa.string(
                description="Start of the service's short text, in the reader's language if any"
            ),
            "snippet_lang": oa.STR,
        },
        required=["service", "title", "score", "offices"],
    ),
    "SearchOffice": oa.obj(
        {
            "key": oa.STR,
            "name": oa.STR,
            "address": oa.STR,
            "phone": oa.STR,
            "url": oa.string(description="Portal page of the office"),
        },
        required=["key", "name", "address", "phone", "url"],
        description="An office to go to or call (where/phone/opening-hours questions).",
    ),
    "SearchFallback": oa.obj(
        {
            "office": oa.STR,
            "name": oa.STR,
            "phone": oa.STR,
            "email": oa.STR,
            "website": oa.STR,
            "appointment_url": oa.STR,
            "address": oa.STR,
            "url": oa.STR,
            "service": oa.string(description="The counselling service key"),
            "service_title": oa.STR,
            "service_url": oa.STR,
        },
        required=["office", "name"],
        description="The Welcome Center: a human contact for every question.",
    ),
    "SearchAnswer": oa.obj(
        {
            "query": oa.STR,
            "lang": oa.string(description="Language detected (or given)"),
            "lang_detected": oa.BOOL,
            "ui_lang": oa.string(
                description="The reader's language: titles, snippets, links and offices are in it"
            ),
            "good_answer": {
                "type": "boolean",
                "description": "False when no result is a confident match: offer the fallback.",
            },
            "results": oa.array(oa.ref("SearchResult")),
            "offices": {
                **oa.array(oa.ref("SearchOffice")),
                "description": "For where/phone/opening-hours questions: the offices to turn to.",
            },
            "fallback": oa.ref("SearchFallback"),
            "answer": {
                "oneOf": [oa.ref("SearchFact"), {"type": "null"}],
                "description": "The sentence of the city's texts that answers the question.",
            },
            "did_you_mean": {"type": ["string", "null"]},
            "lost": {
                "type": "boolean",
                "description": "The question named no service: counselling is listed first.",
            },
        },
        required=["lang", "results", "fallback", "answer"],
    ),
    "SearchFact": oa.obj(
        {
            "text": oa.string(description="Exact sentence or list of the text"),
            "service": oa.STR,
            "module": oa.string(description="Text module or office field"),
            "lang": oa.STR,
            "source": oa.string(format="uri"),
            "checked": oa.string(format="date"),
            "office": {"type": ["string", "null"]},
            "url": oa.STR,
        },
        required=["text", "service", "module", "lang", "source", "checked"],
    ),
}

PATHS: dict[str, Any] = {
    "/api/v1/search": {
        "get": {
            "summary": "Route a question in any language to services and offices",
            "parameters": [
                oa.query("city", required=True),
                oa.query("q", oa.string(maxLength=1000), required=True),
                oa.query(
                    "lang",
                    required=False,
                    description="Language of the question; detected when left out.",
                ),
                oa.query(
                    "ui_lang",
                    required=False,
                    description="Language of the page the question is asked on: titles, "
                    "snippets, links, offices and the answer are given in it, even when the "
                    "question borrows a German word or greets in another language (unless the "
                    "question is written in another script). Without it: the question's language.",
                ),
                oa.query("limit", oa.integer(minimum=1, maximum=20, default=5), required=False),
                oa.query(
                    "live",
                    oa.string(enum=["1"]),
                    required=False,
                    description="1 while typing: the question is not logged as a content gap.",
                ),
            ],
            "responses": {
                "200": oa.ok(
                    "Ranked services and the Welcome Center as fallback", oa.ref("SearchAnswer")
                ),
                "400": oa.BAD_REQUEST,
                "404": oa.NOT_FOUND,
            },
        }
    }
}
