"""Back office for the international office and city marketing, with the catalog's
translation workflow (editing a source text marks its translations outdated)."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.forms import ModelForm
from django.http import HttpRequest

from lotse.core.weburl import WebUrlAdminMixin
from lotse.international.models import (
    Association,
    Attraction,
    CouncilDecision,
    Event,
    Goal,
    InternationalText,
    Measurement,
    Partnership,
    Project,
)
from lotse.international.services import (
    international_text_mark_reviewed,
    international_text_update,
)


class TextInline(admin.TabularInline):
    model = InternationalText
    extra = 0
    fields = ("field", "language", "text", "status")
    readonly_fields = ("status",)


class DecisionInline(WebUrlAdminMixin, admin.TabularInline):
    model = CouncilDecision
    extra = 0


@admin.register(Partnership)
class PartnershipAdmin(WebUrlAdminMixin, admin.ModelAdmin):
    list_display = ("key", "city", "country", "kind", "status", "since")
    list_filter = ("city", "kind", "status")
    search_fields = ("key", "texts__text")
    inlines = (DecisionInline, TextInline)


class GoalInline(admin.TabularInline):
    model = Goal
    extra = 0
    show_change_link = True


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ("key", "city", "partnership", "example")
    list_filter = ("city", "example")
    inlines = (GoalInline, TextInline)


class MeasurementInline(admin.TabularInline):
    model = Measurement
    extra = 1
    readonly_fields = ("recorded_by", "created_at")


@admin.register(Goal)
class GoalAdmin(admin.ModelAdmin):
    list_display = ("key", "project", "unit", "baseline", "target", "target_date", "direction")
    list_filter = ("project__city", "direction")
    inlines = (MeasurementInline, TextInline)


@admin.register(Association)
class AssociationAdmin(WebUrlAdminMixin, admin.ModelAdmin):
    list_display = ("name", "city", "website")
    list_filter = ("city",)
    search_fields = ("name", "key")
    filter_horizontal = ("partnerships",)
    inlines = (TextInline,)


class EventInline(WebUrlAdminMixin, admin.TabularInline):
    model = Event
    extra = 0
    fk_name = "attraction"


@admin.register(Attraction)
class AttractionAdmin(WebUrlAdminMixin, admin.ModelAdmin):
    list_display = ("key", "city", "kind", "street", "postal_code")
    list_filter = ("city", "kind")
    inlines = (EventInline, TextInline)


@admin.register(Event)
class EventAdmin(WebUrlAdminMixin, admin.ModelAdmin):
    list_display = ("key", "city", "start", "end", "attraction", "partnership")
    list_filter = ("city",)
    inlines = (TextInline,)


@admin.register(InternationalText)
class InternationalTextAdmin(admin.ModelAdmin):
    list_display = ("__str__", "field", "language", "status", "updated_at")
    list_filter = ("language", "status", "field")
    search_fields = ("text",)
    readonly_fields = ("status", "source_digest", "reviewed_by", "reviewed_at")
    actions = ("mark_reviewed",)

    def save_model(
        self, request: HttpRequest, obj: InternationalText, form: ModelForm, change: bool
    ) -> None:
        owner = obj.owner
        if owner is None:
            super().save_model(request, obj, form, change)
            return
        saved = international_text_update(
            owner=owner, field=obj.field, language=obj.language, text=obj.text
        )
        obj.pk = saved.pk

    @admin.action(description="Mark selected translations as reviewed")
    def mark_reviewed(self, request: HttpRequest, queryset: QuerySet[InternationalText]) -> None:
        done = 0
        for text in queryset:
            try:
                international_text_mark_reviewed(text=text, user=request.user)  # type: ignore[arg-type]
            except ValueError:
                continue  # source-language texts are originals
            done += 1
        self.message_user(request, f"{done} translation(s) marked reviewed.", messages.SUCCESS)
