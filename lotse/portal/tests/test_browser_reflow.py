"""Issue 24 on a phone: the city home is short (it was 18,500 px tall with repeated lists), and at
200 % zoom the header fits the screen and no page scrolls sideways."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


def test_city_home_on_a_phone_is_short(browser, site):
    context = browser.new_context(viewport=PHONE, locale="uk-UA")
    page = context.new_page()
    page.goto(f"{site.url}/uk/dortmund/")
    height = page.evaluate("document.documentElement.scrollHeight")
    print(f"city home height on a 390 px phone: {height} px")
    assert height < 3000, height
    context.close()


# A 390 px phone at 200 % zoom: 195 × 422 CSS px, two device pixels per CSS px.
ZOOMED = {"width": 195, "height": 422}


def _reflows(page, url: str) -> None:
    header = page.evaluate("document.querySelector('header.top').getBoundingClientRect().height")
    assert header <= ZOOMED["height"], f"{url}: header {header} px"
    width = page.evaluate("document.scrollingElement.scrollWidth")
    client = page.evaluate("document.scrollingElement.clientWidth")
    assert width <= client, f"{url}: {width} px wide in {client} px"


def test_at_200_percent_zoom_header_fits_and_nothing_scrolls_sideways(browser, site, settings):
    """Issue 24: at 200 % zoom the header was taller than the screen (600 px in 422) and pages
    with long German compound words ("Berufsqualifikationsfeststellungsgesetz") scrolled
    sideways. City page, service page, booking form, questionnaire and plan, in German,
    Ukrainian (the longest menu) and Arabic (right to left)."""
    from lotse.appointments import services

    services.appointment_types_load(city_slug="dortmund")
    for lang in ("de", "uk", "ar"):
        context = browser.new_context(viewport=ZOOMED, device_scale_factor=2, locale=lang)
        page = context.new_page()
        for path in (
            "",
            "services/accelerated-skilled-worker-procedure/",
            "services/recognition-of-qualifications/",
            "appointments/residence-permit/",
            "plan/",
        ):
            url = f"{site.url}/{lang}/dortmund/{path}"
            page.goto(url)
            _reflows(page, url)
        # The menu is collapsed; opened, its links wrap inside the screen.
        menu = page.locator("details.menu")
        assert menu.get_attribute("open") is None
        page.locator("details.menu > summary").click()
        assert page.locator("nav.sections a").first.is_visible()
        width = page.evaluate("document.scrollingElement.scrollWidth")
        assert width <= page.evaluate("document.scrollingElement.clientWidth")
        # The plan itself (a long list of steps with long titles).
        page.select_option("#citizenship", "IN")
        page.check("#purpose-work")
        page.check("#in_germany-yes")
        page.fill("#arrival_date", "2026-10-01")
        page.fill("#children_ages", "3")
        page.locator("form.questions button[type=submit]").click()
        page.wait_for_url(re.compile(rf"/{lang}/dortmund/plan/[\w-]{{32,}}/$"))
        _reflows(page, page.url)
        context.close()


def test_the_menu_is_open_on_a_wide_screen(browser, site):
    """Collapsing is for phones: on a desktop the menu shows its links without a tap."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="de-DE")
    page = context.new_page()
    page.goto(f"{site.url}/de/dortmund/")
    assert page.locator("nav.sections a[href='/de/dortmund/plan/']").is_visible()
    assert not page.locator("details.menu > summary").is_visible()
    context.close()
