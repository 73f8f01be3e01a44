"""Prometheus metrics: request counters and latency per route, and gauges read at scrape time.

Under gunicorn every worker is its own process, so with PROMETHEUS_MULTIPROC_DIR set the
counters live in shared files (prometheus_client's multiprocess mode) and a scrape from any
worker sums them all. Importing this module must stay cheap and model-free: gunicorn's
configuration imports it in the master for `child_exit`.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.http import HttpRequest
from prometheus_client import (
    CollectorRegistry,
    Counter,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

if TYPE_CHECKING:
    from lotse.ops.selectors import OpsSnapshot

logger = logging.getLogger(__name__)

_LANGUAGE_PREFIX = re.compile(r"^[a-z]{2,3}(?:-[a-z]{2,4})?/")

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

# The *_created series double the output and no dashboard of ours reads them.
disable_created_metrics()

# Counters and histograms of this process (ignored in multiprocess mode, which reads files).
APP_REGISTRY = CollectorRegistry()

REQUESTS = Counter(
    "lotse_http_requests_total",
    "HTTP requests answered, by method, URL pattern and status.",
    ["method", "route", "status"],
    registry=APP_REGISTRY,
)
LATENCY = Histogram(
    "lotse_http_request_duration_seconds",
    "Time from the request entering Django to the response leaving it.",
    ["method", "route"],
    registry=APP_REGISTRY,
)


def multiproc_dir() -> str:
    return os.environ.get("PROMETHEUS_MULTIPROC_DIR", "")


def route_label(request: HttpRequest) -> str:
    """The URL pattern that answered, never the path: bounded label values, no personal data."""
    match = getattr(request, "resolver_match", None)
    if match is None or not match.route:
        # Static files answered by WhiteNoise before URL resolution (nginx does it in production).
        if request.path.startswith(settings.STATIC_URL or "/static/"):
            return "static"
        return "unmatched"
    route = str(match.route)
    # i18n_patterns put the active language in front: one series per page, not per language.
    prefix = _LANGUAGE_PREFIX.match(route)
    if prefix and prefix.group(0)[:-1] in _language_codes():
        route = "<lang>/" + route[prefix.end() :]
    return route


_codes: tuple[object, frozenset[str]] = ((), frozenset())


def _language_codes() -> frozenset[str]:
    global _codes
    languages = settings.LANGUAGES
    if _codes[0] is not languages:  # made once (again when a test overrides the setting)
        _codes = (languages, frozenset(code for code, _name in languages))
    return _codes[1]


# The labelled series of each (method, route, status) seen, so a request does not look its
# series up again (`labels()` takes a lock and builds its key each time). Bounded: the method
# is whatever the client sent.
_series: dict[tuple[str, str, int], tuple[Any, Any]] = {}
_SERIES_MAX = 2000


def request_observe(*, method: str, route: str, status: int, seconds: float) -> None:
    """Counts one answered request. No I/O beyond a memory (or mmap) write."""
    key = (method, route, status)
    series = _series.get(key)
    if series is None:
        if len(_series) >= _SERIES_MAX:
            _series.clear()
        series = (REQUESTS.labels(method, route, str(status)), LATENCY.labels(method, route))
        _series[key] = series
    series[0].inc()
    series[1].observe(seconds)


class DatabaseCollector(Collector):
    """Gauges computed from the database at scrape time: task backlog, queues, holds, tasks."""

    def collect(self) -> Iterator[Metric]:
        # Imported here: the module is loaded before Django's app registry in gunicorn's master.
        from lotse.ops import selectors

        up = GaugeMetricFamily(
            "lotse_database_up", "1 when the scrape could read the database, else 0."
        )
        try:
            snapshot = selectors.ops_snapshot()
        except Exception as exc:
            # A scrape must still answer while PostgreSQL is down: that is when it matters.
            logger.warning("metrics: database not readable (%s)", type(exc).__name__)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from _gauges(snapshot)


def _gauges(snapshot: OpsSnapshot) -> Iterable[Metric]:
    tasks = snapshot.tasks
    for name, help_text, value in (
        ("lotse_tasks_ready", "Background tasks ready to run and not yet picked up.", tasks.ready),
        ("lotse_tasks_running", "Background tasks being run by a worker now.", tasks.running),
        (
            "lotse_tasks_failed",
            "Background tasks that failed (rows kept in the table).",
            tasks.failed,
        ),
        (
            "lotse_tasks_oldest_ready_age_seconds",
            "How long the oldest ready task has waited (0 when none waits).",
            tasks.oldest_ready_age_seconds,
        ),
        (
            "lotse_appointments_holds_unconfirmed",
            "Booking holds waiting for confirmation within their time.",
            snapshot.holds_unconfirmed,
        ),
        (
            "lotse_outbox_unsent",
            "Appointment mails stored and not yet sent (the worker is behind or stopped).",
            snapshot.outbox_unsent,
        ),
        (
            "lotse_appointments_holds_overdue",
            "Holds past their end not yet released (the expiry task is behind).",
            snapshot.holds_overdue,
        ),
    ):
        family = GaugeMetricFamily(name, help_text)
        family.add_metric([], value)
        yield family
    queue = GaugeMetricFamily(
        "lotse_virtual_office_waiting",
        "People waiting (with a live page) in a virtual office queue.",
        labels=["office"],
    )
    for office, count in sorted(snapshot.queue_waiting.items()):
        queue.add_metric([office], count)
    yield queue
    open_tasks = GaugeMetricFamily(
        "lotse_case_tasks_open", "Open case tasks, by status.", labels=["status"]
    )
    for status, count in sorted(snapshot.open_case_tasks.items()):
        open_tasks.add_metric([status], count)
    yield open_tasks


def metrics_render() -> bytes:
    """The Prometheus text exposition of this process or, in multiprocess mode, of all."""
    registry = CollectorRegistry()
    if multiproc_dir():
        from prometheus_client.multiprocess import MultiProcessCollector

        MultiProcessCollector(registry)
    else:
        registry.register(_Forward(APP_REGISTRY))
    registry.register(DatabaseCollector())
    return generate_latest(registry)


class _Forward(Collector):
    """Lets the per-process registry be part of the registry built for one scrape."""

    def __init__(self, source: CollectorRegistry) -> None:
        self.source = source

    def collect(self) -> Iterable[Metric]:
        return self.source.collect()


# --- gunicorn hooks (deploy/gunicorn.conf.py calls these) ------------------------------------


def multiproc_dir_reset(server: Any = None) -> None:
    """For gunicorn's `on_starting`: files of an earlier run would be counted again.

    Empties the directory instead of replacing it, so its owner (the unprivileged user the
    workers run as) stays the same when the master starts as root.
    """
    directory = multiproc_dir()
    if not directory:
        return
    path = Path(directory)
    path.mkdir(parents=True, exist_ok=True)
    for stale in path.glob("*.db"):
        stale.unlink(missing_ok=True)


def child_exit(server: Any, worker: Any) -> None:
    """For gunicorn's `child_exit`: a dead worker's live gauges must not be summed any more."""
    if not multiproc_dir():
        return
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
