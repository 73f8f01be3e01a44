"""The appointments app's answers to core's booking extension point (used by the plan page)."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlencode

from django.urls import reverse

from lotse.appointments import selectors
from lotse.core.cities import city_zone
from lotse.core.hooks import BookingTarget, StepBooking
from lotse.core.models import City


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
