"""Cases app: one case per newcomer across offices, tasks, documents, notes, retention."""

from typing import Any

from django.apps import AppConfig
from django.db.backends.signals import connection_created


def _sqlite_audit_guard(sender: Any, connection: Any, **kwargs: Any) -> None:
    """The audit log's SQLite delete trigger asks lotse_audit_maintenance(); 0 means no."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("lotse_audit_maintenance", 0, lambda: 0)


def _case_city(case_id: int) -> int | None:
    """The audit log asks which city a case belongs to (core cannot import cases)."""
    from lotse.cases.models import Case

    return Case.objects.filter(pk=case_id).values_list("city_id", flat=True).first()


class CasesConfig(AppConfig):
    name = "lotse.cases"
    label = "cases"
    verbose_name = "One-stop cases"

    def ready(self) -> None:
        connection_created.connect(_sqlite_audit_guard, dispatch_uid="lotse-audit-guard")
        from lotse.core import audit

        audit.case_city_resolver = _case_city
