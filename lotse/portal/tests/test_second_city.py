"""Düsseldorf beside Dortmund: the portal home lists both cities, `demo_setup` gives
Düsseldorf's demo staff a Düsseldorf profile, and Düsseldorf staff see nothing of Dortmund —
no case, task, booking, audit entry or international measurement — through core's permission
policy (`cities_for`, `offices_for`, `can`). Düsseldorf here is a small stand-in
(tests/data/cities/duesseldorf: the real slug and office keys, three offices, two services)."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from lotse.appointments import services as appointments
from lotse.appointments.models import AppointmentType, Mode, Slot
from lotse.cases import services as cases
from lotse.catalog.models import Office
from lotse.catalog.services import catalog_load_city
from lotse.core.auth import api_token_issue
from lotse.core.models import City, Role, StaffProfile
from lotse.core.permissions import can, cities_for, offices_for
from lotse.international.models import Goal
from lotse.international.services import international_load_city

pytestmark = pytest.mark.django_db

DUESSELDORF = Path(__file__).parent / "data" / "cities" / "duesseldorf"


@pytest.fixture
def duesseldorf() -> City:
    return catalog_load_city(directory=DUESSELDORF)


def staff(username: str, city: City, role: str, office_key: str | None = None):
    user = get_user_model().objects.create_user(username=username, is_staff=True)
    office = Office.objects.get(city=city, key=office_key) if office_key else None
    StaffProfile.objects.create(user=user, city=city, role=role, office=office)
    return user


def web(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def bearer(user) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {api_token_issue(user=user)}"}


def test_the_portal_home_lists_dortmund_and_duesseldorf(client, duesseldorf):
    html = client.get("/en/").content.decode()
    assert 'href="/en/dortmund/"' in html
    assert 'href="/en/duesseldorf/"' in html
    assert client.get("/en/duesseldorf/").status_code == 200


def test_demo_setup_scopes_the_duesseldorf_accounts_to_duesseldorf(duesseldorf, settings):
    settings.PRODUCTION = False
    call_command("demo_setup", stdout=io.StringIO(), stderr=io.StringIO())
    dortmund = City.objects.get(slug="dortmund")
    for username, office_key in [
        ("dus-caseworker", None),
        ("dus-buergerdienste", "buergerdienste"),
        ("dus-migration", "migration-office"),
        ("dus-admin", None),
    ]:
        profile = StaffProfile.objects.select_related("office").get(user__username=username)
        assert profile.city_id == duesseldorf.pk, username
        assert (profile.office.key if profile.office else None) == office_key
        if profile.office:
            assert profile.office.city_id == duesseldorf.pk
        assert cities_for(profile.user) == [duesseldorf.pk]
        assert not can(profile.user, "appointments.staff", dortmund)
    # Dortmund's accounts stay Dortmund's.
    assert StaffProfile.objects.get(user__username="caseworker").city_id == dortmund.pk
    assert StaffProfile.objects.get(user__username="migration").office.city_id == dortmund.pk


@pytest.fixture
def dortmund_world(duesseldorf):
    """Dortmund's personal data: a case with two tasks, a booking, its international projects."""
    dortmund = City.objects.get(slug="dortmund")
    caseworker = staff("do-cw", dortmund, Role.CASEWORKER)
    created = cases.case_create(
        actor=caseworker,
        city=dortmund,
        name="Amira Example",
        email="amira@example.org",
        language="ar",
        consent=True,
        service_keys=["residence-registration", "residence-permit-skilled-work"],
    )
    office = Office.objects.get(city=dortmund, key="welcome-center")
    type_ = AppointmentType.objects.create(
        city=dortmund,
        key="scope-test",
        office=office,
        mode=Mode.IN_PERSON,
        names={"en": "Test appointment", "de": "Testtermin"},
        duration_minutes=30,
        capacity=2,
        min_notice_hours=0,
        hours=[{"weekday": d, "opens": "09:00", "closes": "12:00"} for d in range(5)],
    )
    day = timezone.localdate() + dt.timedelta(days=3)
    start = dt.datetime.combine(day, dt.time(10, 0), tzinfo=ZoneInfo("Europe/Berlin"))
    slot = Slot.objects.create(
        type=type_, start=start, end=start + dt.timedelta(minutes=30), capacity=2
    )
    booking, _token = appointments.booking_create(
        request=appointments.BookingRequest(
            slot=slot.pk, name="Bo Booker", email="bo@example.org", language="en"
        ),
        address="10.3.3.3",
        proof_ok=True,
        base_url="http://testserver",
    )
    international_load_city(slug="dortmund")
    return {
        "dortmund": dortmund,
        "caseworker": caseworker,
        "case": created.case,
        "tasks": created.tasks,
        "office": office,
        "booking": booking,
        "day": day.isoformat(),
    }


@pytest.fixture
def dus_people(duesseldorf):
    return {
        "caseworker": staff("dus-cw", duesseldorf, Role.CASEWORKER),
        "migration": staff("dus-mig", duesseldorf, Role.OFFICE_STAFF, "migration-office"),
        "migration_lead": staff("dus-lead", duesseldorf, Role.OFFICE_LEAD, "migration-office"),
        "admin": staff("dus-adm", duesseldorf, Role.ADMIN),
    }


def test_the_policy_gives_duesseldorf_staff_duesseldorf_only(dortmund_world, dus_people):
    duesseldorf = City.objects.get(slug="duesseldorf")
    dus_office_ids = set(Office.objects.filter(city=duesseldorf).values_list("pk", flat=True))
    case = dortmund_world["case"]
    for role, user in dus_people.items():
        assert cities_for(user) == [duesseldorf.pk], role
        offices = offices_for(user)
        assert offices is None or set(offices) <= dus_office_ids, role
        assert not can(user, "case.view", case)
        assert not can(user, "appointments.staff", dortmund_world["booking"].type)
        assert not can(user, "international.measure", dortmund_world["dortmund"])
    # The same policy does let them work in their own city (the denials above are not blanket).
    assert can(dus_people["caseworker"], "case.open", duesseldorf)
    assert can(dus_people["admin"], "international.measure", duesseldorf)
    # ... and Dortmund's own caseworker sees the case.
    assert can(dortmund_world["caseworker"], "case.view", case)


def test_duesseldorf_staff_read_no_dortmund_case_or_task(dortmund_world, dus_people):
    case_id = dortmund_world["case"].pk
    task_ids = {t.pk for t in dortmund_world["tasks"]}
    api = Client()
    # Positive control: Dortmund's caseworker reads the case.
    own = api.get(f"/api/v1/cases/{case_id}", **bearer(dortmund_world["caseworker"]))
    assert own.status_code == 200
    for role, user in dus_people.items():
        assert api.get(f"/api/v1/cases/{case_id}", **bearer(user)).status_code == 404, role
        for task_id in task_ids:
            assert api.get(f"/api/v1/tasks/{task_id}", **bearer(user)).status_code == 404
        listing = api.get("/api/v1/tasks", **bearer(user))
        if listing.status_code == 200:
            assert not {t["id"] for t in listing.json()["results"]} & task_ids, role
            assert "Amira" not in listing.content.decode()
        note = api.post(
            f"/api/v1/cases/{case_id}/notes",
            data=json.dumps({"body": "hi"}),
            content_type="application/json",
            **bearer(user),
        )
        assert note.status_code in (403, 404), role
        page = web(user).get(f"/en/staff/cases/{case_id}/")
        assert page.status_code in (403, 404), role
        assert "Amira" not in page.content.decode()


def test_duesseldorf_admin_finds_no_dortmund_audit_entry(dortmund_world, dus_people):
    case_id = dortmund_world["case"].pk
    web(dortmund_world["caseworker"]).get(f"/en/staff/cases/{case_id}/")
    entries = Client().get(f"/api/v1/audit?case={case_id}", **bearer(dus_people["admin"]))
    assert entries.status_code == 200
    assert entries.json()["results"] == []


def test_duesseldorf_staff_see_no_dortmund_booking(dortmund_world, dus_people):
    office = dortmund_world["office"]
    booking = dortmund_world["booking"]
    for role, user in dus_people.items():
        client = web(user)
        day_view = client.get(
            f"/en/appointments/staff/office/{office.pk}/?date={dortmund_world['day']}"
        )
        assert day_view.status_code == 404, role
        assert "Bo Booker" not in day_view.content.decode()
        overview = client.get("/en/appointments/staff/")
        assert f"/appointments/staff/office/{office.pk}/" not in overview.content.decode()
        action = client.post(
            f"/en/appointments/staff/booking/{booking.pk}/", {"action": "cancel", "reason": "x"}
        )
        assert action.status_code == 404, role
    booking.refresh_from_db()
    assert booking.status == "held"


def test_duesseldorf_staff_cannot_measure_dortmund_projects(dortmund_world, dus_people):
    goal = Goal.objects.filter(project__city=dortmund_world["dortmund"]).first()
    assert goal is not None
    before = goal.measurements.count()
    for role in ("caseworker", "admin"):
        client = web(dus_people[role])
        assert client.get("/en/dortmund/international/staff/").status_code == 403
        response = client.post(
            "/en/dortmund/international/staff/",
            {"goal": goal.pk, "date": "2026-06-01", "value": "80"},
        )
        assert response.status_code == 403
        # Their own city's staff page is open to them.
        assert client.get("/en/duesseldorf/international/staff/").status_code == 200
    assert goal.measurements.count() == before
