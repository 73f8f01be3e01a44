"""Routing classes of the twenty-second session (lane route11): a catalog abbreviation typed in
capitals is a name, not the stop word its lower-case twin is (the French/Turkish/Romanian
negation "ne" is the settlement permit's "NE", the English "but" the education package's "BuT",
the French/Spanish/Romanian "tu" the university's "TU")."""

from __future__ import annotations

import pytest

from lotse.ask import analysis, selectors
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


@pytest.fixture
def index():
    return selectors.city_index(City.objects.get(slug="dortmund"))


def _top(question: str, language: str, index: selectors.CityIndex) -> str:
    lexical = selectors._lexical(question, language, index)
    return index.keys[int(lexical.argmax())] if lexical.any() else ""


@pytest.mark.parametrize(
    ("question", "language", "expected"),
    [
        ("comment obtenir la NE ?", "fr", "settlement-permit"),
        ("NE için ne kadar beklemek gerekiyor", "tr", "settlement-permit"),
        ("cum obțin NE?", "ro", "settlement-permit"),
        ("what does BuT pay for my son", "en", "education-and-participation"),
        ("¿cómo me inscribo en la TU?", "es", "university-admission"),
        ("ce trebuie pentru NE", "ro", "settlement-permit"),
        ("BuT?", "en", "education-and-participation"),
    ],
)
def test_an_abbreviation_in_capitals_is_a_name_not_a_stop_word(index, question, language, expected):
    assert _top(question, language, index) == expected


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("je ne sais pas où aller", "fr"),
        ("ne yapmalıyım bilmiyorum", "tr"),
        ("tu sais où aller ?", "fr"),
    ],
)
def test_the_same_word_in_lower_case_stays_a_stop_word(index, question, language):
    names = analysis.written_names(question) & index.abbreviations.keys()
    assert not names
    assert _top(question, language, index) not in {"settlement-permit", "university-admission"}


def test_a_question_typed_in_capitals_marks_no_word_as_a_name():
    assert analysis.written_names("JE NE SAIS PAS QUOI FAIRE") == frozenset()
    assert analysis.written_names("combien coûte la NE") == frozenset({"ne"})
    assert analysis.written_names("BuT") == frozenset({"but"})
    assert analysis.written_names("L'UE") == frozenset({"ue"})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("BuT", "education-and-participation"),
        ("BuT?", "education-and-participation"),
        ("BuT beantragen", "education-and-participation"),
    ],
)
def test_an_abbreviation_alone_is_no_lost_question(question, expected):
    # Read without its stop words the question named nothing and went to the counselling.
    answer = selectors.search(
        city=City.objects.get(slug="dortmund"), query=question, limit=3, with_answer=False
    )
    assert not answer.lost
    assert answer.hits[0].key == expected


def test_a_lost_question_with_a_lower_case_stop_word_stays_lost():
    answer = selectors.search(
        city=City.objects.get(slug="dortmund"),
        query="je ne sais pas par où commencer",
        limit=3,
        with_answer=False,
    )
    assert answer.lost


def test_an_abbreviation_of_several_services_makes_no_lost_question_named():
    answer = selectors.search(
        city=City.objects.get(slug="dortmund"),
        query="I'm new in NRW, where do I start?",
        limit=3,
        with_answer=False,
    )
    assert answer.lost
