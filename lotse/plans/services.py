"""Writes for plans: storing a plan under a private token and saving its ticks."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lotse.core import outbox
from lotse.core.cities import city_get
from lotse.core.errors import InvalidInput, Limited
from lotse.core.models import OutgoingMail
from lotse.core.tokens import token_hash, token_new
from lotse.plans.models import Plan
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


# At most this many "e-mail me my link" mails per plan and hour (counted in the outbox table,
# so all web processes share the count): the form cannot be used to flood a mailbox.
PLAN_LINK_MAILS_PER_HOUR = 3


def plan_link_mail(*, plan: Plan, email: str, link: str, language: str) -> None:
    """Mail the plan's private link to the person (through the outbox). Raises InvalidInput
    naming `email`, or Limited."""
    address = email.strip() if isinstance(email, str) else ""
    try:
        validate_email(address)
    except ValidationError as exc:
        raise InvalidInput({"email": "must be a valid e-mail address"}) from exc
    since = timezone.now() - dt.timedelta(hours=1)
    recent = OutgoingMail.objects.filter(
        ref_type="plan", ref_id=plan.pk, created_at__gte=since
    ).count()
    if recent >= PLAN_LINK_MAILS_PER_HOUR:
        raise Limited(3600)
    with translation.override(language), transaction.atomic():
        outbox.mail_enqueue(
            kind="plan_link",
            recipient=address,
            subject=_("Your arrival plan"),
            body=_(
                "Hello,\n\nhere is the private link to your arrival plan. Keep it: anyone "
                "with the link can see the plan.\n\n%(link)s"
            )
            % {"link": link},
            ref_type="plan",
            ref_id=plan.pk,
        )
