"""In Chromium, in German: a working day per staff role — the office clerk at the desk, the
appointments staff in the virtual office, the editor in the translation editor."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from lotse.appointments import services as appointment_services
from lotse.appointments.models import AppointmentType, Booking, Slot
from lotse.appointments.services import BookingRequest
from lotse.catalog.models import Office, ServiceText
from lotse.core.models import City, Role, StaffProfile
from lotse.core.translation import TranslationStatus

pytestmark = pytest.mark.browser


def _serious(page) -> list[str]:
    results = Axe().run(page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]})
    return [
        v["id"] for v in results.response["violations"] if v["impact"] in {"serious", "critical"}
    ]


def _session(site, username: str, role: str, *, office: str | None = None, city="dortmund",
             superuser: bool = False) -> dict[str, str]:  # fmt: skip
    city_obj = City.objects.get(slug=city)
    user = get_user_model().objects.create_user(
        username=username, is_staff=True, is_superuser=superuser
    )
    StaffProfile.objects.create(
        user=user, city=city_obj, role=role,
        office=Office.objects.get(city=city_obj, key=office) if office else None,
    )  # fmt: skip
    client = Client()
    client.force_login(user)
    return {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": site.url}


def _context(browser, site, **account):
    context = browser.new_context(locale="de-DE")
    context.add_cookies([_session(site, **account)])
    return context


def _booking_now(office: Office, name: str) -> Booking:
    type_ = AppointmentType.objects.create(
        city=office.city, key="desk-type", office=office,
        names={"de": "Anmeldung einer Wohnung", "en": "Registering a flat"},
        duration_minutes=30, capacity=2, min_notice_hours=0,
        hours=[{"weekday": d, "opens": "09:00", "closes": "12:00"} for d in range(5)],
    )  # fmt: skip
    start = timezone.now() + dt.timedelta(days=1)
    slot = Slot.objects.create(type=type_, start=start, end=start + dt.timedelta(minutes=30),
                               capacity=2)  # fmt: skip
    booking, token = appointment_services.booking_create(
        request=BookingRequest(slot=slot.pk, name=name, email="n@example.org", language="tr"),
        address="10.9.9.9", proof_ok=True, base_url="http://testserver",
    )  # fmt: skip
    appointment_services.booking_confirm(booking=booking, token=token, base_url="http://t")
    # The appointment began five minutes ago (booking needs a future slot).
    now = timezone.now() - dt.timedelta(minutes=5)
    Slot.objects.filter(pk=slot.pk).update(start=now, end=now + dt.timedelta(minutes=30))
    booking.refresh_from_db()
    return booking


def test_office_clerk_checks_in_takes_it_back_and_meets_closed_doors(site, browser) -> None:
    office = Office.objects.get(city__slug="dortmund", key="buergerdienste")
    booking = _booking_now(office, "Deniz Yılmaz")
    context = _context(browser, site, username="clerk", role=Role.OFFICE_STAFF,
                       office="buergerdienste")  # fmt: skip
    page = context.new_page()
    try:
        page.goto(site.url + "/de/staff/")
        assert "Sachbearbeitung im Amt" in page.content()
        assert _serious(page) == []
        page.click(".staff-nav a[data-area=appointments]")
        page.wait_for_url(re.compile(r"/de/appointments/staff/office/\d+/"))
        row = page.locator(f"#booking-{booking.pk}")
        assert "Anmeldung einer Wohnung" in row.inner_text()
        assert "Sprache: Türkisch" in row.inner_text()
        assert _serious(page) == []
        row.locator("button[value=checked_in]").click()
        page.wait_for_selector("#confirm")
        assert "Diese Person einchecken?" in page.content()
        page.click("#confirm-yes")
        page.wait_for_selector("#messages")
        assert "ist eingecheckt" in page.locator("#messages").inner_text()
        status = page.locator(f"#booking-{booking.pk} .status")
        assert status.get_attribute("data-status") == "checked_in"
        assert status.inner_text().startswith("Eingecheckt")
        page.locator(f"#booking-{booking.pk} button[value=undo]").click()
        page.wait_for_selector("#messages")
        assert status.get_attribute("data-status") == "confirmed"
        # Not theirs: the back office and the international measurement form.
        for path in ("/admin/", "/de/dortmund/international/staff/"):
            response = page.goto(site.url + path)
            assert response is not None and response.status == 403
            assert "Zugriff verweigert" in page.content()
    finally:
        context.close()


def test_appointments_staff_run_the_virtual_office_console(site, browser, settings) -> None:
    settings.LOTSE_VIDEO_BASE_URL = "https://video.example.org"
    settings.LOTSE_JITSI_APP_SECRET = ""
    office = Office.objects.get(city__slug="dortmund", key="welcome-center")
    staff_ctx = _context(browser, site, username="desk", role=Role.OFFICE_STAFF,
                         office="welcome-center")  # fmt: skip
    newcomer_ctx = browser.new_context(locale="uk-UA")
    staff, newcomer = staff_ctx.new_page(), newcomer_ctx.new_page()
    try:
        staff.goto(site.url + "/de/staff/")
        staff.click(".staff-nav a[data-area=virtual]")
        staff.click("#present")
        staff.wait_for_selector("#admit")
        newcomer.goto(site.url + "/uk/dortmund/virtual-office/")
        newcomer.fill(f"#kn-{office.pk}", "Olena")
        newcomer.locator(f"#kn-{office.pk}").press("Enter")
        newcomer.wait_for_url(re.compile(r"/virtual-office/wait/"))
        staff.reload()
        table = staff.locator("#waiting-list").inner_text()
        assert "Olena" in table and "Ukrainisch" in table and "Minute" in table
        assert _serious(staff) == []
        with staff.expect_popup() as opened:
            staff.click("#admit")
        room = opened.value
        room.wait_for_url(re.compile(r"/de/appointments/staff/room/\d+/"))
        assert "/virtual/" in staff.url  # the console stays open: still present
        assert room.locator("#room").get_attribute("target") == "_blank"
        case_link = room.locator("#open-case").get_attribute("href") or ""
        assert "/de/staff/cases/new/?name=Olena" in case_link and "language=uk" in case_link
        room.fill("#end-note", "Fragen zur Anmeldung, Termin empfohlen")
        room.click("#end")
        room.wait_for_selector("#ended")
        assert "Fragen zur Anmeldung" in room.content()
        assert _serious(room) == []
    finally:
        staff_ctx.close()
        newcomer_ctx.close()


def test_editor_sees_the_source_edits_a_translation_and_it_counts_as_reviewed(
    site, browser
) -> None:
    text = ServiceText.objects.filter(
        service__city__slug="dortmund", language="en", module="summary"
    ).first()
    assert text is not None
    context = _context(browser, site, username="editor", role=Role.ADMIN, superuser=True)
    page = context.new_page()
    try:
        page.goto(site.url + "/de/staff/")
        page.click(".staff-nav a[data-area=translations]")
        page.wait_for_url(re.compile(r"/admin/translations/"))
        assert "Übersetzungsstand je Sprache" in page.content()
        assert "Geprüft" in page.content() and "Englisch" in page.content()
        page.goto(site.url + f"/admin/catalog/servicetext/{text.pk}/change/")
        assert page.locator("#source-text").inner_text().strip() != ""
        page.fill("#id_text", text.text + " Checked by hand.")
        page.click("input[name=_save]")
        page.wait_for_url(re.compile(r"/admin/catalog/servicetext/$"))
        text.refresh_from_db()
        assert text.status == TranslationStatus.REVIEWED
        assert text.reviewed_by is not None and text.reviewed_by.username == "editor"
        page.goto(site.url + "/de/staff/audit-log/?action=text_edit")
        assert "Text bearbeitet" in page.content()
    finally:
        context.close()
