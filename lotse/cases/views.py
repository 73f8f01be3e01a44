"""Staff pages (cases, tasks, dashboard, audit, login) and the newcomer's private page."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
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
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from lotse.cases import dashboard as dash
from lotse.cases import mail, selectors, services
from lotse.cases.labels import (
    CLOSED_AS,
    EVENT_KINDS,
    RELATIONS,
    STAFF_STATUS,
    staff_status,
    status_label,
)
from lotse.cases.models import FINAL_TASK_STATUSES, Case, Task
from lotse.cases.selectors import CaseNotFound
from lotse.cases.services import ActionNotAllowed, CaseInputError
from lotse.cases.storage import UploadRejected, document_path, upload_max_bytes
from lotse.catalog.models import Office
from lotse.core.audit import (
    NEWCOMER,
    AuditQuery,
    action_label,
    audit_record,
    audit_search,
    object_type_label,
    reason_label,
)
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


def _confirm(
    request: HttpRequest,
    *,
    title: str,
    message: str,
    button: str,
    back: str,
    fields: dict[str, str],
) -> HttpResponse:
    """A confirmation page for a step that is hard to undo: the same form posted again with
    confirm=yes does it; "back" leaves everything as it was."""
    return render(
        request, "cases/confirm.html",
        {"title": title, "message": message, "button": button, "back": back, "fields": fields},
    )  # fmt: skip


def _confirmed(request: HttpRequest) -> bool:
    return request.POST.get("confirm") == "yes"


def _flash(request: HttpRequest, message: str) -> None:
    """One line shown on the next page (what really happened)."""
    request.session["cases_flash"] = message


def _mail_note(mailed: bool) -> str:
    return (
        _("The newcomer was sent an e-mail about it.")
        if mailed
        else _("No e-mail was sent (no address, or the newcomer is told another way).")
    )


@staff_required
def case_list(request: HttpRequest) -> HttpResponse:
    if not can(request.user, "case.open"):
        raise PermissionDenied
    status = request.GET.get("status") or ("all" if request.GET.get("all") == "1" else "open")
    status = status if status in ("open", "closed", "all") else "open"
    q = request.GET.get("q", "")[:200].strip()
    sort = request.GET.get("sort", "-opened")
    sort = sort if sort in selectors.CASE_SORTS else "-opened"
    cases = selectors.case_list_for_user(user=request.user, status=status, q=q, sort=sort)
    return render(
        request,
        "cases/case_list.html",
        {
            "cases": cases,
            "status": status,
            "show_all": status == "all",
            "q": q,
            "sort": sort,
            "others": selectors.case_search_city(user=request.user, q=q) if q else [],
            "status_labels": STAFF_STATUS,
        },
    )


def _service_choices(city_id: int, language: str) -> list[tuple[str, str]]:
    from lotse.catalog.models import Service

    services_qs = Service.objects.filter(city_id=city_id).only("id", "key")
    titles = selectors.service_titles({s.pk for s in services_qs}, language)
    choices = [(s.key, titles.get(s.pk, s.key)) for s in services_qs]
    return sorted(choices, key=lambda c: c[1].casefold())


MEMBER_ROWS = 4


def _date(value: str, field: str) -> dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise CaseInputError(field, _("Give the date as YYYY-MM-DD.")) from None


def _members_from_post(
    request: HttpRequest,
) -> tuple[list[services.MemberInput], list[dict[str, Any]]]:
    members: list[services.MemberInput] = []
    rows: list[dict[str, Any]] = []
    for i in range(MEMBER_ROWS):
        row: dict[str, Any] = {
            "name": request.POST.get(f"m{i}-name", "")[:200],
            "birth_date": request.POST.get(f"m{i}-birth_date", "")[:10],
            "nationality": request.POST.get(f"m{i}-nationality", "")[:2],
            "relation": request.POST.get(f"m{i}-relation", "child")[:10],
            "services": request.POST.getlist(f"m{i}-services")[:30],
        }
        rows.append(row)
        if row["name"].strip():
            members.append(
                services.MemberInput(
                    name=row["name"], birth_date=_date(row["birth_date"], f"members.{i}.birth_date"),
                    nationality=row["nationality"], relation=row["relation"],
                    service_keys=row["services"],
                )
            )  # fmt: skip
    return members, rows


def _error_field(field: str) -> str:
    """members.2.name → m2-name (the form's field name)."""
    if field.startswith("members."):
        parts = field.split(".")
        if len(parts) == 3:
            return f"m{parts[1]}-{parts[2]}"
        return "members"
    return field


@staff_required
@require_http_methods(["GET", "POST"])
def case_new(request: HttpRequest) -> HttpResponse:
    profile = _profile(request)
    if not can(request.user, "case.open"):
        raise PermissionDenied
    language = _language()
    errors: dict[str, str] = {}
    # Prefilled from a link (e.g. "open a case from this conversation" in the virtual office).
    values: dict[str, Any] = {
        "name": request.GET.get("name", "")[:200],
        "email": request.GET.get("email", "")[:254],
        "language": request.GET.get("language", language)[:8],
        "services": request.GET.getlist("services")[:30],
    }
    member_rows = [{"relation": "child"} for _i in range(MEMBER_ROWS)]
    duplicates: list[Case] = []
    if request.method == "POST":
        values = {
            "name": request.POST.get("name", "")[:200],
            "email": request.POST.get("email", "")[:254],
            "language": request.POST.get("language", "")[:8],
            "birth_date": request.POST.get("birth_date", "")[:10],
            "nationality": request.POST.get("nationality", "")[:2],
            "services": request.POST.getlist("services")[:30],
            "consent": request.POST.get("consent") == "yes",
        }
        try:
            members, member_rows = _members_from_post(request)
            birth_date = _date(values["birth_date"], "birth_date")
            if request.POST.get("duplicate_ok") != "yes":
                duplicates = services.case_duplicates(
                    city=profile.city, name=values["name"], email=values["email"],
                    birth_date=birth_date,
                )  # fmt: skip
            if not duplicates:
                created = services.case_create(
                    actor=request.user, city=profile.city, name=values["name"],
                    email=values["email"], language=values["language"],
                    consent=values["consent"], service_keys=values["services"],
                    birth_date=birth_date, nationality=values["nationality"], members=members,
                )  # fmt: skip
        except CaseInputError as exc:
            errors[_error_field(exc.field)] = exc.message
        else:
            if not duplicates:
                # Shown once on the next page; only the hash of the token is stored.
                request.session["cases_new_link"] = mail.newcomer_path(created.case, created.token)
                _flash(
                    request,
                    _("The case was opened; the private link was sent by e-mail.")
                    if created.mailed
                    else _(
                        "The case was opened. No e-mail was sent: give the newcomer the link or the printed summary."
                    ),
                )
                return HttpResponseRedirect(reverse("cases:case_detail", args=[created.case.pk]))
    if duplicates:
        audit_record(
            actor=request.user, action="list", object_type="case_duplicates", object_id=profile.user_id,
            reason="duplicate check", details={"cases": [c.pk for c in duplicates]},
        )  # fmt: skip
    return render(
        request,
        "cases/case_new.html",
        {
            "errors": errors,
            "values": values,
            "member_rows": member_rows,
            "duplicates": duplicates,
            "relations": list(RELATIONS.items()),
            "service_choices": _service_choices(profile.city_id, language),
            "languages": [(code, language_name(code)) for code in supported_languages()],
            "consent_text": _(services.CONSENT_TEXTS[services.CONSENT_VERSION]),
            "consent_translations": _consent_translations(),
            "consent_version": services.CONSENT_VERSION,
        },
        status=400 if errors else 200,
    )


def _consent_translations() -> list[tuple[str, str, str]]:
    """The consent text in every language, for the newcomer to read in their own."""
    text = services.CONSENT_TEXTS[services.CONSENT_VERSION]
    rows = []
    for code in supported_languages():
        with translation.override(code):
            rows.append((code, language_name(code), translation.gettext(text)))
    return rows


def _task_rows(tasks: list[Task], language: str, *, newcomer: bool = False) -> list[dict[str, Any]]:
    titles = selectors.service_titles({t.service_id for t in tasks if t.service_id}, language)
    offices = selectors.office_names({t.office_id for t in tasks}, language)
    today = timezone.localdate()
    return [
        {
            "task": t,
            "title": titles.get(t.service_id or 0, t.service_key),
            "office": offices.get(t.office_id, t.office.key),
            "status": status_label(t.status, language) if newcomer else staff_status(t.status),
            "member": t.member.name if t.member_id and t.member else "",
            "overdue": bool(
                t.due_date and t.due_date < today and t.status not in FINAL_TASK_STATUSES
            ),
        }
        for t in tasks
    ]


def _task_of_case(case: Case, request: HttpRequest) -> Task:
    task = (
        case.tasks.select_related("office", "case", "member")
        .filter(pk=_int(request.POST.get("task")))
        .first()
    )
    if task is None:
        raise CaseInputError("task", _("Unknown task."))
    return task


def _post_action(
    act: Callable[[], HttpResponse | None], back: str
) -> tuple[HttpResponse | None, str]:
    """Runs the form action of a staff page. Returns the response (the question asked before a
    final step, or the way `back` once the action is done) or the error to show on the page."""
    try:
        response = act()
    except (CaseInputError, ActionNotAllowed) as exc:
        return None, _error_message(exc)
    return response or HttpResponseRedirect(back), ""


def _task_change_question(change: str) -> tuple[str, str, str]:
    """Title, explanation (with `%(task)s`) and confirm button of the question asked before a
    task is marked done, cancelled or reopened."""
    if change == "done":
        return (
            _("Mark this task done?"),
            _("“%(task)s” will be marked done and the newcomer is told. You can reopen it later."),
            _("Yes, mark it done"),
        )
    if change == "cancelled":
        return (
            _("Cancel this task?"),
            _("“%(task)s” will be cancelled and leaves the office's list. The newcomer is told. You can reopen it later."),
            _("Yes, cancel the task"),
        )  # fmt: skip
    return (
        _("Reopen this task?"),
        _("“%(task)s” will be open again at its office. The newcomer is told."),
        _("Yes, reopen the task"),
    )


def _confirm_task_change(
    request: HttpRequest, change: str, task_title: str, *, back: str, fields: dict[str, str]
) -> HttpResponse:
    title, message, button = _task_change_question(change)
    return _confirm(
        request,
        title=title,
        back=back,
        message=message % {"task": task_title},
        button=button,
        fields=fields,
    )


@staff_required
@require_http_methods(["GET", "POST"])
def case_detail(request: HttpRequest, case_id: int) -> HttpResponse:
    case = _case_or_404(request, case_id, "caseworker opens case")
    language = _language()
    error = ""
    back = reverse("cases:case_detail", args=[case.pk])
    if request.method == "POST":
        response, error = _post_action(
            lambda: _case_action(request, case, back=back, language=language), back
        )
        if response is not None:
            return response
    tasks = selectors.case_tasks(case)
    rows = _task_rows(tasks, language)
    for row in rows:
        row["can_reopen"] = services.task_can_reopen(actor=request.user, task=row["task"])
    members = selectors.case_members(case)
    return render(
        request,
        "cases/case_detail.html",
        {
            "case": case,
            "rows": rows,
            "members": members,
            "relations": list(RELATIONS.items()),
            "relation_labels": RELATIONS,
            "notes": selectors.case_notes(case),
            "offices": _office_choices(case.city_id, language),
            "service_choices": _service_choices(case.city_id, language),
            "new_link": request.session.pop("cases_new_link", None),
            "flash": request.session.pop("cases_flash", None),
            "closed_as": CLOSED_AS.get(case.closed_as, STAFF_STATUS["closed"]),
            "error": error,
            "final": FINAL_TASK_STATUSES,
        },
        status=400 if error else 200,
    )


def _case_action(
    request: HttpRequest, case: Case, *, back: str, language: str
) -> HttpResponse | None:
    """The form action of the case page (`action` in the POST body). Returns a response only for
    a question asked before a final step."""
    action = request.POST.get("action", "")
    if action == "note":
        services.note_add(actor=request.user, case=case, body=request.POST.get("body", ""))
        _flash(request, _("The note was saved."))
    elif action in ("cancel", "reopen"):
        task = _task_of_case(case, request)
        if not _confirmed(request):
            return _confirm_task_change(
                request,
                "cancelled" if action == "cancel" else "reopen",
                _task_rows([task], language)[0]["title"],
                back=back,
                fields={"action": action, "task": str(task.pk)},
            )
        if action == "cancel":
            mailed = services.task_transition(actor=request.user, task=task, to_status="cancelled")
            _flash(request, _("The task was cancelled.") + " " + _mail_note(mailed))
        else:
            mailed = services.task_reopen(actor=request.user, task=task)
            _flash(request, _("The task was reopened.") + " " + _mail_note(mailed))
    elif action == "handover":
        task = _task_of_case(case, request)
        services.task_handover(actor=request.user, task=task, office=_office(case, request))
        _flash(request, _("The task was handed over."))
    elif action == "add_services":
        _added, mailed = services.case_services_add(
            actor=request.user, case=case,
            service_keys=request.POST.getlist("services")[:30],
            member_id=_int(request.POST.get("member")) or None,
        )  # fmt: skip
        _flash(request, _("The service was added.") + " " + _mail_note(mailed))
    elif action == "add_member":
        services.member_add(
            actor=request.user, case=case, name=request.POST.get("member_name", "")[:200],
            birth_date=_date(request.POST.get("member_birth_date", ""), "member_birth_date"),
            nationality=request.POST.get("member_nationality", "")[:2],
            relation=request.POST.get("member_relation", "child")[:10],
        )  # fmt: skip
        _flash(request, _("The household member was added."))
    elif action == "link":
        if not _confirmed(request):
            return _confirm(
                request, title=_("Make a new private link?"), back=back,
                message=_("The newcomer's current link stops working at once. They can only use the new link (by e-mail if an address is given, or on the printed summary)."),
                button=_("Yes, make a new link"), fields={"action": "link"},
            )  # fmt: skip
        token, mailed = services.case_link_renew(actor=request.user, case=case)
        request.session["cases_new_link"] = mail.newcomer_path(case, token)
        _flash(
            request,
            _("A new link was made; the old one no longer works. It was sent by e-mail.")
            if mailed
            else _("A new link was made; the old one no longer works. No e-mail was sent."),
        )
    else:
        raise CaseInputError("action", _("Unknown action."))
    return None


def _error_message(exc: Exception) -> str:
    if isinstance(exc, ActionNotAllowed):
        return _("Your role may not do this.")
    return str(getattr(exc, "message", exc))


def _office_choices(
    city_id: int, language: str, offices: dict[int, tuple[str, str]] | None = None
) -> list[tuple[str, str]]:
    """(key, name) of the city's offices by name, for the hand-over choices; `offices` as
    `selectors.city_office_names` gives it, when the caller has it already."""
    if offices is None:
        offices = selectors.city_office_names(city_id, language)
    return sorted(offices.values(), key=lambda c: c[1].casefold())


def _int(value: str | None) -> int:
    return int(value) if value and value.isdigit() and len(value) < 18 else 0


def _office(case: Case, request: HttpRequest) -> Office:
    office = Office.objects.filter(city_id=case.city_id, key=request.POST.get("office", "")).first()
    if office is None:
        raise CaseInputError("office", _("Choose an office."))
    return office


@staff_required
def case_summary(request: HttpRequest, case_id: int) -> HttpResponse:
    """A printable summary for the family, in their language and in German, with a QR code of
    the private link (when the link can be rebuilt; otherwise a new link is needed)."""
    case = _case_or_404(request, case_id, "summary printed")
    tasks = selectors.case_tasks(case)
    link = mail.newcomer_link(case)
    languages = list(dict.fromkeys([case.language, "de"]))
    parts = []
    for code in languages:
        with translation.override(code):
            rows = _task_rows(tasks, code, newcomer=True)
            for row in rows:
                row["missing"] = [
                    r.newcomer_label or r.label
                    for r in row["task"].requests.all()
                    if r.fulfilled_at is None
                ]
            parts.append({"language": code, "rows": rows, "bidi": code in settings.LANGUAGES_BIDI})
    return render(
        request,
        "cases/summary.html",
        {
            "case": case,
            "parts": parts,
            "members": selectors.case_members(case),
            "link": link,
            "qr_svg": qr_svg(link) if link else "",
        },
    )


def qr_svg(data: str) -> str:
    """The QR code of the link as inline SVG (segno: pure Python, no image files)."""
    import segno

    code = segno.make(data, error="m")
    return code.svg_inline(scale=4, border=2, omitsize=False)


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


def _task_list_args(request: HttpRequest) -> dict[str, Any]:
    status = request.GET.get("status", "open")[:16]
    sort = request.GET.get("sort", "due")[:16]
    return {
        "office_key": request.GET.get("office") or None,
        "status": status if status in selectors.TASK_STATUS_FILTERS else "open",
        "q": request.GET.get("q", "")[:200].strip(),
        "sort": sort if sort in selectors.TASK_SORTS else "due",
        "mine": request.GET.get("mine") == "1",
    }


@staff_required
@require_http_methods(["GET", "POST"])
def task_list(request: HttpRequest) -> HttpResponse:
    profile = _profile(request)
    language = _language()
    error = ""
    if request.method == "POST":
        # Bulk hand-over of the ticked tasks (each loaded through the access-checked selector).
        try:
            ids = [_int(v) for v in request.POST.getlist("tasks")[:100]]
            tasks = [_task_or_404(request, task_id, "bulk hand-over") for task_id in ids if task_id]
            office = Office.objects.filter(
                city_id=profile.city_id, key=request.POST.get("office", "")
            ).first()
            if office is None:
                raise CaseInputError("office", _("Choose an office."))
            count = services.tasks_handover_bulk(actor=request.user, tasks=tasks, office=office)
        except (CaseInputError, ActionNotAllowed) as exc:
            error = _error_message(exc)
        else:
            _flash(
                request,
                ngettext(
                    "%(count)d task was handed over.", "%(count)d tasks were handed over.", count
                )
                % {"count": count},
            )
            return HttpResponseRedirect(request.get_full_path())
    args = _task_list_args(request)
    csv_export = request.GET.get("format") == "csv"
    page = selectors.task_list_for_user(
        user=request.user, page=_int(request.GET.get("page")) or 1,
        page_size=1000 if csv_export else selectors.PAGE_SIZE, **args,
    )  # fmt: skip
    offices = selectors.city_office_names(profile.city_id, language)
    names = {office_id: name for office_id, (_key, name) in offices.items()}
    rows = _task_list_rows(page.tasks, language, names)
    if csv_export:
        return _task_csv(rows, language)
    office_name = names.get(page.office.pk, page.office.key) if page.office else ""
    query: dict[str, str] = {
        k: str(v) for k, v in request.GET.items() if k in ("status", "q", "sort", "mine", "office")
    }
    show_unseen = is_office_role(profile)  # what the office has not opened yet (no inbox else)
    can_handover = show_unseen or profile.role == Role.CASEWORKER
    return render(
        request,
        "cases/task_list.html",
        {
            "page": page,
            "rows": rows,
            "rows_html": _task_list_html(rows, show_unseen=show_unseen),
            "office_name": office_name,
            "status": args["status"],
            "args": args,
            "statuses": [("open", _("open")), ("overdue", _("overdue")), ("all", _("all"))]
            + [
                (s, STAFF_STATUS[s]) for s in ("new", "in_progress", "waiting", "done", "cancelled")
            ],
            "sorts": [
                ("due", _("due date, earliest first")),
                ("-due", _("due date, latest first")),
                ("opened", _("oldest first")),
                ("-opened", _("newest first")),
            ],
            "query": urlencode(query),
            "can_handover": can_handover,
            # The hand-over choices (fifty offices and more): options made here, as the rows.
            "office_options": mark_safe(  # keys and names escaped here
                "".join(
                    f'<option value="{html.escape(key)}">{html.escape(name)}</option>'
                    for key, name in _office_choices(profile.city_id, language, offices)
                )
            )
            if can_handover
            else "",
            "flash": request.session.pop("cases_flash", None),
            "error": error,
        },
        status=400 if error else 200,
    )


def _task_list_rows(
    tasks: list[selectors.TaskListRow], language: str, office_names: dict[int, str]
) -> list[dict[str, Any]]:
    """The list's tasks with their display values (as `_task_rows` gives them for tasks);
    `office_names` names the city's offices."""
    titles = selectors.service_titles({t.service_id for t in tasks if t.service_id}, language)
    unnamed = {t.office_id for t in tasks} - office_names.keys()
    if unnamed:  # not an office of the user's city: not expected, but named all the same
        office_names = {**office_names, **selectors.office_names(unnamed, language)}
    today = timezone.localdate()
    statuses = {status: staff_status(status) for status in {t.status for t in tasks}}
    return [
        {
            "task": t,
            "title": titles.get(t.service_id or 0, t.service_key),
            "office": office_names.get(t.office_id, t.office_key),
            "status": statuses[t.status],
            "member": (t.member_name or "") if t.member_id else "",
            "overdue": bool(
                t.due_date and t.due_date < today and t.status not in FINAL_TASK_STATUSES
            ),
        }
        for t in tasks
    ]


# One row of the task list page, filled in by `_task_list_html`: fifty rows of a dozen template
# lookups, tags and filters each were most of the page's CPU time.
_TASK_ROW = (
    '<tr class="task-row{unseen}"><td><input type="checkbox" name="tasks" value="{id}" '
    'aria-label="{choose} #{id}"></td><td><a href="{url}">#{id}</a>{new}</td>'
    '<td><bdi>{name}</bdi>{member}<br><span class="small">{reference}</span></td>'
    "<td>{title}</td><td>{status}</td><td>{due}{overdue}</td><td>{assignee}</td></tr>"
)


def _task_list_html(rows: list[dict[str, Any]], *, show_unseen: bool) -> SafeString:
    """The rows of the task list page's table. Every text is escaped as the template would
    (`django.utils.html.escape` is `html.escape`, without its lazy-text wrapper);
    ids, dates, references and the address are digits and fixed characters."""
    # The task's address from one reversed address (the id is its only argument).
    head, _sep, tail = reverse("cases:task_detail", args=[987654321]).partition("987654321")
    choose = html.escape(_("Choose"))
    new = format_html(" <strong>{}</strong>", _("new"))
    overdue = format_html(' <strong class="overdue">({})</strong>', _("overdue"))
    parts = []
    for row in rows:
        task = row["task"]
        unseen = show_unseen and not task.seen_at
        task_id = str(task.id)
        parts.append(
            _TASK_ROW.format(
                unseen=" unseen" if unseen else "",
                id=task_id,
                choose=choose,
                url=head + task_id + tail,
                new=new if unseen else "",
                name=html.escape(task.case_name),
                member=f" / <bdi>{html.escape(row['member'])}</bdi>" if row["member"] else "",
                reference=html.escape(task.reference),
                title=html.escape(row["title"]),
                status=html.escape(row["status"]),
                due=task.due_date.strftime("%d.%m.%Y") if task.due_date else "",
                overdue=overdue if row["overdue"] else "",
                assignee=html.escape(task.assignee_username or "–"),
            )
        )
    return mark_safe("".join(parts))  # the texts in it are escaped above


def _task_csv(rows: list[dict[str, Any]], language: str) -> HttpResponse:
    """The list as CSV; for German Excel a `;` separator and a UTF-8 byte-order mark."""
    german = language == "de"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if german else ",")
    writer.writerow(
        [_("Task"), _("Reference"), _("Newcomer"), _("Service"), _("Office"), _("Status"), _("Due")]
    )
    for row in rows:
        task = row["task"]
        writer.writerow(
            [
                task.id, task.reference,
                task.case_name + (f" / {row['member']}" if row["member"] else ""),
                row["title"], row["office"], row["status"],
                task.due_date.strftime("%d.%m.%Y" if german else "%Y-%m-%d") if task.due_date else "",
            ]
        )  # fmt: skip
    body = ("\ufeff" if german else "") + buffer.getvalue()
    response = HttpResponse(body.encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="tasks.csv"'
    return response


def _history_rows(task: Task, language: str) -> list[dict[str, Any]]:
    events = selectors.task_history(task)
    office_ids = {e.to_office_id for e in events if e.to_office_id}
    names = selectors.office_names(office_ids, language) if office_ids else {}
    return [
        {
            "at": e.at,
            "by": _("Newcomer") if e.actor_label == NEWCOMER else e.actor_label,
            "kind": EVENT_KINDS.get(e.kind, e.kind),
            "to_status": staff_status(e.to_status) if e.to_status else "",
            "to_office": names.get(e.to_office_id or 0, e.to_office.key if e.to_office else ""),
        }
        for e in events
    ]


@staff_required
@require_http_methods(["GET", "POST"])
def task_detail(request: HttpRequest, task_id: int) -> HttpResponse:
    task = _task_or_404(request, task_id, "task opened")
    profile = _profile(request)
    language = _language()
    error = ""
    back = reverse("cases:task_detail", args=[task.pk])
    title = _task_rows([task], language)[0]["title"]
    if request.method == "POST":
        response, error = _post_action(
            lambda: _task_action(
                request, task, profile=profile, title=title, back=back, language=language
            ),
            back,
        )
        if response is not None:
            return response
    services.task_mark_seen(actor=request.user, task=task)
    row = _task_rows([task], language)[0]
    is_office = is_office_role(profile) and profile.office_id == task.office_id
    requests = selectors.task_requests(task)
    asked = {r.key for r in requests if r.key and r.fulfilled_at is None}
    return render(
        request,
        "cases/task_detail.html",
        {
            "task": task,
            "row": row,
            "is_office": is_office,
            "is_caseworker": profile.role == Role.CASEWORKER,
            "steps": services.task_allowed_steps(actor=request.user, task=task),
            "step_labels": {
                "in_progress": _("Start work"),
                "done": _("Mark done"),
                "cancelled": _("Cancel task"),
            },
            "can_reopen": services.task_can_reopen(actor=request.user, task=task),
            "requests": requests,
            "document_choices": [
                (key, label)
                for key, label in services.service_documents(task, language)
                if key not in asked
            ],
            "reject_reasons": [
                (code, services.reject_reason_text(code) or _("Other (say what below)"))
                for code in services.REJECT_REASONS
            ],
            "notes": selectors.task_notes(task),
            "history": _history_rows(task, language),
            "offices": _office_choices(task.city_id, language),
            "flash": request.session.pop("cases_flash", None),
            "error": error,
            "final": task.status in FINAL_TASK_STATUSES,
        },
        status=400 if error else 200,
    )


def _task_action(
    request: HttpRequest, task: Task, *, profile: StaffProfile, title: str, back: str, language: str
) -> HttpResponse | None:
    """The form action of the task page (`action` in the POST body). Returns a response only for
    a question asked before a final step or a way elsewhere than back to the task."""
    action = request.POST.get("action", "")
    if action == "status":
        to = request.POST.get("to", "")[:16]
        if to in ("done", "cancelled") and not _confirmed(request):
            return _confirm_task_change(
                request, to, title, back=back, fields={"action": "status", "to": to}
            )
        mailed = services.task_transition(actor=request.user, task=task, to_status=to)
        _flash(request, _("The status was changed.") + " " + _mail_note(mailed))
    elif action == "reopen":
        if not _confirmed(request):
            return _confirm_task_change(
                request, "reopen", title, back=back, fields={"action": "reopen"}
            )
        mailed = services.task_reopen(actor=request.user, task=task)
        _flash(request, _("The task was reopened.") + " " + _mail_note(mailed))
    elif action == "request":
        labels = request.POST.get("documents", "")[:2000].splitlines()
        requested = services.task_request_documents(
            actor=request.user, task=task, labels=labels,
            document_keys=request.POST.getlist("document_keys")[:20],
            staff_language=language,
        )  # fmt: skip
        _flash(
            request,
            _("The documents were requested. The newcomer was sent an e-mail in their language.")
            if requested.mailed
            else _(
                "The documents were requested. No e-mail was sent: the newcomer sees them on their private page."
            ),
        )
    elif action == "handover":
        services.task_handover(actor=request.user, task=task, office=_office(task.case, request))
        _flash(request, _("The task was handed over."))
        return HttpResponseRedirect(
            reverse("cases:task_list")
            if is_office_role(profile)
            else reverse("cases:case_detail", args=[task.case_id])
        )
    elif action in ("assign", "unassign"):
        services.task_assign(actor=request.user, task=task, to_me=action == "assign")
        _flash(
            request,
            _("The task is now yours.")
            if action == "assign"
            else _("The task is back with the office."),
        )
    elif action == "review":
        document = selectors.document_get_for_user(
            user=request.user, document_id=_int(request.POST.get("document")),
            reason="document checked",
        )  # fmt: skip
        if document.task_id != task.pk:
            raise CaseInputError("document", _("Unknown document."))
        accept = request.POST.get("decision") == "accept"
        mailed = services.document_review(
            actor=request.user, document=document, accept=accept,
            reason=request.POST.get("reason", "")[:20],
            note=request.POST.get("note", "")[:400],
        )  # fmt: skip
        _flash(
            request,
            _("The document was accepted.")
            if accept
            else _("The document was rejected.") + " " + _mail_note(mailed),
        )
    elif action == "note":
        services.note_add(
            actor=request.user, case=task.case, task=task, body=request.POST.get("body", "")
        )
        _flash(request, _("The note was saved."))
    else:
        raise CaseInputError("action", _("Unknown action."))
    return None


PREVIEW_TYPES = {"application/pdf", "image/png", "image/jpeg"}


@staff_required
def document_download(request: HttpRequest, document_id: int) -> FileResponse:
    """The file under a name that says what it is (<reference>-<document>.<ext>); with
    ?preview=1 shown inline (PDF and images only, as the type checked at upload)."""
    document = selectors.document_get_for_user(user=request.user, document_id=document_id)
    try:
        handle = open(document_path(document.stored_name), "rb")  # noqa: SIM115
    except (OSError, ValueError) as exc:
        raise Http404(_("The file is missing.")) from exc
    extension = document.stored_name.rsplit(".", 1)[-1]
    name = slugify(document.request.label)[:60] or f"document-{document.pk}"
    preview = request.GET.get("preview") == "1" and document.content_type in PREVIEW_TYPES
    response = FileResponse(
        handle,
        as_attachment=not preview,
        filename=f"{document.task.case.reference}-{name}.{extension}",
        content_type=document.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store, private"
    # PDF viewers do not run in a sandboxed document; a PDF gets no script, frame or form sources.
    response["Content-Security-Policy"] = (
        "default-src 'none'; object-src 'self'; frame-ancestors 'self'"
        if preview and document.content_type == "application/pdf"
        else "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"
    )
    return response


@staff_required
def inbox(request: HttpRequest) -> HttpResponse:
    """New and handed-over tasks nobody of the office opened yet, and unchecked uploads."""
    language = _language()
    box = selectors.inbox_for_user(user=request.user)
    return render(
        request,
        "cases/inbox.html",
        {
            "box": box,
            "rows": _task_rows(box.tasks, language),
        },
    )


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
        response = HttpResponse(
            dash.dashboard_csv(data, _language()), content_type="text/csv; charset=utf-8"
        )
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
    for event in events:  # names in the reader's language, not the stored codes
        event.action_text = action_label(event.action)  # type: ignore[attr-defined]
        event.object_text = object_type_label(event.object_type)  # type: ignore[attr-defined]
        event.reason_text = reason_label(event.reason)  # type: ignore[attr-defined]
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
    rows = _task_rows(tasks, language, newcomer=True)
    for row in rows:
        requests = list(row["task"].requests.all())
        row["missing"] = [r for r in requests if r.fulfilled_at is None]
        # What they sent, and what the office made of it (a rejection with its reason).
        row["sent"] = [
            {
                "label": r.newcomer_label or r.label,
                "at": d.uploaded_at,
                "review": d.review,
                "reason": _reject_text(d.reject_reason) if d.review == "rejected" else "",
            }
            for r in requests
            for d in r.documents.all()
        ]
    return render(
        request,
        "cases/newcomer.html",
        {
            "case": case,
            "rows": rows,
            "error": error,
            "uploaded": uploaded or request.GET.get("uploaded") == "1",
            "max_mb": upload_max_bytes() // (1024 * 1024),
            "complete": case.status == "closed" and case.closed_as in ("completed", ""),
            "closed": case.status == "closed",
        },
        status=error_status if error else 200,
    )


def _reject_text(stored: str) -> str:
    code, _sep, note = stored.partition(":")
    return services.reject_reason_text(code, note)
