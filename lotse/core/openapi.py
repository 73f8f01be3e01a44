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


# --- Building blocks for the apps' `openapi` modules -------------------------------------------
# Each app describes its routes with these, so a parameter, a JSON answer or an error looks the
# same everywhere and is written once.

STR: dict[str, Any] = {"type": "string"}
INT: dict[str, Any] = {"type": "integer"}
NUM: dict[str, Any] = {"type": "number"}
BOOL: dict[str, Any] = {"type": "boolean"}
OBJ: dict[str, Any] = {"type": "object"}
BEARER: list[dict[str, list[str]]] = [{"bearer": []}]


def ref(name: str) -> dict[str, str]:
    """A schema of `components/schemas`."""
    return {"$ref": f"#/components/schemas/{name}"}


def _response(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/responses/{name}"}


BAD_REQUEST = _response("BadRequest")
NOT_FOUND = _response("NotFound")
UNAUTHORIZED = _response("Unauthorized")
FORBIDDEN = _response("Forbidden")
LIMITED = _response("Limited")
CONFLICT = _response("Conflict")


def string(**keywords: Any) -> dict[str, Any]:
    """A string schema with more keywords (format, enum, maxLength, description, …)."""
    return {"type": "string", **keywords}


def integer(**keywords: Any) -> dict[str, Any]:
    return {"type": "integer", **keywords}


def array(items: dict[str, Any], **keywords: Any) -> dict[str, Any]:
    return {"type": "array", "items": items, **keywords}


def obj(
    properties: dict[str, Any], required: list[str] | None = None, **keywords: Any
) -> dict[str, Any]:
    """An object schema; `required` names the properties that are always there."""
    schema: dict[str, Any] = {"type": "object", "properties": properties, **keywords}
    if required is not None:
        schema["required"] = required
    return schema


def param(name: str, where: str, schema: dict[str, Any], **keywords: Any) -> dict[str, Any]:
    return {"name": name, "in": where, "schema": schema, **keywords}


def path_param(name: str, schema: dict[str, Any] = STR, **keywords: Any) -> dict[str, Any]:
    return param(name, "path", schema, required=True, **keywords)


def query(name: str, schema: dict[str, Any] = STR, **keywords: Any) -> dict[str, Any]:
    return param(name, "query", schema, **keywords)


def header(name: str, schema: dict[str, Any] = STR, **keywords: Any) -> dict[str, Any]:
    return param(name, "header", schema, **keywords)


def content(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def body(schema: dict[str, Any], **keywords: Any) -> dict[str, Any]:
    """A JSON request body."""
    return {**content(schema), **keywords}


def ok(description: str, schema: dict[str, Any], **keywords: Any) -> dict[str, Any]:
    """A JSON answer."""
    return {"description": description, **content(schema), **keywords}


RETRY_AFTER = {"Retry-After": {"schema": INT}}


def error(description: str, retry_after: bool = False) -> dict[str, Any]:
    """An error answer with the common error body (and the Retry-After header for limits)."""
    answer = ok(description, ref("Error"))
    if retry_after:
        answer["headers"] = RETRY_AFTER
    return answer


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
