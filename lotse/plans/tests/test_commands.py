"""The plans' management commands on the shared command bases (lotse/core/commands.py)."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from lotse.plans.models import Plan
from lotse.plans.tests.test_reminders import _plan

pytestmark = pytest.mark.django_db


def test_plans_retention_deletes_plans_unused_longer_than_days_and_says_how_many():
    today = timezone.localdate()
    old, fresh = _plan(expires_in=10), _plan(expires_in=10)
    Plan.objects.filter(pk=old.pk).update(last_used=today - dt.timedelta(days=31))
    Plan.objects.filter(pk=fresh.pk).update(last_used=today - dt.timedelta(days=5))
    out = StringIO()

    call_command("plans_retention", "--days", "30", stdout=out)

    assert out.getvalue() == "deleted 1 plan(s)\n"
    assert list(Plan.objects.values_list("pk", flat=True)) == [fresh.pk]
