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
    labels: dict[str, str] = {
        Role.CASEWORKER: _("Welcome Center caseworker"),
        Role.OFFICE_STAFF: _("Office staff"),
        Role.OFFICE_LEAD: _("Office lead"),
        Role.ADMIN: _("Administrator"),
    }
    return labels.get(role, role)


def staff_nav(request: HttpRequest) -> list[NavItem]:
    """The areas of the staff side this account may use, in a fixed order: cases, tasks,
    appointments, virtual office, international, back office."""
    user = request.user
    profile = staff_profile(user)
    if profile is None:
        return []
    items: list[tuple[str, str, str, str]] = []
    if can(user, "case.view"):
        items.append(("cases", _("Cases"), reverse("cases:case_list"), _("Open and follow cases.")))
    if can(user, "task.work"):
        items.append(
            ("tasks", _("Tasks"), reverse("cases:task_list"), _("The tasks of your office."))
        )
    if can(user, "appointments.staff"):
        items.append(
            (
                "appointments",
                _("Appointments"),
                reverse("appointments:staff_home"),
                _("Today's appointments: check-in and no-show."),
            )
        )
        virtual = (
            reverse("appointments:staff_virtual", args=[profile.office_id])
            if profile.office_id is not None
            else reverse("appointments:staff_home") + "#virtual"
        )
        items.append(
            (
                "virtual",
                _("Virtual office"),
                virtual,
                _("Who is waiting for a video conversation."),
            )
        )
    if can(user, "international.measure", profile.city):
        items.append(
            (
                "international",
                _("International"),
                reverse("international:staff", args=[profile.city.slug]),
                _("Record measurements of cooperation projects."),
            )
        )
    if can(user, "dashboard.view"):
        items.append(
            ("dashboard", _("Dashboard"), reverse("cases:dashboard"), _("Figures of your city."))
        )
    if can(user, "catalog.edit"):
        items.append(
            (
                "backoffice",
                _("Back office"),
                reverse("admin:index"),
                _("Services, offices and texts of the city."),
            )
        )
        items.append(
            (
                "translations",
                _("Translations"),
                reverse("translations:coverage"),
                _("Which texts are translated and reviewed."),
            )
        )
    if can(user, "audit.search"):
        items.append(
            (
                "audit",
                _("Audit log"),
                reverse("portal:staff_audit"),
                _("Who read or changed personal data."),
            )
        )
    path = request.path
    return [
        NavItem(key, label, url, description, current=path.startswith(url.split("#")[0]))
        for key, label, url, description in items
    ]
