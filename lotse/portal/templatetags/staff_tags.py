"""The staff navigation on every staff page (`{% staff_nav %}` in portal/staff_base.html)."""

from __future__ import annotations

from typing import Any

from django import template

from lotse.portal.staff import staff_nav as nav_items

register = template.Library()


@register.inclusion_tag("portal/_staff_nav.html", takes_context=True)
def staff_nav(context: dict[str, Any]) -> dict[str, Any]:
    request = context.get("request")
    return {
        "items": nav_items(request) if request is not None else [],
        "request": request,
    }
