"""Core views: the CSRF failure answer, JSON under /api/ and Django's page elsewhere."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views import csrf

from lotse.core.api import error_response


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """CSRF_FAILURE_VIEW: the contract's JSON error under /api/ (never Django's HTML page)."""
    if request.path.startswith("/api/"):
        return error_response(
            status=403,
            code="csrf_failed",
            message="This request needs no cookies: send the API token in the Authorization "
            "header instead.",
            fields={"Cookie": "a cookie-authenticated API request needs a CSRF token"},
        )
    return csrf.csrf_failure(request, reason=reason)
