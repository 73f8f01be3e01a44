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
from lotse.core.pagecache import city_memo

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


class CityMemoNode(template.Node):
    def __init__(self, nodelist: template.NodeList, parts: list[Any]) -> None:
        self.nodelist = nodelist
        self.parts = parts

    def render(self, context: template.Context) -> str:
        city, *parts = [str(part.resolve(context)) for part in self.parts]
        name = "fragment:" + ":".join(parts)
        return city_memo(city, name, lambda: self.nodelist.render(context))


@register.tag("city_memo")
def do_city_memo(parser: template.base.Parser, token: template.base.Token) -> CityMemoNode:
    """`{% city_memo city.slug "name" key lang %}…{% endcity_memo %}`: the enclosed part of a
    public page depends only on the city's data and the values named (never on the request,
    the visitor or a form token); it is rendered once per change of the city's data."""
    bits = token.split_contents()
    if len(bits) < 3:
        raise template.TemplateSyntaxError("city_memo needs the city's slug and a name")
    nodelist = parser.parse(("endcity_memo",))
    parser.delete_first_token()
    return CityMemoNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])


def _state_label(code: str) -> str:
    """The label of a state layer (ISO 3166-2:DE code without "DE-")."""
    labels = {"NW": _("State of North Rhine-Westphalia")}
    return str(labels.get(code.upper(), _("State law")))


@register.simple_tag
def layer_label(service: Any, module: str, city: City, city_name: str) -> str:
    """A small label saying which content layer a module's text comes from (federal law, the
    state, the city), marked `data-layer`; "" when the layer is not known."""
    layer = getattr(service, "layers", {}).get(module)
    if layer == "federal":
        label = _("Federal law")
    elif layer == "state":
        label = _state_label(city.state)
    elif layer == "city":
        label = _("City of %(city)s") % {"city": city_name}
    else:
        return ""
    return format_html('<span class="layer" data-layer="{}">{}</span>', layer, label)
