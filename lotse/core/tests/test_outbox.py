"""The mail outbox lives in core: any app queues a mail with a reference, the worker sends it."""

from __future__ import annotations

import pytest
from django.core import mail

from lotse.core import outbox
from lotse.core.models import OutgoingMail

pytestmark = pytest.mark.django_db


def test_any_app_can_queue_a_mail_and_the_send_task_delivers_it_once() -> None:
    queued = outbox.mail_enqueue(
        kind="case_opened",
        recipient="Ana.Example@example.org",
        subject="Your case",
        body="Hello",
        ref_type="case",
        ref_id=7,
    )
    assert (queued.ref_type, queued.ref_id) == ("case", 7)
    assert outbox.outbox_backlog() == 1
    assert outbox.outbox_send.call(queued.pk) == "sent"
    assert outbox.outbox_send.call(queued.pk) == "skipped"
    assert [m.to for m in mail.outbox] == [["Ana.Example@example.org"]]
    assert OutgoingMail.objects.get(pk=queued.pk).body == ""  # stripped once sent


def test_the_table_keeps_its_name_so_no_row_moved() -> None:
    assert OutgoingMail._meta.db_table == "appointments_outgoingmail"
