"""Security headers for every response, and JSON errors for every API failure."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse

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
