"""Back office for the catalog: services, offices, and the translation workflow."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import URLPattern, path, reverse

from lotse.catalog.models import (
    Office,
    OfficeAddress,
    OfficeText,
    OpeningHours,
    Responsibility,
    Service,
    ServiceText,
    Source,
)
from lotse.core.models import City
from lotse.core.translation_admin import TranslatedTextAdminMixin


class ServiceTextInline(admin.TabularInline):
    model = ServiceText
    fields = ("module", "language", "text", "status")
    readonly_fields = ("status",)
    extra = 0


class ResponsibilityInline(admin.TabularInline):
    model = Responsibility
    fields = ("office", "position", "city")
    extra = 0


class SourceInline(admin.TabularInline):
    model = Source
    fields = ("url", "title", "checked", "covers", "position")
    extra = 0


@admin.register(Service)
class ServiceAdmin(TranslatedTextAdminMixin, admin.ModelAdmin):
    list_display = ("key", "city", "updated_at")
    list_filter = ("city",)
    search_fields = ("key", "texts__text")
    inlines = (ResponsibilityInline, SourceInline, ServiceTextInline)


@admin.register(ServiceText)
class ServiceTextAdmin(TranslatedTextAdminMixin, admin.ModelAdmin):
    list_display = ("service", "module", "language", "status", "reviewed_by", "reviewed_at")
    list_filter = ("language", "status", "module", "service__city")
    search_fields = ("text", "service__key")
    readonly_fields = ("status", "source_digest", "reviewed_by", "reviewed_at")
    change_list_template = "admin/catalog/servicetext/change_list.html"

    def get_urls(self) -> list[URLPattern]:
        extra = [
            path(
                "coverage/",
                self.admin_site.admin_view(self.coverage_view),
                name="catalog_servicetext_coverage",
            )
        ]
        return extra + super().get_urls()

    def coverage_view(self, request: HttpRequest) -> HttpResponse:
        """The coverage of every translated model now lives on one page."""
        return HttpResponseRedirect(reverse("translations:coverage"))


@admin.register(OfficeText)
class OfficeTextAdmin(TranslatedTextAdminMixin, admin.ModelAdmin):
    list_display = ("office", "field", "language", "status", "reviewed_by", "reviewed_at")
    list_filter = ("language", "status", "field", "office__city")
    search_fields = ("text", "office__key")
    readonly_fields = ("status", "source_digest", "reviewed_by", "reviewed_at")


class OfficeTextInline(admin.TabularInline):
    model = OfficeText
    fields = ("field", "language", "text", "status")
    readonly_fields = ("status",)
    extra = 0


class OfficeAddressInline(admin.TabularInline):
    model = OfficeAddress
    extra = 0


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0


@admin.register(Office)
class OfficeAdmin(TranslatedTextAdminMixin, admin.ModelAdmin):
    list_display = ("key", "city", "kind", "phone")
    list_filter = ("city", "kind")
    search_fields = ("key", "texts__text")
    inlines = (OfficeTextInline, OfficeAddressInline, OpeningHoursInline)


@admin.register(City)
class CityAdmin(admin.ModelAdmin):
    list_display = ("slug", "state", "source_language")
