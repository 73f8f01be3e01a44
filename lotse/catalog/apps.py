"""Catalog app: services, offices, responsibilities, translations, FIM/XZuFi import."""

from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "lotse.catalog"
    label = "catalog"
    verbose_name = "Service catalog"

    def ready(self) -> None:
        from lotse.catalog import signals

        signals.connect()
