"""Liveness never touches the database; readiness names the check that fails."""

from __future__ import annotations

from unittest import mock

import pytest
from django.db.migrations.executor import MigrationExecutor
from django.db.utils import OperationalError
from django.test import Client
from django.urls import reverse

from lotse.ops import selectors

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_migration_cache():
    selectors.migrations_cache_clear()
    yield
    selectors.migrations_cache_clear()


def test_liveness_answers_without_any_database_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        response = Client().get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_liveness_stays_up_while_the_database_is_down():
    with mock.patch.object(selectors, "database_ping", side_effect=OperationalError("down")):
        assert Client().get("/healthz").status_code == 200


def test_readiness_is_ok_when_the_database_answers_and_is_migrated():
    response = Client().get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "migrations": "ok"}}


def test_readiness_is_503_naming_the_database_when_it_does_not_answer():
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=OperationalError):
        response = Client().get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["failing"] == ["database"]
    assert body["checks"]["database"] == "failed: OperationalError"
    assert response.headers["Retry-After"] == "5"


def test_readiness_is_503_naming_migrations_when_one_is_not_applied():
    missing = mock.Mock(app_label="cases", name="0099_future")
    missing.name = "0099_future"
    with mock.patch.object(MigrationExecutor, "migration_plan", return_value=[(missing, False)]):
        response = Client().get("/readyz")
    assert response.status_code == 503
    assert response.json()["failing"] == ["migrations"]
    assert response.json()["checks"]["migrations"] == "failed: 1 unapplied"


def test_a_positive_migration_check_is_made_once_per_process():
    real_plan = MigrationExecutor.migration_plan
    with mock.patch.object(
        MigrationExecutor, "migration_plan", autospec=True, side_effect=real_plan
    ) as plan:
        assert Client().get("/readyz").status_code == 200
        assert Client().get("/readyz").status_code == 200
    assert plan.call_count == 1


def test_a_negative_migration_check_is_made_again_next_time():
    missing = mock.Mock(app_label="cases")
    missing.name = "0099_future"
    with mock.patch.object(MigrationExecutor, "migration_plan", return_value=[(missing, False)]):
        assert Client().get("/readyz").status_code == 503
    assert Client().get("/readyz").status_code == 200
