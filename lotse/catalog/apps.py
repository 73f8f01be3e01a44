"""Catalog app: services, offices, responsibilities, translations, FIM/XZuFi import."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogConfig(AppConfig):
    name = "lotse.catalog"
    label = "catalog"
    verbose_name = _("Service catalog")

    def ready(self) -> None:
        from lotse.catalog import signals

        signals.connect()
