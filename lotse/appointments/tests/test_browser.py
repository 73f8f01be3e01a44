"""In Chromium: book, confirm, download the .ics, move and cancel; knock and be let in."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from lotse.appointments import services
from lotse.appointments.models import AlertStatus, SlotAlert
from lotse.catalog.models import Office
from lotse.core.models import City, Role, StaffProfile

from .conftest import make_slot, make_type, run_outbox

pytestmark = pytest.mark.browser


def _serious(page) -> list[str]:
    results = Axe().run(page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]})
    return [
        v["id"] for v in results.response["violations"] if v["impact"] in {"serious", "critical"}
    ]


def test_newcomer_books_confirms_gets_ics_moves_and_cancels(site, page, settings) -> None:
    settings.LOTSE_BOOKING_COOLDOWN_MINUTES = 60
    type_ = make_type(key="browser-advice", capacity=1)
    make_slot(type_, days_ahead=3, hour=9)
    make_slot(type_, days_ahead=3, hour=10)
    mail.outbox.clear()

    page.goto(site.url + "/en/dortmund/appointments/browser-advice/")
    assert _serious(page) == []
    page.locator("input[name=slot]").first.check()
    page.fill("#b-name", "Ana Lima")
    page.fill("#b-email", "ana@example.org")
    page.select_option("#b-lang", "de")
    page.click("#book-form button[name=hold]")
    page.wait_for_url(re.compile(r"/en/dortmund/appointments/sent/"))
    assert "ana@example.org" in page.content()

    run_outbox()  # the task worker's part
    link = re.search(r"https?://\S+/appointments/booking/\d+/\S+/", str(mail.outbox[0].body))
    assert link is not None
    manage = link.group(0).replace("http://testserver", site.url)
    assert "/de/appointments/booking/" in manage, "the link speaks the booker's language"
    page.goto(manage)
    assert page.locator("#status").get_attribute("data-status") == "held"
    page.click("#confirm")
    page.wait_for_url(re.compile(r"done=confirmed"))
    assert page.locator("#status").get_attribute("data-status") == "confirmed"
    assert _serious(page) == []
    run_outbox()
    assert "METHOD:REQUEST" in mail.outbox[-1].attachments[0][1]

    with page.expect_download() as download_info:
        page.click("#ics")
    ics_text = open(download_info.value.path(), encoding="utf-8").read()  # noqa: SIM115
    # (line endings are checked on the HTTP answer in test_views; the saved file may differ)
    assert ics_text.startswith("BEGIN:VCALENDAR") and "SEQUENCE:0" in ics_text

    first_when = page.locator("#when").inner_text()
    page.select_option("#move-slot", index=0)
    page.click("#move")
    page.wait_for_url(re.compile(r"done=moved"))
    assert page.locator("#when").inner_text() != first_when
    run_outbox()
    assert "SEQUENCE:1" in mail.outbox[-1].attachments[0][1]

    page.click("#cancel")
    page.wait_for_url(re.compile(r"done=cancelled"))
    assert page.locator("#status").get_attribute("data-status") == "cancelled"
    run_outbox()
    cancel_ics = mail.outbox[-1].attachments[0][1]
    assert "METHOD:CANCEL" in cancel_ics and "SEQUENCE:2" in cancel_ics


def _staff_session(site) -> dict[str, str]:
    city = City.objects.get(slug="dortmund")
    office = Office.objects.get(city=city, key="welcome-center")
    user = get_user_model().objects.create_user(
        username="desk", password="x-long-password-1", is_staff=True
    )
    StaffProfile.objects.create(user=user, city=city, role=Role.OFFICE_STAFF, office=office)
    client = Client()
    client.force_login(user)
    return {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": site.url}


def test_knock_and_admit_puts_staff_and_newcomer_in_the_same_room(site, browser, settings) -> None:
    settings.LOTSE_VIDEO_BASE_URL = "https://video.example.org"
    settings.LOTSE_JITSI_APP_SECRET = ""
    office = Office.objects.get(city__slug="dortmund", key="welcome-center")
    staff_ctx = browser.new_context(locale="en-GB")
    staff_ctx.add_cookies([_staff_session(site)])
    newcomer_ctx = browser.new_context(locale="en-GB")
    staff, newcomer = staff_ctx.new_page(), newcomer_ctx.new_page()
    try:
        newcomer.goto(site.url + "/en/dortmund/virtual-office/")
        assert "No virtual office is open" in newcomer.content()

        staff.goto(site.url + f"/en/appointments/staff/office/{office.pk}/virtual/")
        staff.click("#present")
        staff.wait_for_selector("#admit")

        newcomer.goto(site.url + "/en/dortmund/virtual-office/")
        assert _serious(newcomer) == []
        newcomer.fill(f"#kn-{office.pk}", "Olena")
        newcomer.click("button:has-text('Knock')")
        newcomer.wait_for_url(re.compile(r"/virtual-office/wait/"))
        assert newcomer.locator("#q-position").inner_text() == "1"

        staff.reload()
        assert staff.locator("#waiting").inner_text() == "1"
        staff.click("#admit")
        staff.wait_for_url(re.compile(r"/appointments/staff/room/"))
        staff_room = staff.locator("#room").get_attribute("href")
        assert staff_room and staff_room.startswith("https://video.example.org/lotse-")

        # The waiting page learns by polling that it is their turn.
        newcomer.wait_for_selector("#q-admitted:not([hidden])", timeout=15000)
        assert newcomer.locator("#q-room").get_attribute("href") == staff_room
    finally:
        staff_ctx.close()
        newcomer_ctx.close()


def test_slot_alert_by_form_confirmed_by_button_and_the_figures_page(site, page) -> None:
    """Without an account or JavaScript: subscribe on the type page, confirm with the button
    behind the mailed link; the figures page has its charts and passes axe."""
    make_type(key="browser-alert", capacity=1)
    mail.outbox.clear()
    page.goto(site.url + "/en/dortmund/appointments/browser-alert/")
    page.fill("#a-email", "alert@example.org")
    page.click("section.alert-form button[type=submit]")
    assert _serious(page) == []
    run_outbox()
    link = re.search(r"https?://\S+/appointments/alert/\d+/\S+/confirm/", str(mail.outbox[-1].body))
    assert link is not None
    page.goto(link.group(0).replace("http://testserver", site.url))
    assert _serious(page) == []
    assert SlotAlert.objects.get().status == AlertStatus.PENDING
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    assert SlotAlert.objects.get().status == AlertStatus.ACTIVE
    services.stats_refresh()
    page.goto(site.url + "/de/dortmund/appointments/waiting-times/")
    assert page.locator("figure.chart svg").count() == 2
    assert _serious(page) == []
