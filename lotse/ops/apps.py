"""Ops app: what a production run needs to be watched and to fail clearly."""

from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "lotse.ops"
    label = "ops"
    verbose_name = "Operations"
