"""Extension points between sibling domain apps: plans asks "can this step be booked, and was it
booked?", and cases books an appointment for an online application ("which free slots may this
staff member give, book one, which appointments does it have?"), without importing appointments.
The appointments app is named in the setting `LOTSE_BOOKING_PROVIDER`; without it (or in a city
without booking) the answers are empty and booking is refused."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, cast

from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from lotse.core.errors import InvalidInput
from lotse.core.models import City


@dataclass(frozen=True)
class BookingTarget:
    """Where a service can be booked in Lotse: the booking page, and the virtual office."""

    type_key: str
    url: str
    name: str
    virtual_office_url: str = ""


@dataclass(frozen=True)
class StepBooking:
    """An active appointment booked from a plan step."""

    step: str
    start: dt.datetime
    type_name: str
    status: str


@dataclass(frozen=True)
class SlotChoice:
    """A free slot staff may give a person (times in the city's zone)."""

    id: int
    start: dt.datetime
    end: dt.datetime
    remaining: int
    type_key: str
    type_name: str
    office_id: int
    mode: str


@dataclass(frozen=True)
class OriginBooking:
    """An appointment booked for something of another app (an application), as the person reads
    it: when (city zone), what, where, what to bring, and its status."""

    id: int
    start: dt.datetime
    end: dt.datetime
    status: str
    type_name: str
    office_name: str
    mode: str
    address: str
    documents: tuple[str, ...]


def booking_status_labels() -> dict[str, str]:
    """The statuses of a booking (`OriginBooking.status`, the appointments app's booking status
    values) as staff read them, in the active language: one wording for the appointments staff
    pages and the application panel of a task."""
    return {
        "held": _("Held, not yet confirmed"),
        "confirmed": _("Confirmed"),
        "cancelled": _("Cancelled"),
        "expired": _("Expired (not confirmed in time)"),
        "checked_in": _("Checked in"),
        "no_show": _("Did not come"),
    }


@dataclass(frozen=True)
class StaffBookingRequest:
    """Staff book `slot_id` for a person on behalf of `origin_type`/`origin_id`; only slots of
    `office_ids` may be taken. `note` is a line for the mail, in the person's language."""

    city: City
    slot_id: object
    office_ids: Sequence[int]
    name: str
    email: str
    language: str
    origin_type: str
    origin_id: int
    service_key: str
    note: str = ""


class BookingProvider(Protocol):
    def targets(
        self, *, city: City, service_keys: Sequence[str], language: str
    ) -> dict[str, BookingTarget]: ...

    def plan_bookings(self, *, plan_token_hash: str, language: str) -> dict[str, StepBooking]: ...

    def staff_slots(
        self, *, city: City, office_ids: Sequence[int], service_key: str, language: str
    ) -> list[SlotChoice]: ...

    def staff_book(self, request: StaffBookingRequest) -> OriginBooking: ...

    def origin_bookings(
        self, *, origin_type: str, origin_id: int, language: str
    ) -> list[OriginBooking]: ...


class _NoBooking:
    def targets(
        self, *, city: City, service_keys: Sequence[str], language: str
    ) -> dict[str, BookingTarget]:
        return {}

    def plan_bookings(self, *, plan_token_hash: str, language: str) -> dict[str, StepBooking]:
        return {}

    def staff_slots(
        self, *, city: City, office_ids: Sequence[int], service_key: str, language: str
    ) -> list[SlotChoice]:
        return []

    def staff_book(self, request: StaffBookingRequest) -> OriginBooking:
        raise InvalidInput({"slot": "no appointments can be booked here"}, code="invalid_slot")

    def origin_bookings(
        self, *, origin_type: str, origin_id: int, language: str
    ) -> list[OriginBooking]:
        return []


@functools.cache
def booking_provider() -> BookingProvider:
    """The provider named by `LOTSE_BOOKING_PROVIDER` (a dotted class path), else none."""
    path = getattr(settings, "LOTSE_BOOKING_PROVIDER", "")
    if not path:
        return _NoBooking()
    return cast(BookingProvider, import_string(path)())
