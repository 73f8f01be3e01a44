"""Portal app: the public, server-rendered pages in every language."""

from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "lotse.portal"
    label = "portal"
    verbose_name = "Public portal"

    def ready(self) -> None:
        from lotse.portal import invalidation

        invalidation.connect()
