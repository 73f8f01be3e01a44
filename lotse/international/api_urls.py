"""API routes of the international app (mounted under /api/v1/)."""

from django.urls import URLPattern, URLResolver, path

from lotse.international import api

urlpatterns: list[URLPattern | URLResolver] = [
    path("cities/<slug:city>/partnerships", api.partnerships, name="partnerships"),
    path("cities/<slug:city>/projects", api.projects, name="projects"),
    path("cities/<slug:city>/projects/<slug:key>", api.project_detail, name="project"),
    path("cities/<slug:city>/attractions", api.attractions, name="attractions"),
]
