"""Core app: tenants (cities), languages, shared helpers."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "lotse.core"
    label = "core"
    verbose_name = "Lotse core"
