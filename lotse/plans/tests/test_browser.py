"""End to end in headless Chromium, with and without JavaScript, in German, English, Arabic:
fill the questionnaire, get the plan, tick a step, reload the private link, the tick stays."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser


def fill_questionnaire(page, base: str, lang: str) -> None:
    page.goto(f"{base}/{lang}/dortmund/plan/")
    assert page.locator("html").get_attribute("lang") == lang
    page.select_option("#citizenship", "IN")
    page.check("#purpose-work")
    page.check("#qualification-academic")
    page.check("#job_offer")
    page.fill("#annual_salary_eur", "60000")
    page.fill("#arrival_date", "2027-01-15")
    page.fill("#children_ages", "4")
    page.locator("form.questions button[type=submit]").click()
    page.wait_for_url(re.compile(rf"/{lang}/dortmund/plan/[\w-]{{32,}}/$"))


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", ["de", "en", "ar"])
def test_questionnaire_to_plan_and_ticks_survive_a_reload(browser, site, lang, javascript):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    fill_questionnaire(page, site.url, lang)
    link = page.url
    assert page.locator("ol.plan > li").count() >= 8
    assert page.locator("#step-eu-blue-card").count() == 1
    box = page.locator("#done-visa-national")
    assert not box.is_checked()
    box.check()
    if javascript:
        page.locator(".plan-form[data-last-saved]").wait_for(state="attached")
    else:
        page.locator(".plan-form button[type=submit]").click()
        page.wait_for_url(re.compile(r"\?saved=1$"))
    page.goto(link)
    assert page.locator("#done-visa-national").is_checked()
    assert not page.locator("#done-eu-blue-card").is_checked()
    if lang == "ar":
        assert page.locator("html").get_attribute("dir") == "rtl"
    context.close()


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_questionnaire_and_plan_pass_axe(browser, site, lang):
    context = browser.new_context()
    page = context.new_page()
    axe = Axe()
    problems = []
    fill_questionnaire(page, site.url, lang)
    for url in (
        f"{site.url}/{lang}/dortmund/plan/",
        page.url,
        f"{site.url}/{lang}/dortmund/plan/employer/",
    ):
        page.goto(url)
        results = axe.run(page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]})
        for violation in results.response["violations"]:
            if violation["impact"] in {"serious", "critical"}:
                problems.append(
                    f"{url}: {violation['id']} {[n['target'] for n in violation['nodes']][:3]}"
                )
    context.close()
    assert problems == []


def test_calendar_link_downloads_an_ics_file(browser, site):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    fill_questionnaire(page, site.url, "en")
    with page.expect_download() as info:
        page.get_by_text("Deadlines for your calendar (.ics)").click()
    path = info.value.path()
    text = path.read_bytes().decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert "BEGIN:VEVENT" in text
    context.close()


def test_a_tick_that_cannot_be_saved_says_so_next_to_the_tick(browser, site):
    """Issue 24: offline, a tick must not look saved; the error sits beside the tick, not only
    at the save button thousands of pixels below."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="uk-UA")
    page = context.new_page()
    fill_questionnaire(page, site.url, "uk")
    context.set_offline(True)
    page.locator("#done-visa-national").check()
    status = page.locator("#done-visa-national-status")
    status.filter(has_text=re.compile(r"\S")).wait_for(timeout=10000)
    failed = page.locator(".plan-form").get_attribute("data-failed")
    assert status.inner_text() == failed
    tick_y = page.locator("#done-visa-national").bounding_box()["y"]
    assert abs(status.bounding_box()["y"] - tick_y) < 120  # beside the tick, not far below
    assert page.locator("#done-visa-national").get_attribute("aria-describedby") == (
        "done-visa-national-status"
    )
    context.set_offline(False)
    context.close()
