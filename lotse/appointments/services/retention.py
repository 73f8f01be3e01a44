"""Retention: what a booking, a waiting-list entry or a queue place says about a person is
blanked once it is no longer needed (run daily with the other retention commands; idempotent).

The rows stay, without the person: the published waiting times and the slot counts are computed
from them. Each run writes one audit event per kind and city with the count."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from lotse.appointments import conf
from lotse.appointments.models import (
    Booking,
    QueueEntry,
    WaitlistEntry,
    WaitlistStatus,
)
from lotse.core.audit import SYSTEM, Action, audit_record

# The fields that identify or describe the person (and the keyed hashes that link their rows).
BOOKING_BLANK = {
    "name": "",
    "email": "",
    "email_key": "",
    "address_hash": "",
    "cancel_reason": "",
    "plan_token_hash": "",
    "plan_step": "",
}
WAITLIST_BLANK = {"name": "", "email": "", "email_key": "", "address_hash": ""}
QUEUE_BLANK = {"name": "", "address_hash": "", "client_hash": "", "end_note": ""}


def appointments_retention_run(
    *, now: dt.datetime | None = None, days: int | None = None
) -> dict[str, int]:
    """Blank the personal data of bookings whose appointment ended, waiting-list entries that
    ended (booked, lapsed, withdrawn) and queue places that ended, more than `days` days ago.
    Returns the counts per kind."""
    now = now or timezone.now()
    keep = conf.retention_days() if days is None else days
    cutoff = now - dt.timedelta(days=keep)
    reason = f"retention: ended over {keep} days ago"
    return {
        "booking": _blank(
            Booking.objects.filter(slot__end__lt=cutoff).exclude(name="", email=""),
            BOOKING_BLANK,
            kind="booking",
            city_field="type__city_id",
            reason=reason,
        ),
        "waitlist_entry": _blank(
            WaitlistEntry.objects.filter(created_at__lt=cutoff)
            .exclude(status__in=[WaitlistStatus.WAITING, WaitlistStatus.OFFERED])
            .exclude(name="", email=""),
            WAITLIST_BLANK,
            kind="waitlist_entry",
            city_field="type__city_id",
            reason=reason,
        ),
        "queue_entry": _blank(
            QueueEntry.objects.filter(
                Q(ended_at__lt=cutoff) | Q(ended_at__isnull=True, heartbeat_at__lt=cutoff)
            ).exclude(name="", address_hash="", client_hash="", end_note=""),
            QUEUE_BLANK,
            kind="queue_entry",
            city_field="office__city_id",
            reason=reason,
        ),
    }


def _blank(
    rows: QuerySet, values: dict[str, str], *, kind: str, city_field: str, reason: str
) -> int:
    """Blank `values` in each of `rows`, one audit event per row; returns how many."""
    count = 0
    for pk, city_id in list(rows.values_list("pk", city_field)):
        with transaction.atomic():
            if rows.model.objects.filter(pk=pk).update(**values):
                count += 1
                audit_record(
                    actor=None,
                    actor_label=SYSTEM,
                    action=Action.ERASE,
                    object_type=kind,
                    object_id=pk,
                    city_id=city_id,
                    reason=reason,
                )
    return count
