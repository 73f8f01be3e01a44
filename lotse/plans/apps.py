"""Plans app: arrival-plan rules (data files) and the planner."""

from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "lotse.plans"
    label = "plans"
    verbose_name = "Arrival plans"

    def ready(self) -> None:
        from lotse.core.translation import coverage_provider_register
        from lotse.plans.selectors import why_coverage

        coverage_provider_register(
            label="plan reasons (why)",
            coverage=why_coverage,
            note="kept in data files without a review status: translations count as "
            "machine-assisted, and a change of the German text is not tracked",
        )
