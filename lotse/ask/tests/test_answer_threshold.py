"""A question that asks from what degree or level something holds gets a sentence that
states a threshold figure, or no answer; an age written in words counts like a figure."""

from __future__ import annotations

import pytest

from lotse.ask import analysis, answers
from lotse.ask.answers.kinds import asked_quantity, classify, stated_quantities

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


@pytest.mark.parametrize(
    "question",
    [
        "Ab welchem GdB gilt man als schwerbehindert?",
        "From what degree of disability do I get the pass?",
        "À partir de quel taux d'invalidité reçoit-on la carte ?",
        "¿A partir de qué grado de discapacidad dan la tarjeta?",
        "De la ce grad de handicap primesc legitimația?",
        "Hangi dereceden itibaren ağır engelli sayılırım?",
        "Od jakiego stopnia niepełnosprawności dostaje się legitymację?",
        "С какой степени инвалидности дают удостоверение?",
        "З якого ступеня інвалідності видають посвідчення?",
        "От каква степен на увреждане се издава картата?",
        "من أي درجة إعاقة أحصل على البطاقة؟",
        "از چه درجه معلولیت کارت می‌دهند؟",
    ],
)
def test_a_threshold_question_is_a_condition_of_who_has_it(question):
    assert asked_quantity(question) == "threshold"
    # "gilt man als" is no validity period
    assert classify(question) == "who"


@pytest.mark.parametrize(
    "question",
    [
        # a day and an age keep their own readings
        "З якого дня хвороби потрібна довідка від лікаря?",
        "Ab welchem Alter bekommt mein Kind einen Kita-Platz?",
        "Wie lange gilt der Ausweis?",
    ],
)
def test_other_from_questions_ask_no_threshold(question):
    assert asked_quantity(question) != "threshold"


@pytest.mark.parametrize(
    ("sentence", "threshold"),
    [
        ("Ab einem GdB von 50 gelten Sie als schwerbehindert.", True),
        ("Від ступеня 50 ви вважаєтеся особою з тяжкою інвалідністю.", True),
        ("50 derecesinden itibaren ağır engelli sayılırsınız.", True),
        ("Con un grado de 50 o más recibe la tarjeta.", True),
        ("من درجة 50 تُعتبر من ذوي الإعاقة الشديدة.", True),
        ("از درجهٔ 50 معلول شدید به شمار می‌آیید.", True),
        ("Das Versorgungsamt stellt fest, wie schwer die Behinderung ist.", False),
        ("Der Ausweis kostet 50 Euro.", False),
    ],
)
def test_a_sentence_states_a_threshold(sentence, threshold):
    assert ("threshold" in stated_quantities(sentence.casefold())) is threshold


def test_a_threshold_question_takes_the_sentence_with_its_words_or_none_when_tied():
    sentence = answers._text._sentence
    low = sentence("Schon ab einem GdB von 20 gibt es Nachteilsausgleiche.", "de")
    severe = sentence("Ab einem GdB von 50 gelten Sie als schwerbehindert.", "de")
    plain = sentence("Der Grad der Behinderung wird vom Versorgungsamt festgestellt.", "de")
    best = answers.sentences._best_sentence
    terms = set(analysis.analyze("gilt schwerbehindert", "de"))
    assert best([plain, low, severe], terms, "who", "body", quantity="threshold")[0] is severe
    # both thresholds hold the question's words alike: which one is asked is not known
    terms = set(analysis.analyze("Behinderung", "de"))
    tied = [
        sentence("Ab einem GdB von 20 gibt es Hilfen bei Behinderung.", "de"),
        sentence("Ab einem GdB von 50 gilt eine schwere Behinderung.", "de"),
    ]
    assert best(tied, terms, "who", "body", quantity="threshold") == (None, -1.0)
    assert best([plain], terms, "who", "body", quantity="threshold") == (None, -1.0)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kinder im Alter von etwa einem bis drei oder vier Jahren.",
        "Dzieci w wieku mniej więcej od roku do trzech lub czterech lat.",
        "Children aged from one to three years.",
        "Enfants de un à trois ans.",
        "Niños de uno a tres años.",
        "Copii cu vârsta de la unu la trei ani.",
        "Bir ile üç yaş arası çocuklar.",
        "Дети в возрасте от года до трёх лет.",
        "Діти віком від року до трьох років.",
        "Деца на възраст от една до три години.",
        "أطفال بين سنة و ثلاث سنوات.",
        "کودکان یک تا سه ساله.",
    ],
)
def test_an_age_written_in_words_is_an_age(sentence):
    assert "age" in stated_quantities(sentence.casefold())


def test_one_year_as_an_article_is_no_age():
    assert "age" not in stated_quantities("die bescheinigung gilt ein jahr.")
