"""Retention and erasure keep no personal data; dashboard and task list have fixed query
counts, stored medians, gap-free pages."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from lotse.cases import services
from lotse.cases.dashboard import dashboard_data
from lotse.cases.models import Case, DashboardMedians, Document, Note, Task
from lotse.cases.selectors import PAGE_SIZE, task_list_for_user
from lotse.core.models import AuditEvent, City

from .conftest import PDF, bearer, client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def finished(case, people, upload_dir):
    registration, permit = case.tasks
    (request,) = services.task_request_documents(
        actor=people["migration"], task=permit, labels=["P"]
    )
    services.document_upload(
        case=case.case, request_id=request.pk,
        upload=SimpleUploadedFile("p.pdf", PDF, "application/pdf"),
    )  # fmt: skip
    services.note_add(actor=people["caseworker"], case=case.case, body="Lives at Hauptstr. 1")
    services.task_transition(actor=people["buergerdienste"], task=registration, to_status="done")
    services.task_transition(actor=people["migration"], task=permit, to_status="done")
    return case.case


def _personal_data_gone(case: Case, upload_dir) -> None:
    case.refresh_from_db()
    assert (case.name, case.email, case.profile, case.access_token_hash) == ("", "", {}, None)
    assert not Document.objects.filter(task__case=case).exists()
    assert not Note.objects.filter(case=case).exists()
    assert not Task.objects.filter(case=case, case_anonymised=False).exists()
    assert list(upload_dir.iterdir()) == []
    trail = json.dumps([[*e.details.values(), e.reason] for e in AuditEvent.objects.all()])
    assert "Amira" not in trail and "amira@" not in trail and "Hauptstr" not in trail


def test_retention_anonymises_old_closed_cases_once(
    finished, upload_dir, django_capture_on_commit_callbacks
):
    Case.objects.filter(pk=finished.pk).update(closed_at=timezone.now() - dt.timedelta(days=400))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("cases_retention", "--days", "180")
    _personal_data_gone(finished, upload_dir)
    assert services.cases_retention_run(days=180) == 0  # idempotent
    assert AuditEvent.objects.filter(action="anonymise", case_id=finished.pk).count() == 1


def test_recent_closed_cases_are_kept(finished):
    assert services.cases_retention_run(days=180) == 0
    finished.refresh_from_db()
    assert finished.name == "Amira Example"


def test_export_then_erase_on_request(
    finished, people, upload_dir, django_capture_on_commit_callbacks
):
    client = client_for(people["caseworker"])
    export = client.post(f"/en/staff/cases/{finished.pk}/export/", {"reason": "request 2026-11-20"})
    data = json.loads(export.content)
    assert data["name"] == "Amira Example" and data["notes"][0]["body"] == "Lives at Hauptstr. 1"
    assert export["Content-Disposition"].startswith("attachment")
    with django_capture_on_commit_callbacks(execute=True):
        erased = client.post(
            f"/en/staff/cases/{finished.pk}/erase/",
            {"reason": "request 2026-11-20", "confirm": "yes"},
        )
    assert erased.status_code == 200
    _personal_data_gone(finished, upload_dir)
    assert AuditEvent.objects.filter(action="erase", case_id=finished.pk).exists()
    assert client.get(f"/en/staff/cases/{finished.pk}/").status_code == 404


def _queries(client, url, **headers) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, **headers).status_code == 200
    return len(queries)


def _counts(lead, office, api_headers) -> tuple[int, ...]:
    """Query counts of the dashboard (medians recomputed, then reused), its CSV and the
    office's task list (page and API)."""
    DashboardMedians.objects.all().delete()
    return (
        _queries(lead, "/en/staff/dashboard/"),
        _queries(lead, "/en/staff/dashboard/"),
        _queries(lead, "/en/staff/dashboard/?format=csv"),
        _queries(office, "/en/staff/tasks/?status=done"),
        _queries(office, "/en/staff/tasks/?status=done&page=2"),
        _queries(Client(), "/api/v1/tasks?status=done", **api_headers),
    )


def test_dashboard_and_task_list_query_counts_do_not_grow_with_the_data(people, settings):
    settings.LOTSE_TASK_DUE_DAYS = -1  # every task overdue, so the counts are not all zero
    city = City.objects.get(slug="dortmund")
    lead = client_for(people["migration_lead"])
    office = client_for(people["migration"])
    api_headers = bearer(people["migration"])

    def add(n):
        for _ in range(n):
            created = services.case_create(
                actor=people["caseworker"], city=city, name="N", email="", language="en",
                consent=True, service_keys=["residence-permit-skilled-work", "daycare-place"],
            )  # fmt: skip
            services.task_transition(
                actor=people["migration"], task=created.tasks[0], to_status="done"
            )

    add(1)
    small = _counts(lead, office, api_headers)
    add(60)  # more than one page of done tasks
    large = _counts(lead, office, api_headers)
    # Page 2 of a single task is past the end: the list counts the tasks to show the last
    # page instead (two queries more, on that path only).
    assert small[4] == small[3] + 2
    assert small[:4] + small[5:] == large[:4] + large[5:]
    fresh, reused, csv_queries, page, page_2, api = large
    # The page also counts the office inbox for its badge (one query); the CSV has no page.
    assert fresh <= 22 and reused <= 12 and csv_queries == reused - 1
    # Task list: session, user, staff profile, the page of tasks with their count (one
    # query), the audit record, the service titles, the city's offices with their names
    # (one query, for the heading and the bulk hand-over) and the inbox badge. The API: the
    # token, the profile, the page and the audit record.
    assert page <= 8 and page_2 == page and api <= 4
    html = lead.get("/en/staff/dashboard/").content.decode()
    assert "<svg" in html and 'id="total-overdue">61<' in html
    csv = lead.get("/en/staff/dashboard/?format=csv").content.decode()
    assert "Office,youth-office" in csv and csv.startswith("Section,")
    german = lead.get("/de/staff/dashboard/?format=csv").content.decode()
    # German Excel: a byte-order mark, ";" between fields, German headings.
    assert german.startswith("\ufeffBereich;") and "Amt;youth-office;" in german


def _task_with_durations(people, city, *, contact_hours: float) -> None:
    created = services.case_create(
        actor=people["caseworker"], city=city, name="N", email="", language="en",
        consent=True, service_keys=["residence-permit-skilled-work"],
    )  # fmt: skip
    task = created.tasks[0]
    opened = timezone.now() - dt.timedelta(hours=contact_hours)
    Task.objects.filter(pk=task.pk).update(opened_at=opened)
    task.refresh_from_db()
    services.task_transition(actor=people["migration"], task=task, to_status="done")


def test_dashboard_medians_are_reused_for_a_minute_then_recomputed(people):
    city = City.objects.get(slug="dortmund")
    now = timezone.now()
    for hours in (2, 4, 6):
        _task_with_durations(people, city, contact_hours=hours)
    first = dashboard_data(city=city, language="en", now=now)
    assert first.median_first_contact_hours == 4.0
    for hours in (30, 40):
        _task_with_durations(people, city, contact_hours=hours)
    within = dashboard_data(city=city, language="en", now=now + dt.timedelta(seconds=59))
    assert within.median_first_contact_hours == 4.0  # stored medians, at most a minute old
    assert within.weeks[-1].done == 5  # while the counts are live
    later = dashboard_data(city=city, language="en", now=now + dt.timedelta(seconds=61))
    assert later.median_first_contact_hours == 6.0
    assert DashboardMedians.objects.filter(city=city).count() == 1


def test_task_list_pages_follow_the_due_date_without_gaps_or_repeats(people):
    city = City.objects.get(slug="dortmund")
    for days in range(PAGE_SIZE + 5):
        services.case_create(
            actor=people["caseworker"], city=city, name=f"N{days}", email="", language="en",
            consent=True, service_keys=["residence-permit-skilled-work"], due_days=(days * 7) % 30,
        )  # fmt: skip
    pages = [task_list_for_user(user=people["migration"], page=number) for number in (1, 2, 3)]
    assert [p.page for p in pages] == [1, 2, 2]  # past the end: the last page
    listed = pages[0].tasks + pages[1].tasks
    assert pages[0].total == PAGE_SIZE + 5 and len(listed) == PAGE_SIZE + 5
    assert len({t.pk for t in listed}) == PAGE_SIZE + 5
    keys = [(t.due_date, t.pk) for t in listed]
    assert keys == sorted(keys)


def test_tasks_of_anonymised_cases_leave_the_office_list(finished, people):
    before = task_list_for_user(user=people["migration"], status="done")
    assert finished.pk in {t.case_id for t in before.tasks}
    Case.objects.filter(pk=finished.pk).update(closed_at=timezone.now() - dt.timedelta(days=400))
    assert services.cases_retention_run(days=180) == 1
    assert set(Task.objects.filter(case=finished).values_list("case_anonymised", flat=True)) == {
        True
    }
    after = task_list_for_user(user=people["migration"], status="done")
    assert finished.pk not in {t.case_id for t in after.tasks}
    assert after.total == before.total - 1


def test_generator_bulk_inserts_cases_the_list_and_dashboard_can_read(people):
    call_command("cases_generate", "--cases", "40", stdout=io.StringIO())
    city = City.objects.get(slug="dortmund")
    assert Case.objects.filter(name="Synthetic Person").count() == 40
    generated = Task.objects.filter(case__name="Synthetic Person")
    assert generated.count() == 200
    assert not generated.filter(status="done", done_at__isnull=True).exists()
    lead = User.objects.get(username="bench-buergerdienste")
    page = task_list_for_user(user=lead, status="done")
    assert page.total == generated.filter(office=page.office, status="done").count() > 0
    data = dashboard_data(city=city, language="en")
    assert (
        sum(week.opened for week in data.weeks)
        == generated.filter(opened_week__gte=data.weeks[0].week).count()
    )
