"""Request plumbing shared by every app's views and API: the JSON body, the client, the base URL."""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest

from lotse.core.errors import ApiError, InvalidInput

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
    return data


def client_address(request: HttpRequest) -> str:
    """The client's address: the socket's, or nginx's X-Real-IP where the ops middleware
    replaced REMOTE_ADDR behind a trusted proxy. Forwarded headers are never read here."""
    return str(request.META.get("REMOTE_ADDR") or "")


def base_url(request: HttpRequest) -> str:
    """Scheme and host of this request, for links in mails and calendar files."""
    return request.build_absolute_uri("/").rstrip("/")
