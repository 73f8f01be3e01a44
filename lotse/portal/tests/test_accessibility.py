"""WCAG 2.1 AA: axe-core in headless Chromium finds no serious or critical violations."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

PAGES = [
    "/{lang}/dortmund/",
    "/{lang}/dortmund/services/residence-registration/",
    "/{lang}/dortmund/offices/migration-office/",
]


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_home_service_and_office_pages_pass_axe(site, page, lang):
    axe = Axe()
    problems = []
    for template in PAGES:
        url = site.url + template.format(lang=lang)
        response = page.goto(url)
        assert response is not None and response.status == 200, url
        assert page.locator("html").get_attribute("lang") == lang
        results = axe.run(page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]})
        for violation in results.response["violations"]:
            if violation["impact"] in {"serious", "critical"}:
                targets = [node["target"] for node in violation["nodes"]][:3]
                problems.append(f"{template.format(lang=lang)}: {violation['id']} {targets}")
    assert problems == []


def test_arabic_pages_render_right_to_left(site, page):
    page.goto(site.url + "/ar/dortmund/services/residence-registration/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    direction = page.evaluate("getComputedStyle(document.body).direction")
    assert direction == "rtl"


def test_language_switcher_works_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + "/de/dortmund/services/residence-registration/")
    page.locator("summary").first.click()
    page.get_by_role("link", name="Українська").click()
    assert page.url.endswith("/uk/dortmund/services/residence-registration/")
    assert page.locator("html").get_attribute("lang") == "uk"
    context.close()
