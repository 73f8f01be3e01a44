"""Issue 13, items 15–17: no 5xx for any input, JSON 405 with Allow and HEAD under /api/, and
`Cache-Control: no-store` on every response with personal data."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from lotse.appointments import services as booking_services
from lotse.appointments.models import AppointmentType, Mode, Slot
from lotse.catalog.models import Office
from lotse.core.auth import api_token_issue
from lotse.core.models import City, Role, StaffProfile
from lotse.core.tokens import token_hash
from lotse.plans.models import Plan

pytestmark = pytest.mark.django_db
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(autouse=True)
def _fast_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _staff(username: str, role: str, office: str | None = None) -> User:
    user = User.objects.create_user(username=username, password=f"pw-{username}-long-enough")
    city = City.objects.get(slug="dortmund")
    StaffProfile.objects.create(
        user=user,
        city=city,
        role=role,
        office=Office.objects.get(city=city, key=office) if office else None,
    )
    return user


def _bearer(user: User) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {api_token_issue(user=user)}"}


def _error(response) -> dict:
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return response.json()["error"]


PLAN = {"city": "dortmund", "purpose": "work", "citizenship": "IN"}


def _stored_plan(token: str, profile: dict) -> Plan:
    """A plan row as an older version may have stored it (answers not checked again)."""
    plan = Plan.objects.create(
        token_hash=token_hash(token), city=City.objects.get(slug="dortmund"), profile=profile
    )
    plan.token = token
    return plan


# --- 15: no 500 for any input -------------------------------------------------------------------

DEEP = "[" * 5000 + "]" * 5000
JSON_POSTS = [
    ("/api/v1/plan", "profile"),
    ("/api/v1/bookings", "body"),
    ("/api/v1/cases", "body"),
    ("/api/v1/auth/token", "body"),
]


@pytest.mark.parametrize(("url", "field"), JSON_POSTS)
@pytest.mark.parametrize(
    "body",
    [
        '{"a": ' + DEEP + "}",
        '{"annual_salary_eur": NaN, "city": "dortmund"}',
        '{"annual_salary_eur": Infinity, "city": "dortmund"}',
        '{"annual_salary_eur": -Infinity}',
    ],
    ids=["deep", "nan", "infinity", "minus-infinity"],
)
def test_json_bodies_refuse_deep_nesting_and_non_finite_numbers(url, field, body):
    caseworker = _staff("cw-json", Role.CASEWORKER)
    response = Client().post(url, body, content_type="application/json", **_bearer(caseworker))
    assert response.status_code == 400
    assert field in _error(response)["fields"]


LONE = '"Am\\ud800ira"'


@pytest.mark.parametrize(
    ("url", "body", "field"),
    [
        ("/api/v1/plan", '{"city": "dortmund", "purpose": "work", "lang": ' + LONE + "}", "lang"),
        ("/api/v1/bookings", '{"slot": 1, "name": ' + LONE + ', "email": "a@b.de"}', "name"),
        ("/api/v1/auth/token", '{"username": ' + LONE + ', "password": "x"}', "username"),
        ("/api/v1/cases", '{"city": "dortmund", "name": ' + LONE + "}", "name"),
        ("/api/v1/cases", '{"city": "dortmund", "name": "A\\u0000B"}', "name"),
        ("/api/v1/cases", '{"profile": {"x": ["\\udfff"]}}', "profile"),
    ],
)
def test_lone_surrogates_and_nul_in_any_text_field_are_a_400_naming_it(url, body, field):
    caseworker = _staff("cw-text", Role.CASEWORKER)
    response = Client().post(url, body, content_type="application/json", **_bearer(caseworker))
    assert response.status_code == 400
    assert field in _error(response)["fields"]


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize("field", ["today", "arrival_date", "permit_expires"])
def test_plan_dates_at_the_ends_of_the_calendar_are_a_400(day, field):
    response = Client().post("/api/v1/plan", {**PLAN, field: day}, content_type="application/json")
    assert response.status_code == 400
    assert field in _error(response)["fields"]


@pytest.mark.parametrize(
    "answers",
    [
        {"permit_expires": "0001-01-01", "in_germany": True, "current_permit": "eu-blue-card"},
        {"children_ages": [3], "arrival_date": "9999-12-20"},
        {"arrival_date": "9999-12-31", "permit_expires": "9999-12-31", "in_germany": True},
    ],
)
def test_a_plan_stored_with_a_date_at_the_end_of_the_calendar_still_opens(answers):
    """Stored before dates were bounded: its page, its .ics and its API answer (no 500)."""
    plan = _stored_plan("stored-plan-extreme-date-token", {**PLAN, **answers})
    client = Client()
    assert client.get(f"/api/v1/plans/{plan.token}").status_code == 200
    assert client.get(f"/en/dortmund/plan/{plan.token}/").status_code == 200
    assert client.get(f"/en/dortmund/plan/{plan.token}/calendar.ics").status_code == 200


def test_the_planner_clamps_instead_of_overflowing():
    from lotse.plans.planner import _shift

    assert _shift(dt.date(9999, 12, 1), 60, 0) == dt.date.max
    assert _shift(dt.date(1, 1, 5), -30, 0) == dt.date.min
    assert _shift(dt.date(9999, 6, 1), 0, 12) == dt.date.max


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize("param", ["date_from", "date_to"])
def test_slot_list_dates_at_the_ends_of_the_calendar_are_a_400(day, param):
    params = {"city": "dortmund", param: day}
    if param == "date_to":
        params["date_from"] = day
    response = Client().get("/api/v1/slots", params)
    assert response.status_code == 400
    assert set(_error(response)["fields"]) & {"date_from", "date_to"}


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_staff_day_view_survives_dates_at_the_ends_of_the_calendar(day):
    staff = _staff("bd-day", Role.OFFICE_STAFF, "buergerdienste")
    office = Office.objects.get(city__slug="dortmund", key="buergerdienste")
    client = Client()
    client.force_login(staff)
    response = client.get(f"/en/appointments/staff/office/{office.pk}/", {"date": day})
    assert response.status_code == 200


def test_questionnaire_survives_digits_that_int_refuses():
    response = Client().post(
        "/en/dortmund/plan/",
        {"purpose": "work", "citizenship": "IN", "children_ages": "², " + "9" * 5000},
    )
    assert response.status_code in (200, 400)


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/v1/search?city=dort%00mund&q=kita", "city"),
        ("/api/v1/slots?city=dort%00mund", "city"),
        ("/api/v1/cities/dortmund/services?lang=d%00e", "lang"),
    ],
)
def test_nul_in_a_query_parameter_is_a_400_naming_it(url, field):
    """PostgreSQL refuses NUL in any string: it must never reach a query."""
    response = Client().get(url)
    assert response.status_code == 400
    assert field in _error(response)["fields"]


def test_nul_in_a_form_field_is_a_400():
    from lotse.core.models import LoginAttempt

    response = Client().post("/en/staff/login/", {"username": "adm\x00in", "password": "x"})
    assert response.status_code == 400
    assert b"NUL" in response.content
    assert not LoginAttempt.objects.exists()  # never reached the database
    # The search question is the one exception: the search removes control characters itself.
    search = Client().get("/en/dortmund/search/", {"q": "Anmeldung\x00"})
    assert search.status_code == 200


# --- 16: methods and HEAD under /api/ -------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "url", "allow"),
    [
        ("put", "/api/v1/plan", {"POST"}),
        ("get", "/api/v1/plan", {"POST"}),
        ("delete", "/api/v1/cities", {"GET", "HEAD"}),
        ("post", "/api/v1/cities", {"GET", "HEAD"}),
        ("post", "/api/v1/slots", {"GET", "HEAD"}),
        ("patch", "/api/v1/bookings", {"POST"}),
        ("put", "/api/v1/cases", {"POST"}),
        ("post", "/api/v1/tasks", {"GET", "HEAD"}),
        ("patch", "/api/v1/auth/token", {"POST", "DELETE"}),
        ("post", "/api/v1/openapi.json", {"GET", "HEAD"}),
    ],
)
def test_a_method_a_route_does_not_take_is_a_json_405_with_allow(method, url, allow):
    client = Client()
    if method == "get":
        response = client.get(url)
    else:
        response = getattr(client, method)(url, "{}", content_type="application/json")
    assert response.status_code == 405
    assert _error(response)["code"] == "method_not_allowed"
    assert {m.strip() for m in response["Allow"].split(",")} == allow


def test_a_post_to_an_unknown_api_route_is_a_json_404_not_the_csrf_page():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/api/v1/cases/-1/notes", "{}", content_type="application/json")
    assert response.status_code == 404
    assert _error(response)["code"] == "not_found"


def test_a_csrf_failure_under_api_is_json():
    from django.test import RequestFactory

    from lotse.core.views import csrf_failure

    response = csrf_failure(RequestFactory().post("/api/v1/anything"), reason="no token")
    assert response.status_code == 403
    assert json.loads(response.content)["error"]["code"] == "csrf_failed"


@pytest.mark.parametrize(
    "url",
    [
        "/healthz",
        "/readyz",
        "/api/v1/openapi.json",
        "/api/v1/cities",
        "/api/v1/cities/dortmund/services",
        "/api/v1/search?city=dortmund&q=anmelden",
        "/api/v1/slots?city=dortmund",
        "/en/dortmund/",
    ],
)
def test_head_is_answered_wherever_get_is(url):
    client = Client()
    get = client.get(url)
    head = client.head(url)
    assert get.status_code == 200
    assert head.status_code == 200
    assert head.content == b""
    assert head["Content-Type"] == get["Content-Type"]


def test_head_on_a_post_only_route_is_a_405():
    response = Client().head("/api/v1/plan")
    assert response.status_code == 405
    assert "POST" in response["Allow"]


# --- 17: Cache-Control: no-store on personal data ------------------------------------------------


def _no_store(response) -> bool:
    return "no-store" in response.get("Cache-Control", "")


@pytest.fixture
def booking():
    city = City.objects.get(slug="dortmund")
    office = Office.objects.get(city=city, key="buergerdienste")
    type_ = AppointmentType.objects.create(
        city=city, key="hardening-type", office=office, mode=Mode.IN_PERSON,
        names={"en": "Test"}, duration_minutes=30, capacity=2, min_notice_hours=0,
        hours=[{"weekday": d, "opens": "09:00", "closes": "12:00"} for d in range(7)],
    )  # fmt: skip
    start = dt.datetime.combine(
        timezone.localdate() + dt.timedelta(days=3), dt.time(10, 0), tzinfo=BERLIN
    )
    slot = Slot.objects.create(
        type=type_, start=start, end=start + dt.timedelta(minutes=30), capacity=2
    )
    created, token = booking_services.booking_create(
        request=booking_services.BookingRequest(
            slot=slot.pk, name="Amira Example", email="amira@example.org", language="en"
        ),
        address="",
        proof_ok=True,
        base_url="http://testserver",
    )
    return created, token


def test_personal_api_responses_send_no_store(booking):
    caseworker = _staff("cw-cache", Role.CASEWORKER)
    office_staff = _staff("bd-cache", Role.OFFICE_STAFF, "buergerdienste")
    admin = _staff("adm-cache", Role.ADMIN)
    client = Client()
    created = client.post(
        "/api/v1/cases",
        {"city": "dortmund", "name": "Amira", "language": "en", "consent": True,
         "services": ["residence-registration"]},
        content_type="application/json", **_bearer(caseworker),
    )  # fmt: skip
    assert created.status_code == 201 and _no_store(created)
    case_id, task_id = created.json()["id"], created.json()["tasks"][0]["id"]
    booking_obj, token = booking
    plan = client.post("/api/v1/plan", PLAN, content_type="application/json")
    responses = {
        "token": client.post(
            "/api/v1/auth/token",
            {"username": "cw-cache", "password": "pw-cw-cache-long-enough"},
            content_type="application/json",
        ),
        "case": client.get(f"/api/v1/cases/{case_id}", **_bearer(caseworker)),
        "tasks": client.get("/api/v1/tasks", **_bearer(office_staff)),
        "task": client.get(f"/api/v1/tasks/{task_id}", **_bearer(office_staff)),
        "audit": client.get("/api/v1/audit", **_bearer(admin)),
        "plan": plan,
        "booking": client.get(f"/api/v1/bookings/{booking_obj.pk}", HTTP_X_BOOKING_TOKEN=token),
    }
    for name, response in responses.items():
        assert response.status_code in (200, 201), (name, response.content[:200])
        assert _no_store(response), name


def test_personal_pages_send_no_store(booking):
    booking_obj, token = booking
    client = Client()
    plan = _stored_plan("no-store-plan-token", PLAN)
    pages = [
        f"/en/appointments/booking/{booking_obj.pk}/{token}/",
        f"/en/dortmund/plan/{plan.token}/",
        f"/en/dortmund/plan/{plan.token}/calendar.ics",
        "/en/staff/login/",
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert _no_store(response), url
    client.force_login(_staff("bd-pages", Role.OFFICE_STAFF, "buergerdienste"))
    office = Office.objects.get(city__slug="dortmund", key="buergerdienste")
    staff_day = client.get(f"/en/appointments/staff/office/{office.pk}/")
    assert staff_day.status_code == 200 and _no_store(staff_day)


def test_public_pages_and_catalog_api_stay_cacheable():
    client = Client()
    for url in ("/api/v1/cities", "/api/v1/cities/dortmund/services", "/en/dortmund/"):
        response = client.get(url)
        assert response.status_code == 200
        assert not _no_store(response), url
