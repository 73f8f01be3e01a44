"""The staff side's one navigation and start page: which areas a staff account sees, decided by
the permission policy (`core.permissions.can`), never by role names in templates."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from lotse.core.models import Role
from lotse.core.permissions import can, staff_profile


@dataclass(frozen=True)
class NavItem:
    key: str
    label: str
    url: str
    description: str
    current: bool = False


def role_label(role: str) -> str:
    return str(Role(role).label) if role in Role.values else role


def _area_texts() -> dict[str, tuple[str, str]]:
    """Each staff area's name and one-line description."""
    return {
        "cases": (_("Cases"), _("Open and follow cases.")),
        "tasks": (_("Tasks"), _("The tasks of your office.")),
        "appointments": (_("Appointments"), _("Today's appointments: check-in and no-show.")),
        "virtual": (_("Virtual office"), _("Who is waiting for a video conversation.")),
        "international": (_("International"), _("Record measurements of cooperation projects.")),
        "dashboard": (_("Dashboard"), _("Figures of your city.")),
        "backoffice": (_("Back office"), _("Services, offices and texts of the city.")),
        "translations": (_("Translations"), _("Which texts are translated and reviewed.")),
        "audit": (_("Audit log"), _("Who read or changed personal data.")),
    }


def staff_nav(request: HttpRequest) -> list[NavItem]:
    """The areas of the staff side this account may use, in a fixed order: cases, tasks,
    appointments, virtual office, international, back office."""
    user = request.user
    profile = staff_profile(user)
    if profile is None:
        return []
    appointments = can(user, "appointments.staff")
    catalog = can(user, "catalog.edit")
    virtual = (
        reverse("appointments:staff_virtual", args=[profile.office_id])
        if profile.office_id is not None
        else reverse("appointments:staff_home") + "#virtual"
    )
    international = reverse("international:staff", args=[profile.city.slug])
    # Each area's address where the policy lets this account in, in the navigation's order.
    urls = {
        "cases": reverse("cases:case_list") if can(user, "case.view") else "",
        "tasks": reverse("cases:task_list") if can(user, "task.work") else "",
        "appointments": reverse("appointments:staff_home") if appointments else "",
        "virtual": virtual if appointments else "",
        "international": international if can(user, "international.measure", profile.city) else "",
        "dashboard": reverse("cases:dashboard") if can(user, "dashboard.view") else "",
        "backoffice": reverse("admin:index") if catalog else "",
        "translations": reverse("translations:coverage") if catalog else "",
        "audit": reverse("portal:staff_audit") if can(user, "audit.search") else "",
    }
    texts = _area_texts()
    items = []
    for key, url in urls.items():
        if url:
            label, description = texts[key]
            current = request.path.startswith(url.split("#")[0])
            items.append(NavItem(key, label, url, description, current=current))
    return items
