"""Household cases: members with their own tasks, add a service, duplicate check, case search,
the printable summary; every message to the newcomer really queued in their language."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from django.test import Client

from lotse.cases import services
from lotse.cases.models import Case, CaseStatus, Member, Task, TaskStatus
from lotse.cases.services import CaseInputError, MemberInput
from lotse.core.models import AuditEvent, City, OutgoingMail, Role
from lotse.core.testing import assert_conforms

from .conftest import bearer, client_for, make_staff

pytestmark = pytest.mark.django_db

CHILDREN = [
    MemberInput(name="Lina", birth_date=dt.date(2016, 3, 1), nationality="SY", relation="child",
                service_keys=["school-enrolment"]),
    MemberInput(name="Omar", birth_date=dt.date(2018, 7, 9), nationality="SY", relation="child",
                service_keys=["school-enrolment"]),
]  # fmt: skip


def _household(people, **extra):
    return services.case_create(
        actor=people["caseworker"], city=City.objects.get(slug="dortmund"),
        name="Amira Example", email="amira@example.org", language="ar", consent=True,
        service_keys=["residence-registration"], birth_date=dt.date(1990, 1, 2),
        nationality="SY", members=[MemberInput(**vars(m)) for m in CHILDREN], **extra,
    )  # fmt: skip


def _mails(kind: str) -> list[OutgoingMail]:
    return list(OutgoingMail.objects.filter(kind=kind).order_by("id"))


def test_two_children_each_get_their_own_school_enrolment(people):
    created = _household(people)
    case = created.case
    assert (case.birth_date, case.nationality) == (dt.date(1990, 1, 2), "SY")
    members = list(Member.objects.filter(case=case))
    assert [(m.name, m.relation, m.nationality) for m in members] == [
        ("Lina", "child", "SY"),
        ("Omar", "child", "SY"),
    ]
    school = Task.objects.filter(case=case, service_key="school-enrolment")
    assert sorted(t.member.name for t in school) == ["Lina", "Omar"]
    assert Task.objects.get(case=case, service_key="residence-registration").member is None


def test_member_input_is_checked_field_by_field(people):
    bad = MemberInput(name="X", birth_date=dt.date.today() + dt.timedelta(days=2))
    with pytest.raises(CaseInputError) as future:
        services.case_create(
            actor=people["caseworker"], city=City.objects.get(slug="dortmund"), name="A",
            email="", language="en", consent=True, service_keys=["tax-id"], members=[bad],
        )  # fmt: skip
    assert future.value.field == "members.0.birth_date"
    with pytest.raises(CaseInputError) as nationality:
        services.case_create(
            actor=people["caseworker"], city=City.objects.get(slug="dortmund"), name="A",
            email="", language="en", consent=True, service_keys=["tax-id"], nationality="Syria",
        )  # fmt: skip
    assert nationality.value.field == "nationality"
    assert not Case.objects.exists()


def test_api_opens_a_household_and_reports_possible_duplicates(people):
    client = Client()
    payload = {
        "city": "dortmund", "name": "Amira Example", "email": "amira@example.org",
        "language": "ar", "consent": True, "services": ["residence-registration"],
        "birth_date": "1990-01-02",
        "members": [
            {"name": "Lina", "birth_date": "2016-03-01", "relation": "child",
             "services": ["school-enrolment"]},
            {"name": "Omar", "services": ["school-enrolment"]},
        ],
    }  # fmt: skip
    headers = bearer(people["caseworker"])
    first = client.post("/api/v1/cases", json.dumps(payload), "application/json", **headers)
    body = assert_conforms(first, "post", "/api/v1/cases")
    assert first.status_code == 201 and body["possible_duplicates"] == [] and body["mailed"]
    members = sorted(t["member"]["name"] for t in body["tasks"] if "member" in t)
    assert members == ["Lina", "Omar"]
    second = client.post("/api/v1/cases", json.dumps(payload), "application/json", **headers)
    assert second.status_code == 201
    assert second.json()["possible_duplicates"] == [body["id"]]
    payload["members"] = [{"name": "X", "birth_date": "yesterday"}]
    bad = client.post("/api/v1/cases", json.dumps(payload), "application/json", **headers)
    assert bad.status_code == 400 and "members.0.birth_date" in bad.json()["error"]["fields"]


def test_add_a_service_to_an_open_case_and_to_a_closed_one(people, case):
    c = case.case
    lina = services.member_add(actor=people["caseworker"], case=c, name="Lina", relation="child")
    client = client_for(people["caseworker"])
    response = client.post(
        f"/en/staff/cases/{c.pk}/",
        {"action": "add_services", "services": ["school-enrolment"], "member": lina.pk},
    )
    assert response.status_code == 302
    task = Task.objects.get(case=c, service_key="school-enrolment")
    assert task.member == lina and task.status == TaskStatus.NEW
    assert _mails("case_added")[0].recipient == "amira@example.org"
    # A closed case opens again when a service is added.
    for t in Task.objects.filter(case=c):
        services.task_transition(actor=people["caseworker"], task=t, to_status="cancelled")
    assert Case.objects.get(pk=c.pk).status == CaseStatus.CLOSED
    services.case_services_add(actor=people["caseworker"], case=c, service_keys=["tax-id"])
    assert Case.objects.get(pk=c.pk).status == CaseStatus.OPEN
    with pytest.raises(services.ActionNotAllowed):
        services.case_services_add(
            actor=people["other_caseworker"], case=c, service_keys=["tax-id"]
        )


def test_duplicate_check_shows_the_existing_case_and_offers_to_use_it(people, case):
    client = client_for(people["caseworker"])
    form = {
        "name": " amira  EXAMPLE ", "email": "AMIRA@example.org", "language": "ar",
        "services": ["tax-id"], "consent": "yes",
    }  # fmt: skip
    response = client.post("/en/staff/cases/new/", form)
    html = response.content.decode()
    assert response.status_code == 200 and 'id="duplicates"' in html
    assert case.case.reference in html
    assert f'href="/en/staff/cases/{case.case.pk}/" class="use-existing"' in html
    assert Case.objects.count() == 1
    # Another person with the same name and address: opened on purpose.
    response = client.post("/en/staff/cases/new/", {**form, "duplicate_ok": "yes"})
    assert response.status_code == 302 and Case.objects.count() == 2


def test_another_date_of_birth_is_not_a_duplicate(people):
    _household(people)
    city = City.objects.get(slug="dortmund")
    same = services.case_duplicates(
        city=city, name="Amira Example", email="amira@example.org", birth_date=dt.date(1990, 1, 2)
    )
    other = services.case_duplicates(
        city=city, name="Amira Example", email="amira@example.org", birth_date=dt.date(1991, 1, 2)
    )
    assert len(same) == 1 and other == []


def test_case_search_by_name_email_and_reference(people, case):
    other = _household(people).case
    client = client_for(people["caseworker"])
    for q in ("amira", "amira@example.org", case.case.reference, "Lina"):
        html = client.get("/en/staff/cases/", {"q": q, "status": "all"}).content.decode()
        assert case.case.reference in html or other.reference in html, q
    html = client.get("/en/staff/cases/", {"q": "nobody-like-this"}).content.decode()
    assert case.case.reference not in html
    # A colleague finds the case (to avoid a second one) but cannot open it.
    colleague = client_for(people["other_caseworker"]).get("/en/staff/cases/", {"q": "amira"})
    text = colleague.content.decode()
    assert case.case.reference in text and 'id="other-cases"' in text
    assert f"/staff/cases/{case.case.pk}/" not in text
    assert AuditEvent.objects.filter(object_type="case_search").exists()


def test_all_cases_has_its_own_heading(people, case):
    client = client_for(people["caseworker"])
    assert "<h1>All cases</h1>" in client.get("/en/staff/cases/?all=1").content.decode()
    assert "<h1>My cases</h1>" in client.get("/en/staff/cases/").content.decode()


def test_second_city_staff_find_and_open_nothing(people, case):
    muster_cw = make_staff("muster-cw", Role.CASEWORKER, city="musterstadt")
    client = client_for(muster_cw)
    html = client.get("/en/staff/cases/", {"q": "Amira", "status": "all"}).content.decode()
    assert case.case.reference not in html and "Amira Example" not in html
    assert 'id="case-table"' not in html and 'id="other-cases"' not in html
    c = case.case.pk
    for url in (f"/en/staff/cases/{c}/", f"/en/staff/cases/{c}/summary/"):
        assert client.get(url).status_code == 404
    assert (
        client.post(f"/en/staff/cases/{c}/", {"action": "link", "confirm": "yes"}).status_code
        == 404
    )
    assert (
        services.case_duplicates(
            city=City.objects.get(slug="musterstadt"),
            name="Amira Example",
            email="amira@example.org",
        )
        == []
    )


# --- Messages ---------------------------------------------------------------------------------


def test_opening_a_case_mails_the_private_link_in_the_newcomers_language(people, case):
    (mail,) = _mails("case_opened")
    assert mail.recipient == "amira@example.org"
    assert "مرحب" in mail.body  # Arabic greeting
    link = re.search(r"https?://\S+/my-case/\S+/", mail.body).group(0)
    path = "/" + link.split("/", 3)[3]
    assert path == f"/ar/my-case/{case.case.token}/"
    assert Client().get(path).status_code == 200
    assert case.case.reference in mail.body


def test_the_banner_says_whether_the_link_was_mailed(people):
    client = client_for(people["caseworker"])
    form = {
        "name": "No Mail",
        "email": "",
        "language": "en",
        "services": ["tax-id"],
        "consent": "yes",
    }
    page = client.post("/en/staff/cases/new/", form, follow=True).content.decode()
    assert "No e-mail was sent" in page and "was sent by e-mail" not in page
    assert not _mails("case_opened")
    form = {**form, "name": "With Mail", "email": "m@example.org"}
    page = client.post("/en/staff/cases/new/", form, follow=True).content.decode()
    assert "the private link was sent by e-mail" in page
    assert len(_mails("case_opened")) == 1


def test_a_new_link_is_confirmed_mailed_and_the_old_one_stops_working(people, case):
    client = client_for(people["caseworker"])
    url = f"/en/staff/cases/{case.case.pk}/"
    confirm = client.post(url, {"action": "link"})
    assert confirm.status_code == 200 and "stops working" in confirm.content.decode()
    assert Case.objects.get(pk=case.case.pk).access_token_nonce == case.case.access_token_nonce
    page = client.post(url, {"action": "link", "confirm": "yes"}, follow=True).content.decode()
    assert "the old one no longer works" in page
    assert Client().get(f"/ar/my-case/{case.case.token}/").status_code == 404
    (mail,) = _mails("case_link")
    new_path = re.search(r"/ar/my-case/\S+/", mail.body).group(0)
    assert Client().get(new_path).status_code == 200


def test_documents_are_requested_from_the_service_list_in_the_newcomers_language(people, case):
    _registration, permit = case.tasks
    choices = services.service_documents(permit, "de")
    assert len(choices) >= 2
    arabic = dict(services.service_documents(permit, "ar"))
    key, german = choices[0]
    requested = services.task_request_documents(
        actor=people["migration"], task=permit, document_keys=[key], labels=["Mietvertrag"]
    )
    assert requested.mailed
    first, extra = requested
    assert (first.label, first.newcomer_label) == (german, arabic[key])
    assert arabic[key] != german
    assert (extra.label, extra.newcomer_label) == ("Mietvertrag", "")
    (mail,) = _mails("case_documents")
    assert arabic[key] in mail.body and german not in mail.body
    page = Client().get(f"/ar/my-case/{case.case.token}/").content.decode()
    assert arabic[key] in page and "Mietvertrag" in page
    with pytest.raises(CaseInputError):
        services.task_request_documents(
            actor=people["migration"], task=permit, document_keys=["doc-999"]
        )


def test_status_changes_are_mailed_and_the_banner_says_so(people, case):
    registration, _permit = case.tasks
    client = client_for(people["buergerdienste"])
    url = f"/en/staff/tasks/{registration.pk}/"
    page = client.post(url, {"action": "status", "to": "in_progress"}, follow=True)
    assert "The newcomer was sent an e-mail about it." in page.content.decode()
    (mail,) = _mails("case_status")
    assert "قيد المعالجة" in mail.body  # "in progress" in Arabic


def test_a_case_without_address_mails_nobody_and_says_so(people):
    created = services.case_create(
        actor=people["caseworker"], city=City.objects.get(slug="dortmund"), name="N",
        email="", language="en", consent=True, service_keys=["residence-registration"],
    )  # fmt: skip
    assert not created.mailed
    page = client_for(people["buergerdienste"]).post(
        f"/en/staff/tasks/{created.tasks[0].pk}/", {"action": "status", "to": "in_progress"},
        follow=True,
    )  # fmt: skip
    assert "No e-mail was sent" in page.content.decode()
    assert not OutgoingMail.objects.exists()


def test_printable_summary_in_both_languages_with_a_qr_code(people, case):
    client = client_for(people["caseworker"])
    page = client.get(f"/en/staff/cases/{case.case.pk}/summary/").content.decode()
    assert 'lang="ar"' in page and 'lang="de"' in page
    assert "Ihr Fall" in page or "Welcome Center" in page
    assert "<svg" in page and f"/ar/my-case/{case.case.token}/" in page
    assert AuditEvent.objects.filter(reason="summary printed", case_id=case.case.pk).exists()
    # A case from before the link could be rebuilt: no QR code, a hint to make a new link.
    Case.objects.filter(pk=case.case.pk).update(access_token_nonce="")
    page = client.get(f"/en/staff/cases/{case.case.pk}/summary/").content.decode()
    assert "<svg" not in page and 'id="no-link"' in page


def test_export_has_the_household_and_erasure_blanks_it(people):
    created = _household(people)
    data = services.case_export(actor=people["caseworker"], case=created.case, reason="request")
    assert data["birth_date"] == "1990-01-02" and data["nationality"] == "SY"
    assert [m["name"] for m in data["members"]] == ["Lina", "Omar"]
    assert {t["member"] for t in data["tasks"]} == {None, *(m["id"] for m in data["members"])}
    services.case_erase(actor=people["caseworker"], case=created.case, reason="request")
    case = Case.objects.get(pk=created.case.pk)
    assert case.closed_as == "erased" and case.birth_date is None and case.nationality == ""
    assert case.access_token_nonce == ""
    assert set(Member.objects.filter(case=case).values_list("name", flat=True)) == {""}


def test_musterstadt_office_staff_see_no_dortmund_task_document_or_list(people, case):
    permit = case.tasks[1]
    (request,) = services.task_request_documents(
        actor=people["migration"], task=permit, labels=["Passport"]
    )
    from django.core.files.uploadedfile import SimpleUploadedFile

    from .conftest import PDF

    document = services.document_upload(
        case=case.case, request_id=request.pk,
        upload=SimpleUploadedFile("p.pdf", PDF, content_type="application/pdf"),
    )  # fmt: skip
    muster = client_for(
        make_staff("muster-office", Role.OFFICE_STAFF, "rathaus", city="musterstadt")
    )
    assert muster.get(f"/en/staff/tasks/{permit.pk}/").status_code == 404
    assert muster.get(f"/en/staff/documents/{document.pk}/?preview=1").status_code == 404
    assert (
        muster.post("/en/staff/tasks/", {"tasks": [permit.pk], "office": "rathaus"}).status_code
        == 404
    )
    listing = muster.get("/en/staff/tasks/", {"status": "all", "q": "Amira"}).content.decode()
    csv = muster.get("/en/staff/tasks/", {"status": "all", "format": "csv"}).content.decode()
    assert "Amira Example" not in listing and "task-row" not in listing
    assert "Amira" not in csv and case.case.reference not in csv
    assert Task.objects.get(pk=permit.pk).office.key == "migration-office"
    # Other roles of Dortmund: the summary is the caseworker's only.
    for role in ("other_caseworker", "migration", "admin"):
        summary = client_for(people[role]).get(f"/en/staff/cases/{case.case.pk}/summary/")
        assert summary.status_code in (403, 404), role
