"""The appointments app's answers to core's booking extension point (used by the plan page, and
by cases when staff book an appointment for an online application)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from lotse.appointments import selectors
from lotse.appointments.errors import DrawOnly, SlotFull
from lotse.appointments.models import AppointmentType, Booking, BookingStatus, Mode, Slot
from lotse.appointments.notifications import public_base_url
from lotse.appointments.services.booking import BookingOrigin, booking_create
from lotse.appointments.services.inputs import BookingRequest
from lotse.appointments.services.slots import city_today, slots_ensure
from lotse.core.cities import city_zone
from lotse.core.errors import InvalidInput, Limited
from lotse.core.hooks import (
    BookingTarget,
    OriginBooking,
    SlotChoice,
    StaffBookingRequest,
    StepBooking,
)
from lotse.core.models import City

# How many free slots per appointment type staff are offered to choose from.
STAFF_SLOTS_PER_TYPE = 40


class SlotRefused(InvalidInput):
    """Raised when staff choose a slot they cannot give: unknown, another office's, past, too
    soon or given out by draw (400, the message in the staff member's language)."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__({"slot": message}, message=message, code=code)


def _origin_booking(booking: Booking, language: str) -> OriginBooking:
    zone = city_zone(booking.type.city)
    prep = selectors.booking_preparation(booking=booking, language=language)
    return OriginBooking(
        id=booking.pk,
        start=booking.slot.start.astimezone(zone),
        end=booking.slot.end.astimezone(zone),
        status=booking.status,
        type_name=booking.type.name(language),
        office_name=selectors.office_name(booking.type.office, language),
        mode=booking.type.mode,
        address=prep.address,
        documents=tuple(prep.documents),
    )


def book_url(*, city_slug: str, type_key: str, plan: str = "", step: str = "") -> str:
    """The booking page of a type; from a plan step it carries only the plan's private token."""
    url = reverse("appointments:book", args=[city_slug, type_key])
    if plan and step:
        url += "?" + urlencode({"plan": plan, "step": step})
    return url


class AppointmentsBooking:
    def targets(
        self, *, city: City, service_keys: Sequence[str], language: str
    ) -> dict[str, BookingTarget]:
        result: dict[str, BookingTarget] = {}
        for key, found in selectors.service_booking_map(
            city=city, service_keys=list(service_keys)
        ).items():
            type_ = found.in_person or found.video
            if type_ is None:
                continue
            result[key] = BookingTarget(
                type_key=type_.key,
                url=book_url(city_slug=city.slug, type_key=type_.key),
                name=type_.name(language),
                virtual_office_url=reverse("appointments:virtual_office", args=[city.slug])
                if found.video is not None
                else "",
            )
        return result

    def plan_bookings(self, *, plan_token_hash: str, language: str) -> dict[str, StepBooking]:
        result: dict[str, StepBooking] = {}
        for booking in selectors.plan_step_bookings(plan_token_hash=plan_token_hash):
            if booking.plan_step in result:
                continue
            zone = city_zone(booking.type.city)
            result[booking.plan_step] = StepBooking(
                step=booking.plan_step,
                start=booking.slot.start.astimezone(zone),
                type_name=booking.type.name(language),
                status=booking.status,
            )
        return result

    def staff_slots(
        self, *, city: City, office_ids: Sequence[int], service_key: str, language: str
    ) -> list[SlotChoice]:
        """Free slots of the offices' types: the types booked for the service first, in person
        before video."""
        types = sorted(
            AppointmentType.objects.filter(city=city, office_id__in=list(office_ids))
            .select_related("city", "service")
            .order_by("key"),
            key=lambda t: (not t.serves(service_key), t.mode != Mode.IN_PERSON, t.key),
        )
        zone = city_zone(city)
        found: list[SlotChoice] = []
        for type_ in types:
            slots_ensure(type_=type_)
            today = city_today(type_)
            for slot in selectors.slot_list(
                type_=type_,
                date_from=today,
                date_to=today + dt.timedelta(days=type_.booking_window_days),
                only_free=True,
            )[:STAFF_SLOTS_PER_TYPE]:
                found.append(
                    SlotChoice(
                        id=slot.pk,
                        start=slot.start.astimezone(zone),
                        end=slot.end.astimezone(zone),
                        remaining=slot.remaining,
                        type_key=type_.key,
                        type_name=type_.name(language),
                        office_id=type_.office_id,
                        mode=type_.mode,
                    )
                )
        return found

    def staff_book(self, request: StaffBookingRequest) -> OriginBooking:
        """Book the slot through the one booking path (seat, limits, hold, confirmation mail
        with calendar file and manage link), tied to the origin. Errors name the slot field."""
        raw = request.slot_id
        slot_id = int(raw) if isinstance(raw, int | str) and str(raw).isdigit() else 0
        slot = (
            Slot.objects.select_related("type", "type__city", "type__office")
            .filter(pk=slot_id, type__city=request.city)
            .first()
            if 0 < slot_id < 2**62
            else None
        )
        if slot is None:
            raise SlotRefused(_("Please choose one of the free appointments."), "invalid_slot")
        if slot.type.office_id not in set(request.office_ids):
            raise SlotRefused(
                _("This appointment belongs to another office: choose one of this office."),
                "other_office",
            )
        now = timezone.now()
        if slot.start <= now:
            raise SlotRefused(_("This appointment is in the past."), "past_slot")
        if slot.start < now + dt.timedelta(hours=slot.type.min_notice_hours):
            raise SlotRefused(
                _("This appointment is too soon: it needs %(hours)d hours' notice.")
                % {"hours": slot.type.min_notice_hours},
                "too_soon",
            )
        try:
            booking, _token = booking_create(
                request=BookingRequest(
                    slot=slot.pk,
                    name=request.name,
                    email=request.email,
                    language=request.language,
                ),
                address="",
                proof_ok=True,
                base_url=public_base_url(),
                now=now,
                origin=BookingOrigin(
                    type=request.origin_type,
                    id=request.origin_id,
                    service=request.service_key,
                    note=request.note,
                ),
            )
        except SlotFull as exc:
            raise SlotFull(
                _("This appointment has just been taken: please choose another.")
            ) from exc
        except DrawOnly as exc:
            raise SlotRefused(
                _("This appointment is given out by draw: please choose another."), "by_draw"
            ) from exc
        except Limited as exc:
            raise Limited(
                exc.retry_after,
                message=_("This person already has the most appointments booked at once."),
                code="limited",
            ) from exc
        booking = (
            Booking.objects.select_related("slot", "type", "type__city", "type__office")
            .prefetch_related("type__office__texts")
            .get(pk=booking.pk)
        )
        return _origin_booking(booking, request.language)

    def origin_bookings(
        self, *, origin_type: str, origin_id: int, language: str
    ) -> list[OriginBooking]:
        """The origin's appointments (not the unconfirmed holds that ran out), soonest first."""
        bookings = (
            Booking.objects.filter(origin_type=origin_type, origin_id=origin_id)
            .exclude(status=BookingStatus.EXPIRED)
            .select_related("slot", "type", "type__city", "type__office", "type__service")
            .prefetch_related("type__office__texts")
            .order_by("slot__start", "id")
        )
        return [_origin_booking(b, language) for b in bookings]
