"""Shared pieces of the JSON API: the error shape and small request helpers."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, JsonResponse

from lotse.core.errors import ApiError, InvalidInput, NotFound

__all__ = ["ApiError", "error_response", "json_response", "not_found", "query_param"]


def error_response(
    *, status: int, code: str, message: str, fields: dict[str, str] | None = None
) -> JsonResponse:
    return JsonResponse(
        {"error": {"code": code, "message": message, "fields": fields or {}}}, status=status
    )


def json_response(data: Any, *, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, safe=False, json_dumps_params={"ensure_ascii": False})


def not_found(what: str, value: str) -> ApiError:
    """The 404 for an unknown city, service, office …, naming what was not found."""
    return NotFound(what, value)


def query_param(request: HttpRequest, name: str, *, max_length: int = 200) -> str | None:
    value = request.GET.get(name)
    if value is None:
        return None
    if len(value) > max_length:
        raise InvalidInput(
            {name: "too long"},
            code="invalid_parameter",
            message=f"Parameter {name!r} is longer than {max_length} characters.",
        )
    return value
