"""Seats: the one conditional UPDATE that takes a seat, claims that give it back once, and the
held booking created with its seat in one transaction."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from lotse.appointments import conf, models, video
from lotse.appointments.services.limits import email_normalise, limits_check
from lotse.core.tokens import token_hash


def seat_take(*, slot_id: int, earliest: dt.datetime, for_draw: bool = False) -> bool:
    """The one place a seat is taken: a conditional UPDATE that either wins or changes nothing.
    A slot kept for a draw (`by_draw`) is taken only by the draw itself (`for_draw`)."""
    return (
        models.Slot.objects.filter(
            pk=slot_id, taken__lt=F("capacity"), start__gte=earliest, by_draw=for_draw
        ).update(taken=F("taken") + 1)
        == 1
    )


def claim_release(claim_id: int, slot_id: int) -> bool:
    """Give one claimed seat back, at most once (the released_at guard wins exactly once)."""
    now = timezone.now()
    if models.SeatClaim.objects.filter(pk=claim_id, released_at__isnull=True).update(
        released_at=now
    ):
        models.Slot.objects.filter(pk=slot_id).update(taken=F("taken") - 1)
        return True
    return False


def booking_hold(
    *,
    slot: models.Slot,
    earliest: dt.datetime,
    now: dt.datetime,
    values: dict[str, Any],
    check_limits: bool,
    hold: dt.timedelta | None = None,
    waitlist_entry: models.WaitlistEntry | None = None,
    on_hold: Callable[[models.Booking], None] | None = None,
    alert: models.SlotAlert | None = None,
    for_draw: bool = False,
) -> models.Booking | None:
    """Take a seat and create the held booking and (via `on_hold`: its expiry task, its mail) in
    one transaction: after a crash or a database restart either all of them exist or none.
    Returns None when the slot has no free seat."""
    with transaction.atomic():
        if check_limits:
            limits_check(person=values["email_key"], address_hash=values["address_hash"], now=now)
        if not seat_take(slot_id=slot.pk, earliest=earliest, for_draw=for_draw):
            return None
        booking = models.Booking.objects.create(
            type=slot.type,
            slot=slot,
            status=models.BookingStatus.HELD,
            created_at=now,
            expires_at=now + (hold or dt.timedelta(minutes=conf.hold_minutes())),
            ical_uid=f"{uuid.uuid4()}@lotse",
            video_room=video.room_name_new() if slot.type.mode == models.Mode.VIDEO else "",
            waitlist_entry=waitlist_entry,
            alert=alert,
            **values,
        )
        models.SeatClaim.objects.create(slot=slot, booking=booking, created_at=now)
        if on_hold is not None:
            on_hold(booking)
    return booking


def offer_hold(
    *,
    person: models.SlotAlert | models.WaitlistEntry,
    token: str,
    slot: models.Slot,
    earliest: dt.datetime,
    now: dt.datetime,
    hold: dt.timedelta,
    on_hold: Callable[[models.Booking], None],
) -> models.Booking | None:
    """Hold a seat for someone who waits for one (a slot alert or a waiting-list entry), within
    the same budgets as a booking: an offer is a hold like any other. When the seat went
    meanwhile, returns None and rolls back the caller's transaction (the offer's mark)."""
    booking = booking_hold(
        slot=slot,
        earliest=earliest,
        now=now,
        values={
            "name": person.name or person.email,
            "email": person.email,
            "email_key": person.email_key or email_normalise(person.email),
            "language": person.language,
            "address_hash": person.address_hash,
            "token_hash": token_hash(token),
        },
        check_limits=True,
        hold=hold,
        alert=person if isinstance(person, models.SlotAlert) else None,
        waitlist_entry=person if isinstance(person, models.WaitlistEntry) else None,
        on_hold=on_hold,
    )
    if booking is None:
        transaction.set_rollback(True)
    return booking


def booking_expire(*, booking: models.Booking) -> bool:
    """An unconfirmed hold ran out: the seat goes back at once (no cool-down: nobody had it).
    The caller offers the seat to the waiting list."""
    with transaction.atomic():
        changed = models.Booking.objects.filter(
            pk=booking.pk, status=models.BookingStatus.HELD, expires_at__lte=timezone.now()
        ).update(status=models.BookingStatus.EXPIRED)
        if not changed:
            return False
        for claim in models.SeatClaim.objects.filter(booking=booking, released_at__isnull=True):
            claim_release(claim.pk, claim.slot_id)
        if booking.waitlist_entry_id is not None:
            # An offer not taken in time closes the entry, so the seat moves on to the next
            # person instead of bouncing back; they may register again.
            models.WaitlistEntry.objects.filter(
                pk=booking.waitlist_entry_id, status=models.WaitlistStatus.OFFERED
            ).update(status=models.WaitlistStatus.LAPSED)
    return True
