"""OpenAPI description of the plans endpoints."""

from typing import Any

_BOOL = {"type": "boolean"}
_DATE = {"type": "string", "format": "date"}

SCHEMAS: dict[str, Any] = {
    "PlanProfile": {
        "type": "object",
        "additionalProperties": False,
        "required": ["city", "purpose"],
        "properties": {
            "city": {"type": "string", "example": "dortmund"},
            "today": {**_DATE, "description": "Defaults to today in the city's time zone."},
            "citizenship": {"type": "string", "pattern": "^[A-Za-z]{2}$", "example": "IN"},
            "purpose": {
                "type": "string",
                "enum": [
                    "work",
                    "job-search",
                    "study",
                    "training",
                    "family",
                    "protection",
                    "self-employment",
                ],
            },
            "qualification": {"type": "string", "enum": ["academic", "vocational", "none"]},
            "qualification_recognised": _BOOL,
            "job_offer": _BOOL,
            "annual_salary_eur": {"type": "number", "minimum": 0},
            "in_germany": _BOOL,
            "registered": _BOOL,
            "has_housing": _BOOL,
            "arrival_date": _DATE,
            "permit_expires": _DATE,
            "current_permit": {"type": "string", "description": "A service key of the city."},
            "children_ages": {"type": "array", "items": {"type": "integer", "minimum": 0}},
            "spouse_coming": _BOOL,
            "expecting_baby": _BOOL,
            "drives_car": _BOOL,
            "lang": {"type": "string", "example": "de"},
            "german_level": {
                "type": "string",
                "enum": ["none", "A1", "A2", "B1", "B2", "C1", "C2"],
                "description": "German level (CEFR). Steps that need a level say from when.",
            },
            "perspective": {
                "type": "string",
                "enum": ["newcomer", "employer"],
                "description": "employer: what a company must do to hire this person.",
            },
        },
    },
    "PlanStep": {
        "type": "object",
        "required": ["service", "title", "due", "depends_on", "why"],
        "properties": {
            "service": {"type": "string"},
            "title": {"type": "string"},
            "due": {"oneOf": [_DATE, {"type": "null"}]},
            "depends_on": {"type": "array", "items": {"type": "string"}},
            "why": {"type": "string"},
            "overdue": _BOOL,
            "earliest": {
                "description": "Additive: null when the step is possible now; otherwise from "
                "when it will be (`date`, null when only the German level is missing), the "
                "German level that date needs, the later date without that level, and the "
                "sentence to show in the asked language.",
                "oneOf": [
                    {"type": "null"},
                    {
                        "type": "object",
                        "required": ["date", "german_level", "otherwise", "text"],
                        "properties": {
                            "date": {"oneOf": [_DATE, {"type": "null"}]},
                            "german_level": {"type": ["string", "null"]},
                            "otherwise": {"oneOf": [_DATE, {"type": "null"}]},
                            "text": {"type": "string"},
                        },
                    },
                ],
            },
            "done": {**_BOOL, "description": "Only for a stored plan."},
            "legal_basis": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "rule": {"type": "string"},
                        "text": {"type": "string"},
                        "source": {"type": "string", "format": "uri"},
                        "checked": _DATE,
                        "uncertain": {"type": "string"},
                    },
                },
            },
        },
    },
    "Plan": {
        "type": "object",
        "required": ["steps"],
        "properties": {
            "city": {"type": "string"},
            "lang": {"type": "string"},
            "perspective": {"type": "string"},
            "notice": {"type": "string"},
            "steps": {"type": "array", "items": {"$ref": "#/components/schemas/PlanStep"}},
            "profile": {"$ref": "#/components/schemas/PlanProfile"},
        },
    },
}

_PLAN = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Plan"}}}}

PATHS: dict[str, Any] = {
    "/api/v1/plan": {
        "post": {
            "summary": "Personal arrival plan: the steps for a profile, in order, with due dates",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/PlanProfile"}}
                },
            },
            "responses": {
                "200": {"description": "Ordered steps", **_PLAN},
                "400": {"$ref": "#/components/responses/BadRequest"},
            },
        }
    },
    "/api/v1/plans/{token}": {
        "get": {
            "summary": "A plan saved in the portal, by its private token, with ticked steps",
            "parameters": [
                {"name": "token", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "lang", "in": "query", "schema": {"type": "string"}},
            ],
            "responses": {
                "200": {"description": "The stored plan", **_PLAN},
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        }
    },
}
