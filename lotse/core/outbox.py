"""The mail outbox of every app: mails are stored with the change they report, the worker sends them.

Why: a mail rendered inside the transaction of the booking change exists exactly when that change
committed (a rolled-back booking mails nobody), and because the task worker sends it, mails wait
out a stopped worker or a refusing mail server and go out once it is back.

Delivery is *at most once* per mail, by choice. A send task first claims its mail with one guarded
UPDATE (`sent_at IS NULL` → now, attempts + 1) and only then hands it to the mail backend, so two
workers, a task run twice or an extra task from the sweeper can never send it twice. The price: a
worker killed between that claim and the hand-over loses that one mail (it stays marked sent, with
`last_error` empty). We prefer that to the opposite failure — the same confirmation link mailed
twice after every crash — because the booking page and the reminder still reach the person. A
backend that raises (SMTP refused, socket closed, disk full) resets the claim, records the error
and retries later with a doubling backoff, up to `LOTSE_OUTBOX_MAX_ATTEMPTS`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from functools import partial
from typing import TypedDict

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django_tasks import task
from django_tasks_db import DatabaseBackend
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from lotse.core.conf import int_setting
from lotse.core.models import OutgoingMail
from lotse.core.scheduling import task_keep_queued

log = logging.getLogger(__name__)
MAIL_ID_HEADER = "X-Lotse-Mail-Id"
# A task RUNNING for longer than this belongs to a worker that died (kill -9, power loss).
STUCK_TASK = dt.timedelta(minutes=10)
# The send task clears body and attachments itself; the sweeper only catches the rare mail where
# that last UPDATE failed, looking back this far (an index range, cheap every minute).
CLEAR_WINDOW = dt.timedelta(days=1)
CLEAR_AFTER = dt.timedelta(minutes=10)


def max_attempts() -> int:
    """Send attempts before a mail is given up (the backoff doubles from 30 s up to an hour)."""
    return int_setting("LOTSE_OUTBOX_MAX_ATTEMPTS", 8)


def retention_days() -> int:
    """Sent mails (already stripped of body and attachments) are deleted after this many days."""
    return int_setting("LOTSE_OUTBOX_RETENTION_DAYS", 30)


def sweep_seconds() -> int:
    """How often the worker sweeps the outbox for mails whose task was lost."""
    return int_setting("LOTSE_OUTBOX_SWEEP_SECONDS", 60)


def grace_seconds_default() -> int:
    """A due unsent mail older than this without a live task counts as lost by the sweeper."""
    return int_setting("LOTSE_OUTBOX_GRACE_SECONDS", 60)


class Attachment(TypedDict):
    name: str
    content: str
    mimetype: str


def from_address() -> str:
    return str(getattr(settings, "DEFAULT_FROM_EMAIL", "") or "termine@lotse.invalid")


def retry_delay(attempts: int) -> dt.timedelta:
    """30 s after the first failure, doubling, at most an hour."""
    return dt.timedelta(seconds=min(30 * 2 ** max(0, attempts - 1), 3600))


def mail_enqueue(
    *,
    kind: str,
    recipient: str,
    subject: str,
    body: str,
    attachments: Sequence[Attachment] = (),
    ref_type: str = "",
    ref_id: int | None = None,
) -> OutgoingMail:
    """Store a rendered mail; its send task is enqueued once the surrounding transaction commits.

    Call it inside the transaction of the change the mail reports."""
    mail = OutgoingMail.objects.create(
        kind=kind,
        recipient=recipient,
        subject=subject[:300],
        body=body,
        attachments=[dict(a) for a in attachments],
        ref_type=ref_type[:32],
        ref_id=ref_id,
    )
    # robust: the change has committed by then; if the database vanished in between, the
    # booking answer must not turn into an error — the sweeper enqueues the mail later.
    transaction.on_commit(partial(_task_enqueue, mail.pk), robust=True)
    return mail


def _task_enqueue(mail_id: int, run_after: dt.datetime | None = None) -> None:
    send = outbox_send if run_after is None else outbox_send.using(run_after=run_after)
    result = send.enqueue(mail_id)
    # Remembered so the sweeper can tell a lost task from one still waiting in the queue.
    OutgoingMail.objects.filter(pk=mail_id).update(task_id=str(result.id))


def _message(mail: OutgoingMail) -> EmailMessage:
    message = EmailMessage(
        subject=mail.subject,
        body=mail.body,
        from_email=from_address(),
        to=[mail.recipient],
        headers={MAIL_ID_HEADER: str(mail.pk)},
    )
    for item in mail.attachments:
        message.attach(item["name"], item["content"], item["mimetype"])
    return message


def mail_send(*, mail_id: int, now: dt.datetime | None = None) -> str:
    """Send one outbox mail at most once. Returns sent, skipped, retry or failed."""
    now = now or timezone.now()
    mail = OutgoingMail.objects.filter(pk=mail_id, sent_at__isnull=True).first()
    if mail is None or mail.attempts >= max_attempts() or mail.send_after > now:
        return "skipped"  # sent already, given up, or a retry that is not due yet
    # The claim: exactly one task gets row count 1 for this attempt.
    if not OutgoingMail.objects.filter(
        pk=mail_id, sent_at__isnull=True, attempts=mail.attempts
    ).update(sent_at=now, attempts=F("attempts") + 1):
        return "skipped"
    attempts = mail.attempts + 1
    try:
        _message(mail).send()
    # Whatever the backend raises (SMTP, socket, full disk), the mail did not go out.
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"[:300]
        ours = OutgoingMail.objects.filter(pk=mail_id, attempts=attempts, sent_at__isnull=False)
        if attempts >= max_attempts():
            ours.update(sent_at=None, last_error=error)
            log.error("outbox mail %s given up after %s attempts: %s", mail_id, attempts, error)
            return "failed"
        retry_at = now + retry_delay(attempts)
        ours.update(sent_at=None, last_error=error, send_after=retry_at)
        log.warning("outbox mail %s failed (attempt %s), retry at %s", mail_id, attempts, retry_at)
        _task_enqueue(mail_id, run_after=retry_at)
        return "retry"
    # The body holds the private manage link and personal data: nothing to keep once sent.
    OutgoingMail.objects.filter(pk=mail_id).update(body="", attachments=[], last_error="")
    return "sent"


def _live_task_ids(task_ids: Iterable[str], *, now: dt.datetime) -> set[str]:
    """The task ids among these that will still run (queued, or running and not stuck)."""
    ids = [t for t in task_ids if t]
    if not isinstance(outbox_send.get_backend(), DatabaseBackend):
        return set(ids)  # cannot look into another backend's queue: trust it
    if not ids:
        return set()
    live = DBTaskResult.objects.filter(id__in=ids).filter(
        Q(status=TaskResultStatus.READY)
        | Q(status=TaskResultStatus.RUNNING, started_at__gte=now - STUCK_TASK)
    )
    return {str(pk) for pk in live.values_list("id", flat=True)}


def outbox_flush(
    *, now: dt.datetime | None = None, grace_seconds: int | None = None, limit: int = 500
) -> dict[str, int]:
    """The sweeper: enqueue due mails whose task was lost, strip and delete old sent mails.

    A task is lost when its enqueue failed after the commit (database gone for a moment), when it
    failed outright, or when its worker died. An extra task is harmless (the claim is guarded),
    so this errs on the side of enqueueing."""
    now = now or timezone.now()
    grace = grace_seconds_default() if grace_seconds is None else grace_seconds
    most = max_attempts()
    candidates = list(
        OutgoingMail.objects.filter(
            sent_at__isnull=True,
            attempts__lt=most,
            send_after__lte=now - dt.timedelta(seconds=grace),
        )
        .order_by("send_after")
        .values_list("id", "task_id")[:limit]
    )
    live = _live_task_ids((task_id for _id, task_id in candidates), now=now)
    enqueued = 0
    for mail_id, task_id in candidates:
        if task_id not in live:
            _task_enqueue(mail_id)
            enqueued += 1
    cleared = (
        OutgoingMail.objects.filter(sent_at__gte=now - CLEAR_WINDOW, sent_at__lte=now - CLEAR_AFTER)
        .exclude(body="")
        .update(body="", attachments=[])
    )
    cutoff = now - dt.timedelta(days=retention_days())
    deleted, _by_model = OutgoingMail.objects.filter(
        Q(sent_at__lt=cutoff) | Q(sent_at__isnull=True, attempts__gte=most, created_at__lt=cutoff)
    ).delete()
    if enqueued:
        log.warning("outbox sweeper re-enqueued %s mails whose task was lost", enqueued)
    return {"enqueued": enqueued, "cleared": cleared, "deleted": deleted}


def outbox_sweep_schedule(*, now: dt.datetime | None = None) -> bool:
    """Keep one sweep queued. Returns whether a new one was enqueued.

    Called by every sweep and every send task on the worker side (one EXISTS query), so the
    self-rescheduling chain restarts by itself after a lost task; two chains that meet merge,
    because a running sweep sees the other's queued one and does not add its own."""
    now = now or timezone.now()
    return task_keep_queued(outbox_sweep, run_after=now + dt.timedelta(seconds=sweep_seconds()))


def outbox_backlog() -> int:
    """Mails waiting to be sent (for metrics and the readiness picture)."""
    return OutgoingMail.objects.filter(sent_at__isnull=True, attempts__lt=max_attempts()).count()


@task()
def outbox_send(mail_id: int) -> str:
    result = mail_send(mail_id=mail_id)
    outbox_sweep_schedule()
    return result


@task()
def outbox_sweep() -> dict[str, int]:
    counts = outbox_flush()
    outbox_sweep_schedule()
    return counts
