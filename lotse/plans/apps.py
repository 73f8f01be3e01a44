"""Plans app: arrival-plan rules (data files) and the planner."""

from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "lotse.plans"
    label = "plans"
    verbose_name = "Arrival plans"

    def ready(self) -> None:
        from lotse.catalog.facts import FINDERS
        from lotse.plans.factcheck import rules_report

        if rules_report not in FINDERS:
            FINDERS.append(rules_report)
