"""Portal pages: overview, project page with SVG charts, exports, associations search,
attractions bundle with JSON-LD, and the staff measurement form."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from django.conf import settings

from lotse.core.testing import city_file_languages
from lotse.international.models import Goal


@pytest.mark.django_db
def test_overview_lists_partnerships_and_projects(client, dortmund, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        response = client.get("/en/dortmund/international/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Rostov-on-Don" in html and "paused" in html
    assert "Example with made-up numbers" in html


@pytest.mark.django_db
def test_project_page_has_accessible_chart_and_data_table(client, dortmund):
    html = client.get(
        "/en/dortmund/international/projects/kumasi-climate-adaptation/"
    ).content.decode()
    assert html.count('role="img"') >= 2
    assert '<title id="chart-0-t">Shade trees planted in Kumasi</title>' in html
    assert '<desc id="chart-0-d">' in html
    assert 'data-points="3"' in html
    assert html.count('class="measurement"') == 5  # 3 + 2 measurements as a table


@pytest.mark.django_db
def test_exports_contain_every_goal(client, dortmund):
    goals = Goal.objects.filter(project__city=dortmund).count()
    text = client.get("/en/dortmund/international/projects.csv").content.decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == goals
    assert {r["state"] for r in rows} <= {"on track", "at risk", "overdue", "reached"}
    data = client.get("/en/dortmund/international/projects.json").json()
    assert sum(len(p["goals"]) for p in data["projects"]) == goals


@pytest.mark.django_db
def test_association_search_finds_by_partner_city_in_any_language(client, dortmund):
    html = client.get("/en/dortmund/associations/?q=Schytomyr").content.decode()
    assert "Grenzenlose Wärme" in html and "Auslandsgesellschaft" not in html
    html = client.get("/en/dortmund/associations/?q=nothing-matches").content.decode()
    assert "No association matches" in html


@pytest.mark.django_db
def test_attractions_page_has_schema_org_jsonld_allowed_by_csp(client, dortmund):
    response = client.get("/de/dortmund/attractions/")
    html = response.content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match
    data = json.loads(match.group(1))
    types = {item["item"]["@type"] for item in data["itemListElement"]}
    assert types == {"Museum", "TouristAttraction"}
    assert "Deutsches Fußballmuseum" in html
    # No executable inline script: the only inline <script> is the JSON-LD data block.
    assert len(re.findall(r"<script(?![^>]*\bsrc=)", html)) == 1
    assert "script-src 'self'" in response["Content-Security-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", city_file_languages("dortmund"))
def test_attraction_titles_show_in_each_language(client, dortmund, lang):
    response = client.get(f"/{lang}/dortmund/attractions/")
    assert response.status_code == 200


def _staff(django_user_model, username, role=None, city="dortmund", office=None, **extra):
    from lotse.catalog.models import Office
    from lotse.core.models import City, StaffProfile

    user = django_user_model.objects.create_user(username, password="pw-12345-x", **extra)
    if role is not None:
        city_obj = City.objects.get(slug=city)
        StaffProfile.objects.create(
            user=user,
            city=city_obj,
            role=role,
            office=Office.objects.get(city=city_obj, key=office) if office else None,
        )
    return user


@pytest.mark.django_db
def test_staff_page_sends_anonymous_visitors_to_the_staff_login(client, dortmund):
    response = client.get("/en/dortmund/international/staff/")
    assert response.status_code == 302
    assert response["Location"].startswith(settings.LOGIN_URL)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "city", "office", "is_staff", "expected"),
    [
        (None, "dortmund", None, False, 403),
        (None, "dortmund", None, True, 403),  # is_staff alone is no role
        ("office_staff", "dortmund", "buergerdienste", True, 403),
        ("office_lead", "dortmund", "migration-office", True, 403),
        ("caseworker", "musterstadt", None, True, 403),  # another city's staff
        ("admin", "musterstadt", None, True, 403),
        ("caseworker", "dortmund", None, False, 200),
        ("admin", "dortmund", None, False, 200),
    ],
)
def test_staff_page_role_matrix_follows_the_permission_policy(
    client, dortmund, django_user_model, role, city, office, is_staff, expected
):
    _staff(django_user_model, "u1", role, city, office, is_staff=is_staff)
    client.login(username="u1", password="pw-12345-x")
    assert client.get("/en/dortmund/international/staff/").status_code == expected
    goal = Goal.objects.get(project__key="dura-waste-management", key="residual-waste")
    response = client.post(
        "/en/dortmund/international/staff/",
        {"goal": goal.pk, "date": "2026-06-01", "value": "80"},
    )
    assert response.status_code == (302 if expected == 200 else 403)
    assert goal.measurements.count() == (3 if expected == 200 else 2)


@pytest.fixture
def staff_client(client, django_user_model):
    _staff(django_user_model, "office", "caseworker")
    client.login(username="office", password="pw-12345-x")
    return client


@pytest.mark.django_db
def test_staff_records_measurement_and_progress_changes(staff_client, dortmund):
    goal = Goal.objects.get(project__key="dura-waste-management", key="residual-waste")
    response = staff_client.post(
        "/en/dortmund/international/staff/",
        {"goal": goal.pk, "date": "2026-06-01", "value": "80"},
    )
    assert response.status_code == 302
    html = staff_client.get(response["Location"]).content.decode()
    assert 'data-points="3"' in html and "100 % of the way" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("value", "date", "message"),
    [
        ("-3", "2026-01-01", "must not be negative"),
        ("10", "2099-01-01", "lies in the future"),
        ("10", "2020-01-01", "before the goal"),
        ("10", "2025-12-31", "already is a measurement"),
    ],
)
def test_staff_form_shows_clear_errors(staff_client, dortmund, value, date, message):
    goal = Goal.objects.get(project__key="dura-waste-management", key="residual-waste")
    response = staff_client.post(
        "/en/dortmund/international/staff/", {"goal": goal.pk, "date": date, "value": value}
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert goal.measurements.count() == 2
