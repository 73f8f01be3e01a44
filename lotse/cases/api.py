"""JSON API of the cases app: tokens, cases, notes, tasks and the audit log (Bearer auth)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lotse.cases import selectors, services
from lotse.cases.models import Case, Task
from lotse.cases.selectors import CaseNotFound
from lotse.cases.services import CaseInputError
from lotse.core.api import ApiError, json_response, query_param
from lotse.core.audit import Action, AuditQuery, audit_event_json, audit_record, audit_search
from lotse.core.auth import (
    api_login_required,
    api_token_issue,
    api_token_revoke,
    bearer_token,
    staff_authenticate,
)
from lotse.core.errors import NotAllowed
from lotse.core.http import json_body
from lotse.core.models import City
from lotse.core.permissions import can, cities_for, staff_profile

MAX_BODY_BYTES = 64 * 1024


def _body(request: HttpRequest) -> dict[str, Any]:
    return json_body(request, max_bytes=MAX_BODY_BYTES)


def _string(
    data: dict[str, Any], name: str, *, required: bool = True, max_length: int = 200
) -> str:
    value = data.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()) or len(value) > max_length:
        raise ApiError(
            status=400, code="invalid_field", message=f"Field {name!r} must be a text.",
            fields={name: f"text of 1 to {max_length} characters"},
        )  # fmt: skip
    return value


def _forbidden(message: str = "Your role may not do this.") -> NotAllowed:
    return NotAllowed(message)


def _int_id(value: str | None, name: str) -> int | None:
    if value is None or value == "":
        return None
    if not value.isdigit() or len(value) > 18:
        raise ApiError(
            status=400, code="invalid_parameter", message=f"{name!r} must be a number.",
            fields={name: "not a number"},
        )  # fmt: skip
    return int(value)


def task_json(task: Task, *, full: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": task.pk,
        "case": task.case_id,
        "service": task.service_key,
        "office": task.office.key,
        "status": task.status,
        "due": task.due_date.isoformat() if task.due_date else None,
    }
    if task.member_id:
        data["member"] = {"id": task.member_id, "name": task.member.name if task.member else ""}
    if full:
        # Office staff get the case data this task needs: the name and the language.
        data["newcomer"] = {"name": task.case.name, "language": task.case.language}
        data["documents"] = [
            {
                "id": r.pk,
                "label": r.label,
                "requested_at": r.requested_at.isoformat(),
                "uploaded": [
                    {"id": d.pk, "type": d.content_type, "size": d.size} for d in r.documents.all()
                ],
            }
            for r in selectors.task_requests(task)
        ]
        data["notes"] = [
            {"id": n.pk, "at": n.created_at.isoformat(), "body": n.body}
            for n in selectors.task_notes(task)
        ]
        data["history"] = [
            {
                "at": e.at.isoformat(),
                "kind": e.kind,
                "by": e.actor_label,
                "from_status": e.from_status or None,
                "to_status": e.to_status or None,
                "from_office": e.from_office.key if e.from_office else None,
                "to_office": e.to_office.key if e.to_office else None,
            }
            for e in selectors.task_history(task)
        ]
    return data


def task_list_json(task: selectors.TaskListRow) -> dict[str, Any]:
    """A task of the list: `task_json`'s fields and the newcomer's name and language."""
    data: dict[str, Any] = {
        "id": task.id,
        "case": task.case_id,
        "service": task.service_key,
        "office": task.office_key,
        "status": task.status,
        "due": task.due_date.isoformat() if task.due_date else None,
    }
    if task.member_id:
        data["member"] = {"id": task.member_id, "name": task.member_name or ""}
    data["newcomer"] = {"name": task.case_name, "language": task.case_language}
    return data


def case_json(case: Case) -> dict[str, Any]:
    tasks = selectors.case_tasks(case)
    return {
        "id": case.pk,
        "city": case.city.slug,
        "name": case.name,
        "email": case.email,
        "language": case.language,
        "status": case.status,
        "opened_at": case.opened_at.isoformat(),
        "closed_at": case.closed_at.isoformat() if case.closed_at else None,
        "consent": {
            "scope": case.consent_scope,
            "text_version": case.consent_text_version,
            "given_at": case.consent_given_at.isoformat(),
        },
        "profile": case.profile,
        "tasks": [
            {
                **task_json(t),
                "missing": [r.label for r in t.requests.all() if r.fulfilled_at is None],
            }
            for t in tasks
        ],
        "notes": [
            {"id": n.pk, "at": n.created_at.isoformat(), "task": n.task_id, "body": n.body}
            for n in selectors.case_notes(case)
        ],
    }


# No cookie is read by the token endpoint, so a forged cross-site post gains nothing.
@csrf_exempt
@require_http_methods(["POST", "DELETE"])
def auth_token(request: HttpRequest) -> HttpResponse:
    if request.method == "DELETE":
        return _token_revoke(request)
    data = _body(request)
    username = _string(data, "username", max_length=150)
    password = _string(data, "password", max_length=1000)
    otp = _string(data, "otp", required=False, max_length=12)
    result = staff_authenticate(request=request, username=username, password=password, otp=otp)
    if result.error == "locked":
        raise ApiError(
            status=429, code="too_many_attempts",
            message="Too many failed logins; try again later.",
        )  # fmt: skip
    if result.error in ("otp_required", "otp_invalid"):
        raise ApiError(
            status=401, code=result.error, message="A valid one-time code is needed.",
            fields={"otp": "required" if result.error == "otp_required" else "invalid"},
        )  # fmt: skip
    if result.user is None:
        raise ApiError(
            status=401, code="invalid_credentials", message="Wrong username or password.",
            fields={"password": "wrong username or password"},
        )  # fmt: skip
    if staff_profile(result.user) is None:
        raise _forbidden("This account has no staff role.")
    return json_response({"token": api_token_issue(user=result.user)})


@api_login_required
def _token_revoke(request: HttpRequest) -> HttpResponse:
    """DELETE auth/token: the Bearer token of this request stops working (204)."""
    api_token_revoke(raw=bearer_token(request))
    return HttpResponse(status=204)


@require_POST
@api_login_required
def cases(request: HttpRequest) -> JsonResponse:
    data = _body(request)
    city_slug = _string(data, "city", max_length=64)
    city = City.objects.filter(slug=city_slug).first()
    if city is None:
        raise ApiError(
            status=400, code="invalid_field", message="Unknown city.", fields={"city": "unknown"}
        )
    keys = data.get("services")
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        raise ApiError(
            status=400, code="invalid_field", message="'services' must be a list of service keys.",
            fields={"services": "list of service keys"},
        )  # fmt: skip
    consent = data.get("consent")
    version = services.CONSENT_VERSION
    if isinstance(consent, dict):
        version = str(consent.get("text_version") or version)
        consent = consent.get("given")
    profile = data.get("profile") or {}
    if not isinstance(profile, dict):
        raise ApiError(
            status=400, code="invalid_field", message="'profile' must be an object.",
            fields={"profile": "object"},
        )  # fmt: skip
    email = _string(data, "email", required=False, max_length=254)
    name = _string(data, "name")
    birth_date = _date(data.get("birth_date"), "birth_date")
    members = _members(data.get("members"))
    duplicates = services.case_duplicates(city=city, name=name, email=email, birth_date=birth_date)
    created = services.case_create(
        actor=request.user, city=city, name=name, email=email,
        language=_string(data, "language", max_length=8), consent=consent is True,
        consent_version=version, service_keys=keys, profile=profile, birth_date=birth_date,
        nationality=_string(data, "nationality", required=False, max_length=2),
        members=members,
    )  # fmt: skip
    body = {
        "id": created.case.pk,
        "reference": created.case.reference,
        "status": created.case.status,
        "tasks": [task_json(t) for t in created.tasks],
        # The only time the newcomer's private link is shown; only its hash is stored.
        "newcomer_link": f"/{created.case.language}/my-case/{created.token}/",
        "mailed": created.mailed,
        "possible_duplicates": [c.pk for c in duplicates],
    }
    return json_response(body, status=201)


def _date(value: Any, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        if not isinstance(value, str):
            raise ValueError
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ApiError(
            status=400, code="invalid_field", message=f"{name!r} must be a date (YYYY-MM-DD).",
            fields={name: "date YYYY-MM-DD"},
        ) from None  # fmt: skip


def _members(value: Any) -> list[services.MemberInput]:
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > 12:
        raise ApiError(
            status=400, code="invalid_field", message="'members' must be a list (at most 12).",
            fields={"members": "list of at most 12 members"},
        )  # fmt: skip
    members = []
    for i, item in enumerate(value):
        field = f"members.{i}"
        if not isinstance(item, dict):
            raise ApiError(
                status=400, code="invalid_field", message=f"{field!r} must be an object.",
                fields={field: "object"},
            )  # fmt: skip
        keys = item.get("services", [])
        if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            raise ApiError(
                status=400, code="invalid_field", message=f"'{field}.services' must be a list.",
                fields={f"{field}.services": "list of service keys"},
            )  # fmt: skip
        relation = item.get("relation", "other")
        nationality = item.get("nationality", "")
        members.append(
            services.MemberInput(
                name=item["name"] if isinstance(item.get("name"), str) else "",
                birth_date=_date(item.get("birth_date"), f"{field}.birth_date"),
                nationality=nationality if isinstance(nationality, str) else "?",
                relation=relation if isinstance(relation, str) else "?",
                service_keys=keys,
            )
        )
    return members


@require_GET
@api_login_required
def case_detail(request: HttpRequest, case_id: int) -> JsonResponse:
    case = selectors.case_get_for_user(user=request.user, case_id=case_id, reason="API read")
    return json_response(case_json(case))


@require_POST
@api_login_required
def case_notes(request: HttpRequest, case_id: int) -> JsonResponse:
    data = _body(request)
    body = _string(data, "body", max_length=services.NOTE_MAX)
    task_id = data.get("task")
    task = None
    if task_id is not None:
        if not isinstance(task_id, int) or isinstance(task_id, bool):
            raise CaseInputError("task", "A task id (number).")
        task = selectors.task_get_for_user(user=request.user, task_id=task_id, reason="note")
        case = task.case
        if case.pk != case_id:
            raise CaseNotFound("case")
    else:
        case = selectors.case_get_for_user(user=request.user, case_id=case_id, reason="note")
    note = services.note_add(actor=request.user, case=case, task=task, body=body)
    return json_response(
        {"id": note.pk, "case": case.pk, "task": note.task_id, "at": note.created_at.isoformat()},
        status=201,
    )


@require_GET
@api_login_required
def task_detail(request: HttpRequest, task_id: int) -> JsonResponse:
    task = selectors.task_get_for_user(user=request.user, task_id=task_id, reason="API read")
    return json_response(task_json(task, full=True))


@require_http_methods(["GET"])
@api_login_required
def tasks(request: HttpRequest) -> JsonResponse:
    office = query_param(request, "office", max_length=64)
    status = query_param(request, "status", max_length=16) or "open"
    page = _int_id(query_param(request, "page", max_length=8), "page") or 1
    result = selectors.task_list_for_user(
        user=request.user, office_key=office, status=status, page=page
    )
    return json_response(
        {
            "results": [task_list_json(t) for t in result.tasks],
            "count": result.total,
            "page": result.page,
            "pages": result.pages,
        }
    )


@require_GET
@api_login_required
def audit(request: HttpRequest) -> JsonResponse:
    if not can(request.user, "audit.search"):
        raise _forbidden("Only administrators search the audit log.")
    case_id = _int_id(query_param(request, "case", max_length=18), "case")
    events = list(
        audit_search(
            query=AuditQuery(
                case_id=case_id,
                actor=query_param(request, "actor", max_length=150) or "",
                action=query_param(request, "action", max_length=32) or "",
            ),
            cities=cities_for(request.user),
        )
    )
    audit_record(
        actor=request.user, action=Action.READ, object_type="audit", object_id=case_id or "-",
        case_id=case_id, reason="audit search",
    )  # fmt: skip
    return json_response({"results": [audit_event_json(e) for e in events]})
