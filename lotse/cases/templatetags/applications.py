"""`{% application_panel task is_office final %}`: the online application behind a task —
its answers for the office, its appointments, and the decision and scheduling buttons."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import get_language

from lotse.cases.applications.forms import form_get, pick
from lotse.cases.applications.scheduling import application_appointments, schedule_allowed
from lotse.cases.models import Application, Task
from lotse.core.hooks import booking_status_labels

register = template.Library()


@register.inclusion_tag("cases/_application_panel.html", takes_context=True)
def application_panel(
    context: dict[str, Any], task: Task, is_office: bool, final: bool
) -> dict[str, Any]:
    request = context.get("request")
    user = getattr(request, "user", None)
    application = Application.objects.filter(task=task).select_related("city").first()
    if application is None:
        return {"application": None}
    form = form_get(application.city.slug, application.service_key)
    rows = []
    if form is not None and is_office:
        for f in form.fields:
            if f.name in application.answers:
                value = application.answers[f.name]
                if f.choices and str(value) in f.choices:
                    value = pick(f.choices[str(value)], "de")
                rows.append((pick(f.label, "de"), value))
    labels = booking_status_labels()
    appointments = [
        {**a, "status_label": labels.get(a["status"], a["status"])}
        for a in application_appointments(application, get_language() or "de")
    ]
    return {
        "application": application,
        "rows": rows,
        "task": task,
        "can_decide": is_office and not final,
        "appointments": appointments,
        "can_schedule": user is not None and not final and schedule_allowed(actor=user, task=task),
    }
