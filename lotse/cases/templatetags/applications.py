"""`{% application_panel task is_office final %}`: the online application behind a task —
its answers for the office, and the decision buttons."""

from __future__ import annotations

from typing import Any

from django import template

from lotse.cases.applications.forms import form_get, pick
from lotse.cases.models import Application, Task

register = template.Library()


@register.inclusion_tag("cases/_application_panel.html")
def application_panel(task: Task, is_office: bool, final: bool) -> dict[str, Any]:
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
    return {
        "application": application,
        "rows": rows,
        "task": task,
        "can_decide": is_office and not final,
    }
