"""The virtual office, newcomer side: open offices, knock, the waiting page and its status."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.dates import WEEKDAYS
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lotse.appointments import selectors, services, video
from lotse.appointments.models import QueueEntry, QueueStatus
from lotse.appointments.views import common
from lotse.core.errors import InvalidInput, Limited, NotFound
from lotse.core.http import client_address
from lotse.core.models import City
from lotse.core.tokens import token_new

VIDEO_EARLY = dt.timedelta(minutes=15)
# Identifies the browser that knocked: its heartbeats keep the entry; one live entry per browser.
CLIENT_COOKIE = "lotse_queue_client"


def _client(request: HttpRequest) -> str:
    value = request.COOKIES.get(CLIENT_COOKIE, "")
    return value if 20 <= len(value) <= 100 else ""


@require_GET
def virtual_office(request: HttpRequest, city: str) -> HttpResponse:
    city_obj = common.page_city(request, city)
    language = common.lang()
    offices = [
        {
            "office": v.office,
            "name": selectors.office_name(v.office, language),
            "waiting": v.waiting,
        }
        for v in selectors.virtual_offices(city=city_obj)
    ]
    closed = [] if offices else _closed_info(city_obj, language)
    return render(
        request,
        "appointments/virtual_office.html",
        {**common.city_context(city_obj), "offices": offices, "closed": closed},
    )


def _closed_info(city_obj: Any, language: str) -> list[dict[str, Any]]:
    """While no virtual office is open: when the offices offer video advice (weekday names in
    the reader's language) and which languages they speak."""
    rows = []
    for entry in selectors.video_hours(city=city_obj, language=language):
        languages = []
        for code in entry.languages:
            try:
                languages.append(str(get_language_info(code)["name_translated"]))
            except KeyError:
                languages.append(code)
        rows.append(
            {
                "name": entry.name,
                "hours": [
                    {"day": WEEKDAYS[b["weekday"]], "opens": b["opens"], "closes": b["closes"]}
                    for b in entry.hours
                ],
                "languages": languages,
            }
        )
    return rows


def _closed(request: HttpRequest, city_obj: City, message: str, status: int) -> HttpResponse:
    return common.message_page(
        request, city_obj, title=_("Virtual office"), message=message, status=status
    )


@require_POST
def knock(request: HttpRequest, city: str) -> HttpResponse:
    city_obj = common.page_city(request, city)
    try:
        office_id = int(request.POST.get("office", "0")[:20])
    except ValueError as exc:
        raise Http404(_("No such office.")) from exc
    offices = {v.office.pk: v.office for v in selectors.virtual_offices(city=city_obj)}
    office = offices.get(office_id)
    if office is None:
        return _closed(
            request, city_obj, _("This office is not open in the virtual office right now."), 409
        )
    client = _client(request) or token_new()
    try:
        entry, token = services.queue_knock(
            office=office,
            name=request.POST.get("name", "")[:300],
            language=common.lang(),
            address=client_address(request),
            client=client,
        )
    except Limited as exc:
        return common.limited_page(request, city_obj, exc)
    except InvalidInput:
        return _closed(request, city_obj, _("Please enter your name on one line."), 400)
    response = HttpResponseRedirect(reverse("appointments:wait", args=[entry.pk, token]))
    response.set_cookie(
        CLIENT_COOKIE,
        client,
        max_age=12 * 3600,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response


def _entry(entry_id: int, token: str) -> QueueEntry:
    with common.not_found_page(_("This queue link is not valid.")):
        return selectors.queue_entry_get(entry_id=entry_id, token=token)


def room_url(entry: QueueEntry, name: str) -> str:
    now = timezone.now()
    return video.room_url(
        room=entry.room,
        not_before=now - VIDEO_EARLY,
        expires=now + dt.timedelta(hours=2),
        name=name,
    )


@require_GET
def wait(request: HttpRequest, entry_id: int, token: str) -> HttpResponse:
    entry = _entry(entry_id, token)
    services.queue_heartbeat(entry=entry, client=_client(request))
    position = selectors.queue_position(entry=entry)
    return render(
        request,
        "appointments/wait.html",
        {
            **common.city_context(entry.office.city),
            "entry": entry,
            "token": token,
            "position": position,
            "office_name": selectors.office_name(entry.office, common.lang()),
            "room_url": room_url(entry, entry.name or _("Guest"))
            if entry.status == QueueStatus.ADMITTED
            else "",
        },
    )


@require_GET
def wait_status(request: HttpRequest, entry_id: int, token: str) -> JsonResponse:
    """Polled by the waiting page every few seconds; each poll from the browser that knocked is
    also the heartbeat."""
    try:
        entry = selectors.queue_entry_get(entry_id=entry_id, token=token)
    except NotFound:
        return JsonResponse({"status": "unknown"}, status=404)
    services.queue_heartbeat(entry=entry, client=_client(request))
    entry.refresh_from_db()
    position = selectors.queue_position(entry=entry)
    return JsonResponse(
        {
            "status": entry.status,
            "position": position.position,
            "waiting": position.waiting,
            "estimate_minutes": position.estimate_minutes,
            "room_url": room_url(entry, entry.name or _("Guest"))
            if entry.status == QueueStatus.ADMITTED
            else "",
        }
    )


@require_POST
def wait_leave(request: HttpRequest, entry_id: int, token: str) -> HttpResponse:
    entry = _entry(entry_id, token)
    services.queue_leave(entry=entry)
    return HttpResponseRedirect(
        reverse("appointments:virtual_office", args=[entry.office.city.slug])
    )
