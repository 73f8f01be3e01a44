"""Facts stated that got no answer (twenty-sixth session, lane none17): a count of the city's
things that only its short text states ("Dortmund hat mehr als 30 Museen", "über 500
Sportvereine") is read from the summary when the body, the who-may text and the papers count
nothing. Questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.core.models import City


def _dortmund_fact(question: str, language: str) -> answers.Fact | None:
    city = City.objects.get(slug="dortmund")
    return selectors.search(city=city, query=question, limit=10, language=language).fact


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language", "figure"),
    [
        ("How many museums are there in Dortmund?", "en", "30"),
        ("Wie viele Sportvereine gibt es in Dortmund?", "de", "500"),
        ("¿Cuántos clubes deportivos hay en Dortmund?", "es", "500"),
        ("Dortmund'da kaç müze var?", "tr", "30"),
        ("Ile klubów sportowych jest w Dortmundzie?", "pl", "500"),
        ("Câte muzee are Dortmund?", "ro", "30"),
        ("Сколько музеев в Дортмунде?", "ru", "30"),
        ("Скільки спортивних клубів у Дортмунді?", "uk", "500"),
        ("Колко музея има в Дортмунд?", "bg", "30"),
        ("كم متحف في دورتموند؟", "ar", "30"),
        ("دورتموند چند موزه دارد؟", "fa", "30"),
    ],
)
def test_a_count_only_the_summary_states_is_told(question, language, figure):
    fact = _dortmund_fact(question, language)
    assert fact is not None and fact.module == "summary" and figure in fact.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language", "figure"),
    [
        # the body counts: the summary is not read beside it
        ("How many digits does the tax ID have?", "en", "11"),
        ("How many hours does the integration course have in total?", "en", "700"),
    ],
)
def test_the_body_s_count_comes_before_the_summary(question, language, figure):
    fact = _dortmund_fact(question, language)
    assert fact is not None and fact.module == "body" and figure in fact.text
