"""The audit log is append-only in the database and keeps its facts after erasure."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.db import DatabaseError, transaction

from lotse.core.audit import AuditQuery, audit_record, audit_search
from lotse.core.models import AuditEvent

pytestmark = pytest.mark.django_db


def test_audit_rows_cannot_be_updated_or_deleted_even_with_raw_queries():
    event = audit_record(actor=None, action="read", object_type="case", object_id=1, case_id=1)
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).update(reason="rewritten")
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).delete()
    assert AuditEvent.objects.get(pk=event.pk).reason == ""


def test_deleting_a_staff_user_keeps_their_events_under_their_name():
    user = User.objects.create_user(username="leaver", password="x-long-password")
    event = audit_record(actor=user, action="read", object_type="case", object_id=7)
    user.delete()
    event.refresh_from_db()
    assert event.actor is None and event.actor_label == "leaver"


def test_search_filters_by_case_actor_and_action():
    audit_record(actor=None, action="read", object_type="case", object_id=1, case_id=1,
                 city_id=5)  # fmt: skip
    audit_record(actor=None, action="upload", object_type="document", object_id=2, case_id=1,
                 actor_label="newcomer", city_id=5)  # fmt: skip
    audit_record(actor=None, action="read", object_type="case", object_id=3, case_id=3,
                 city_id=5)  # fmt: skip
    found = list(audit_search(query=AuditQuery(case_id=1, actor="newcomer"), cities=[5]))
    assert [(e.action, e.object_id) for e in found] == [("upload", "2")]
