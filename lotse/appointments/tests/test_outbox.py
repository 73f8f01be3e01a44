"""The mail outbox: a mail exists iff its change committed, goes out once, survives a stopped
worker, a failing mail server and a lost task."""

from __future__ import annotations

import datetime as dt
import signal
import smtplib
from typing import Any

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from lotse.appointments import services, tasks
from lotse.appointments.models import Booking, MailKind, Slot
from lotse.appointments.services import BookingRequest
from lotse.core import outbox
from lotse.core.errors import Limited
from lotse.core.models import OutgoingMail

from .conftest import make_slot, make_type, run_outbox

BASE = "http://testserver"
SEND_TASK = tasks.outbox_send.module_path


class RefusingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages: Any) -> int:
        raise smtplib.SMTPServerDisconnected("connection unexpectedly closed")


def book(slot: Slot, email: str = "ana@example.org", address: str = "10.0.0.1") -> Booking:
    booking, _token = services.booking_create(
        request=BookingRequest(slot=slot.pk, name="Ana", email=email, language="en"),
        address=address,
        proof_ok=True,
        base_url=BASE,
    )
    return booking


def mail_ids() -> list[int]:
    return [int(message.extra_headers[outbox.MAIL_ID_HEADER]) for message in mail.outbox]


def send_tasks() -> Any:
    return DBTaskResult.objects.filter(task_path=SEND_TASK)


@pytest.mark.usefixtures("dortmund")
@pytest.mark.django_db(transaction=True)
def test_mail_exists_only_if_the_booking_transaction_commits() -> None:
    slot = make_slot(make_type(capacity=3))

    class Abort(Exception):
        pass

    with pytest.raises(Abort), transaction.atomic():
        book(slot, email="gone@example.org")
        assert OutgoingMail.objects.count() == 1  # rendered inside the transaction …
        raise Abort
    # … and rolled back with it: no booking, no mail, no send task.
    assert not Booking.objects.exists() and not OutgoingMail.objects.exists()
    assert not send_tasks().exists()

    booking = book(slot)
    queued = OutgoingMail.objects.get()
    assert queued.ref_type == "booking" and queued.ref_id == booking.pk
    assert queued.kind == MailKind.CONFIRM_REQUEST
    # The commit enqueued its send task, and the mail knows which one.
    assert [str(t.id) for t in send_tasks()] == [queued.task_id]
    assert mail.outbox == []


@pytest.mark.usefixtures("dortmund")
@pytest.mark.django_db(transaction=True)
def test_a_refused_booking_queues_no_mail(settings) -> None:
    settings.LOTSE_BOOKING_MAX_ACTIVE_PER_EMAIL = 1
    type_ = make_type(capacity=2)
    book(make_slot(type_, hour=9))
    with pytest.raises(Limited):
        book(make_slot(type_, hour=10))
    assert OutgoingMail.objects.count() == 1


@pytest.mark.django_db
def test_a_send_task_run_twice_sends_the_mail_once() -> None:
    book(make_slot(make_type()))
    queued = OutgoingMail.objects.get()
    assert tasks.outbox_send.call(queued.pk) == "sent"
    assert tasks.outbox_send.call(queued.pk) == "skipped"
    # An extra task from the sweeper is just as harmless.
    tasks.outbox_send.enqueue(queued.pk)
    run_outbox()
    assert mail_ids() == [queued.pk]
    assert "/en/appointments/booking/" in mail.outbox[0].body
    queued.refresh_from_db()
    # Sent: marked, counted, and the manage link and personal text are gone from the table.
    assert queued.sent_at is not None and queued.attempts == 1
    assert queued.body == "" and queued.attachments == []


@pytest.mark.django_db
def test_a_failing_mail_server_is_retried_later_and_the_mail_sent_once(settings) -> None:
    book(make_slot(make_type()))
    queued = OutgoingMail.objects.get()
    settings.EMAIL_BACKEND = "lotse.appointments.tests.test_outbox.RefusingBackend"
    before = timezone.now()
    run_outbox()
    queued.refresh_from_db()
    assert mail.outbox == []
    assert queued.sent_at is None and queued.attempts == 1
    assert "SMTPServerDisconnected" in queued.last_error
    assert queued.send_after >= before + dt.timedelta(seconds=30)
    retry = DBTaskResult.objects.get(pk=queued.task_id)
    assert retry.status == TaskResultStatus.READY and retry.run_after == queued.send_after

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert run_outbox() == 0  # not due yet: the backoff holds even for the sweeper
    # Time passes until the retry is due.
    past = timezone.now() - dt.timedelta(seconds=1)
    OutgoingMail.objects.filter(pk=queued.pk).update(send_after=past)
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=past)
    run_outbox()
    run_outbox()
    assert mail_ids() == [queued.pk]
    queued.refresh_from_db()
    assert queued.sent_at is not None and queued.attempts == 2


@pytest.mark.django_db
def test_a_mail_is_given_up_after_the_last_attempt_and_not_swept_again(settings) -> None:
    settings.LOTSE_OUTBOX_MAX_ATTEMPTS = 2
    settings.EMAIL_BACKEND = "lotse.appointments.tests.test_outbox.RefusingBackend"
    book(make_slot(make_type()))
    queued = OutgoingMail.objects.get()
    assert outbox.mail_send(mail_id=queued.pk) == "retry"
    later = timezone.now() + dt.timedelta(minutes=5)
    assert outbox.mail_send(mail_id=queued.pk, now=later) == "failed"
    assert outbox.outbox_flush(now=later + dt.timedelta(hours=1))["enqueued"] == 0
    assert outbox.outbox_backlog() == 0
    assert OutgoingMail.objects.get().sent_at is None


@pytest.mark.usefixtures("dortmund")
@pytest.mark.django_db(transaction=True)
def test_mails_queued_while_the_worker_is_stopped_go_out_once_each_after_restart() -> None:
    type_ = make_type(capacity=4)
    slot, other = make_slot(type_, hour=9), make_slot(type_, hour=10)
    tokens = []
    for i in range(3):
        booking, token = services.booking_create(
            request=BookingRequest(
                slot=slot.pk, name="P", email=f"p{i}@example.org", language="en"
            ),
            address=f"10.1.{i}.1",
            proof_ok=True,
            base_url=BASE,
        )
        tokens.append((booking, token))
    first, token = tokens[0]
    services.booking_confirm(booking=first, token=token, base_url=BASE)
    services.booking_reschedule(booking=first, token=token, slot_id=other.pk, base_url=BASE)
    services.booking_cancel(booking=tokens[1][0], by="newcomer", base_url=BASE)
    # No worker ran: nothing went out, everything waits in the outbox with its task.
    assert mail.outbox == []
    assert outbox.outbox_backlog() == 6
    # A sweep meanwhile does not pile up duplicates: every mail still has a live task.
    assert outbox.outbox_flush(now=timezone.now() + dt.timedelta(hours=2))["enqueued"] == 0

    # The worker comes back (twice: a second run finds nothing left to send).
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        for _run in range(2):
            call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    finally:
        for (
            sig,
            handler,
        ) in handlers.items():  # the worker installs its own; give pytest its own back
            signal.signal(sig, handler)
    ids = mail_ids()
    assert len(ids) == 6 and len(set(ids)) == 6
    assert outbox.outbox_backlog() == 0
    kinds = sorted(OutgoingMail.objects.values_list("kind", flat=True))
    assert kinds == sorted(
        [MailKind.CONFIRM_REQUEST] * 3 + [MailKind.CONFIRMED, MailKind.MOVED, MailKind.CANCELLED]
    )


@pytest.mark.usefixtures("dortmund")
@pytest.mark.django_db(transaction=True)
def test_the_sweeper_re_enqueues_a_mail_whose_task_row_was_lost() -> None:
    book(make_slot(make_type()))
    queued = OutgoingMail.objects.get()
    send_tasks().delete()  # e.g. the enqueue after the commit hit a restarting database
    # Within the grace time the sweeper leaves it alone; after it, one new task.
    assert outbox.outbox_flush()["enqueued"] == 0
    soon = timezone.now() + dt.timedelta(minutes=2)
    assert outbox.outbox_flush(now=soon)["enqueued"] == 1
    assert outbox.outbox_flush(now=soon)["enqueued"] == 0  # that task is live now
    assert run_outbox(sweep=False) == 1
    assert mail_ids() == [queued.pk]


@pytest.mark.usefixtures("dortmund")
@pytest.mark.django_db(transaction=True)
def test_the_sweeper_re_enqueues_a_mail_whose_task_failed_or_whose_worker_died() -> None:
    slot = make_slot(make_type(capacity=2))
    book(slot, email="a@example.org", address="10.0.0.1")
    book(slot, email="b@example.org", address="10.0.0.2")
    failed, stuck = OutgoingMail.objects.order_by("pk")
    DBTaskResult.objects.filter(pk=failed.task_id).update(status=TaskResultStatus.FAILED)
    DBTaskResult.objects.filter(pk=stuck.task_id).update(
        status=TaskResultStatus.RUNNING, started_at=timezone.now() - dt.timedelta(hours=1)
    )
    assert outbox.outbox_flush(grace_seconds=0)["enqueued"] == 2
    run_outbox(sweep=False)
    assert sorted(mail_ids()) == [failed.pk, stuck.pk]


@pytest.mark.django_db
def test_the_sweeper_strips_forgotten_bodies_and_deletes_old_sent_mails(settings) -> None:
    settings.LOTSE_OUTBOX_RETENTION_DAYS = 30
    now = timezone.now()
    old = OutgoingMail.objects.create(
        kind=MailKind.REMINDER,
        recipient="a@example.org",
        subject="s",
        body="",
        sent_at=now - dt.timedelta(days=31),
    )
    forgotten = OutgoingMail.objects.create(
        kind=MailKind.REMINDER,
        recipient="b@example.org",
        subject="s",
        body="secret link",
        sent_at=now - dt.timedelta(minutes=30),
    )
    waiting = OutgoingMail.objects.create(
        kind=MailKind.REMINDER,
        recipient="c@example.org",
        subject="s",
        body="not yet",
        created_at=now - dt.timedelta(days=40),
        send_after=now + dt.timedelta(minutes=5),
    )
    counts = outbox.outbox_flush(now=now)
    assert counts == {"enqueued": 0, "cleared": 1, "deleted": 1}
    assert not OutgoingMail.objects.filter(pk=old.pk).exists()
    assert OutgoingMail.objects.get(pk=forgotten.pk).body == ""
    assert OutgoingMail.objects.get(pk=waiting.pk).body == "not yet"


@pytest.mark.django_db
def test_one_periodic_sweep_stays_queued() -> None:
    def queued_sweeps() -> int:
        return DBTaskResult.objects.filter(
            task_path=tasks.outbox_sweep.module_path, status=TaskResultStatus.READY
        ).count()

    assert outbox.outbox_sweep_schedule() is True
    assert outbox.outbox_sweep_schedule() is False
    assert queued_sweeps() == 1
    # Running the sweep queues the next one; running a send task does not add a second.
    sweep = DBTaskResult.objects.get(task_path=tasks.outbox_sweep.module_path)
    sweep.claim("w")
    assert tasks.outbox_sweep.call() == {"enqueued": 0, "cleared": 0, "deleted": 0}
    sweep.set_successful(None)
    book(make_slot(make_type()))
    run_outbox()
    assert queued_sweeps() == 1
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_the_reminder_goes_through_the_outbox_once() -> None:
    slot = make_slot(make_type(), hour=9)
    booking, token = services.booking_create(
        request=BookingRequest(slot=slot.pk, name="Ana", email="ana@example.org", language="de"),
        address="10.0.0.1",
        proof_ok=True,
        base_url=BASE,
    )
    services.booking_confirm(booking=booking, token=token, base_url=BASE)
    for _run in range(2):
        tasks.send_reminder.call(booking.pk, slot.start.isoformat())
    assert OutgoingMail.objects.filter(kind=MailKind.REMINDER).count() == 1
    run_outbox()
    run_outbox()
    reminder = OutgoingMail.objects.get(kind=MailKind.REMINDER)
    assert mail_ids().count(reminder.pk) == 1
    message = mail.outbox[-1]
    assert message.to == ["ana@example.org"] and "Testtermin" in message.body  # in German


def test_the_flush_command_sweeps_and_schedules(db, capsys) -> None:
    book(make_slot(make_type()))
    call_command("outbox_flush", "--grace", "0")
    out = capsys.readouterr().out
    assert "1 re-enqueued" in out and "periodic sweep scheduled" in out
    assert send_tasks().count() == 1
