"""Request plumbing shared by every app's views and API: the JSON body, the client, the base URL."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.http import HttpRequest

from lotse.core.errors import ApiError, InvalidInput
from lotse.core.text import has_lone_surrogate

DEFAULT_MAX_BODY_BYTES = 64 * 1024
# Deeper JSON than this is refused before it is walked (no recursion limits reached).
MAX_JSON_DEPTH = 20


def _depth_ok(text: str) -> bool:
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return False
        elif ch in "]}":
            depth -= 1
    return True


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _unstorable(value: Any) -> str | None:
    """Why a JSON value cannot be stored (NUL: PostgreSQL refuses it; lone surrogates: no
    UTF-8 encoding), looking into nested lists and objects; None when all is well."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return "contains a NUL character"
            if has_lone_surrogate(item):
                return "contains an invalid character (lone surrogate)"
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def json_body(
    request: HttpRequest, *, max_bytes: int = DEFAULT_MAX_BODY_BYTES, field: str = "body"
) -> dict[str, Any]:
    """The request body as a JSON object; 413 when too large, 400 naming `field` otherwise."""
    raw = request.body
    if len(raw) > max_bytes:
        raise ApiError(status=413, code="too_large", message="The request body is too large.")
    try:
        text = raw.decode("utf-8") if raw else "null"
        if not _depth_ok(text):
            raise ValueError("nested too deeply")
        data = json.loads(text, parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidInput(
            {field: "not valid JSON"}, code="invalid_json", message="The body must be JSON."
        ) from exc
    if not isinstance(data, dict):
        raise InvalidInput(
            {field: "not an object"}, code="invalid_json", message="The body must be a JSON object."
        )
    problems: dict[str, str] = {}
    for key, value in data.items():
        problem = _unstorable(key) or _unstorable(value)
        if problem:
            name = key if not has_lone_surrogate(key) and "\x00" not in key else field
            problems[name[:64]] = problem
    if problems:
        raise InvalidInput(problems)
    return data


# Dates outside this range are refused where people type them: date arithmetic near the ends of
# Python's calendar (year 1, year 9999) overflows, and no appointment or plan lies there.
MIN_DATE = dt.date(1900, 1, 1)
MAX_DATE = dt.date(2199, 12, 31)


def date_parse(value: str, *, field: str) -> dt.date:
    """A YYYY-MM-DD date between MIN_DATE and MAX_DATE, else InvalidInput naming `field`."""
    try:
        day = dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidInput({field: "must be a date YYYY-MM-DD"}) from None
    if not MIN_DATE <= day <= MAX_DATE:
        raise InvalidInput(
            {field: f"must lie between {MIN_DATE.isoformat()} and {MAX_DATE.isoformat()}"}
        )
    return day


def client_address(request: HttpRequest) -> str:
    """The client's address: the socket's, or nginx's X-Real-IP where the ops middleware
    replaced REMOTE_ADDR behind a trusted proxy. Forwarded headers are never read here."""
    return str(request.META.get("REMOTE_ADDR") or "")


def base_url(request: HttpRequest) -> str:
    """Scheme and host of this request, for links in mails and calendar files."""
    return request.build_absolute_uri("/").rstrip("/")
