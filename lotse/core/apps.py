"""Core app: tenants (cities), languages, shared helpers."""

from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.db.backends.signals import connection_created
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _


def _sqlite_audit_guard(sender: Any, connection: Any, **kwargs: Any) -> None:
    """The audit log's SQLite delete trigger (core migration 0004) asks
    lotse_audit_maintenance(); 0 means no. Registered here, beside the trigger it serves."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("lotse_audit_maintenance", 0, lambda: 0)


class CoreConfig(AppConfig):
    name = "lotse.core"
    label = "core"
    verbose_name = _("Cities, staff and audit log")

    def ready(self) -> None:
        from lotse.core.signals import revoke_tokens_on_credential_change

        connection_created.connect(_sqlite_audit_guard, dispatch_uid="lotse-audit-guard")
        pre_save.connect(
            revoke_tokens_on_credential_change,
            sender=settings.AUTH_USER_MODEL,
            dispatch_uid="lotse-revoke-tokens",
        )
