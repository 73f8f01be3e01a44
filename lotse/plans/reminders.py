"""E-mail reminders of a plan's due dates: opt-in with confirmation, one-click unsubscribe, and
the task worker's run that mails what is due (through core.outbox, never from a request).

Why computed on every run instead of stored schedules: the steps of a plan are computed from
its answers and the current rules on every view, so a corrected rule or changed answers move a
due date. A run computes the dates afresh and reminds of the dates it finds; a date that moved
is a new (step, date) pair and gets its own reminder. "At most once" is the database's job: a
unique row per subscription, step, date and lead, written in the same transaction as the mail.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from lotse.core import conf, ical
from lotse.core.audit import NEWCOMER, SYSTEM, Action, audit_record
from lotse.core.errors import InvalidInput, NotFound
from lotse.core.scheduling import task_keep_queued
from lotse.plans.models import Plan, ReminderSent, ReminderSubscription
from lotse.plans.services import plan_mail_enqueue, plan_mails_limit

log = logging.getLogger(__name__)

PERMIT_EXPIRES = "permit-expires"
# Eight weeks and two weeks before each date, unless the person chooses otherwise.
DEFAULT_DAYS_BEFORE = (56, 14)
MAX_LEADS = 4
MAX_DAYS_BEFORE = 365
CONFIRM_MAX_AGE = dt.timedelta(days=7)
_CONFIRM_SALT = "lotse.plans.reminders.confirm"
_UNSUBSCRIBE_SALT = "lotse.plans.reminders.unsubscribe"
# Opt-in mails per plan and hour (counted in the outbox, shared by all web processes).
SUBSCRIBE_MAILS_PER_HOUR = 3


def run_every() -> dt.timedelta:
    """How often the worker looks for due reminders (a day has 24 chances; a date needs one)."""
    return dt.timedelta(seconds=conf.int_setting("LOTSE_REMINDER_RUN_SECONDS", 3600))


def public_base_url() -> str:
    return conf.str_setting("LOTSE_PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/")


class ReminderLinkInvalid(NotFound):
    """Raised for a confirm or unsubscribe link that is forged, expired or already used."""

    def __init__(self) -> None:
        super().__init__(
            "reminder", message=_("This link is no longer valid. Nothing was changed.")
        )


def days_before_parse(value: Any) -> list[int]:
    """ "56, 14" or [56, 14] -> [56, 14] (distinct, largest first); InvalidInput otherwise."""
    if value is None or value == "":
        return list(DEFAULT_DAYS_BEFORE)
    parts = value if isinstance(value, list) else str(value).replace(";", ",").split(",")
    days: set[int] = set()
    for part in parts:
        text = str(part).strip()
        if not text:
            continue
        if not (text.isdecimal() and len(text) <= 3) or not 1 <= int(text) <= MAX_DAYS_BEFORE:
            raise InvalidInput(
                {"days_before": f"whole numbers of days from 1 to {MAX_DAYS_BEFORE}"}
            )
        days.add(int(text))
    if not days or len(days) > MAX_LEADS:
        raise InvalidInput({"days_before": f"one to {MAX_LEADS} numbers of days"})
    return sorted(days, reverse=True)


def _key(subscription: ReminderSubscription, salt: str) -> str:
    # The link names the subscription and the address it was made for: a new subscription of
    # the same plan (a new address) does not accept the old links.
    return signing.dumps({"s": subscription.pk, "e": subscription.email}, salt=salt, compress=True)


def _link(name: str, subscription: ReminderSubscription, salt: str, base: str) -> str:
    with translation.override(subscription.language):
        path = reverse(name, args=[subscription.plan.city.slug, _key(subscription, salt)])
    return base.rstrip("/") + path


def unsubscribe_link(subscription: ReminderSubscription, base: str | None = None) -> str:
    return _link(
        "plans:reminders-unsubscribe", subscription, _UNSUBSCRIBE_SALT, base or public_base_url()
    )


def subscription_from_key(*, key: str, purpose: str) -> ReminderSubscription:
    """The subscription a confirm (`purpose` "confirm") or unsubscribe link names."""
    salt = _CONFIRM_SALT if purpose == "confirm" else _UNSUBSCRIBE_SALT
    max_age = CONFIRM_MAX_AGE if purpose == "confirm" else None
    try:
        data = signing.loads(key[:500], salt=salt, max_age=max_age)
    except signing.BadSignature:
        raise ReminderLinkInvalid from None
    found = None
    if isinstance(data, dict) and isinstance(data.get("s"), int):
        found = (
            ReminderSubscription.objects.select_related("plan__city")
            .filter(pk=data["s"], email=str(data.get("e", "")))
            .first()
        )
    if found is None:
        raise ReminderLinkInvalid
    return found


def reminder_subscribe(
    *, plan: Plan, email: str, days_before: Any, language: str, base: str
) -> ReminderSubscription:
    """Ask for reminders: store the wish unconfirmed and mail the confirm link (double opt-in).
    A new request replaces the plan's earlier subscription. Raises InvalidInput or Limited."""
    address = email.strip() if isinstance(email, str) else ""
    errors: dict[str, str] = {}
    try:
        validate_email(address)
    except ValidationError:
        errors["email"] = "must be a valid e-mail address"
    try:
        leads = days_before_parse(days_before)
    except InvalidInput as exc:
        errors.update(exc.fields)
    if errors:
        raise InvalidInput(errors)
    plan_mails_limit(plan=plan, per_hour=SUBSCRIBE_MAILS_PER_HOUR, kind="plan_reminder_confirm")
    with transaction.atomic():
        ReminderSubscription.objects.filter(plan=plan).delete()
        subscription = ReminderSubscription.objects.create(
            plan=plan, email=address, language=language, days_before=leads
        )
        _audit(subscription, Action.CREATE, details={"plan": plan.pk, "days_before": leads})
        confirm = _link("plans:reminders-confirm", subscription, _CONFIRM_SALT, base)
        with translation.override(language):
            plan_mail_enqueue(
                plan=plan,
                kind="plan_reminder_confirm",
                recipient=address,
                subject=_("Please confirm: reminders of your arrival plan"),
                body=_(
                    "Hello,\n\nyou asked for e-mail reminders of the dates in your arrival "
                    "plan. Please confirm with this link (valid for seven days):\n\n%(link)s\n\n"
                    "If you did not ask for this, ignore this mail: you will get nothing more."
                )
                % {"link": confirm},
            )
    return subscription


def _audit(
    subscription: ReminderSubscription,
    action: str,
    *,
    actor_label: str = NEWCOMER,
    reason: str = "",
    details: dict[str, object] | None = None,
) -> None:
    """Every write of a reminder subscription is audited the same way: by id, never the address."""
    audit_record(
        actor=None,
        actor_label=actor_label,
        action=action,
        object_type="plan_reminders",
        object_id=subscription.pk,
        city_id=subscription.plan.city_id,
        reason=reason,
        details=details,
    )


def reminder_confirm(*, subscription: ReminderSubscription) -> ReminderSubscription:
    """The second opt-in: from now on the worker reminds of this plan's dates."""
    if subscription.confirmed_at is None:
        with transaction.atomic():
            subscription.confirmed_at = timezone.now()
            subscription.save(update_fields=["confirmed_at"])
            _audit(subscription, Action.UPDATE, reason="confirmed")
            # Dates already within reach are mailed by the next run, not by this request.
            transaction.on_commit(reminders_schedule, robust=True)
    return subscription


def reminder_unsubscribe(*, subscription: ReminderSubscription) -> None:
    """Stop all reminders of the plan and forget the address (the sent log goes with it)."""
    with transaction.atomic():
        _audit(subscription, Action.ERASE, reason="unsubscribed")
        subscription.delete()


# --- The worker's run ---------------------------------------------------------------------


@dataclass(frozen=True)
class DueDate:
    step: str
    title: str
    day: dt.date
    why: str


def due_dates(*, plan: Plan, language: str) -> list[DueDate]:
    """The dates of a plan worth a reminder: due steps not ticked as done, and the permit's end."""
    from lotse.plans.selectors import plan_steps  # selectors import the catalog; keep it lazy

    computed = plan_steps(plan=plan, language=language)
    done = set(plan.done)
    dates = [
        DueDate(step.service, step.title, step.due, step.why)
        for step in computed.steps
        if step.due is not None and step.service not in done
    ]
    expires = computed.profile.permit_expires
    if expires is not None:
        with translation.override(language):
            dates.append(
                DueDate(
                    PERMIT_EXPIRES,
                    _("Your residence permit expires"),
                    expires,
                    _("Apply for an extension or a new permit before this date."),
                )
            )
    return dates


def _ics(*, item: DueDate, plan: Plan, leads: list[int], stamp: dt.datetime) -> str:
    """One all-day event with an alarm per lead (RFC 5545 VALARM)."""
    host = public_base_url().split("://")[-1].split("/")[0].split(":")[0] or "lotse"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Lotse//Plan reminder//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{ical.text(f'plan-{plan.pk}-{item.step}-{item.day:%Y%m%d}@{host}')}",
        f"DTSTAMP:{stamp.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{item.day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{item.day + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{ical.text(item.title)}",
        f"DESCRIPTION:{ical.text(item.why)}",
        "TRANSP:TRANSPARENT",
    ]
    for lead in leads:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{ical.text(item.title)}",
            f"TRIGGER;RELATED=START:-P{lead}D",
            "END:VALARM",
        ]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ical.lines_to_text(lines)


def _mail(*, subscription: ReminderSubscription, item: DueDate, lead: int, today: dt.date) -> None:
    language = subscription.language
    with translation.override(language):
        values = {
            "title": item.title,
            "date": formats.date_format(item.day, "DATE_FORMAT"),
            "days": (item.day - today).days,
            "why": item.why,
            "unsubscribe": unsubscribe_link(subscription),
        }
        plan_mail_enqueue(
            plan=subscription.plan,
            kind="plan_reminder",
            recipient=subscription.email,
            subject=_("Reminder: %(title)s – by %(date)s") % values,
            body=_(
                "Hello,\n\na date in your arrival plan is coming up in %(days)s days:\n\n"
                "%(title)s – by %(date)s\n%(why)s\n\nOpen your plan with your private link to "
                "see the steps and the offices. The attached calendar file holds the date with "
                "alarms.\n\nNo more reminders? One click: %(unsubscribe)s"
            )
            % values,
            attachments=[
                {
                    "name": "reminder.ics",
                    "content": _ics(
                        item=item,
                        plan=subscription.plan,
                        leads=list(subscription.days_before),
                        stamp=timezone.now(),
                    ),
                    "mimetype": "text/calendar",
                }
            ],
        )


def reminders_run(*, today: dt.date | None = None) -> dict[str, int]:
    """Mail every reminder that is due and not yet sent. Safe to run any number of times, by
    any number of workers: each (subscription, step, date, lead) is written once, in the same
    transaction as its mail. A lead whose day has passed is not mailed late when a nearer lead
    is due as well: one mail says it, the farther leads are recorded as covered."""
    counts = {"sent": 0, "plans": 0}
    subscriptions = ReminderSubscription.objects.filter(confirmed_at__isnull=False).select_related(
        "plan__city"
    )
    for subscription in subscriptions.iterator(chunk_size=200):
        plan = subscription.plan
        day = today or _city_today(plan)
        counts["plans"] += 1
        try:
            dates = due_dates(plan=plan, language=subscription.language)
        except Exception:  # one plan's stored answers must not stop everyone's reminders
            log.exception("reminders: plan %s could not be computed", plan.pk)
            continue
        if any(item.day >= day for item in dates):
            # A plan with dates still ahead is in use: retention counts from its last date.
            Plan.objects.filter(pk=plan.pk).exclude(last_used=day).update(last_used=day)
        sent_before = set(subscription.sent.values_list("step", "day", "days_before"))
        for item in dates:
            if item.day < day:
                continue
            reached = [
                lead
                for lead in subscription.days_before
                if item.day - day <= dt.timedelta(days=lead)
            ]
            if not reached or all((item.step, item.day, lead) in sent_before for lead in reached):
                continue
            if _send_once(subscription=subscription, item=item, leads=reached, today=day):
                counts["sent"] += 1
    return counts


def _city_today(plan: Plan) -> dt.date:
    from lotse.core.cities import city_zone

    return timezone.localdate(timezone=city_zone(plan.city))


def _send_once(
    *, subscription: ReminderSubscription, item: DueDate, leads: list[int], today: dt.date
) -> bool:
    try:
        with transaction.atomic():
            new = [
                ReminderSent(
                    subscription=subscription, step=item.step, day=item.day, days_before=lead
                )
                for lead in leads
                if not ReminderSent.objects.filter(
                    subscription=subscription, step=item.step, day=item.day, days_before=lead
                ).exists()
            ]
            if not new:
                return False
            for row in new:
                row.save(force_insert=True)  # the unique constraint stops a second sender
            _mail(subscription=subscription, item=item, lead=min(leads), today=today)
            _audit(
                subscription,
                Action.READ,
                actor_label=SYSTEM,
                reason="reminder mailed",
                details={"step": item.step, "day": item.day.isoformat()},
            )
            Plan.objects.filter(pk=subscription.plan_id).update(last_used=today)
    except IntegrityError:
        return False  # another worker sent it a moment ago
    return True


def reminders_schedule(*, now: dt.datetime | None = None) -> bool:
    """Keep one run queued (like the outbox sweeper): a run reschedules itself, so the chain
    survives a stopped and restarted worker; confirming a subscription restarts it too."""
    return task_keep_queued(reminders_task, run_after=now or timezone.now())


def _schedule_next() -> None:
    task_keep_queued(reminders_task, run_after=timezone.now() + run_every())


@task()
def reminders_task() -> dict[str, int]:
    counts = reminders_run()
    _schedule_next()
    return counts
