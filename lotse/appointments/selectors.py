"""Reads of the appointments app: types, free slots, a booking by its token, queues, day view."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from lotse.appointments import conf
from lotse.appointments.models import (
    AppointmentType,
    Booking,
    QueueEntry,
    QueueStatus,
    Slot,
    StaffPresence,
    WaitlistEntry,
)
from lotse.appointments.services import token_matches
from lotse.catalog.models import Office
from lotse.catalog.selectors import office_keys_speaking
from lotse.core.models import City, Role, StaffProfile

BERLIN = ZoneInfo("Europe/Berlin")


class NotFound(Exception):
    """Raised for a missing object and, identically, for a wrong token or foreign office."""


def appointment_type_list(*, city: City, speaks: str | None = None) -> QuerySet[AppointmentType]:
    """The city's appointment types; with `speaks` (a base language code) only those of offices
    that serve in that language."""
    types = AppointmentType.objects.filter(city=city).select_related("office").order_by("key")
    if speaks is not None:
        types = types.filter(office__key__in=office_keys_speaking(city=city, speaks=speaks))
    return types


def appointment_type_get(*, city: City, key: str) -> AppointmentType:
    type_ = AppointmentType.objects.filter(city=city, key=key).select_related("office", "city")
    found = type_.first()
    if found is None:
        raise NotFound(key)
    return found


def slot_list(
    *,
    type_: AppointmentType,
    date_from: dt.date,
    date_to: dt.date,
    now: dt.datetime | None = None,
    only_free: bool = False,
) -> QuerySet[Slot]:
    """Slots of a type between two local dates (inclusive), not before the minimum notice."""
    now = now or timezone.now()
    start = dt.datetime.combine(date_from, dt.time.min, tzinfo=BERLIN)
    end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min, tzinfo=BERLIN)
    earliest = max(start, now + dt.timedelta(hours=type_.min_notice_hours))
    slots = Slot.objects.filter(type=type_, start__gte=earliest, start__lt=end)
    if only_free:
        slots = slots.filter(taken__lt=F("capacity"))
    return slots.order_by("start", "id")


def booking_get(*, booking_id: int, token: str | None) -> Booking:
    """The booking for its private token; the same NotFound for a wrong id or a wrong token."""
    booking = (
        Booking.objects.select_related("slot", "type", "type__office", "type__city")
        .filter(pk=booking_id)
        .first()
    )
    if booking is None or not token_matches(token, booking.token_hash):
        raise NotFound(str(booking_id))
    return booking


def waitlist_entry_get(*, entry_id: int, token: str | None) -> WaitlistEntry:
    entry = WaitlistEntry.objects.select_related("type").filter(pk=entry_id).first()
    if entry is None or not token_matches(token, entry.token_hash):
        raise NotFound(str(entry_id))
    return entry


def staff_offices(*, user: AbstractBaseUser | AnonymousUser) -> QuerySet[Office]:
    """Offices whose calendar and virtual office this account may run."""
    if not user.is_authenticated:
        return Office.objects.none()
    profile = (
        StaffProfile.objects.filter(user_id=getattr(user, "pk", None) or 0)
        .select_related("office")
        .first()
    )
    if profile is None:
        if getattr(user, "is_superuser", False):
            return Office.objects.all()
        return Office.objects.none()
    if profile.role in {Role.ADMIN, Role.CASEWORKER}:
        # The Welcome Center answers for every office of its city.
        return Office.objects.filter(city_id=profile.city_id)
    if profile.office_id is None:
        return Office.objects.none()
    return Office.objects.filter(pk=profile.office_id)


def staff_office_get(*, user: AbstractBaseUser | AnonymousUser, office_id: int) -> Office:
    office = staff_offices(user=user).filter(pk=office_id).select_related("city").first()
    if office is None:
        raise NotFound(str(office_id))
    return office


def day_bookings(*, office: Office, day: dt.date) -> QuerySet[Booking]:
    start = dt.datetime.combine(day, dt.time.min, tzinfo=BERLIN)
    return (
        Booking.objects.filter(
            type__office=office,
            slot__start__gte=start,
            slot__start__lt=start + dt.timedelta(days=1),
        )
        .select_related("slot", "type")
        .order_by("slot__start", "id")
    )


@dataclass(frozen=True)
class QueuePosition:
    status: str
    position: int
    waiting: int
    estimate_minutes: int
    room: str


def _fresh_waiting(office_id: int) -> QuerySet[QueueEntry]:
    cutoff = timezone.now() - dt.timedelta(seconds=conf.queue_heartbeat_seconds())
    return QueueEntry.objects.filter(
        office_id=office_id, status=QueueStatus.WAITING, heartbeat_at__gte=cutoff
    )


def present_staff_count(*, office_id: int) -> int:
    cutoff = timezone.now() - dt.timedelta(seconds=conf.presence_seconds())
    return StaffPresence.objects.filter(
        office_id=office_id, present=True, last_seen__gte=cutoff
    ).count()


def queue_entry_get(*, entry_id: int, token: str | None) -> QueueEntry:
    entry = QueueEntry.objects.select_related("office", "office__city").filter(pk=entry_id).first()
    if entry is None or not token_matches(token, entry.token_hash):
        raise NotFound(str(entry_id))
    return entry


def queue_position(*, entry: QueueEntry) -> QueuePosition:
    """1-based place among people still waiting (ahead = knocked earlier, page still open)."""
    waiting = _fresh_waiting(entry.office_id)
    ahead = waiting.filter(
        Q(created_at__lt=entry.created_at) | Q(created_at=entry.created_at, id__lt=entry.pk)
    ).count()
    staff = max(1, present_staff_count(office_id=entry.office_id))
    return QueuePosition(
        status=entry.status,
        position=ahead + 1 if entry.status == QueueStatus.WAITING else 0,
        waiting=waiting.count(),
        estimate_minutes=(ahead * conf.queue_minutes_per_person() + staff - 1) // staff,
        room=entry.room,
    )


@dataclass(frozen=True)
class VirtualOffice:
    office: Office
    staff_present: int
    waiting: int


def virtual_offices(*, city: City) -> list[VirtualOffice]:
    """Offices with staff in their virtual office now, and how many people wait there."""
    presence_cutoff = timezone.now() - dt.timedelta(seconds=conf.presence_seconds())
    queue_cutoff = timezone.now() - dt.timedelta(seconds=conf.queue_heartbeat_seconds())
    offices = (
        Office.objects.filter(city=city)
        .annotate(
            staff_present=Count(
                "presences",
                filter=Q(presences__present=True, presences__last_seen__gte=presence_cutoff),
                distinct=True,
            ),
            waiting=Count(
                "queue",
                filter=Q(queue__status=QueueStatus.WAITING, queue__heartbeat_at__gte=queue_cutoff),
                distinct=True,
            ),
        )
        .filter(staff_present__gt=0)
        .prefetch_related("texts")
        .order_by("key")
    )
    return [
        VirtualOffice(office=o, staff_present=o.staff_present, waiting=o.waiting) for o in offices
    ]


def office_name(office: Office, language: str) -> str:
    texts = {(t.field, t.language): t.text for t in office.texts.all()}
    return (
        texts.get(("name", language))
        or texts.get(("name", "en"))
        or texts.get(("name", "de"), office.key)
    )


def queue_waiting_count(*, office_id: int) -> int:
    return _fresh_waiting(office_id).count()


def queue_entry_for_staff(
    *, user: AbstractBaseUser | AnonymousUser, entry_id: int
) -> QueueEntry | None:
    return (
        QueueEntry.objects.filter(
            pk=entry_id,
            status=QueueStatus.ADMITTED,
            office__in=staff_offices(user=user),
        )
        .select_related("office")
        .first()
    )
