"""The told sentence must carry what was asked (twenty-seventh session, lane agree18): an
office card that states no time does not answer an opening-hours question when the sure top
service's own text gives its desk's hours, and an office card's number, which no text says is
free, does not answer a question asking a number free to call when that service's text gives
one free line. Questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask.answers import kinds
from lotse.ask.tests.searching import ask

pytestmark = pytest.mark.ranking


def _fact(question: str):
    return ask(question).fact


# (1) the desk's hours in the service's text, the office card "no general opening hours"
DESK_HOURS = [
    "¿A qué hora abre el punto de información para ucranianos?",
    "W jakie dni można przyjść do urzędu w sprawie ochrony tymczasowej?",
    "Je viens d'Ukraine, quels sont les horaires de l'équipe humanitaire à l'Office des migrations ?",
]


@pytest.mark.django_db
@pytest.mark.parametrize("question", DESK_HOURS)
def test_the_desks_hours_over_a_card_without_hours(question):
    fact = _fact(question)
    assert fact is not None and fact.service == "temporary-protection"
    assert fact.module == "body" and "7:30" in fact.text


# a card that states its hours keeps them (true before too)
@pytest.mark.django_db
def test_a_card_with_hours_keeps_them():
    fact = _fact("Wann hat das Gewerbeamt geöffnet?")
    assert fact is not None and fact.office and kinds.states_clock_time(fact.text)


# (2) a number asked free to call
FREE_NUMBER = [
    "La ce număr pot suna gratuit serviciul pentru angajatori de la agenția de muncă?",
    "Unter welcher Nummer erreiche ich kostenlos den Arbeitgeber-Service der Agentur für Arbeit?",
]


@pytest.mark.django_db
@pytest.mark.parametrize("question", FREE_NUMBER)
def test_the_free_line_over_the_offices_card(question):
    fact = _fact(question)
    assert fact is not None and not fact.office and "0800 4 555520" in fact.text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("La ce număr pot suna gratuit serviciul pentru angajatori?", True),
        ("What is the free number of the employer service?", True),
        ("What is the phone number of the employment agency?", False),
        ("Is the call free?", False),
    ],
)
def test_a_free_number_asked(question, asked):
    assert kinds.asks_free_number(question) is asked


# the agency's number asked without a free word keeps the card (true before too)
@pytest.mark.django_db
def test_the_agencys_number_keeps_the_card():
    fact = _fact("What is the phone number of the employment agency?")
    assert fact is not None and fact.office == "employment-agency"


# (3) a line's number asked beside a line noun, with a free word (typed a cost): the line's
# number from the service's text, not its fees' "the helpline is free"
LINE_NUMBER = [
    "Care este numărul liniei gratuite pentru femei?",
    "هل يوجد خط مجاني للنساء؟",
    "Is there a free helpline for women?",
]


@pytest.mark.django_db
@pytest.mark.parametrize("question", LINE_NUMBER)
def test_a_lines_number_asked_is_not_told_it_is_free(question):
    fact = _fact(question)
    assert fact is not None and "116 016" in fact.text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Care este numărul liniei gratuite pentru femei?", True),
        ("Is there a free helpline for women?", True),
        ("Gibt es ein kostenloses Hilfetelefon für Frauen?", True),
        # whether the line is free, or the number the asker holds: no number asked
        ("Ist das Hilfetelefon kostenlos?", False),
        ("Is calling 112 free?", False),
        ("Le numéro est-il gratuit ?", False),
    ],
)
def test_a_lines_number_asked(question, asked):
    assert kinds.asks_number_to_call(question) is asked


# whether the line is free keeps the fees' answer (true before too)
@pytest.mark.django_db
def test_whether_the_line_is_free_keeps_the_fees():
    fact = _fact("Ist das Hilfetelefon kostenlos?")
    assert fact is not None and fact.module == "fees"
