"""Ask app: multilingual question routing (lexical + semantic index, evaluation)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AskConfig(AppConfig):
    name = "lotse.ask"
    label = "ask"
    verbose_name = _("Ask anything")

    def ready(self) -> None:
        from lotse.ask import signals

        signals.connect()
