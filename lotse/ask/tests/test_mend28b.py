"""Review mend of the twenty-eighth session's second round (qualifier21, agree21): each case
failed on the merged code (360542fd) unless marked as a guard."""

from __future__ import annotations

import pytest

from lotse.ask import rules
from lotse.ask.answers import kinds

pytestmark = pytest.mark.ranking


@pytest.mark.parametrize(
    "question",
    [
        # a citizen already, the child only living with the asker
        "i am a german citizen. my child lives with me, how much child benefit do i get?",
        "ich bin deutsche staatsbürgerin. mein kind wohnt mit mir, wie viel kindergeld gibt es?",
        "soy ciudadana con nacionalidad alemana. mi hijo vive conmigo, ¿cuánto es el kindergeld?",
    ],
)
def test_a_citizen_living_with_a_child_is_no_child_naturalised_with_the_parent(question):
    assert not rules.child_naturalised_with_parent(question)


@pytest.mark.parametrize(
    "question",
    [
        # guards: the lane's class keeps holding
        "meine beiden kinder (9 und 12) sollen zusammen mit mir deutsche werden. was kostet das?",
        "mis hijos se nacionalizan conmigo, ¿cuánto pagan los menores?",
    ],
)
def test_a_child_naturalised_with_the_parent_still_holds(question):
    assert rules.child_naturalised_with_parent(question)


@pytest.mark.parametrize(
    "question",
    [
        "Comment appelle-t-on le document qui prouve mon adresse ?",
        "¿Cómo llamamos al certificado de empadronamiento en alemán?",
        "Wo rufe ich die Noten an der Uni ab?",
    ],
)
def test_what_a_thing_is_called_or_fetching_is_no_phone_question(question):
    assert kinds.classify(question) != "phone"


@pytest.mark.parametrize(
    "question",
    [
        # guards
        "Wen rufe ich an, wenn die Apotheke zu ist?",
        "Wen rufe ich in der Nacht an?",
        "¿A quién llamo si la farmacia está cerrada?",
    ],
)
def test_a_call_asked_stays_a_phone_question(question):
    assert kinds.classify(question) == "phone"


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Fristen sind je nach Studiengang verschieden.",
        "Die Beratung findet vor Ort statt.",
        "The deadlines have changed since the reform.",
        "يتم تقديم الطلب من خلال الجامعة.",
    ],
)
def test_a_sentence_that_places_no_time_states_none(sentence):
    assert not kinds.states_time(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Gebühr beträgt 75 Euro.",
        "Die Regeln stehen in § 81 AufenthG.",
        "Rufen Sie 0231 50-12345 an.",
    ],
)
def test_a_sum_a_paragraph_or_a_phone_number_tells_no_time(sentence):
    assert not kinds.tells_time(sentence)


@pytest.mark.parametrize(
    ("sentence", "tells"),
    [
        # guards
        ("Bewerben Sie sich bis zum 15. Januar.", True),
        ("Die Bearbeitung dauert 8 bis 12 Wochen.", True),
    ],
)
def test_a_date_or_a_span_still_tells_a_time(sentence, tells):
    assert kinds.tells_time(sentence) is tells


def test_an_international_visa_is_not_the_national_visa():
    assert rules.named_permit("what does an international visa cost?") != rules.NATIONAL_VISA


def test_the_latin_american_visa_nacional_is_the_national_visa():
    assert rules.named_permit("¿cuánto cuesta prorrogar la visa nacional?") == rules.NATIONAL_VISA
