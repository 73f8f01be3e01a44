"""Booking pages: the types of a city, the booking form, "check your e-mail", and the booking's
private page (confirm, move, cancel, calendar file, video room)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lotse.appointments import notifications, selectors, services, video
from lotse.appointments.errors import BookingStateError, SlotFull
from lotse.appointments.models import Booking, BookingStatus, Mode
from lotse.appointments.views import common
from lotse.catalog import selectors as catalog_selectors
from lotse.core.cities import city_zone
from lotse.core.errors import InvalidInput, Limited
from lotse.core.http import base_url, client_address
from lotse.core.languages import speaks_filter

VIDEO_EARLY = dt.timedelta(minutes=15)


@require_GET
def type_index(request: HttpRequest, city: str) -> HttpResponse:
    city_obj = common.page_city(request, city)
    language = common.lang()
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
        {**common.city_context(city_obj), "types": types, **filter_context},
        status=400 if filter_context["speaks_error"] else 200,
    )


@require_GET
def sent(request: HttpRequest, city: str) -> HttpResponse:
    city_obj = common.page_city(request, city)
    booking_id = request.session.get(common.SENT_SESSION_KEY)
    booking = None
    if isinstance(booking_id, int):
        booking = (
            Booking.objects.filter(pk=booking_id, type__city=city_obj)
            .select_related("slot", "type", "type__city", "type__office", "type__service")
            .first()
        )
    context: dict[str, Any] = {
        **common.city_context(city_obj),
        "email": booking.email if booking else "",
    }
    if booking is not None:
        language = common.lang()
        zone = city_zone(city_obj)
        context.update(
            {
                "booking": booking,
                "type_name": booking.type.name(language),
                "office_name": selectors.office_name(booking.type.office, language),
                "start": booking.slot.start.astimezone(zone),
                "prep": selectors.booking_preparation(booking=booking, language=language),
                "token": common.session_booking_token(request, booking.pk),
            }
        )
    return render(request, "appointments/sent.html", context)


def booking_for_link(booking_id: int, token: str) -> Booking:
    with common.not_found_page(_("This booking link is not valid.")):
        return selectors.booking_get(booking_id=booking_id, token=token)


@require_GET
def manage(request: HttpRequest, booking_id: int, token: str) -> HttpResponse:
    booking = booking_for_link(booking_id, token)
    city = booking.type.city
    zone = city_zone(city)
    language = common.lang()
    with timezone.override(zone):
        return render(
            request,
            "appointments/manage.html",
            {
                **common.city_context(city),
                "booking": booking,
                "token": token,
                "type_name": booking.type.name(language),
                "office_name": selectors.office_name(booking.type.office, language),
                "start": booking.slot.start.astimezone(zone),
                "end": booking.slot.end.astimezone(zone),
                "days": common.free_days(booking.type, exclude_slot=booking.slot_id)
                if booking.is_active
                else [],
                "is_video": booking.type.mode == Mode.VIDEO,
                "message": request.GET.get("done", "")[:20],
                "prep": selectors.booking_preparation(booking=booking, language=language),
            },
        )


def _back(booking: Booking, token: str, done: str) -> HttpResponseRedirect:
    return HttpResponseRedirect(
        reverse("appointments:manage", args=[booking.pk, token]) + "?done=" + done
    )


def _booker_change(
    *, done: str, refused: str, refusals: tuple[type[Exception], ...]
) -> Callable[[Callable[[HttpRequest, Booking, str], None]], Callable[..., HttpResponse]]:
    """A change the booker makes on their booking's page (a POST with the private link): back
    to the page saying `done`, or `refused` when the change raises one of `refusals`; the limit
    page when a budget is spent."""

    def decorator(
        change: Callable[[HttpRequest, Booking, str], None],
    ) -> Callable[..., HttpResponse]:
        @require_POST
        @functools.wraps(change)
        def view(request: HttpRequest, booking_id: int, token: str) -> HttpResponse:
            booking = booking_for_link(booking_id, token)
            try:
                change(request, booking, token)
            except Limited as exc:
                return common.limited_page(request, booking.type.city, exc)
            except refusals:
                return _back(booking, token, refused)
            return _back(booking, token, done)

        return view

    return decorator


@_booker_change(done="confirmed", refused="too-late", refusals=(BookingStateError,))
def confirm(request: HttpRequest, booking: Booking, token: str) -> None:
    services.booking_confirm(booking=booking, token=token, base_url=base_url(request))


@_booker_change(done="cancelled", refused="not-active", refusals=(BookingStateError,))
def cancel(request: HttpRequest, booking: Booking, token: str) -> None:
    services.booking_cancel(
        booking=booking, by="newcomer", base_url=base_url(request), address=client_address(request)
    )


@_booker_change(
    done="moved",
    refused="not-moved",
    refusals=(ValueError, InvalidInput, SlotFull, BookingStateError),
)
def reschedule(request: HttpRequest, booking: Booking, token: str) -> None:
    services.booking_reschedule(
        booking=booking,
        token=token,
        slot_id=int(request.POST.get("slot", "0")[:20]),
        base_url=base_url(request),
        address=client_address(request),
    )


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
        return common.message_page(
            request,
            booking.type.city,
            title=_("Video appointment"),
            message=_("The video room opens 15 minutes before your confirmed appointment."),
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
