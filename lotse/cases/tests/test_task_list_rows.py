"""The office task list as its rows are made now (in Python, not per row in the template): the
same cells, escaped as the template escaped them; the inbox badge's fixed statement agrees
with the inbox; the list's single query pages like the old three did."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from lotse.cases import selectors, services
from lotse.cases.models import Case, Member, Task
from lotse.catalog.models import Office
from lotse.core.models import City

from .conftest import PDF, bearer, client_for

pytestmark = pytest.mark.django_db


def test_a_row_shows_every_cell_escaped_as_the_template_did(people, case, settings):
    registration, permit = case.tasks
    # A name as an older import may have stored it (the form refuses these characters).
    Case.objects.filter(pk=case.case.pk).update(name="""Amira <b>"A"</b> & 'B'""")
    member = Member.objects.create(case=case.case, name="Sami <i>", position=1)
    Task.objects.filter(pk=permit.pk).update(
        member=member, due_date=timezone.localdate() - dt.timedelta(days=3)
    )
    page = client_for(people["migration"]).get("/en/staff/tasks/").content.decode()
    reference = case.case.reference
    due = (timezone.localdate() - dt.timedelta(days=3)).strftime("%d.%m.%Y")
    row = (
        f'<tr class="task-row unseen"><td><input type="checkbox" name="tasks" value="{permit.pk}" '
        f'aria-label="Choose #{permit.pk}"></td><td><a href="/en/staff/tasks/{permit.pk}/">'
        f"#{permit.pk}</a> <strong>new</strong></td><td><bdi>Amira &lt;b&gt;&quot;A&quot;&lt;/b&gt;"
        f" &amp; &#x27;B&#x27;</bdi> / <bdi>Sami &lt;i&gt;</bdi><br>"
        f'<span class="small">{reference}</span></td><td>Residence permit for skilled workers (employment)</td>'
        f'<td>New</td><td>{due} <strong class="overdue">(overdue)</strong></td><td>–</td></tr>'
    )
    assert row in page
    assert f'name="tasks" value="{registration.pk}"' not in page  # another office's task
    # Opened and assigned: no longer new; the assignee's name in the last cell.
    services.task_assign(actor=people["migration"], task=Task.objects.get(pk=permit.pk))
    services.task_mark_seen(actor=people["migration"], task=Task.objects.get(pk=permit.pk))
    page = client_for(people["migration"]).get("/en/staff/tasks/").content.decode()
    assert (
        f'<tr class="task-row"><td><input type="checkbox" name="tasks" value="{permit.pk}"' in page
    )
    assert f"#{permit.pk}</a></td>" in page and "<td>mig</td></tr>" in page
    # The hand-over choices: every office of the city by its name, escaped.
    office = Office.objects.get(city__slug="dortmund", key="migration-office")
    name = selectors.city_office_names(office.city_id, "en")[office.pk][1]
    assert f'<option value="migration-office">{name}</option>' in page
    options = page.split('<select id="bulk-office" name="office">')[1].split("</select>")[0]
    assert options.count("<option ") == Office.objects.filter(city__slug="dortmund").count()


def test_the_words_of_a_row_are_in_the_page_language(people, case):
    _registration, permit = case.tasks
    Task.objects.filter(pk=permit.pk).update(due_date=timezone.localdate() - dt.timedelta(days=1))
    page = client_for(people["migration"]).get("/de/staff/tasks/").content.decode()
    assert f'aria-label="Auswählen #{permit.pk}"' in page
    assert f'href="/de/staff/tasks/{permit.pk}/">#{permit.pk}</a> <strong>neu</strong>' in page
    assert '<strong class="overdue">(überfällig)</strong>' in page


def test_the_inbox_badge_counts_what_the_inbox_lists(people, case):
    registration, permit = case.tasks
    user = people["migration"]

    def both() -> tuple[int, int]:
        return selectors.inbox_count(user=user), selectors.inbox_for_user(user=user).count

    assert both() == (1, 1)  # the new work permit
    services.task_mark_seen(actor=user, task=permit)
    assert both() == (0, 0)
    (request,) = services.task_request_documents(actor=user, task=permit, labels=["Passport"])
    services.document_upload(
        case=case.case, request_id=request.pk,
        upload=SimpleUploadedFile("p.pdf", PDF, content_type="application/pdf"),
    )  # fmt: skip
    assert both() == (1, 1)  # the unchecked upload
    services.task_handover(actor=people["buergerdienste"], task=registration, office=permit.office)
    assert both() == (2, 2)  # and the handed-over task
    services.task_transition(actor=user, task=Task.objects.get(pk=permit.pk), to_status="done")
    assert both() == (1, 1)  # a finished task's upload no longer waits
    Task.objects.filter(pk=registration.pk).update(case_anonymised=True)
    assert both() == (0, 0)
    # Other roles have no inbox.
    assert selectors.inbox_count(user=people["caseworker"]) == 0


def test_pages_of_the_api_and_past_the_end(people, settings):
    city = City.objects.get(slug="dortmund")
    for _ in range(selectors.PAGE_SIZE + 3):
        services.case_create(
            actor=people["caseworker"], city=city, name="N", email="", language="en",
            consent=True, service_keys=["residence-permit-skilled-work"],
        )  # fmt: skip
    headers = bearer(people["migration"])
    first = Client().get("/api/v1/tasks", **headers).json()
    second = Client().get("/api/v1/tasks?page=2", **headers).json()
    beyond = Client().get("/api/v1/tasks?page=9", **headers).json()
    assert (first["count"], first["pages"], first["page"]) == (selectors.PAGE_SIZE + 3, 2, 1)
    assert len(first["results"]) == selectors.PAGE_SIZE and len(second["results"]) == 3
    assert beyond == second  # past the end: the last page
    ids = [t["id"] for t in first["results"] + second["results"]]
    assert len(set(ids)) == selectors.PAGE_SIZE + 3
    assert first["results"][0]["newcomer"] == {"name": "N", "language": "en"}
    assert set(first["results"][0]) == {
        "id",
        "case",
        "service",
        "office",
        "status",
        "due",
        "newcomer",
    }
    # Nothing to list: page 1 of 1, no rows.
    Task.objects.all().update(case_anonymised=True)
    empty = Client().get("/api/v1/tasks?page=3", **headers).json()
    assert (empty["count"], empty["page"], empty["pages"], empty["results"]) == (0, 1, 1, [])
