"""Every caseworker and office page of the cases app is German in `de`: no English interface
words, no raw codes (office and service keys, status codes, language codes)."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from lotse.cases import services

from .conftest import PDF, client_for

pytestmark = pytest.mark.django_db

ENGLISH = [
    "Tasks", "Newcomer", "Reference", "Household", "Add a service", "Assign to me", "Preview",
    "Download", "Inbox", "Mark done", "Start work", "Cancel task", "History", "routed",
    "status changed", "newcomer", "Waiting", "Search", "Show", "overdue", "Choose",
    "Hand over", "Notes", "Missing", "Relation", "Nationality", "Date of birth", "Consent",
    "Language", "go back", "uploaded", "Accept", "Reject", "Open case", "Main person",
    "Services", "Caseworker", "accepted", "Internal due date", "Step", "Print",
]  # fmt: skip
RAW = ["migration-office", "buergerdienste", "residence-registration", "in_progress", "waiting"]


def _visible(html: str) -> str:
    html = re.sub(r"(?s)<script.*?</script>|<style.*?</style>|<footer.*?</footer>", "", html)
    html = re.sub(r"(?s)<header.*?</header>", "", html)
    return re.sub(r"<[^>]+>", "\n", html)


def test_cases_staff_pages_are_german(people, case):
    permit = case.tasks[1]
    (request,) = services.task_request_documents(
        actor=people["migration"], task=permit, labels=["Pass"]
    )
    services.document_upload(
        case=case.case, request_id=request.pk,
        upload=SimpleUploadedFile("p.pdf", PDF, content_type="application/pdf"),
    )  # fmt: skip
    services.member_add(actor=people["caseworker"], case=case.case, name="Lina", relation="child")
    caseworker, office = client_for(people["caseworker"]), client_for(people["migration"])
    c = case.case.pk
    pages = [
        (caseworker, "get", "/de/staff/cases/?q=amira&status=all", {}),
        (caseworker, "get", "/de/staff/cases/new/", {}),
        (caseworker, "get", f"/de/staff/cases/{c}/", {}),
        (caseworker, "get", f"/de/staff/cases/{c}/summary/", {}),
        (caseworker, "get", f"/de/staff/tasks/{permit.pk}/", {}),
        (caseworker, "get", "/de/staff/tasks/", {}),
        (caseworker, "post", f"/de/staff/cases/{c}/", {"action": "link"}),
        (office, "get", f"/de/staff/tasks/{permit.pk}/", {}),
        (office, "get", "/de/staff/tasks/?status=all", {}),
        (office, "get", "/de/staff/inbox/", {}),
        (office, "post", f"/de/staff/tasks/{permit.pk}/", {"action": "status", "to": "done"}),
    ]
    for client, method, url, data in pages:
        response = getattr(client, method)(url, data)
        assert response.status_code == 200, url
        text = _visible(response.content.decode())
        words = {w for w in ENGLISH if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)}
        codes = {c for c in RAW if re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", text)}
        assert not words and not codes, (url, words, codes)
