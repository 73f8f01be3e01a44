"""Mails to the newcomer about their application, in their language, through the outbox."""

from __future__ import annotations

import os

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from lotse.cases.applications.mail import mail_queue
from lotse.cases.applications.texts import t
from lotse.cases.models import Application, Task, TaskStatus

# Mails a newcomer cannot opt out of: what they must act on, and the outcome.
ESSENTIAL = {"received", "documents_requested", "decided"}


def application_status(application: Application, task: Task | None = None) -> str:
    """submitted, in_progress, documents_requested, approved, refused, done or cancelled."""
    status = (task or application.task).status
    if status == TaskStatus.NEW:
        return "submitted"
    if status == TaskStatus.WAITING:
        return "documents_requested"
    if status == TaskStatus.IN_PROGRESS:
        return "in_progress"
    if status == TaskStatus.DONE:
        return str(application.decision or "done")
    return "cancelled"


def status_url(application: Application, token: str, base: str = "") -> str:
    with translation.override(application.language):
        path = reverse("cases:application_status", args=[token])
    return (base or public_base_url()).rstrip("/") + path


def public_base_url() -> str:
    """Scheme and host for links in mails (the same setting the appointment mails use)."""
    configured = getattr(settings, "LOTSE_PUBLIC_URL", None) or os.environ.get("LOTSE_PUBLIC_URL")
    return str(configured or "http://127.0.0.1:8000").rstrip("/")


def application_mail(
    application: Application,
    *,
    event: str,
    lines: list[str] = (),  # type: ignore[assignment]
    link: str = "",
) -> bool:
    """Queue one mail (inside the change's transaction). Returns whether a mail was queued."""
    if application.anonymised_at is not None or not application.case.email:
        return False
    if application.mail_opt_out and event not in ESSENTIAL:
        return False
    lang = application.language
    status = t(f"st_{application_status(application)}", lang)
    body = [
        t("mail_subject", lang, reference=application.reference, status=status),
        "",
        f"{t('mail_status', lang)}: {status}",
        *lines,
    ]
    if link:
        body += ["", f"{t('mail_link', lang)}:", link]
    mail_queue(
        kind=f"application_{event}",
        recipient=application.case.email,
        subject=t("mail_subject", lang, reference=application.reference, status=status),
        body="\n".join(body) + "\n",
        application_id=application.pk,
    )
    return True
