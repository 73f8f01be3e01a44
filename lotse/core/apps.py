"""Core app: tenants (cities), languages, shared helpers."""

from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import pre_save


class CoreConfig(AppConfig):
    name = "lotse.core"
    label = "core"
    verbose_name = "Lotse core"

    def ready(self) -> None:
        from lotse.core.signals import revoke_tokens_on_credential_change

        pre_save.connect(
            revoke_tokens_on_credential_change,
            sender=settings.AUTH_USER_MODEL,
            dispatch_uid="lotse-revoke-tokens",
        )
