"""The one place application mails leave through: the transactional outbox of core.

A mail is stored in the same transaction as the change it reports (a rolled-back change mails
nobody) and sent at most once by the task worker (`lotse/core/outbox.py`)."""

from __future__ import annotations

from lotse.core.outbox import mail_enqueue


def mail_queue(
    *,
    kind: str,
    recipient: str,
    subject: str,
    body: str,
    application_id: int | None = None,
) -> None:
    """Queue a mail with the change it reports (call inside that change's transaction)."""
    if not recipient:
        return
    mail_enqueue(
        kind=kind,
        recipient=recipient,
        subject=subject,
        body=body,
        ref_type="application",
        ref_id=application_id,
    )
