"""Plans app: arrival-plan rules (data files) and the planner."""

from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "lotse.plans"
    label = "plans"
    verbose_name = "Arrival plans"
