"""Cases app: one case per newcomer across offices, tasks, documents, notes, retention."""

from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "lotse.cases"
    label = "cases"
    verbose_name = "One-stop cases"
