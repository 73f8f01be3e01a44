"""Mends of review 1 of the twenty-ninth session (/work/briefs/s29/review1.md, findings 5, 6, 8
and 9, and its older note on the documents themselves lost): the French "est … perdu" is a thing
lost, not the speaker (lost24); the Polish "poza" (besides) and "wymiar" (extent) ask no photo's
size (none24); money got or earned before a clause of having something else asks no means
(qualifier24); a house, room or bus number of an office is no phone of it (none24); papers that
got lost ("Dokumenty zagubione", "паспорт потерялся") are no lost asker. Every sentence here
written for this test (the review's among them), none taken from an evaluation set."""

from __future__ import annotations

import pytest

from lotse.ask import answers
from lotse.ask.answers import kinds
from lotse.ask.answers.lost import is_lost
from lotse.ask.selectors import city_index
from lotse.core.models import City

pytestmark = pytest.mark.ranking

# --- finding 5: the French "est … perdu" (a thing lost), "s'est perdue"

A_THING_IS_LOST_FR = [
    "Mon passeport est perdu avec tous mes papiers, où aller ?",
    "Mon dossier est perdu dans les bureaux de l'Ausländerbehörde, que faire ?",
    "Le courrier est perdu entre les administrations, qui contacter ?",
    "La lettre s'est perdue dans les bureaux, que faire?",
    "La lettre s’est perdue dans les bureaux, que faire?",
]


@pytest.mark.parametrize("question", A_THING_IS_LOST_FR)
def test_a_thing_that_is_lost_in_the_offices_is_no_lost_asker(question):
    assert not is_lost(question), question


@pytest.mark.parametrize(
    "question",
    [
        "Je suis complètement perdue avec les formulaires.",
        "Nous sommes perdus dans les papiers, où aller ?",
        "On est perdus entre les administrations, qui peut nous aider ?",
        "Je me sens perdue dans les démarches.",
    ],
)
def test_the_french_speaker_lost_in_the_offices_is_still_lost(question):
    assert is_lost(question), question


# --- the older note: the documents themselves lost (pl, ru, uk)

PAPERS_LOST = [
    "Dokumenty zagubione w urzędach, gdzie złożyć wniosek o nowe?",
    "Gdzie zgłosić zagubione dokumenty?",
    "Мой паспорт потерялся в учреждениях, куда обращаться?",
    "Документы потерялись в ведомстве, что делать?",
    "Мої документи загубилися в установах, що робити?",
    "Паспорт загубився, що робити?",
]


@pytest.mark.parametrize("question", PAPERS_LOST)
def test_papers_that_got_lost_are_no_lost_asker(question):
    assert not is_lost(question), question


@pytest.mark.parametrize(
    "question",
    [
        "Czuję się zagubiona w urzędach, gdzie iść?",
        "Jestem zagubiony, nie wiem od czego zacząć.",
        "Я потерялся в бумагах, куда идти?",
        "Я совсем потерялась, куда обращаться?",
        "Я загубилася в установах, куди звернутися?",
    ],
)
def test_the_speaker_lost_in_pl_ru_uk_is_still_lost(question):
    assert is_lost(question), question


# --- finding 6: the Polish "poza" (besides) and "wymiar" (extent)


@pytest.mark.parametrize(
    "question",
    [
        "Jaki jest wymiar godzin kursu integracyjnego poza modułem językowym?",
        "Ile wynosi wymiar urlopu poza okresem próbnym?",
        "Jaki jest wymiar pracy poza godzinami kursu?",
    ],
)
def test_polish_extent_beside_besides_is_no_photo_size(question):
    assert kinds.classify(question) != "documents", question


@pytest.mark.parametrize(
    "question",
    [
        "Ce dimensiune trebuie să aibă poza pentru schimbarea permisului de conducere?",
        "Ce mărime trebuie să aibă poza pentru pașaport?",
        "Jaki wymiar musi mieć zdjęcie do wymiany prawa jazdy?",
        "Jaki rozmiar musi mieć zdjęcie do wymiany prawa jazdy?",
    ],
)
def test_a_photo_size_still_asks_the_papers(question):
    assert kinds.classify(question) == "documents", question


# --- finding 8: money got or earned, then a clause of having something else


@pytest.mark.parametrize(
    "question",
    [
        "Wie viel Geld darf ich verdienen, muss ich eine Steuer-ID haben?",
        "Ile pieniędzy dostanę z Jobcenter, jeśli muszę mieć własne mieszkanie?",
        "Wie viel Geld bekomme ich vom Jobcenter, wenn wir ein Kind haben müssen?",
        "How much money do I get from the state to have a baby?",
        "How much money can I earn; do I have to have a tax number?",
    ],
)
def test_money_then_having_something_else_asks_no_means(question):
    assert not kinds.asks_means(question), question


@pytest.mark.parametrize(
    "question",
    [
        "Wie viel Geld muss ich im Monat haben, um eine Ausbildung zu machen?",
        "How much money do I need to have per month for the training permit?",
        "How much money must I have on the blocked account?",
        "Ile pieniędzy muszę mieć miesięcznie na zezwolenie na pobyt?",
        "Сколько денег нужно иметь в месяц для ВНЖ?",
        "Mesleki eğitim oturma izni için ayda ne kadar param olmalı?",
    ],
)
def test_the_money_one_must_have_still_asks_the_means(question):
    assert kinds.asks_means(question), question


# --- finding 9: a house, room or bus number of an office


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "What is the house number of the Familienkasse?",
        "What is the room number of the Familienkasse?",
        "Which bus number goes to the Familienkasse?",
        "Welche Buslinie und welche Nummer fährt zur Familienkasse?",
        "What is the Wartenummer number at the Familienkasse?",
        "Jaki jest numer pokoju w Familienkasse?",
        "Quel est le numéro de bus pour la Familienkasse ?",
        "¿Cuál es el número de la casa de la Familienkasse?",
        "Какой номер автобуса до Familienkasse?",
    ],
)
def test_a_house_room_or_bus_number_is_no_phone_of_the_office(question):
    city = City.objects.get(slug="dortmund")
    generation = city_index(city).generation
    assert answers.number_office(city, generation, question) is None, question


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "What is the number of the Familienkasse for the child supplement?",
        "Jaki jest numer do Familienkasse w sprawie dodatku na dzieci?",
        "Какой номер у Familienkasse по детской надбавке?",
    ],
)
def test_the_number_of_a_named_office_is_still_its_phone(question):
    city = City.objects.get(slug="dortmund")
    generation = city_index(city).generation
    assert answers.number_office(city, generation, question) is not None, question
