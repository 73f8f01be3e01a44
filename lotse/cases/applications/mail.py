"""The one place application mails leave through: a thin adapter over the mail outbox.

The transactional outbox moves to `lotse.core.outbox` with the appointments work; cases may not
import appointments (the layering rule). Until core has it, mails are sent by Django's mail
backend once the transaction commits (never for a rolled-back change, but without retries)."""

from __future__ import annotations

import base64
import logging
from collections.abc import Sequence
from functools import partial
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction

log = logging.getLogger(__name__)

try:  # pragma: no cover - which branch runs depends on what main holds
    from lotse.core import outbox as _outbox  # type: ignore[attr-defined,unused-ignore]
except ImportError:  # pragma: no cover
    _outbox = None


def _send_now(recipient: str, subject: str, body: str, attachments: list[dict[str, Any]]) -> None:
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=str(getattr(settings, "DEFAULT_FROM_EMAIL", "") or "lotse@lotse.invalid"),
        to=[recipient],
    )
    for item in attachments:
        message.attach(item["name"], base64.b64decode(item["content"]), item["mimetype"])
    try:
        message.send()
    except Exception:  # the change has committed; a lost notice must not break the answer
        log.exception("application mail to a newcomer could not be sent")


def mail_queue(
    *, kind: str, recipient: str, subject: str, body: str, attachments: Sequence[dict] = ()
) -> None:
    """Queue a mail with the change it reports (call inside that change's transaction).
    Attachments: {name, content (base64), mimetype}."""
    if not recipient:
        return
    if _outbox is not None and hasattr(_outbox, "mail_enqueue"):
        _outbox.mail_enqueue(
            kind=kind,
            recipient=recipient,
            subject=subject,
            body=body,
            attachments=list(attachments),
        )
        return
    transaction.on_commit(partial(_send_now, recipient, subject[:300], body, list(attachments)))
