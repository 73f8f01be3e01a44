"""Cases app: one case per newcomer across offices, tasks, documents, notes, retention."""

from django.apps import AppConfig


def _case_city(case_id: int) -> int | None:
    """The audit log asks which city a case belongs to (core cannot import cases)."""
    from lotse.cases.models import Case

    return Case.objects.filter(pk=case_id).values_list("city_id", flat=True).first()


class CasesConfig(AppConfig):
    name = "lotse.cases"
    label = "cases"
    verbose_name = "One-stop cases"

    def ready(self) -> None:
        from lotse.cases.applications.scheduling import origin_changed
        from lotse.core import audit
        from lotse.core.signals import booking_origin_changed

        audit.case_city_resolver = _case_city
        # An application's appointment moved or cancelled (appointments tells us after commit).
        booking_origin_changed.connect(origin_changed, dispatch_uid="cases.application_booking")
