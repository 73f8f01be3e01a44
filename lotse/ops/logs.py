"""Structured logging: one JSON object per line, with the id of the request being served.

Imported by the LOGGING setting before the app registry is ready, so no models here.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
from typing import Any

# The id of the request this thread (or task) is serving; "" outside a request.
request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("lotse_request_id", default="")

# Attributes every LogRecord has; anything else on a record came in through `extra=`.
_STANDARD_ATTRS = frozenset(
    logging.LogRecord("", 0, "", 0, "", (), None).__dict__.keys()
    | {"message", "asctime", "request_id", "taskName"}
)


class RequestIdFilter(logging.Filter):
    """Puts the current request id on every record so both formats can show it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "request_id", None):
            record.request_id = request_id_var.get() or "-"
        return True


class JsonFormatter(logging.Formatter):
    """ts (ISO 8601, UTC), level, logger, msg, request_id, the record's extra fields, exc."""

    def format(self, record: logging.LogRecord) -> str:
        request_id = getattr(record, "request_id", None) or request_id_var.get()
        entry: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, tz=dt.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
            "request_id": request_id if request_id and request_id != "-" else None,
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD_ATTRS and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return _ENCODER.encode(entry)


# default=str: an odd extra value (a Path, a datetime) must never lose the log line. One
# encoder for all lines (json.dumps with arguments would make a new one per line).
_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)
