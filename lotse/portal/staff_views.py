"""Staff pages that belong to no single domain app: the start page per role and the audit log.

Both sit behind the staff login; what they show follows `core.permissions` (the audit log
needs "audit.search" and only shows the account's own cities)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from lotse.appointments.selectors import office_name
from lotse.core.audit import (
    Action,
    AuditFilter,
    action_label,
    action_labels,
    audit_filter,
    audit_record,
    object_type_label,
    object_type_labels,
    reason_label,
)
from lotse.core.cities import city_zone
from lotse.core.csvexport import csv_response
from lotse.core.permissions import can, cities_for, staff_profile
from lotse.portal.staff import role_label, staff_nav

PAGE_SIZE = 50
EXPORT_LIMIT = 50_000


def _language() -> str:
    return get_language() or settings.LANGUAGE_CODE


@never_cache
@require_GET
def staff_start(request: HttpRequest) -> HttpResponse:
    """The start page of a staff account: its role and the areas it works in."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    profile = staff_profile(request.user)
    if profile is None:
        raise PermissionDenied
    return render(
        request,
        "portal/staff_start.html",
        {
            "role": role_label(profile.role),
            "office_name": office_name(profile.office, _language()) if profile.office else "",
            "areas": staff_nav(request),
        },
    )


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _int(value: str) -> int | None:
    value = value.strip()[:12]
    return int(value) if value.isdigit() else None


@never_cache
@require_GET
def staff_audit(request: HttpRequest) -> HttpResponse:
    """The audit log: filters by actor, action, object type, object, case and date range
    (case-insensitive), 50 per page, CSV export of the whole result."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not can(request.user, "audit.search"):
        raise PermissionDenied
    profile = staff_profile(request.user)
    zone = city_zone(profile.city) if profile is not None else timezone.get_current_timezone()
    get = request.GET
    date_from, date_to = _day(get.get("from", "")), _day(get.get("to", ""))
    errors: dict[str, str] = {}
    if get.get("from") and date_from is None:
        errors["from"] = _("Enter a date like 2026-12-02.")
    if get.get("to") and date_to is None:
        errors["to"] = _("Enter a date like 2026-12-02.")
    if date_from and date_to and date_to < date_from:
        errors["to"] = _("The end date is before the start date.")
    query = AuditFilter(
        actor=get.get("actor", "")[:150].strip(),
        action=get.get("action", "")[:32].strip(),
        object_type=get.get("object_type", "")[:64].strip(),
        object_id=get.get("object_id", "")[:64].strip(),
        case_id=_int(get.get("case", "")),
        since=dt.datetime.combine(date_from, dt.time(), tzinfo=zone) if date_from else None,
        until=(
            dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time(), tzinfo=zone)
            if date_to
            else None
        ),
        page_views=get.get("page_views") == "1",
    )
    events = audit_filter(query=query, cities=cities_for(request.user))
    language = _language()
    if get.get("format") == "csv" and not errors:
        audit_record(
            actor=request.user, action=Action.EXPORT, object_type="audit", object_id="-",
            reason="audit export",
        )  # fmt: skip
        rows = (
            [
                formats.date_format(e.at.astimezone(zone), "SHORT_DATETIME_FORMAT"),
                e.actor_label,
                action_label(e.action),
                object_type_label(e.object_type),
                e.object_id,
                e.case_id or "",
                reason_label(e.reason),
            ]
            for e in events[:EXPORT_LIMIT]
        )
        return csv_response(
            filename="audit-log.csv",
            header=[
                _("When"),
                _("Who"),
                _("What"),
                _("Object"),
                _("Object id"),
                _("Case"),
                _("Why"),
            ],
            rows=rows,
            language=language,
        )
    page = Paginator(events, PAGE_SIZE).get_page(get.get("page"))
    params = get.copy()
    params.pop("page", None)
    context: dict[str, Any] = {
        "query": query,
        "date_from": get.get("from", "")[:10],
        "date_to": get.get("to", "")[:10],
        "errors": errors,
        "page": page,
        "rows": [
            {
                "e": e,
                "at": e.at.astimezone(zone),
                "action": action_label(e.action),
                "object_type": object_type_label(e.object_type),
                "reason": reason_label(e.reason),
            }
            for e in page.object_list
        ],
        "actions": sorted(action_labels().items(), key=lambda item: item[1].casefold()),
        "object_types": sorted(object_type_labels().items(), key=lambda i: i[1].casefold()),
        "params": params.urlencode(),
    }
    return render(request, "portal/staff_audit.html", context, status=400 if errors else 200)
