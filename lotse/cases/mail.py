"""Mails of a case: to the newcomer in the case's language, and (optionally) to an office's
mailbox. Always through the transactional outbox of core, inside the change's transaction, so a
mail exists exactly when the change it reports committed; the task worker sends it.

Every function returns whether a mail was queued: the staff pages say only what really was."""

from __future__ import annotations

import base64
import hmac

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from lotse.cases.labels import status_label
from lotse.cases.models import Case, Task
from lotse.core.outbox import mail_enqueue


def token_for(nonce: str) -> str:
    """The private link's token of a case: HMAC(SECRET_KEY, nonce); only its hash is stored."""
    digest = hmac.new(settings.SECRET_KEY.encode(), f"case:{nonce}".encode(), "sha256")
    return base64.urlsafe_b64encode(digest.digest()).decode().rstrip("=")


def public_base_url() -> str:
    from lotse.cases.applications.notify import public_base_url as base

    return base()


def newcomer_path(case: Case, token: str) -> str:
    with translation.override(case.language):
        return reverse("cases:newcomer", args=[token])


def newcomer_link(case: Case) -> str:
    """The full private link, or "" when it cannot be rebuilt (a case from before the nonce)."""
    if not case.access_token_nonce or not case.access_token_hash:
        return ""
    return public_base_url() + newcomer_path(case, token_for(case.access_token_nonce))


def _send(case: Case, *, kind: str, subject: str, lines: list[str], link: bool = True) -> bool:
    """Queue a mail to the newcomer: the greeting, `lines`, the private link and the reference
    (call it inside `translation.override(case.language)`)."""
    if not case.email or case.anonymised_at is not None:
        return False
    body = [_("Hello %(name)s,") % {"name": case.name}, "", *lines]
    url = newcomer_link(case) if link else ""
    if url:
        body += ["", _("Your private page (keep the link to yourself):"), url]
    body += ["", _("Your reference: %(reference)s") % {"reference": case.reference}]
    mail_enqueue(
        kind=f"case_{kind}",
        recipient=case.email,
        subject=subject,
        body="\n".join(body) + "\n",
        ref_type="case",
        ref_id=case.pk,
    )
    return True


def _task_title(task: Task, language: str) -> str:
    from lotse.cases.selectors import office_names, service_titles

    ids = {task.service_id} if task.service_id else set()
    title = service_titles(ids, language).get(task.service_id or 0, task.service_key)
    office = office_names({task.office_id}, language).get(task.office_id, "")
    who = f" – {task.member.name}" if task.member_id and task.member else ""
    return f"{title}{who}" + (f" ({office})" if office else "")


def mail_case_opened(case: Case, tasks: list[Task]) -> bool:
    with translation.override(case.language):
        lines = [
            _("the Welcome Center has opened a case for you. These steps are part of it:"),
            *(f"- {_task_title(t, case.language)}" for t in tasks),
            "",
            _("On your private page you see what is missing and can upload documents."),
        ]
        return _send(case, kind="opened", subject=_("Your case at the Welcome Center"), lines=lines)


def mail_link_renewed(case: Case) -> bool:
    with translation.override(case.language):
        lines = [
            _("here is your new private link. The old link no longer works."),
        ]
        return _send(case, kind="link", subject=_("Your new private link"), lines=lines)


def mail_services_added(case: Case, tasks: list[Task]) -> bool:
    with translation.override(case.language):
        lines = [
            _("these steps were added to your case:"),
            *(f"- {_task_title(t, case.language)}" for t in tasks),
        ]
        return _send(case, kind="added", subject=_("Your case at the Welcome Center"), lines=lines)


def mail_documents_requested(case: Case, task: Task, labels: list[str]) -> bool:
    with translation.override(case.language):
        lines = [
            _("for “%(task)s” we need these documents from you:")
            % {"task": _task_title(task, case.language)},
            *(f"- {label}" for label in labels),
            "",
            _("Please upload them on your private page."),
        ]
        return _send(
            case, kind="documents", subject=_("Documents needed for your case"), lines=lines
        )


def mail_status(case: Case, task: Task) -> bool:
    with translation.override(case.language):
        status = status_label(task.status, case.language)
        lines = [
            _("“%(task)s” has a new status: %(status)s")
            % {"task": _task_title(task, case.language), "status": status},
        ]
        return _send(case, kind="status", subject=_("News about your case"), lines=lines)


def mail_document_rejected(case: Case, task: Task, label: str, reason: str) -> bool:
    with translation.override(case.language):
        lines = [
            _("we could not accept your document “%(document)s” for “%(task)s”.")
            % {"document": label, "task": _task_title(task, case.language)},
            _("Reason: %(reason)s") % {"reason": reason},
            "",
            _("Please upload it again on your private page."),
        ]
        return _send(case, kind="rejected", subject=_("Please send a document again"), lines=lines)


def mail_office(task: Task, event: str) -> bool:
    """Optional note to the office's mailbox (LOTSE_CASES_OFFICE_MAIL): no personal data, only
    that something arrived and where to look, in German (the city's language)."""
    if not getattr(settings, "LOTSE_CASES_OFFICE_MAIL", False) or not task.office.email:
        return False
    with translation.override("de"):
        subject = {
            "new": _("New task in your inbox"),
            "handover": _("A task was handed over to your office"),
            "upload": _("A document was uploaded"),
        }[event]
        url = public_base_url() + reverse("cases:task_detail", args=[task.pk])
        body = f"{subject}: #{task.pk}\n\n{url}\n"
    mail_enqueue(
        kind=f"office_{event}",
        recipient=task.office.email,
        subject=subject,
        body=body,
        ref_type="task",
        ref_id=task.pk,
    )
    return True
