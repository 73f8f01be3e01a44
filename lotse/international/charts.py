"""Server-rendered, accessible SVG charts (no JavaScript): a goal's measurements over time
against its planned line, and a progress bar. Every text is escaped; each chart has a
<title> and <desc>, and the pages show the same numbers as a table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils import formats
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from lotse.international.selectors import GoalInfo

WIDTH, HEIGHT = 480, 220
LEFT, RIGHT, TOP, BOTTOM = 52, 16, 16, 36
INK, PLAN, LINE, GRID = "#1b1f24", "#4a5360", "#0a4f8a", "#c9d1da"


CHAR_WIDTH = 6.6  # average advance of a digit or letter at font-size 11 (generous)


def _fmt(value: Decimal | float) -> str:
    """A number as the page's language writes it ("1.250" / "1.250,50" in German, "1,250.50"
    in English): one format on the page, in the chart, its description and its table."""
    number = float(value)
    places = 0 if number == int(number) else 2
    return formats.number_format(
        Decimal(str(round(number, places))), places, use_l10n=True, force_grouping=True
    )


def _day(day: dt.date) -> str:
    return formats.date_format(day, "SHORT_DATE_FORMAT")


def text_width(text: str) -> float:
    return len(text) * CHAR_WIDTH


def goal_chart(goal: GoalInfo, *, language: str, chart_id: str) -> SafeString:
    """A line chart: baseline → measurements, and the dashed straight plan to the target."""
    points = [(goal.baseline_date, goal.baseline), *goal.measurements]
    end = max(goal.target_date, *(d for d, _v in points))
    start = goal.baseline_date
    days = max((end - start).days, 1)
    top_value = max([goal.target, goal.baseline, *(v for _d, v in points)]) * Decimal("1.1")
    top_value = top_value or Decimal(1)
    ticks = [top_value * Decimal(str(f)) / Decimal("1.1") for f in (0, 0.5, 1)]
    # The value labels sit left of the plot: make room for the longest one, so none is cut.
    left = max(LEFT, int(max(text_width(_fmt(v)) for v in ticks)) + 10)
    plot_w, plot_h = WIDTH - left - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: dt.date) -> float:
        return left + plot_w * (day - start).days / days

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
            "start": _day(goal.baseline_date),
            "target": _fmt(goal.target),
            "end": _day(goal.target_date),
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
    for value in ticks:
        gy = y(value)
        parts.append(
            f'<line x1="{left}" x2="{WIDTH - RIGHT}" y1="{gy:.1f}" y2="{gy:.1f}" '
            f'stroke="{GRID}" stroke-width="1"/>'
            f'<text class="tick" x="{left - 6}" y="{gy + 4:.1f}" text-anchor="end" font-size="11" '
            f'fill="{INK}">{escape(_fmt(value))}</text>'
        )
    # The first date starts at the plot's left edge, the last ends at its right edge: centred
    # labels at the ends ran over the chart's border and were cut.
    for day, anchor in ((start, "start"), (goal.target_date, "end")):
        parts.append(
            f'<text class="tick" x="{x(day):.1f}" y="{HEIGHT - 10}" text-anchor="{anchor}" '
            f'font-size="11" fill="{INK}">{escape(_day(day))}</text>'
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
            f"<title>{escape(_day(d))}: {escape(_fmt(v))} {escape(goal.unit)}</title></circle>"
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
