"""Back office for the international office and city marketing. Texts are saved through the
shared translation workflow (editing a source text marks its translations outdated), in their
own admin and in the inlines alike."""

from __future__ import annotations

from django.contrib import admin

from lotse.core.admin_site import CityScopedAdminMixin
from lotse.core.translation_admin import (
    TranslatedTextAdminMixin,
    TranslatedTextInline,
    TranslatedTextModelAdminMixin,
)
from lotse.core.weburl import WebUrlAdminMixin
from lotse.international import models


class TextInline(TranslatedTextInline):
    model = models.InternationalText


class DecisionInline(WebUrlAdminMixin, admin.TabularInline):
    model = models.CouncilDecision
    extra = 0


@admin.register(models.Partnership)
class PartnershipAdmin(
    CityScopedAdminMixin, TranslatedTextAdminMixin, WebUrlAdminMixin, admin.ModelAdmin
):
    list_display = ("key", "city", "country", "kind", "status", "since")
    list_filter = ("city", "kind", "status")
    search_fields = ("key", "texts__text")
    inlines = (DecisionInline, TextInline)


class GoalInline(admin.TabularInline):
    model = models.Goal
    extra = 0
    show_change_link = True


@admin.register(models.Project)
class ProjectAdmin(CityScopedAdminMixin, TranslatedTextAdminMixin, admin.ModelAdmin):
    list_display = ("key", "city", "partnership", "example")
    list_filter = ("city", "example")
    inlines = (GoalInline, TextInline)


class MeasurementInline(admin.TabularInline):
    model = models.Measurement
    extra = 1
    readonly_fields = ("recorded_by", "created_at")


@admin.register(models.Goal)
class GoalAdmin(CityScopedAdminMixin, TranslatedTextAdminMixin, admin.ModelAdmin):
    city_lookup = "project__city"
    list_display = ("key", "project", "unit", "baseline", "target", "target_date", "direction")
    list_filter = ("project__city", "direction")
    inlines = (MeasurementInline, TextInline)


@admin.register(models.Association)
class AssociationAdmin(
    CityScopedAdminMixin, TranslatedTextAdminMixin, WebUrlAdminMixin, admin.ModelAdmin
):
    list_display = ("name", "city", "website")
    list_filter = ("city",)
    search_fields = ("name", "key")
    filter_horizontal = ("partnerships",)
    inlines = (TextInline,)


class EventInline(WebUrlAdminMixin, admin.TabularInline):
    model = models.Event
    extra = 0
    fk_name = "attraction"


@admin.register(models.Attraction)
class AttractionAdmin(
    CityScopedAdminMixin, TranslatedTextAdminMixin, WebUrlAdminMixin, admin.ModelAdmin
):
    list_display = ("key", "city", "kind", "street", "postal_code")
    list_filter = ("city", "kind")
    inlines = (EventInline, TextInline)


@admin.register(models.Event)
class EventAdmin(
    CityScopedAdminMixin, TranslatedTextAdminMixin, WebUrlAdminMixin, admin.ModelAdmin
):
    list_display = ("key", "city", "start", "end", "attraction", "partnership")
    list_filter = ("city",)
    inlines = (TextInline,)


@admin.register(models.InternationalText)
class InternationalTextAdmin(CityScopedAdminMixin, TranslatedTextModelAdminMixin, admin.ModelAdmin):
    city_lookup = (
        "partnership__city",
        "project__city",
        "goal__project__city",
        "association__city",
        "attraction__city",
    )
    list_display = ("__str__", "field", "language", "status", "reviewed_by", "reviewed_at")
    list_filter = ("language", "status", "field")
    search_fields = ("text",)
