"""The waiting list's own page (place in line, leave it: GET shows, POST leaves) and positions
that stay right with many waiting — on the waiting list and in the virtual-office queue."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from lotse.appointments import selectors_fairness, services
from lotse.appointments.models import QueueEntry, QueueStatus, WaitlistEntry, WaitlistStatus
from lotse.appointments.selectors import queue_position
from lotse.catalog.models import Office
from lotse.core.models import OutgoingMail
from lotse.core.tokens import token_hash

from .conftest import make_type

pytestmark = pytest.mark.django_db


def test_the_registration_mail_links_to_the_entry_page_where_one_can_leave(client: Client) -> None:
    type_ = make_type(key="wl-type", waitlist=True)
    entry, token = services.waitlist_register(
        type_=type_, name="Wanda", email="w@example.org", language="uk", needed_by=None
    )
    mail = OutgoingMail.objects.get(kind="waitlist_registered")
    url = f"/uk/appointments/waitlist/{entry.pk}/{token}/"
    assert url in mail.body
    page = client.get(url)
    assert page.status_code == 200 and page["Cache-Control"] == "no-store"
    assert b'id="wl-position">1<' in page.content
    entry.refresh_from_db()
    assert entry.status == WaitlistStatus.WAITING, "showing the page leaves nothing"
    response = client.post(url + "leave/")
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.status == WaitlistStatus.WITHDRAWN
    assert client.get(f"/uk/appointments/waitlist/{entry.pk}/wrong/").status_code == 404
    assert client.post(f"/uk/appointments/waitlist/{entry.pk}/wrong/leave/").status_code == 404
    assert client.get(url + "leave/").status_code == 405


def test_waitlist_positions_follow_the_offer_order_with_200_waiting() -> None:
    type_ = make_type(key="wl-type", waitlist=True)
    today = timezone.localdate()
    now = timezone.now()
    entries = WaitlistEntry.objects.bulk_create(
        [
            WaitlistEntry(
                type=type_,
                name=f"P{i}",
                email=f"p{i}@example.org",
                email_key=f"p{i}@example.org",
                language="en",
                # every third without a date; many share a date and a registration time
                needed_by=None if i % 3 == 0 else today + dt.timedelta(days=i % 7),
                created_at=now - dt.timedelta(minutes=i % 5),
                token_hash=token_hash(f"t{i}"),
            )
            for i in range(200)
        ]
    )
    assert len(entries) == 200
    order = list(WaitlistEntry.objects.filter(type=type_, status="waiting"))  # the offer order
    positions = [selectors_fairness.waitlist_position(entry=e) for e in order]
    assert positions == list(range(1, 201))
    with CaptureQueriesContext(connection) as queries:
        selectors_fairness.waitlist_position(entry=order[150])
    assert len(queries) == 1


def test_queue_positions_stay_right_with_200_waiting(client: Client) -> None:
    office = Office.objects.get(city__slug="dortmund", key="welcome-center")
    now = timezone.now()
    QueueEntry.objects.bulk_create(
        [
            QueueEntry(
                office=office,
                language="en",
                token_hash=token_hash(f"q{i}"),
                # knocks in bursts: ten share each instant
                created_at=now - dt.timedelta(seconds=300 - i // 10),
                heartbeat_at=now,
            )
            for i in range(200)
        ]
    )
    entries = list(QueueEntry.objects.filter(office=office).order_by("created_at", "id"))
    assert [queue_position(entry=e).position for e in entries] == list(range(1, 201))
    # Someone ahead closed the page (stale heartbeat), someone else was admitted: both drop out.
    QueueEntry.objects.filter(pk=entries[3].pk).update(heartbeat_at=now - dt.timedelta(hours=1))
    QueueEntry.objects.filter(pk=entries[4].pk).update(status=QueueStatus.ADMITTED)
    target = entries[150]
    index = 150
    page = client.get(f"/en/virtual-office/wait/{target.pk}/q{index}/")
    assert page.status_code == 200
    assert f'id="q-position">{index + 1 - 2}<'.encode() in page.content
    status = client.get(f"/en/virtual-office/wait/{target.pk}/q{index}/status.json").json()
    assert status["position"] == index - 1
    assert status["waiting"] == 198
