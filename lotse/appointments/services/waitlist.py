"""The waiting list of scarce appointment types, and where every freed seat goes next.

Freed seats (expired holds, cooled-down cancellations) are offered to the most urgent waiting
person as a hold; those holds count against the same per-person and per-address limits as
bookings, and one mailbox (normalised e-mail) has at most one open entry per type.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from lotse.appointments import conf, models, notifications
from lotse.appointments.services.alerts import alert_offer_seats
from lotse.appointments.services.holds import booking_expire, claim_release, offer_hold
from lotse.appointments.services.inputs import person_clean
from lotse.appointments.services.limits import address_limit_hit
from lotse.core.errors import InvalidInput, Limited
from lotse.core.tokens import token_hash, token_new


@task()
def release_due_seats() -> int:
    return seats_release_due()


def expiry_schedule(booking: models.Booking) -> None:
    """Queue the release of a hold at its expiry (inside the hold's transaction)."""
    if booking.expires_at is not None:
        release_due_seats.using(run_after=booking.expires_at).enqueue()


def release_schedule(when: dt.datetime) -> None:
    release_due_seats.using(run_after=when).enqueue()


def seats_release_due(*, slot_id: int | None = None) -> int:
    """Expire unconfirmed holds and release seats whose cool-down has passed; offer what freed
    up to the waiting lists. Returns seats freed."""
    now = timezone.now()
    expired = models.Booking.objects.filter(status=models.BookingStatus.HELD, expires_at__lte=now)
    if slot_id is not None:
        expired = expired.filter(slot_id=slot_id)
    freed = 0
    types: set[int] = set()
    for booking in list(expired.select_related("type")[:200]):
        if booking_expire(booking=booking):
            freed += 1
            types.add(booking.type_id)
    due = models.SeatClaim.objects.filter(released_at__isnull=True, release_after__lte=now)
    if slot_id is not None:
        due = due.filter(slot_id=slot_id)
    for claim_id, claim_slot, type_id in due.values_list("id", "slot_id", "slot__type_id")[:500]:
        with transaction.atomic():
            if claim_release(claim_id, claim_slot):
                freed += 1
                types.add(type_id)
    if types:
        seats_offer(
            types=models.AppointmentType.objects.filter(pk__in=types).select_related("city")
        )
    return freed


def seats_offer(*, types: Iterable[models.AppointmentType]) -> None:
    """Where free seats go next: the waiting list first (urgency), then slot-alert subscribers
    (in turn); what nobody takes stays free for everyone."""
    for type_ in types:
        if type_.has_waitlist:
            waitlist_offer_all(type_=type_)
        alert_offer_seats(type_=type_, schedule=expiry_schedule)


def waitlist_register(
    *,
    type_: models.AppointmentType,
    name: str,
    email: str,
    language: str,
    needed_by: dt.date | None,
    address: str = "",
) -> tuple[models.WaitlistEntry, str]:
    """Put a person on the waiting list (one open entry per mailbox and type); mails them."""
    person = person_clean(name=name, email=email, language=language)
    if not type_.has_waitlist:
        raise InvalidInput({"type": "this appointment type has no waiting list"})
    address_hash = address_limit_hit(address, scope="waitlist", limit=10)
    token = token_new()
    try:
        with transaction.atomic():
            entry = models.WaitlistEntry.objects.create(
                type=type_,
                **person.columns(),
                address_hash=address_hash,
                needed_by=needed_by,
                token_hash=token_hash(token),
            )
            notifications.mail_waitlist_registered(
                entry, token, base_url=notifications.public_base_url()
            )
    except IntegrityError as exc:
        raise InvalidInput({"email": "this address is already on the waiting list"}) from exc
    waitlist_offer_all(type_=type_)
    return entry, token


def _offer(
    entry: models.WaitlistEntry, slot: models.Slot, *, earliest: dt.datetime, now: dt.datetime
) -> bool:
    """Hold `slot` for `entry` and mail the offer; False when the seat went meanwhile."""
    token = token_new()
    with transaction.atomic():
        if not models.WaitlistEntry.objects.filter(
            pk=entry.pk, status=models.WaitlistStatus.WAITING
        ).update(status=models.WaitlistStatus.OFFERED, offers_made=F("offers_made") + 1):
            return False  # another process made this offer

        def hold_made(booking: models.Booking) -> None:
            expiry_schedule(booking)
            notifications.mail_waitlist_offer(
                booking, token, base_url=notifications.public_base_url()
            )

        return (
            offer_hold(
                person=entry,
                token=token,
                slot=slot,
                earliest=earliest,
                now=now,
                hold=dt.timedelta(hours=conf.waitlist_offer_hours()),
                on_hold=hold_made,
            )
            is not None
        )


def waitlist_offer_next(*, type_: models.AppointmentType, now: dt.datetime | None = None) -> bool:
    """Offer the earliest free seat to the most urgent waiting person who is within the limits.
    Returns whether an offer went out."""
    now = now or timezone.now()
    earliest = now + dt.timedelta(hours=type_.min_notice_hours)
    entries = list(
        models.WaitlistEntry.objects.filter(type=type_, status=models.WaitlistStatus.WAITING)[:20]
    )
    if not entries:
        return False
    candidates = list(
        models.Slot.objects.filter(type=type_, start__gte=earliest, taken__lt=F("capacity"))
        .select_related("type")
        .order_by("start")[:20]
    )
    for entry in entries:
        for slot in candidates:
            try:
                if _offer(entry, slot, earliest=earliest, now=now):
                    return True
            except Limited:
                break  # this person holds enough already: they keep waiting, the next one gets it
    return False


def waitlist_offer_all(*, type_: models.AppointmentType, limit: int = 50) -> int:
    sent = 0
    while sent < limit and waitlist_offer_next(type_=type_):
        sent += 1
    return sent


def waitlist_withdraw(*, entry: models.WaitlistEntry) -> bool:
    """Leave the waiting list. An open offer stays with its booking (the person may still
    accept or cancel it on its own page). Returns whether the entry was open."""
    changed = models.WaitlistEntry.objects.filter(
        pk=entry.pk, status__in=[models.WaitlistStatus.WAITING, models.WaitlistStatus.OFFERED]
    ).update(status=models.WaitlistStatus.WITHDRAWN)
    entry.refresh_from_db()
    return bool(changed)
