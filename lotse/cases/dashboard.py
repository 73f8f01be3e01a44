"""The leads' dashboard: aggregates over tasks (no personal data), SVG charts, CSV export.

A fixed number of queries whatever the data size; each reads one covering index (see the
indexes of Task). Counts are live; the two medians come from DashboardMedians, recomputed
when older than MEDIANS_MAX_AGE.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from lotse.cases.models import OPEN_TASK_STATUSES, DashboardMedians, Task
from lotse.cases.selectors import office_names
from lotse.catalog.models import Office
from lotse.core.csvexport import csv_number, csv_text
from lotse.core.models import City

WEEKS = 12
# Medians over twelve weeks barely move within a minute, and computing them sorts every
# duration of the window (measured: ~3/4 of the dashboard's database time at 500,000 tasks).
MEDIANS_MAX_AGE = dt.timedelta(seconds=60)


@dataclass
class OfficeFigures:
    key: str
    name: str
    open: int = 0
    overdue: int = 0


@dataclass
class WeekFigures:
    week: dt.date
    opened: int = 0
    done: int = 0


@dataclass
class Dashboard:
    city: City
    today: dt.date
    offices: list[OfficeFigures]
    weeks: list[WeekFigures]
    median_first_contact_hours: float | None
    median_completion_days: float | None
    window_weeks: int = WEEKS
    totals: dict[str, int] = field(default_factory=dict)


def _median(values: QuerySet[Task], column: str) -> float | None:
    """Median by counting and then reading the middle row (portable: SQLite has no
    percentile function); two queries."""
    rows = values.exclude(**{f"{column}__isnull": True})
    count = rows.count()
    if count == 0:
        return None
    ordered = rows.order_by(column).values_list(column, flat=True)
    if count % 2:
        return float(ordered[count // 2])
    pair = list(ordered[count // 2 - 1 : count // 2 + 1])
    return (pair[0] + pair[1]) / 2


def _medians(
    city: City, tasks: QuerySet[Task], first_week: dt.date, now: dt.datetime
) -> tuple[float | None, float | None]:
    """(first contact, completion) in seconds: from the stored row while it is fresh and for
    the same window (one query), else computed (four queries) and stored (one or two)."""
    stored = DashboardMedians.objects.filter(city=city).first()
    if (
        stored is not None
        and stored.first_week == first_week
        and now - MEDIANS_MAX_AGE <= stored.computed_at <= now
    ):
        return stored.first_contact_seconds, stored.completion_seconds
    since = timezone.make_aware(dt.datetime.combine(first_week, dt.time.min))
    first_contact = _median(tasks.filter(first_contact_at__gte=since), "first_contact_seconds")
    completion = _median(tasks.filter(done_week__gte=first_week), "completion_seconds")
    values = {
        "first_week": first_week,
        "computed_at": now,
        "first_contact_seconds": first_contact,
        "completion_seconds": completion,
    }
    if stored is None or not DashboardMedians.objects.filter(pk=stored.pk).update(**values):
        # Two processes may compute at once; the later write wins, both are correct.
        DashboardMedians.objects.update_or_create(city=city, defaults=values)
    return first_contact, completion


def dashboard_data(
    *,
    city: City,
    language: str,
    today: dt.date | None = None,
    weeks: int = WEEKS,
    now: dt.datetime | None = None,
) -> Dashboard:
    today = today or timezone.localdate()
    monday = today - dt.timedelta(days=today.weekday())
    first_week = monday - dt.timedelta(weeks=weeks - 1)
    tasks = Task.objects.filter(city=city)
    open_tasks = tasks.filter(status__in=OPEN_TASK_STATUSES)
    # COUNT(*), not COUNT(id): PostgreSQL's indexes do not hold the id, so only then can it
    # answer from the index alone (SQLite's hold the rowid anyway).
    # Grouped by (status, office), the order of task_city_status_office: grouped by office
    # alone, SQLite walks the office index through the whole table instead (measured: 1.6 s
    # against 30 ms), as the statuses are bound parameters it has no statistics for.
    per_office: dict[int, dict[str, int]] = {}
    for row in (
        open_tasks.values("status", "office_id")
        .annotate(open=Count("*"), overdue=Count("due_date", filter=Q(due_date__lt=today)))
        .order_by()
    ):
        counts = per_office.setdefault(row["office_id"], {"open": 0, "overdue": 0})
        counts["open"] += row["open"]
        counts["overdue"] += row["overdue"]
    offices = list(Office.objects.filter(city=city).only("id", "key").order_by("key"))
    names = office_names({o.pk for o in offices}, language)
    figures = [
        OfficeFigures(
            key=o.key,
            name=names.get(o.pk, o.key),
            open=per_office.get(o.pk, {}).get("open", 0),
            overdue=per_office.get(o.pk, {}).get("overdue", 0),
        )
        for o in offices
    ]
    figures.sort(key=lambda f: (-f.open, f.key))
    by_week = {monday - dt.timedelta(weeks=i): WeekFigures(week=monday - dt.timedelta(weeks=i))
               for i in range(weeks)}  # fmt: skip
    for row in (
        tasks.filter(opened_week__gte=first_week).values("opened_week").annotate(n=Count("*"))
    ):
        if row["opened_week"] in by_week:
            by_week[row["opened_week"]].opened = row["n"]
    for row in tasks.filter(done_week__gte=first_week).values("done_week").annotate(n=Count("*")):
        if row["done_week"] in by_week:
            by_week[row["done_week"]].done = row["n"]
    first_contact, completion = _medians(city, tasks, first_week, now or timezone.now())
    return Dashboard(
        city=city,
        today=today,
        offices=figures,
        weeks=sorted(by_week.values(), key=lambda w: w.week),
        median_first_contact_hours=round(first_contact / 3600, 1) if first_contact else None,
        median_completion_days=round(completion / 86400, 1) if completion else None,
        window_weeks=weeks,
        totals={
            "open": sum(f.open for f in figures),
            "overdue": sum(f.overdue for f in figures),
        },
    )


def dashboard_csv(data: Dashboard, language: str) -> str:
    """The dashboard's figures for a spreadsheet in the reader's language (`;`, a byte-order
    mark and decimal commas where the language writes them; keys stay keys)."""

    def number(value: float | int | None) -> str:
        return csv_number(value, language)

    rows: list[list[object]] = []
    for office in data.offices:
        rows.append([_("Office"), office.key, _cell(office.name), office.open, office.overdue])
    for week in data.weeks:
        rows.append([_("Week"), week.week.isoformat(), "", "", "", week.opened, week.done])
    rows.append(
        [_("Median"), _("Hours to first contact"), "", number(data.median_first_contact_hours)]
    )
    rows.append([_("Median"), _("Days to completion"), "", number(data.median_completion_days)])
    header = [_("Section"), _("Key"), _("Name"), _("Open"), _("Overdue"), _("Opened"), _("Done")]
    return csv_text(header, rows, language)


def _cell(text: str) -> str:
    """No formulas in spreadsheets: a leading =, +, - or @ is neutralised."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


# --- SVG, drawn on the server (presentation attributes only: the CSP forbids inline styles) ---


def bar_chart_svg(items: list[tuple[str, int]], *, title: str, width: int = 640) -> str:
    bar, gap, label_width = 22, 6, 260
    items = items[:20]
    height = max(1, len(items)) * (bar + gap) + 10
    peak = max([n for _name, n in items] or [1]) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        f'width="100%" aria-labelledby="chart-open-t"><title id="chart-open-t">{escape(title)}</title>'
    ]
    for i, (name, n) in enumerate(items):
        y = 5 + i * (bar + gap)
        length = int((width - label_width - 60) * n / peak)
        parts.append(
            f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end" font-size="13" '
            f'fill="#1a1a1a">{escape(name[:40])}</text>'
            f'<rect x="{label_width}" y="{y}" width="{max(length, 1)}" height="{bar}" '
            f'fill="#005a9c"/>'
            f'<text x="{label_width + length + 6}" y="{y + 16}" font-size="13" '
            f'fill="#1a1a1a">{n}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def trend_chart_svg(weeks: list[WeekFigures], *, width: int = 640, height: int = 220) -> str:
    left, bottom, top = 40, 30, 10
    peak = max([max(w.opened, w.done) for w in weeks] or [1]) or 1
    step = (width - left - 10) / max(1, len(weeks))
    plot = height - bottom - top

    def y(value: int) -> float:
        return top + plot - plot * value / peak

    title = escape(_("Tasks opened (blue) and done (green) per week"))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        'width="100%" aria-labelledby="chart-trend-t"><title id="chart-trend-t">'
        f"{title}</title>",
        f'<line x1="{left}" y1="{top + plot}" x2="{width - 10}" y2="{top + plot}" stroke="#555"/>',
        f'<text x="{left - 4}" y="{top + 10}" text-anchor="end" font-size="11" fill="#1a1a1a">{peak}</text>',
    ]
    for i, week in enumerate(weeks):
        x = left + i * step
        w = max(2.0, step / 2 - 2)
        parts.append(
            f'<rect x="{x + 1:.1f}" y="{y(week.opened):.1f}" width="{w:.1f}" '
            f'height="{top + plot - y(week.opened):.1f}" fill="#005a9c"/>'
            f'<rect x="{x + 1 + w:.1f}" y="{y(week.done):.1f}" width="{w:.1f}" '
            f'height="{top + plot - y(week.done):.1f}" fill="#2e7d32"/>'
        )
        if i % 2 == 0:
            parts.append(
                f'<text x="{x + 1:.1f}" y="{height - 10}" font-size="11" fill="#1a1a1a">'
                f"{week.week:%d.%m.}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)
