"""/metrics: Prometheus text that a parser reads, per-route counters, gauges from the database."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.test import Client
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max
from prometheus_client.parser import text_string_to_metric_families

from lotse.appointments import services as appointments_services
from lotse.appointments.models import Booking, BookingStatus
from lotse.appointments.tests.conftest import make_slot, make_type
from lotse.cases import services as cases_services
from lotse.cases.models import TaskStatus
from lotse.cases.tests.conftest import make_staff
from lotse.catalog.models import Office
from lotse.core import outbox
from lotse.core.models import City, Role
from lotse.ops import metrics

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[3]


def scrape(client: Client | None = None) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of one scrape, keyed by name and sorted labels."""
    response = (client or Client()).get("/metrics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=0.0.4")
    samples = {}
    for family in text_string_to_metric_families(response.content.decode()):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def requests_total(samples, **labels: str) -> float:
    return samples.get(("lotse_http_requests_total", tuple(sorted(labels.items()))), 0.0)


def test_a_request_shows_up_under_its_url_pattern_not_its_path():
    route = "api/v1/cities/<slug:city>/services/<str:key>"
    before = requests_total(scrape(), method="GET", route=route, status="200")
    assert (
        Client().get("/api/v1/cities/dortmund/services/residence-registration").status_code == 200
    )
    samples = scrape()
    assert requests_total(samples, method="GET", route=route, status="200") == before + 1
    count = samples[
        ("lotse_http_request_duration_seconds_count", (("method", "GET"), ("route", route)))
    ]
    assert count >= 1
    assert not any("residence-registration" in str(key) for key in samples)


def test_portal_pages_are_one_series_for_all_languages():
    before = scrape()
    Client().get("/en/")
    Client().get("/de/")
    after = scrape()
    key = {"method": "GET", "route": "<lang>/", "status": "200"}
    assert requests_total(after, **key) == requests_total(before, **key) + 2


def test_unknown_paths_count_as_unmatched_and_never_leak_the_path():
    Client().get("/no-such-page-for-anna@example.org")
    samples = scrape()
    assert any(dict(labels).get("route") == "unmatched" for _name, labels in samples)
    assert not any("anna" in str(key) for key in samples)


def test_static_files_are_one_series():
    Client().get("/static/portal/lotse.css")
    Client().get("/static/portal/no-such-file-of-anna.css")
    routes = {dict(labels).get("route") for _name, labels in scrape()}
    assert "static" in routes
    assert not any("anna" in str(route) for route in routes)


def test_metrics_are_refused_to_anyone_but_localhost():
    assert Client(REMOTE_ADDR="203.0.113.7").get("/metrics").status_code == 403
    assert Client(REMOTE_ADDR="::1").get("/metrics").status_code == 200


def test_gauges_show_task_backlog_queues_holds_and_open_case_tasks():
    empty = scrape()
    assert empty[("lotse_database_up", ())] == 1
    now = timezone.now()
    for age_minutes in (3, 10):
        task = DBTaskResult.objects.create(
            status=TaskResultStatus.READY, args_kwargs={}, task_path="lotse.x",
            backend_name="default", run_after=get_date_max(), exception_class_path="",
            traceback="",
        )  # fmt: skip
        # enqueued_at is auto_now_add: backdate it afterwards.
        DBTaskResult.objects.filter(pk=task.pk).update(
            enqueued_at=now - dt.timedelta(minutes=age_minutes)
        )
    DBTaskResult.objects.create(
        status=TaskResultStatus.READY, args_kwargs={}, task_path="lotse.later",
        backend_name="default", run_after=now + dt.timedelta(hours=1),
        exception_class_path="", traceback="",
    )  # fmt: skip
    DBTaskResult.objects.create(
        status=TaskResultStatus.FAILED, args_kwargs={}, task_path="lotse.y",
        backend_name="default", run_after=get_date_max(), exception_class_path="", traceback="",
    )  # fmt: skip
    city = City.objects.get(slug="dortmund")
    welcome = Office.objects.get(city=city, key="welcome-center")
    appointments_services.queue_knock(office=welcome, name="A", language="en")
    appointments_services.queue_knock(office=welcome, name="B", language="de")
    slot = make_slot(make_type(key="ops-metrics", capacity=3))
    for index, expires in enumerate((now + dt.timedelta(minutes=5), now - dt.timedelta(minutes=1))):
        Booking.objects.create(
            type=slot.type, slot=slot, status=BookingStatus.HELD, name="N", email="n@example.org",
            language="en", token_hash="x", expires_at=expires, ical_uid=f"ops-{index}",
        )  # fmt: skip
    caseworker = make_staff("ops-cw", Role.CASEWORKER)
    cases_services.case_create(
        actor=caseworker, city=city, name="Case", email="", language="en", consent=True,
        service_keys=["residence-registration", "residence-permit-skilled-work"],
    )  # fmt: skip

    samples = scrape()
    assert samples[("lotse_tasks_ready", ())] == empty[("lotse_tasks_ready", ())] + 2
    assert samples[("lotse_tasks_failed", ())] == empty[("lotse_tasks_failed", ())] + 1
    assert 590 <= samples[("lotse_tasks_oldest_ready_age_seconds", ())] < 700
    assert samples[("lotse_virtual_office_waiting", (("office", "dortmund/welcome-center"),))] == 2
    assert samples[("lotse_appointments_holds_unconfirmed", ())] == 1
    assert samples[("lotse_appointments_holds_overdue", ())] == 1
    # The knock mails nobody, the two holds were created without mails: only these two wait.
    assert samples[("lotse_outbox_unsent", ())] == empty[("lotse_outbox_unsent", ())]
    for index in range(2):
        outbox.mail_enqueue(
            kind="confirmed", recipient=f"o{index}@example.org", subject="S", body="B"
        )
    samples = scrape()
    assert samples[("lotse_outbox_unsent", ())] == empty[("lotse_outbox_unsent", ())] + 2
    new_tasks = ("lotse_case_tasks_open", (("status", TaskStatus.NEW.value),))
    assert samples[new_tasks] == empty[new_tasks] + 2


def test_a_scrape_still_answers_while_the_database_is_down():
    from unittest import mock

    from django.db.utils import OperationalError

    with mock.patch("lotse.ops.selectors.ops_snapshot", side_effect=OperationalError("down")):
        samples = scrape()
    assert samples[("lotse_database_up", ())] == 0
    assert ("lotse_tasks_ready", ()) not in samples


def test_the_gauges_cost_a_few_queries_whatever_the_data(django_assert_max_num_queries):
    with django_assert_max_num_queries(5):
        Client().get("/metrics")


def test_multiprocess_mode_sums_the_counters_of_all_worker_processes(tmp_path):
    """Two processes count requests; a scrape in a third sees both (gunicorn workers)."""
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path), "LOTSE_ENV": "test"}
    count = textwrap.dedent(
        """
        from lotse.ops.metrics import request_observe
        request_observe(method="GET", route="search", status=200, seconds=0.01)
        """
    )
    for _worker in range(2):
        subprocess.run([sys.executable, "-c", count], env=env, cwd=ROOT, check=True)
    render = textwrap.dedent(
        """
        import django, os
        os.environ["DJANGO_SETTINGS_MODULE"] = "lotse.settings"
        django.setup()
        from lotse.ops.metrics import metrics_render
        print(metrics_render().decode())
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", render], env=env, cwd=ROOT, check=True, capture_output=True,
        text=True,
    )  # fmt: skip
    totals = {
        tuple(sorted(s.labels.items())): s.value
        for family in text_string_to_metric_families(result.stdout)
        for s in family.samples
        if s.name == "lotse_http_requests_total"
    }
    assert totals[(("method", "GET"), ("route", "search"), ("status", "200"))] == 2


def test_gunicorn_hooks_reset_the_directory_and_forget_dead_workers(tmp_path, monkeypatch):
    directory = tmp_path / "metrics"
    directory.mkdir()
    (directory / "counter_1.db").write_bytes(b"old run")
    (directory / "README").write_text("not ours")
    (directory / "gauge_livesum_4242.db").write_bytes(b"dead worker")
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(directory))
    metrics.child_exit(None, SimpleNamespace(pid=4242))
    assert not (directory / "gauge_livesum_4242.db").exists()
    assert (directory / "counter_1.db").exists()
    metrics.multiproc_dir_reset(None)
    assert directory.is_dir() and [p.name for p in directory.iterdir()] == ["README"]
