"""Shared pieces of the JSON API: the error shape and small request helpers."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, JsonResponse


class ApiError(Exception):
    """Raised by API views for any client error; rendered as the contract's error JSON."""

    def __init__(
        self,
        *,
        status: int,
        code: str,
        message: str,
        fields: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.fields = fields or {}


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
    return ApiError(
        status=404,
        code=f"{what}_not_found",
        message=f"No {what} {value[:80]!r} was found.",
        fields={what: f"unknown {what}"},
    )


def query_param(request: HttpRequest, name: str, *, max_length: int = 200) -> str | None:
    value = request.GET.get(name)
    if value is None:
        return None
    if len(value) > max_length:
        raise ApiError(
            status=400,
            code="invalid_parameter",
            message=f"Parameter {name!r} is longer than {max_length} characters.",
            fields={name: "too long"},
        )
    return value
