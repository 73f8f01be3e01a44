"""Back office: the questions without a good answer (read-only; query text only)."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from lotse.ask.models import SearchMiss
from lotse.core.admin_site import CityScopedAdminMixin


@admin.register(SearchMiss)
class SearchMissAdmin(CityScopedAdminMixin, admin.ModelAdmin):
    list_display = ("query", "language", "city", "top_service", "top_score", "created_at")
    list_filter = ("city", "language")
    search_fields = ("query",)
    date_hierarchy = "created_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: SearchMiss | None = None) -> bool:
        return False
