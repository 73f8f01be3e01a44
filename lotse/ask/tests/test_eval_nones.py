"""Why an unanswered factual question got no answer (`python -m lotse.ask.eval.nones`).
Questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import selectors
from lotse.ask.eval.nones import REASONS, reason
from lotse.core.models import City

pytestmark = pytest.mark.ranking


def _reason(question: dict[str, object], language: str) -> str:
    city = City.objects.get(slug="dortmund")
    answer = selectors.search(city=city, query=str(question["q"]), limit=10, language=language)
    return reason(city, question, answer)


@pytest.mark.django_db
def test_a_module_no_source_covers_is_unsourced():
    # the child benefit's processing time: no source covers it (no answer by design)
    question = {
        "q": "How long does the child benefit application take?",
        "service": "child-benefit",
        "modules": ["processing_time"],
    }
    assert _reason(question, "en") == "unsourced"


@pytest.mark.django_db
def test_a_service_not_routed_first_or_second_is_a_rank_reason():
    question = {
        "q": "What does the registration of my flat cost?",
        "service": "naturalisation",
        "modules": ["fees"],
    }
    assert _reason(question, "en") == "rank"


@pytest.mark.django_db
def test_a_question_of_no_type_is_no_type():
    question = {
        "q": "Can my landlord keep the deposit after I move out?",
        "service": "tenancy-rights",
        "modules": ["fees"],
    }
    assert _reason(question, "en") == "no-type"


def test_every_reason_is_named_once():
    assert len(REASONS) == len(set(REASONS))
