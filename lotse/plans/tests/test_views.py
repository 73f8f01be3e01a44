"""Portal pages: questionnaire, private plan page with ticks (no JS needed), calendar file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lotse.core.tokens import token_hash
from lotse.plans.models import Plan

pytestmark = pytest.mark.django_db

ANSWERS = {
    "citizenship": "IN",
    "purpose": "work",
    "qualification": "academic",
    "job_offer": "on",
    "annual_salary_eur": "60000",
    "in_germany": "no",
    "arrival_date": "2027-01-15",
    "children_ages": "2, 7",
    "drives_car": "on",
}


def make_plan(client, lang="en", **changes):
    response = client.post(f"/{lang}/dortmund/plan/", {**ANSWERS, **changes})
    assert response.status_code == 303, response.content[:2000]
    plan = Plan.objects.order_by("-id").first()
    assert plan is not None
    plan.token = response["Location"].rstrip("/").rsplit("/", 1)[-1]  # only the link has it
    return plan, response["Location"]


@pytest.mark.parametrize("lang", ["de", "en", "ar"])
def test_questionnaire_has_at_most_eight_questions_as_fieldsets(client, lang):
    response = client.get(f"/{lang}/dortmund/plan/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 1 <= html.count("<fieldset") <= 8
    assert html.count("<legend") == html.count("<fieldset")
    assert f'<html lang="{lang}"' in html
    assert "<script" not in html.split("</head>")[1], "the form needs no JavaScript"


def test_questionnaire_labels_are_translated(client):
    german = client.get("/de/dortmund/plan/").content.decode()
    arabic = client.get("/ar/dortmund/plan/").content.decode()
    assert "Warum kommen Sie nach Deutschland?" in german
    assert "لماذا تأتي إلى ألمانيا؟" in arabic


def test_submitting_answers_stores_them_under_an_unguessable_link(client):
    plan, location = make_plan(client)
    assert location == f"/en/dortmund/plan/{plan.token}/"
    assert len(plan.token) >= 32
    # The database keeps only the token's hash: a copy of it opens no plan.
    assert plan.token_hash == token_hash(plan.token)
    assert not Plan.objects.filter(token_hash=plan.token).exists()
    assert plan.token not in str(Plan.objects.values_list().get(pk=plan.pk))
    assert plan.profile["citizenship"] == "IN"
    assert plan.profile["children_ages"] == [2, 7]
    assert plan.profile["in_germany"] is False


def test_plan_page_lists_steps_with_due_dates_and_service_links(client):
    plan, location = make_plan(client)
    response = client.get(location)
    html = response.content.decode()
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    assert 'href="/en/dortmund/services/eu-blue-card/"' in html
    assert '<time datetime="2026-10-22">' in html  # visa: 12 weeks of processing before arrival
    assert html.index("National visa") < html.index("EU Blue Card")
    assert f"/en/dortmund/plan/{plan.token}/calendar.ics" in html


def test_ticks_are_saved_by_a_plain_form_post_and_shown_after_reload(client):
    plan, location = make_plan(client)
    response = client.post(location, {"done": ["visa-national", "not-a-step"]})
    assert response.status_code == 303
    plan.refresh_from_db()
    assert plan.done == ["visa-national"]
    html = client.get(location).content.decode()
    assert re.search(r'value="visa-national" checked', html)
    assert not re.search(r'value="eu-blue-card" checked', html)


def test_ticks_can_be_saved_by_fetch_with_a_json_answer(client):
    _plan, location = make_plan(client)
    response = client.post(
        location, {"done": ["eu-blue-card"]}, headers={"Accept": "application/json"}
    )
    assert response.json() == {"done": ["eu-blue-card"]}


def test_ticks_need_the_csrf_token():
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    _plan, location = make_plan(strict.__class__())
    assert strict.post(location, {"done": ["visa-national"]}).status_code == 403


def test_the_same_plan_reads_in_another_language(client):
    plan, _location = make_plan(client)
    html = client.get(f"/ar/dortmund/plan/{plan.token}/").content.decode()
    assert 'dir="rtl"' in html
    assert "البطاقة الزرقاء" in html


def test_invalid_answers_rerender_the_form_with_errors_and_keep_values(client):
    response = client.post(
        "/en/dortmund/plan/", {**ANSWERS, "arrival_date": "2027-02-30", "children_ages": "two"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Please enter the ages as numbers" in html
    assert 'value="60000"' in html
    assert Plan.objects.count() == 0
    response = client.post("/en/dortmund/plan/", {**ANSWERS, "arrival_date": "2027-02-30"})
    assert "Please enter a valid date." in response.content.decode()


def test_missing_purpose_is_reported(client):
    answers = {k: v for k, v in ANSWERS.items() if k != "purpose"}
    response = client.post("/en/dortmund/plan/", answers)
    assert response.status_code == 400
    assert "Please choose why you are coming." in response.content.decode()


def test_other_country_is_planned_like_a_state_outside_the_eu(client):
    plan, location = make_plan(client, citizenship="other")
    assert "citizenship" not in plan.profile
    assert "eu-blue-card" in client.get(location).content.decode()


def test_unknown_token_or_wrong_city_is_404(client):
    plan, _location = make_plan(client)
    assert client.get("/en/dortmund/plan/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/").status_code == 404
    assert client.get(f"/en/musterstadt/plan/{plan.token}/").status_code == 404


def test_calendar_export_is_an_ics_file_with_one_event_per_due_step(client):
    _plan, location = make_plan(client)
    response = client.get(location + "calendar.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert body.count("BEGIN:VEVENT") == len(
        re.findall(r"<time datetime=", client.get(location).content.decode())
    )
    assert "DTSTART;VALUE=DATE:20261022" in body  # visa: 12 weeks before 2027-01-14


def test_employer_questionnaire_makes_a_plan_from_the_company_side(client):
    response = client.get("/en/dortmund/plan/employer/")
    assert response.status_code == 200
    assert 'name="purpose"' not in response.content.decode()
    response = client.post(
        "/en/dortmund/plan/employer/",
        {"citizenship": "PH", "qualification": "vocational", "in_germany": "no"},
    )
    assert response.status_code == 303
    plan = Plan.objects.get()
    assert plan.profile["perspective"] == "employer"
    html = client.get(response["Location"]).content.decode()
    assert "Steps for your company" in html
    assert "/services/accelerated-skilled-worker-procedure/" in html
    assert "/services/residence-registration/" not in html


def test_plan_page_runs_a_fixed_number_of_queries(client):
    _plan, location = make_plan(client)
    client.get(location)
    with CaptureQueriesContext(connection) as few:
        client.get(location)
    _other, other_location = make_plan(
        client, children_ages="1, 2, 3, 4, 5, 6, 7, 8", spouse_coming="on"
    )
    with CaptureQueriesContext(connection) as many:
        client.get(other_location)
    assert len(many) == len(few)
    assert len(few) <= 20


def test_plan_page_with_its_css_and_js_stays_under_60_kb(client):
    from django.contrib.staticfiles import finders

    _plan, location = make_plan(client, children_ages="1, 7", spouse_coming="on")
    html = client.get(location).content
    assets = [
        finders.find(name) for name in ("portal/lotse.css", "plans/plans.css", "plans/plan.js")
    ]
    total = len(html) + sum(Path(a).stat().st_size for a in assets)
    assert total < 60 * 1024, total


def test_plan_page_offers_read_aloud_without_reading_the_private_link(client):
    _plan, location = make_plan(client)
    html = client.get(location).content.decode()
    assert '<p class="read-aloud" hidden><button type="button" data-read-aloud' in html
    assert '<script src="/static/portal/read-aloud.js" defer></script>' in html
    assert '<div class="plan-link no-print" data-no-read>' in html


def test_plan_steps_name_the_responsible_office_from_the_catalog(client):
    """Issue 22: the accelerated procedure goes to ZFE NRW; the plan shows the catalog's office
    for each step instead of a rule's own (once wrong) words."""
    response = client.post(
        "/en/dortmund/plan/employer/",
        {"citizenship": "PH", "qualification": "vocational", "in_germany": "no"},
    )
    html = client.get(response["Location"]).content.decode()
    step = html[html.index('id="step-accelerated-skilled-worker-procedure"') :]
    step = step[: step.index("</li>")]
    assert "Responsible:" in step
    assert "Central Office for Skilled Immigration NRW" in step
    assert "Migration Office" not in step and "immigration office" not in step.lower()


def test_german_level_is_asked_stored_and_prefilled(client):
    plan, _location = make_plan(client, german_level="B1")
    assert Plan.objects.get(pk=plan.pk).profile["german_level"] == "B1"
    edit = client.get(f"/en/dortmund/plan/{plan.token}/edit/").content.decode()
    assert '<option value="B1" selected>' in edit


def test_employer_view_asks_the_persons_german_level(client):
    html = client.get("/de/dortmund/plan/employer/").content.decode()
    assert 'name="german_level"' in html
    assert "Deutschkenntnisse der Person" in html


def test_an_unknown_german_level_is_a_form_error_not_a_crash(client):
    response = client.post("/en/dortmund/plan/", {**ANSWERS, "german_level": "Z9"})
    assert response.status_code == 400
    assert "Please choose a level from the list." in response.content.decode()


def test_questions_about_living_here_show_only_when_relevant_without_javascript(client):
    """The permit question and "since when" are marked `if-here`; the stylesheet hides them
    while "Not yet" is chosen (CSS :has(), no script; older browsers show everything)."""
    html = client.get("/en/dortmund/plan/").content.decode()
    assert '<fieldset id="q-current_permit" class="if-here">' in html
    assert "Since when have you lived in Germany?" in html
    css = (Path(__file__).parents[1] / "static/plans/plans.css").read_text()
    assert ".questions:has(#in_germany-no:checked) .if-here" in css


def test_plan_page_shows_from_when(client):
    import datetime as dt

    from django.utils import timezone

    arrived = timezone.localdate() - dt.timedelta(days=200)
    _plan, location = make_plan(
        client,
        in_germany="yes",
        arrival_date=arrived.isoformat(),
        current_permit="eu-blue-card",
        german_level="A2",
    )
    html = client.get(location).content.decode()
    assert 'class="earliest"' in html
    assert "if your German reaches level B1" in html


def test_the_legal_basis_kept_in_english_is_marked_as_english(client):
    """Issue 24: the rules' legal-basis lines exist in English only; on an Arabic plan they are
    marked `lang="en"` (left to right), so screen readers read them as English (WCAG 3.1.2)."""
    _plan, location = make_plan(client, lang="ar")
    html = client.get(location).content.decode()
    assert '<details class="basis">' in html
    basis = html.split('<details class="basis">', 1)[1].split("</details>", 1)[0]
    assert '<span class="legal" lang="en" dir="ltr">' in basis
