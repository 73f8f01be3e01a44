"""Security headers for every response, JSON errors for every API failure, HEAD wherever GET is
answered, and `Cache-Control: no-store` on every response that carries personal data."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.http.response import HttpResponseBase
from django.utils.cache import add_never_cache_headers

from lotse.core.api import ApiError, error_response
from lotse.core.errors import NotAllowed, NotFound

logger = logging.getLogger(__name__)


class SecurityHeadersMiddleware:
    """Adds the content security policy and a permissions policy to every response."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path.startswith("/admin/"):
            response.headers.setdefault("Content-Security-Policy", settings.LOTSE_CSP)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(self), microphone=(self), geolocation=()"
        )
        return response


class ApiErrorMiddleware:
    """Under /api/ every exception becomes the contract's JSON error, never an HTML page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not request.path.startswith("/api/"):
            # On pages the shared error types take Django's own shape: a missing (or not
            # visible) object is the 404 page, a refused action the 403 page.
            if isinstance(exception, NotFound):
                raise Http404(exception.message) from exception
            if isinstance(exception, NotAllowed):
                raise PermissionDenied(exception.message) from exception
            return None
        if isinstance(exception, ApiError):
            response = error_response(
                status=exception.status,
                code=exception.code,
                message=exception.message,
                fields=exception.fields,
            )
            for name, value in exception.headers.items():
                response.headers[name] = value
            return response
        if isinstance(exception, Http404):
            return error_response(
                status=404, code="not_found", message=str(exception) or "Not found."
            )
        if isinstance(exception, PermissionDenied):
            return error_response(status=403, code="forbidden", message="Not allowed.")
        if isinstance(exception, SuspiciousOperation):
            return error_response(status=400, code="bad_request", message="Bad request.")
        logger.exception("Unhandled error in API view %s", request.path)
        return error_response(
            status=500, code="internal_error", message="Something went wrong on our side."
        )


class HeadAsGetMiddleware:
    """HEAD is answered wherever GET is (RFC 9110): the request runs as a GET and the body is
    dropped, keeping the headers (Content-Length included). Views decorated with
    `require_GET` would otherwise refuse HEAD."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.method != "HEAD":
            return self.get_response(request)
        request.method = "GET"
        try:
            response = self.get_response(request)
        finally:
            request.method = "HEAD"
        if response.streaming:
            close = getattr(response, "close", None)
            response.streaming_content = []  # type: ignore[attr-defined]
            if close is not None:
                close()
        else:
            length = len(response.content)  # type: ignore[attr-defined]
            response.content = b""  # type: ignore[attr-defined]
            response.headers["Content-Length"] = str(length)
        return response


def _allow_with_head(allow: str) -> str:
    methods = [m.strip().upper() for m in allow.split(",") if m.strip()]
    if "GET" in methods and "HEAD" not in methods:
        methods.append("HEAD")
    return ", ".join(methods)


class ApiMethodMiddleware:
    """Under /api/ a method a route does not take is a JSON 405 naming the allowed methods in
    `Allow` (Django's `require_*` decorators answer with an empty HTML 405)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if response.status_code != 405 or not request.path.startswith("/api/"):
            return response
        allow = _allow_with_head(response.headers.get("Allow", ""))
        if response.headers.get("Content-Type", "").startswith("application/json"):
            if allow:
                response.headers["Allow"] = allow
            return response
        json_405 = error_response(
            status=405,
            code="method_not_allowed",
            message=f"This endpoint does not take {request.method}; allowed: {allow or 'none'}.",
            fields={"method": f"one of: {allow}" if allow else "not allowed"},
        )
        json_405.headers["Allow"] = allow
        return json_405


# API routes (url names in the "api" namespace) without personal data: these may be cached.
# Every other API route, a new one included, is sent with no-store.
PUBLIC_API_ROUTES = frozenset(
    {
        "openapi",
        "cities",
        "services",
        "service",
        "service_form",
        "offices",
        "office",
        "search",
        "partnerships",
        "projects",
        "project",
        "attractions",
        "appointment_types",
        "appointment_stats",
        "slots",
        "booking_challenge",
    }
)
# Portal pages with personal data: whole apps (staff and private-link pages) and single routes.
PRIVATE_PAGE_NAMESPACES = frozenset({"cases", "applications"})
PRIVATE_PAGE_ROUTES = frozenset(
    {
        "plans:plan",
        "plans:calendar",
        "appointments:sent",
        "appointments:manage",
        "appointments:confirm",
        "appointments:cancel",
        "appointments:reschedule",
        "appointments:ics",
        "appointments:booking_video",
        "appointments:wait",
        "appointments:wait_status",
        "appointments:wait_leave",
        "international:staff",
    }
)


def carries_personal_data(request: HttpRequest) -> bool:
    """Whether the response to this request may hold personal data (and must not be stored)."""
    match = getattr(request, "resolver_match", None)
    if request.path.startswith("/api/"):
        if match is None or "api" not in match.namespaces:
            return False  # unknown endpoint: a JSON 404, nothing personal
        return match.url_name not in PUBLIC_API_ROUTES
    if match is None:
        return False
    if PRIVATE_PAGE_NAMESPACES.intersection(match.namespaces):
        return True
    name = match.url_name or ""
    return match.view_name in PRIVATE_PAGE_ROUTES or name.startswith("staff")


class NoStoreMiddleware:
    """`Cache-Control: no-store` (and private, no-cache) on responses with personal data, so
    that neither a shared proxy nor the browser's cache keeps a case, a plan or a booking."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if carries_personal_data(request):
            add_never_cache_headers(response)
        return response


# Free-text parameters whose view removes control characters itself (the search question).
NUL_TOLERANT_PARAMETERS = frozenset({"q"})


def _nul_field(data: object) -> str | None:
    for key, values in data.lists():  # type: ignore[attr-defined]
        if "\x00" in key:
            return "parameter name"
        if key in NUL_TOLERANT_PARAMETERS:
            continue
        if any(isinstance(v, str) and "\x00" in v for v in values):
            return key[:64]
    return None


class NulRefusalMiddleware:
    """A NUL character in a query parameter or a form field is refused with a 400 naming it:
    PostgreSQL cannot store or compare NUL, so it would otherwise surface as a 500 wherever
    the value reaches a query (a search, a login name)."""

    FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        field = _nul_field(request.GET)
        if field is None and request.method == "POST" and request.content_type in self.FORM_TYPES:
            try:
                field = _nul_field(request.POST)
            except MultiPartParserError:
                field = None  # a broken form body is the view's to refuse, in its own shape
        if field is None:
            return self.get_response(request)
        if request.path.startswith("/api/"):
            return error_response(
                status=400,
                code="invalid_input",
                message=f"Please check: {field}.",
                fields={field: "contains a NUL character"},
            )
        return HttpResponse(
            "Bad request: a field contains a NUL character.\n",
            status=400,
            content_type="text/plain; charset=utf-8",
        )
