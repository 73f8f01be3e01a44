"""gunicorn settings for Lotse in production (deploy/prod-local.sh and lotse-web.service)."""

from __future__ import annotations

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


def child_exit(server: Any, worker: Any) -> None:
    """A worker left: drop its live gauges from the shared Prometheus files (lotse.ops)."""
    try:
        from lotse.ops.metrics import child_exit as metrics_child_exit
    except ImportError:
        return
    metrics_child_exit(server, worker)
