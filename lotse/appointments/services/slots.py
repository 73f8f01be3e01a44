"""Appointment types from the city's data file, and their slots from the booking hours minus
public holidays and closure days, in the city's own time zone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from lotse.appointments.holidays import is_public_holiday
from lotse.appointments.loader import read_appointments
from lotse.appointments.models import AppointmentType, ClosureDay, Mode, Slot
from lotse.appointments.services.waitlist import seats_offer
from lotse.catalog.models import Office, OpeningHours, Service
from lotse.core.cities import city_get, city_zone


def city_today(type_: AppointmentType) -> dt.date:
    """Today in the city of this appointment type."""
    return timezone.localdate(timezone=city_zone(type_.city))


def appointment_types_load(*, city_slug: str, path: Path | None = None) -> int:
    """Create or update a city's appointment types from its appointments.yaml.

    The file is checked first; AppointmentsDataError lists every problem with file and line,
    and nothing is written then."""
    path = path or Path(settings.LOTSE_CITY_DATA_DIR) / city_slug / "appointments.yaml"
    city = city_get(slug=city_slug)
    offices = {o.key: o for o in Office.objects.filter(city=city)}
    services = {s.key: s for s in Service.objects.filter(city=city)}
    data = read_appointments(path, offices=set(offices), services=set(services))
    with transaction.atomic():
        for item in data.types:
            AppointmentType.objects.update_or_create(
                city=city,
                key=item.key,
                defaults={
                    "office": offices[item.office],
                    "service": services.get(item.service) if item.service else None,
                    "services": list(item.services),
                    "mode": Mode(item.mode),
                    "names": item.names,
                    "duration_minutes": item.duration_minutes,
                    "capacity": item.capacity,
                    "booking_window_days": item.booking_window_days,
                    "min_notice_hours": item.min_notice_hours,
                    "waitlist": item.waitlist,
                    "hours": item.hours,
                    "source_note": item.note[:300],
                    "generated_until": None,
                },
            )
        for closure in data.closures:
            ClosureDay.objects.update_or_create(
                office=offices[closure.office],
                date=closure.date,
                defaults={"reason": closure.reason},
            )
    return len(data.types)


def _intervals(type_: AppointmentType) -> dict[int, list[tuple[dt.time, dt.time]]]:
    result: dict[int, list[tuple[dt.time, dt.time]]] = {}
    if type_.hours:
        for item in type_.hours:
            result.setdefault(int(item["weekday"]), []).append(
                (dt.time.fromisoformat(item["opens"]), dt.time.fromisoformat(item["closes"]))
            )
        return result
    for hours in OpeningHours.objects.filter(office_id=type_.office_id):
        result.setdefault(hours.weekday, []).append((hours.opens, hours.closes))
    return result


def slots_generate(*, type_: AppointmentType, start: dt.date, end: dt.date) -> int:
    """Create the slots of [start, end] from the hours, skipping holidays and closure days.
    Times are wall-clock times of the city's zone. Idempotent: existing slots (and their
    bookings) stay untouched."""
    intervals = _intervals(type_)
    closed = set(
        ClosureDay.objects.filter(office_id=type_.office_id, date__range=(start, end)).values_list(
            "date", flat=True
        )
    )
    state = type_.city.state
    zone = city_zone(type_.city)
    length = dt.timedelta(minutes=type_.duration_minutes)
    now = timezone.now()
    new: list[Slot] = []
    day = start
    while day <= end:
        if day not in closed and not is_public_holiday(day, state=state):
            for opens, closes in intervals.get(day.weekday(), []):
                begin = dt.datetime.combine(day, opens, tzinfo=zone)
                stop = dt.datetime.combine(day, closes, tzinfo=zone)
                while begin + length <= stop:
                    new.append(
                        Slot(
                            type=type_,
                            start=begin,
                            end=begin + length,
                            capacity=type_.capacity,
                            released_at=now,
                        )
                    )
                    begin += length
        day += dt.timedelta(days=1)
    Slot.objects.bulk_create(new, ignore_conflicts=True, batch_size=500)
    return len(new)


def slots_ensure(*, type_: AppointmentType, today: dt.date | None = None) -> None:
    """Keep the slots generated up to the end of the booking window (cheap when done)."""
    today = today or city_today(type_)
    until = today + dt.timedelta(days=type_.booking_window_days)
    if type_.generated_until is not None and type_.generated_until >= until:
        return
    first = today if type_.generated_until is None else type_.generated_until + dt.timedelta(1)
    created = slots_generate(type_=type_, start=max(first, today), end=until)
    # Guarded so two processes extending at once write the marker once; both inserts are idempotent.
    AppointmentType.objects.filter(pk=type_.pk).filter(
        Q(generated_until__isnull=True) | Q(generated_until__lt=until)
    ).update(generated_until=until)
    type_.generated_until = until
    if created:
        # New days are a release: the waiting list and then slot alerts get them first.
        seats_offer(types=[type_])
