"""Template filters for the portal: texts in the page language, sources, weekday names."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.dates import WEEKDAYS
from django.utils.html import format_html
from django.utils.translation import gettext as _

from lotse.catalog.selectors import ServiceSummary, SourceInfo
from lotse.core.languages import is_rtl
from lotse.core.models import City

register = template.Library()


@register.filter
def title_in(service: ServiceSummary, language: str) -> str:
    return service.title(language)


@register.filter
def summary_in(service: ServiceSummary, language: str) -> str:
    return service.summary(language)


@register.filter
def city_name(city: City, language: str) -> str:
    return city.name(language)


@register.filter
def sources_for(obj: Any, section: str) -> list[SourceInfo]:
    result: list[SourceInfo] = obj.sources_for(section)
    return result


@register.filter
def weekday_name(weekday: int) -> str:
    return str(WEEKDAYS[weekday])


@register.filter
def address_type(value: str) -> str:
    labels = {
        "visitor": _("Visitor address"),
        "postal": _("Postal address"),
        "delivery": _("Delivery address"),
    }
    return str(labels.get(value, value))


@register.filter
def lang_attrs(text: Any, page_language: str) -> str:
    """` lang=… dir=…` for a text shown in another language than the page (a fallback), so
    screen readers switch voice and right-to-left pages keep Latin text in order."""
    language = getattr(text, "language", None)
    if not language or language == page_language:
        return ""
    direction = "rtl" if is_rtl(language) else "ltr"
    return format_html(' lang="{}" dir="{}"', language, direction)
