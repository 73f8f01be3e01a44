"""`{% inbox_link %}`: the office inbox with its badge (new tasks and unchecked uploads), for
any staff navigation that wants it; nothing for roles without an inbox."""

from __future__ import annotations

from typing import Any

from django import template

from lotse.cases.selectors import inbox_count
from lotse.core.permissions import is_office_role, staff_profile

register = template.Library()


@register.inclusion_tag("cases/_inbox_link.html", takes_context=True)
def inbox_link(context: dict[str, Any]) -> dict[str, Any]:
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not is_office_role(staff_profile(user)):
        return {"show": False}
    return {"show": True, "count": inbox_count(user=user)}
