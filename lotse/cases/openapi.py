"""OpenAPI description of the cases endpoints."""

from typing import Any

BEARER: list[dict[str, list[str]]] = [{"bearer": []}]
ERR = {"$ref": "#/components/responses/BadRequest"}
NOT_FOUND = {"$ref": "#/components/responses/NotFound"}
UNAUTHORIZED = {"$ref": "#/components/responses/Unauthorized"}
FORBIDDEN = {"$ref": "#/components/responses/Forbidden"}
LIMITED = {"$ref": "#/components/responses/Limited"}


def _json(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


CASE_ID = {"name": "case_id", "in": "path", "required": True, "schema": {"type": "integer"}}
TASK_ID = {"name": "task_id", "in": "path", "required": True, "schema": {"type": "integer"}}

SCHEMAS: dict[str, Any] = {
    "TaskSummary": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "case": {"type": "integer"},
            "service": {"type": "string"},
            "office": {"type": "string"},
            "status": {
                "type": "string",
                "enum": ["new", "in_progress", "waiting", "done", "cancelled"],
            },
            "due": {"type": ["string", "null"], "format": "date"},
        },
        "required": ["id", "service", "office", "status"],
    },
    "CaseCreate": {
        "type": "object",
        "properties": {
            "city": {"type": "string"},
            "name": {"type": "string", "maxLength": 200},
            "email": {"type": "string"},
            "language": {"type": "string"},
            "consent": {
                "description": "true, or {given: true, text_version}",
                "oneOf": [{"type": "boolean"}, {"type": "object"}],
            },
            "services": {"type": "array", "items": {"type": "string"}},
            "profile": {"type": "object", "description": "arrival-plan profile (optional)"},
        },
        "required": ["city", "name", "language", "consent", "services"],
    },
    "Case": {
        "type": "object",
        "description": "The whole case; only for its caseworker.",
        "properties": {
            "id": {"type": "integer"},
            "city": {"type": "string"},
            "name": {"type": "string"},
            "email": {"type": "string"},
            "language": {"type": "string"},
            "status": {"type": "string", "enum": ["open", "closed"]},
            "consent": {"type": "object"},
            "tasks": {"type": "array", "items": _ref("TaskSummary")},
            "notes": {"type": "array", "items": {"type": "object"}},
        },
    },
}

PATHS: dict[str, Any] = {
    "/api/v1/auth/token": {
        "post": {
            "summary": "Get a bearer token (staff; throttled; otp when two-factor is on)",
            "requestBody": {
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "username": {"type": "string"},
                                "password": {"type": "string"},
                                "otp": {"type": "string"},
                            },
                            "required": ["username", "password"],
                        }
                    }
                }
            },
            "responses": {
                "200": _json({"type": "object", "properties": {"token": {"type": "string"}}}),
                "400": ERR,
                "401": UNAUTHORIZED,
                "403": FORBIDDEN,
                "429": LIMITED,
            },
        },
        "delete": {
            "summary": "Revoke the Bearer token of this request (log the API client out)",
            "description": "Tokens also expire (LOTSE_API_TOKEN_SECONDS, 8 hours by default) "
            "and all of a user's tokens are revoked when their password changes or is reset "
            "and when the account is deactivated.",
            "security": BEARER,
            "responses": {
                "204": {"description": "revoked; the token no longer works"},
                "401": UNAUTHORIZED,
            },
        },
    },
    "/api/v1/cases": {
        "post": {
            "summary": "Open a case (caseworker); one task per service, routed to its office",
            "security": BEARER,
            "requestBody": {"content": {"application/json": {"schema": _ref("CaseCreate")}}},
            "responses": {
                "201": _json(
                    {
                        "type": "object",
                        "properties": {
                            "id": {"type": "integer"},
                            "tasks": {"type": "array", "items": _ref("TaskSummary")},
                            "newcomer_link": {"type": "string"},
                        },
                    },
                    "Created",
                ),
                "400": ERR,
                "401": UNAUTHORIZED,
                "403": FORBIDDEN,
            },
        }
    },
    "/api/v1/cases/{case_id}": {
        "get": {
            "summary": "A case (its caseworker only; 404 for missing and forbidden alike)",
            "security": BEARER,
            "parameters": [CASE_ID],
            "responses": {"200": _json(_ref("Case")), "404": NOT_FOUND},
        }
    },
    "/api/v1/cases/{case_id}/notes": {
        "post": {
            "summary": "Add a note to a case (caseworker) or to one of its tasks (task's office)",
            "security": BEARER,
            "parameters": [CASE_ID],
            "requestBody": {
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {"body": {"type": "string"}, "task": {"type": "integer"}},
                            "required": ["body"],
                        }
                    }
                }
            },
            "responses": {
                "201": _json(
                    {
                        "type": "object",
                        "properties": {
                            "id": {"type": "integer"},
                            "case": {"type": "integer"},
                            "task": {"type": ["integer", "null"]},
                            "at": {"type": "string", "format": "date-time"},
                        },
                        "required": ["id", "case", "at"],
                    },
                    "Created",
                ),
                "400": ERR,
                "403": FORBIDDEN,
                "404": NOT_FOUND,
            },
        }
    },
    "/api/v1/tasks": {
        "get": {
            "summary": "Tasks of the user's office (office roles) or own cases (caseworker)",
            "security": BEARER,
            "parameters": [
                {"name": "office", "in": "query", "schema": {"type": "string"}},
                {"name": "status", "in": "query", "schema": {"type": "string"}},
                {"name": "page", "in": "query", "schema": {"type": "integer"}},
            ],
            "responses": {
                "200": _json(
                    {
                        "type": "object",
                        "properties": {
                            "results": {"type": "array", "items": _ref("TaskSummary")},
                            "count": {"type": "integer"},
                            "page": {"type": "integer"},
                            "pages": {"type": "integer"},
                        },
                    }
                ),
                "400": ERR,
                "404": NOT_FOUND,
            },
        }
    },
    "/api/v1/tasks/{task_id}": {
        "get": {
            "summary": "A task with the case data it needs, its documents, notes and history",
            "security": BEARER,
            "parameters": [TASK_ID],
            "responses": {"200": _json(_ref("TaskSummary")), "404": NOT_FOUND},
        }
    },
    "/api/v1/audit": {
        "get": {
            "summary": "Search the audit log (administrators)",
            "security": BEARER,
            "parameters": [
                {"name": "case", "in": "query", "schema": {"type": "integer"}},
                {"name": "actor", "in": "query", "schema": {"type": "string"}},
                {"name": "action", "in": "query", "schema": {"type": "string"}},
            ],
            "responses": {"200": _json({"type": "object"}), "403": FORBIDDEN},
        }
    },
}


# --- Online applications (lotse/cases/applications, docs/applications.md) ------------------

APPLICATION_ID = {
    "name": "application_id", "in": "path", "required": True, "schema": {"type": "integer"}
}  # fmt: skip
SCHEMAS.update(
    {
        "ApplicationForm": {
            "type": "object",
            "properties": {
                "service": {"type": "string"},
                "version": {"type": "string"},
                "language": {"type": "string"},
                "groups": {"type": "array", "items": {"type": "object"}},
                "fields": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "name": {"type": "string"},
                            "type": {
                                "type": "string",
                                "enum": [
                                    "text", "date", "email", "choice", "boolean", "number",
                                    "country",
                                ],
                            },
                            "label": {"type": "string"},
                            "help": {"type": "string"},
                            "required": {"type": "boolean"},
                            "group": {"type": "string"},
                            "choices": {"type": "array", "items": {"type": "object"}},
                            "when": {"type": "object"},
                            "min": {"type": "number"},
                            "max": {"type": "number"},
                            "pattern": {"type": "string"},
                            "fim_id": {"type": "string"},
                        },
                        "required": ["name", "type", "label", "required"],
                    },
                },
                "documents": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "key": {"type": "string"},
                            "label": {"type": "string"},
                            "required": {"type": "boolean"},
                        },
                        "required": ["key", "label", "required"],
                    },
                },
            },
            "required": ["service", "fields", "documents"],
        },
        "ApplicationCreate": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "service": {"type": "string"},
                "language": {"type": "string"},
                "email": {"type": "string"},
                "answers": {"type": "object"},
                "consent": {"type": "boolean"},
                "documents": {
                    "type": "object",
                    "description": "document key -> base64 content (or send multipart/form-data)",
                },
                "mail_opt_out": {"type": "boolean"},
                "previous_token": {
                    "type": "string",
                    "description": "token of an earlier application: joins its case, reuses documents",
                },
            },
            "required": ["city", "service", "email", "answers", "consent"],
        },
        "ApplicationCreated": {
            "type": "object",
            "properties": {
                "id": {"type": "integer"},
                "token": {"type": "string"},
                "reference": {"type": "string"},
                "status": {"type": "string"},
            },
            "required": ["id", "token", "status"],
        },
        "ApplicationStatus": {
            "type": "object",
            "properties": {
                "id": {"type": "integer"},
                "reference": {"type": "string"},
                "service": {"type": "string"},
                "status": {
                    "type": "string",
                    "enum": [
                        "submitted", "in_progress", "documents_requested", "approved",
                        "refused", "done", "cancelled",
                    ],
                },
                "decision": {"type": ["string", "null"]},
                "tasks": {"type": "array", "items": {"type": "object"}},
                "requested_documents": {"type": "array", "items": {"type": "object"}},
                "missing": {"type": "array", "items": {"type": "object"}},
                "history": {"type": "array", "items": {"type": "object"}},
            },
            "required": ["id", "status", "history", "requested_documents"],
        },
    }
)  # fmt: skip
PATHS.update(
    {
        "/api/v1/cities/{city}/services/{key}/form": {
            "get": {
                "summary": "The online application form of a service (fields, documents)",
                "parameters": [
                    {"name": "city", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "key", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "lang", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": _json(_ref("ApplicationForm")), "400": ERR, "404": NOT_FOUND
                },
            }
        },
        "/api/v1/applications": {
            "post": {
                "summary": "Submit an application (Idempotency-Key header: a retry gives the same)",
                "parameters": [
                    {"name": "Idempotency-Key", "in": "header", "schema": {"type": "string"}}
                ],
                "requestBody": {
                    "content": {"application/json": {"schema": _ref("ApplicationCreate")}}
                },
                "responses": {
                    "201": _json(_ref("ApplicationCreated"), "Created"),
                    "200": _json(_ref("ApplicationCreated"), "The same retry"),
                    "400": ERR, "404": NOT_FOUND, "429": LIMITED,
                },
            }
        },
        "/api/v1/applications/{application_id}": {
            "get": {
                "summary": "The status of an application (header X-Application-Token)",
                "parameters": [
                    APPLICATION_ID,
                    {"name": "X-Application-Token", "in": "header", "required": True,
                     "schema": {"type": "string"}},
                ],
                "responses": {"200": _json(_ref("ApplicationStatus")), "404": NOT_FOUND},
            }
        },
    }
)  # fmt: skip

# The API upload of a requested document (lotse/cases/applications/openapi.py).
from lotse.cases.applications import openapi as _applications  # noqa: E402

SCHEMAS.update(_applications.SCHEMAS)
PATHS.update(_applications.paths(err=ERR, not_found=NOT_FOUND, ref=_ref, json=_json))
