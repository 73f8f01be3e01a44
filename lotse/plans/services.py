"""Writes for plans: storing a plan under a private token and saving its ticks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lotse.core import outbox
from lotse.core.audit import SYSTEM, Action, audit_record
from lotse.core.cities import city_get
from lotse.core.conf import retention_days as conf_retention_days
from lotse.core.errors import InvalidInput, Limited
from lotse.core.models import OutgoingMail
from lotse.core.tokens import token_hash, token_new
from lotse.plans.models import Plan, ReminderSubscription
from lotse.plans.profile import Profile


def plan_create(*, profile: Profile) -> Plan:
    """Store the answers under a new unguessable token; the steps are computed on view."""
    city = city_get(slug=profile.city)
    raw = token_new()
    plan = Plan.objects.create(token_hash=token_hash(raw), city=city, profile=profile.as_json())
    plan.token = raw
    return plan


def plan_ticks_set(*, plan: Plan, done: list[str], allowed: set[str]) -> Plan:
    """Replace the ticked steps; keys that are not steps of this plan are ignored."""
    plan.done = sorted({key for key in done if key in allowed})
    plan.save(update_fields=["done", "updated_at"])
    return plan


def plan_update(*, plan: Plan, profile: Profile) -> Plan:
    """Replace the answers of a plan (same private link); ticks of steps that remain stay."""
    plan.profile = profile.as_json()
    plan.save(update_fields=["profile", "updated_at"])
    return plan


# At most this many "e-mail me my link" mails per plan and hour: the form cannot be used to
# flood a mailbox.
PLAN_LINK_MAILS_PER_HOUR = 3


def plan_mails_limit(*, plan: Plan, per_hour: int, kind: str | None = None) -> None:
    """Raise Limited when the plan's mails of the last hour (of `kind`, or of every kind) reach
    `per_hour`. Counted in the outbox table (the rows `plan_mail_enqueue` writes), so all web
    processes share the count."""
    sent = OutgoingMail.objects.filter(
        ref_type="plan", ref_id=plan.pk, created_at__gte=timezone.now() - dt.timedelta(hours=1)
    )
    if kind is not None:
        sent = sent.filter(kind=kind)
    if sent.count() >= per_hour:
        raise Limited(3600)


def plan_mail_enqueue(
    *,
    plan: Plan,
    kind: str,
    recipient: str,
    subject: str,
    body: str,
    attachments: Sequence[outbox.Attachment] = (),
) -> None:
    """Put a mail about the plan into the outbox, referring to the plan (which is what
    `plan_mails_limit` counts). Call it inside the transaction of the change it reports."""
    outbox.mail_enqueue(
        kind=kind,
        recipient=recipient,
        subject=subject,
        body=body,
        attachments=attachments,
        ref_type="plan",
        ref_id=plan.pk,
    )


def plan_link_mail(*, plan: Plan, email: str, link: str, language: str) -> None:
    """Mail the plan's private link to the person (through the outbox). Raises InvalidInput
    naming `email`, or Limited."""
    address = email.strip() if isinstance(email, str) else ""
    try:
        validate_email(address)
    except ValidationError as exc:
        raise InvalidInput({"email": "must be a valid e-mail address"}) from exc
    plan_mails_limit(plan=plan, per_hour=PLAN_LINK_MAILS_PER_HOUR)
    with translation.override(language), transaction.atomic():
        plan_mail_enqueue(
            plan=plan,
            kind="plan_link",
            recipient=address,
            subject=_("Your arrival plan"),
            body=_(
                "Hello,\n\nhere is the private link to your arrival plan. Keep it: anyone "
                "with the link can see the plan.\n\n%(link)s"
            )
            % {"link": link},
        )


def plan_touch(*, plan: Plan, today: dt.date) -> None:
    """Remember that the plan is in use (opened, reminded of); at most one write a day."""
    Plan.objects.filter(pk=plan.pk).exclude(last_used=today).update(last_used=today)


def retention_days() -> int:
    """Plans unused this long are deleted (default: the cases' LOTSE_RETENTION_DAYS, 180)."""
    return conf_retention_days("LOTSE_PLAN_RETENTION_DAYS")


def plans_retention_run(*, today: dt.date | None = None, days: int | None = None) -> int:
    """Delete plans not opened, changed or reminded of for `days` days, with their reminder
    data (cascade), and opt-ins never confirmed within a week. Idempotent; returns plans
    deleted. See docs/decisions/0012-plan-retention.md."""
    today = today or timezone.localdate()
    keep = retention_days() if days is None else days
    cutoff = today - dt.timedelta(days=keep)
    cutoff_start = timezone.make_aware(dt.datetime.combine(cutoff, dt.time.min))
    old = Plan.objects.filter(
        Q(last_used__lt=cutoff) | Q(last_used__isnull=True, updated_at__lt=cutoff_start)
    )
    deleted = 0
    for plan_id, city_id in old.values_list("pk", "city_id").iterator():
        with transaction.atomic():
            count, _by_model = Plan.objects.filter(pk=plan_id).delete()
            if count:
                deleted += 1
                audit_record(
                    actor=None,
                    actor_label=SYSTEM,
                    action=Action.ERASE,
                    object_type="plan",
                    object_id=plan_id,
                    city_id=city_id,
                    reason=f"retention: unused over {keep} days",
                )
    stale = timezone.now() - dt.timedelta(days=7)
    ReminderSubscription.objects.filter(confirmed_at__isnull=True, created_at__lt=stale).delete()
    return deleted
