"""Background tasks (django-tasks, database backend): thin wrappers around services."""

from __future__ import annotations

from django_tasks import task

from lotse.appointments import outbox, services


@task()
def send_reminder(booking_id: int, expected_start: str) -> bool:
    return services.booking_remind(booking_id=booking_id, expected_start=expected_start)


@task()
def release_due_seats() -> int:
    return services.seats_release_due()


@task()
def outbox_send(mail_id: int) -> str:
    result = outbox.mail_send(mail_id=mail_id)
    outbox.outbox_sweep_schedule()
    return result


@task()
def outbox_sweep() -> dict[str, int]:
    counts = outbox.outbox_flush()
    outbox.outbox_sweep_schedule()
    return counts
