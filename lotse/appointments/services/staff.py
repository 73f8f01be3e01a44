"""Staff side of appointments: check-in, no-show, cancel with reason, video, the virtual office.

Every staff action is written to the audit log here, in the service, not in the view."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.utils import timezone

from lotse.appointments import video
from lotse.appointments.errors import BookingStateError
from lotse.appointments.models import Booking, BookingStatus, QueueEntry, QueueStatus, StaffPresence
from lotse.appointments.services.booking import booking_cancel
from lotse.appointments.services.queue import queue_drop_stale
from lotse.catalog.models import Office
from lotse.core.audit import Action, audit_record
from lotse.core.cities import city_zone
from lotse.core.errors import InvalidInput


class TooEarly(BookingStateError):
    """Raised when staff check in before the slot's day or mark a no-show before its start."""

    code = "too_early"


def _audit(
    user: User,
    action: str,
    obj: Booking | QueueEntry,
    *,
    reason: str = "",
    details: dict[str, Any] | None = None,
    city_id: int | None = None,
) -> None:
    """Log what a staff member did with a booking or a virtual-office visit."""
    audit_record(
        actor=user,
        action=action,
        object_type="booking" if isinstance(obj, Booking) else "queue_entry",
        object_id=obj.pk,
        reason=reason,
        details=details,
        city_id=city_id,
    )


def booking_mark(*, booking: Booking, status: str, user: User) -> Booking:
    """Staff: check-in (from the slot's day on, in the city's time) or no-show (from the slot's
    start on) of a confirmed booking. Each is logged as its own action."""
    if status not in {BookingStatus.CHECKED_IN, BookingStatus.NO_SHOW}:
        raise InvalidInput({"status": "must be checked_in or no_show"})
    now = timezone.now()
    if status == BookingStatus.CHECKED_IN:
        zone = city_zone(booking.type.city)
        if timezone.localdate(now, timezone=zone) < booking.slot.start.astimezone(zone).date():
            raise TooEarly("check-in is possible from the day of the appointment on")
    elif now < booking.slot.start:
        raise TooEarly("a no-show can be noted once the appointment has begun")
    values: dict[str, Any] = {"status": status}
    if status == BookingStatus.CHECKED_IN:
        values["checked_in_at"] = now
    if not Booking.objects.filter(pk=booking.pk, status=BookingStatus.CONFIRMED).update(**values):
        raise BookingStateError("only a confirmed booking can be checked in or marked no-show")
    action = Action.CHECK_IN if status == BookingStatus.CHECKED_IN else Action.NO_SHOW
    _audit(user, action, booking, details={"status": status})
    booking.refresh_from_db()
    return booking


def booking_mark_undo(*, booking: Booking, user: User) -> Booking:
    """Staff take back a check-in or no-show: the booking is confirmed again (logged)."""
    before = booking.status
    if before not in {BookingStatus.CHECKED_IN, BookingStatus.NO_SHOW}:
        raise BookingStateError("only a check-in or a no-show can be undone")
    if not Booking.objects.filter(pk=booking.pk, status=before).update(
        status=BookingStatus.CONFIRMED, checked_in_at=None
    ):
        raise BookingStateError("the booking changed meanwhile")
    _audit(
        user,
        Action.UNDO,
        booking,
        reason="undo check-in" if before == BookingStatus.CHECKED_IN else "undo no-show",
        details={"status": BookingStatus.CONFIRMED, "was": before},
    )
    booking.refresh_from_db()
    return booking


def booking_cancel_by_staff(*, booking: Booking, user: User, reason: str, base_url: str) -> Booking:
    """Staff cancel a booking, always with a reason the newcomer reads in the mail."""
    reason = reason.strip()[:500] if isinstance(reason, str) else ""
    if not reason:
        raise InvalidInput({"reason": "required"})
    booking = booking_cancel(
        booking=booking, by=user.get_username(), reason=reason, base_url=base_url
    )
    _audit(user, Action.CANCEL, booking, reason="cancelled by staff")
    return booking


def booking_video_join(*, booking: Booking, user: User) -> None:
    """Staff join a booking's video room: the room holds personal data, so it is logged."""
    _audit(user, Action.READ, booking, reason="joined video appointment")


def presence_set(*, user: User, office: Office, present: bool) -> None:
    StaffPresence.objects.update_or_create(
        office=office, user=user, defaults={"present": present, "last_seen": timezone.now()}
    )


def presence_heartbeat(*, user: User, office: Office) -> None:
    StaffPresence.objects.filter(office=office, user=user).update(last_seen=timezone.now())


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
            entry = QueueEntry.objects.get(pk=candidate)
            _audit(
                user,
                Action.ADMIT,
                entry,
                details={"office": office.pk, "waited_seconds": _waited(entry)},
                city_id=office.city_id,
            )
            return entry
    return None


def _waited(entry: QueueEntry) -> int:
    end = entry.admitted_at or timezone.now()
    return max(0, int((end - entry.created_at).total_seconds()))


def queue_end(*, entry: QueueEntry, user: User, note: str) -> QueueEntry:
    """Staff end a virtual-office conversation, with a note of what was talked about (kept on
    the entry, never in the audit log)."""
    note = note.strip()[:1000] if isinstance(note, str) else ""
    if entry.ended_at is not None:
        raise BookingStateError("this conversation has already ended")
    if not QueueEntry.objects.filter(
        pk=entry.pk, status=QueueStatus.ADMITTED, ended_at__isnull=True
    ).update(ended_at=timezone.now(), ended_by=user, end_note=note):
        raise BookingStateError("this conversation has already ended")
    _audit(
        user,
        Action.END,
        entry,
        reason="conversation ended with a note" if note else "",
        details={"office": entry.office_id, "note": bool(note)},
        city_id=entry.office.city_id,
    )
    entry.refresh_from_db()
    return entry
