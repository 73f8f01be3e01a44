"""Server-rendered, accessible SVG charts (no JavaScript): a goal's measurements over time
against its planned line, and a progress bar. Every text is escaped; each chart has a
<title> and <desc>, and the pages show the same numbers as a table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from lotse.international.selectors import GoalInfo

WIDTH, HEIGHT = 480, 220
LEFT, RIGHT, TOP, BOTTOM = 52, 16, 16, 36
INK, PLAN, LINE, GRID = "#1b1f24", "#4a5360", "#0a4f8a", "#c9d1da"


def _fmt(value: Decimal | float) -> str:
    number = float(value)
    return f"{number:,.0f}" if number == int(number) else f"{number:,.2f}"


def goal_chart(goal: GoalInfo, *, language: str, chart_id: str) -> SafeString:
    """A line chart: baseline → measurements, and the dashed straight plan to the target."""
    points = [(goal.baseline_date, goal.baseline), *goal.measurements]
    end = max(goal.target_date, *(d for d, _v in points))
    start = goal.baseline_date
    days = max((end - start).days, 1)
    top_value = max([goal.target, goal.baseline, *(v for _d, v in points)]) * Decimal("1.1")
    top_value = top_value or Decimal(1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: dt.date) -> float:
        return LEFT + plot_w * (day - start).days / days

    def y(value: Decimal) -> float:
        return TOP + plot_h * (1 - float(value / top_value))

    title = escape(goal.indicator(language))
    desc = escape(
        _(
            "From %(baseline)s %(unit)s on %(start)s to a target of %(target)s %(unit)s by "
            "%(end)s. %(count)s measurement(s); latest %(latest)s %(unit)s, %(percent)s%% of "
            "the way."
        )
        % {
            "baseline": _fmt(goal.baseline),
            "unit": goal.unit,
            "start": goal.baseline_date.isoformat(),
            "target": _fmt(goal.target),
            "end": goal.target_date.isoformat(),
            "count": len(goal.measurements),
            "latest": _fmt(goal.progress.latest),
            "percent": goal.progress.percent,
        }
    )
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-t {chart_id}-d" data-points="{len(goal.measurements)}" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-t">{title}</title>',
        f'<desc id="{chart_id}-d">{desc}</desc>',
    ]
    for fraction in (0, 0.5, 1):
        value = top_value * Decimal(str(fraction)) / Decimal("1.1")
        gy = y(value)
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{gy:.1f}" y2="{gy:.1f}" '
            f'stroke="{GRID}" stroke-width="1"/>'
            f'<text x="{LEFT - 6}" y="{gy + 4:.1f}" text-anchor="end" font-size="11" '
            f'fill="{INK}">{escape(_fmt(value))}</text>'
        )
    for day in (start, goal.target_date):
        parts.append(
            f'<text x="{x(day):.1f}" y="{HEIGHT - 10}" text-anchor="middle" font-size="11" '
            f'fill="{INK}">{day.isoformat()}</text>'
        )
    parts.append(
        f'<line class="plan" x1="{x(start):.1f}" y1="{y(goal.baseline):.1f}" '
        f'x2="{x(goal.target_date):.1f}" y2="{y(goal.target):.1f}" stroke="{PLAN}" '
        f'stroke-width="2" stroke-dasharray="6 4"/>'
    )
    polyline = " ".join(f"{x(d):.1f},{y(v):.1f}" for d, v in points)
    parts.append(f'<polyline points="{polyline}" fill="none" stroke="{LINE}" stroke-width="2.5"/>')
    for d, v in goal.measurements:
        parts.append(
            f'<circle class="point" cx="{x(d):.1f}" cy="{y(v):.1f}" r="4" fill="{LINE}">'
            f"<title>{d.isoformat()}: {escape(_fmt(v))} {escape(goal.unit)}</title></circle>"
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))


def progress_bar(percent: int, *, label: str) -> SafeString:
    """A small horizontal bar; the number is also written next to it on the page."""
    percent = min(max(percent, 0), 100)
    return mark_safe(
        f'<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" role="img" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">'
        f'<rect width="100" height="8" fill="{GRID}"/>'
        f'<rect width="{percent}" height="8" fill="{LINE}"/></svg>'
    )
