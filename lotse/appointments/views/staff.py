"""Staff pages: the office's day, check-in / no-show / cancel, video, the virtual office.

Access follows core's permission policy (`selectors.staff_offices`): staff see the offices of
their own city only (office roles their own office); an account without a staff profile, a
superuser included, sees none."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from django.contrib import messages
from django.contrib.auth.models import User
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lotse.appointments import selectors, services, video
from lotse.appointments.errors import BookingStateError
from lotse.appointments.models import Booking, BookingStatus, QueueEntry
from lotse.appointments.services.staff import TooEarly, booking_mark_undo
from lotse.appointments.views.common import lang, not_found_page
from lotse.appointments.views.queue import room_url
from lotse.catalog.models import Office
from lotse.core.cities import city_zone
from lotse.core.errors import InvalidInput, NotFound
from lotse.core.hooks import booking_status_labels
from lotse.core.http import base_url
from lotse.core.languages import language_name_in_reader

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
    with not_found_page(_("No such office.")):
        return selectors.staff_office_get(user=request.user, office_id=office_id)


def _booking(request: HttpRequest, booking_id: int, *, with_video: bool = False) -> Booking:
    with not_found_page(_("No such booking.")):
        return selectors.staff_booking_get(
            user=request.user, booking_id=booking_id, with_video=with_video
        )


def _booking_row(booking: Booking, zone: dt.tzinfo, language: str) -> dict[str, Any]:
    local = booking.slot.start.astimezone(zone)
    return {
        "b": booking,
        "time": local.strftime("%H:%M"),
        "day": local.date(),
        "type_name": booking.type.name(language),
        "language_name": language_name_in_reader(booking.language),
        "status": booking_status_labels().get(booking.status, booking.status),
    }


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
            "bookings": [_booking_row(b, zone, lang()) for b in bookings],
            "today": today,
            "present": selectors.present_staff_count(office_id=office.pk),
        },
    )


CONFIRM_QUESTIONS = {
    BookingStatus.CHECKED_IN: "check_in",
    BookingStatus.NO_SHOW: "no_show",
    "cancel": "cancel",
}


def _done_message(action: str, name: str) -> str:
    return {
        BookingStatus.CHECKED_IN: _("%(name)s is checked in."),
        BookingStatus.NO_SHOW: _("%(name)s is noted as not come."),
        "cancel": _("The appointment of %(name)s is cancelled; the person gets an e-mail."),
        "undo": _("Taken back: the appointment of %(name)s is confirmed again."),
    }[action] % {"name": name}


def _error_message(exc: Exception, action: str) -> str:
    if isinstance(exc, TooEarly):
        if action == BookingStatus.CHECKED_IN:
            return _("Check-in is possible from the day of the appointment on.")
        return _("A no-show can be noted once the appointment has begun.")
    if isinstance(exc, InvalidInput) and "reason" in exc.fields:
        return _("Please give a reason for the cancellation; the person reads it.")
    return _("This appointment has changed meanwhile; nothing was done.")


@require_POST
def staff_booking_action(request: HttpRequest, booking_id: int) -> HttpResponse:
    """Check-in, no-show and cancel ask once more on a page of their own ("confirm" in the
    form); a check-in or no-show can be taken back ("undo")."""
    if (redirect := _staff_login(request)) is not None:
        return redirect
    booking = _booking(request, booking_id)
    action = request.POST.get("action", "")
    zone = city_zone(booking.type.city)
    if action in CONFIRM_QUESTIONS and request.POST.get("confirm") != "1":
        return render(
            request,
            "appointments/staff_confirm.html",
            {
                "row": _booking_row(booking, zone, lang()),
                "action": action,
                "question": CONFIRM_QUESTIONS[action],
                "reason": request.POST.get("reason", "")[:500],
                "office_name": selectors.office_name(booking.type.office, lang()),
            },
        )
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
        elif action == "undo":
            booking_mark_undo(booking=booking, user=_user(request))
        else:
            raise InvalidInput({"action": "unknown"})
    except (InvalidInput, BookingStateError) as exc:
        messages.error(request, _error_message(exc, action))
    else:
        messages.success(request, _done_message(action, booking.name))
    day = booking.slot.start.astimezone(city_zone(booking.type.city)).date().isoformat()
    return HttpResponseRedirect(
        reverse("appointments:staff_day", args=[booking.type.office_id])
        + "?date="
        + day
        + f"#booking-{booking.pk}"
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
    waiting = _waiting_rows(office)
    return render(
        request,
        "appointments/staff_virtual.html",
        {
            "office": office,
            "office_name": selectors.office_name(office, lang()),
            "present": bool(presence and presence.present),
            "waiting": len(waiting),
            "people": waiting,
        },
    )


def _minutes(since: dt.datetime) -> int:
    return max(0, int((timezone.now() - since).total_seconds() // 60))


def _waiting_rows(office: Office) -> list[dict[str, Any]]:
    return [
        {
            "entry": e,
            "name": e.name,
            "language_name": language_name_in_reader(e.language),
            "minutes": _minutes(e.created_at),
        }
        for e in selectors.queue_waiting_list(office_id=office.pk)
    ]


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
    # Only the count and the entries' ids: the page reloads its list when they change.
    ids = [e.pk for e in selectors.queue_waiting_list(office_id=office.pk)]
    return JsonResponse({"waiting": len(ids), "ids": ids})


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


def _visitor(request: HttpRequest, entry_id: int) -> QueueEntry:
    """A visitor of the virtual office whom this staff member may see (404 otherwise)."""
    entry = selectors.queue_entry_for_staff(user=request.user, entry_id=entry_id)
    if entry is None:
        raise Http404(_("No such visitor."))
    return entry


@require_GET
def staff_room(request: HttpRequest, entry_id: int) -> HttpResponse:
    if (redirect := _staff_login(request)) is not None:
        return redirect
    entry = _visitor(request, entry_id)
    return render(
        request,
        "appointments/staff_room.html",
        {
            "entry": entry,
            "office_name": selectors.office_name(entry.office, lang()),
            "language_name": language_name_in_reader(entry.language),
            "waited": (
                int((entry.admitted_at - entry.created_at).total_seconds() // 60)
                if entry.admitted_at
                else None
            ),
            "room_url": room_url(entry, request.user.get_username()),
            "case_url": reverse("cases:case_new")
            + "?"
            + urlencode(
                {
                    "name": entry.name,
                    "language": entry.language,
                    "source": "virtual-office",
                    "visit": str(entry.pk),
                }
            ),
        },
    )


@require_POST
def staff_room_end(request: HttpRequest, entry_id: int) -> HttpResponse:
    """End the conversation with a note; back to the room page, which then says so."""
    if (redirect := _staff_login(request)) is not None:
        return redirect
    entry = _visitor(request, entry_id)
    try:
        services.queue_end(entry=entry, user=_user(request), note=request.POST.get("note", ""))
    except BookingStateError:
        messages.error(request, _("This conversation had already ended."))
    else:
        messages.success(request, _("The conversation is ended and your note is saved."))
    return HttpResponseRedirect(reverse("appointments:staff_room", args=[entry.pk]))
