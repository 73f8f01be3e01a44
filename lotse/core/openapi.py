"""The OpenAPI document at /api/v1/openapi.json, assembled from each app's `openapi` module."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

API_MODULES = [
    "lotse.catalog.openapi",
    "lotse.ask.openapi",
    "lotse.plans.openapi",
    "lotse.international.openapi",
    "lotse.appointments.openapi",
    "lotse.cases.openapi",
]

ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "fields": {"type": "object", "additionalProperties": {"type": "string"}},
            },
            "required": ["code", "message", "fields"],
        }
    },
    "required": ["error"],
}


def build_spec() -> dict[str, Any]:
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {"Error": ERROR_SCHEMA}
    for name in API_MODULES:
        module = import_module(name)
        paths.update(module.PATHS)
        schemas.update(getattr(module, "SCHEMAS", {}))
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    for operations in paths.values():
        for operation in operations.values():
            # Every route that needs a token answers 401 without a valid one.
            if isinstance(operation, dict) and operation.get("security"):
                operation.setdefault("responses", {}).setdefault(
                    "401", {"description": "missing, invalid or expired token", **error}
                )
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Lotse API",
            "version": "1.0.0",
            "description": "Stable HTTP contract of Lotse, the digital Welcome Center.",
        },
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {
            "securitySchemes": {
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "POST /api/v1/auth/token; revoke with DELETE.",
                }
            },
            "schemas": schemas,
            "responses": {
                "NotFound": {"description": "Not found; the message says what", **error},
                "BadRequest": {"description": "Invalid input; fields name the problems", **error},
            },
        },
    }


@require_GET
def openapi_json(request: HttpRequest) -> JsonResponse:
    return JsonResponse(build_spec(), json_dumps_params={"ensure_ascii": False})
