"""Issue 24 on a phone (390×844), in Chromium: to a confirmed appointment, for a Ukrainian mother
with two children (temporary protection, from the plan) and an English Blue Card engineer (from
the first page through the search and the service page); axe-core clean on every page of the
way. Taps and bytes are metered for `make bench-journeys` (journeys.py)."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail

from lotse.appointments import services
from lotse.appointments.models import Booking
from lotse.appointments.tests.conftest import run_outbox

from .journeys import Meter, phone_context

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


def _serious(page) -> list[str]:
    results = Axe().run(page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]})
    return [
        v["id"] for v in results.response["violations"] if v["impact"] in {"serious", "critical"}
    ]


def _no_sideways_scroll(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"] + 1, width


def _book_on_the_page(page, *, name: str, email: str) -> None:
    """Days first, then the chosen day's times; name and e-mail above the days."""
    name_y = page.locator("#b-name").bounding_box()["y"]
    assert name_y < page.locator("#b-days").bounding_box()["y"]
    assert name_y < PHONE["height"] * 2  # near the top, not 6,000 px down
    page.fill("#b-name", name)
    page.fill("#b-email", email)
    days = page.locator("button[name=day]")
    assert days.count() >= 2
    days.nth(1).click()  # another day: the page keeps what was typed
    page.wait_for_load_state()
    assert page.locator("#b-name").input_value() == name
    assert page.locator("button[name=day][aria-pressed=true]").count() == 1
    assert page.locator("input[name=slot]").count() <= 12
    assert _serious(page) == []
    _no_sideways_scroll(page)
    page.locator("input[name=slot]").first.check()
    page.click("#book-form button[name=hold]")
    page.wait_for_url(re.compile(r"/dortmund/appointments/sent/$"))
    assert email not in page.url
    assert page.locator("#bring-h").count() == 1  # what to bring
    assert page.locator("bdi").count() >= 1  # the office address
    assert _serious(page) == []


def _confirm_from_mail(page, site, email: str, meter: Meter) -> None:
    run_outbox()
    body = next(str(m.body) for m in reversed(mail.outbox) if email in m.to)
    # What to bring and where, in the booker's language (the strings are translated now).
    from django.utils.translation import gettext, override

    with override("uk"):
        bring, address = gettext("Please bring:"), gettext("Address:")
    assert bring != "Please bring:"
    assert bring in body or address in body
    link = re.search(r"https?://\S+/appointments/booking/\d+/\S+/", body)
    assert link is not None
    meter.tap_outside()  # the link in the mail
    page.goto(link.group(0).replace("http://testserver", site.url))
    page.click("#confirm")
    page.wait_for_url(re.compile(r"done=confirmed"))
    assert page.locator("#status").get_attribute("data-status") == "confirmed"
    assert _serious(page) == []


def test_uk_temporary_protection_with_two_children_books_from_the_plan(
    browser, site, settings
) -> None:
    settings.LOTSE_POW_DIFFICULTY = 8
    services.appointment_types_load(city_slug="dortmund")
    mail.outbox.clear()
    meter = Meter("uk mother of two, plan → booking")
    context = phone_context(browser, locale="uk-UA", meter=meter)
    page = context.new_page()
    page.goto(f"{site.url}/uk/dortmund/plan/")
    assert _serious(page) == []
    page.select_option("#citizenship", "UA")
    page.check("#purpose-protection")
    page.check("#in_germany-yes")
    page.fill("#arrival_date", "2026-11-01")
    page.fill("#children_ages", "3, 8")
    page.locator("form.questions button[type=submit]").click()
    page.wait_for_url(re.compile(r"/uk/dortmund/plan/[\w-]{32,}/$"))
    plan_url = page.url
    order = [el.get_attribute("id") for el in page.locator("ol.plan > li").element_handles()]
    assert order.index("step-temporary-protection") < order.index("step-broadcasting-fee")
    assert order.index("step-daycare-place") < order.index("step-broadcasting-fee")
    assert _serious(page) == []
    _no_sideways_scroll(page)
    # The menu item opens the saved plan on this device.
    with meter.aside():
        page.goto(f"{site.url}/uk/dortmund/plan/")
        assert page.url == plan_url
    page.locator("#step-temporary-protection a.btn").click()
    page.wait_for_url(re.compile(r"/uk/dortmund/appointments/residence-permit/\?plan="))
    _book_on_the_page(page, name="Олена Коваль", email="olena@example.org")
    booking = Booking.objects.get(email="olena@example.org")
    assert booking.plan_step == "temporary-protection"
    _confirm_from_mail(page, site, "olena@example.org", meter)
    meter.report()
    with meter.aside():
        page.goto(plan_url)
        assert page.locator("#step-temporary-protection .booked").count() == 1
    context.close()


def test_en_blue_card_engineer_books_from_the_service_page(browser, site, settings) -> None:
    settings.LOTSE_POW_DIFFICULTY = 8
    services.appointment_types_load(city_slug="dortmund")
    mail.outbox.clear()
    meter = Meter("en Blue Card engineer, search → service page → booking")
    context = phone_context(browser, locale="en-GB", meter=meter)
    page = context.new_page()
    # From the first page: the city, then "blue card" in the search box.
    page.goto(f"{site.url}/")
    assert page.url == f"{site.url}/en/"
    page.locator("main a[href='/en/dortmund/']").click()
    page.wait_for_url(f"{site.url}/en/dortmund/")
    page.fill("#top-q", "blue card")
    page.click(".ask-top button[type=submit]")
    page.wait_for_url(re.compile(r"/en/dortmund/search/\?q="))
    page.locator("#ask-results a.card[href='/en/dortmund/services/eu-blue-card/']").click()
    page.wait_for_url(f"{site.url}/en/dortmund/services/eu-blue-card/")
    assert _serious(page) == []
    page.locator("#h-book ~ p a.btn").first.click()
    page.wait_for_url(re.compile(r"/en/dortmund/appointments/residence-permit/$"))
    # Switching the language keeps what was typed. (A check, not a step the journey needs.)
    page.fill("#b-name", "Priya Sharma")
    page.fill("#b-email", "priya@example.org")
    with meter.aside():
        page.select_option("#b-switch", "de")
        page.click("button[name=switch_lang]")
        page.wait_for_url(re.compile(r"/de/dortmund/appointments/residence-permit/$"))
        assert page.locator("#b-email").input_value() == "priya@example.org"
        page.select_option("#b-switch", "en")
        page.click("button[name=switch_lang]")
        page.wait_for_url(re.compile(r"/en/dortmund/appointments/residence-permit/$"))
    _book_on_the_page(page, name="Priya Sharma", email="priya@example.org")
    # Back, then "Hold this time" again: no second hold. (A slip, not part of the journey.)
    with meter.aside():
        page.go_back()
        page.wait_for_load_state()
        if page.locator("input[name=slot]:checked").count() == 0:
            page.locator("input[name=slot]").first.check()
        page.click("#book-form button[name=hold]")
        page.wait_for_load_state()
    assert Booking.objects.filter(email="priya@example.org").count() == 1
    _confirm_from_mail(page, site, "priya@example.org", meter)
    meter.report()
    context.close()
