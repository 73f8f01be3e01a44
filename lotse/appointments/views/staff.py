"""Staff pages: the office's day, check-in / no-show / cancel, video, the virtual office.

Access follows core's permission policy (`selectors.staff_offices`): staff see the offices of
their own city only (office roles their own office); an account without a staff profile, a
superuser included, sees none."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from django.contrib.auth.models import User
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lotse.appointments import selectors, services, video
from lotse.appointments.errors import BookingStateError
from lotse.appointments.models import Booking, BookingStatus
from lotse.appointments.views.common import lang
from lotse.appointments.views.queue import room_url
from lotse.catalog.models import Office
from lotse.core.cities import city_zone
from lotse.core.errors import InvalidInput, NotFound
from lotse.core.http import base_url

VIDEO_EARLY = dt.timedelta(minutes=15)
FIRST_DAY = dt.date(2000, 1, 1)
LAST_DAY = dt.date(2999, 12, 31)


def _staff_login(request: HttpRequest) -> HttpResponse | None:
    if not request.user.is_authenticated:
        # The project's staff login (settings.LOGIN_URL) with a way back here.
        return redirect_to_login(request.get_full_path())
    return None


def _user(request: HttpRequest) -> User:
    # Only called after _staff_login let the request through.
    return cast(User, request.user)


def _office(request: HttpRequest, office_id: int) -> Office:
    try:
        return selectors.staff_office_get(user=request.user, office_id=office_id)
    except NotFound as exc:
        raise Http404(_("No such office.")) from exc


def _booking(request: HttpRequest, booking_id: int, *, with_video: bool = False) -> Booking:
    try:
        return selectors.staff_booking_get(
            user=request.user, booking_id=booking_id, with_video=with_video
        )
    except NotFound as exc:
        raise Http404(_("No such booking.")) from exc


@require_GET
def staff_home(request: HttpRequest) -> HttpResponse:
    if (redirect := _staff_login(request)) is not None:
        return redirect
    language = lang()
    offices: list[dict[str, Any]] = [
        {"office": o, "name": selectors.office_name(o, language)}
        for o in selectors.staff_offices(user=request.user).prefetch_related("texts")[:100]
    ]
    if len(offices) == 1:
        return HttpResponseRedirect(
            reverse("appointments:staff_day", args=[offices[0]["office"].pk])
        )
    return render(request, "appointments/staff_home.html", {"offices": offices})


@require_GET
def staff_day(request: HttpRequest, office_id: int) -> HttpResponse:
    if (redirect := _staff_login(request)) is not None:
        return redirect
    office = _office(request, office_id)
    zone = city_zone(office.city)
    today = timezone.localdate(timezone=zone)
    try:
        day = dt.date.fromisoformat(request.GET.get("date", "")[:10])
    except ValueError:
        day = today
    if not FIRST_DAY <= day <= LAST_DAY:
        day = today  # the ends of the calendar have no neighbour days to link to
    bookings = selectors.day_bookings_for_staff(user=_user(request), office=office, day=day)
    return render(
        request,
        "appointments/staff_day.html",
        {
            "office": office,
            "office_name": selectors.office_name(office, lang()),
            "day": day,
            "previous": day - dt.timedelta(days=1),
            "next": day + dt.timedelta(days=1),
            "bookings": [
                {"b": b, "time": b.slot.start.astimezone(zone).strftime("%H:%M")} for b in bookings
            ],
            "present": selectors.present_staff_count(office_id=office.pk),
        },
    )


@require_POST
def staff_booking_action(request: HttpRequest, booking_id: int) -> HttpResponse:
    if (redirect := _staff_login(request)) is not None:
        return redirect
    booking = _booking(request, booking_id)
    action = request.POST.get("action", "")
    try:
        if action in {BookingStatus.CHECKED_IN, BookingStatus.NO_SHOW}:
            services.booking_mark(booking=booking, status=action, user=_user(request))
        elif action == "cancel":
            services.booking_cancel_by_staff(
                booking=booking,
                user=_user(request),
                reason=request.POST.get("reason", ""),
                base_url=base_url(request),
            )
    except (InvalidInput, BookingStateError):
        pass
    day = booking.slot.start.astimezone(city_zone(booking.type.city)).date().isoformat()
    return HttpResponseRedirect(
        reverse("appointments:staff_day", args=[booking.type.office_id]) + "?date=" + day
    )


@require_GET
def staff_booking_video(request: HttpRequest, booking_id: int) -> HttpResponse:
    if (redirect := _staff_login(request)) is not None:
        return redirect
    booking = _booking(request, booking_id, with_video=True)
    services.booking_video_join(booking=booking, user=_user(request))
    return HttpResponseRedirect(
        video.room_url(
            room=booking.video_room,
            not_before=booking.slot.start - VIDEO_EARLY,
            expires=booking.slot.end + VIDEO_EARLY,
            name=request.user.get_username(),
        )
    )


@require_http_methods(["GET", "POST"])
def staff_virtual(request: HttpRequest, office_id: int) -> HttpResponse:
    if (redirect := _staff_login(request)) is not None:
        return redirect
    office = _office(request, office_id)
    if request.method == "POST":
        services.presence_set(
            user=_user(request), office=office, present=request.POST.get("present") == "1"
        )
        return HttpResponseRedirect(reverse("appointments:staff_virtual", args=[office.pk]))
    presence = office.presences.filter(user_id=_user(request).pk).first()
    if presence is not None and presence.present:
        services.presence_heartbeat(user=_user(request), office=office)
    services.queue_drop_stale(office=office)
    waiting = selectors.queue_waiting_count(office_id=office.pk)
    return render(
        request,
        "appointments/staff_virtual.html",
        {
            "office": office,
            "office_name": selectors.office_name(office, lang()),
            "present": bool(presence and presence.present),
            "waiting": waiting,
        },
    )


@require_GET
def staff_virtual_status(request: HttpRequest, office_id: int) -> JsonResponse:
    if not request.user.is_authenticated:
        return JsonResponse({"error": "login"}, status=403)
    try:
        office = selectors.staff_office_get(user=request.user, office_id=office_id)
    except NotFound:
        return JsonResponse({"error": "office"}, status=404)
    services.presence_heartbeat(user=_user(request), office=office)
    services.queue_drop_stale(office=office)
    return JsonResponse({"waiting": selectors.queue_waiting_count(office_id=office.pk)})


@require_POST
def staff_admit(request: HttpRequest, office_id: int) -> HttpResponse:
    if (redirect := _staff_login(request)) is not None:
        return redirect
    office = _office(request, office_id)
    entry = services.queue_admit_next(office=office, user=_user(request))
    if entry is None:
        return HttpResponseRedirect(
            reverse("appointments:staff_virtual", args=[office.pk]) + "?empty=1"
        )
    return HttpResponseRedirect(reverse("appointments:staff_room", args=[entry.pk]))


@require_GET
def staff_room(request: HttpRequest, entry_id: int) -> HttpResponse:
    if (redirect := _staff_login(request)) is not None:
        return redirect
    entry = selectors.queue_entry_for_staff(user=request.user, entry_id=entry_id)
    if entry is None:
        raise Http404(_("No such visitor."))
    return render(
        request,
        "appointments/staff_room.html",
        {
            "entry": entry,
            "office_name": selectors.office_name(entry.office, lang()),
            "room_url": room_url(entry, request.user.get_username()),
        },
    )
