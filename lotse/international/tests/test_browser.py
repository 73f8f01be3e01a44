"""End to end in headless Chromium: staff log in, record a measurement, the chart changes."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_staff_records_measurement_and_chart_gains_a_point(site, page, django_user_model):
    from lotse.international.services import international_load_city

    international_load_city(slug="dortmund")
    from lotse.core.models import City, Role, StaffProfile

    user = django_user_model.objects.create_user("office", password="pw-12345-x")
    StaffProfile.objects.create(
        user=user, city=City.objects.get(slug="dortmund"), role=Role.CASEWORKER
    )
    project_url = site.url + "/en/dortmund/international/projects/dura-waste-management/"
    page.goto(project_url)
    chart = page.locator("section#residual-waste svg.chart")
    assert chart.get_attribute("data-points") == "2"
    assert chart.locator("circle.point").count() == 2

    page.goto(site.url + "/en/dortmund/international/staff/")
    page.fill("#id_username", "office")
    page.fill("#id_password", "pw-12345-x")
    page.click("form.stack button[type=submit]")
    page.wait_for_url("**/international/staff/")
    page.select_option(
        "#id_goal", label="Example: waste management in Dura – Unsorted residual waste per week (t)"
    )
    page.fill("#id_date", "2026-06-01")
    page.fill("#id_value", "-1")
    page.click("form.staff button[type=submit]")
    assert "must not be negative" in page.locator("form.staff [role=alert]").first.inner_text()

    page.fill("#id_value", "90")
    page.click("form.staff button[type=submit]")
    page.wait_for_url("**/projects/dura-waste-management/**")
    chart = page.locator("section#residual-waste svg.chart")
    assert chart.get_attribute("data-points") == "3"
    assert chart.locator("circle.point").count() == 3
    assert "75 % of the way" in page.locator("section#residual-waste .progress-text").inner_text()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_international_pages_pass_axe(site, page, lang):
    from axe_playwright_python.sync_playwright import Axe

    from lotse.international.services import international_load_city

    international_load_city(slug="dortmund")
    problems = []
    for path in [
        "international/",
        "international/projects/kumasi-climate-adaptation/",
        "associations/",
        "attractions/",
    ]:
        response = page.goto(f"{site.url}/{lang}/dortmund/{path}")
        assert response is not None and response.status == 200, path
        results = Axe().run(page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]})
        problems += [
            f"{path}: {v['id']}"
            for v in results.response["violations"]
            if v["impact"] in {"serious", "critical"}
        ]
    assert problems == []
