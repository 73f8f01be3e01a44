"""Moving the outbox into core keeps the table and its rows: a mail queued before the move is
still sent after it (migrations run backwards to before the move, then forwards again)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from django.utils.module_loading import import_string

from lotse.appointments.services import booking as booking_services
from lotse.appointments.services import waitlist as waitlist_services
from lotse.core import outbox
from lotse.core.models import OutgoingMail

BEFORE = [("appointments", "0002_outgoing_mail"), ("core", "0004_audit_append_only")]


@pytest.mark.django_db(transaction=True)
def test_a_mail_queued_before_the_move_is_sent_after_it() -> None:
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    executor.migrate(BEFORE)
    old_apps = executor.loader.project_state(BEFORE).apps
    City = old_apps.get_model("core", "City")
    Office = old_apps.get_model("catalog", "Office")
    AppointmentType = old_apps.get_model("appointments", "AppointmentType")
    Slot = old_apps.get_model("appointments", "Slot")
    Booking = old_apps.get_model("appointments", "Booking")
    OldMail = old_apps.get_model("appointments", "OutgoingMail")
    city = City.objects.create(slug="migr", names={"en": "M"}, state="NW")
    office = Office.objects.create(city=city, key="o")
    type_ = AppointmentType.objects.create(
        city=city, key="t", office=office, mode="in_person", duration_minutes=30, capacity=1
    )
    start = timezone.now() + dt.timedelta(days=2)
    slot = Slot.objects.create(
        type=type_, start=start, end=start + dt.timedelta(minutes=30), capacity=1
    )
    booking = Booking.objects.create(
        type=type_,
        slot=slot,
        status="held",
        name="Ana",
        email="Ana@Example.org",
        language="en",
        token_hash="x" * 64,
        ical_uid="u@lotse",
    )
    old = OldMail.objects.create(
        kind="confirm_request",
        recipient="Ana@Example.org",
        subject="Please confirm",
        body="the link",
        booking=booking,
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(latest)

    moved = OutgoingMail.objects.get(pk=old.pk)
    assert (moved.ref_type, moved.ref_id, moved.body) == ("booking", booking.pk, "the link")
    assert outbox.mail_send(mail_id=moved.pk) == "sent"
    assert mail.outbox[-1].to == ["Ana@Example.org"] and mail.outbox[-1].body == "the link"


@pytest.mark.parametrize(
    ("old_path", "task"),
    [
        ("lotse.appointments.tasks.outbox_send", outbox.outbox_send),
        ("lotse.appointments.tasks.outbox_sweep", outbox.outbox_sweep),
        ("lotse.appointments.tasks.send_reminder", booking_services.send_reminder),
        ("lotse.appointments.tasks.release_due_seats", waitlist_services.release_due_seats),
    ],
)
def test_tasks_queued_under_their_old_paths_still_run(old_path: str, task: object) -> None:
    """The worker resolves a stored task path with import_string: the old module keeps them."""
    assert import_string(old_path) is task
