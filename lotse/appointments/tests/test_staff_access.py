"""Appointments staff pages follow core's permission policy, with a second city: staff see their
own city only, and an account without a staff profile — a superuser too — sees nothing."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from lotse.appointments import services
from lotse.catalog.models import Office
from lotse.core.models import City, Role, StaffProfile

from .conftest import make_slot, make_type

pytestmark = pytest.mark.django_db


def _client(username: str, *, role: str | None, city: Any = None, office: Any = None, **extra: Any):
    user = get_user_model().objects.create_user(username=username, **extra)
    if role is not None:
        StaffProfile.objects.create(user=user, city=city, role=role, office=office)
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def world():
    dortmund = City.objects.get(slug="dortmund")
    other = City.objects.create(slug="othertown", names={"en": "Other"}, state="NW")
    other_office = Office.objects.create(city=other, key="other-desk")
    slot = make_slot(make_type(key="access-type", capacity=2))
    booking, _token = services.booking_create(
        request=services.BookingRequest(
            slot=slot.pk, name="Ana", email="a@example.org", language="en"
        ),
        address="10.2.2.2",
        proof_ok=True,
        base_url="http://testserver",
    )
    return {"dortmund": dortmund, "other": other, "other_office": other_office, "booking": booking}


@pytest.mark.parametrize(
    "who, expected",
    [
        ("superuser_without_profile", 404),
        ("staff_without_profile", 404),
        ("admin_of_other_city", 404),
        ("office_staff_of_other_city", 404),
        ("caseworker_of_dortmund", 200),
        ("admin_of_dortmund", 200),
        ("office_staff_of_the_office", 200),
    ],
)
def test_the_day_view_of_a_dortmund_office(world, who: str, expected: int) -> None:
    office = world["booking"].type.office
    clients = {
        "superuser_without_profile": lambda: _client(
            "root", role=None, is_superuser=True, is_staff=True
        ),
        "staff_without_profile": lambda: _client("plain", role=None, is_staff=True),
        "admin_of_other_city": lambda: _client("oa", role=Role.ADMIN, city=world["other"]),
        "office_staff_of_other_city": lambda: _client(
            "os", role=Role.OFFICE_STAFF, city=world["other"], office=world["other_office"]
        ),
        "caseworker_of_dortmund": lambda: _client(
            "cw", role=Role.CASEWORKER, city=world["dortmund"]
        ),
        "admin_of_dortmund": lambda: _client("da", role=Role.ADMIN, city=world["dortmund"]),
        "office_staff_of_the_office": lambda: _client(
            "ds", role=Role.OFFICE_STAFF, city=world["dortmund"], office=office
        ),
    }
    client = clients[who]()
    day = world["booking"].slot.start.date().isoformat()
    page = client.get(f"/en/appointments/staff/office/{office.pk}/?date={day}")
    assert page.status_code == expected
    if expected == 404:
        assert "Ana" not in page.content.decode()
        action = client.post(
            f"/en/appointments/staff/booking/{world['booking'].pk}/",
            {"action": "cancel", "reason": "no"},
        )
        assert action.status_code == 404
        world["booking"].refresh_from_db()
        assert world["booking"].status == "held"


def test_a_superuser_without_profile_lists_no_office(world) -> None:
    client = _client("root2", role=None, is_superuser=True, is_staff=True)
    page = client.get("/en/appointments/staff/")
    assert page.status_code == 200
    assert (
        f"/appointments/staff/office/{world['booking'].type.office.pk}/"
        not in page.content.decode()
    )
