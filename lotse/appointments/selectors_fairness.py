"""Reads of the fairness pieces: published figures, slot alerts, waiting-list places, draws."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.db.models import Q, QuerySet
from django.utils import timezone

from lotse.appointments import models
from lotse.appointments.selectors import staff_offices
from lotse.core.audit import audit_record
from lotse.core.errors import NotFound
from lotse.core.models import City


def appointment_stats(*, city: City) -> list[models.AppointmentStat]:
    """The published figures of the city's types (computed by the task worker)."""
    return list(
        models.AppointmentStat.objects.filter(type__city=city)
        .select_related("type", "type__office")
        .order_by("type__key")
    )


def slot_alert_get(*, alert_id: int) -> models.SlotAlert:
    alert = (
        models.SlotAlert.objects.select_related("type", "type__city").filter(pk=alert_id).first()
    )
    if alert is None:
        raise NotFound("slot_alert", alert_id)
    return alert


def waitlist_position(*, entry: models.WaitlistEntry) -> int:
    """1-based place of a waiting entry in the order offers go out (needed-by date first, no
    date last, then registration time); 0 when the entry is not waiting."""
    if entry.status != "waiting":
        return 0
    waiting = models.WaitlistEntry.objects.filter(type_id=entry.type_id, status="waiting")
    same_time = Q(created_at__lt=entry.created_at) | Q(created_at=entry.created_at, id__lt=entry.pk)
    if entry.needed_by is None:
        ahead = waiting.filter(Q(needed_by__isnull=False) | (Q(needed_by__isnull=True) & same_time))
    else:
        ahead = waiting.filter(
            Q(needed_by__lt=entry.needed_by) | (Q(needed_by=entry.needed_by) & same_time)
        )
    return ahead.count() + 1


def draw_periods_current(*, type_: models.AppointmentType) -> list[models.DrawPeriod]:
    """Periods of a draw type whose draw is still to come, and those drawn in the last 28 days."""
    since = timezone.now() - dt.timedelta(days=28)
    return list(
        models.DrawPeriod.objects.filter(type=type_)
        .filter(Q(drawn_at__isnull=True) | Q(drawn_at__gte=since))
        .order_by("window_closes", "id")
    )


def draw_period_get(*, period_id: int) -> models.DrawPeriod:
    period = (
        models.DrawPeriod.objects.select_related("type", "type__city", "type__office")
        .filter(pk=period_id)
        .first()
    )
    if period is None:
        raise NotFound("draw", period_id)
    return period


def staff_draw_periods(*, user: AbstractBaseUser | AnonymousUser) -> QuerySet[models.DrawPeriod]:
    return (
        models.DrawPeriod.objects.filter(type__office__in=staff_offices(user=user))
        .select_related("type", "type__city", "type__office")
        .order_by("-window_closes", "id")
    )


def staff_draw_period_get(
    *, user: AbstractBaseUser | AnonymousUser, period_id: int
) -> models.DrawPeriod:
    period = staff_draw_periods(user=user).filter(pk=period_id).first()
    if period is None:
        raise NotFound("draw", period_id)
    return period


def draw_requests_for_staff(
    *, user: User | AnonymousUser, period: models.DrawPeriod
) -> list[models.DrawRequest]:
    """The requests of a draw with names and e-mail addresses: every view is logged."""
    requests = list(
        models.DrawRequest.objects.filter(period=period).order_by("created_at", "id")[:2000]
    )
    audit_record(
        actor=user,
        action="list",
        object_type="draw_requests",
        object_id=period.pk,
        reason="appointments draw page",
        details={"requests": len(requests)},
        city_id=period.type.city_id,
    )
    return requests
