"""The answer while the database is unreachable: 503, Retry-After, no template, no query."""

from __future__ import annotations

import logging

from django.db.utils import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse

from lotse.core.api import error_response
from lotse.ops.metrics import route_label

logger = logging.getLogger("lotse.ops")

DATABASE_ERRORS: tuple[type[Exception], ...] = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 5

# Plain HTML on purpose: templates and context processors may touch the database (the user,
# the city nav), and this page must render when it cannot. No inline style (the CSP).
_PAGE = b"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lotse: temporarily unavailable</title></head>
<body><main>
<h1>Temporarily unavailable</h1>
<p>Lotse cannot answer right now. Nothing you sent was lost half-way: please try again in a
few seconds.</p>
<p lang="de">Lotse ist gerade nicht erreichbar. Bitte versuchen Sie es in ein paar Sekunden
noch einmal.</p>
</main></body>
</html>
"""


def unavailable_response(request: HttpRequest, exception: BaseException) -> HttpResponse:
    """503 in the API's error format under /api/, a small static page elsewhere."""
    # One line, no traceback: an outage makes thousands of these and the cause is known.
    first_line = str(exception).strip().splitlines()[0][:200] if str(exception).strip() else ""
    logger.warning(
        "database unavailable: %s %s (%s: %s)",
        request.method,
        route_label(request),
        type(exception).__name__,
        first_line,
        extra={"event": "database_unavailable", "error": type(exception).__name__},
    )
    response: HttpResponse
    if request.path.startswith("/api/"):
        response = error_response(
            status=503,
            code="unavailable",
            message="The service is temporarily unavailable. Please retry shortly.",
        )
    else:
        response = HttpResponse(_PAGE, status=503, content_type="text/html; charset=utf-8")
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response.headers["Cache-Control"] = "no-store"
    # Django would log this 503 again, with the traceback, as an error (django.request).
    response._has_been_logged = True  # type: ignore[attr-defined]
    return response
