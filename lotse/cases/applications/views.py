"""Portal pages of online applications: the form, the receipt and status page, the PDF, and the
office's decision. Work without JavaScript; texts in the person's language."""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from lotse.cases import selectors
from lotse.cases.applications import scheduling
from lotse.cases.applications import services as app_services
from lotse.cases.applications.forms import FormDef, city_forms, form_get, pick
from lotse.cases.applications.pdf import summary_pdf
from lotse.cases.applications.services import (
    ApplicationInvalid,
    Submission,
    application_by_token,
    application_view,
)
from lotse.cases.applications.texts import T, t
from lotse.cases.models import Application, Document
from lotse.cases.services import ActionNotAllowed, CaseInputError, document_upload
from lotse.cases.storage import UploadRejected, upload_max_bytes
from lotse.cases.views import staff_required
from lotse.catalog.models import TextModule
from lotse.catalog.selectors import CatalogNotFound, service_detail
from lotse.core.cities import request_city
from lotse.core.errors import ApiError, Limited, NotFound
from lotse.core.http import client_address
from lotse.core.profiles import profile_by_token


def _lang() -> str:
    return get_language() or settings.LANGUAGE_CODE


def _texts(lang: str) -> dict[str, str]:
    return {key: values.get(lang) or values["en"] for key, values in T.items()}


def _prefill(form: FormDef, plan_token: str) -> dict[str, Any]:
    profile = profile_by_token(plan_token) if plan_token else None
    if not profile:
        return {}
    values: dict[str, Any] = {}
    for f in form.fields:
        if f.prefill and profile.get(f.prefill) not in (None, ""):
            values[f.name] = profile[f.prefill]
    return values


def _field_rows(
    form: FormDef, lang: str, values: dict[str, Any], errors: dict[str, str]
) -> list[dict[str, Any]]:
    groups = []
    for group in form.groups:
        rows = []
        for f in group.fields:
            condition = ""
            for other, value in f.when.items():
                target = form.field(other)
                if target is not None:
                    shown = pick(target.choices.get(str(value), {}), lang) or str(value)
                    condition = f"{pick(target.label, lang)}: {shown}"
            value = values.get(f.name, "")
            rows.append(
                {
                    "name": f.name,
                    "type": f.type,
                    "label": pick(f.label, lang),
                    "help": pick(f.help, lang) if f.help else "",
                    "required": f.required,
                    "condition": condition,
                    "value": "" if value is None else value,
                    "choices": [(k, pick(v, lang)) for k, v in f.choices.items()],
                    "error": errors.get(f"answers.{f.name}", ""),
                    "min": f.min,
                    "max": f.max,
                }
            )
        groups.append({"label": pick(group.label, lang), "rows": rows})
    return groups


@never_cache
@require_http_methods(["GET", "POST"])
def apply(request: HttpRequest, city: str, service: str) -> HttpResponse:
    """The online form of a service; a failed submit shows it again with every answer kept."""
    city_obj = request_city(request)
    form = form_get(city_obj.slug, service[:64])
    if form is None:
        raise Http404("no online form")
    lang = _lang()
    previous_token = (request.POST.get("previous") or request.GET.get("previous") or "")[:100]
    previous = None
    if previous_token:
        try:
            previous = application_by_token(previous_token, audit=False)
        except NotFound:
            previous_token = ""
    reusable = app_services._reusable(
        previous.case if previous else None, [d.key for d in form.documents]
    )
    errors: dict[str, str] = {}
    message = ""
    status = 200
    if request.method == "POST":
        values: dict[str, Any] = {
            f.name: request.POST.get(f.name, "") for f in form.fields if f.name in request.POST
        }
        email = request.POST.get("email", "")[:254]
        uploads = {
            d.key: upload
            for d in form.documents
            if isinstance(upload := request.FILES.get(f"doc-{d.key}"), UploadedFile)
        }
        try:
            result = app_services.application_submit(
                Submission(
                    city=city_obj,
                    service=form.service,
                    language=lang,
                    email=email,
                    answers=values,
                    consent=request.POST.get("consent") == "on",
                    uploads=uploads,
                    mail_opt_out=request.POST.get("mail_opt_out") == "on",
                    idempotency_key=request.POST.get("idempotency", "")[:100]
                    if len(request.POST.get("idempotency", "")) >= 16
                    else "",
                    previous_token=previous_token,
                    address=client_address(request),
                )
            )
        except ApplicationInvalid as exc:
            errors = dict(exc.fields)
            message = t("fix_errors", lang)
            if uploads:
                message += " " + t("files_again", lang)
            status = 400
        except Limited as exc:
            message = exc.message
            status = 429
        else:
            url = reverse("cases:application_status", args=[result.token])
            return HttpResponseRedirect(url + "?received=1")
    else:
        values = _prefill(form, request.GET.get("plan", "")[:100])
        email = previous.case.email if previous else ""
    try:
        detail = service_detail(city=city_obj, key=form.service, language=lang)
        title = detail.title
    except CatalogNotFound:
        title = form.service
    documents = [
        {
            "key": d.key,
            "label": pick(d.label, lang),
            "required": d.required,
            "reused": d.key in reusable,
            "error": errors.get(f"documents.{d.key}", ""),
        }
        for d in form.documents
    ]
    return render(
        request,
        "cases/apply.html",
        {
            "title": title,
            "form": form,
            "groups": _field_rows(form, lang, values, errors),
            "documents": documents,
            "email": email,
            "email_error": errors.get("email", ""),
            "consent_error": errors.get("consent", ""),
            "message": message,
            "idempotency": request.POST.get("idempotency") or secrets.token_urlsafe(24),
            "previous": previous_token,
            "tx": _texts(lang),
            "max_mb": upload_max_bytes() // (1024 * 1024),
            "consent_checked": request.POST.get("consent") == "on",
            "opt_out_checked": request.POST.get("mail_opt_out") == "on",
        },
        status=status,
    )


def _other_forms(application: Application, lang: str) -> list[tuple[str, str]]:
    forms = city_forms(application.city.slug)
    return [(key, key) for key in sorted(forms) if key != application.service_key]


@never_cache
@require_http_methods(["GET", "POST"])
def status(request: HttpRequest, token: str) -> HttpResponse:
    """The person's private page: receipt, each office's task, what is missing, history."""
    try:
        application = application_by_token(token)
    except NotFound as exc:
        raise Http404("unknown link") from exc
    lang = _lang()
    error = ""
    code = 200
    if request.method == "POST":
        upload = request.FILES.get("file")
        request_id = request.POST.get("request", "")
        try:
            if upload is None or not request_id.isdigit():
                raise CaseInputError("file", t("document_missing", lang))
            if not application.task.requests.filter(pk=int(request_id), key="").exists():
                raise CaseInputError("request", t("unknown", lang))
            document_upload(case=application.case, request_id=int(request_id), upload=upload)
        except UploadRejected as exc:
            key = {"too_large": "document_large", "storage_full": "storage_full"}.get(
                exc.code, "document_type"
            )
            error, code = t(key, lang), (507 if exc.code == "storage_full" else 400)
        except CaseInputError as exc:
            error, code = exc.message, 400
        else:
            return HttpResponseRedirect(request.path + "?uploaded=1")
    view = application_view(application, lang)
    processing = ""
    try:
        detail = service_detail(city=application.city, key=application.service_key, language=lang)
        processing = detail.text(TextModule.PROCESSING_TIME)
        view["service_title"] = detail.title
    except CatalogNotFound:
        pass
    office = view["tasks"][0]["office_name"] if view["tasks"] else ""
    return render(
        request,
        "cases/application_status.html",
        {
            "app": view,
            "token": token,
            "tx": _texts(lang),
            "error": error,
            "received": request.GET.get("received") == "1",
            "uploaded": request.GET.get("uploaded") == "1",
            "processing": processing,
            "next_text": t("next_text", lang, office=office),
            "city_slug": application.city.slug,
            "others": _other_forms(application, lang),
            "max_mb": upload_max_bytes() // (1024 * 1024),
        },
        status=code,
    )


@never_cache
def summary(request: HttpRequest, token: str) -> HttpResponse:
    """The PDF summary of what was submitted."""
    try:
        application = application_by_token(token)
    except NotFound as exc:
        raise Http404("unknown link") from exc
    form = form_get(application.city.slug, application.service_key)
    if form is None:
        raise Http404("no form")
    response = HttpResponse(summary_pdf(application, form), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{application.reference}.pdf"'
    response["Cache-Control"] = "no-store"
    return response


@staff_required
@require_POST
def decide(request: HttpRequest, task_id: int) -> HttpResponse:
    """The task's office decides an application (approved or refused)."""
    task = selectors.task_get_for_user(user=request.user, task_id=task_id, reason="decision")
    try:
        app_services.application_decide(
            actor=request.user, task=task, outcome=request.POST.get("outcome", "")[:16]
        )
    except ActionNotAllowed as exc:
        raise Http404(str(exc)) from exc
    return HttpResponseRedirect(reverse("cases:task_detail", args=[task.pk]))


@staff_required
@require_http_methods(["GET", "POST"])
def schedule(request: HttpRequest, task_id: int) -> HttpResponse:
    """Staff book an appointment for the application behind a task: a free slot of the task's
    office (the types booked for the service first). The person is mailed in their language; a
    refused slot (taken meanwhile, another office's, past, too soon) shows why, in German."""
    task = selectors.task_get_for_user(
        user=request.user, task_id=task_id, reason="appointment for application"
    )
    lang = _lang()
    error, code = "", 200
    back = reverse("cases:task_detail", args=[task.pk])
    if request.method == "POST":
        try:
            booked = scheduling.application_schedule(
                actor=request.user, task=task, slot_id=request.POST.get("slot", "")[:20]
            )
        except ApiError as exc:
            error, code = exc.message, exc.status
        else:
            request.session["cases_flash"] = _(
                "The appointment on %(when)s was booked. The applicant was sent an e-mail in "
                "their language with the date, the address, what to bring and a link to move or "
                "cancel it."
            ) % {"when": scheduling.when_text(booked.start, lang)}
            return HttpResponseRedirect(back)
    allowed = scheduling.schedule_allowed(actor=request.user, task=task)
    if not allowed and not error:
        error, code = _("You cannot book an appointment for this task (closed, or not yours)."), 403
    groups: dict[str, list[Any]] = {}
    for slot in scheduling.application_slots(actor=request.user, task=task, language=lang):
        groups.setdefault(slot.type_name, []).append(slot)
    application = Application.objects.filter(task=task).first()
    return render(
        request,
        "cases/application_schedule.html",
        {
            "task": task,
            "application": application,
            "groups": list(groups.items()),
            "allowed": allowed,
            "error": error,
            "back": back,
        },
        status=code,
    )


def application_documents(application: Application) -> list[Document]:
    return list(Document.objects.filter(task=application.task).select_related("request"))
