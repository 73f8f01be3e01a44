"""The audit log page: structured, case-insensitive filters, a date range, paging, CSV for
German Excel, German action names, page views of lists hidden unless asked for, own city only."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from lotse.core.audit import Action, audit_record
from lotse.core.models import AuditEvent, City, Role, StaffProfile

pytestmark = pytest.mark.django_db


def _staff(name: str, role: str, city: str = "dortmund") -> User:
    user = User.objects.create_user(username=name)
    StaffProfile.objects.create(user=user, city=City.objects.get(slug=city), role=role)
    return user


@pytest.fixture
def log():
    admin = _staff("Admin.Dortmund", Role.ADMIN)
    clerk = _staff("Sachbearbeiterin", Role.CASEWORKER)
    other = _staff("muster-admin", Role.ADMIN, "musterstadt")
    dortmund = City.objects.get(slug="dortmund").pk
    audit_record(actor=clerk, action=Action.CHECK_IN, object_type="booking", object_id=7)
    audit_record(actor=clerk, action=Action.NO_SHOW, object_type="booking", object_id=8)
    audit_record(actor=clerk, action=Action.LIST, object_type="task_list", object_id="-",
                 reason="task list")  # fmt: skip
    AuditEvent.objects.create(
        at=timezone.now() - dt.timedelta(days=40), city_id=dortmund, actor=clerk,
        actor_label=clerk.username, action=Action.READ, object_type="case", object_id="3",
        reason="own cases",
    )  # fmt: skip
    audit_record(actor=other, action=Action.READ, object_type="case", object_id=99)
    client = Client()
    client.force_login(admin)
    return {"client": client, "dortmund": dortmund}


def _rows(html: str) -> int:
    return html.count('<td data-action="')


def test_actions_are_german_and_check_in_differs_from_no_show(log) -> None:
    html = log["client"].get("/de/staff/audit-log/").content.decode()
    assert "eingecheckt" in html and "als nicht erschienen vermerkt" in html
    assert 'data-action="update"' not in html
    assert "Termin 7" in html  # the object type's name, not "booking"
    assert "muster-admin" not in html  # another city's events stay out


def test_page_views_are_hidden_unless_asked_for(log) -> None:
    client = log["client"]
    assert 'data-action="list"' not in client.get("/de/staff/audit-log/").content.decode()
    shown = client.get("/de/staff/audit-log/?page_views=1").content.decode()
    assert 'data-action="list"' in shown and "Aufgabenliste" in shown


def test_filters_are_case_insensitive_and_structured(log) -> None:
    client = log["client"]
    html = client.get("/de/staff/audit-log/?actor=sachBEARB&action=no_show").content.decode()
    assert _rows(html) == 1 and 'data-action="no_show"' in html
    html = client.get("/de/staff/audit-log/?object_type=BOOKING&object_id=7").content.decode()
    assert _rows(html) == 1


def test_date_range_in_the_city_s_days(log) -> None:
    client = log["client"]
    today = timezone.localdate()
    html = client.get(f"/de/staff/audit-log/?from={today.isoformat()}").content.decode()
    recent = _rows(html)
    assert "eigene Fälle" not in html  # the 40-day-old read is outside the range
    month_ago = (today - dt.timedelta(days=45)).isoformat()
    earlier = (today - dt.timedelta(days=35)).isoformat()
    html = client.get(f"/de/staff/audit-log/?from={month_ago}&to={earlier}").content.decode()
    assert _rows(html) == 1 and "eigene Fälle" in html
    assert recent >= 2
    bad = client.get("/de/staff/audit-log/?from=gestern")
    assert bad.status_code == 400 and "Geben Sie ein Datum" in bad.content.decode()
    reversed_range = client.get(f"/de/staff/audit-log/?from={today}&to={month_ago}")
    assert reversed_range.status_code == 400


def test_paging_50_per_page(log) -> None:
    clerk = User.objects.get(username="Sachbearbeiterin")
    for i in range(60):
        audit_record(actor=clerk, action=Action.READ, object_type="case", object_id=i)
    client = log["client"]
    first = client.get("/de/staff/audit-log/").content.decode()
    assert _rows(first) == 50 and 'rel="next"' in first and "Seite 1 von 2" in first
    second = client.get("/de/staff/audit-log/?page=2").content.decode()
    assert _rows(second) == 63 - 50 and 'rel="prev"' in second


def test_csv_export_for_german_excel_is_itself_logged(log) -> None:
    response = log["client"].get("/de/staff/audit-log/?action=check_in&format=csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert rows[0][:3] == ["Wann", "Wer", "Was"]
    assert len(rows) == 2 and rows[1][2] == "eingecheckt"
    assert AuditEvent.objects.filter(action="export", object_type="audit").exists()


def test_only_the_audit_role_may_open_it(log) -> None:
    clerk = User.objects.get(username="Sachbearbeiterin")
    client = Client()
    client.force_login(clerk)
    assert client.get("/de/staff/audit-log/").status_code == 403
    assert Client().get("/de/staff/audit-log/").status_code == 302
