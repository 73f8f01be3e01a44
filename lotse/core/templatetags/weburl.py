"""`{{ value|web_url }}`: the value if it may be a link target (http(s) or a path on this
site), else "" (see lotse.core.weburl). Use it for every href built from stored data."""

from __future__ import annotations

from django import template

from lotse.core.weburl import safe_href

register = template.Library()


@register.filter(name="web_url")
def web_url(value: object) -> str:
    return safe_href(value)
