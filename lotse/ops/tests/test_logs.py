"""JSON log lines, the request id in and out, one access line per request without personal data."""

from __future__ import annotations

import json
import logging

import pytest
from django.test import Client

from lotse.ops.logs import JsonFormatter, RequestIdFilter, request_id_var

pytestmark = pytest.mark.django_db


def access_records(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "lotse.access"]


def test_a_json_line_has_time_level_logger_message_request_id_and_extras():
    record = logging.LogRecord(
        "lotse.test", logging.WARNING, __file__, 1, "hello %s", ("you",), None
    )
    record.booking = 42
    token = request_id_var.set("abc-123")
    try:
        RequestIdFilter().filter(record)
        line = JsonFormatter().format(record)
    finally:
        request_id_var.reset(token)
    entry = json.loads(line)
    assert "\n" not in line
    assert entry["ts"].endswith("Z") and entry["ts"][:4].isdigit()
    assert entry["level"] == "WARNING"
    assert entry["logger"] == "lotse.test"
    assert entry["msg"] == "hello you"
    assert entry["request_id"] == "abc-123"
    assert entry["booking"] == 42


def test_a_json_line_outside_a_request_has_no_request_id_and_keeps_the_traceback():
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    entry = json.loads(JsonFormatter().format(record))
    assert entry["request_id"] is None
    assert "RuntimeError: boom" in entry["exc"]


def test_each_request_logs_one_access_line_with_route_status_duration_and_id(caplog):
    caplog.set_level(logging.INFO, logger="lotse.access")
    response = Client().get(
        "/api/v1/cities/dortmund/services?lang=en&q=anna@example.org",
        HTTP_X_REQUEST_ID="trace-1",
    )
    (record,) = access_records(caplog)
    entry = json.loads(JsonFormatter().format(record))
    assert entry["route"] == "api/v1/cities/<slug:city>/services"
    assert entry["status"] == response.status_code == 200
    assert entry["method"] == "GET"
    assert entry["duration_ms"] >= 0
    assert entry["request_id"] == "trace-1" == response.headers["X-Request-ID"]
    line = JsonFormatter().format(record)
    assert "anna" not in line and "lang=" not in line and "127.0.0.1" not in line


@pytest.mark.parametrize(
    "incoming", ["x" * 65, "bad id", "<script>", "ünïcode", "a;b", ""], ids=repr
)
def test_an_odd_incoming_request_id_is_replaced_by_a_fresh_one(incoming):
    response = Client().get("/healthz", HTTP_X_REQUEST_ID=incoming)
    returned = response.headers["X-Request-ID"]
    assert returned != incoming
    assert len(returned) == 32 and returned.isalnum()


def test_every_response_gets_its_own_request_id():
    first = Client().get("/healthz").headers["X-Request-ID"]
    second = Client().get("/healthz").headers["X-Request-ID"]
    assert first != second


def test_log_lines_written_during_a_request_carry_its_id(caplog):
    caplog.set_level(logging.WARNING, logger="lotse.ops")
    from unittest import mock

    from django.db.utils import OperationalError

    with mock.patch("lotse.ops.selectors.database_ping", side_effect=OperationalError("down")):
        Client().get("/readyz", HTTP_X_REQUEST_ID="probe-7")
    (record,) = [r for r in caplog.records if r.name == "lotse.ops"]
    assert json.loads(JsonFormatter().format(record))["request_id"] == "probe-7"


def test_probes_are_logged_at_debug_only(caplog):
    caplog.set_level(logging.INFO, logger="lotse.access")
    Client().get("/healthz")
    assert access_records(caplog) == []


@pytest.mark.parametrize(
    ("env", "json_lines"),
    [
        ({"LOTSE_ENV": "production"}, True),
        ({"LOTSE_ENV": "production", "LOTSE_LOG_FORMAT": "text"}, False),
    ],
)
def test_production_logs_json_lines_unless_told_otherwise(env, json_lines, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import django, logging, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'lotse.settings'; "
        "django.setup(); logging.getLogger('lotse.test').warning('hello %s', 'there', "
        "extra={'booking': 7}); logging.getLogger('lotse.access').info('GET x 200')"
    )
    production = {
        "LOTSE_SECRET_KEY": "test-only-secret-key-0123456789",
        "LOTSE_ALLOWED_HOSTS": "127.0.0.1",
        "LOTSE_DATA_DIR": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, **production, **env},
        cwd=Path(__file__).resolve().parents[3],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 2
    if json_lines:
        first, access = (json.loads(line) for line in lines)
        assert (first["level"], first["msg"], first["booking"]) == ("WARNING", "hello there", 7)
        assert access["logger"] == "lotse.access"
    else:
        assert lines[0].endswith("WARNING lotse.test [-] hello there")
