"""How much earlier, asked with no unit of time (twenty-seventh session, lane none18): "Ile
wcześniej trzeba zgłosić ślub?", "How much earlier …", "wie viel früher", "ne kadar önce",
"cu cât mai devreme", "насколько заранее", "за сколько до …", "колко по-рано", "چقدر زودتر"
asks a time before something (a deadline), not a price: the how-much word alone read as a fee
("ile", "ne kadar", "колко"), and the Persian "چقدر زود" of how quickly swallowed "چقدر زودتر".
Questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers
from lotse.ask.answers.kinds import asks_time_before
from lotse.ask.tests.searching import ask

pytestmark = pytest.mark.ranking


@pytest.mark.parametrize(
    "question",
    [
        "How much earlier do I have to register the wedding?",
        "Wie viel früher muss ich mich arbeitssuchend melden?",
        "Evliliği ne kadar önce bildirmem gerekiyor?",
        "Ile wcześniej trzeba zgłosić ślub?",
        "Na ile wcześniej trzeba zgłosić ślub?",
        "Cu cât mai devreme trebuie să mă înregistrez?",
        "Насколько заранее нужно подать заявление на брак?",
        "За сколько до свадьбы нужно подать заявление?",
        "За скільки до весілля треба подати заяву?",
        "Колко по-рано трябва да заявим брака?",
        "چقدر زودتر باید ازدواج را ثبت کنیم؟",
    ],
)
def test_how_much_earlier_asks_a_time_before(question):
    assert answers.classify(question) == "deadline"
    assert asks_time_before(question)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a word of paying: the price, whatever comes after the how-much word
        ("Ile kosztuje wcześniej złożony wniosek?", "cost"),
        # the money one must have in advance is an amount, not a time before
        ("How much money do I need in advance?", "money"),
        ("Колко пари трябва да имам предварително?", "money"),
        # how quickly, the Persian way: still how long it takes
        ("چقدر زود می‌توانیم اولین وقت مشاوره خانواده را بگیریم؟", "processing_time"),
    ],
)
def test_how_much_earlier_leaves_prices_amounts_and_speed_alone(question, kind):
    assert answers.classify(question) == kind


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language", "figure"),
    [
        ("Ile wcześniej trzeba zgłosić ślub?", "pl", "sześć miesięcy"),
        ("Колко по-рано трябва да заявим брака?", "bg", "шест месеца"),
        ("چقدر زودتر باید ازدواج را ثبت کنیم؟", "fa", "شش ماه"),
        ("How much earlier do I have to register the wedding?", "en", "six months"),
    ],
)
def test_how_much_earlier_is_told_the_time_before(question, language, figure):
    fact = ask(question, language).fact
    assert fact is not None
    assert (fact.service, fact.module) == ("marriage-registration", "deadlines")
    assert figure in fact.text


# How soon, no must: how long until one gets it (the processing time), not by when.
@pytest.mark.parametrize(
    "question",
    [
        "How soon can we get a first appointment at the family counselling centre?",
        "Wie bald bekomme ich einen ersten Termin bei der Erziehungsberatung?",
        "¿Qué tan pronto nos dan una primera cita en la orientación familiar?",
        "Cât de curând primim o primă programare la consilierea familială?",
        "Как скоро можно попасть на первую встречу в семейную консультацию?",
        "Як скоро можна потрапити на першу зустріч у сімейній консультації?",
        "Колко скоро можем да получим първа среща в семейната консултация?",
    ],
)
def test_how_soon_asks_how_long_it_takes(question):
    assert answers.classify(question) == "processing_time"


@pytest.mark.parametrize(
    "question",
    [
        # a must: by when
        "How soon after the birth do we have to report our baby?",
        # applying: a time limit to act
        "How soon can I apply for citizenship?",
    ],
)
def test_how_soon_with_a_must_or_applying_stays_a_deadline(question):
    assert answers.classify(question) == "deadline"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("How soon can we get a first appointment at the family counselling centre?", "en"),
        ("¿Qué tan pronto nos dan una primera cita en la orientación familiar?", "es"),
        ("Колко скоро можем да получим първа среща в семейната консултация?", "bg"),
    ],
)
def test_how_soon_is_told_the_processing_time(question, language):
    fact = ask(question, language).fact
    assert fact is not None
    assert (fact.service, fact.module) == ("family-counselling", "processing_time")
    assert "14" in fact.text
