"""What number do I call (twenty-fifth session, round two, lane helpline16). A question that asks
a number but has no phone word ("What is the number of …?", body15: no type) is told by the
sentence that holds its rare words; a sentence that states no figure and names no number (the
fees module's "calls are free", a who-may sentence) does not answer it: none. Questions written
for these tests."""

from __future__ import annotations

import re

import pytest

from lotse.ask import selectors
from lotse.ask.answers import kinds
from lotse.core.models import City

pytestmark = pytest.mark.ranking


def _fact(question: str):
    city = City.objects.get(slug="dortmund")
    return selectors.search(city=city, query=question, limit=10).fact


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("What is the number of the Telefonseelsorge?", "Der Anruf ist kostenlos."),
        ("Care este numărul liniei?", "Apelul este gratuit."),
        ("ما هو رقم الخط؟", "الاتصال مجاني."),
        ("Какой номер у консультации?", "Консультация бесплатная и анонимная."),
    ],
)
def test_a_sentence_without_a_figure_or_a_number_tells_no_number(question, sentence):
    assert not kinds.tells_asked_number(question, sentence)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # a figure
        ("What is the number of the Telefonseelsorge?", "Call 0800 1110111, free of charge."),
        # the number named
        ("Skąd wziąć numer eVB do rejestracji auta?", "Ubezpieczyciel podaje Państwu numer eVB."),
        # no number asked: any sentence may tell
        ("Is the counselling free?", "Die Beratung ist kostenlos."),
        # the number given in the question: it asks about that number
        ("What is 116117 for?", "Der Anruf ist kostenlos."),
    ],
)
def test_a_figure_or_a_named_number_may_tell(question, sentence):
    assert kinds.tells_asked_number(question, sentence)


# Each of these was told a sentence of the pregnancy counselling that gives no number ("Every
# woman and every man may get advice at a pregnancy counselling centre …, anonymously if they
# wish").
NUMBER_ASKED = [
    "What's the number for the anonymous birth counselling?",
    "Welche ist die Nummer für die anonyme Geburt Beratung?",
    "Quel est le numéro pour le conseil sur l'accouchement anonyme ?",
    "Care este numărul pentru consilierea privind nașterea anonimă?",
    "Какъв е номерът на консултацията за анонимно раждане?",
]


@pytest.mark.django_db
@pytest.mark.parametrize("question", NUMBER_ASKED)
def test_a_number_asked_is_not_told_without_one(question):
    assert kinds.classify(question) is None
    fact = _fact(question)
    # none, or a sentence that gives a number
    assert fact is None or re.search(r"\d", fact.text)
