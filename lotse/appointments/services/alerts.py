"""Slot alerts: "tell me when a seat is free", with double opt-in and a short hold in turn.

A person subscribes for a type (optionally a date range) and confirms by the mailed link. When a
seat of the type becomes bookable (a hold expired, a cancelled seat cooled down, new days were
opened), it is held for the subscriber who confirmed first for a few minutes and offered by one
mail; if they let it lapse it goes to the next one, and after `conf.alert_turns()` subscribers
it stays free for everyone. Why subscription order and not a draw: docs/decisions/0011.
Each alert makes at most one offer; the offer is a hold like a booking and counts against the
same per-person and per-address budgets.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from lotse.appointments import conf, models, notifications
from lotse.appointments.services.holds import offer_hold
from lotse.appointments.services.inputs import Person, email_clean, language_clean, name_problem
from lotse.appointments.services.limits import address_limit_hit, email_normalise, rate_limit_hit
from lotse.core.cities import city_zone
from lotse.core.errors import InvalidInput, Limited
from lotse.core.tokens import token_hash, token_matches, token_new

CONFIRM_MAILS_PER_PERSON_HOUR = 3
ALERT_RETENTION_DAYS = 30


def unsubscribe_token(alert: models.SlotAlert) -> str:
    """The token of an alert's one-click unsubscribe link: keyed, so it needs no storage and
    every mail about the alert can carry it."""
    message = f"lotse-alert-unsubscribe:{alert.pk}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def unsubscribe_token_ok(alert: models.SlotAlert, token: Any) -> bool:
    return isinstance(token, str) and hmac.compare_digest(token, unsubscribe_token(alert))


def confirm_token_ok(alert: models.SlotAlert, token: Any) -> bool:
    return isinstance(token, str) and bool(token) and token_matches(token, alert.token_hash)


def _date(value: Any, field: str, fields: dict[str, str]) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value[:10]) if len(value) == 10 else None
        except ValueError:
            day = None
        if day is not None and dt.date(2000, 1, 1) <= day <= dt.date(2999, 12, 31):
            return day
    fields[field] = "must be a date YYYY-MM-DD"
    return None


def alert_subscribe(
    *,
    type_: models.AppointmentType,
    email: Any,
    language: Any,
    name: Any = "",
    date_from: Any = None,
    date_to: Any = None,
    address: str = "",
    base_url: str,
    now: dt.datetime | None = None,
) -> tuple[models.SlotAlert, str]:
    """Register an alert (pending until confirmed) and mail the confirmation link.

    Raises InvalidInput naming each bad field, Limited for too many sign-ups from one address or
    too many open alerts of one person (normalised e-mail)."""
    now = now or timezone.now()
    fields: dict[str, str] = {}
    email_value = email_clean(email, fields)
    language_value = language_clean(language, fields)
    problem = name_problem(name if name is not None else "", required=False)
    if problem:
        fields["name"] = problem
    first = _date(date_from, "date_from", fields)
    last = _date(date_to, "date_to", fields)
    today = timezone.localdate(now, timezone=city_zone(type_.city))
    if last is not None and last < today:
        fields["date_to"] = "must not be in the past"
    if first is not None and last is not None and last < first:
        fields["date_to"] = "must not be before date_from"
    if fields:
        raise InvalidInput(fields, code="invalid_alert", message="The alert has invalid fields.")
    address_hash = address_limit_hit(
        address,
        scope="alert",
        limit=conf.alerts_per_address(),
        message="too many slot alerts from this address",
    )
    person = Person(name=str(name or "").strip(), email=email_value, language=language_value)
    email_key = email_normalise(email_value)
    # Against using the form to flood someone's mailbox with confirmation requests.
    rate_limit_hit(
        key="alert-person:" + hashlib.sha256(email_key.encode()).hexdigest(),
        limit=CONFIRM_MAILS_PER_PERSON_HOUR,
        window_seconds=3600,
        message="too many slot alerts for this e-mail address",
    )
    expires = now + dt.timedelta(days=conf.alert_days())
    if last is not None:
        end_of_range = dt.datetime.combine(
            last + dt.timedelta(days=1), dt.time.min, tzinfo=city_zone(type_.city)
        )
        expires = min(expires, end_of_range)
    token = token_new()
    try:
        with transaction.atomic():
            open_alerts = models.SlotAlert.objects.filter(
                email_key=email_key, status__in=models.OPEN_ALERT_STATUSES, expires_at__gt=now
            ).count()
            if open_alerts >= conf.alerts_per_person():
                raise Limited(
                    3600,
                    message="this e-mail address already has the most open slot alerts",
                    code="limited",
                )
            alert = models.SlotAlert.objects.create(
                type=type_,
                **person.columns(),
                address_hash=address_hash,
                date_from=first,
                date_to=last,
                token_hash=token_hash(token),
                created_at=now,
                expires_at=expires,
            )
            notifications.mail_alert_confirm(
                alert, token, unsubscribe=unsubscribe_token(alert), base_url=base_url
            )
    except IntegrityError as exc:
        raise InvalidInput(
            {"email": "this address already has an open alert for this appointment type"},
            code="invalid_alert",
        ) from exc
    return alert, token


def alert_confirm(*, alert: models.SlotAlert, now: dt.datetime | None = None) -> bool:
    """The double opt-in: a pending alert becomes active (its place in line is this moment)."""
    now = now or timezone.now()
    changed = models.SlotAlert.objects.filter(
        pk=alert.pk, status=models.AlertStatus.PENDING, expires_at__gt=now
    ).update(status=models.AlertStatus.ACTIVE, confirmed_at=now)
    alert.refresh_from_db()
    return bool(changed)


def alert_unsubscribe(*, alert: models.SlotAlert) -> bool:
    changed = models.SlotAlert.objects.filter(
        pk=alert.pk, status__in=[*models.OPEN_ALERT_STATUSES, models.AlertStatus.NOTIFIED]
    ).update(status=models.AlertStatus.UNSUBSCRIBED)
    alert.refresh_from_db()
    return bool(changed)


def alerts_expire(*, now: dt.datetime | None = None) -> dict[str, int]:
    """End alerts past their time; delete ended ones after the retention period."""
    now = now or timezone.now()
    expired = models.SlotAlert.objects.filter(
        status__in=models.OPEN_ALERT_STATUSES, expires_at__lte=now
    ).update(status=models.AlertStatus.EXPIRED)
    cutoff = now - dt.timedelta(days=ALERT_RETENTION_DAYS)
    deleted, _by_model = (
        models.SlotAlert.objects.exclude(status__in=models.OPEN_ALERT_STATUSES)
        .filter(Q(expires_at__lt=cutoff) | Q(notified_at__lt=cutoff))
        .delete()
    )
    return {"expired": expired, "deleted": deleted}


def _turns_used(slot_id: int) -> int:
    """Alert holds of this slot that lapsed: after `alert_turns()` the seat is everyone's."""
    return models.Booking.objects.filter(
        slot_id=slot_id, alert__isnull=False, status=models.BookingStatus.EXPIRED
    ).count()


def _in_range(alert: models.SlotAlert, day: dt.date) -> bool:
    return (alert.date_from is None or day >= alert.date_from) and (
        alert.date_to is None or day <= alert.date_to
    )


def _offer(
    alert: models.SlotAlert,
    slot: models.Slot,
    *,
    earliest: dt.datetime,
    now: dt.datetime,
    schedule: Callable[[models.Booking], None],
) -> str:
    """Hold `slot` for the subscriber and mail the offer: "made", "seat" (the seat went
    meanwhile) or "alert" (the alert ended or was offered meanwhile)."""
    token = token_new()
    with transaction.atomic():
        if not models.SlotAlert.objects.filter(
            pk=alert.pk, status=models.AlertStatus.ACTIVE, expires_at__gt=now
        ).update(status=models.AlertStatus.NOTIFIED, notified_at=now):
            return "alert"  # unsubscribed, expired or offered by another process meanwhile

        def hold_made(booking: models.Booking) -> None:
            schedule(booking)
            notifications.mail_alert_offer(
                booking,
                token,
                unsubscribe=unsubscribe_token(alert),
                alert=alert,
                base_url=notifications.public_base_url(),
            )

        booking = offer_hold(
            person=alert,
            token=token,
            slot=slot,
            earliest=earliest,
            now=now,
            hold=dt.timedelta(minutes=conf.alert_hold_minutes()),
            on_hold=hold_made,
        )
        if booking is None:
            return "seat"
    return "made"


def alert_offer_seats(
    *,
    type_: models.AppointmentType,
    schedule: Callable[[models.Booking], None],
    now: dt.datetime | None = None,
    limit: int = 50,
) -> int:
    """Hold free seats of the type for active subscribers in the order they confirmed, each the
    earliest free seat in their date range; `schedule` queues a hold's expiry (waitlist.py
    passes its own, which would be an import cycle from here). Returns offers made."""
    now = now or timezone.now()
    alerts = list(
        models.SlotAlert.objects.filter(
            type=type_, status=models.AlertStatus.ACTIVE, expires_at__gt=now
        ).order_by("confirmed_at", "id")[:limit]
    )
    if not alerts:
        return 0
    earliest = now + dt.timedelta(hours=type_.min_notice_hours)
    zone = city_zone(type_.city)
    slots = list(
        models.Slot.objects.filter(
            type=type_, start__gte=earliest, taken__lt=F("capacity"), by_draw=False
        ).order_by("start", "id")[:200]
    )
    turns = conf.alert_turns()
    exhausted: set[int] = set()
    made = 0
    for alert in alerts:
        for slot in slots:
            if slot.pk in exhausted or not _in_range(alert, slot.start.astimezone(zone).date()):
                continue
            if _turns_used(slot.pk) >= turns:
                exhausted.add(slot.pk)
                continue
            try:
                outcome = _offer(alert, slot, earliest=earliest, now=now, schedule=schedule)
            except Limited:
                break  # holds enough already: stays subscribed, the next one gets the seat
            if outcome == "made":
                made += 1
            if outcome != "seat":
                break
            exhausted.add(slot.pk)  # the seat went meanwhile
    return made
