"""Bookings: hold a seat, confirm, move, cancel, remind.

Every capacity decision is one conditional UPDATE whose row count says whether it won (see
holds.py); there is no read-then-write in Python, so several web processes on SQLite or
PostgreSQL never overbook. Moves and cancels count against the same per-person and per-address
budgets as bookings, and moving an unconfirmed hold frees its old seat at once: the cool-down is
against trading confirmed seats, not a way for one person to freeze many.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from lotse.appointments import conf, models, notifications
from lotse.appointments.errors import BookingStateError, DrawOnly, SlotFull
from lotse.appointments.services import limits
from lotse.appointments.services.holds import booking_hold, claim_release, seat_take
from lotse.appointments.services.inputs import BookingRequest, booking_input_clean
from lotse.appointments.services.waitlist import (
    expiry_schedule,
    release_schedule,
    seats_offer,
    seats_release_due,
)
from lotse.core.errors import InvalidInput
from lotse.core.signals import booking_origin_changed
from lotse.core.tokens import token_hash, token_new


@dataclass(frozen=True)
class BookingOrigin:
    """What a booking made by staff belongs to: `type` and `id` (e.g. "application", 7), the
    service whose documents the person brings, and a line for the mail (in their language)."""

    type: str
    id: int
    service: str = ""
    note: str = ""


def _origin_changed(booking: models.Booking, *, event: str, by: str) -> None:
    """Tell the app that owns the booking's origin (after commit) that it moved or ended."""
    if not booking.origin_type or booking.origin_id is None:
        return
    origin_type, origin_id, booking_id = booking.origin_type, booking.origin_id, booking.pk
    transaction.on_commit(
        lambda: booking_origin_changed.send(
            sender=models.Booking,
            origin_type=origin_type,
            origin_id=origin_id,
            booking_id=booking_id,
            event=event,
            by=by,
        ),
        # The move or cancel itself is done: a failing listener is logged, never the person's
        # error page.
        robust=True,
    )


@task()
def send_reminder(booking_id: int, expected_start: str) -> bool:
    return booking_remind(booking_id=booking_id, expected_start=expected_start)


PLAN_STEP_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")
PLAN_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{16,128}$")
RESENDS_PER_WINDOW = 3


def plan_link_clean(*, plan: str, step: str) -> tuple[str, str]:
    """(hash of the plan's private token, step key) from a plan step's booking link, or two
    empty strings when either is missing or malformed (a booking never fails over it)."""
    if not (isinstance(plan, str) and isinstance(step, str)):
        return "", ""
    if PLAN_TOKEN_RE.match(plan) and PLAN_STEP_RE.match(step):
        return token_hash(plan), step
    return "", ""


def _reload(booking: models.Booking) -> None:
    """Read the booking again after a change (the row as committed, with a slot another request
    may have moved it to) together with what its mails show: one query instead of a reload
    followed by lazy reads of slot, type, office and city."""
    booking.refresh_from_db(
        from_queryset=models.Booking.objects.select_related(
            "slot", "type", "type__office", "type__city"
        )
    )


def booking_active_for(*, type_id: int, email: str) -> models.Booking | None:
    """The active booking of a type held by the person (normalised e-mail), if any."""
    return (
        models.Booking.objects.filter(
            type_id=type_id,
            email_key=limits.email_normalise(email),
            status__in=models.ACTIVE_STATUSES,
        )
        .select_related("slot", "type", "type__city", "type__office")
        .order_by("slot__start")
        .first()
    )


def booking_link_resend(*, booking: models.Booking, address: str, base_url: str) -> str:
    """Mail the booking's private link again (a new token: the one in the first mail stopped
    working when it was hashed, so a fresh one is the only way to send a link). Rate-limited per
    address and per person so the form cannot be used to flood a mailbox. Returns the token."""
    limits.address_limit_hit(
        address,
        scope="resend",
        limit=RESENDS_PER_WINDOW,
        window_seconds=conf.rate_window_seconds(),
    )
    limits.rate_limit_hit(
        key=f"resend-person:{booking.email_key or limits.email_normalise(booking.email)}",
        limit=RESENDS_PER_WINDOW,
        window_seconds=conf.rate_window_seconds(),
    )
    token = token_new()
    with transaction.atomic():
        models.Booking.objects.filter(pk=booking.pk).update(token_hash=token_hash(token))
        booking.token_hash = token_hash(token)
        if booking.status == models.BookingStatus.HELD:
            notifications.mail_confirm_request(booking, token, base_url=base_url)
        else:
            notifications.mail_confirmed(booking, token, base_url=base_url)
    return token


def booking_create(
    *,
    request: BookingRequest,
    address: str,
    proof_ok: bool,
    base_url: str,
    now: dt.datetime | None = None,
    plan_token: str = "",
    plan_step: str = "",
    origin: BookingOrigin | None = None,
) -> tuple[models.Booking, str]:
    """Hold one seat of a slot for a newcomer and mail the confirmation link.

    Raises InvalidInput, Limited or SlotFull. `proof_ok` says whether a valid proof-of-work came
    along; without one the stricter rate applies. `plan_token`/`plan_step` link the booking to
    the arrival-plan step it was made from (only the token's hash is stored).

    `origin`: staff book for a person (e.g. for an online application). The same seat, limits
    and hold as any booking, but confirmed in the same transaction (the person did not ask for
    this time, staff chose it with them in mind): one mail with the calendar file, where to go,
    what to bring and the manage link instead of a request to confirm."""
    slot_id, name, email, language = booking_input_clean(request)
    now = now or timezone.now()
    address_hash = limits.address_limit_hit(
        address,
        scope="book:pow" if proof_ok else "book:plain",
        limit=conf.rate_with_proof() if proof_ok else conf.rate_without_proof(),
        window_seconds=conf.rate_window_seconds(),
    )
    # The office comes along for the mail (where to go); the booking shares this type object.
    slot = (
        models.Slot.objects.select_related("type", "type__city", "type__office")
        .filter(pk=slot_id)
        .first()
    )
    if slot is None:
        raise InvalidInput({"slot": "no such slot"}, code="invalid_booking")
    if slot.by_draw:
        raise DrawOnly()
    earliest = now + dt.timedelta(hours=slot.type.min_notice_hours)
    if (slot.taken >= slot.capacity or slot.start < earliest) and not seats_release_due(
        slot_id=slot.pk
    ):
        # A full slot answers "full" before any limit: only a rejection is decided on this
        # read; taking a seat is still the conditional UPDATE below.
        raise SlotFull()
    token = token_new()

    def hold_made(held: models.Booking) -> None:
        if origin is not None:
            models.Booking.objects.filter(pk=held.pk).update(
                status=models.BookingStatus.CONFIRMED, confirmed_at=now, expires_at=None
            )
            _reload(held)
            _reminder_schedule(held)
            notifications.mail_confirmed(held, token, base_url=base_url, note=origin.note)
            return
        expiry_schedule(held)
        notifications.mail_confirm_request(held, token, base_url=base_url)

    values: dict[str, Any] = {
        "name": name,
        "email": email,
        "email_key": limits.email_normalise(email),
        "language": language,
        "address_hash": address_hash,
        "token_hash": token_hash(token),
    }
    values["plan_token_hash"], values["plan_step"] = plan_link_clean(
        plan=plan_token, step=plan_step
    )
    if origin is not None:
        values["origin_type"] = origin.type[:20]
        values["origin_id"] = origin.id
        values["origin_service"] = origin.service[:64]

    def hold() -> models.Booking | None:
        return booking_hold(
            slot=slot,
            earliest=earliest,
            now=now,
            values=values,
            check_limits=True,
            on_hold=hold_made,
        )

    booking = hold()
    # Expired holds and cooled-down seats of this slot may be due: free them and retry once.
    if booking is None and seats_release_due(slot_id=slot.pk):
        booking = hold()
    if booking is None:
        raise SlotFull()
    return booking, token


def booking_confirm(*, booking: models.Booking, token: str, base_url: str) -> models.Booking:
    """Confirm a held booking through its private link; mails the .ics invitation."""
    with transaction.atomic():
        changed = models.Booking.objects.filter(
            pk=booking.pk, status=models.BookingStatus.HELD, expires_at__gt=timezone.now()
        ).update(
            status=models.BookingStatus.CONFIRMED, confirmed_at=timezone.now(), expires_at=None
        )
        if not changed:
            booking.refresh_from_db()
            if booking.status == models.BookingStatus.CONFIRMED:
                return booking
            raise BookingStateError("this booking can no longer be confirmed")
        if booking.waitlist_entry_id:
            models.WaitlistEntry.objects.filter(pk=booking.waitlist_entry_id).update(
                status=models.WaitlistStatus.BOOKED
            )
        _reload(booking)
        _reminder_schedule(booking)
        notifications.mail_confirmed(booking, token, base_url=base_url)
    return booking


def _reminder_schedule(booking: models.Booking) -> None:
    when = notifications.day_before(booking.slot.start, zone=notifications.zone_of(booking))
    if when > timezone.now():
        send_reminder.using(run_after=when).enqueue(booking.pk, booking.slot.start.isoformat())


def _seats_give_back(
    *, booking: models.Booking, held: bool, now: dt.datetime
) -> dt.datetime | None:
    """Release the booking's open seat claims: at once for an unconfirmed hold (nobody had the
    seat), after the cool-down for a confirmed booking. Returns when a release is due, if later."""
    claims = models.SeatClaim.objects.filter(booking=booking, released_at__isnull=True)
    if held:
        for claim_id, slot_id in claims.values_list("id", "slot_id"):
            claim_release(claim_id, slot_id)
        return None
    release_after = now + dt.timedelta(minutes=conf.cooldown_minutes())
    claims.update(release_after=release_after)
    return release_after


def booking_change_budget(*, booking: models.Booking, address: str) -> None:
    """Count a move or cancel by the booker against their per-person and per-address budgets
    (raises Limited)."""
    limits.changes_hit(
        person=booking.email_key or limits.email_normalise(booking.email),
        address_hash=limits.address_digest(address) if address else "",
    )


def booking_cancel(
    *,
    booking: models.Booking,
    by: str,
    reason: str = "",
    base_url: str,
    address: str | None = None,
    now: dt.datetime | None = None,
) -> models.Booking:
    """Cancel an active booking. The seat stays blocked for the cool-down (against trading) and
    counts against the booker's budget until then. A cancel by the booker (`address` given) is
    rate-limited like a booking."""
    now = now or timezone.now()
    if address is not None:
        booking_change_budget(booking=booking, address=address)
    if booking.status not in models.ACTIVE_STATUSES:
        raise BookingStateError("this booking is not active", status=booking.status)
    with transaction.atomic():
        changed = models.Booking.objects.filter(pk=booking.pk, status=booking.status).update(
            status=models.BookingStatus.CANCELLED,
            cancelled_at=now,
            cancelled_by=by[:150],
            cancel_reason=reason[:500],
            ical_sequence=F("ical_sequence") + 1,
        )
        if not changed:
            raise BookingStateError("this booking changed meanwhile")
        # The seat cools down even for a hold (against handing it to a friend); until it is
        # free it still counts against the booker's budget (limits_check counts seats).
        release_after = _seats_give_back(booking=booking, held=False, now=now)
        _reload(booking)
        if release_after is not None:
            release_schedule(release_after)
        notifications.mail_cancelled(booking, base_url=base_url, reason=reason)
        _origin_changed(booking, event="cancelled", by=by[:150])
    return booking


def booking_reschedule(
    *,
    booking: models.Booking,
    token: str,
    slot_id: int,
    base_url: str,
    address: str = "",
    now: dt.datetime | None = None,
    by: str = "newcomer",
) -> models.Booking:
    """Move an active booking to another slot of the same type; same calendar UID, higher
    SEQUENCE. Counts against the booker's budgets; an unconfirmed hold frees its old seat at
    once, a confirmed booking's old seat cools down."""
    now = now or timezone.now()
    if not booking.is_active:
        raise BookingStateError("this booking is not active", status=booking.status)
    slot = models.Slot.objects.filter(pk=slot_id, type_id=booking.type_id).first()
    if slot is None or slot.pk == booking.slot_id:
        raise InvalidInput({"slot": "choose another slot of the same appointment type"})
    booking_change_budget(booking=booking, address=address)
    earliest = now + dt.timedelta(hours=booking.type.min_notice_hours)
    with transaction.atomic():
        held = booking.status == models.BookingStatus.HELD
        # The new seat counts like a booked one. A hold's old seat is given back below, so it
        # does not count; a confirmed booking's old seat cools down and counts until it is free.
        limits.limits_check(
            person=booking.email_key or limits.email_normalise(booking.email),
            address_hash=booking.address_hash,
            now=now,
            exclude_booking=booking.pk if held else None,
        )
        if not seat_take(slot_id=slot.pk, earliest=earliest):
            raise SlotFull()
        changed = models.Booking.objects.filter(
            pk=booking.pk, status=booking.status, slot_id=booking.slot_id
        ).update(slot=slot, ical_sequence=F("ical_sequence") + 1)
        if not changed:
            raise BookingStateError("this booking changed meanwhile")
        release_after = _seats_give_back(booking=booking, held=held, now=now)
        models.SeatClaim.objects.create(slot=slot, booking=booking, created_at=now)
        _reload(booking)
        if release_after is not None:
            release_schedule(release_after)
        if booking.status == models.BookingStatus.CONFIRMED:
            _reminder_schedule(booking)
            notifications.mail_confirmed(booking, token, base_url=base_url, changed=True)
        _origin_changed(booking, event="moved", by=by[:150])
    if held:
        seats_offer(types=[booking.type])
    return booking


def booking_remind(*, booking_id: int, expected_start: str) -> bool:
    """Send the day-before reminder if the booking is still confirmed for that time."""
    booking = (
        models.Booking.objects.select_related("slot", "type", "type__city")
        .filter(pk=booking_id)
        .first()
    )
    if booking is None or booking.status != models.BookingStatus.CONFIRMED:
        return False
    if booking.slot.start != dt.datetime.fromisoformat(expected_start):
        return False  # moved meanwhile: the reminder of the new time is queued separately
    # Guarded so a task run twice queues one reminder per appointment time; the mail is queued
    # in the same transaction, so the mark and the mail exist together or not at all.
    with transaction.atomic():
        if (
            not models.Booking.objects.filter(pk=booking.pk, status=models.BookingStatus.CONFIRMED)
            .exclude(reminder_sent_for=booking.slot.start)
            .update(reminder_sent_for=booking.slot.start)
        ):
            return False
        notifications.mail_reminder(booking, base_url=notifications.public_base_url())
    return True
