"""Tunable numbers of any app: the Django setting first, then the environment, then the default."""

from __future__ import annotations

import os

from django.conf import settings


def _value(name: str, default: str) -> str:
    # Settings win; the environment fallback lets the benchmark tune a gunicorn server.
    configured = getattr(settings, name, None)
    if configured is not None:
        return str(configured)
    return os.environ.get(name, default)


def int_setting(name: str, default: int) -> int:
    return int(_value(name, str(default)))


def str_setting(name: str, default: str) -> str:
    return _value(name, default)


def list_setting(name: str) -> list[str]:
    """A list setting: a Python list/tuple in settings, or comma-separated in the environment."""
    configured = getattr(settings, name, None)
    if isinstance(configured, list | tuple):
        return [str(item).strip() for item in configured if str(item).strip()]
    raw = str(configured) if configured is not None else os.environ.get(name, "")
    return [item.strip() for item in raw.split(",") if item.strip()]


def retention_days(setting: str | None = None) -> int:
    """Days personal data is kept after it is no longer needed: `setting` (an app's own period,
    e.g. LOTSE_PLAN_RETENTION_DAYS) if set, else the common LOTSE_RETENTION_DAYS (180)."""
    common = int_setting("LOTSE_RETENTION_DAYS", 180)
    return common if setting is None else int_setting(setting, common)
