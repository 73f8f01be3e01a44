"""The asked measure in the words people use (twenty-fourth session, lane variant14): a distance
asked ("how many kilometres", "wie viele km", "сколько километров", 12 languages) is a measure of
its own, told only by a sentence with a figure in kilometres, never by a fee ("how many km can I
go with the ticket?" was answered with the ticket's price) and no longer read as a weight
("kilo…"); an engine's capacity asked in everyday or inflected words ("кубиков", "кубика",
"سي سي", "centymetrów sześciennych", "pojemności silnika", "объёма двигателя") is a volume.
Sentences and questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers
from lotse.ask.answers import kinds
from lotse.ask.answers._text import _sentence
from lotse.ask.answers.sentences import _best_sentence

pytestmark = pytest.mark.ranking

DISTANCE_QUESTIONS = [
    "Wie viele Kilometer darf ich mit dem Ticket fahren?",
    "Wie viele km darf ich mit dem Ticket fahren?",
    "How many kilometres can I travel with the ticket?",
    "How many km can I go with the ticket?",
    "Combien de kilomètres puis-je parcourir avec le ticket ?",
    "¿Cuántos kilómetros puedo recorrer con el billete?",
    "Bilet ile kaç kilometre gidebilirim?",
    "Ile kilometrów mogę przejechać z biletem?",
    "Câți kilometri pot parcurge cu biletul?",
    "Сколько километров можно проехать по билету?",
    "Скільки кілометрів можна проїхати з квитком?",
    "Колко километра мога да пътувам с билета?",
    "كم كيلومتر بقدر سافر بالتذكرة؟",
    "با بلیط چند کیلومتر می‌تونم برم؟",
]


@pytest.mark.parametrize("question", DISTANCE_QUESTIONS)
def test_a_distance_is_asked_and_is_a_condition_not_a_fee(question):
    assert kinds.asked_quantity(question) == "distance"
    assert kinds.classify(question) == "who"


# A figure with its unit is the asker's case; the weight words stay weights.
@pytest.mark.parametrize(
    ("question", "quantity"),
    [
        ("Ich wohne 30 km entfernt, was kostet das Ticket?", None),
        ("Я живу в 20 километрах, сколько стоит билет?", None),
        ("Wie viele Kilo darf der Koffer wiegen?", "weight"),
        ("Сколько кило можно везти?", "weight"),
        ("كم كيلو مسموح للطرد؟", "weight"),
        ("بسته تا چند کیلو مجاز است؟", "weight"),
    ],
)
def test_kilometres_are_no_weight(question, quantity):
    assert kinds.asked_quantity(question) == quantity


@pytest.mark.parametrize(
    ("sentence", "measures"),
    [
        ("Das Ticket gilt für Fahrten bis 50 Kilometer.", {"distance"}),
        ("Le billet vaut jusqu'à 50 km.", {"distance", "length"}),
        ("Билет действует до 50 километров.", {"distance"}),
        ("Das Ticket kostet 58 Euro im Monat.", set()),
        ("Hunde ab 20 Kilogramm melden Sie zusätzlich an.", {"weight"}),
    ],
)
def test_a_distance_is_stated(sentence, measures):
    assert kinds.stated_measures(sentence.casefold()) == measures


def test_a_distance_is_not_told_by_a_fee():
    sentences = [
        _sentence("Das Ticket kostet 58 Euro im Monat.", "de"),
        _sentence("Sie können es jeden Monat kündigen.", "de"),
    ]
    assert _best_sentence(sentences, set(), "who", "body", quantity="distance")[0] is None
    stated = [*sentences, _sentence("Das Ticket gilt für Fahrten bis 50 Kilometer.", "de")]
    assert _best_sentence(stated, set(), "who", "body", quantity="distance")[0] is stated[2]


@pytest.mark.parametrize(
    "question",
    [
        "Сколько кубиков может быть у мотоцикла без регистрации?",
        "Колко кубика може да има мотоциклет без регистрация?",
        "كم سي سي لازم يكون الموتور بدون تسجيل؟",
        "Ile centymetrów sześciennych może mieć motorower?",
        "Do jakiej pojemności silnika motocykl nie potrzebuje rejestracji?",
        "До какого объёма двигателя мотоцикл не нужно регистрировать?",
        "До якого об'єму двигуна мотоцикл не реєструють?",
        "Combien de centimètres cubes pour un scooter sans permis ?",
        "¿Cuántos centímetros cúbicos puede tener la moto?",
    ],
)
def test_an_engine_capacity_in_everyday_words_is_a_volume(question):
    assert kinds.asked_quantity(question) == "volume"


# (2) The visa's fee asked (variant14): a permit's fee lines state the first issue, the extension
# and the visa at the mission; a question that names the visa is told the visa's line, though
# the service's synonyms hold a visa word ("visa travail qualifié"); only its name (the national
# visa) makes the visa word choose nothing.
VISA_QUESTIONS = [
    ("de", "Was kostet das Visum für die Karte?"),
    ("en", "How much does the visa for the card cost?"),
    ("fr", "le visa pour la carte, c'est combien ?"),
    ("es", "¿Cuánto cuesta el visado de la tarjeta?"),
    ("tr", "Kart vizesi ne kadar?"),
    ("pl", "Ile kosztuje wiza do karty?"),
    ("ro", "Cât costă viza pentru card?"),
    ("ru", "Сколько стоит виза для карты?"),
    ("uk", "Скільки коштує віза для картки?"),
    ("bg", "Колко струва визата за картата?"),
    ("ar", "قديش سعر الفيزا للبطاقة؟"),
    ("fa", "ویزای کارت چقدر هزینه داره؟"),
]


@pytest.mark.parametrize(("language", "question"), VISA_QUESTIONS)
def test_the_visa_is_an_asked_variant(language, question):
    assert "visa" in answers.qualifiers.asked_qualifiers(question)


@pytest.mark.parametrize(
    "question", ["Сколько стоит визит к врачу?", "Was kostet die Karte?", "Він везе віз?"]
)
def test_no_visa_is_asked(question):
    assert "visa" not in answers.qualifiers.asked_qualifiers(question)


FEE_LINES = {
    "fr": [
        "Première délivrance de la carte 100 euros.",
        "Prolongation de plus de trois mois 93 euros.",
        "Le visa coûte 75 euros à la représentation à l'étranger.",
    ],
    "bg": [
        "Първо издаване на картата – 100 евро.",
        "Удължаване с повече от три месеца – 93 евро.",
        "Визата струва 75 евро в дипломатическото представителство.",
    ],
    "ar": [
        "الإصدار الأول للبطاقة 100 يورو.",
        "التمديد لأكثر من ثلاثة أشهر 93 يورو.",
        "تكلّف التأشيرة لدى البعثة الألمانية 75 يورو.",
    ],
}


@pytest.mark.parametrize("language", sorted(FEE_LINES))
def test_the_visa_line_tells_the_visa_fee(language):
    lines = [_sentence(text, language) for text in FEE_LINES[language]]
    best = _best_sentence(lines, set(), "cost", "fees", asked_variants=frozenset({"visa"}))[0]
    assert best is lines[2]


def _facts(name, synonyms, language="fr"):
    return answers.facts.ServiceFacts(
        whole={},
        sources=[],
        naming_texts={language: [name, synonyms]},
        names={language: name},
    )


def test_a_visa_word_among_the_synonyms_still_chooses():
    question = "le visa pour la carte, c'est combien ?"
    card = _facts("Carte bleue européenne", "carte bleue\nvisa travail qualifié")
    assert "visa" in answers.sentences._asked_variants(card, "fr", question)
    national = _facts("Visa national", "visa long séjour")
    assert "visa" not in answers.sentences._asked_variants(national, "fr", question)
    # the other classes still choose nothing when the synonyms hold them
    study = _facts("Aide aux étudiants", "bourse\nétudes supérieures")
    assert "in-training" not in answers.sentences._asked_variants(
        study, "fr", "Combien pendant mes études ?"
    )
