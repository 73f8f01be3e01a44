"""Published waiting times and fairness figures per appointment type over the last 28 days.

Computed by the task worker into `AppointmentStat` (one row per type) and `FirstFreeSnapshot`
(one value per type and day); the API and the public page only read those rows. The task
reschedules itself every hour (and on the way ends expired slot alerts and deletes old draw
requests); a page that finds the figures missing or stale queues it.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import F, Q, Sum
from django.utils import timezone
from django_tasks import task

from lotse.appointments import models
from lotse.appointments.services.alerts import alerts_expire
from lotse.appointments.services.draw import draw_requests_purge
from lotse.core.cities import city_zone
from lotse.core.scheduling import task_keep_queued

PERIOD_DAYS = 28
RELEASE_MINUTES = 10
REFRESH = dt.timedelta(hours=1)
STALE = dt.timedelta(hours=2)


@task()
def stats_refresh_task() -> int:
    count = stats_refresh()
    alerts_expire()
    draw_requests_purge()
    stats_schedule(later=True)
    return count


def stats_schedule(*, later: bool = False) -> bool:
    """Keep one refresh queued (one EXISTS query). Returns whether one was enqueued."""
    return task_keep_queued(
        stats_refresh_task, run_after=timezone.now() + REFRESH if later else None
    )


def stats_stale(*, city_id: int, now: dt.datetime | None = None) -> bool:
    now = now or timezone.now()
    newest = (
        models.AppointmentStat.objects.filter(type__city_id=city_id)
        .order_by("-computed_at")
        .values_list("computed_at", flat=True)
        .first()
    )
    return newest is None or newest < now - STALE


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _days_to_first_free(type_: models.AppointmentType, now: dt.datetime) -> float | None:
    zone = city_zone(type_.city)
    earliest = now + dt.timedelta(hours=type_.min_notice_hours)
    first = (
        models.Slot.objects.filter(
            type=type_, start__gte=earliest, taken__lt=F("capacity"), by_draw=False
        )
        .order_by("start")
        .values_list("start", flat=True)
        .first()
    )
    if first is None:
        return None
    return float((first.astimezone(zone).date() - timezone.localdate(now, timezone=zone)).days)


def _offers_taken(offers: object) -> float | None:
    decided = offers.filter(  # type: ignore[attr-defined]
        Q(confirmed_at__isnull=False) | Q(status=models.BookingStatus.EXPIRED)
    )
    return _share(decided.filter(confirmed_at__isnull=False).count(), decided.count())


def stat_compute(*, type_: models.AppointmentType, now: dt.datetime) -> models.AppointmentStat:
    zone = city_zone(type_.city)
    today = timezone.localdate(now, timezone=zone)
    since = now - dt.timedelta(days=PERIOD_DAYS)
    models.FirstFreeSnapshot.objects.update_or_create(
        type=type_, day=today, defaults={"days": _days_to_first_free(type_, now)}
    )
    snapshots = list(
        models.FirstFreeSnapshot.objects.filter(
            type=type_, day__gt=today - dt.timedelta(days=PERIOD_DAYS), day__lte=today
        ).values_list("day", "days")
    )
    known = [days for _day, days in snapshots if days is not None]
    made = models.Booking.objects.filter(type=type_, created_at__gte=since, created_at__lte=now)
    released = made.filter(
        waitlist_entry__isnull=True, alert__isnull=True, slot__released_at__isnull=False
    )
    fast = released.filter(
        created_at__lte=F("slot__released_at") + dt.timedelta(minutes=RELEASE_MINUTES)
    )
    attended = models.Booking.objects.filter(
        type=type_,
        slot__start__gte=since,
        slot__start__lte=now,
        status__in=[models.BookingStatus.CHECKED_IN, models.BookingStatus.NO_SHOW],
    )
    draws = models.DrawPeriod.objects.filter(type=type_, drawn_at__gte=since, drawn_at__lte=now)
    totals = draws.aggregate(requests=Sum("requests"), seats=Sum("seats"))
    requests_per_seat = (
        round(totals["requests"] / totals["seats"], 2)
        if totals["seats"] and totals["requests"] is not None
        else None
    )
    stat, _created = models.AppointmentStat.objects.update_or_create(
        type=type_,
        defaults={
            "computed_at": now,
            "days_to_first_free_slot": round(sum(known) / len(known), 2) if known else None,
            "booked_within_10_minutes": _share(fast.count(), released.count()),
            "no_show_rate": _share(
                attended.filter(status=models.BookingStatus.NO_SHOW).count(), attended.count()
            ),
            "waitlist_offers_taken": _offers_taken(made.filter(waitlist_entry__isnull=False)),
            "alert_offers_taken": _offers_taken(made.filter(alert__isnull=False)),
            "draw_requests_per_seat": requests_per_seat,
            "seats_booked": made.filter(confirmed_at__isnull=False).count(),
            "series": [[day.isoformat(), days] for day, days in sorted(snapshots)],
        },
    )
    return stat


def stats_refresh(*, now: dt.datetime | None = None, city_id: int | None = None) -> int:
    """Recompute the figures of every type (of one city). Returns the number of types."""
    now = now or timezone.now()
    types = models.AppointmentType.objects.select_related("city")
    if city_id is not None:
        types = types.filter(city_id=city_id)
    count = 0
    for type_ in types:
        stat_compute(type_=type_, now=now)
        count += 1
    return count
