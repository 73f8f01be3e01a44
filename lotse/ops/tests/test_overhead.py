"""The ops middlewares add no database query to a request."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

OPS = {
    "lotse.ops.middleware.ProxyRemoteAddrMiddleware",
    "lotse.ops.middleware.RequestObservabilityMiddleware",
    "lotse.ops.middleware.DatabaseUnavailableMiddleware",
}


@pytest.mark.parametrize("url", ["/api/v1/cities", "/en/dortmund/services/"])
def test_ops_middlewares_add_no_query(url, settings, django_assert_num_queries):
    full = list(settings.MIDDLEWARE)
    assert set(full) >= OPS
    Client().get(url)  # warm caches shared by both runs
    settings.MIDDLEWARE = [m for m in full if m not in OPS]
    with CaptureQueriesContext(connection) as baseline:
        assert Client().get(url).status_code == 200
    # Read now: the next request resets the connection's query log the context slices.
    baseline_count = len(baseline.captured_queries)
    assert baseline_count > 0
    assert "X-Request-ID" not in Client().get(url).headers
    settings.MIDDLEWARE = full
    with django_assert_num_queries(baseline_count):
        response = Client().get(url)
    assert response.status_code == 200 and "X-Request-ID" in response.headers
