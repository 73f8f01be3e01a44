"""API routes of the ask app (mounted under /api/v1/)."""

from django.urls import URLPattern, URLResolver, path

from lotse.ask import api

urlpatterns: list[URLPattern | URLResolver] = [
    path("search", api.search, name="search"),
]
