"""API routes of the plans app (mounted under /api/v1/)."""

from django.urls import URLPattern, URLResolver, path

from lotse.plans import api

urlpatterns: list[URLPattern | URLResolver] = [
    path("plan", api.plan, name="plan"),
    path("plans/<slug:token>", api.stored_plan, name="stored-plan"),
]
