"""Back office for the catalog: services, offices, and the translation workflow."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.forms import ModelForm
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
    TextModule,
)
from lotse.core.models import City
from lotse.core.translation_admin import TranslatedTextAdminMixin
from lotse.core.weburl import WebUrlAdminMixin, is_web_url


class ServiceTextForm(ModelForm):
    """The online-service module is a link, and each line of the forms module is
    "title | link": both take http(s) addresses only."""

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        module, text = data.get("module"), data.get("text") or ""
        if module == TextModule.ONLINE_SERVICE and text.strip() and not is_web_url(text.strip()):
            self.add_error("text", "The online service must be a web address (https://…).")
        elif module == TextModule.FORMS:
            for line in text.splitlines():
                _title, sep, url = line.partition(" | ")
                if sep and url.strip() and not is_web_url(url.strip()):
                    self.add_error("text", f"Not a web address (https://…): {url.strip()[:80]}")
                    break
        return data


class ServiceTextInline(admin.TabularInline):
    model = ServiceText
    form = ServiceTextForm
    fields = ("module", "language", "text", "status")
    readonly_fields = ("status",)
    extra = 0


class ResponsibilityInline(admin.TabularInline):
    model = Responsibility
    fields = ("office", "position", "city")
    extra = 0


class SourceInline(WebUrlAdminMixin, admin.TabularInline):
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
    form = ServiceTextForm
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
class OfficeAdmin(TranslatedTextAdminMixin, WebUrlAdminMixin, admin.ModelAdmin):
    list_display = ("key", "city", "kind", "phone")
    list_filter = ("city", "kind")
    search_fields = ("key", "texts__text")
    inlines = (OfficeTextInline, OfficeAddressInline, OpeningHoursInline)


@admin.register(City)
class CityAdmin(admin.ModelAdmin):
    list_display = ("slug", "state", "source_language")
