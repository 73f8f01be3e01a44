"""URLs of the translation back office (mounted under /admin/translations/)."""

from __future__ import annotations

from django.contrib import admin
from django.urls import path

from lotse.core import translation_views as views

app_name = "translations"
urlpatterns = [
    path("", admin.site.admin_view(views.coverage), name="coverage"),
    path("<slug:city>/<str:lang>.xlf", admin.site.admin_view(views.export), name="export"),
    path("<slug:city>/import/", admin.site.admin_view(views.upload), name="import"),
]
