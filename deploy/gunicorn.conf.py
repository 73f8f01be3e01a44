"""gunicorn settings for Lotse in production (deploy/prod-local.sh and lotse-web.service)."""

from __future__ import annotations

import gc
import os
from typing import Any

# Sync workers: each request holds one process, so a slow request cannot stall others in the
# same worker, and a killed worker loses only the request it was serving.
worker_class = "sync"
workers = int(os.environ.get("LOTSE_PROD_WORKERS", "4"))
bind = [os.environ.get("LOTSE_GUNICORN_BIND", "unix:/run/lotse/gunicorn.sock")]
# Mode of the socket file: 0 (0777) when its folder already limits who gets in (prod-local),
# 007 under systemd where nginx's user is in the group `lotse`.
umask = int(os.environ.get("LOTSE_GUNICORN_UMASK", "0"), 8)
# nginx is the only client (unix socket); it buffers slow clients, so short timeouts are safe.
timeout = int(os.environ.get("LOTSE_GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so slow leaks never pile up; jitter keeps them from all
# restarting at the same moment. Not too often: a new worker pays its start again (imports,
# the city's search index and the query model, several seconds of CPU), which at 2,000
# requests was every half minute per worker under load.
max_requests = int(os.environ.get("LOTSE_GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = max_requests // 5
# Each worker opens its own database connections; no preload, so HUP loads new code.
preload_app = False
proc_name = "lotse-web"
# The app logs to stderr (structured); keep it in the error log when daemonised.
capture_output = True
errorlog = os.environ.get("LOTSE_GUNICORN_ERRORLOG", "-")
loglevel = "info"
# nginx logs every request; the app's own request log carries the request id.
accesslog = None
# Request limits in front of Django (nginx enforces the same ones first).
limit_request_line = 8190
limit_request_fields = 100
# Runtime control socket: not needed, one less thing listening.
control_socket_disable = True


def post_worker_init(worker: Any) -> None:
    """Before a new worker takes requests: load the search indexes, the query model and the plan
    rules, which its first visitors would otherwise wait for (seconds of CPU per worker, paid
    while the worker is not yet serving). Never fatal: a failure only leaves it to the first
    request."""
    try:
        from django.db import connections

        from lotse.ask.selectors import process_warm
        from lotse.plans.rulebook import ruleset

        process_warm(notify=worker.notify)
        ruleset()
        connections.close_all()
    except Exception:
        worker.log.exception("warm-up of worker %s failed; it serves anyway", worker.pid)
    # What the warm-up built (search indexes, vocabularies, answer tables: millions of objects)
    # lives as long as the worker. Frozen, it is left out of the collector's full passes, each
    # of which walked all of it while a request waited (~0.6 s with Dortmund alone, measured
    # in-process; more with every city). Collected once first, so no garbage is frozen with it.
    worker.notify()  # the collection takes ~0.5 s per million objects
    gc.collect()
    gc.freeze()


def child_exit(server: Any, worker: Any) -> None:
    """A worker left: drop its live gauges from the shared Prometheus files (lotse.ops)."""
    try:
        from lotse.ops.metrics import child_exit as metrics_child_exit
    except ImportError:
        return
    metrics_child_exit(server, worker)
