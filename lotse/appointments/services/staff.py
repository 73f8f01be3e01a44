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
from lotse.core.audit import audit_record
from lotse.core.errors import InvalidInput


def booking_mark(*, booking: Booking, status: str, user: User) -> Booking:
    """Staff: check-in or no-show of a confirmed booking."""
    if status not in {BookingStatus.CHECKED_IN, BookingStatus.NO_SHOW}:
        raise InvalidInput({"status": "must be checked_in or no_show"})
    values: dict[str, Any] = {"status": status}
    if status == BookingStatus.CHECKED_IN:
        values["checked_in_at"] = timezone.now()
    if not Booking.objects.filter(pk=booking.pk, status=BookingStatus.CONFIRMED).update(**values):
        raise BookingStateError("only a confirmed booking can be checked in or marked no-show")
    audit_record(
        actor=user,
        action="update",
        object_type="booking",
        object_id=booking.pk,
        details={"status": status},
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
    audit_record(
        actor=user,
        action="update",
        object_type="booking",
        object_id=booking.pk,
        reason="cancelled by staff",
    )
    return booking


def booking_video_join(*, booking: Booking, user: User) -> None:
    """Staff join a booking's video room: the room holds personal data, so it is logged."""
    audit_record(
        actor=user,
        action="read",
        object_type="booking",
        object_id=booking.pk,
        reason="joined video appointment",
    )


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
            return QueueEntry.objects.get(pk=candidate)
    return None
