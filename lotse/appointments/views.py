"""Portal pages: book, confirm and manage appointments; the virtual office; the staff day view."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast
from urllib.parse import quote

from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.auth.views import redirect_to_login
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lotse.appointments import notifications, pow, selectors, services, video
from lotse.appointments.api import base_url, client_address
from lotse.appointments.models import Booking, BookingStatus, Mode, QueueStatus
from lotse.catalog import selectors as catalog_selectors
from lotse.catalog.selectors import CatalogNotFound
from lotse.core.audit import audit_record
from lotse.core.languages import speaks_filter
from lotse.core.models import City

DAYS_SHOWN = 14


def _lang() -> str:
    return get_language() or settings.LANGUAGE_CODE


def _city(slug: str) -> City:
    try:
        return catalog_selectors.city_get(slug=slug)
    except CatalogNotFound as exc:
        raise Http404(_("There is no city “%(slug)s” in Lotse.") % {"slug": slug[:64]}) from exc


def _city_context(city: City) -> dict[str, Any]:
    language = _lang()
    welcome = catalog_selectors.welcome_office(city=city, language=language)
    return {"city": city, "city_name": city.name(language), "welcome": welcome}


def _type(city: City, key: str) -> Any:
    try:
        return selectors.appointment_type_get(city=city, key=key)
    except selectors.NotFound as exc:
        raise Http404(_("No such appointment type.")) from exc


# --- booking -----------------------------------------------------------------------------------


@require_GET
def type_index(request: HttpRequest, city: str) -> HttpResponse:
    city_obj = _city(city)
    language = _lang()
    filter_context = speaks_filter(request, extra=catalog_selectors.office_languages(city=city_obj))
    listed = selectors.appointment_type_list(city=city_obj, speaks=filter_context["speaks"] or None)
    types = [
        {
            "type": t,
            "name": t.name(language),
            "office": selectors.office_name(t.office, language),
            "languages": t.office.languages,
        }
        for t in listed.prefetch_related("office__texts")
    ]
    return render(
        request,
        "appointments/types.html",
        {**_city_context(city_obj), "types": types, **filter_context},
        status=400 if filter_context["speaks_error"] else 200,
    )


def _days(type_: Any, *, exclude_slot: int | None = None) -> list[dict[str, Any]]:
    today = timezone.localdate()
    services.slots_ensure(type_=type_, today=today)
    days: dict[dt.date, list[Any]] = {}
    for slot in selectors.slot_list(
        type_=type_, date_from=today, date_to=today + dt.timedelta(days=DAYS_SHOWN), only_free=True
    ):
        if slot.pk == exclude_slot:
            continue
        local = slot.start.astimezone(selectors.BERLIN)
        days.setdefault(local.date(), []).append({"slot": slot, "time": local.strftime("%H:%M")})
    return [{"date": day, "slots": slots} for day, slots in days.items()]


@require_http_methods(["GET", "POST"])
def book(request: HttpRequest, city: str, key: str) -> HttpResponse:
    city_obj = _city(city)
    type_ = _type(city_obj, key)
    language = _lang()
    errors: dict[str, str] = {}
    values = {"name": "", "email": "", "language": language, "slot": ""}
    status = 200
    if request.method == "POST":
        values = {k: request.POST.get(k, "")[:300] for k in values}
        proof_ok = False
        if request.POST.get("pow_nonce"):
            try:
                pow.proof_verify(
                    challenge=request.POST.get("pow_challenge", ""),
                    nonce=request.POST.get("pow_nonce", ""),
                )
                proof_ok = True
            except pow.ProofInvalid:
                errors["pow"] = _("The anti-robot check failed. Please send the form again.")
        if not errors:
            try:
                booking, _token = services.booking_create(
                    request=services.BookingRequest(**values),
                    address=client_address(request),
                    proof_ok=proof_ok,
                    base_url=base_url(request),
                )
            except services.BookingInvalid as exc:
                errors = {f: _("Please check this field.") for f in exc.fields}
            except services.SlotFull:
                errors["slot"] = _("Someone was faster: this time is taken. Please choose another.")
                status = 409
            except services.BookingLimited as exc:
                response = render(
                    request,
                    "appointments/limited.html",
                    {**_city_context(city_obj), "retry_minutes": exc.retry_after // 60 + 1},
                    status=429,
                )
                response["Retry-After"] = str(exc.retry_after)
                return response
            else:
                return HttpResponseRedirect(
                    reverse("appointments:sent", args=[city_obj.slug])
                    + "?email="
                    + quote(booking.email)
                )
        status = status if status != 200 else 400
    issued = pow.challenge_issue()
    return render(
        request,
        "appointments/book.html",
        {
            **_city_context(city_obj),
            "type": type_,
            "type_name": type_.name(language),
            "office_name": selectors.office_name(type_.office, language),
            "days": _days(type_),
            "errors": errors,
            "values": values,
            "challenge": issued.challenge,
            "difficulty": issued.difficulty,
            "languages": settings.LANGUAGES,
        },
        status=status,
    )


@require_GET
def sent(request: HttpRequest, city: str) -> HttpResponse:
    city_obj = _city(city)
    return render(
        request,
        "appointments/sent.html",
        {**_city_context(city_obj), "email": request.GET.get("email", "")[:254]},
    )


@require_POST
def waitlist_join(request: HttpRequest, city: str, key: str) -> HttpResponse:
    city_obj = _city(city)
    type_ = _type(city_obj, key)
    needed = request.POST.get("needed_by", "")
    try:
        needed_by = dt.date.fromisoformat(needed) if needed else None
        services.rate_limit_hit(
            key="waitlist:" + services.address_digest(client_address(request)),
            limit=10,
            window_seconds=3600,
        )
        services.waitlist_register(
            type_=type_,
            name=request.POST.get("name", "")[:200],
            email=request.POST.get("email", "")[:254],
            language=request.POST.get("language", _lang())[:8],
            needed_by=needed_by,
        )
    except (ValueError, services.BookingInvalid, services.BookingLimited):
        return render(
            request,
            "appointments/message.html",
            {
                **_city_context(city_obj),
                "title": _("Waiting list"),
                "message": _("We could not add you. Please check the form and try again."),
            },
            status=400,
        )
    return render(
        request,
        "appointments/message.html",
        {
            **_city_context(city_obj),
            "title": _("Waiting list"),
            "message": _("You are on the waiting list. We will e-mail you when a seat is free."),
        },
    )


def _booking(booking_id: int, token: str) -> Booking:
    try:
        return selectors.booking_get(booking_id=booking_id, token=token)
    except selectors.NotFound as exc:
        raise Http404(_("This booking link is not valid.")) from exc


@require_GET
def manage(request: HttpRequest, booking_id: int, token: str) -> HttpResponse:
    booking = _booking(booking_id, token)
    city = booking.type.city
    language = _lang()
    return render(
        request,
        "appointments/manage.html",
        {
            **_city_context(city),
            "booking": booking,
            "token": token,
            "type_name": booking.type.name(language),
            "office_name": selectors.office_name(booking.type.office, language),
            "start": booking.slot.start.astimezone(selectors.BERLIN),
            "end": booking.slot.end.astimezone(selectors.BERLIN),
            "days": _days(booking.type, exclude_slot=booking.slot_id) if booking.is_active else [],
            "is_video": booking.type.mode == Mode.VIDEO,
            "message": request.GET.get("done", "")[:20],
        },
    )


def _back(booking: Booking, token: str, done: str) -> HttpResponseRedirect:
    return HttpResponseRedirect(
        reverse("appointments:manage", args=[booking.pk, token]) + "?done=" + done
    )


@require_POST
def confirm(request: HttpRequest, booking_id: int, token: str) -> HttpResponse:
    booking = _booking(booking_id, token)
    try:
        services.booking_confirm(booking=booking, token=token, base_url=base_url(request))
    except services.BookingStateError:
        return _back(booking, token, "too-late")
    return _back(booking, token, "confirmed")


@require_POST
def cancel(request: HttpRequest, booking_id: int, token: str) -> HttpResponse:
    booking = _booking(booking_id, token)
    try:
        services.booking_cancel(booking=booking, by="newcomer", base_url=base_url(request))
    except services.BookingStateError:
        return _back(booking, token, "not-active")
    return _back(booking, token, "cancelled")


@require_POST
def reschedule(request: HttpRequest, booking_id: int, token: str) -> HttpResponse:
    booking = _booking(booking_id, token)
    try:
        slot_id = int(request.POST.get("slot", "0"))
        services.booking_reschedule(
            booking=booking, token=token, slot_id=slot_id, base_url=base_url(request)
        )
    except (ValueError, services.BookingInvalid, services.SlotFull, services.BookingStateError):
        return _back(booking, token, "not-moved")
    return _back(booking, token, "moved")


@require_GET
def calendar_file(request: HttpRequest, booking_id: int, token: str) -> HttpResponse:
    booking = _booking(booking_id, token)
    if booking.status not in {BookingStatus.CONFIRMED, BookingStatus.CANCELLED}:
        raise Http404(_("The calendar file exists once the booking is confirmed."))
    method = "CANCEL" if booking.status == BookingStatus.CANCELLED else "REQUEST"
    url = notifications.manage_url(booking, token, base_url=base_url(request))
    text = notifications.booking_calendar(booking, token_url=url, method=method)
    response = HttpResponse(text, content_type=f"text/calendar; charset=utf-8; method={method}")
    response["Content-Disposition"] = f'attachment; filename="appointment-{booking.pk}.ics"'
    return response


VIDEO_EARLY = dt.timedelta(minutes=15)


@require_GET
def booking_video(request: HttpRequest, booking_id: int, token: str) -> HttpResponse:
    """The newcomer's link to the room: valid for this appointment, around its time only."""
    booking = _booking(booking_id, token)
    now = timezone.now()
    opens = booking.slot.start - VIDEO_EARLY
    if (
        booking.type.mode != Mode.VIDEO
        or booking.status != BookingStatus.CONFIRMED
        or not booking.video_room
        or not (opens <= now <= booking.slot.end + VIDEO_EARLY)
    ):
        return render(
            request,
            "appointments/message.html",
            {
                **_city_context(booking.type.city),
                "title": _("Video appointment"),
                "message": _("The video room opens 15 minutes before your confirmed appointment."),
            },
            status=403,
        )
    return HttpResponseRedirect(
        video.room_url(
            room=booking.video_room,
            not_before=opens,
            expires=booking.slot.end + VIDEO_EARLY,
            name=booking.name,
        )
    )


# --- virtual office: newcomer side -----------------------------------------------------------


@require_GET
def virtual_office(request: HttpRequest, city: str) -> HttpResponse:
    city_obj = _city(city)
    language = _lang()
    offices = [
        {
            "office": v.office,
            "name": selectors.office_name(v.office, language),
            "waiting": v.waiting,
        }
        for v in selectors.virtual_offices(city=city_obj)
    ]
    return render(
        request, "appointments/virtual_office.html", {**_city_context(city_obj), "offices": offices}
    )


@require_POST
def knock(request: HttpRequest, city: str) -> HttpResponse:
    city_obj = _city(city)
    try:
        office_id = int(request.POST.get("office", "0"))
        services.rate_limit_hit(
            key="knock:" + services.address_digest(client_address(request)),
            limit=20,
            window_seconds=600,
        )
    except ValueError as exc:
        raise Http404(_("No such office.")) from exc
    except services.BookingLimited as exc:
        response = render(
            request,
            "appointments/limited.html",
            {**_city_context(city_obj), "retry_minutes": exc.retry_after // 60 + 1},
            status=429,
        )
        response["Retry-After"] = str(exc.retry_after)
        return response
    offices = {v.office.pk: v.office for v in selectors.virtual_offices(city=city_obj)}
    office = offices.get(office_id)
    if office is None:
        return render(
            request,
            "appointments/message.html",
            {
                **_city_context(city_obj),
                "title": _("Virtual office"),
                "message": _("This office is not open in the virtual office right now."),
            },
            status=409,
        )
    entry, token = services.queue_knock(
        office=office, name=request.POST.get("name", ""), language=_lang()
    )
    return HttpResponseRedirect(reverse("appointments:wait", args=[entry.pk, token]))


def _entry(entry_id: int, token: str) -> Any:
    try:
        return selectors.queue_entry_get(entry_id=entry_id, token=token)
    except selectors.NotFound as exc:
        raise Http404(_("This queue link is not valid.")) from exc


def _room_url(entry: Any, name: str) -> str:
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
    services.queue_heartbeat(entry=entry)
    position = selectors.queue_position(entry=entry)
    return render(
        request,
        "appointments/wait.html",
        {
            **_city_context(entry.office.city),
            "entry": entry,
            "token": token,
            "position": position,
            "office_name": selectors.office_name(entry.office, _lang()),
            "room_url": _room_url(entry, entry.name or _("Guest"))
            if entry.status == QueueStatus.ADMITTED
            else "",
        },
    )


@require_GET
def wait_status(request: HttpRequest, entry_id: int, token: str) -> JsonResponse:
    """Polled by the waiting page every few seconds; each poll is also the heartbeat."""
    try:
        entry = selectors.queue_entry_get(entry_id=entry_id, token=token)
    except selectors.NotFound:
        return JsonResponse({"status": "unknown"}, status=404)
    services.queue_heartbeat(entry=entry)
    entry.refresh_from_db()
    position = selectors.queue_position(entry=entry)
    return JsonResponse(
        {
            "status": entry.status,
            "position": position.position,
            "waiting": position.waiting,
            "estimate_minutes": position.estimate_minutes,
            "room_url": _room_url(entry, entry.name or _("Guest"))
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


# --- staff -----------------------------------------------------------------------------------


def _staff_login(request: HttpRequest) -> HttpResponse | None:
    if not request.user.is_authenticated:
        # The project's staff login (settings.LOGIN_URL) with a way back here.
        return redirect_to_login(request.get_full_path())
    return None


def _user(request: HttpRequest) -> User:
    # Only called after _staff_login let the request through.
    return cast(User, request.user)


def _office(request: HttpRequest, office_id: int) -> Any:
    try:
        return selectors.staff_office_get(user=request.user, office_id=office_id)
    except selectors.NotFound as exc:
        raise Http404(_("No such office.")) from exc


@require_GET
def staff_home(request: HttpRequest) -> HttpResponse:
    if (redirect := _staff_login(request)) is not None:
        return redirect
    language = _lang()
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
    try:
        day = (
            dt.date.fromisoformat(request.GET.get("date", ""))
            if request.GET.get("date")
            else timezone.localdate()
        )
    except ValueError:
        day = timezone.localdate()
    bookings = list(selectors.day_bookings(office=office, day=day))
    # Names and e-mail addresses are personal data: every view of the list is logged.
    audit_record(
        actor=request.user,
        action="list",
        object_type="office_day",
        object_id=f"{office.pk}:{day.isoformat()}",
        reason="appointments day view",
        details={"bookings": [b.pk for b in bookings][:200]},
    )
    return render(
        request,
        "appointments/staff_day.html",
        {
            "office": office,
            "office_name": selectors.office_name(office, _lang()),
            "day": day,
            "previous": day - dt.timedelta(days=1),
            "next": day + dt.timedelta(days=1),
            "bookings": [
                {"b": b, "time": b.slot.start.astimezone(selectors.BERLIN).strftime("%H:%M")}
                for b in bookings
            ],
            "present": selectors.present_staff_count(office_id=office.pk),
        },
    )


@require_POST
def staff_booking_action(request: HttpRequest, booking_id: int) -> HttpResponse:
    if (redirect := _staff_login(request)) is not None:
        return redirect
    booking = Booking.objects.select_related("type", "slot").filter(pk=booking_id).first()
    if (
        booking is None
        or not selectors.staff_offices(user=request.user).filter(pk=booking.type.office_id).exists()
    ):
        raise Http404(_("No such booking."))
    action = request.POST.get("action", "")
    try:
        if action in {BookingStatus.CHECKED_IN, BookingStatus.NO_SHOW}:
            services.booking_mark(booking=booking, status=action, user=_user(request))
        elif action == "cancel":
            reason = request.POST.get("reason", "").strip()[:500]
            if not reason:
                raise services.BookingInvalid({"reason": "required"})
            services.booking_cancel(
                booking=booking,
                by=request.user.get_username(),
                reason=reason,
                base_url=base_url(request),
            )
            audit_record(
                actor=request.user,
                action="update",
                object_type="booking",
                object_id=booking.pk,
                reason="cancelled by staff",
            )
        else:
            raise services.BookingInvalid({"action": "unknown"})
    except (services.BookingInvalid, services.BookingStateError):
        pass
    day = booking.slot.start.astimezone(selectors.BERLIN).date().isoformat()
    return HttpResponseRedirect(
        reverse("appointments:staff_day", args=[booking.type.office_id]) + "?date=" + day
    )


@require_GET
def staff_booking_video(request: HttpRequest, booking_id: int) -> HttpResponse:
    if (redirect := _staff_login(request)) is not None:
        return redirect
    booking = Booking.objects.select_related("type", "slot").filter(pk=booking_id).first()
    if (
        booking is None
        or not booking.video_room
        or not selectors.staff_offices(user=request.user).filter(pk=booking.type.office_id).exists()
    ):
        raise Http404(_("No such booking."))
    audit_record(
        actor=request.user,
        action="read",
        object_type="booking",
        object_id=booking.pk,
        reason="joined video appointment",
    )
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
    presence = office.presences.filter(user_id=request.user.pk).first()
    if presence is not None and presence.present:
        services.presence_heartbeat(user=_user(request), office=office)
    services.queue_drop_stale(office=office)
    waiting = selectors.queue_waiting_count(office_id=office.pk)
    return render(
        request,
        "appointments/staff_virtual.html",
        {
            "office": office,
            "office_name": selectors.office_name(office, _lang()),
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
    except selectors.NotFound:
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
            "office_name": selectors.office_name(entry.office, _lang()),
            "room_url": _room_url(entry, request.user.get_username()),
        },
    )
