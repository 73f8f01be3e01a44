"""A question of no type (a yes/no or open question: "Darf ich mit dem Deutschlandticket ICE
fahren?") is answered by the sentence of the top service that holds its rare words, when one
sentence holds enough of them and no other comes close (`answers.told_fact`)."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.ask.answers.sentences import TOLD_MARGIN, TOLD_MIN_WEIGHT
from lotse.core.models import City

pytestmark = pytest.mark.django_db


def _search(question: str, language: str) -> selectors.SearchAnswer:
    city = City.objects.get(slug="dortmund")
    return selectors.search(city=city, query=question, limit=10, language=language)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Kann ich mit dem Deutschlandticket auch im ICE fahren?", "de"),
        ("Is the ICE included in the Deutschlandticket?", "en"),
        ("Puis-je prendre un ICE avec le Deutschlandticket ?", "fr"),
        ("¿Puedo usar el Deutschlandticket en el ICE?", "es"),
        ("Pot folosi Deutschlandticket în ICE?", "ro"),
        ("آیا با دویچلند تیکت میشه سوار ICE شد؟", "fa"),
    ],
)
def test_a_question_of_no_type_is_told_by_the_sentence_holding_its_rare_word(question, language):
    found = _search(question, language)
    assert found.kind is None
    fact = found.fact
    assert fact is not None
    assert (fact.service, fact.module) == ("deutschlandticket", "body")
    assert "ICE" in fact.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Darf die Bank mir wegen schlechter Schufa ein Basiskonto verweigern?", "de"),
        ("Will my bank turn down a basic account if my Schufa score is bad?", "en"),
    ],
)
def test_whether_a_bank_may_refuse_is_told_by_the_body(question, language):
    fact = _search(question, language).fact
    assert fact is not None and fact.service == "bank-account" and "Schufa" in fact.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        # the general counselling, where questions that name no service go
        ("Hallo, ich bin neu hier, was soll ich machen?", "de"),
        ("Can you help me, I don't know anything?", "en"),
        # nothing the city offers
        ("Wie ist das Wetter morgen in Dortmund?", "de"),
    ],
)
def test_a_question_of_no_type_that_names_no_service_gets_no_answer(question, language):
    assert _search(question, language).fact is None


def _told(question: str, key: str, weights: dict[str, float]) -> answers.Fact | None:
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    return answers.told_fact(city, generation, key, "en", question, lambda t: weights.get(t, 0.1))


def test_a_told_sentence_must_hold_enough_and_lead_the_others():
    question = "Is the ICE included in the Deutschlandticket?"
    # "ice" alone weighs enough and no other sentence holds it
    fact = _told(question, "deutschlandticket", {"ice": TOLD_MIN_WEIGHT})
    assert fact is not None and "ICE" in fact.text
    # too little weight: no answer
    assert _told(question, "deutschlandticket", {"ice": TOLD_MIN_WEIGHT - 1}) is None


def test_two_sentences_holding_the_same_rare_words_give_no_answer():
    # "university degree" stands in the body and in the who-may text of the Blue Card: a
    # question about it is not told by one sentence
    question = "I have no university degree, can I still get it?"
    weights = {"universiti": TOLD_MIN_WEIGHT, "degre": TOLD_MARGIN}
    assert _told(question, "eu-blue-card", weights) is None
