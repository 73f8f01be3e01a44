"""Plan links made before tokens were stored hashed still open their plan after the migration."""

from __future__ import annotations

import hashlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("plans", "0001_plan")]
AFTER = [("plans", "0002_plan_token_stored_hashed")]


def test_existing_plan_links_keep_working_after_hashing():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old_apps = executor.loader.project_state(BEFORE).apps
    City = old_apps.get_model("core", "City")
    Plan = old_apps.get_model("plans", "Plan")
    city = City.objects.create(slug="altstadt", names={"de": "Altstadt"}, state="NW")
    raw = "an-old-raw-plan-token-from-a-saved-link-0123456789"
    Plan.objects.create(token=raw, city=city, profile={"city": "altstadt"})

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    new_apps = executor.loader.project_state(AFTER).apps
    stored = new_apps.get_model("plans", "Plan").objects.get()
    assert stored.token_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert not hasattr(stored, "token") or stored.token != raw

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    from lotse.plans.selectors import plan_get

    assert plan_get(token=raw).city.slug == "altstadt"
