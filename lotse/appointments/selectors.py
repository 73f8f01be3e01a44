"""Reads of the appointments app: types, free slots, a booking by its token, queues, day view."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from lotse.appointments import conf, models

# The slot reads live in selectors_slots; `selectors.slot_list` keeps working.
from lotse.appointments.selectors_slots import slot_list as slot_list
from lotse.catalog import selectors as catalog_selectors
from lotse.catalog.models import Office
from lotse.catalog.selectors import office_keys_speaking
from lotse.core import permissions
from lotse.core.audit import audit_record
from lotse.core.cities import city_zone
from lotse.core.errors import NotFound
from lotse.core.models import City
from lotse.core.tokens import token_matches


def _token_ok(token: Any, stored_hash: str) -> bool:
    return isinstance(token, str) and bool(token) and token_matches(token, stored_hash)


def appointment_type_list(
    *, city: City, speaks: str | None = None
) -> QuerySet[models.AppointmentType]:
    """The city's appointment types; with `speaks` (a base language code) only those of offices
    that serve in that language."""
    types = (
        models.AppointmentType.objects.filter(city=city)
        .select_related("office", "city")
        .order_by("key")
    )
    if speaks is not None:
        types = types.filter(office__key__in=office_keys_speaking(city=city, speaks=speaks))
    return types


def appointment_type_get(*, city: City, key: str) -> models.AppointmentType:
    type_ = models.AppointmentType.objects.filter(city=city, key=key).select_related(
        "office", "city"
    )
    found = type_.first()
    if found is None:
        raise NotFound("type", key)
    return found


def booking_get(*, booking_id: int, token: str | None) -> models.Booking:
    """The booking for its private token; the same NotFound for a wrong id or a wrong token."""
    # One row by its key: no ORDER BY (the model's ordering is by the slot's start).
    booking = (
        models.Booking.objects.select_related("slot", "type", "type__office", "type__city")
        .filter(pk=booking_id)
        .order_by()
        .first()
    )
    if booking is None or not _token_ok(token, booking.token_hash):
        raise NotFound("booking", booking_id)
    return booking


def waitlist_entry_get(*, entry_id: int, token: str | None) -> models.WaitlistEntry:
    entry = models.WaitlistEntry.objects.select_related("type").filter(pk=entry_id).first()
    if entry is None or not _token_ok(token, entry.token_hash):
        raise NotFound("waitlist_entry", entry_id)
    return entry


def staff_offices(*, user: AbstractBaseUser | AnonymousUser) -> QuerySet[Office]:
    """Offices whose calendar and virtual office this account may run (core's policy): office
    roles their own office, the city's admins and caseworkers every office of their city, an
    account without a staff profile (a superuser too) none."""
    if not permissions.can(user, "appointments.staff"):  # type: ignore[arg-type]
        return Office.objects.none()
    offices = Office.objects.filter(city_id__in=permissions.cities_for(user))  # type: ignore[arg-type]
    office_ids = permissions.offices_for(user)  # type: ignore[arg-type]
    if office_ids is not None:
        offices = offices.filter(pk__in=office_ids)
    return offices


def staff_office_get(*, user: AbstractBaseUser | AnonymousUser, office_id: int) -> Office:
    office = staff_offices(user=user).filter(pk=office_id).select_related("city").first()
    if office is None:
        raise NotFound("office", office_id)
    return office


def staff_booking_get(
    *, user: AbstractBaseUser | AnonymousUser, booking_id: int, with_video: bool = False
) -> models.Booking:
    """A booking of one of the offices this account runs; NotFound otherwise (also for one of
    another city or office)."""
    booking = (
        models.Booking.objects.select_related("type", "type__city", "slot")
        .filter(pk=booking_id, type__office__in=staff_offices(user=user))
        .first()
    )
    if booking is None or (with_video and not booking.video_room):
        raise NotFound("booking", booking_id)
    return booking


def day_bookings(*, office: Office, day: dt.date) -> QuerySet[models.Booking]:
    start = dt.datetime.combine(day, dt.time.min, tzinfo=city_zone(office.city))
    return (
        models.Booking.objects.filter(
            type__office=office,
            slot__start__gte=start,
            slot__start__lt=start + dt.timedelta(days=1),
        )
        .select_related("slot", "type")
        .order_by("slot__start", "id")
    )


def day_bookings_for_staff(
    *, user: User | AnonymousUser, office: Office, day: dt.date
) -> list[models.Booking]:
    """The day's bookings of an office for its staff; names and e-mail addresses are personal
    data, so every view of the list is logged."""
    bookings = list(day_bookings(office=office, day=day))
    audit_record(
        actor=user,
        action="list",
        object_type="office_day",
        object_id=f"{office.pk}:{day.isoformat()}",
        reason="appointments day view",
        details={"bookings": [b.pk for b in bookings][:200]},
    )
    return bookings


@dataclass(frozen=True)
class QueuePosition:
    status: str
    position: int
    waiting: int
    estimate_minutes: int
    room: str


def _fresh_waiting(office_id: int) -> QuerySet[models.QueueEntry]:
    cutoff = timezone.now() - dt.timedelta(seconds=conf.queue_heartbeat_seconds())
    return models.QueueEntry.objects.filter(
        office_id=office_id, status=models.QueueStatus.WAITING, heartbeat_at__gte=cutoff
    )


def present_staff_count(*, office_id: int) -> int:
    cutoff = timezone.now() - dt.timedelta(seconds=conf.presence_seconds())
    return models.StaffPresence.objects.filter(
        office_id=office_id, present=True, last_seen__gte=cutoff
    ).count()


def queue_entry_get(*, entry_id: int, token: str | None) -> models.QueueEntry:
    entry = (
        models.QueueEntry.objects.select_related("office", "office__city")
        .filter(pk=entry_id)
        .first()
    )
    if entry is None or not _token_ok(token, entry.token_hash):
        raise NotFound("queue_entry", entry_id)
    return entry


def queue_position(*, entry: models.QueueEntry) -> QueuePosition:
    """1-based place among people still waiting (ahead = knocked earlier, page still open)."""
    waiting = _fresh_waiting(entry.office_id)
    ahead = waiting.filter(
        Q(created_at__lt=entry.created_at) | Q(created_at=entry.created_at, id__lt=entry.pk)
    ).count()
    staff = max(1, present_staff_count(office_id=entry.office_id))
    return QueuePosition(
        status=entry.status,
        position=ahead + 1 if entry.status == models.QueueStatus.WAITING else 0,
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
                filter=Q(
                    queue__status=models.QueueStatus.WAITING, queue__heartbeat_at__gte=queue_cutoff
                ),
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


def queue_waiting_list(*, office_id: int, limit: int = 50) -> list[models.QueueEntry]:
    """Who waits at an office's virtual office, longest waiting first (the admit order)."""
    return list(_fresh_waiting(office_id).order_by("created_at", "id")[:limit])


def queue_entry_for_staff(
    *, user: AbstractBaseUser | AnonymousUser, entry_id: int
) -> models.QueueEntry | None:
    return (
        models.QueueEntry.objects.filter(
            pk=entry_id,
            status=models.QueueStatus.ADMITTED,
            office__in=staff_offices(user=user),
        )
        .select_related("office")
        .first()
    )


@dataclass(frozen=True)
class ServiceBooking:
    """How a service is booked in Lotse: its in-person and video types (either may be None)."""

    in_person: models.AppointmentType | None
    video: models.AppointmentType | None


def service_booking(
    *, city: City, service_key: str, office_keys: list[str] | None = None
) -> ServiceBooking:
    """The city's appointment types for a service (its own or listed in `services`), at one of
    the service's offices when those are given."""
    found: dict[str, models.AppointmentType] = {}
    types = appointment_type_list(city=city).select_related("service")
    for type_ in types:
        if office_keys is not None and type_.office.key not in office_keys:
            continue
        if type_.serves(service_key):
            found.setdefault(type_.mode, type_)
    return ServiceBooking(in_person=found.get("in_person"), video=found.get("video"))


def service_booking_map(*, city: City, service_keys: list[str]) -> dict[str, ServiceBooking]:
    """service_booking for several services with one query (the plan page)."""
    types = list(appointment_type_list(city=city).select_related("service"))
    result: dict[str, ServiceBooking] = {}
    for key in service_keys:
        found: dict[str, models.AppointmentType] = {}
        for type_ in types:
            if type_.serves(key):
                found.setdefault(type_.mode, type_)
        if found:
            result[key] = ServiceBooking(in_person=found.get("in_person"), video=found.get("video"))
    return result


def plan_step_bookings(*, plan_token_hash: str) -> list[models.Booking]:
    """Active bookings made from the steps of one plan (latest per step first)."""
    if not plan_token_hash:
        return []
    return list(
        models.Booking.objects.filter(
            plan_token_hash=plan_token_hash, status__in=("held", "confirmed", "checked_in")
        )
        .select_related("slot", "type", "type__city")
        .order_by("-created_at")
    )


def bookings_active(*, ids: list[int]) -> list[models.Booking]:
    """Active bookings among the given ids (those a browser session made)."""
    if not ids:
        return []
    return list(
        models.Booking.objects.filter(pk__in=ids[:50], status__in=("held", "confirmed"))
        .select_related("slot", "type", "type__city")
        .order_by("slot__start")
    )


def office_visitor_address(office: Office) -> str:
    """The office's visitor address as pages and mails write it ('' for none), read once per
    office object (one request): a booking's mail needs it twice (text and calendar file)."""
    if "_visitor_address" not in office.__dict__:
        # By position alone: the model's ordering starts with the office, which would join
        # and sort by the office's own ordering for a list of one office's addresses.
        found = office.addresses.filter(type="visitor").order_by("position").first()
        office.__dict__["_visitor_address"] = str(found) if found else ""
    return str(office.__dict__["_visitor_address"])


@dataclass(frozen=True)
class Preparation:
    """What a person needs for their appointment: where to go and what to bring."""

    address: str
    documents: list[str]
    service_key: str


def booking_preparation(*, booking: models.Booking, language: str) -> Preparation:
    """The office's visitor address (none for video) and the required documents of the service
    booked (the plan step's service when the booking came from one, the origin's service when
    staff booked it for an application, else the type's)."""
    type_ = booking.type
    address = "" if type_.mode == "video" else office_visitor_address(type_.office)
    key = booking.plan_step if booking.plan_step and type_.serves(booking.plan_step) else ""
    # Booked by staff for something of the person's (an application): its service's documents.
    key = key or booking.origin_service
    if not key and type_.service_id:
        key = type_.service.key if type_.service else ""
    documents: list[str] = []
    if key:
        try:
            detail = catalog_selectors.service_detail(city=type_.city, key=key, language=language)
        except NotFound:
            detail = None
        module = detail.texts.get("documents") if detail else None
        documents = module.items if module else []
    return Preparation(address=address, documents=documents, service_key=key)


@dataclass
class VideoHours:
    """An office's video-advice hours and languages (shown while its virtual office is closed)."""

    name: str
    hours: list[dict[str, Any]]  # [{weekday: 0-6, opens: "HH:MM", closes: "HH:MM"}]
    languages: list[str]


def video_hours(*, city: City, language: str) -> list[VideoHours]:
    """Per office with video appointment types: their hours merged (else the office's)."""
    by_office: dict[int, VideoHours] = {}
    types = models.AppointmentType.objects.filter(city=city, mode="video").select_related("office")
    for t in types.prefetch_related("office__texts", "office__opening_hours").order_by("key"):
        entry = by_office.setdefault(
            t.office_id,
            VideoHours(office_name(t.office, language), [], list(t.office.languages or [])),
        )
        hm = "%H:%M"
        own = [{"weekday": h.weekday, "opens": h.opens.strftime(hm), "closes": h.closes.strftime(hm)} for h in t.office.opening_hours.all()]  # fmt: skip
        entry.hours.extend(b for b in (t.hours or own) if b not in entry.hours)
    for entry in by_office.values():
        entry.hours.sort(key=lambda b: (b["weekday"], b["opens"]))
    return list(by_office.values())
