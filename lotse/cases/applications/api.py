"""JSON API of online applications (DESIGN.md): the form, submit, the status."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.http import HttpRequest, JsonResponse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from lotse.cases import selectors
from lotse.cases.applications import scheduling
from lotse.cases.applications.forms import form_get, form_json
from lotse.cases.applications.notify import application_status
from lotse.cases.applications.services import (
    MAX_DOCUMENTS,
    Submission,
    application_by_id,
    application_document_upload,
    application_submit,
    application_view,
)
from lotse.cases.models import Application
from lotse.cases.storage import upload_max_bytes
from lotse.core.api import json_response
from lotse.core.auth import api_login_required
from lotse.core.cities import city_get, request_city
from lotse.core.errors import InvalidInput, NotFound
from lotse.core.hooks import SlotChoice
from lotse.core.http import client_address, json_body
from lotse.core.languages import supported_languages

TOKEN_HEADER = "HTTP_X_APPLICATION_TOKEN"  # noqa: S105 (a header name)
IDEMPOTENCY_HEADER = "HTTP_IDEMPOTENCY_KEY"


def _no_store(response: JsonResponse) -> JsonResponse:
    response["Cache-Control"] = "no-store"
    return response


def _language(value: object) -> str:
    if value is None or value == "":
        return "en"
    if not isinstance(value, str) or value not in supported_languages():
        raise InvalidInput(
            {"language": "one of " + ", ".join(supported_languages())}, code="invalid_field"
        )
    return value


@require_safe
def form(request: HttpRequest, city: str, key: str) -> JsonResponse:
    """GET cities/{city}/services/{key}/form?lang= — the online form of a service."""
    city_obj = request_city(request)
    language = _language(request.GET.get("lang"))
    definition = form_get(city_obj.slug, key[:64])
    if definition is None:
        raise NotFound(
            "form", key[:64], message=f"The service {key[:64]!r} has no online form here."
        )
    return json_response(form_json(definition, language))


def _text(data: dict[str, Any], name: str, *, max_length: int = 254, required: bool = True) -> str:
    value = data.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or len(value) > max_length:
        raise InvalidInput({name: f"text of at most {max_length} characters"}, code="invalid_field")
    return value


def _documents_from_json(raw: object) -> dict[str, UploadedFile]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or len(raw) > MAX_DOCUMENTS:
        raise InvalidInput(
            {"documents": "an object of document key -> base64 content"}, code="invalid_field"
        )
    uploads: dict[str, UploadedFile] = {}
    for key, value in raw.items():
        content = value.get("content") if isinstance(value, dict) else value
        try:
            data = base64.b64decode(str(content), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise InvalidInput(
                {f"documents.{str(key)[:64]}": "not base64"}, code="invalid_field"
            ) from exc
        uploads[str(key)[:64]] = SimpleUploadedFile(str(key)[:64], data)
    return uploads


def _submission_data(request: HttpRequest) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
    if request.content_type == "multipart/form-data":
        if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_DOCUMENTS * (
            upload_max_bytes() + 64 * 1024
        ):
            raise InvalidInput({"documents": "too large"}, code="too_large")
        try:
            data = json.loads(request.POST.get("application") or "null")
        except ValueError as exc:
            raise InvalidInput({"application": "not valid JSON"}, code="invalid_json") from exc
        if not isinstance(data, dict):
            raise InvalidInput({"application": "a JSON object"}, code="invalid_json")
        uploads = {
            name.removeprefix("documents.")[:64]: f
            for name, f in request.FILES.items()
            if isinstance(f, UploadedFile)
            if name.startswith("documents.")
        }
        if len(uploads) > MAX_DOCUMENTS:
            raise InvalidInput({"documents": f"at most {MAX_DOCUMENTS}"}, code="invalid_field")
        return data, uploads
    data = json_body(request, max_bytes=2 * 1024 * 1024)
    return data, _documents_from_json(data.get("documents"))


@csrf_exempt
@require_POST
def applications(request: HttpRequest) -> JsonResponse:
    """POST applications → 201 {id, token, status}; a retry with the same Idempotency-Key
    returns the first application (200)."""
    data, uploads = _submission_data(request)
    unknown = set(data) - {
        "city",
        "service",
        "language",
        "email",
        "answers",
        "consent",
        "documents",
        "mail_opt_out",
        "previous_token",
    }
    if unknown:
        raise InvalidInput(
            {name[:64]: "unknown field" for name in sorted(unknown)}, code="invalid_field"
        )
    city = city_get(slug=_text(data, "city", max_length=64))
    answers = data.get("answers", {})
    if not isinstance(answers, dict):
        raise InvalidInput({"answers": "an object"}, code="invalid_field")
    opt_out = data.get("mail_opt_out", False)
    if not isinstance(opt_out, bool):
        raise InvalidInput({"mail_opt_out": "true or false"}, code="invalid_field")
    key = request.META.get(IDEMPOTENCY_HEADER, "")
    if key and not (16 <= len(key) <= 100):
        raise InvalidInput({"Idempotency-Key": "16 to 100 characters"}, code="invalid_field")
    result = application_submit(
        Submission(
            city=city,
            service=_text(data, "service", max_length=64),
            language=_language(data.get("language")),
            email=_text(data, "email", required=False),
            answers=answers,
            consent=data.get("consent") is True,
            uploads=uploads,
            mail_opt_out=opt_out,
            idempotency_key=key,
            previous_token=_text(data, "previous_token", max_length=100, required=False),
            address=client_address(request),
        )
    )
    app = result.application
    body = {
        "id": app.pk,
        "token": result.token,
        "reference": app.reference,
        "status": application_status(app),
    }
    return _no_store(json_response(body, status=201 if result.created else 200))


@never_cache
@require_safe
def application_detail(request: HttpRequest, application_id: int) -> JsonResponse:
    """GET applications/{id} with X-Application-Token → status, tasks, history, requests."""
    token = request.META.get(TOKEN_HEADER, "")
    application = application_by_id(application_id, token)
    language = request.GET.get("lang") or application.language
    view = application_view(application, _language(language))
    return _no_store(json_response(view))


@csrf_exempt
@require_POST
def application_document(request: HttpRequest, application_id: int) -> JsonResponse:
    """POST applications/{id}/documents (multipart/form-data: `request` = id of a requested
    document, `file`) with X-Application-Token → 201 {id, request, status}. The same checks as
    the portal's upload (type by content, size limit, only an open request)."""
    token = request.META.get(TOKEN_HEADER, "")
    if int(request.META.get("CONTENT_LENGTH") or 0) > upload_max_bytes() + 64 * 1024:
        raise InvalidInput({"file": "too large"}, code="too_large")
    application = application_by_id(application_id, token)
    if not (request.content_type or "").startswith("multipart/form-data"):
        raise InvalidInput({"file": "send multipart/form-data with a file"}, code="invalid_field")
    document = application_document_upload(
        application=application,
        request_id=request.POST.get("request", "")[:20],
        upload=request.FILES.get("file"),
    )
    body = {
        "id": document.pk,
        "request": document.request_id,
        "status": application_status(application),
    }
    return _no_store(json_response(body, status=201))


def _slot_json(slot: SlotChoice) -> dict[str, Any]:
    return {
        "id": slot.id,
        "start": slot.start.isoformat(),
        "end": slot.end.isoformat(),
        "remaining": slot.remaining,
        "type": slot.type_key,
        "type_name": slot.type_name,
        "mode": slot.mode,
    }


@never_cache
@require_safe
@api_login_required
def task_appointment_slots(request: HttpRequest, task_id: int) -> JsonResponse:
    """GET tasks/{id}/appointment-slots (Bearer, staff): the free slots this staff member may book
    for the application behind the task (the task's office; empty when they may not)."""
    task = selectors.task_get_for_user(user=request.user, task_id=task_id, reason="API read")
    language = get_language() or "de"
    slots = scheduling.application_slots(actor=request.user, task=task, language=language)
    return _no_store(json_response({"results": [_slot_json(s) for s in slots]}))


@csrf_exempt
@require_POST
@api_login_required
def task_appointment(request: HttpRequest, task_id: int) -> JsonResponse:
    """POST tasks/{id}/appointment {slot} (Bearer, staff) → 201, the appointment booked for the
    application behind the task (the person is mailed in their language). 400 for an unknown,
    past, too soon or other office's slot, 403 without the right, 409 when taken meanwhile,
    429 when the person has the most appointments already."""
    task = selectors.task_get_for_user(user=request.user, task_id=task_id, reason="appointment")
    data = json_body(request, max_bytes=4096)
    slot = data.get("slot")
    if isinstance(slot, bool) or not isinstance(slot, int) or slot <= 0:
        raise InvalidInput(
            {"slot": "the id of a free slot (a positive integer)"}, code="invalid_slot"
        )
    booked = scheduling.application_schedule(actor=request.user, task=task, slot_id=slot)
    application = Application.objects.get(task=task)
    language = application.language
    found = [
        a
        for a in scheduling.application_appointments(application, language)
        if a["id"] == booked.id
    ]
    return _no_store(json_response(found[0], status=201))
