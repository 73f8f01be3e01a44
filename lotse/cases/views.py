"""Staff pages (cases, tasks, dashboard, audit, login) and the newcomer's private page."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth import login, logout
from django.core.exceptions import PermissionDenied
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
)
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from lotse.cases import dashboard as dash
from lotse.cases import selectors, services
from lotse.cases.labels import status_label
from lotse.cases.models import FINAL_TASK_STATUSES, Case, Task
from lotse.cases.selectors import CaseNotFound
from lotse.cases.services import ActionNotAllowed, CaseInputError
from lotse.cases.storage import UploadRejected, document_path, upload_max_bytes
from lotse.catalog.models import Office
from lotse.core.audit import AuditQuery, audit_record, audit_search
from lotse.core.auth import (
    password_confirm,
    second_factor_confirm,
    second_factor_enabled,
    second_factor_start,
    staff_authenticate,
    totp_uri,
)
from lotse.core.languages import language_name, supported_languages
from lotse.core.models import Role, StaffProfile
from lotse.core.permissions import can, cities_for, is_office_role, staff_profile

View = Callable[..., HttpResponseBase]


def _language() -> str:
    return get_language() or settings.LANGUAGE_CODE


def staff_required(view: View) -> View:
    """Signed-in staff with a role; others go to the login page (or get 403 without a role)."""

    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.is_authenticated:
            login_url = reverse("cases:login")
            return HttpResponseRedirect(f"{login_url}?next={request.path}")
        profile = staff_profile(request.user)
        if profile is None:
            raise PermissionDenied
        request.staff = profile  # type: ignore[attr-defined]
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return never_cache(wrapped)


def _profile(request: HttpRequest) -> StaffProfile:
    return request.staff  # type: ignore[attr-defined]


def _home_for(profile: StaffProfile) -> str:
    if profile.role == Role.CASEWORKER:
        return reverse("cases:case_list")
    if profile.role == Role.ADMIN:
        return reverse("cases:audit")
    return reverse("cases:task_list")


# --- Login -------------------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def staff_login(request: HttpRequest) -> HttpResponse:
    error = ""
    status = 200
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if request.method == "POST":
        result = staff_authenticate(
            request=request,
            username=request.POST.get("username", "")[:150],
            password=request.POST.get("password", "")[:1000],
            otp=request.POST.get("otp", "")[:12],
        )
        if result.user is not None:
            login(request, result.user)
            profile = staff_profile(result.user)
            safe = url_has_allowed_host_and_scheme(
                next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
            )
            target = next_url if next_url and safe else (_home_for(profile) if profile else "/")
            return HttpResponseRedirect(target)
        status = 429 if result.error == "locked" else 400
        error = {
            "locked": _("Too many failed attempts. Please wait 15 minutes and try again."),
            "otp_required": _("Please enter the code from your authenticator app."),
            "otp_invalid": _("The code is not valid. Please try the current code."),
        }.get(result.error, _("Wrong username or password."))
    return render(request, "cases/login.html", {"error": error, "next": next_url}, status=status)


@require_POST
def staff_logout(request: HttpRequest) -> HttpResponse:
    logout(request)
    return HttpResponseRedirect(reverse("cases:login"))


@staff_required
@require_http_methods(["GET", "POST"])
def second_factor(request: HttpRequest) -> HttpResponse:
    """Switch on (or replace) the optional TOTP second factor: the password again, then a
    secret, then a code; the change ends the user's other sessions and revokes their API
    tokens. A replacement takes effect only when its code is confirmed."""
    enabled = second_factor_enabled(request.user) is not None  # type: ignore[arg-type]
    context: dict[str, Any] = {"enabled": enabled}
    status = 200
    if request.method == "POST":
        if request.POST.get("action") == "start":
            if password_confirm(
                request=request,
                user=request.user,  # type: ignore[arg-type]
                password=request.POST.get("password", "")[:1000],
            ):
                factor = second_factor_start(user=request.user)  # type: ignore[arg-type]
                secret = factor.pending_secret or factor.secret
                context.update(
                    secret=secret,
                    uri=totp_uri(secret=secret, username=request.user.get_username()),
                )
            else:
                context["error"] = _("Please enter your password again.")
                status = 400
        elif second_factor_confirm(
            user=request.user,  # type: ignore[arg-type]
            code=request.POST.get("code", ""),
            keep_session_key=request.session.session_key,
        ):
            request.session.cycle_key()
            context.update(enabled=True, changed=True)
        else:
            context["error"] = _("The code is not valid. Start again.")
            status = 400
    return render(request, "cases/second_factor.html", context, status=status)


# --- Caseworker ---------------------------------------------------------------------------------


def _case_or_404(request: HttpRequest, case_id: int, reason: str) -> Case:
    return selectors.case_get_for_user(user=request.user, case_id=case_id, reason=reason)


def _task_or_404(request: HttpRequest, task_id: int, reason: str) -> Task:
    return selectors.task_get_for_user(user=request.user, task_id=task_id, reason=reason)


@staff_required
def case_list(request: HttpRequest) -> HttpResponse:
    if not can(request.user, "case.open"):
        raise PermissionDenied
    show_all = request.GET.get("all") == "1"
    cases = selectors.case_list_for_user(user=request.user, open_only=not show_all)
    return render(request, "cases/case_list.html", {"cases": cases, "show_all": show_all})


def _service_choices(profile: StaffProfile, language: str) -> list[tuple[str, str]]:
    from lotse.catalog.models import Service

    services_qs = Service.objects.filter(city_id=profile.city_id).only("id", "key")
    titles = selectors.service_titles({s.pk for s in services_qs}, language)
    choices = [(s.key, titles.get(s.pk, s.key)) for s in services_qs]
    return sorted(choices, key=lambda c: c[1].casefold())


@staff_required
@require_http_methods(["GET", "POST"])
def case_new(request: HttpRequest) -> HttpResponse:
    profile = _profile(request)
    if not can(request.user, "case.open"):
        raise PermissionDenied
    language = _language()
    errors: dict[str, str] = {}
    values: dict[str, Any] = {"language": language, "services": []}
    if request.method == "POST":
        values = {
            "name": request.POST.get("name", ""),
            "email": request.POST.get("email", ""),
            "language": request.POST.get("language", ""),
            "services": request.POST.getlist("services"),
            "consent": request.POST.get("consent") == "yes",
        }
        try:
            created = services.case_create(
                actor=request.user, city=profile.city, name=values["name"],
                email=values["email"][:254], language=values["language"],
                consent=values["consent"], service_keys=values["services"],
            )  # fmt: skip
        except CaseInputError as exc:
            errors[exc.field] = exc.message
        else:
            # Shown once on the next page; only the hash of the token is stored.
            request.session["cases_new_link"] = f"/{created.case.language}/my-case/{created.token}/"
            return HttpResponseRedirect(reverse("cases:case_detail", args=[created.case.pk]))
    return render(
        request,
        "cases/case_new.html",
        {
            "errors": errors,
            "values": values,
            "service_choices": _service_choices(profile, language),
            "languages": [(code, language_name(code)) for code in supported_languages()],
            "consent_text": services.CONSENT_TEXTS[services.CONSENT_VERSION],
            "consent_version": services.CONSENT_VERSION,
        },
        status=400 if errors else 200,
    )


def _task_rows(tasks: list[Task], language: str) -> list[dict[str, Any]]:
    titles = selectors.service_titles({t.service_id for t in tasks if t.service_id}, language)
    offices = selectors.office_names({t.office_id for t in tasks}, language)
    return [
        {
            "task": t,
            "title": titles.get(t.service_id or 0, t.service_key),
            "office": offices.get(t.office_id, t.office.key),
            "status": status_label(t.status, language),
        }
        for t in tasks
    ]


@staff_required
@require_http_methods(["GET", "POST"])
def case_detail(request: HttpRequest, case_id: int) -> HttpResponse:
    case = _case_or_404(request, case_id, "caseworker opens case")
    language = _language()
    error = ""
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "note":
                services.note_add(actor=request.user, case=case, body=request.POST.get("body", ""))
            elif action in ("cancel", "handover"):
                task = (
                    case.tasks.select_related("office", "case")
                    .filter(pk=_int(request.POST.get("task")))
                    .first()
                )
                if task is None:
                    raise CaseInputError("task", _("Unknown task."))
                if action == "cancel":
                    services.task_transition(actor=request.user, task=task, to_status="cancelled")
                else:
                    services.task_handover(
                        actor=request.user, task=task, office=_office(case, request)
                    )
            elif action == "link":
                request.session["cases_new_link"] = (
                    f"/{case.language}/my-case/"
                    f"{services.case_link_renew(actor=request.user, case=case)}/"
                )
            else:
                raise CaseInputError("action", _("Unknown action."))
        except (CaseInputError, ActionNotAllowed) as exc:
            error = str(getattr(exc, "message", exc))
        else:
            return HttpResponseRedirect(reverse("cases:case_detail", args=[case.pk]))
    tasks = selectors.case_tasks(case)
    return render(
        request,
        "cases/case_detail.html",
        {
            "case": case,
            "rows": _task_rows(tasks, language),
            "notes": selectors.case_notes(case),
            "offices": selectors.city_offices(case.city_id),
            "new_link": request.session.pop("cases_new_link", None),
            "error": error,
            "final": FINAL_TASK_STATUSES,
        },
        status=400 if error else 200,
    )


def _int(value: str | None) -> int:
    return int(value) if value and value.isdigit() and len(value) < 18 else 0


def _office(case: Case, request: HttpRequest) -> Office:
    office = Office.objects.filter(city_id=case.city_id, key=request.POST.get("office", "")).first()
    if office is None:
        raise CaseInputError("office", _("Choose an office."))
    return office


@staff_required
@require_POST
def case_export(request: HttpRequest, case_id: int) -> HttpResponse:
    profile = _profile(request)
    case = _export_case(request, profile, case_id)
    try:
        data = services.case_export(
            actor=request.user, case=case, reason=request.POST.get("reason", "")[:300]
        )
    except CaseInputError as exc:
        return HttpResponse(exc.message, status=400, content_type="text/plain; charset=utf-8")
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="case-{case.pk}.json"'
    return response


def _export_case(request: HttpRequest, profile: StaffProfile, case_id: int) -> Case:
    """Export and erasure: the case's caseworker, or an administrator of the same city."""
    if profile.role == Role.ADMIN:
        case = (
            Case.objects.select_related("city")
            .filter(pk=case_id, city_id=profile.city_id, anonymised_at__isnull=True)
            .first()
        )
        if case is None:
            raise Http404(_("No such case."))
        return case
    return _case_or_404(request, case_id, "export or erasure")


@staff_required
@require_POST
def case_erase(request: HttpRequest, case_id: int) -> HttpResponse:
    profile = _profile(request)
    case = _export_case(request, profile, case_id)
    if request.POST.get("confirm") != "yes":
        return HttpResponse(
            _("Please confirm the erasure."), status=400, content_type="text/plain; charset=utf-8"
        )
    try:
        services.case_erase(actor=request.user, case=case, reason=request.POST.get("reason", ""))
    except CaseInputError as exc:
        return HttpResponse(exc.message, status=400, content_type="text/plain; charset=utf-8")
    return render(request, "cases/erased.html", {"case_id": case.pk})


# --- Office --------------------------------------------------------------------------------------


@staff_required
def task_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "open")[:16]
    page = selectors.task_list_for_user(
        user=request.user,
        office_key=request.GET.get("office") or None,
        status=status,
        page=_int(request.GET.get("page")) or 1,
    )
    language = _language()
    office_name = (
        selectors.office_names({page.office.pk}, language).get(page.office.pk, page.office.key)
        if page.office
        else ""
    )
    return render(
        request,
        "cases/task_list.html",
        {
            "page": page,
            "rows": _task_rows(page.tasks, language),
            "office_name": office_name,
            "status": status,
        },
    )


@staff_required
@require_http_methods(["GET", "POST"])
def task_detail(request: HttpRequest, task_id: int) -> HttpResponse:
    task = _task_or_404(request, task_id, "task opened")
    profile = _profile(request)
    language = _language()
    error = ""
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "status":
                services.task_transition(
                    actor=request.user, task=task, to_status=request.POST.get("to", "")[:16]
                )
            elif action == "request":
                labels = request.POST.get("documents", "")[:2000].splitlines()
                services.task_request_documents(actor=request.user, task=task, labels=labels)
            elif action == "handover":
                services.task_handover(
                    actor=request.user, task=task, office=_office(task.case, request)
                )
                return HttpResponseRedirect(
                    reverse("cases:task_list")
                    if is_office_role(profile)
                    else reverse("cases:case_detail", args=[task.case_id])
                )
            elif action == "note":
                services.note_add(
                    actor=request.user, case=task.case, task=task, body=request.POST.get("body", "")
                )
            else:
                raise CaseInputError("action", _("Unknown action."))
        except (CaseInputError, ActionNotAllowed) as exc:
            error = str(getattr(exc, "message", exc))
        else:
            return HttpResponseRedirect(reverse("cases:task_detail", args=[task.pk]))
    row = _task_rows([task], language)[0]
    return render(
        request,
        "cases/task_detail.html",
        {
            "task": task,
            "row": row,
            "is_office": is_office_role(profile) and profile.office_id == task.office_id,
            "steps": services.task_allowed_steps(actor=request.user, task=task),
            "requests": selectors.task_requests(task),
            "notes": selectors.task_notes(task),
            "history": selectors.task_history(task),
            "offices": selectors.city_offices(task.city_id),
            "error": error,
            "final": task.status in FINAL_TASK_STATUSES,
        },
        status=400 if error else 200,
    )


@staff_required
def document_download(request: HttpRequest, document_id: int) -> FileResponse:
    document = selectors.document_get_for_user(user=request.user, document_id=document_id)
    try:
        handle = open(document_path(document.stored_name), "rb")  # noqa: SIM115
    except (OSError, ValueError) as exc:
        raise Http404(_("The file is missing.")) from exc
    extension = document.stored_name.rsplit(".", 1)[-1]
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"document-{document.pk}.{extension}",
        content_type=document.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


# --- Lead and administrator ---------------------------------------------------------------------


@staff_required
def dashboard(request: HttpRequest) -> HttpResponse:
    profile = _profile(request)
    if not can(request.user, "dashboard.view"):
        raise PermissionDenied
    data = dash.dashboard_data(city=profile.city, language=_language())
    audit_record(
        actor=request.user, action="read", object_type="dashboard", object_id=profile.city.slug,
        reason="aggregates only",
    )  # fmt: skip
    if request.GET.get("format") == "csv":
        response = HttpResponse(dash.dashboard_csv(data), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="cases-dashboard.csv"'
        return response
    return render(
        request,
        "cases/dashboard.html",
        {
            "data": data,
            "open_chart": dash.bar_chart_svg(
                [(o.name, o.open) for o in data.offices if o.open], title=_("Open tasks")
            ),
            "trend_chart": dash.trend_chart_svg(data.weeks),
        },
    )


@staff_required
def audit_log(request: HttpRequest) -> HttpResponse:
    if not can(request.user, "audit.search"):
        raise PermissionDenied
    query = AuditQuery(
        case_id=_int(request.GET.get("case")) or None,
        actor=request.GET.get("actor", "")[:150].strip(),
        action=request.GET.get("action", "")[:32].strip(),
        object_type=request.GET.get("object_type", "")[:64].strip(),
    )
    events = list(audit_search(query=query, cities=cities_for(request.user)))
    audit_record(
        actor=request.user, action="read", object_type="audit", object_id=query.case_id or "-",
        case_id=query.case_id, reason="audit search",
    )  # fmt: skip
    return render(request, "cases/audit.html", {"events": events, "query": query})


# --- Newcomer --------------------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def newcomer(request: HttpRequest, token: str) -> HttpResponse:
    """The newcomer's private page: status per task, what is missing, uploads for exactly that."""
    try:
        case = selectors.case_get_by_token(token=token)
    except CaseNotFound as exc:
        raise Http404(_("This link is not valid (any more).")) from exc
    language = _language()
    error = ""
    error_status = 400
    uploaded = False
    if request.method == "POST":
        if int(request.META.get("CONTENT_LENGTH") or 0) > upload_max_bytes() + 64 * 1024:
            error = _("The file is too large.")
        else:
            upload = request.FILES.get("file")
            try:
                if upload is None:
                    raise CaseInputError("file", _("Please choose a file."))
                services.document_upload(
                    case=case, request_id=_int(request.POST.get("request")), upload=upload
                )
            except UploadRejected as exc:
                if exc.code == "storage_full":
                    # 507: our disk is full, not the newcomer's fault; nothing was kept.
                    error = _("We cannot store your file right now. Please try again later.")
                    error_status = 507
                elif exc.code == "too_large":
                    error = _("The file is too large.")
                else:
                    error = _("Please upload a PDF, JPEG or PNG file.")
            except CaseInputError as exc:
                error = exc.message
            else:
                uploaded = True
        if not error:
            return HttpResponseRedirect(request.path + "?uploaded=1")
    tasks = selectors.case_tasks(case)
    rows = _task_rows(tasks, language)
    for row in rows:
        row["missing"] = [r for r in row["task"].requests.all() if r.fulfilled_at is None]
    return render(
        request,
        "cases/newcomer.html",
        {
            "case": case,
            "rows": rows,
            "error": error,
            "uploaded": uploaded or request.GET.get("uploaded") == "1",
            "max_mb": upload_max_bytes() // (1024 * 1024),
            "complete": case.status == "closed",
        },
        status=error_status if error else 200,
    )
