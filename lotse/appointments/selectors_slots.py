"""Reads of slots: a type's slots between two dates, and the slots API's one-query listing of
several types with the check whether a release is due."""

from __future__ import annotations

import datetime as dt

from django.db.models import Exists, F, Q, QuerySet
from django.utils import timezone

from lotse.appointments import models
from lotse.core.cities import city_get, city_zone
from lotse.core.models import City


def city_types(
    *, city_slug: str, key: str | None = None
) -> tuple[City, list[models.AppointmentType]]:
    """A city and its appointment types by key (only the one with `key` when given), read in one
    query with the city (the slots API's lookup). NotFound("city") for an unknown city; an
    unknown `key` gives an empty list (the caller says "no such type" when it is its turn)."""
    types = models.AppointmentType.objects.filter(city__slug=city_slug).select_related("city")
    if key is not None:
        types = types.filter(key=key)
    found = list(types.order_by("key"))
    return (found[0].city if found else city_get(slug=city_slug)), found


def _days(city: City, date_from: dt.date, date_to: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """From the start of `date_from` to the end of `date_to` (inclusive) in the city's zone."""
    zone = city_zone(city)
    start = dt.datetime.combine(date_from, dt.time.min, tzinfo=zone)
    return start, dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min, tzinfo=zone)


# One row of the slots API: type id, slot id, start, end, capacity, taken, by_draw.
SlotRow = tuple[int, int, dt.datetime, dt.datetime, int, int, bool]


def slot_rows(
    *,
    types: list[models.AppointmentType],
    date_from: dt.date,
    date_to: dt.date,
    now: dt.datetime | None = None,
) -> tuple[list[SlotRow], bool]:
    """The slots of several types of one city as `slot_list` selects them per type (between two
    dates, not before each type's minimum notice, by start), as bare columns in one query; and
    whether any seat anywhere is due to be released (a hold that ran out, a cancelled seat past
    its cool-down), asked in the same query: then the caller releases first and reads again, so
    a list never shows a seat as taken that a release would give back (or to the waiting list).

    The two due checks do not depend on the row, so the database answers them once per query
    (each is an index range: held bookings by expiry, open claims by release time)."""
    if not types:
        return [], False
    now = now or timezone.now()
    start, end = _days(types[0].city, date_from, date_to)
    by_notice: dict[int, list[int]] = {}
    for type_ in types:
        by_notice.setdefault(type_.min_notice_hours, []).append(type_.pk)
    within = Q()
    for hours, ids in by_notice.items():
        within |= Q(type_id__in=ids, start__gte=max(start, now + dt.timedelta(hours=hours)))
    rows = list(
        models.Slot.objects.filter(within, start__lt=end)
        .annotate(
            holds_due=Exists(
                models.Booking.objects.filter(status=models.BookingStatus.HELD, expires_at__lte=now)
            ),
            claims_due=Exists(
                models.SeatClaim.objects.filter(released_at__isnull=True, release_after__lte=now)
            ),
        )
        .order_by("start", "id")
        .values_list(
            "type_id",
            "pk",
            "start",
            "end",
            "capacity",
            "taken",
            "by_draw",
            "holds_due",
            "claims_due",
        )
    )
    due = bool(rows) and bool(rows[0][7] or rows[0][8])
    return [row[:7] for row in rows], due


def slot_list(
    *,
    type_: models.AppointmentType,
    date_from: dt.date,
    date_to: dt.date,
    now: dt.datetime | None = None,
    only_free: bool = False,
) -> QuerySet[models.Slot]:
    """Slots of a type between two dates of its city (inclusive), not before the minimum notice."""
    now = now or timezone.now()
    start, end = _days(type_.city, date_from, date_to)
    earliest = max(start, now + dt.timedelta(hours=type_.min_notice_hours))
    slots = models.Slot.objects.filter(type=type_, start__gte=earliest, start__lt=end)
    if only_free:
        slots = slots.filter(taken__lt=F("capacity"), by_draw=False)
    return slots.order_by("start", "id")
