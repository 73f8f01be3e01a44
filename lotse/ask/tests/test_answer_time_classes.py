"""Processing times, time limits, who may and papers that got no answer: a service named more
than the routed one that states no processing time at all, and question words of these types
the patterns did not know. Questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.core.models import City

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("rival_answers", "rank"),
    [
        (False, 0),  # the service named more states nothing of the kind: the first answers
        (True, None),  # it does: it may be the one asked about, nobody answers
    ],
)
def test_a_rival_named_more_that_states_nothing_of_the_kind_does_not_veto(rival_answers, rank):
    found = answers.answering_rank(
        [0.95, 0.78, 0.5],
        [0.9, 1.7, 0.0],
        min_score=0.5,
        min_lead=0.05,
        answers_at=lambda i: rival_answers,
    )
    assert found == rank


def test_the_first_must_be_named_itself_to_answer_past_a_rival_named_more():
    found = answers.answering_rank(
        [0.95, 0.78, 0.5], [0.0, 1.7, 0.0], min_score=0.5, min_lead=0.05, answers_at=lambda i: False
    )
    assert found is None


@pytest.mark.parametrize(
    "question",
    [
        # "diploma" names the school certificates more, which state no processing time
        "Combien de temps prend la reconnaissance de mes diplômes étrangers ?",
        "Колко време отнема признаването на чуждестранната ми диплома?",
    ],
)
def test_the_processing_time_of_the_routed_service_answers(question):
    city = City.objects.get(slug="dortmund")
    answer = selectors.search(city=city, query=question)
    assert answer.fact is not None
    assert (answer.fact.service, answer.fact.module) == (
        "recognition-of-qualifications",
        "processing_time",
    )
