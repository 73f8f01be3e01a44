"""Portal pages of appointments: booking form, manage page and calendar file, staff day view."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from lotse.appointments import services
from lotse.appointments.models import BookingStatus, Slot
from lotse.appointments.services import BookingRequest
from lotse.catalog.models import Office
from lotse.core.models import AuditEvent, City, Role, StaffProfile

from .conftest import BERLIN, make_slot, make_type

pytestmark = pytest.mark.django_db


def _booking(type_key: str = "view-type"):
    slot = make_slot(make_type(key=type_key, capacity=2))
    return services.booking_create(
        request=BookingRequest(slot=slot.pk, name="Ana", email="ana@example.org", language="en"),
        address="10.1.1.1",
        proof_ok=True,
        base_url="http://testserver",
    )


def test_booking_form_lists_free_times_and_carries_a_challenge(client: Client) -> None:
    slot = make_slot(make_type(key="form-type", capacity=2))
    # Days first, then the times of the chosen day (the first free day unless one is chosen;
    # the type's opening hours may give earlier days than this slot's).
    day = timezone.localtime(slot.start).date().isoformat()
    response = client.get(f"/en/dortmund/appointments/form-type/?day={day}")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'value="{slot.pk}"' in html
    assert 'data-challenge="' in html and "appointments/pow.js" in html


def test_form_without_javascript_still_books_under_the_stricter_rate(client: Client) -> None:
    slot = make_slot(make_type(key="nojs-type", capacity=2))
    response = client.post(
        "/en/dortmund/appointments/nojs-type/",
        {"slot": slot.pk, "name": "Ana", "email": "ana@example.org", "language": "en"},
    )
    assert response.status_code == 302 and "/sent/" in response["Location"]


def test_confirmed_booking_serves_an_ics_with_crlf_lines(client: Client) -> None:
    booking, token = _booking()
    services.booking_confirm(booking=booking, token=token, base_url="http://testserver")
    response = client.get(f"/en/appointments/booking/{booking.pk}/{token}/appointment.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response.content.startswith(b"BEGIN:VCALENDAR\r\n")
    assert b"METHOD:REQUEST\r\n" in response.content


def test_manage_page_needs_the_right_token(client: Client) -> None:
    booking, token = _booking()
    assert client.get(f"/en/appointments/booking/{booking.pk}/{token}/").status_code == 200
    assert client.get(f"/en/appointments/booking/{booking.pk}/wrong-token/").status_code == 404


def test_staff_day_view_lists_bookings_logs_the_read_and_checks_in(client: Client) -> None:
    booking, token = _booking()
    services.booking_confirm(booking=booking, token=token, base_url="http://testserver")
    city = City.objects.get(slug="dortmund")
    office = Office.objects.get(city=city, key="welcome-center")
    user = get_user_model().objects.create_user(username="desk", is_staff=True)
    StaffProfile.objects.create(user=user, city=city, role=Role.OFFICE_STAFF, office=office)
    client.force_login(user)
    day = booking.slot.start.astimezone(BERLIN).date().isoformat()
    url = f"/en/appointments/staff/office/{office.pk}/?date={day}"
    response = client.get(url)
    assert response.status_code == 200 and "ana@example.org" in response.content.decode()
    assert AuditEvent.objects.filter(actor=user, object_type="office_day").exists()
    # The appointment begins now: check-in asks once more, then checks in.
    now = timezone.now()
    Slot.objects.filter(pk=booking.slot_id).update(start=now, end=now + dt.timedelta(minutes=30))
    ask = client.post(f"/en/appointments/staff/booking/{booking.pk}/", {"action": "checked_in"})
    booking.refresh_from_db()
    assert ask.status_code == 200 and 'id="confirm-yes"' in ask.content.decode()
    assert booking.status == BookingStatus.CONFIRMED
    client.post(
        f"/en/appointments/staff/booking/{booking.pk}/", {"action": "checked_in", "confirm": "1"}
    )
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CHECKED_IN


def test_staff_day_view_query_count_does_not_grow_with_bookings(
    client: Client, django_assert_max_num_queries
) -> None:
    type_ = make_type(key="many", capacity=30)
    slot = make_slot(type_)
    for i in range(15):
        services.booking_create(
            request=BookingRequest(
                slot=slot.pk, name=f"P{i}", email=f"p{i}@example.org", language="en"
            ),
            address="",
            proof_ok=True,
            base_url="http://testserver",
        )
    city = City.objects.get(slug="dortmund")
    office = Office.objects.get(city=city, key="welcome-center")
    user = get_user_model().objects.create_user(username="desk2", is_staff=True)
    StaffProfile.objects.create(user=user, city=city, role=Role.OFFICE_STAFF, office=office)
    client.force_login(user)
    day = slot.start.astimezone(BERLIN).date().isoformat()
    with django_assert_max_num_queries(14):
        response = client.get(f"/en/appointments/staff/office/{office.pk}/?date={day}")
    assert response.content.decode().count("p1") >= 1


def test_other_offices_staff_cannot_see_the_day_view(client: Client) -> None:
    city = City.objects.get(slug="dortmund")
    other = Office.objects.get(city=city, key="jobcenter")
    user = get_user_model().objects.create_user(username="jc", is_staff=True)
    StaffProfile.objects.create(user=user, city=city, role=Role.OFFICE_STAFF, office=other)
    welcome = Office.objects.get(city=city, key="welcome-center")
    client.force_login(user)
    assert client.get(f"/en/appointments/staff/office/{welcome.pk}/").status_code == 404
    anonymous = Client()
    assert anonymous.get(f"/en/appointments/staff/office/{welcome.pk}/").status_code == 302


def test_booking_form_offers_only_the_citys_languages(client: Client) -> None:
    """Issue 21: the e-mail language and the page's language switch list Dortmund's languages;
    Japanese (Düsseldorf's) is not among them."""
    make_slot(make_type(key="lang-type", capacity=2))
    html = client.get("/en/dortmund/appointments/lang-type/").content.decode()
    assert '<option value="bg" lang="bg"' in html
    assert 'value="ja"' not in html and "日本語" not in html
