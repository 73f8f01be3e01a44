"""Done-when of issue 19: a newcomer applies for an extension with two documents, the migration
office asks for a third, the newcomer uploads it from the link in the mail, the office books an
appointment for them and decides; the status page and the mails show each step."""

from __future__ import annotations

import re

import pytest

from lotse.appointments.models import Booking
from lotse.appointments.services import appointment_types_load
from lotse.cases.models import Application
from lotse.cases.tests.conftest import PDF, PNG, make_staff
from lotse.core.models import Role

pytestmark = pytest.mark.browser


def mails_to(recipient: str) -> list[tuple[str, str]]:
    """(subject, body) of every mail to the person in the outbox (no worker runs in tests)."""
    from lotse.core.models import OutgoingMail

    rows = OutgoingMail.objects.filter(recipient=recipient).order_by("id")
    return [(m.subject, m.body) for m in rows]


def link_in(body: str, base: str) -> str:
    found = re.search(r"(https?://\S+/en/applications/[A-Za-z0-9_-]+/)", body)
    assert found and found.group(1).startswith(base), body
    return found.group(1)


def test_apply_request_upload_decide(site, browser, allow_audit_flush, fast_hashing, tmp_path, settings):  # fmt: skip
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.LOTSE_PUBLIC_URL = site.url
    make_staff("mig", Role.OFFICE_STAFF, "migration-office")
    appointment_types_load(city_slug="dortmund")
    base = site.url
    passport, permit, contract = tmp_path / "passport.pdf", tmp_path / "permit.png", tmp_path / "contract.pdf"  # fmt: skip
    passport.write_bytes(PDF)
    permit.write_bytes(PNG)
    contract.write_bytes(PDF)

    # The newcomer applies on a phone-sized screen, first forgetting the postcode.
    person = browser.new_context(locale="en-GB", viewport={"width": 390, "height": 844})
    page = person.new_page()
    page.goto(base + "/en/dortmund/apply/residence-permit-extension/")
    page.fill("#f-given-names", "Olena")
    page.fill("#f-family-name", "Example")
    page.fill("#f-birth-date", "1990-04-01")
    page.fill("#f-nationality", "UA")
    page.select_option("#f-marital-status", "single")
    page.fill("#f-permit-expires", "2027-01-31")
    page.fill("#f-street", "Südwall 2")
    page.fill("#f-email", "olena@example.org")
    page.check("input[name=consent]")
    page.set_input_files("#f-doc-passport", str(passport))
    page.set_input_files("#f-doc-current-permit", str(permit))
    page.click("button:has-text('Submit application')")
    assert page.locator("#e-postcode").inner_text() == "Please fill this in."
    assert page.input_value("#f-street") == "Südwall 2"  # the half-filled form is kept
    page.fill("#f-postcode", "44137")
    page.set_input_files("#f-doc-passport", str(passport))
    page.set_input_files("#f-doc-current-permit", str(permit))
    page.click("button:has-text('Submit application')")
    reference = page.locator("#reference").inner_text()
    assert "What happens next" in page.content()
    assert page.locator("#application-status").get_attribute("data-status") == "submitted"
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 390 + 1  # no sideways scrolling on the phone
    application = Application.objects.get(reference=reference)
    assert application.task.documents.count() == 2
    received = mails_to("olena@example.org")
    assert len(received) == 1 and reference in received[0][0]
    status_link = link_in(received[0][1], base)

    # The migration office takes it up and asks for a third document.
    office = browser.new_context(locale="en-GB")
    staff = office.new_page()
    staff.goto(base + "/en/staff/login/")
    staff.fill("#id_username", "mig")
    staff.fill("#id_password", "pw-mig-long-enough")
    staff.click("button[type=submit]")
    staff.goto(base + f"/en/staff/tasks/{application.task_id}/")
    assert reference in staff.content() and "Südwall 2" in staff.content()
    staff.click("button:has-text('Start work')")
    staff.fill("#id_documents", "Employment contract")
    staff.click("button:has-text('Ask for documents')")
    mails = mails_to("olena@example.org")
    subject, body = mails[-1]
    assert "documents needed" in subject and "- Employment contract" in body

    # The newcomer follows the link in that mail and uploads the contract.
    page.goto(link_in(body, base))
    assert page.locator("#application-status").get_attribute("data-status") == "documents_requested"
    assert "Employment contract" in page.locator("#missing").inner_text()
    page.set_input_files("#missing input[type=file]", str(contract))
    page.click("#missing button:has-text('Upload')")
    assert page.locator("#uploaded").count() == 1
    assert page.locator("#missing").count() == 0
    assert page.locator("#application-status").get_attribute("data-status") == "in_progress"

    # The office books an appointment for the newcomer: a free slot of its own types.
    staff.goto(base + f"/en/staff/tasks/{application.task_id}/")
    staff.click("#schedule-link")
    chosen = staff.locator("#id_slot option").first.get_attribute("value")
    staff.select_option("#id_slot", chosen)
    staff.click("button:has-text('Book this appointment')")
    assert "was booked" in staff.locator("#flash").inner_text()
    assert staff.locator("#application-appointments li[data-status=confirmed]").count() == 1
    booking = Booking.objects.get(origin_type="application", origin_id=application.pk)
    assert str(booking.slot_id) == chosen and booking.status == "confirmed"
    subject, body = mails_to("olena@example.org")[-1]
    assert subject == "Appointment confirmed"
    assert "Address: Olpe 1" in body and "Please bring:" in body and reference in body
    assert re.search(r"/en/appointments/booking/\d+/[A-Za-z0-9_-]+/", body)

    # The office sees three documents and approves.
    assert staff.locator("a:has-text('Download')").count() == 3
    staff.click("#decide-approved")
    assert staff.locator("#decision").inner_text() == "approved"
    office.close()

    # The status page and the mails show every step.
    page.goto(status_link)
    assert page.locator("#application-status").get_attribute("data-status") == "approved"
    steps = page.locator("#history li")
    kinds = [
        (steps.nth(i).get_attribute("data-kind"), steps.nth(i).get_attribute("data-to"))
        for i in range(steps.count())
    ]
    assert kinds == [
        ("routed", "new"), ("status", "in_progress"), ("requested", "waiting"), ("uploaded", ""),
        ("status", "in_progress"), ("scheduled", ""), ("decided", "approved"), ("status", "done"),
    ]  # fmt: skip
    assert "documents requested" in page.locator("#history").inner_text()
    assert "appointment booked" in page.locator("#history").inner_text()
    # The appointment on the status page: when, where, what to bring.
    appointment = page.locator(f"#appointment-{booking.pk}")
    assert appointment.get_attribute("data-status") == "confirmed"
    assert "Your appointment" in appointment.inner_text()
    assert "Olpe 1" in appointment.inner_text() and "Please bring" in appointment.inner_text()
    subjects = [s for s, _b in mails_to("olena@example.org")]
    assert [s.split(": ", 1)[1] if ": " in s else s for s in subjects] == [
        "received", "being processed", "documents needed", "being processed",
        "Appointment confirmed", "approved",
    ]  # fmt: skip
    person.close()
