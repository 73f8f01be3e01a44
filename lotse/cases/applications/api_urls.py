"""API routes of online applications (mounted under /api/v1/ by lotse.cases.api_urls)."""

from django.urls import URLPattern, URLResolver, path

from lotse.cases.applications import api

urlpatterns: list[URLPattern | URLResolver] = [
    path("cities/<slug:city>/services/<str:key>/form", api.form, name="application-form"),
    path("applications", api.applications, name="applications"),
    path("applications/<int:application_id>", api.application_detail, name="application"),
    path(
        "applications/<int:application_id>/documents",
        api.application_document,
        name="application-documents",
    ),
    path(
        "tasks/<int:task_id>/appointment-slots",
        api.task_appointment_slots,
        name="task-appointment-slots",
    ),
    path("tasks/<int:task_id>/appointment", api.task_appointment, name="task-appointment"),
]
