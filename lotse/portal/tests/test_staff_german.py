"""Every staff page in German for every role: one list of pages, scanned for English words and
raw codes; the staff navigation shows only what the permission policy allows; a German 403."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from lotse.appointments import services as appointment_services
from lotse.appointments.models import AppointmentType, Slot
from lotse.appointments.services import BookingRequest
from lotse.catalog.models import Office
from lotse.core.models import City, Role, StaffProfile

pytestmark = pytest.mark.django_db

# The one list of staff pages: (name, path with {office}/{city}/{case}/{task}, owner). Pages of
# lotse/cases/ (owner "cases") are reported apart: another part of the work owns their content.
STAFF_PAGES = [
    ("start", "/de/staff/", "portal"),
    ("audit log", "/de/staff/audit-log/", "portal"),
    ("appointments", "/de/appointments/staff/", "appointments"),
    ("appointments day", "/de/appointments/staff/office/{office}/?date={day}", "appointments"),
    ("virtual office", "/de/appointments/staff/office/{office}/virtual/", "appointments"),
    ("international", "/de/{city}/international/staff/", "international"),
    ("case list", "/de/staff/cases/", "cases"),
    ("new case", "/de/staff/cases/new/", "cases"),
    ("task list", "/de/staff/tasks/", "cases"),
    ("dashboard", "/de/staff/dashboard/", "cases"),
    ("cases audit", "/de/staff/audit/", "cases"),
    ("two-factor", "/de/staff/two-factor/", "cases"),
]

ROLES = {
    "caseworker": (Role.CASEWORKER, None),
    "office_staff": (Role.OFFICE_STAFF, "buergerdienste"),
    "office_lead": (Role.OFFICE_LEAD, "migration-office"),
    "admin": (Role.ADMIN, None),
}

# Words and codes that must not show on a German staff page (whole words, case-sensitive).
ENGLISH = [
    "Confirmed", "Cancelled", "No-show", "Checked in", "Held", "Expired", "open", "Search misses",
    "Forbidden", "Waiting", "Previous day", "Next day", "Check in", "Join video", "Reason",
    "Type", "Name as given", "Actions", "Language:", "Save", "Record", "Goal", "Value",
    "Date of the measurement", "Log out", "Tasks", "Cases", "Audit log", "virtual office",
    "Nothing found", "Download", "Who", "When", "Why", "update", "list", "read",
    "My cases", "New case", "routed", "Wartet auf Sie",
]  # fmt: skip
RAW_CODES = [
    "migration-office", "residence-registration", "buergerdienste", "welcome-center",
    "checked_in", "no_show", "office_day", "Sprache: ar", "Sprache: uk", "source digest",
]  # fmt: skip


def visible_text(html: str) -> str:
    """The text a reader sees: no tags, attributes, scripts or styles."""
    html = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html)
    html = re.sub(r"(?s)<!--.*?-->", " ", html)
    html = re.sub(r"(?s)<[^>]+>", " ", html)
    return re.sub(r"\s+", " ", html)


def findings(text: str) -> list[str]:
    found = [w for w in ENGLISH if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)]
    return found + [c for c in RAW_CODES if c in text]


@pytest.fixture
def world():
    city = City.objects.get(slug="dortmund")
    office = Office.objects.get(city=city, key="buergerdienste")
    type_ = AppointmentType.objects.filter(office=office).first() or AppointmentType.objects.create(
        city=city, key="scan-type", office=office, names={"de": "Anmeldung", "en": "Registration"},
        duration_minutes=30, capacity=2, min_notice_hours=0,
        hours=[{"weekday": d, "opens": "09:00", "closes": "12:00"} for d in range(5)],
    )  # fmt: skip
    start = timezone.now() + dt.timedelta(days=2)
    slot = Slot.objects.create(
        type=type_, start=start, end=start + dt.timedelta(minutes=30), capacity=2
    )
    booking, token = appointment_services.booking_create(
        request=BookingRequest(slot=slot.pk, name="Amira", email="a@example.org", language="ar"),
        address="10.0.0.9", proof_ok=True, base_url="http://testserver",
    )  # fmt: skip
    appointment_services.booking_confirm(booking=booking, token=token, base_url="http://t")
    users = {}
    for name, (role, office_key) in ROLES.items():
        user = User.objects.create_user(username=f"scan-{name}")
        StaffProfile.objects.create(
            user=user, city=city, role=role,
            office=Office.objects.get(city=city, key=office_key) if office_key else None,
        )  # fmt: skip
        users[name] = user
    day = timezone.localtime(start).date().isoformat()
    return {"users": users, "office": office, "city": city, "day": day}


def _scan(world, role: str) -> dict[str, dict[str, list[str]]]:
    client = Client(HTTP_ACCEPT_LANGUAGE="de")
    client.force_login(world["users"][role])
    report: dict[str, dict[str, list[str]]] = {"own": {}, "cases": {}}
    for name, template, owner in STAFF_PAGES:
        path = template.format(office=world["office"].pk, city="dortmund", day=world["day"])
        response = client.get(path, follow=True)
        if response.status_code in (403, 404):
            continue  # not this role's page (the role matrix pins which)
        assert response.status_code == 200, (role, path, response.status_code)
        found = findings(visible_text(response.content.decode()))
        if found:
            report["cases" if owner == "cases" else "own"][name] = found
    return report


@pytest.mark.parametrize("role", sorted(ROLES))
def test_staff_pages_are_german_for_every_role(world, role: str) -> None:
    report = _scan(world, role)
    assert report["own"] == {}, f"English or raw codes on German staff pages ({role})"


@pytest.mark.parametrize("role", sorted(ROLES))
def test_cases_pages_are_german_for_every_role(world, role: str) -> None:
    """The pages of lotse/cases/, reported apart (their content is fixed in that app)."""
    report = _scan(world, role)
    assert report["cases"] == {}, f"English or raw codes on the German cases pages ({role})"


def test_the_scan_finds_english_and_codes() -> None:
    assert findings(visible_text("<p>Status: Confirmed</p><a href='/migration-office'>x</a>")) == [
        "Confirmed"
    ]
    assert findings("Sprache: ar · migration-office") == ["migration-office", "Sprache: ar"]
    assert findings("Bestätigt · Sprache: Arabisch") == []


EXPECTED_AREAS = {
    "caseworker": {"cases", "tasks", "appointments", "virtual", "international"},
    "office_staff": {"tasks", "appointments", "virtual"},
    "office_lead": {"tasks", "appointments", "virtual", "dashboard"},
    "admin": {"appointments", "virtual", "international", "dashboard", "backoffice",
              "translations", "audit"},
}  # fmt: skip


@pytest.mark.parametrize("role", sorted(ROLES))
def test_navigation_shows_the_areas_the_policy_allows(world, role: str) -> None:
    client = Client()
    client.force_login(world["users"][role])
    for path in ("/de/staff/", f"/de/appointments/staff/office/{world['office'].pk}/"):
        response = client.get(path)
        if response.status_code != 200:
            continue
        areas = set(
            re.findall(r'<li><a href="[^"]+" data-area="([a-z]+)"', response.content.decode())
        )
        assert areas == EXPECTED_AREAS[role], (role, path)


def test_start_page_names_the_role_in_german(world) -> None:
    client = Client()
    client.force_login(world["users"]["office_staff"])
    html = client.get("/de/staff/").content.decode()
    assert "Sachbearbeitung im Amt" in html and "Bürgerdienste" in html


def test_forbidden_is_a_german_page(world) -> None:
    client = Client()
    client.force_login(world["users"]["office_staff"])
    response = client.get("/de/staff/audit-log/")
    assert response.status_code == 403
    assert "Zugriff verweigert" in response.content.decode()
    assert "Forbidden" not in response.content.decode()
