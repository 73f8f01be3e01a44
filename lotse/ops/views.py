"""Liveness, readiness and metrics endpoints, and the 500 handler that knows DB outages."""

from __future__ import annotations

import logging
import sys

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from lotse.ops import selectors
from lotse.ops.metrics import CONTENT_TYPE, metrics_render
from lotse.ops.unavailable import DATABASE_ERRORS, unavailable_response
from lotse.portal import views as portal_views

logger = logging.getLogger("lotse.ops")

LOCAL_ADDRESSES = frozenset({"127.0.0.1", "::1", "::ffff:127.0.0.1"})


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness: this process answers. No database, so an outage does not restart workers."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def readyz(request: HttpRequest) -> JsonResponse:
    """Readiness: the database answers and has every migration the code expects."""
    checks: dict[str, str] = {}
    try:
        selectors.database_ping()
    except Exception as exc:
        checks["database"] = f"failed: {type(exc).__name__}"
        checks["migrations"] = "skipped"
    else:
        checks["database"] = "ok"
        try:
            pending = selectors.migrations_pending()
        except Exception as exc:
            checks["migrations"] = f"failed: {type(exc).__name__}"
        else:
            checks["migrations"] = "ok" if not pending else f"failed: {len(pending)} unapplied"
    failing = [name for name, result in checks.items() if result != "ok" and result != "skipped"]
    if failing:
        logger.warning("not ready: %s", ", ".join(failing), extra={"checks": checks})
        response = JsonResponse(
            {"status": "unavailable", "failing": failing, "checks": checks}, status=503
        )
        response.headers["Retry-After"] = "5"
        # Logged above as one warning; Django would add an error line for every probe.
        response._has_been_logged = True  # type: ignore[attr-defined]
        return response
    return JsonResponse({"status": "ok", "checks": checks})


@never_cache
@require_GET
def metrics(request: HttpRequest) -> HttpResponse:
    """Prometheus text format, for local scrapers only (nginx restricts it as well)."""
    if request.META.get("REMOTE_ADDR", "") not in LOCAL_ADDRESSES:
        return HttpResponse("Forbidden\n", status=403, content_type="text/plain")
    return HttpResponse(metrics_render(), content_type=CONTENT_TYPE)


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a lost database anywhere (middleware included) is a 503, not a 500."""
    exception = sys.exc_info()[1]
    if isinstance(exception, DATABASE_ERRORS):
        return unavailable_response(request, exception)
    return portal_views.server_error(request)
