"""API routes of the cases app (mounted under /api/v1/)."""

from django.urls import URLPattern, URLResolver, include, path

from lotse.cases import api

urlpatterns: list[URLPattern | URLResolver] = [
    path("auth/token", api.auth_token, name="auth-token"),
    path("cases", api.cases, name="cases"),
    path("cases/<int:case_id>", api.case_detail, name="case"),
    path("cases/<int:case_id>/notes", api.case_notes, name="case-notes"),
    path("tasks", api.tasks, name="tasks"),
    path("tasks/<int:task_id>", api.task_detail, name="task"),
    path("audit", api.audit, name="audit"),
    path("", include("lotse.cases.applications.api_urls")),
]
