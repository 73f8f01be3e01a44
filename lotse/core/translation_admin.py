"""The one admin mixin for translated texts: every save and delete — of a text's own change
form, of its change list, and of the text inlines on an owner's page — goes through the shared
workflow (`lotse.core.translation`), so a changed source marks its translations outdated
wherever it was edited."""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib import admin, messages
from django.db.models import Model, QuerySet
from django.forms import BaseInlineFormSet, ModelForm
from django.http import HttpRequest

from lotse.core.audit import Action, audit_record
from lotse.core.permissions import can
from lotse.core.translation import (
    TranslatedText,
    source_changes,
    text_delete,
    text_diff_html,
    text_mark_reviewed,
    text_set,
)


def _hand_reviewer(request: HttpRequest, model: type[TranslatedText], owner: Model) -> Any:
    """Who reviewed a translation written by hand in the back office: the person saving it,
    when the policy lets them review this city's texts (a platform superuser too)."""
    user = request.user
    city = model.owner_city(owner)
    if getattr(user, "is_superuser", False) or can(user, "translation.review", city):
        return user
    return None


def _log_edit(request: HttpRequest, row: TranslatedText) -> None:
    """Text edits of the back office are logged (ids and language only, never the text)."""
    owner = row.owner
    audit_record(
        actor=request.user,
        action=Action.TEXT_EDIT,
        object_type=row._meta.model_name or "text",
        object_id=row.pk,
        city_id=type(row).owner_city(owner).pk if owner is not None else None,
        details={"language": row.language, "part": row.part, "status": row.status},
    )


def _moved(model: type[TranslatedText], changed: list[str]) -> bool:
    """Whether an edit moved a row to another owner, part or language (the old row goes)."""
    return bool(set(changed) & {*model.owner_fields, model.part_field, "language"})


def _text_save(
    request: HttpRequest,
    model: type[TranslatedText],
    owner: Model,
    *,
    pk: Any,
    changed: list[str],
    part: str,
    language: str,
    text: str,
) -> TranslatedText:
    """Write one text edited in the back office through the workflow (an edit that moved the
    row `pk` first deletes its old place) and log the edit."""
    if pk and _moved(model, changed):
        old = model._default_manager.filter(pk=pk).first()
        if old is not None:
            text_delete(row=old)
    reviewer = _hand_reviewer(request, model, owner)
    saved = text_set(
        model=model, owner=owner, part=part, language=language, text=text, reviewed_by=reviewer
    )
    _log_edit(request, saved)
    return saved


class TranslatedTextAdminMixin:
    """Mix into a ModelAdmin of a translated-text model, or of a model with text inlines."""

    actions: Any = ("mark_reviewed",)
    # Shows the German source and what changed in it beside a translation's form.
    change_form_template: ClassVar[Any] = "admin/translations/text_change_form.html"

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> Any:
        context = dict(extra_context or {})
        model = getattr(self, "model", None)
        if isinstance(model, type) and issubclass(model, TranslatedText):
            row = self.get_queryset(request).filter(pk=object_id).first()  # type: ignore[attr-defined]
            owner = row.owner if row is not None else None
            if row is not None and owner is not None:
                source_language = model.owner_city(owner).source_language
                if row.language != source_language:
                    current, before = source_changes(row)
                    context["source"] = {
                        "language": source_language,
                        "text": current,
                        "known": before is not None,
                        "changed": before is not None and before != current,
                        "diff": text_diff_html(before, current) if before is not None else "",
                    }
        return super().change_view(request, object_id, form_url, context)  # type: ignore[misc]

    # --- the text's own admin -------------------------------------------------------------
    def save_model(self, request: HttpRequest, obj: Model, form: ModelForm, change: bool) -> None:
        if not isinstance(obj, TranslatedText):
            super().save_model(request, obj, form, change)  # type: ignore[misc]
            return
        model = type(obj)
        owner = obj.owner
        if owner is None:
            raise ValueError("a text needs an owner")
        saved = _text_save(
            request,
            model,
            owner,
            pk=obj.pk if change else None,
            changed=form.changed_data,
            part=obj.part,
            language=obj.language,
            text=obj.text,
        )
        obj.pk = saved.pk
        obj.status = saved.status

    def delete_model(self, request: HttpRequest, obj: Model) -> None:
        if isinstance(obj, TranslatedText):
            text_delete(row=obj)
            return
        super().delete_model(request, obj)  # type: ignore[misc]

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        if issubclass(queryset.model, TranslatedText):
            for row in queryset:
                text_delete(row=row)
            return
        super().delete_queryset(request, queryset)  # type: ignore[misc]

    @admin.action(description="Mark selected translations as reviewed")
    def mark_reviewed(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        done = 0
        for row in queryset:
            try:
                text_mark_reviewed(row=row, user=request.user)
            except ValueError:
                continue  # source-language texts are originals
            done += 1
        self.message_user(  # type: ignore[attr-defined]
            request, f"{done} translation(s) marked reviewed.", messages.SUCCESS
        )

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        found: dict[str, Any] = super().get_actions(request)  # type: ignore[misc]
        model = getattr(self, "model", None)
        if not (isinstance(model, type) and issubclass(model, TranslatedText)):
            found.pop("mark_reviewed", None)
        return found

    # --- text inlines on an owner's page ----------------------------------------------------
    def save_formset(
        self, request: HttpRequest, form: ModelForm, formset: BaseInlineFormSet, change: bool
    ) -> None:
        model = formset.model
        if not issubclass(model, TranslatedText):
            super().save_formset(request, form, formset, change)  # type: ignore[misc]
            return
        owner = formset.instance
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for inline_form in formset.forms:
            row = inline_form.instance
            if inline_form in formset.deleted_forms:
                if row.pk:
                    text_delete(row=row)
                    formset.deleted_objects.append(row)
                continue
            if not inline_form.has_changed():
                continue
            data = inline_form.cleaned_data
            saved = _text_save(
                request,
                model,
                owner,
                pk=row.pk,
                changed=inline_form.changed_data,
                part=data[model.part_field],
                language=data["language"],
                text=data["text"],
            )
            if row.pk == saved.pk:
                formset.changed_objects.append((saved, inline_form.changed_data))
            else:
                formset.new_objects.append(saved)


class TranslatedTextModelAdminMixin(TranslatedTextAdminMixin):
    """…for the admin of a translated-text model itself: the workflow's fields are shown,
    not edited."""

    readonly_fields: Any = ("status", "reviewed_by", "reviewed_at")
    # The source digest is bookkeeping of the translation workflow, not for the editor's eyes.
    exclude: Any = ("source_digest",)


class TranslatedTextInline(admin.TabularInline):
    """The texts on their owner's page: part, language, text and the (read-only) status.
    The owner's admin uses `TranslatedTextAdminMixin`, so each save goes through the workflow."""

    extra = 0
    readonly_fields = ("status",)

    def get_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        return (self.model.part_field, "language", "text", "status")
