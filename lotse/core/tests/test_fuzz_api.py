"""Schemathesis over every documented route of /api/v1/openapi.json: no 5xx for any input, and
every response matches its documented schema. Bounded (LOTSE_FUZZ_EXAMPLES per operation, 20
by default) and derandomized, so `make test` stays fast and the same failures come back."""

from __future__ import annotations

import os
from typing import Any

import pytest
import schemathesis
from django.contrib.auth.models import User
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from lotse.core.auth import api_token_issue
from lotse.core.models import City, Role, StaffProfile
from lotse.core.openapi import build_spec

EXAMPLES = int(os.environ.get("LOTSE_FUZZ_EXAMPLES", "20"))
SCHEMA = schemathesis.openapi.from_dict(build_spec())
OPERATIONS = {
    op.label: op
    for op in (result.ok() for result in SCHEMA.get_all_operations())  # type: ignore[union-attr]
}
CHECKS = [
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
    content_type_conformance,
]


@pytest.fixture
def fuzz_headers(db, settings: Any) -> dict[str, str]:
    """A caseworker's token, so the authenticated routes are fuzzed past the login check."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    user = User.objects.create_user(username="fuzzer", password="pw-fuzzer-long-enough")
    StaffProfile.objects.create(
        user=user, city=City.objects.get(slug="dortmund"), role=Role.CASEWORKER
    )
    return {"Authorization": f"Bearer {api_token_issue(user=user)}"}


@pytest.mark.parametrize("label", sorted(OPERATIONS))
def test_api_operation_survives_fuzzing(label: str, fuzz_headers: dict[str, str]) -> None:
    """Every documented operation answers generated input without a 5xx and within its schema."""
    operation = OPERATIONS[label]
    app = get_wsgi_application()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(
        case=st.one_of(
            operation.as_strategy(GenerationMode.POSITIVE),
            operation.as_strategy(GenerationMode.NEGATIVE),
        )
    )
    def run(case: schemathesis.Case) -> None:
        response = case.call(app=app, headers=fuzz_headers)
        case.validate_response(response, checks=CHECKS)

    # As Django's test client does: a finished request must not close the test's database
    # connection (on PostgreSQL that would end the test's transaction).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        run()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
