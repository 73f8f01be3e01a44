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
    page.click("#confirm-yes")  # "done" asks first
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
    assert page.locator("#task-status").inner_text() == "Waiting for the newcomer"

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
    page.click("#confirm-yes")
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


def test_caseworker_day_household_documents_and_printed_summary(
    site, browser, allow_audit_flush, fast_hashing, tmp_path
):
    """In German: a household case with two children, a document asked for from the
    service's list, the newcomer (Arabic) uploads, the office rejects with a reason, the
    newcomer uploads again, the office accepts; the caseworker prints the summary."""
    make_staff("cw", Role.CASEWORKER)
    make_staff("mig", Role.OFFICE_STAFF, "migration-office")
    base = site.url
    pdf = tmp_path / "vertrag.pdf"
    pdf.write_bytes(PDF)

    staff = browser.new_context(locale="de-DE")
    page = staff.new_page()
    _login(page, base, "cw")
    page.goto(base + "/de/staff/cases/new/")
    page.fill("#id_name", "Amira Beispiel")
    page.fill("#id_email", "amira@example.org")
    page.fill("#id_birth_date", "1990-01-02")
    page.fill("#id_nationality", "SY")
    page.select_option("#id_language", "ar")
    page.check("input[name=services][value=residence-permit-skilled-work]")
    for i, child in enumerate(["Lina", "Omar"]):
        page.fill(f"#m{i}-name", child)
        page.select_option(f"#m{i}-relation", "child")
        page.select_option(f"#m{i}-services", ["school-enrolment"])
    page.check("#id_consent")
    page.click("form.stack button[type=submit]")
    assert "per E-Mail gesendet" in page.locator("#flash").inner_text()
    assert page.locator("tr.member-row").count() == 2
    assert page.locator("tr.task-row").count() == 3
    link = page.locator("#newcomer-link").get_attribute("href")
    assert link and link.startswith("/ar/my-case/")
    case_url = page.url

    # The migration office finds the task in its inbox and asks for a listed document.
    office = browser.new_context(locale="de-DE")
    opage = office.new_page()
    _login(opage, base, "mig")
    opage.goto(base + "/de/staff/inbox/")
    assert opage.locator("#inbox-count").inner_text() == "1"
    opage.click("#inbox-tasks a")
    opage.locator("input[name=document_keys]").first.check()
    opage.click("#request-form button[type=submit]")
    assert "in ihrer Sprache" in opage.locator("#flash").inner_text()
    task_url = opage.url

    # The newcomer reads the document in Arabic and uploads it.
    newcomer = browser.new_context(locale="ar")
    npage = newcomer.new_page()
    npage.goto(base + link)
    label = npage.locator("ul.tasks label[for^=file-]").first.inner_text()
    assert any("\u0600" <= ch <= "\u06ff" for ch in label)
    npage.set_input_files("input[type=file]", str(pdf))
    npage.click("ul.tasks form button[type=submit]")
    assert npage.locator("ul.sent li").count() == 1

    # The office rejects it with a reason; the newcomer sees why and sends it again.
    opage.goto(task_url)
    opage.click("details.reject summary")
    opage.select_option("details.reject select", "incomplete")
    opage.click("details.reject button[type=submit]")
    assert "abgelehnt" in opage.locator("#flash").inner_text()
    npage.reload()
    assert npage.locator("ul.sent li strong").count() == 1
    npage.set_input_files("input[type=file]", str(pdf))
    npage.click("ul.tasks form button[type=submit]")
    opage.goto(task_url)
    opage.click("button:has-text('Annehmen')")
    assert "angenommen" in opage.locator("#flash").inner_text()
    office.close()
    newcomer.close()

    # The caseworker prints the summary: Arabic and German, with the QR code of the link.
    page.goto(case_url)
    page.click("#print-summary")
    assert page.locator("section.summary-part").count() == 2
    assert page.locator("#qr svg").count() == 1
    assert link in page.locator("#summary-link").inner_text()
    staff.close()
