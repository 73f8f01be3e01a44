"""Back office for the catalog: services, offices, and the translation workflow."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.forms import BaseInlineFormSet, ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path
from django.utils import timezone

from lotse.catalog import selectors
from lotse.catalog.facts import KINDS, city_report, city_slugs
from lotse.catalog.models import (
    FactCheck,
    FactCheckResult,
    Office,
    OfficeAddress,
    OfficeText,
    OpeningHours,
    Responsibility,
    Service,
    ServiceText,
    Source,
    TranslationStatus,
)
from lotse.catalog.services import (
    fact_check_record,
    office_text_update,
    service_text_update,
    translation_mark_reviewed,
)
from lotse.core.errors import InvalidInput
from lotse.core.models import City


def _changed_texts(formset: BaseInlineFormSet) -> list[dict[str, Any]]:
    """Deletes the rows marked for deletion and returns the edited ones, which the caller
    saves through the translation workflow (so a changed source marks translations outdated)."""
    changed = []
    for inline_form in formset.forms:
        if inline_form in formset.deleted_forms:
            if inline_form.instance.pk:
                inline_form.instance.delete()
        elif inline_form.has_changed():
            changed.append(inline_form.cleaned_data)
    return changed


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
class ServiceAdmin(admin.ModelAdmin):
    list_display = ("key", "city", "updated_at")
    list_filter = ("city",)
    search_fields = ("key", "texts__text")
    inlines = (ResponsibilityInline, SourceInline, ServiceTextInline)

    def save_formset(
        self, request: HttpRequest, form: ModelForm, formset: BaseInlineFormSet, change: bool
    ) -> None:
        if formset.model is not ServiceText:
            super().save_formset(request, form, formset, change)
            return
        for data in _changed_texts(formset):
            service_text_update(
                service=form.instance,
                module=data["module"],
                language=data["language"],
                text=data["text"],
                user=request.user,
            )


@admin.register(ServiceText)
class ServiceTextAdmin(admin.ModelAdmin):
    list_display = ("service", "module", "language", "status", "updated_at")
    list_filter = ("language", "status", "module", "service__city")
    search_fields = ("text", "service__key")
    readonly_fields = ("status", "source_digest", "reviewed_by", "reviewed_at")
    actions = ("mark_reviewed",)
    change_list_template = "admin/catalog/servicetext/change_list.html"

    def save_model(
        self, request: HttpRequest, obj: ServiceText, form: ModelForm, change: bool
    ) -> None:
        saved = service_text_update(
            service=obj.service,
            module=obj.module,
            language=obj.language,
            text=obj.text,
            user=request.user,
        )
        obj.pk = saved.pk

    @admin.action(description="Mark selected translations as reviewed")
    def mark_reviewed(self, request: HttpRequest, queryset: QuerySet[ServiceText]) -> None:
        done = 0
        for text in queryset.select_related("service__city"):
            if text.language == text.service.city.source_language:
                continue
            translation_mark_reviewed(text=text, user=request.user)  # type: ignore[arg-type]
            done += 1
        self.message_user(request, f"{done} translation(s) marked reviewed.", messages.SUCCESS)

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
        cities = list(City.objects.order_by("slug"))
        context: dict[str, Any] = {
            **self.admin_site.each_context(request),
            "title": "Translation coverage",
            "rows": [(c, selectors.translation_coverage(city=c)) for c in cities],
            "statuses": [s.value for s in TranslationStatus],
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/catalog/coverage.html", context)


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
class OfficeAdmin(admin.ModelAdmin):
    list_display = ("key", "city", "kind", "phone")
    list_filter = ("city", "kind")
    search_fields = ("key", "texts__text")
    inlines = (OfficeTextInline, OfficeAddressInline, OpeningHoursInline)

    def save_formset(
        self, request: HttpRequest, form: ModelForm, formset: BaseInlineFormSet, change: bool
    ) -> None:
        if formset.model is not OfficeText:
            super().save_formset(request, form, formset, change)
            return
        for data in _changed_texts(formset):
            office_text_update(
                office=form.instance,
                field=data["field"],
                language=data["language"],
                text=data["text"],
            )


@admin.register(City)
class CityAdmin(admin.ModelAdmin):
    list_display = ("slug", "state", "source_language")


@admin.register(FactCheck)
class FactCheckAdmin(admin.ModelAdmin):
    """Staff checks of single facts, and the work queue of facts that need one (queue/)."""

    list_display = ("checked_on", "city", "subject", "field", "result", "reviewer")
    list_filter = ("city", "result")
    search_fields = ("subject", "field", "note", "source_url")
    readonly_fields = ("reviewer", "created_at")

    def save_model(
        self, request: HttpRequest, obj: FactCheck, form: ModelForm, change: bool
    ) -> None:
        if not change:
            obj.reviewer = request.user  # type: ignore[assignment]
        super().save_model(request, obj, form, change)

    def get_urls(self) -> list[URLPattern]:
        extra = [
            path(
                "queue/",
                self.admin_site.admin_view(self.queue_view),
                name="catalog_factcheck_queue",
            )
        ]
        return extra + super().get_urls()

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
            "results": FactCheckResult.choices,
            "max_age_days": max_age,
            "recent": FactCheck.objects.select_related("city", "reviewer")[:20],
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/catalog/factqueue.html", context)
