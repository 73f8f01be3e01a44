"""Ask app: multilingual question routing (lexical + semantic index, evaluation)."""

from django.apps import AppConfig


class AskConfig(AppConfig):
    name = "lotse.ask"
    label = "ask"
    verbose_name = "Ask anything"

    def ready(self) -> None:
        from lotse.ask import signals

        signals.connect()
