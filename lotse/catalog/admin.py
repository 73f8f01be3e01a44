"""Back office for the catalog: services, offices, and the translation workflow."""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone

from lotse.catalog import models
from lotse.catalog.facts import KINDS, city_report, city_slugs
from lotse.catalog.services import fact_check_record
from lotse.core.admin_site import CityScopedAdminMixin
from lotse.core.errors import InvalidInput
from lotse.core.models import City
from lotse.core.translation_admin import (
    TranslatedTextAdminMixin,
    TranslatedTextInline,
    TranslatedTextModelAdminMixin,
)
from lotse.core.weburl import WebUrlAdminMixin, is_web_url


class ExtraViewsAdminMixin:
    """An admin's own pages before its standard ones: `extra_views` holds (route, name of the
    view method, URL name) each; the admin site checks the login and permission."""

    extra_views: ClassVar[tuple[tuple[str, str, str], ...]] = ()

    def get_urls(self) -> list[URLPattern]:
        site = self.admin_site  # type: ignore[attr-defined]
        extra = [
            path(route, site.admin_view(getattr(self, view)), name=name)
            for route, view, name in self.extra_views
        ]
        return extra + super().get_urls()  # type: ignore[misc]


class ServiceTextForm(ModelForm):
    """The online-service module is a link, and each line of the forms module is
    "title | link": both take http(s) addresses only."""

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        module, text = data.get("module"), data.get("text") or ""
        if (
            module == models.TextModule.ONLINE_SERVICE
            and text.strip()
            and not is_web_url(text.strip())
        ):
            self.add_error("text", "The online service must be a web address (https://…).")
        elif module == models.TextModule.FORMS:
            for line in text.splitlines():
                _title, sep, url = line.partition(" | ")
                if sep and url.strip() and not is_web_url(url.strip()):
                    self.add_error("text", f"Not a web address (https://…): {url.strip()[:80]}")
                    break
        return data


class ServiceTextInline(TranslatedTextInline):
    model = models.ServiceText
    form = ServiceTextForm


class ResponsibilityInline(admin.TabularInline):
    model = models.Responsibility
    fields = ("office", "position", "city")
    extra = 0


class SourceInline(WebUrlAdminMixin, admin.TabularInline):
    model = models.Source
    fields = ("url", "title", "checked", "covers", "position")
    extra = 0


@admin.register(models.Service)
class ServiceAdmin(CityScopedAdminMixin, TranslatedTextAdminMixin, admin.ModelAdmin):
    list_display = ("key", "city", "updated_at")
    list_filter = ("city",)
    search_fields = ("key", "texts__text")
    inlines = (ResponsibilityInline, SourceInline, ServiceTextInline)


@admin.register(models.ServiceText)
class ServiceTextAdmin(
    ExtraViewsAdminMixin, CityScopedAdminMixin, TranslatedTextModelAdminMixin, admin.ModelAdmin
):
    extra_views = (("coverage/", "coverage_view", "catalog_servicetext_coverage"),)
    city_lookup = "service__city"
    form = ServiceTextForm
    list_display = ("service", "module", "language", "status", "reviewed_by", "reviewed_at")
    list_filter = ("language", "status", "module", "service__city")
    search_fields = ("text", "service__key")
    change_list_template = "admin/catalog/servicetext/change_list.html"

    def coverage_view(self, request: HttpRequest) -> HttpResponse:
        """The coverage of every translated model now lives on one page."""
        return HttpResponseRedirect(reverse("translations:coverage"))


@admin.register(models.OfficeText)
class OfficeTextAdmin(CityScopedAdminMixin, TranslatedTextModelAdminMixin, admin.ModelAdmin):
    city_lookup = "office__city"
    list_display = ("office", "field", "language", "status", "reviewed_by", "reviewed_at")
    list_filter = ("language", "status", "field", "office__city")
    search_fields = ("text", "office__key")


class OfficeTextInline(TranslatedTextInline):
    model = models.OfficeText


class OfficeAddressInline(admin.TabularInline):
    model = models.OfficeAddress
    extra = 0


class OpeningHoursInline(admin.TabularInline):
    model = models.OpeningHours
    extra = 0


@admin.register(models.Office)
class OfficeAdmin(
    CityScopedAdminMixin, TranslatedTextAdminMixin, WebUrlAdminMixin, admin.ModelAdmin
):
    list_display = ("key", "city", "kind", "phone")
    list_filter = ("city", "kind")
    search_fields = ("key", "texts__text")
    inlines = (OfficeTextInline, OfficeAddressInline, OpeningHoursInline)


@admin.register(City)
class CityAdmin(CityScopedAdminMixin, admin.ModelAdmin):
    city_lookup = "pk"
    list_display = ("slug", "state", "source_language")


@admin.register(models.FactCheck)
class FactCheckAdmin(ExtraViewsAdminMixin, CityScopedAdminMixin, admin.ModelAdmin):
    """Staff checks of single facts, and the work queue of facts that need one (queue/)."""

    extra_views = (("queue/", "queue_view", "catalog_factcheck_queue"),)

    list_display = ("checked_on", "city", "subject", "field", "result", "reviewer")
    list_filter = ("city", "result")
    search_fields = ("subject", "field", "note", "source_url")
    readonly_fields = ("reviewer", "created_at")

    def save_model(
        self, request: HttpRequest, obj: models.FactCheck, form: ModelForm, change: bool
    ) -> None:
        if not change:
            obj.reviewer = request.user  # type: ignore[assignment]
        super().save_model(request, obj, form, change)

    def queue_view(self, request: HttpRequest) -> HttpResponse:
        """The facts report as a work queue; posting a row records a check by the current user."""
        try:
            max_age = max(0, int(request.GET.get("max_age_days", 180)))
        except ValueError:
            max_age = 180
        if request.method == "POST":
            if not self.has_add_permission(request):
                raise PermissionDenied
            city = City.objects.filter(slug=request.POST.get("city", "")).first()
            if city is None:
                messages.error(request, "Unknown city.")
            else:
                try:
                    fact_check_record(
                        city=city,
                        subject=request.POST.get("subject", ""),
                        field=request.POST.get("field", ""),
                        result=request.POST.get("result", ""),
                        source_url=request.POST.get("source_url", "").strip(),
                        note=request.POST.get("note", ""),
                        reviewer=request.user,
                    )
                    messages.success(request, "Check recorded.")
                except InvalidInput as error:
                    for name, problem in error.fields.items():
                        messages.error(request, f"{name}: {problem}")
            return HttpResponseRedirect(request.get_full_path())
        today = timezone.localdate()
        rows = [
            (slug, city_report(slug, today=today, max_age_days=max_age))
            for slug in city_slugs()
            if City.objects.filter(slug=slug).exists()
        ]
        context: dict[str, Any] = {
            **self.admin_site.each_context(request),
            "title": "Facts to check",
            "rows": rows,
            "kinds": KINDS,
            "results": models.FactCheckResult.choices,
            "max_age_days": max_age,
            "recent": models.FactCheck.objects.select_related("city", "reviewer")[:20],
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/catalog/factqueue.html", context)
