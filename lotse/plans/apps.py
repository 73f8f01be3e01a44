"""Plans app: arrival-plan rules (data files) and the planner."""

from typing import Any

from django.apps import AppConfig


def _plan_profile(token: str) -> dict[str, Any] | None:
    from lotse.core.tokens import token_hash
    from lotse.plans.models import Plan

    plan = Plan.objects.filter(token_hash=token_hash(token)).only("profile").first()
    return dict(plan.profile) if plan is not None and isinstance(plan.profile, dict) else None


class PlansConfig(AppConfig):
    name = "lotse.plans"
    label = "plans"
    verbose_name = "Arrival plans"

    def ready(self) -> None:
        from lotse.core.profiles import profile_source_register
        from lotse.core.translation import coverage_provider_register
        from lotse.plans.selectors import why_coverage

        coverage_provider_register(
            label="plan reasons (why)",
            coverage=why_coverage,
            note="kept in data files without a review status: translations count as "
            "machine-assisted, and a change of the German text is not tracked",
        )

        from lotse.catalog.facts import FINDERS
        from lotse.plans.factcheck import rules_report

        if rules_report not in FINDERS:
            FINDERS.append(rules_report)
        # Lets an online application form prefill answers from the person's plan.
        profile_source_register(_plan_profile)
