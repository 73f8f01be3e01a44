"""Facts stated that got no answer (twenty-sixth session, lane none17): a count of the city's
things that only its short text states ("Dortmund hat mehr als 30 Museen", "über 500
Sportvereine") is read from the summary when the body, the who-may text and the papers count
nothing. Questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.core.models import City

pytestmark = pytest.mark.ranking


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


@pytest.mark.django_db
def test_the_digits_of_an_id_number_are_counted_not_read_as_a_phone_question():
    # "numarası kaç" is a phone question's words; the digits counted are the tax ID's
    question = "Vergi kimlik numarası kaç haneden oluşur?"
    assert answers.classify(question) == "phone"
    fact = _dortmund_fact(question, "tr")
    assert fact is not None and fact.service == "tax-id" and "11" in fact.text


@pytest.mark.django_db
def test_the_digits_of_a_phone_number_are_not_told_by_the_tax_id():
    fact = _dortmund_fact("How many digits does the phone number of the tax office have?", "en")
    assert fact is None or "11 digits" not in fact.text


def test_a_telephone_named_is_read_in_each_language():
    assert answers.names_telephone("Welche Telefonnummer hat das Amt?")
    assert answers.names_telephone("رقم الهاتف كم خانة؟")
    assert not answers.names_telephone("Vergi kimlik numarası kaç haneden oluşur?")
