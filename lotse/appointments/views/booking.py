"""Booking pages: the types of a city, the booking form, "check your e-mail", and the booking's
private page (confirm, move, cancel, calendar file, video room)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lotse.appointments import notifications, pow, selectors, services, video
from lotse.appointments.errors import BookingStateError, SlotFull
from lotse.appointments.models import Booking, BookingStatus, Mode
from lotse.appointments.views.common import (
    city_context,
    free_days,
    lang,
    limited_page,
    page_city,
    type_for_page,
)
from lotse.catalog import selectors as catalog_selectors
from lotse.core.cities import city_zone
from lotse.core.errors import InvalidInput, Limited, NotFound
from lotse.core.http import base_url, client_address
from lotse.core.languages import speaks_filter

VIDEO_EARLY = dt.timedelta(minutes=15)
# The booking whose address the "check your e-mail" page may show (set by the booking form).
SENT_SESSION_KEY = "appointments_sent_booking"


@require_GET
def type_index(request: HttpRequest, city: str) -> HttpResponse:
    city_obj = page_city(request, city)
    language = lang()
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
        {**city_context(city_obj), "types": types, **filter_context},
        status=400 if filter_context["speaks_error"] else 200,
    )


def _field_messages(fields: dict[str, str]) -> dict[str, str]:
    messages = {f: _("Please check this field.") for f in fields}
    if "name" in fields:
        messages["name"] = _("Please enter your name on one line (at most 200 characters).")
    return messages


@require_http_methods(["GET", "POST"])
def book(request: HttpRequest, city: str, key: str) -> HttpResponse:
    city_obj = page_city(request, city)
    type_ = type_for_page(city_obj, key)
    language = lang()
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
            except InvalidInput as exc:
                errors = _field_messages(exc.fields)
            except SlotFull:
                errors["slot"] = _("Someone was faster: this time is taken. Please choose another.")
                status = 409
            except Limited as exc:
                return limited_page(request, city_obj, exc)
            else:
                # The page after the redirect shows the address of this booking, and only that:
                # nothing from the query string is echoed.
                request.session[SENT_SESSION_KEY] = booking.pk
                return HttpResponseRedirect(reverse("appointments:sent", args=[city_obj.slug]))
        status = status if status != 200 else 400
    issued = pow.challenge_issue()
    return render(
        request,
        "appointments/book.html",
        {
            **city_context(city_obj),
            "type": type_,
            "type_name": type_.name(language),
            "office_name": selectors.office_name(type_.office, language),
            "days": free_days(type_),
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
    city_obj = page_city(request, city)
    booking_id = request.session.get(SENT_SESSION_KEY)
    email = ""
    if isinstance(booking_id, int):
        email = (
            Booking.objects.filter(pk=booking_id, type__city=city_obj)
            .values_list("email", flat=True)
            .first()
        ) or ""
    return render(request, "appointments/sent.html", {**city_context(city_obj), "email": email})


def booking_for_link(booking_id: int, token: str) -> Booking:
    try:
        return selectors.booking_get(booking_id=booking_id, token=token)
    except NotFound as exc:
        raise Http404(_("This booking link is not valid.")) from exc


@require_GET
def manage(request: HttpRequest, booking_id: int, token: str) -> HttpResponse:
    booking = booking_for_link(booking_id, token)
    city = booking.type.city
    zone = city_zone(city)
    language = lang()
    with timezone.override(zone):
        return render(
            request,
            "appointments/manage.html",
            {
                **city_context(city),
                "booking": booking,
                "token": token,
                "type_name": booking.type.name(language),
                "office_name": selectors.office_name(booking.type.office, language),
                "start": booking.slot.start.astimezone(zone),
                "end": booking.slot.end.astimezone(zone),
                "days": free_days(booking.type, exclude_slot=booking.slot_id)
                if booking.is_active
                else [],
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
    booking = booking_for_link(booking_id, token)
    try:
        services.booking_confirm(booking=booking, token=token, base_url=base_url(request))
    except BookingStateError:
        return _back(booking, token, "too-late")
    return _back(booking, token, "confirmed")


@require_POST
def cancel(request: HttpRequest, booking_id: int, token: str) -> HttpResponse:
    booking = booking_for_link(booking_id, token)
    try:
        services.booking_cancel(
            booking=booking,
            by="newcomer",
            base_url=base_url(request),
            address=client_address(request),
        )
    except Limited as exc:
        return limited_page(request, booking.type.city, exc)
    except BookingStateError:
        return _back(booking, token, "not-active")
    return _back(booking, token, "cancelled")


@require_POST
def reschedule(request: HttpRequest, booking_id: int, token: str) -> HttpResponse:
    booking = booking_for_link(booking_id, token)
    try:
        slot_id = int(request.POST.get("slot", "0")[:20])
        services.booking_reschedule(
            booking=booking,
            token=token,
            slot_id=slot_id,
            base_url=base_url(request),
            address=client_address(request),
        )
    except Limited as exc:
        return limited_page(request, booking.type.city, exc)
    except (ValueError, InvalidInput, SlotFull, BookingStateError):
        return _back(booking, token, "not-moved")
    return _back(booking, token, "moved")


@require_GET
def calendar_file(request: HttpRequest, booking_id: int, token: str) -> HttpResponse:
    booking = booking_for_link(booking_id, token)
    if booking.status not in {BookingStatus.CONFIRMED, BookingStatus.CANCELLED}:
        raise Http404(_("The calendar file exists once the booking is confirmed."))
    method = "CANCEL" if booking.status == BookingStatus.CANCELLED else "REQUEST"
    url = notifications.manage_url(booking, token, base_url=base_url(request))
    text = notifications.booking_calendar(booking, token_url=url, method=method)
    response = HttpResponse(text, content_type=f"text/calendar; charset=utf-8; method={method}")
    response["Content-Disposition"] = f'attachment; filename="appointment-{booking.pk}.ics"'
    return response


@require_GET
def booking_video(request: HttpRequest, booking_id: int, token: str) -> HttpResponse:
    """The newcomer's link to the room: valid for this appointment, around its time only."""
    booking = booking_for_link(booking_id, token)
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
                **city_context(booking.type.city),
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
