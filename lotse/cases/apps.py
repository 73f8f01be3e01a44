"""Cases app: one case per newcomer across offices, tasks, documents, notes, retention."""

from typing import Any

from django.apps import AppConfig
from django.db.backends.signals import connection_created


def _sqlite_audit_guard(sender: Any, connection: Any, **kwargs: Any) -> None:
    """The audit log's SQLite delete trigger asks lotse_audit_maintenance(); 0 means no."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("lotse_audit_maintenance", 0, lambda: 0)


class CasesConfig(AppConfig):
    name = "lotse.cases"
    label = "cases"
    verbose_name = "One-stop cases"

    def ready(self) -> None:
        connection_created.connect(_sqlite_audit_guard, dispatch_uid="lotse-audit-guard")
