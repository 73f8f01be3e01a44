"""Shared pieces of the JSON API: the error shape and small request helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterable
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


def json_response(
    data: Any, *, status: int = 200, after: Iterable[Callable[[], None]] = ()
) -> JsonResponse:
    """`data` as JSON; `after`: work for once the response is sent (see `_ThenWork`)."""
    work = list(after)
    params: dict[str, Any] = {
        "status": status,
        "safe": False,
        "json_dumps_params": {"ensure_ascii": False},
    }
    return _ThenWork(data, work=work, **params) if work else JsonResponse(data, **params)


class _ThenWork(JsonResponse):
    """A JSON response that does some work after its bytes are sent, so its client does not
    wait for it: the WSGI server (gunicorn), Django's ASGI handler and its test client call
    `close()` once the body is written, before the request's end closes its database
    connections. For work whose result the response does not hold, such as keeping it in a
    cache; each piece handles its own failure (the response is sent already)."""

    def __init__(self, data: Any, *, work: list[Callable[[], None]], **kwargs: Any) -> None:
        super().__init__(data, **kwargs)
        self.lotse_work = work

    def close(self) -> None:
        work, self.lotse_work = self.lotse_work, []
        try:
            for piece in work:
                piece()
        finally:
            super().close()


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
