"""The question a test asks of Dortmund's loaded catalog: through the selector (what the portal
and the API both call) or through the HTTP API. The tests that use these mark themselves
`django_db` and rely on the shared conftest's loaded cities."""

from __future__ import annotations

from typing import Any

import pytest

from lotse.ask import selectors
from lotse.core.models import City

# A pinned behaviour the thirty-second session's fusion weights (BM25 0.55, model 0.45, margin
# 0.09, LOST_UNSURE_TOP 0.82) broke while dev parts 17-26 and the held-out set gained
# (lotse/ask/README.md, Fusion). Strict: one that passes again fails the run, so the list stays true.
REGRESSED_BY_FUSION = pytest.mark.xfail(
    reason="regressed by the thirty-second session's fusion weights (lotse/ask/README.md, Fusion)",
    raises=AssertionError,
    strict=True,
)


def ask(question: str, language: str | None = None) -> selectors.SearchAnswer:
    """Dortmund's ten best services for `question`, with the answer (`.fact`) and the lost flag."""
    city = City.objects.get(slug="dortmund")
    return selectors.search(city=city, query=question, limit=10, language=language)


def ask_api(client: Any, question: str | None = None, **params: Any) -> dict[str, Any]:
    """`GET /api/v1/search` for Dortmund as JSON; a response other than 200 fails the test."""
    params.setdefault("city", "dortmund")
    if question is not None:
        params["q"] = question
    response = client.get("/api/v1/search", params)
    assert response.status_code == 200, response.content
    return response.json()


def ask_lost(client: Any, question: str, *context: Any) -> dict[str, Any]:
    """`ask_api` for a lost asker: the question must be read as lost and put the Welcome Center's
    counselling first (a failure names `context` and the first three services)."""
    data = ask_api(client, question)
    first = [r["service"] for r in data["results"][:3]]
    assert data["lost"] is True, (*context, question, first)
    assert first[0] == "welcome-counselling", (*context, question, first)
    return data
