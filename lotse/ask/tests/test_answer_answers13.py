"""Wrong answers by class (twenty-fourth session, lane answers13). Two classes, each in the
twelve languages: (1) by which date a child must turn an age (to start school) asks the age's
cut-off, told by the sentence that states the age and its date, not by the time limit to
register; (2) a training word negated ("if the child is not in training") asks the general
case, which the training sentence ("in training until 25") does not tell. Sentences and
questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask.answers import kinds
from lotse.ask.answers._text import _sentence
from lotse.ask.answers.qualifiers import asked_qualifiers
from lotse.ask.answers.sentences import _best_sentence
from lotse.ask.tests.searching import ask

pytestmark = pytest.mark.ranking

_AGE_CUT_OFF = [
    "By what date does a child have to turn six to start school this year?",
    "Bis zu welchem Datum muss mein Kind sechs Jahre alt werden, damit es eingeschult wird?",
    "Avant quelle date mon enfant doit-il avoir six ans pour entrer à l'école ?",
    "¿Hasta qué fecha tiene que cumplir seis años mi hijo para empezar la escuela?",
    "Çocuğum hangi tarihe kadar 6 yaşını doldurursa okula başlar?",
    "Do jakiej daty dziecko musi skończyć sześć lat, żeby pójść do szkoły?",
    "Până la ce dată trebuie să împlinească copilul șase ani ca să înceapă școala?",
    "До какого числа ребёнку должно исполниться шесть лет, чтобы пойти в школу?",
    "До якого числа дитині має виповнитися шість років, щоб піти до школи?",
    "До коя дата детето трябва да навърши шест години, за да тръгне на училище?",
    "حتى أي تاريخ يجب أن يبلغ طفلي ست سنوات ليدخل المدرسة؟",
    "بچه‌ام تا چه تاریخی باید شش ساله بشه که بره مدرسه؟",
]


@pytest.mark.parametrize("question", _AGE_CUT_OFF)
def test_an_age_reached_is_asked(question):
    assert kinds.asks_age_reached(question)


# An age in another sentence is the asker's case; a time limit without an age asks the limit.
@pytest.mark.parametrize(
    "question",
    [
        "My daughter turns six in October. By when must I register her for school?",
        "Meine Tochter wird im Herbst sechs. Bis wann muss ich sie anmelden?",
        "Bis wann muss ich mein Kind in der Schule anmelden?",
        "До какого числа нужно подать заявление?",
        "How many days do I have to register?",
    ],
)
def test_no_age_reached_is_asked(question):
    assert not kinds.asks_age_reached(question)


def test_turning_an_age_is_an_age_stated():
    assert "age" in kinds.stated_quantities(
        "compulsory schooling starts on 1 august for children who turn six by 30 september."
    )
    assert "age" not in kinds.stated_quantities("take turns at the counter on 3 may.")


# On the city's texts: the cut-off, not "register by the deadline in the city's letter".
@pytest.mark.django_db
@pytest.mark.parametrize("question", _AGE_CUT_OFF)
def test_the_age_cut_off_is_told_by_the_age_sentence(question):
    fact = ask(question).fact
    assert fact is not None
    assert (fact.service, fact.module) == ("school-enrolment", "body")
    assert "30" in fact.text


@pytest.mark.django_db
def test_the_registration_deadline_is_still_told_by_the_deadlines():
    fact = ask("My daughter turns six in October. By when must I register her for school?").fact
    assert fact is not None and fact.module == "deadlines"


_NOT_IN_TRAINING = [
    "Until what age is child benefit paid if the child is not in training?",
    "Bis zu welchem Alter gibt es Kindergeld, wenn das Kind keine Ausbildung macht?",
    "Jusqu'à quel âge les allocations familiales sont-elles versées si l'enfant ne fait pas d'études ?",
    "¿Hasta qué edad se paga el Kindergeld si mi hijo no estudia?",
    "Çocuk öğrenci değilse çocuk parası kaç yaşına kadar ödenir?",
    "Do jakiego wieku jest Kindergeld, jeśli dziecko nie studiuje?",
    "Până la ce vârstă se plătește alocația dacă copilul nu e student?",
    "До какого возраста платят детские, если ребёнок не учится?",
    "До якого віку платять кіндергельд, якщо дитина не навчається?",
    "До каква възраст се плаща Kindergeld, ако детето не следва?",
    "حتى أي عمر يُدفع الكيندرغيلد إذا كان الطفل لا يدرس؟",
    "اگر بچه دانشجو نیست تا چند سالگی کیندرگلد می‌دهند؟",
]


@pytest.mark.parametrize("question", _NOT_IN_TRAINING)
def test_a_negated_training_word_asks_the_general_case(question):
    asked = asked_qualifiers(question)
    assert "not-in-training" in asked
    assert "in-training" not in asked


@pytest.mark.parametrize(
    "question",
    [
        "Until what age is child benefit paid if the child is in training?",
        "Bis zu welchem Alter gibt es Kindergeld während der Ausbildung?",
        "Is there no fee for students?",
    ],
)
def test_training_asked_or_a_negation_elsewhere(question):
    assert "not-in-training" not in asked_qualifiers(question)


def test_the_training_sentence_does_not_tell_the_general_case():
    general = _sentence("Kindergeld gibt es in der Regel bis zum 18. Geburtstag.", "de")
    training = _sentence(
        "Macht Ihr Kind danach eine Ausbildung, gibt es Kindergeld bis zum 25. Geburtstag.", "de"
    )
    asked = asked_qualifiers("Bis zu welchem Alter gibt es Kindergeld, wenn keine Ausbildung?")
    best, _score = _best_sentence(
        [general, training], set(), "who", "body", quantity="age", asked_variants=asked
    )
    assert best is general
    # only the training sentence: no answer
    assert (
        _best_sentence([training], set(), "who", "body", quantity="age", asked_variants=asked)[0]
        is None
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question", [q for q in _NOT_IN_TRAINING if "Kindergeld" in q or "child benefit" in q]
)
def test_the_general_age_is_told_when_not_in_training(question):
    fact = ask(question).fact
    assert fact is not None and fact.service == "child-benefit"
    assert "18" in fact.text and "25" not in fact.text


# (3) From what length of stay something is needed: a threshold ("for more than 90 days"), not
# the time limit to apply ("within 90 days of entry").
_STAY_THRESHOLD = [
    "From how many days of stay do I need a visa?",
    "Ab wie vielen Tagen Aufenthalt brauche ich ein nationales Visum?",
    "À partir de combien de jours de séjour faut-il un visa national ?",
    "¿A partir de cuántos días de estancia necesito un visado nacional?",
    "Kaç günden fazla kalırsam ulusal vize gerekir?",
    "Od ilu dni pobytu potrzebuję wizy krajowej?",
    "De la câte zile de ședere am nevoie de viză națională?",
    "После скольких дней пребывания нужна национальная виза?",
    "Після скількох днів перебування потрібна національна віза?",
    "След колко дни престой трябва национална виза?",
    "بعد كم يوم من الإقامة أحتاج تأشيرة وطنية؟",
    "از چند روز اقامت به بعد به ویزای ملی نیاز دارم؟",
]


@pytest.mark.parametrize("question", _STAY_THRESHOLD)
def test_a_length_of_stay_needed_is_a_threshold(question):
    assert kinds.asked_quantity(question) == "threshold"


# a must, not a need: the time limit is asked
@pytest.mark.parametrize(
    "question",
    [
        "After how many days do I need to register my address?",
        "Après combien de jours faut-il s'inscrire ?",
        "След колко дни трябва да се регистрирам?",
        "После скольких дней надо встать на учёт?",
        "Within how many days must I apply?",
    ],
)
def test_a_time_limit_to_act_is_no_threshold(question):
    assert kinds.asked_quantity(question) != "threshold"


@pytest.mark.parametrize(
    "sentence",
    [
        "people from countries outside the eu who want to stay in germany for more than 90 days.",
        "menschen, die länger als 90 tage in deutschland bleiben wollen.",
        "persoane care doresc să rămână în germania mai mult de 90 de zile.",
        "люди, которые хотят находиться в германии более 90 дней.",
    ],
)
def test_more_than_a_length_of_stay_is_a_threshold(sentence):
    assert "threshold" in kinds.stated_quantities(sentence)


def test_a_time_limit_after_entry_is_no_threshold():
    assert "threshold" not in kinds.stated_quantities(
        "if you enter without a visa, you must apply within 90 days of entry."
    )


@pytest.mark.django_db
@pytest.mark.parametrize("question", [_STAY_THRESHOLD[i] for i in (0, 2, 7, 10)])
def test_the_length_of_stay_is_told_by_who_may(question):
    fact = ask(question).fact
    assert fact is not None
    assert (fact.service, fact.module) == ("visa-national", "who")
