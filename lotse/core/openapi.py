"""The OpenAPI document at /api/v1/openapi.json, assembled from each app's `openapi` module.

Core names no app: every installed app that has an `openapi` module with `PATHS` (and
optionally `SCHEMAS`) contributes, in INSTALLED_APPS order.
"""

from __future__ import annotations

import functools
from importlib import import_module
from importlib.util import find_spec
from types import ModuleType
from typing import Any

from django.apps import apps
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET


def api_modules() -> list[ModuleType]:
    """The `openapi` modules of the installed apps (discovered, not listed here)."""
    found = []
    for config in apps.get_app_configs():
        name = f"{config.name}.openapi"
        if find_spec(name) is not None:
            module = import_module(name)
            if hasattr(module, "PATHS"):
                found.append(module)
    return found


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


@functools.cache
def build_spec() -> dict[str, Any]:
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {"Error": ERROR_SCHEMA}
    for module in api_modules():
        paths.update(module.PATHS)
        schemas.update(getattr(module, "SCHEMAS", {}))
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    for operations in paths.values():
        for operation in operations.values():
            if not isinstance(operation, dict):
                continue
            responses = operation.setdefault("responses", {})
            # Any route refuses bad input (e.g. a NUL in a parameter) with a 400 naming it.
            responses.setdefault("400", {"$ref": "#/components/responses/BadRequest"})
            # Every route that needs a token answers 401 without a valid one.
            if operation.get("security"):
                responses.setdefault("401", {"$ref": "#/components/responses/Unauthorized"})
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
                "Unauthorized": {"description": "No valid credentials or token", **error},
                "Forbidden": {"description": "The caller may not do this", **error},
                "Limited": {"description": "Rate or fairness limit; see Retry-After", **error},
                "Conflict": {"description": "The request conflicts with the state", **error},
            },
        },
    }


@require_GET
def openapi_json(request: HttpRequest) -> JsonResponse:
    return JsonResponse(build_spec(), json_dumps_params={"ensure_ascii": False})
