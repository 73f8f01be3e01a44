"""The public page of waiting times and fairness figures: server-side SVG charts and a table.

The figures are read from the table the task worker fills (services/stats.py), never computed
per request; numbers are formatted in the page's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.formats import number_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from lotse.appointments import selectors_fairness, services
from lotse.appointments.views.common import city_context, lang, page_city

BAR_HEIGHT = 22
LABEL_WIDTH = 220
BAR_WIDTH = 300


def fmt_number(value: float | None, decimals: int = 1) -> str:
    return "–" if value is None else number_format(value, decimal_pos=decimals, use_l10n=True)


def fmt_share(value: float | None) -> str:
    return "–" if value is None else number_format(value * 100, decimal_pos=0) + " %"


def bar_chart(*, title: str, rows: list[tuple[str, float | None, str]]) -> SafeString:
    """A horizontal bar chart as inline SVG: one bar per (label, value, shown value)."""
    known = [v for _label, v, _shown in rows if v is not None]
    top = max(known, default=0) or 1
    height = BAR_HEIGHT * len(rows) + 10
    width = LABEL_WIDTH + BAR_WIDTH + 80
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        f'width="100%" aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for index, (label, value, shown) in enumerate(rows):
        y = 5 + index * BAR_HEIGHT
        length = 0 if value is None else round(BAR_WIDTH * value / top, 1)
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end" font-size="12" '
            f'fill="#222">{escape(label[:40])}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{length}" height="{BAR_HEIGHT - 6}" '
            f'fill="#1d5fa8"></rect>'
            f'<text x="{LABEL_WIDTH + length + 6}" y="{y + 15}" font-size="12" '
            f'fill="#222">{escape(shown)}</text>'
        )
    parts.append("</svg>")
    # Every text above is escaped.
    return mark_safe("".join(parts))


@require_http_methods(["GET", "HEAD"])
def stats_page(request: HttpRequest, city: str) -> HttpResponse:
    city_obj = page_city(request, city)
    language = lang()
    stats = selectors_fairness.appointment_stats(city=city_obj)
    if services.stats_stale(city_id=city_obj.pk):
        services.stats_schedule()
    rows: list[dict[str, Any]] = []
    for stat in stats:
        rows.append(
            {
                "name": stat.type.name(language),
                "release": stat.type.release,
                "days": fmt_number(stat.days_to_first_free_slot),
                "fast": fmt_share(stat.booked_within_10_minutes),
                "no_show": fmt_share(stat.no_show_rate),
                "waitlist": fmt_share(stat.waitlist_offers_taken),
                "alerts": fmt_share(stat.alert_offers_taken),
                "draw": fmt_number(stat.draw_requests_per_seat, 2),
                "seats": number_format(stat.seats_booked, decimal_pos=0, force_grouping=True),
            }
        )
    # One chart per figure: its title, the figure and how it is written.
    charted: list[tuple[str, str, Callable[[float | None], str]]] = [
        (
            _("Days to the first free appointment (average of the last 28 days)"),
            "days_to_first_free_slot",
            fmt_number,
        ),
        (
            _("Share of seats booked within 10 minutes of their release"),
            "booked_within_10_minutes",
            fmt_share,
        ),
    ]
    charts = (
        [
            bar_chart(
                title=title,
                rows=[
                    (s.type.name(language), getattr(s, field), fmt(getattr(s, field)))
                    for s in stats
                ],
            )
            for title, field, fmt in charted
        ]
        if stats
        else []
    )
    computed = max((s.computed_at for s in stats), default=None)
    return render(
        request,
        "appointments/stats.html",
        {**city_context(city_obj), "rows": rows, "charts": charts, "computed": computed},
    )
