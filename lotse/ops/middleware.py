"""Ops middlewares: client address behind nginx, request id + metrics + access log, DB-down 503."""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import re
import time
import uuid
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from lotse.ops.logs import request_id_var
from lotse.ops.metrics import request_observe, route_label
from lotse.ops.unavailable import DATABASE_ERRORS, unavailable_response

access_logger = logging.getLogger("lotse.access")

SANE_REQUEST_ID = re.compile(r"^[A-Za-z0-9-]{1,64}$")
# Probes and scrapes every few seconds would drown the access log; they still count in metrics.
QUIET_ROUTES = frozenset({"healthz", "readyz", "metrics"})


class ProxyRemoteAddrMiddleware:
    """With LOTSE_BEHIND_PROXY=1 the client address is nginx's X-Real-IP, else untouched.

    Only behind our own proxy: anyone can send the header, and only nginx overwrites it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if getattr(settings, "LOTSE_BEHIND_PROXY", False):
            real_ip = request.META.get("HTTP_X_REAL_IP", "").strip()
            # A malformed header (a list, a name) is ignored rather than trusted in part.
            with contextlib.suppress(ValueError):
                request.META["REMOTE_ADDR"] = str(ipaddress.ip_address(real_ip))
        return self.get_response(request)


class RequestObservabilityMiddleware:
    """Request id (in and out), the request metrics and one access-log line per request."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        request_id = incoming if SANE_REQUEST_ID.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id  # type: ignore[attr-defined]
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            seconds = time.perf_counter() - started
            route = route_label(request)
            request_observe(
                method=request.method or "", route=route, status=response.status_code,
                seconds=seconds,
            )  # fmt: skip
            response.headers["X-Request-ID"] = request_id
            match = getattr(request, "resolver_match", None)
            quiet = match is not None and match.url_name in QUIET_ROUTES
            access_logger.log(
                logging.DEBUG if quiet else logging.INFO,
                "%s %s %s %.1fms",
                request.method,
                route,
                response.status_code,
                seconds * 1000,
                extra={
                    "method": request.method,
                    "route": route,
                    "status": response.status_code,
                    "duration_ms": round(seconds * 1000, 1),
                },
            )
            return response
        finally:
            request_id_var.reset(token)


class DatabaseUnavailableMiddleware:
    """A view that loses the database answers 503 with Retry-After, logged as one warning.

    Last in MIDDLEWARE, so its process_exception runs before the generic API error handler.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, DATABASE_ERRORS):
            return unavailable_response(request, exception)
        return None
