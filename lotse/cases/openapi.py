"""OpenAPI description of the cases endpoints."""

from typing import Any

from lotse.cases.applications.openapi import APPLICATION_PARAMETERS
from lotse.core import openapi as oa

_CASE_ID = oa.path_param("case_id", oa.INT)

SCHEMAS: dict[str, Any] = {
    "TaskSummary": oa.obj(
        {
            "id": oa.INT,
            "case": oa.INT,
            "service": oa.STR,
            "office": oa.STR,
            "status": oa.string(enum=["new", "in_progress", "waiting", "done", "cancelled"]),
            "due": {"type": ["string", "null"], "format": "date"},
            "member": {
                "type": ["object", "null"],
                "description": "the household member the task is for (absent: the main person)",
                "properties": {"id": oa.INT, "name": oa.STR},
            },
        },
        required=["id", "service", "office", "status"],
    ),
    "MemberCreate": oa.obj(
        {
            "name": oa.string(maxLength=200),
            "birth_date": {"type": ["string", "null"], "format": "date"},
            "nationality": oa.string(description="ISO 3166-1 alpha-2"),
            "relation": oa.string(enum=["spouse", "child", "parent", "other"]),
            "services": oa.array(oa.STR),
        },
        required=["name"],
    ),
    "CaseCreate": oa.obj(
        {
            "city": oa.STR,
            "name": oa.string(maxLength=200),
            "email": oa.STR,
            "language": oa.STR,
            "consent": {
                "description": "true, or {given: true, text_version}",
                "oneOf": [oa.BOOL, oa.OBJ],
            },
            "services": oa.array(oa.STR),
            "birth_date": {"type": ["string", "null"], "format": "date"},
            "nationality": oa.string(description="ISO 3166-1 alpha-2"),
            "members": oa.array(
                oa.ref("MemberCreate"),
                description="a household: each member's services become tasks of their own",
            ),
            "profile": {"type": "object", "description": "arrival-plan profile (optional)"},
        },
        required=["city", "name", "language", "consent", "services"],
    ),
    "Case": oa.obj(
        {
            "id": oa.INT,
            "city": oa.STR,
            "name": oa.STR,
            "email": oa.STR,
            "language": oa.STR,
            "status": oa.string(enum=["open", "closed"]),
            "consent": oa.OBJ,
            "tasks": oa.array(oa.ref("TaskSummary")),
            "notes": oa.array(oa.OBJ),
        },
        description="The whole case; only for its caseworker.",
    ),
    "ApplicationForm": oa.obj(
        {
            "service": oa.STR,
            "version": oa.STR,
            "language": oa.STR,
            "groups": oa.array(oa.OBJ),
            "fields": oa.array(
                oa.obj(
                    {
                        "name": oa.STR,
                        "type": oa.string(
                            enum=["text", "date", "email", "choice", "boolean", "number", "country"]
                        ),
                        "label": oa.STR,
                        "help": oa.STR,
                        "required": oa.BOOL,
                        "group": oa.STR,
                        "choices": oa.array(oa.OBJ),
                        "when": oa.OBJ,
                        "min": oa.NUM,
                        "max": oa.NUM,
                        "pattern": oa.STR,
                        "fim_id": oa.STR,
                    },
                    required=["name", "type", "label", "required"],
                )
            ),
            "documents": oa.array(
                oa.obj(
                    {"key": oa.STR, "label": oa.STR, "required": oa.BOOL},
                    required=["key", "label", "required"],
                )
            ),
        },
        required=["service", "fields", "documents"],
    ),
    "ApplicationCreate": oa.obj(
        {
            "city": oa.STR,
            "service": oa.STR,
            "language": oa.STR,
            "email": oa.STR,
            "answers": oa.OBJ,
            "consent": oa.BOOL,
            "documents": {
                "type": "object",
                "description": "document key -> base64 content (or send multipart/form-data)",
            },
            "mail_opt_out": oa.BOOL,
            "previous_token": oa.string(
                description="token of an earlier application: joins its case, reuses documents"
            ),
        },
        required=["city", "service", "email", "answers", "consent"],
    ),
    "ApplicationCreated": oa.obj(
        {"id": oa.INT, "token": oa.STR, "reference": oa.STR, "status": oa.STR},
        required=["id", "token", "status"],
    ),
    "ApplicationStatus": oa.obj(
        {
            "id": oa.INT,
            "reference": oa.STR,
            "service": oa.STR,
            "status": oa.string(
                enum=[
                    "submitted",
                    "in_progress",
                    "documents_requested",
                    "approved",
                    "refused",
                    "done",
                    "cancelled",
                ]
            ),
            "decision": {"type": ["string", "null"]},
            "tasks": oa.array(oa.OBJ),
            "requested_documents": oa.array(oa.OBJ),
            "missing": oa.array(oa.OBJ),
            "history": oa.array(oa.OBJ),
            "appointments": oa.array(oa.ref("ApplicationAppointment")),
        },
        required=["id", "status", "history", "requested_documents"],
    ),
}

PATHS: dict[str, Any] = {
    "/api/v1/auth/token": {
        "post": {
            "summary": "Get a bearer token (staff; throttled; otp when two-factor is on)",
            "requestBody": oa.body(
                oa.obj(
                    {"username": oa.STR, "password": oa.STR, "otp": oa.STR},
                    required=["username", "password"],
                )
            ),
            "responses": {
                "200": oa.ok("OK", oa.obj({"token": oa.STR})),
                "400": oa.BAD_REQUEST,
                "401": oa.UNAUTHORIZED,
                "403": oa.FORBIDDEN,
                "429": oa.LIMITED,
            },
        },
        "delete": {
            "summary": "Revoke the Bearer token of this request (log the API client out)",
            "description": "Tokens also expire (LOTSE_API_TOKEN_SECONDS, 8 hours by default) and all of a user's tokens are revoked when their password changes or is reset and when the account is deactivated.",
            "security": oa.BEARER,
            "responses": {
                "204": {"description": "revoked; the token no longer works"},
                "401": oa.UNAUTHORIZED,
            },
        },
    },
    "/api/v1/cases": {
        "post": {
            "summary": "Open a case (caseworker); one task per service, routed to its office",
            "security": oa.BEARER,
            "requestBody": oa.body(oa.ref("CaseCreate")),
            "responses": {
                "201": oa.ok(
                    "Created",
                    oa.obj(
                        {
                            "id": oa.INT,
                            "tasks": oa.array(oa.ref("TaskSummary")),
                            "newcomer_link": oa.STR,
                            "reference": oa.STR,
                            "mailed": {
                                "type": "boolean",
                                "description": "the private link was queued as a mail",
                            },
                            "possible_duplicates": oa.array(
                                oa.INT,
                                description="ids of cases of the city with the same name, "
                                "e-mail and (where known) date of birth",
                            ),
                        }
                    ),
                ),
                "400": oa.BAD_REQUEST,
                "401": oa.UNAUTHORIZED,
                "403": oa.FORBIDDEN,
            },
        }
    },
    "/api/v1/cases/{case_id}": {
        "get": {
            "summary": "A case (its caseworker only; 404 for missing and forbidden alike)",
            "security": oa.BEARER,
            "parameters": [_CASE_ID],
            "responses": {"200": oa.ok("OK", oa.ref("Case")), "404": oa.NOT_FOUND},
        }
    },
    "/api/v1/cases/{case_id}/notes": {
        "post": {
            "summary": "Add a note to a case (caseworker) or to one of its tasks (task's office)",
            "security": oa.BEARER,
            "parameters": [_CASE_ID],
            "requestBody": oa.body(oa.obj({"body": oa.STR, "task": oa.INT}, required=["body"])),
            "responses": {
                "201": oa.ok(
                    "Created",
                    oa.obj(
                        {
                            "id": oa.INT,
                            "case": oa.INT,
                            "task": {"type": ["integer", "null"]},
                            "at": oa.string(format="date-time"),
                        },
                        required=["id", "case", "at"],
                    ),
                ),
                "400": oa.BAD_REQUEST,
                "403": oa.FORBIDDEN,
                "404": oa.NOT_FOUND,
            },
        }
    },
    "/api/v1/tasks": {
        "get": {
            "summary": "Tasks of the user's office (office roles) or own cases (caseworker)",
            "security": oa.BEARER,
            "parameters": [oa.query("office"), oa.query("status"), oa.query("page", oa.INT)],
            "responses": {
                "200": oa.ok(
                    "OK",
                    oa.obj(
                        {
                            "results": oa.array(oa.ref("TaskSummary")),
                            "count": oa.INT,
                            "page": oa.INT,
                            "pages": oa.INT,
                        }
                    ),
                ),
                "400": oa.BAD_REQUEST,
                "404": oa.NOT_FOUND,
            },
        }
    },
    "/api/v1/tasks/{task_id}": {
        "get": {
            "summary": "A task with the case data it needs, its documents, notes and history",
            "security": oa.BEARER,
            "parameters": [oa.path_param("task_id", oa.INT)],
            "responses": {"200": oa.ok("OK", oa.ref("TaskSummary")), "404": oa.NOT_FOUND},
        }
    },
    "/api/v1/audit": {
        "get": {
            "summary": "Search the audit log (administrators)",
            "security": oa.BEARER,
            "parameters": [oa.query("case", oa.INT), oa.query("actor"), oa.query("action")],
            "responses": {"200": oa.ok("OK", oa.OBJ), "403": oa.FORBIDDEN},
        }
    },
    "/api/v1/cities/{city}/services/{key}/form": {
        "get": {
            "summary": "The online application form of a service (fields, documents)",
            "parameters": [oa.path_param("city"), oa.path_param("key"), oa.query("lang")],
            "responses": {
                "200": oa.ok("OK", oa.ref("ApplicationForm")),
                "400": oa.BAD_REQUEST,
                "404": oa.NOT_FOUND,
            },
        }
    },
    "/api/v1/applications": {
        "post": {
            "summary": "Submit an application (Idempotency-Key header: a retry gives the same)",
            "parameters": [oa.header("Idempotency-Key")],
            "requestBody": oa.body(oa.ref("ApplicationCreate")),
            "responses": {
                "201": oa.ok("Created", oa.ref("ApplicationCreated")),
                "200": oa.ok("The same retry", oa.ref("ApplicationCreated")),
                "400": oa.BAD_REQUEST,
                "404": oa.NOT_FOUND,
                "429": oa.LIMITED,
            },
        }
    },
    "/api/v1/applications/{application_id}": {
        "get": {
            "summary": "The status of an application (header X-Application-Token)",
            "parameters": APPLICATION_PARAMETERS,
            "responses": {"200": oa.ok("OK", oa.ref("ApplicationStatus")), "404": oa.NOT_FOUND},
        }
    },
}

# The API upload of a requested document (lotse/cases/applications/openapi.py).
from lotse.cases.applications import openapi as _applications  # noqa: E402

SCHEMAS.update(_applications.SCHEMAS)
PATHS.update(_applications.PATHS)
