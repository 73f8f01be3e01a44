"""International staff in German: numbers typed and shown as German writes them, charts whose
labels fit, a CSV for German Excel, and every recorded measurement in the audit log."""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import translation

from lotse.core.models import AuditEvent, City, Role, StaffProfile
from lotse.international import selectors
from lotse.international.charts import WIDTH, goal_chart, text_width
from lotse.international.forms import parse_number
from lotse.international.models import Goal, Measurement


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("1.250", "de", Decimal("1250")),
        ("1.250,50", "de", Decimal("1250.50")),
        ("1250,5", "de", Decimal("1250.5")),
        ("12.5", "de", Decimal("12.5")),
        ("1 250", "de", Decimal("1250")),
        ("1,250", "en", Decimal("1250")),
        ("1,250.50", "en", Decimal("1250.50")),
    ],
)
def test_numbers_are_read_the_way_the_language_writes_them(text, language, expected) -> None:
    assert parse_number(text, language) == expected


@pytest.mark.parametrize("text", ["1.25.0", "abc", "1,2,3", "", "1.2345,6"])
def test_malformed_numbers_are_refused(text) -> None:
    with pytest.raises(ValueError):
        parse_number(text, "de")


@pytest.fixture
def staff(db, dortmund) -> Client:
    user = User.objects.create_user(username="intl")
    StaffProfile.objects.create(
        user=user, city=City.objects.get(slug="dortmund"), role=Role.CASEWORKER
    )
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_a_german_measurement_of_1_250_is_recorded_as_1250_and_logged(staff) -> None:
    goal = Goal.objects.filter(project__city__slug="dortmund").order_by("pk").first()
    assert goal is not None
    response = staff.post(
        "/de/dortmund/international/staff/",
        {"goal": goal.pk, "date": goal.baseline_date.isoformat(), "value": "1.250", "note": ""},
    )
    if response.status_code == 400:  # the baseline day may already hold a measurement
        Measurement.objects.filter(goal=goal, date=goal.baseline_date).delete()
        response = staff.post(
            "/de/dortmund/international/staff/",
            {"goal": goal.pk, "date": goal.baseline_date.isoformat(), "value": "1.250"},
        )
    assert response.status_code in (302, 400)
    recorded = Measurement.objects.filter(goal=goal, value=Decimal("1250")).first()
    assert recorded is not None, response.content.decode()[:3000]
    event = AuditEvent.objects.get(action="measure", object_id=str(recorded.pk))
    assert event.object_type == "measurement" and event.details["goal"] == goal.pk


@pytest.mark.django_db
def test_a_malformed_value_gets_a_german_message(staff) -> None:
    goal = Goal.objects.filter(project__city__slug="dortmund").first()
    assert goal is not None
    response = staff.post(
        "/de/dortmund/international/staff/",
        {"goal": goal.pk, "date": goal.baseline_date.isoformat(), "value": "1.25.0"},
    )
    assert response.status_code == 400
    assert "Geben Sie eine Zahl ein" in response.content.decode()


@pytest.mark.django_db
def test_chart_labels_fit_and_use_one_number_format(dortmund) -> None:
    city = City.objects.get(slug="dortmund")
    for language, grouped in (("de", "."), ("en", ",")):
        with translation.override(language):
            for project in selectors.project_list(city=city):
                for index, goal in enumerate(project.goals):
                    svg = str(goal_chart(goal, language=language, chart_id=f"c{index}"))
                    for x, anchor, label in re.findall(
                        r'<text class="tick" x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)"[^>]*>([^<]*)<',
                        svg,
                    ):
                        width = text_width(label)
                        start = {"start": float(x), "end": float(x) - width,
                                 "middle": float(x) - width / 2}[anchor]  # fmt: skip
                        assert start >= 0 and start + width <= WIDTH, (language, label)
                    big = [v for v in re.findall(r">([\d.,]+)<", svg) if len(v) > 4]
                    other = "," if grouped == "." else "."
                    for value in big:
                        # 1.250 in German, 1,250 in English: never the other grouping.
                        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", value):
                            assert other not in value, (language, value)


@pytest.mark.django_db
def test_projects_csv_is_for_german_excel(client, dortmund) -> None:
    response = client.get("/de/dortmund/international/projects.csv")
    raw = response.content.decode("utf-8")
    assert raw.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(raw[1:]), delimiter=";"))
    assert rows[0][:4] == ["Projekt", "Beispiel", "Partner", "Ziel"]
    assert rows[0][-1] == "Stand"
    states = {row[-1] for row in rows[1:]}
    assert states <= {"im Plan", "gefährdet", "überfällig", "erreicht"}, states
    assert all("." not in row[7] for row in rows[1:])  # the baseline with a German comma
    english = client.get("/en/dortmund/international/projects.csv").content.decode()
    assert not english.startswith("\ufeff") and english.split("\r\n")[0].startswith("project,")


def test_staff_form_page_uses_the_staff_navigation(staff) -> None:
    html = staff.get("/de/dortmund/international/staff/").content.decode()
    assert 'class="staff-nav"' in html and 'data-area="international"' in html
