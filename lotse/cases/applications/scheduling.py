"""Staff book an appointment for an online application (issue 19: "schedule an appointment").

Cases may not import appointments (sibling apps, docs/architecture.md): the booking goes through
core's booking extension point (`core.hooks.booking_provider()`), which the appointments app
answers with its one booking path (seat, limits, hold, confirmation mail with calendar file and
manage link). The booking carries the application as its origin; when the person later moves or
cancels it through the manage link, appointments sends `core.signals.booking_origin_changed`
after the commit and `origin_changed` below writes it into the task's history and the audit log.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from lotse.cases.applications.notify import status_url
from lotse.cases.applications.services import token_for
from lotse.cases.applications.texts import t
from lotse.cases.models import FINAL_TASK_STATUSES, Application, Task, TaskEvent
from lotse.cases.services import User, _label
from lotse.core.audit import NEWCOMER, Action, audit_record
from lotse.core.errors import NotAllowed, NotFound
from lotse.core.hooks import OriginBooking, SlotChoice, StaffBookingRequest, booking_provider
from lotse.core.models import Role
from lotse.core.permissions import can, offices_for, staff_profile

ORIGIN = "application"
# Appointments the person still has to go to (shown on the status page as "your appointment").
UPCOMING = ("held", "confirmed")


def _application(task: Task) -> Application | None:
    return (
        Application.objects.select_related("case", "city")
        .filter(task_id=task.pk, anonymised_at__isnull=True)
        .first()
    )


def schedule_offices(*, actor: User, task: Task) -> list[int]:
    """The offices whose appointment types `actor` may give for this task: the task's own office
    (the one responsible for the service), if the actor may act for it — its office staff, or
    the caseworker of the task's case (the same least access as the task itself)."""
    if not can(actor, "application.schedule", task):
        return []
    allowed = offices_for(actor)
    if allowed is not None and task.office_id not in allowed:
        return []
    profile = staff_profile(actor)
    if (
        profile is not None
        and profile.role == Role.CASEWORKER
        and task.case.caseworker_id != actor.pk
    ):
        return []
    return [task.office_id]


def schedule_allowed(*, actor: User, task: Task) -> bool:
    """Whether the schedule action is offered: an open application task the actor works."""
    return (
        task.status not in FINAL_TASK_STATUSES
        and bool(schedule_offices(actor=actor, task=task))
        and Application.objects.filter(task_id=task.pk, anonymised_at__isnull=True).exists()
    )


def application_slots(*, actor: User, task: Task, language: str) -> list[SlotChoice]:
    """Free slots the actor may give for this task (the types booked for its service first)."""
    if not schedule_allowed(actor=actor, task=task):
        return []
    return booking_provider().staff_slots(
        city=task.city,
        office_ids=schedule_offices(actor=actor, task=task),
        service_key=task.service_key,
        language=language,
    )


def application_schedule(*, actor: User, task: Task, slot_id: object) -> OriginBooking:
    """Book `slot_id` for the person behind the task's application, tied to the application.

    The person gets one mail in their language (date, address, what to bring, calendar file,
    manage link, and which application it is for); the task's history gets an entry; the booking
    is in the audit log with the case. Raises NotAllowed (role, office, closed task), NotFound
    (no application) or the booking's errors (taken slot 409, another office's, past or too soon
    400, the person's booking limit 429), all with a message in the staff member's language."""
    if not schedule_offices(actor=actor, task=task):
        raise NotAllowed(_("You may not book appointments for this task."))
    application = _application(task)
    if application is None:
        raise NotFound("application", message=_("This task has no online application."))
    if task.status in FINAL_TASK_STATUSES:
        raise NotAllowed(_("The task is closed: reopen it first."), code="task_closed")
    language = application.language
    note = t(
        "appointment_note",
        language,
        reference=application.reference,
        link=status_url(application, token_for(application.token_nonce)),
    )
    with transaction.atomic():
        booked = booking_provider().staff_book(
            StaffBookingRequest(
                city=task.city,
                slot_id=slot_id,
                office_ids=schedule_offices(actor=actor, task=task),
                name=application.case.name,
                email=application.case.email,
                language=language,
                origin_type=ORIGIN,
                origin_id=application.pk,
                service_key=application.service_key,
                note=note,
            )
        )
        now = timezone.now()
        TaskEvent.objects.create(
            task=task,
            actor_id=actor.pk if actor is not None else None,
            actor_label=_label(actor),
            kind=TaskEvent.Kind.SCHEDULED,
            at=now,
        )
        Task.objects.filter(pk=task.pk).update(updated_at=now)
        audit_record(
            actor=actor,
            action=Action.CREATE,
            object_type="booking",
            object_id=booked.id,
            case_id=application.case_id,
            reason="appointment for an online application",
            details={"application": application.pk, "task": task.pk, "office": task.office_id},
        )
    return booked


def origin_changed(
    sender: Any,
    *,
    origin_type: str,
    origin_id: int,
    booking_id: int,
    event: str,
    by: str,
    **kwargs: Any,
) -> None:
    """Receiver of `booking_origin_changed`: an application's appointment was moved or cancelled
    (by the person through the manage link, or by staff): into the history and the audit log."""
    if origin_type != ORIGIN:
        return
    application = Application.objects.filter(pk=origin_id).first()
    if application is None:
        return
    kind = TaskEvent.Kind.RESCHEDULED if event == "moved" else TaskEvent.Kind.UNSCHEDULED
    label = NEWCOMER if by in ("", "newcomer", NEWCOMER) else by[:150]
    with transaction.atomic():
        TaskEvent.objects.create(
            task_id=application.task_id, actor_label=label, kind=kind, at=timezone.now()
        )
        audit_record(
            actor=None,
            actor_label=label,
            action=Action.UPDATE if event == "moved" else Action.CANCEL,
            object_type="booking",
            object_id=booking_id,
            case_id=application.case_id,
            reason="appointment moved" if event == "moved" else "appointment cancelled",
            details={"application": application.pk},
        )


def when_text(start: Any, language: str) -> str:
    """Date and time of an appointment in the reader's language (e.g. "7. Dezember 2026, 08:00")."""
    with translation.override(language):
        return f"{date_format(start, 'DATE_FORMAT')}, {start:%H:%M}"


def application_appointments(application: Application, language: str) -> list[dict[str, Any]]:
    """The application's appointments as the person (or their app) reads them."""
    return [
        {
            "id": b.id,
            "start": b.start.isoformat(),
            "end": b.end.isoformat(),
            "when": when_text(b.start, language),
            "status": b.status,
            "upcoming": b.status in UPCOMING,
            "type": b.type_name,
            "office": b.office_name,
            "mode": b.mode,
            "address": b.address,
            "bring": list(b.documents),
        }
        for b in booking_provider().origin_bookings(
            origin_type=ORIGIN, origin_id=application.pk, language=language
        )
    ]
