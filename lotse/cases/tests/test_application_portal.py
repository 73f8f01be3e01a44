"""The portal side of online applications: the form without JavaScript, errors keep answers,
receipt and status page, PDF summary, prefill from a plan, the office's panel."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from lotse.cases.models import Application, TaskStatus
from lotse.cases.tests.conftest import PDF, PNG, client_for
from lotse.core import profiles
from lotse.core.testing import city_file_languages

FORM = "/{lang}/dortmund/apply/residence-permit-extension/"


def answers(**overrides):
    data = {
        "given-names": "Olena",
        "family-name": "Example",
        "birth-date": "1990-04-01",
        "nationality": "UA",
        "marital-status": "single",
        "permit-expires": "2027-01-31",
        "street": "Südwall 2",
        "postcode": "44137",
        "email": "olena@example.org",
        "consent": "on",
        "idempotency": "portal-key-0123456789abc",
    }
    data.update(overrides)
    return data


def files():
    return {
        "doc-passport": SimpleUploadedFile("p.pdf", PDF),
        "doc-current-permit": SimpleUploadedFile("c.png", PNG),
    }


@pytest.mark.parametrize("lang", city_file_languages("dortmund"))
def test_form_page_in_every_language(client, db, lang):
    response = client.get(FORM.format(lang=lang))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'enctype="multipart/form-data"' in html
    # The form needs no JavaScript: no script in the page body (the head's deferred
    # offline helper is the only script of every page).
    assert "<script" not in html.split("</head>")[1]
    assert 'name="given-names"' in html and 'name="doc-passport"' in html
    assert 'name="consent"' in html and 'name="mail_opt_out"' in html


def test_form_labels_follow_the_language(client, db):
    assert "Familienstand" in client.get(FORM.format(lang="de")).content.decode()
    assert "Сімейний стан" in client.get(FORM.format(lang="uk")).content.decode()


def test_failed_submit_keeps_every_answer_and_names_fields(client, db):
    response = client.post(
        FORM.format(lang="de"), {**answers(postcode="12", consent=""), **files()}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="Olena"' in html and 'value="Südwall 2"' in html and 'value="12"' in html
    assert "Das Format stimmt nicht." in html  # the postcode, in German
    assert "Bitte stimmen Sie zu" in html  # consent
    assert "Bitte wählen Sie die Dateien noch einmal aus." in html
    assert 'value="portal-key-0123456789abc"' in html  # the same submission key again
    assert Application.objects.count() == 0


def test_submit_redirects_to_receipt_with_next_steps_and_pdf(client, db):
    response = client.post(FORM.format(lang="en"), {**answers(), **files()})
    assert response.status_code == 302
    assert re.match(r"^/en/applications/[A-Za-z0-9_-]+/\?received=1$", response["Location"])
    page = client.get(response["Location"])
    html = page.content.decode()
    application = Application.objects.get()
    assert application.reference in html and "What happens next" in html
    assert "Typical processing time" in html and "usually takes 6 weeks" in html  # catalog text
    assert page["Cache-Control"].startswith("max-age=0") or "no-cache" in page["Cache-Control"]
    pdf = client.get(response["Location"].split("?")[0] + "summary.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert pdf["Content-Type"] == "application/pdf"


def test_double_submit_creates_one_application(client, db):
    first = client.post(FORM.format(lang="en"), {**answers(), **files()})
    second = client.post(FORM.format(lang="en"), {**answers(), **files()})
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Application.objects.count() == 1


def test_prefill_from_the_persons_plan(client, db, monkeypatch):
    monkeypatch.setattr(profiles, "_sources", [])
    profiles.profile_source_register(
        lambda token: (
            {"citizenship": "SY", "permit_expires": "2027-03-01"}
            if token == "plan-token-123"
            else None
        )
    )
    html = client.get(FORM.format(lang="en") + "?plan=plan-token-123").content.decode()
    assert 'name="nationality" value="SY"' in html
    assert 'name="permit-expires" value="2027-03-01"' in html
    other = client.get(FORM.format(lang="en") + "?plan=wrong").content.decode()
    assert 'name="nationality" value=""' in other


def test_unknown_link_is_404(client, db):
    assert client.get("/en/applications/not-a-token/").status_code == 404
    assert client.get("/en/dortmund/apply/tax-id/").status_code == 404


def test_office_sees_answers_and_decides_in_task_page(client, db, people):
    client.post(FORM.format(lang="en"), {**answers(), **files()})
    application = Application.objects.get()
    staff = client_for(people["migration"])
    page = staff.get(f"/en/staff/tasks/{application.task_id}/").content.decode()
    assert application.reference in page and "Südwall 2" in page and 'id="decide-approved"' in page
    staff.post(f"/en/staff/tasks/{application.task_id}/decide/", {"outcome": "refused"})
    application.refresh_from_db()
    assert application.decision == "refused"
    assert application.task.status == TaskStatus.DONE


def test_service_page_links_to_the_online_form(client, db):
    html = client.get("/tr/dortmund/services/settlement-permit/").content.decode()
    assert 'href="/tr/dortmund/apply/settlement-permit/"' in html and "Çevrimiçi başvur" in html
    assert 'id="apply-online"' not in client.get("/en/dortmund/services/tax-id/").content.decode()


def test_erasure_blanks_the_application(client, db, people):
    from lotse.cases import services as case_services

    client.post(FORM.format(lang="en"), {**answers(), **files()})
    application = Application.objects.get()
    case_services.case_erase(
        actor=people["admin"], case=application.case, reason="request of today"
    )
    application.refresh_from_db()
    assert application.answers == {} and application.token_hash is None
    assert application.task.documents.count() == 0


def test_status_page_history_in_the_persons_language(client, db):
    response = client.post(FORM.format(lang="pl"), {**answers(), **files()})
    html = client.get(response["Location"]).content.decode()
    assert "przekazano do urzędu" in html  # "sent to the office", in Polish
    assert 'data-kind="routed"' in html
