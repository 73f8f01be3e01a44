"""Writes of the appointments app: slots, seat claims, bookings, waiting list, live queue.

Every capacity decision is one conditional UPDATE whose row count says whether it won; there is
no read-then-write in Python, so several web processes on SQLite or PostgreSQL never overbook.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from lotse.appointments import conf, notifications, video
from lotse.appointments.holidays import is_public_holiday
from lotse.appointments.models import (
    ACTIVE_STATUSES,
    AppointmentType,
    Booking,
    BookingStatus,
    ClosureDay,
    Mode,
    QueueEntry,
    QueueStatus,
    RateCounter,
    SeatClaim,
    Slot,
    StaffPresence,
    WaitlistEntry,
    WaitlistStatus,
)
from lotse.catalog.models import Office, OpeningHours, Service
from lotse.core.languages import resolve_language
from lotse.core.models import City

log = logging.getLogger(__name__)
BERLIN = ZoneInfo("Europe/Berlin")
WEEKDAYS = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}


class BookingError(Exception):
    """Base of the booking failures a view turns into a 4xx answer."""


class BookingInvalid(BookingError):
    """Raised for bad input; `fields` names each problem."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__(", ".join(fields))
        self.fields = fields


class SlotFull(BookingError):
    """Raised when the slot has no free seat (or is too soon / in the past)."""


class BookingLimited(BookingError):
    """Raised when a fairness limit applies; `retry_after` is in seconds."""

    def __init__(self, reason: str, retry_after: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class BookingStateError(BookingError):
    """Raised when the booking is not in a state that allows the action."""


def token_new() -> tuple[str, str]:
    token = secrets.token_urlsafe(24)
    return token, token_digest(token)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def token_matches(token: str | None, digest: str) -> bool:
    return bool(token) and hmac.compare_digest(token_digest(token or ""), digest)


def address_digest(address: str) -> str:
    # Keyed so the table never holds a usable IP address.
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()


# --- appointment types and slots -------------------------------------------------------------


def appointment_types_load(*, city_slug: str, path: Path | None = None) -> int:
    """Create or update a city's appointment types from its appointments.yaml."""
    path = path or Path(settings.LOTSE_CITY_DATA_DIR) / city_slug / "appointments.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    city = City.objects.get(slug=city_slug)
    count = 0
    with transaction.atomic():
        for item in data.get("appointment_types", []):
            office = Office.objects.get(city=city, key=item["office"])
            service = (
                Service.objects.filter(city=city, key=item["service"]).first()
                if item.get("service")
                else None
            )
            hours = [
                {"weekday": WEEKDAYS[day], "opens": h["opens"], "closes": h["closes"]}
                for h in item.get("hours", [])
                for day in h["days"]
            ]
            AppointmentType.objects.update_or_create(
                city=city,
                key=item["key"],
                defaults={
                    "office": office,
                    "service": service,
                    "mode": Mode(item["mode"]),
                    "names": item["names"],
                    "duration_minutes": int(item["duration_minutes"]),
                    "capacity": int(item["capacity"]),
                    "booking_window_days": int(item.get("booking_window_days", 28)),
                    "min_notice_hours": int(item.get("min_notice_hours", 2)),
                    "waitlist": bool(item.get("waitlist", False)),
                    "hours": hours,
                    "source_note": item.get("note", "")[:300],
                    "generated_until": None,
                },
            )
            count += 1
        for closure in data.get("closure_days", []):
            office = Office.objects.get(city=city, key=closure["office"])
            ClosureDay.objects.update_or_create(
                office=office,
                date=dt.date.fromisoformat(str(closure["date"])),
                defaults={"reason": closure.get("reason", "")},
            )
    return count


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
    Idempotent: existing slots (and their bookings) stay untouched."""
    intervals = _intervals(type_)
    closed = set(
        ClosureDay.objects.filter(office_id=type_.office_id, date__range=(start, end)).values_list(
            "date", flat=True
        )
    )
    state = type_.city.state
    length = dt.timedelta(minutes=type_.duration_minutes)
    new: list[Slot] = []
    day = start
    while day <= end:
        if day not in closed and not is_public_holiday(day, state=state):
            for opens, closes in intervals.get(day.weekday(), []):
                begin = dt.datetime.combine(day, opens, tzinfo=BERLIN)
                stop = dt.datetime.combine(day, closes, tzinfo=BERLIN)
                while begin + length <= stop:
                    new.append(
                        Slot(type=type_, start=begin, end=begin + length, capacity=type_.capacity)
                    )
                    begin += length
        day += dt.timedelta(days=1)
    Slot.objects.bulk_create(new, ignore_conflicts=True, batch_size=500)
    return len(new)


def slots_ensure(*, type_: AppointmentType, today: dt.date | None = None) -> None:
    """Keep the slots generated up to the end of the booking window (cheap when done)."""
    today = today or timezone.localdate()
    until = today + dt.timedelta(days=type_.booking_window_days)
    if type_.generated_until is not None and type_.generated_until >= until:
        return
    first = today if type_.generated_until is None else type_.generated_until + dt.timedelta(1)
    slots_generate(type_=type_, start=max(first, today), end=until)
    # Guarded so two processes extending at once write the marker once; both inserts are idempotent.
    AppointmentType.objects.filter(pk=type_.pk).filter(
        Q(generated_until__isnull=True) | Q(generated_until__lt=until)
    ).update(generated_until=until)
    type_.generated_until = until
    if type_.waitlist:
        waitlist_offer_all(type_=type_)


# --- fairness: rate limits -------------------------------------------------------------------


def rate_limit_hit(*, key: str, limit: int, window_seconds: int) -> None:
    """Count one attempt for `key` in the current window; raise BookingLimited above `limit`."""
    now = timezone.now()
    epoch = int(now.timestamp())
    start = dt.datetime.fromtimestamp(epoch - epoch % window_seconds, tz=dt.UTC)
    with transaction.atomic():
        updated = RateCounter.objects.filter(key=key, window_start=start).update(
            count=F("count") + 1
        )
        if not updated:
            try:
                with transaction.atomic():
                    RateCounter.objects.create(key=key, window_start=start, count=1)
            except IntegrityError:
                RateCounter.objects.filter(key=key, window_start=start).update(count=F("count") + 1)
        count = RateCounter.objects.filter(key=key, window_start=start).values_list(
            "count", flat=True
        )[0]
    if count > limit:
        retry = int((start + dt.timedelta(seconds=window_seconds) - now).total_seconds()) + 1
        raise BookingLimited("too many attempts from this address", max(1, retry))


# --- seats -----------------------------------------------------------------------------------


def _seat_take(*, slot_id: int, earliest: dt.datetime) -> bool:
    """The one place a seat is taken: a conditional UPDATE that either wins or changes nothing."""
    return (
        Slot.objects.filter(pk=slot_id, taken__lt=F("capacity"), start__gte=earliest).update(
            taken=F("taken") + 1
        )
        == 1
    )


def _claim_release(claim_id: int, slot_id: int) -> bool:
    """Give one claimed seat back, at most once (the released_at guard wins exactly once)."""
    now = timezone.now()
    if SeatClaim.objects.filter(pk=claim_id, released_at__isnull=True).update(released_at=now):
        Slot.objects.filter(pk=slot_id).update(taken=F("taken") - 1)
        return True
    return False


def seats_release_due(*, slot_id: int | None = None) -> int:
    """Expire unconfirmed holds and release seats whose cool-down has passed. Returns seats freed."""
    now = timezone.now()
    expired = Booking.objects.filter(status=BookingStatus.HELD, expires_at__lte=now)
    if slot_id is not None:
        expired = expired.filter(slot_id=slot_id)
    freed = 0
    for booking in list(expired.select_related("waitlist_entry", "type")[:200]):
        freed += int(booking_expire(booking=booking))
    due = SeatClaim.objects.filter(released_at__isnull=True, release_after__lte=now)
    if slot_id is not None:
        due = due.filter(slot_id=slot_id)
    types: set[int] = set()
    for claim_id, claim_slot, type_id in due.values_list("id", "slot_id", "slot__type_id")[:500]:
        with transaction.atomic():
            if _claim_release(claim_id, claim_slot):
                freed += 1
                types.add(type_id)
    for type_ in AppointmentType.objects.filter(pk__in=types, waitlist=True):
        waitlist_offer_all(type_=type_)
    return freed


# --- bookings --------------------------------------------------------------------------------


@dataclass(frozen=True)
class BookingRequest:
    slot: Any
    name: Any
    email: Any
    language: Any


def _clean(request: BookingRequest) -> tuple[int, str, str, str]:
    fields: dict[str, str] = {}
    slot_id = 0
    try:
        slot_id = int(request.slot)
        if slot_id <= 0 or isinstance(request.slot, bool):
            raise ValueError
    except (TypeError, ValueError):
        fields["slot"] = "must be a slot id (a positive integer)"
    name = request.name.strip() if isinstance(request.name, str) else ""
    if not name or len(name) > 200:
        fields["name"] = "required, at most 200 characters"
    email = request.email.strip().lower() if isinstance(request.email, str) else ""
    try:
        validate_email(email)
    except ValidationError:
        fields["email"] = "must be a valid e-mail address"
    language = request.language if isinstance(request.language, str) else ""
    codes = {code for code, _name in settings.LANGUAGES}
    if language not in codes:
        resolved = resolve_language(language) if language else None
        if resolved is None or resolved.notice:
            fields["language"] = "must be one of " + ", ".join(sorted(codes))
        else:
            language = resolved.code
    if fields:
        raise BookingInvalid(fields)
    return slot_id, name, email, language


def _lock_key(value: str) -> int:
    return int.from_bytes(hashlib.sha256(value.encode("utf-8")).digest()[:4], "big", signed=True)


def _limits_lock(*, email: str, address_hash: str) -> None:
    """Serialise the limit check of one e-mail address (and one client address) until commit.

    Without it two parallel requests with the same address both count "one active booking" on
    PostgreSQL (READ COMMITTED) and both pass. A transaction-scoped advisory lock needs no table
    and is released by COMMIT/ROLLBACK; the lock order (e-mail space, then address space, then the
    slot row) is the same everywhere, so these never deadlock. SQLite already runs one write
    transaction at a time (transaction_mode IMMEDIATE)."""
    if connection.vendor != "postgresql":
        return
    keys = [(1, _lock_key(email))]
    if address_hash and conf.max_active_per_ip():
        keys.append((2, _lock_key(address_hash)))
    with connection.cursor() as cursor:
        for space, key in keys:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [space, key])


def _limits_check(*, email: str, address_hash: str, now: dt.datetime) -> None:
    _limits_lock(email=email, address_hash=address_hash)
    active = Booking.objects.filter(status__in=ACTIVE_STATUSES, slot__end__gte=now)
    if active.filter(email=email).count() >= conf.max_active_per_email():
        raise BookingLimited("this e-mail address already has the most active bookings", 3600)
    per_ip = conf.max_active_per_ip()
    if per_ip and address_hash and active.filter(address_hash=address_hash).count() >= per_ip:
        raise BookingLimited("this address already has the most active bookings", 3600)


def booking_create(
    *,
    request: BookingRequest,
    address: str,
    proof_ok: bool,
    base_url: str,
    now: dt.datetime | None = None,
) -> tuple[Booking, str]:
    """Hold one seat of a slot for a newcomer and mail the confirmation link.

    Raises BookingInvalid, BookingLimited or SlotFull. `proof_ok` says whether a valid
    proof-of-work came along; without one the stricter rate applies."""
    slot_id, name, email, language = _clean(request)
    now = now or timezone.now()
    address_hash = address_digest(address) if address else ""
    limit = conf.rate_with_proof() if proof_ok else conf.rate_without_proof()
    if address_hash:
        rate_limit_hit(
            key=f"book:{'pow' if proof_ok else 'plain'}:{address_hash}",
            limit=limit,
            window_seconds=conf.rate_window_seconds(),
        )
    slot = Slot.objects.select_related("type").filter(pk=slot_id).first()
    if slot is None:
        raise BookingInvalid({"slot": "no such slot"})
    earliest = now + dt.timedelta(hours=slot.type.min_notice_hours)
    if (slot.taken >= slot.capacity or slot.start < earliest) and not seats_release_due(
        slot_id=slot.pk
    ):
        # A full slot answers "full" before any limit: only a rejection is decided on this
        # read; taking a seat is still the conditional UPDATE below.
        raise SlotFull("no free seat in this slot")
    token, digest = token_new()

    def mail(held: Booking) -> None:
        notifications.mail_confirm_request(held, token, base_url=base_url)

    booking = _booking_hold(
        slot=slot,
        earliest=earliest,
        now=now,
        values={
            "name": name,
            "email": email,
            "language": language,
            "address_hash": address_hash,
            "token_hash": digest,
        },
        check_limits=True,
        on_hold=mail,
    )
    if booking is None:
        # Expired holds and cooled-down seats of this slot may be due: free them and retry once.
        if seats_release_due(slot_id=slot.pk):
            booking = _booking_hold(
                slot=slot,
                earliest=earliest,
                now=now,
                values={
                    "name": name,
                    "email": email,
                    "language": language,
                    "address_hash": address_hash,
                    "token_hash": digest,
                },
                check_limits=True,
                on_hold=mail,
            )
        if booking is None:
            raise SlotFull("no free seat in this slot")
    return booking, token


def _booking_hold(
    *,
    slot: Slot,
    earliest: dt.datetime,
    now: dt.datetime,
    values: dict[str, Any],
    check_limits: bool,
    hold: dt.timedelta | None = None,
    waitlist_entry: WaitlistEntry | None = None,
    on_hold: Callable[[Booking], None] | None = None,
) -> Booking | None:
    """Take a seat and create the held booking, its expiry task and (via `on_hold`) its mail in
    one transaction: after a crash or a database restart either all of them exist or none."""
    with transaction.atomic():
        if check_limits:
            _limits_check(email=values["email"], address_hash=values["address_hash"], now=now)
        if not _seat_take(slot_id=slot.pk, earliest=earliest):
            return None
        booking = Booking.objects.create(
            type=slot.type,
            slot=slot,
            status=BookingStatus.HELD,
            created_at=now,
            expires_at=now + (hold or dt.timedelta(minutes=conf.hold_minutes())),
            ical_uid=f"{uuid.uuid4()}@lotse",
            video_room=video.room_name_new() if slot.type.mode == Mode.VIDEO else "",
            waitlist_entry=waitlist_entry,
            **values,
        )
        SeatClaim.objects.create(slot=slot, booking=booking, created_at=now)
        _schedule_expiry(booking)
        if on_hold is not None:
            on_hold(booking)
    return booking


def _schedule_expiry(booking: Booking) -> None:
    from lotse.appointments import tasks

    if booking.expires_at is not None:
        tasks.release_due_seats.using(run_after=booking.expires_at).enqueue()


def booking_expire(*, booking: Booking) -> bool:
    """An unconfirmed hold ran out: the seat goes back at once (no cool-down: nobody had it)."""
    with transaction.atomic():
        changed = Booking.objects.filter(
            pk=booking.pk, status=BookingStatus.HELD, expires_at__lte=timezone.now()
        ).update(status=BookingStatus.EXPIRED)
        if not changed:
            return False
        for claim in SeatClaim.objects.filter(booking=booking, released_at__isnull=True):
            _claim_release(claim.pk, claim.slot_id)
        entry = booking.waitlist_entry
        if entry is not None:
            # An offer not taken in time closes the entry, so the seat moves on to the next
            # person instead of bouncing back; they may register again.
            WaitlistEntry.objects.filter(pk=entry.pk, status=WaitlistStatus.OFFERED).update(
                status=WaitlistStatus.LAPSED
            )
    if booking.type.waitlist:
        waitlist_offer_all(type_=booking.type)
    return True


def booking_confirm(*, booking: Booking, token: str, base_url: str) -> Booking:
    """Confirm a held booking through its private link; mails the .ics invitation."""
    with transaction.atomic():
        changed = Booking.objects.filter(
            pk=booking.pk, status=BookingStatus.HELD, expires_at__gt=timezone.now()
        ).update(status=BookingStatus.CONFIRMED, confirmed_at=timezone.now(), expires_at=None)
        if not changed:
            booking.refresh_from_db()
            if booking.status == BookingStatus.CONFIRMED:
                return booking
            raise BookingStateError("this booking can no longer be confirmed")
        if booking.waitlist_entry_id:
            WaitlistEntry.objects.filter(pk=booking.waitlist_entry_id).update(
                status=WaitlistStatus.BOOKED
            )
        booking.refresh_from_db()
        _schedule_reminder(booking)
        notifications.mail_confirmed(booking, token, base_url=base_url)
    return booking


def _schedule_reminder(booking: Booking) -> None:
    from lotse.appointments import tasks

    when = notifications.day_before(booking.slot.start)
    if when > timezone.now():
        tasks.send_reminder.using(run_after=when).enqueue(
            booking.pk, booking.slot.start.isoformat()
        )


def booking_cancel(
    *, booking: Booking, by: str, reason: str = "", base_url: str, now: dt.datetime | None = None
) -> Booking:
    """Cancel an active booking. The seat stays blocked for the cool-down, against trading."""
    now = now or timezone.now()
    with transaction.atomic():
        changed = Booking.objects.filter(pk=booking.pk, status__in=ACTIVE_STATUSES).update(
            status=BookingStatus.CANCELLED,
            cancelled_at=now,
            cancelled_by=by[:150],
            cancel_reason=reason[:500],
            ical_sequence=F("ical_sequence") + 1,
        )
        if not changed:
            raise BookingStateError("this booking is not active")
        release_after = now + dt.timedelta(minutes=conf.cooldown_minutes())
        SeatClaim.objects.filter(booking=booking, released_at__isnull=True).update(
            release_after=release_after
        )
        booking.refresh_from_db()
        _schedule_release(release_after)
        notifications.mail_cancelled(booking, base_url=base_url, reason=reason)
    return booking


def _schedule_release(when: dt.datetime) -> None:
    from lotse.appointments import tasks

    tasks.release_due_seats.using(run_after=when).enqueue()


def booking_reschedule(
    *, booking: Booking, token: str, slot_id: int, base_url: str, now: dt.datetime | None = None
) -> Booking:
    """Move an active booking to another slot of the same type; same calendar UID, higher SEQUENCE."""
    now = now or timezone.now()
    if not booking.is_active:
        raise BookingStateError("this booking is not active")
    slot = Slot.objects.filter(pk=slot_id, type_id=booking.type_id).first()
    if slot is None or slot.pk == booking.slot_id:
        raise BookingInvalid({"slot": "choose another slot of the same appointment type"})
    earliest = now + dt.timedelta(hours=booking.type.min_notice_hours)
    release_after = now + dt.timedelta(minutes=conf.cooldown_minutes())
    with transaction.atomic():
        if not _seat_take(slot_id=slot.pk, earliest=earliest):
            raise SlotFull("no free seat in this slot")
        changed = Booking.objects.filter(
            pk=booking.pk, status__in=ACTIVE_STATUSES, slot_id=booking.slot_id
        ).update(slot=slot, ical_sequence=F("ical_sequence") + 1)
        if not changed:
            raise BookingStateError("this booking changed meanwhile")
        SeatClaim.objects.filter(booking=booking, released_at__isnull=True).update(
            release_after=release_after
        )
        SeatClaim.objects.create(slot=slot, booking=booking, created_at=now)
        booking.refresh_from_db()
        _schedule_release(release_after)
        if booking.status == BookingStatus.CONFIRMED:
            _schedule_reminder(booking)
            notifications.mail_confirmed(booking, token, base_url=base_url, changed=True)
    return booking


def booking_remind(*, booking_id: int, expected_start: str) -> bool:
    """Send the day-before reminder if the booking is still confirmed for that time."""
    booking = Booking.objects.select_related("slot", "type").filter(pk=booking_id).first()
    if booking is None or booking.status != BookingStatus.CONFIRMED:
        return False
    if booking.slot.start != dt.datetime.fromisoformat(expected_start):
        return False  # moved meanwhile: the reminder of the new time is queued separately
    # Guarded so a task run twice queues one reminder per appointment time; the mail is queued
    # in the same transaction, so the mark and the mail exist together or not at all.
    with transaction.atomic():
        if (
            not Booking.objects.filter(pk=booking.pk, status=BookingStatus.CONFIRMED)
            .exclude(reminder_sent_for=booking.slot.start)
            .update(reminder_sent_for=booking.slot.start)
        ):
            return False
        notifications.mail_reminder(booking, base_url=notifications.public_base_url())
    return True


def booking_mark(*, booking: Booking, status: str, user: User) -> Booking:
    """Staff: check-in or no-show of a confirmed booking."""
    if status not in {BookingStatus.CHECKED_IN, BookingStatus.NO_SHOW}:
        raise BookingInvalid({"status": "must be checked_in or no_show"})
    values: dict[str, Any] = {"status": status}
    if status == BookingStatus.CHECKED_IN:
        values["checked_in_at"] = timezone.now()
    if not Booking.objects.filter(pk=booking.pk, status=BookingStatus.CONFIRMED).update(**values):
        raise BookingStateError("only a confirmed booking can be checked in or marked no-show")
    from lotse.core.audit import audit_record

    audit_record(
        actor=user,
        action="update",
        object_type="booking",
        object_id=booking.pk,
        details={"status": status},
    )
    booking.refresh_from_db()
    return booking


# --- waiting list ----------------------------------------------------------------------------


def waitlist_register(
    *, type_: AppointmentType, name: str, email: str, language: str, needed_by: dt.date | None
) -> tuple[WaitlistEntry, str]:
    _slot, name, email, language = _clean(
        BookingRequest(slot=1, name=name, email=email, language=language)
    )
    if not type_.waitlist:
        raise BookingInvalid({"type": "this appointment type has no waiting list"})
    token, digest = token_new()
    try:
        with transaction.atomic():
            entry = WaitlistEntry.objects.create(
                type=type_,
                name=name,
                email=email,
                language=language,
                needed_by=needed_by,
                token_hash=digest,
            )
            notifications.mail_waitlist_registered(entry)
    except IntegrityError as exc:
        raise BookingInvalid({"email": "this address is already on the waiting list"}) from exc
    waitlist_offer_all(type_=type_)
    return entry, token


def waitlist_offer_next(*, type_: AppointmentType, now: dt.datetime | None = None) -> bool:
    """Offer the earliest free seat to the most urgent waiting person. Returns whether one went out."""
    now = now or timezone.now()
    earliest = now + dt.timedelta(hours=type_.min_notice_hours)
    entry = WaitlistEntry.objects.filter(type=type_, status=WaitlistStatus.WAITING).first()
    if entry is None:
        return False
    candidates = list(
        Slot.objects.filter(type=type_, start__gte=earliest, taken__lt=F("capacity"))
        .select_related("type")
        .order_by("start")[:20]
    )
    token, digest = token_new()
    for slot in candidates:
        with transaction.atomic():
            if not WaitlistEntry.objects.filter(pk=entry.pk, status=WaitlistStatus.WAITING).update(
                status=WaitlistStatus.OFFERED, offers_made=F("offers_made") + 1
            ):
                return False  # another process made this offer
            booking = _booking_hold(
                slot=slot,
                earliest=earliest,
                now=now,
                values={
                    "name": entry.name,
                    "email": entry.email,
                    "language": entry.language,
                    "address_hash": "",
                    "token_hash": digest,
                },
                check_limits=False,
                hold=dt.timedelta(hours=conf.waitlist_offer_hours()),
                waitlist_entry=entry,
            )
            if booking is None:
                transaction.set_rollback(True)
                continue
            notifications.mail_waitlist_offer(
                booking, token, base_url=notifications.public_base_url()
            )
        return True
    return False


def waitlist_offer_all(*, type_: AppointmentType, limit: int = 50) -> int:
    sent = 0
    while sent < limit and waitlist_offer_next(type_=type_):
        sent += 1
    return sent


def waitlist_withdraw(*, entry: WaitlistEntry) -> None:
    WaitlistEntry.objects.filter(
        pk=entry.pk, status__in=[WaitlistStatus.WAITING, WaitlistStatus.OFFERED]
    ).update(status=WaitlistStatus.WITHDRAWN)


# --- virtual office --------------------------------------------------------------------------


def presence_set(*, user: User, office: Office, present: bool) -> None:
    StaffPresence.objects.update_or_create(
        office=office, user=user, defaults={"present": present, "last_seen": timezone.now()}
    )


def presence_heartbeat(*, user: User, office: Office) -> None:
    StaffPresence.objects.filter(office=office, user=user).update(last_seen=timezone.now())


def queue_knock(*, office: Office, name: str, language: str) -> tuple[QueueEntry, str]:
    token, digest = token_new()
    entry = QueueEntry.objects.create(
        office=office, name=name.strip()[:100], language=language[:8], token_hash=digest
    )
    return entry, token


def queue_heartbeat(*, entry: QueueEntry) -> None:
    QueueEntry.objects.filter(pk=entry.pk, status=QueueStatus.WAITING).update(
        heartbeat_at=timezone.now()
    )


def queue_leave(*, entry: QueueEntry) -> None:
    QueueEntry.objects.filter(pk=entry.pk, status=QueueStatus.WAITING).update(
        status=QueueStatus.LEFT
    )


def queue_drop_stale(*, office: Office) -> int:
    """People whose page stopped polling have closed it: they leave the queue."""
    cutoff = timezone.now() - dt.timedelta(seconds=conf.queue_heartbeat_seconds())
    return QueueEntry.objects.filter(
        office=office, status=QueueStatus.WAITING, heartbeat_at__lt=cutoff
    ).update(status=QueueStatus.LEFT)


def queue_admit_next(*, office: Office, user: User) -> QueueEntry | None:
    """Admit the longest-waiting person. The status-guarded UPDATE means two staff members
    clicking at once admit two different people, never the same one."""
    queue_drop_stale(office=office)
    for _attempt in range(10):
        candidate = (
            QueueEntry.objects.filter(office=office, status=QueueStatus.WAITING)
            .order_by("created_at", "id")
            .values_list("id", flat=True)
            .first()
        )
        if candidate is None:
            return None
        room = video.room_name_new()
        if QueueEntry.objects.filter(pk=candidate, status=QueueStatus.WAITING).update(
            status=QueueStatus.ADMITTED, admitted_at=timezone.now(), admitted_by=user, room=room
        ):
            return QueueEntry.objects.get(pk=candidate)
    return None
