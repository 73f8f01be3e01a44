"""Done-when: a caseworker, two office staff and a newcomer complete a case in a browser."""

from __future__ import annotations

import pytest

from lotse.cases.tests.conftest import PDF, make_staff
from lotse.core.models import Role

pytestmark = pytest.mark.browser


def _login(page, base, username):
    page.goto(base + "/en/staff/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", f"pw-{username}-long-enough")
    page.click("button[type=submit]")


def test_caseworker_two_offices_and_newcomer_complete_a_case(
    site, browser, allow_audit_flush, fast_hashing, tmp_path
):
    make_staff("cw", Role.CASEWORKER)
    make_staff("bd", Role.OFFICE_STAFF, "buergerdienste")
    make_staff("mig", Role.OFFICE_STAFF, "migration-office")
    base = site.url

    staff = browser.new_context(locale="en-GB")
    page = staff.new_page()
    _login(page, base, "cw")
    page.goto(base + "/en/staff/cases/new/")
    page.fill("#id_name", "Amira Example")
    page.fill("#id_email", "amira@example.org")
    page.select_option("#id_language", "en")
    page.check("input[name=services][value=residence-registration]")
    page.check("input[name=services][value=residence-permit-skilled-work]")
    page.check("#id_consent")
    page.click("button:has-text('Open case')")
    link = page.locator("#newcomer-link").get_attribute("href")
    assert link and "/my-case/" in link
    case_url = page.url
    staff.close()

    # Bürgerdienste takes up and finishes the registration.
    office = browser.new_context(locale="en-GB")
    page = office.new_page()
    _login(page, base, "bd")
    page.click("table a")
    page.click("button:has-text('Start work')")
    page.click("button:has-text('Mark done')")
    assert page.locator("#task-status").inner_text() == "Done"
    office.close()

    # The migration office asks for a document.
    office = browser.new_context(locale="en-GB")
    page = office.new_page()
    _login(page, base, "mig")
    page.click("table a")
    task_url = page.url
    page.fill("#id_documents", "Employment contract")
    page.click("button:has-text('Ask for documents')")
    assert page.locator("#task-status").inner_text() == "Waiting for you"

    # The newcomer opens the private link and uploads a PDF.
    newcomer = browser.new_context(locale="en-GB")
    npage = newcomer.new_page()
    npage.goto(base + link)
    assert "Employment contract" in npage.content()
    pdf = tmp_path / "contract.pdf"
    pdf.write_bytes(PDF)
    npage.set_input_files("input[type=file]", str(pdf))
    npage.click("button:has-text('Upload')")
    assert "we received your document" in npage.content()

    # The migration office sees the upload and marks the task done.
    page.goto(task_url)
    assert page.locator("a:has-text('Download')").count() == 1
    page.click("button:has-text('Mark done')")
    office.close()

    npage.reload()
    assert npage.locator("#case-complete").is_visible()
    newcomer.close()

    staff = browser.new_context(locale="en-GB")
    page = staff.new_page()
    _login(page, base, "cw")
    page.goto(case_url)
    assert "Complete" in page.locator("#case-status").inner_text()
    staff.close()
