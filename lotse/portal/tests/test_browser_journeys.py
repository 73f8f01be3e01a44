"""Issue 24 on a phone (390×844), in Chromium, from the first page: an Arabic student whose
permit runs out knocks on the virtual office from the plan; a Turkish worker who types with
typos finds the registration and books it; a Romanian EU citizen books the registration from
the entry point. Every page in the person's language, no English left, axe-core clean, no
sideways scrolling; a server-side error named and linked at its field, nothing typed lost;
the address and what to bring on the confirmation. (uk and en: test_browser_flow.py.)"""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone
from django.utils.translation import gettext, override

from lotse.appointments import services
from lotse.appointments.models import Booking
from lotse.appointments.services.staff import presence_set, queue_admit_next
from lotse.appointments.tests.conftest import run_outbox
from lotse.catalog.models import Office
from lotse.core.models import City, Role, StaffProfile

from .journeys import PHONE, Meter, english_on_page, no_sideways_scroll, phone_context, serious

pytestmark = pytest.mark.browser
BOUND_SECONDS = 60


def _page_is_right(page, language: str, *, rtl: bool = False) -> None:
    """The checks every page of a journey gets."""
    assert page.locator("html").get_attribute("lang") == language, page.url
    assert page.locator("html").get_attribute("dir") == ("rtl" if rtl else "ltr"), page.url
    assert english_on_page(page, language) == [], page.url
    assert serious(page) == [], page.url
    no_sideways_scroll(page)


def _first_page(page, site, language: str, *, rtl: bool = False) -> None:
    """`/` sends the browser's language; the person taps their city."""
    page.goto(f"{site.url}/")
    assert page.url == f"{site.url}/{language}/"
    _page_is_right(page, language, rtl=rtl)
    page.locator(f"main a[href='/{language}/dortmund/']").click()
    page.wait_for_url(f"{site.url}/{language}/dortmund/")
    _page_is_right(page, language, rtl=rtl)


def _fix_the_email_at_its_field(page, language: str, *, wrong: str, right: str) -> None:
    """A server-side error names the field in the person's language, links to it and marks
    it; the name and the chosen time are kept."""
    name = page.locator("#b-name").input_value()
    chosen = page.locator("input[name=slot]:checked").get_attribute("value")
    page.fill("#b-email", wrong)  # the browser lets it through, the server does not
    page.click("#book-form button[name=hold]")
    page.wait_for_selector("#error-summary")
    summary = page.locator("#error-summary a[href='#b-email']")
    assert summary.count() == 1
    assert page.locator("#b-email").get_attribute("aria-invalid") == "true"
    assert page.locator("#b-email").get_attribute("aria-describedby") == "b-email-error"
    with override(language):
        expected = gettext("Please enter a valid e-mail address, for example name@example.org.")
    assert expected != "Please enter a valid e-mail address, for example name@example.org."
    assert page.locator("#b-email-error").inner_text().strip() == expected
    _page_is_right(page, language)
    summary.click()
    # The link leads to the field, with its label and the message above it in view.
    for target in ("label[for=b-email]", "#b-email-error", "#b-email"):
        box = page.locator(target).bounding_box()
        assert box is not None and 0 <= box["y"] <= PHONE["height"] - box["height"], (target, box)
    assert page.locator("#b-name").input_value() == name
    assert page.locator("#b-email").input_value() == wrong  # to correct, not to retype
    assert page.locator("input[name=slot]:checked").get_attribute("value") == chosen
    page.fill("#b-email", right)


def _choose_a_time(page) -> None:
    days = page.locator("button[name=day]")
    assert days.count() >= 2
    days.first.click()
    page.wait_for_load_state()
    page.locator("input[name=slot]").first.check()


def _hold_and_confirm(page, site, meter: Meter, language: str, email: str) -> Booking:
    page.click("#book-form button[name=hold]")
    # (The fragment of the error link, #b-email, stays in the address across the redirect.)
    page.wait_for_url(re.compile(rf"/{language}/dortmund/appointments/sent/(#[\w-]*)?$"))
    assert email not in page.url
    assert page.locator("#bring-h").count() == 1  # what to bring
    assert page.locator("dd bdi").count() >= 1  # the office's address
    _page_is_right(page, language)
    booking = Booking.objects.get(email=email)
    assert booking.language == language
    run_outbox()
    message = next(m for m in reversed(mail.outbox) if email in m.to)
    with override(language):
        bring = gettext("Please bring:")
        address = gettext("Address: %(address)s").split("%(address)s")[0].strip()
    assert bring != "Please bring:" and bring in str(message.body)
    assert address != "Address:" and address in str(message.body)
    link = re.search(r"https?://\S+/appointments/booking/\d+/\S+/", str(message.body))
    assert link is not None and f"/{language}/appointments/" in link.group(0)
    meter.tap_outside()  # the link in the mail
    page.goto(link.group(0).replace("http://testserver", site.url))
    page.click("#confirm")
    page.wait_for_url(re.compile(r"done=confirmed"))
    assert page.locator("#status").get_attribute("data-status") == "confirmed"
    assert page.locator("#bring-h").count() == 1
    assert page.locator("dd bdi").count() >= 1
    _page_is_right(page, language)
    booking.refresh_from_db()
    return booking


@pytest.fixture
def bookable(settings):
    settings.LOTSE_POW_DIFFICULTY = 8
    services.appointment_types_load(city_slug="dortmund")
    mail.outbox.clear()


def test_ar_student_with_an_expiring_permit_knocks_on_the_virtual_office_from_the_plan(
    browser, site, bookable
) -> None:
    started = time.monotonic()
    city = City.objects.get(slug="dortmund")
    office = Office.objects.get(city=city, key="migration-office")
    clerk = get_user_model().objects.create_user(username="vo-clerk", password="x-long-pass-1")
    StaffProfile.objects.create(user=clerk, city=city, role=Role.OFFICE_STAFF, office=office)
    presence_set(user=clerk, office=office, present=True)
    meter = Meter("ar student, plan → virtual office (knock)")
    context = phone_context(browser, locale="ar-EG", meter=meter)
    page = context.new_page()
    _first_page(page, site, "ar", rtl=True)
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    page.locator("details.menu > summary").click()  # the menu is collapsed on a phone
    page.locator("nav.sections a[href='/ar/dortmund/plan/']").click()
    page.wait_for_url(f"{site.url}/ar/dortmund/plan/")
    _page_is_right(page, "ar", rtl=True)
    expires = timezone.localdate() + dt.timedelta(weeks=5)
    page.select_option("#citizenship", "EG")
    page.check("#purpose-study")
    page.check("#in_germany-yes")
    page.fill("#arrival_date", "2025-10-01")
    page.select_option("#current_permit", "residence-permit-study")
    page.fill("#permit_expires", expires.isoformat())
    page.locator("form.questions button[type=submit]").click()
    page.wait_for_url(re.compile(r"/ar/dortmund/plan/[\w-]{32,}/$"))
    _page_is_right(page, "ar", rtl=True)
    order = [el.get_attribute("id") for el in page.locator("ol.plan > li").element_handles()]
    assert order[0] == "step-residence-permit-extension", order  # the urgent step first
    step = page.locator("#step-residence-permit-extension")
    assert (
        step.locator("time").get_attribute("datetime")
        == (expires - dt.timedelta(days=1)).isoformat()
    )
    step.locator("a[href='/ar/dortmund/virtual-office/']").click()
    page.wait_for_url(f"{site.url}/ar/dortmund/virtual-office/")
    _page_is_right(page, "ar", rtl=True)
    with override("ar"):
        nobody = gettext(
            "No virtual office is open right now. You can book an appointment instead."
        )
    assert nobody not in page.content()
    page.fill(f"#kn-{office.pk}", "ليلى")
    page.locator(f"section[aria-labelledby='vo-{office.pk}'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/ar/virtual-office/wait/\d+/"))
    _page_is_right(page, "ar", rtl=True)
    assert page.locator("#q-position").inner_text() == "1"
    assert page.locator("#q-waiting").get_attribute("aria-live") == "polite"
    # The clerk lets her in; the waiting page says so unmistakably, in Arabic.
    admitted = queue_admit_next(office=office, user=clerk)
    assert admitted is not None and admitted.name == "ليلى"
    page.wait_for_selector("#q-admitted:not([hidden])", timeout=15_000)
    with override("ar"):
        turn = gettext("It is your turn.")
    assert turn != "It is your turn."
    assert page.title().startswith(turn)
    assert page.locator("#q-announce").inner_text() == turn
    assert page.locator("#q-while-waiting").count() == 0  # no "leave the queue" any more
    _page_is_right(page, "ar", rtl=True)
    meter.report()
    context.close()
    assert meter.taps <= 12, meter.row()
    assert time.monotonic() - started < BOUND_SECONDS


def test_tr_worker_with_typos_finds_the_registration_and_books_it(browser, site, bookable) -> None:
    started = time.monotonic()
    meter = Meter("tr worker, search with typos → booking")
    context = phone_context(browser, locale="tr-TR", meter=meter)
    page = context.new_page()
    _first_page(page, site, "tr")
    page.fill("#top-q", "adrez kaydi yaptirmak")  # adres kaydı yaptırmak, typed in a hurry
    page.click(".ask-top button[type=submit]")
    page.wait_for_url(re.compile(r"/tr/dortmund/search/\?q="))
    _page_is_right(page, "tr")
    first = page.locator("#ask-results a.card").first
    assert first.get_attribute("href") == "/tr/dortmund/services/residence-registration/"
    assert first.locator("strong").get_attribute("lang") == "tr"
    first.click()
    page.wait_for_url(f"{site.url}/tr/dortmund/services/residence-registration/")
    _page_is_right(page, "tr")
    page.locator("#h-book ~ p a.btn").first.click()
    page.wait_for_url(f"{site.url}/tr/dortmund/appointments/residence-registration/")
    _page_is_right(page, "tr")
    page.fill("#b-name", "Mehmet Yılmaz")
    _choose_a_time(page)
    _fix_the_email_at_its_field(page, "tr", wrong="mehmet@ornek", right="mehmet@example.com.tr")
    booking = _hold_and_confirm(page, site, meter, "tr", "mehmet@example.com.tr")
    assert booking.status == "confirmed" and booking.name == "Mehmet Yılmaz"
    meter.report()
    context.close()
    assert meter.taps <= 12, meter.row()
    assert time.monotonic() - started < BOUND_SECONDS


def test_ro_eu_citizen_books_the_registration_from_the_entry_point(browser, site, bookable) -> None:
    started = time.monotonic()
    meter = Meter("ro EU citizen, entry point → booking")
    context = phone_context(browser, locale="ro-RO", meter=meter)
    page = context.new_page()
    _first_page(page, site, "ro")
    page.locator("a.card[href='/ro/dortmund/start/eu/']").click()
    page.wait_for_url(f"{site.url}/ro/dortmund/start/eu/")
    _page_is_right(page, "ro")
    steps = [a.get_attribute("href") for a in page.locator("ol.entry-steps a").element_handles()]
    assert "/ro/dortmund/services/residence-registration/" in steps
    assert not any("visa" in s or "permit" in s for s in steps), steps  # no permit for her
    page.locator("ol.entry-steps a[href='/ro/dortmund/services/residence-registration/']").click()
    page.wait_for_url(f"{site.url}/ro/dortmund/services/residence-registration/")
    _page_is_right(page, "ro")
    page.locator("#h-book ~ p a.btn").first.click()
    page.wait_for_url(f"{site.url}/ro/dortmund/appointments/residence-registration/")
    _page_is_right(page, "ro")
    page.fill("#b-name", "Ioana Popescu")
    _choose_a_time(page)
    _fix_the_email_at_its_field(page, "ro", wrong="ioana.popescu@gmail", right="ioana@example.ro")
    booking = _hold_and_confirm(page, site, meter, "ro", "ioana@example.ro")
    assert booking.status == "confirmed" and booking.name == "Ioana Popescu"
    meter.report()
    context.close()
    assert meter.taps <= 12, meter.row()
    assert time.monotonic() - started < BOUND_SECONDS
