"""Extension points between sibling domain apps: plans asks "can this step be booked, and was it
booked?" without importing appointments. The appointments app is named in the setting
`LOTSE_BOOKING_PROVIDER`; without it (or in a city without booking) the answers are empty."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, cast

from django.conf import settings
from django.utils.module_loading import import_string

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


class BookingProvider(Protocol):
    def targets(
        self, *, city: City, service_keys: Sequence[str], language: str
    ) -> dict[str, BookingTarget]: ...

    def plan_bookings(self, *, plan_token_hash: str, language: str) -> dict[str, StepBooking]: ...


class _NoBooking:
    def targets(
        self, *, city: City, service_keys: Sequence[str], language: str
    ) -> dict[str, BookingTarget]:
        return {}

    def plan_bookings(self, *, plan_token_hash: str, language: str) -> dict[str, StepBooking]:
        return {}


@functools.cache
def booking_provider() -> BookingProvider:
    """The provider named by `LOTSE_BOOKING_PROVIDER` (a dotted class path), else none."""
    path = getattr(settings, "LOTSE_BOOKING_PROVIDER", "")
    if not path:
        return _NoBooking()
    return cast(BookingProvider, import_string(path)())
