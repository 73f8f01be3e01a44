"""More right answers where there was none (nineteenth session, lane ansNone6): an amount one
receives is money, not a fee; type words inside other words; how much time one has with a
pronoun between; the Arabic future after "when"; how long a thing itself lasts, told by its
body. Questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.ask.answers import kinds
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]

# How much of a benefit one gets, in the 12 languages: an amount received.
RECEIVED = [
    "Wie viel Bürgergeld kriegt eine alleinstehende Person?",
    "How much Bürgergeld does a single person get per month?",
    "Combien de Bürgergeld reçoit une personne seule par mois ?",
    "¿Cuánto Bürgergeld recibe una persona soltera al mes?",
    "Bekar biri ayda ne kadar Bürgergeld alır?",
    "Ile Bürgergeld dostaje osoba samotna miesięcznie?",
    "Cât Bürgergeld primește o persoană singură pe lună?",
    "Сколько Bürgergeld получает одинокий человек в месяц?",
    "Скільки Bürgergeld отримує самотня людина на місяць?",
    "Колко Bürgergeld получава самотен човек на месец?",
    "كم يحصل الشخص الأعزب من Bürgergeld شهريا؟",
    "یک فرد مجرد ماهانه چقدر Bürgergeld می‌گیرد؟",
]


@pytest.mark.parametrize("question", RECEIVED)
def test_an_amount_received_is_money(question):
    assert answers.classify(question) == "money"


@pytest.mark.parametrize("question", RECEIVED)
def test_an_amount_received_is_told_by_the_amount_not_the_free_application(question):
    city = City.objects.get(slug="dortmund")
    fact = selectors.search(city=city, query=question, limit=10).fact
    assert fact is not None and fact.service == "basic-income-support"
    assert fact.module == "body" and "563" in fact.text


@pytest.mark.parametrize(
    "question",
    [
        # a price for getting something stays a fee; a time counted stays a time
        "How much does it cost to get a passport?",
        "Wie viel kostet es, einen Pass zu bekommen?",
        "Ile trzeba zapłacić, żeby dostać paszport?",
        "Сколько стоит получить паспорт?",
    ],
)
def test_a_price_for_getting_something_stays_a_fee(question):
    assert answers.classify(question) == "cost"


def test_a_time_counted_before_receiving_stays_a_time():
    assert answers.classify("Ne kadar sürede kartımı alırım?") == "deadline"
    assert answers.classify("how much time does it take to get the card") == "processing_time"


@pytest.mark.parametrize(
    "question",
    [
        # the Russian / Ukrainian verb to pay is no Bulgarian salary ("заплата")
        "Скільки треба заплатити за паспорт?",
        "Сколько нужно заплатить за справку?",
        "Колко трябва да заплатя за паспорт?",
    ],
)
def test_paying_is_a_fee_not_a_salary(question):
    assert answers.classify(question) == "cost"


def test_the_bulgarian_salary_is_still_an_amount():
    assert answers.classify("Колко е минималната заплата?") == "money"


@pytest.mark.parametrize(
    "question",
    [
        # "безстроковий" (permanent) and "терміново" (urgently) are no deadline words
        "Де знаходиться Ausländerbehörde, куди подавати на безстроковий дозвіл?",
        "Де треба терміново подати заяву?",
        "Де подати заяву на безтермінову посвідку?",
    ],
)
def test_permanent_and_urgent_are_no_deadline(question):
    assert answers.classify(question) == "where"


def test_the_ukrainian_term_is_still_a_deadline():
    assert answers.classify("Який строк подачі заяви?") == "deadline"
    assert answers.classify("Який термін подачі заяви?") == "deadline"


@pytest.mark.parametrize(
    "question",
    [
        "Скільки в мене є часу, щоб подати заяву?",
        "Сколько у меня есть времени, чтобы подать заявление?",
        "Скільки у нас часу на реєстрацію?",
    ],
)
def test_how_much_time_one_has_with_a_pronoun_between(question):
    assert answers.classify(question) == "deadline"


@pytest.mark.parametrize(
    "question",
    [
        "متى سأتحدث مع موظف الجوبسنتر؟",
        "متى سأحصل على البطاقة الجديدة؟",
        "متى ستصل الرسالة من المكتب؟",
    ],
)
def test_the_arabic_future_after_when_awaits(question):
    assert answers.classify(question) == "processing_time"


# How long an Ausbildung lasts, in the 12 languages: its body says it ("… dauern drei Jahre").
LASTING = [
    "Wie lange dauert eine Ausbildung?",
    "How long does an Ausbildung last?",
    "Combien de temps dure une Ausbildung ?",
    "¿Cuánto dura una Ausbildung?",
    "Ausbildung kaç yıl sürer?",
    "Jak długo trwa Ausbildung?",
    "Cât durează de obicei un Ausbildung?",
    "Сколько длится Ausbildung?",
    "Скільки триває Ausbildung?",
    "Колко трае Ausbildung?",
    "كم تدوم الأوسبيلدونغ؟",
    "آوسبیلدونگ چقدر طول می‌کشد؟",
]


@pytest.mark.parametrize("question", LASTING)
def test_how_long_a_thing_lasts_is_told_by_its_body(question):
    city = City.objects.get(slug="dortmund")
    fact = selectors.search(city=city, query=question, limit=10).fact
    assert fact is not None and fact.service == "vocational-training"
    assert fact.module == "body"


@pytest.mark.parametrize(
    "question",
    [
        # an office's work is a processing time, whatever the verb
        "Wie lange dauert die Bearbeitung des Antrags?",
        "How long does the decision last?",
        "Cât durează până primesc răspunsul?",
        "Сколько длится рассмотрение заявления?",
    ],
)
def test_an_offices_work_is_no_lasting(question):
    assert not kinds.asks_lasting(question)


def test_a_lasting_sentence():
    assert kinds.states_lasting("Die meisten Ausbildungen dauern drei Jahre.")
    assert not kinds.states_lasting("Die Ausbildung beginnt am 1. August.")
    assert not kinds.states_lasting("Der Kurs dauert, bis alle fertig sind.")


@pytest.mark.parametrize(
    "question",
    [
        # the event waited from stands between the how-long word and the "can"
        "Через сколько после увольнения можно снова подать заявление?",
        "Через скільки після переїзду можна подати заяву?",
        "After how long after moving can I apply again?",
        "Nach wie vielen Monaten nach der Ausreise kann ich den Antrag stellen?",
    ],
)
def test_after_how_long_with_the_event_between_waits_until_allowed(question):
    assert kinds.asks_wait_until_allowed(question)


def test_a_refund_waited_for_is_told_by_the_deadlines():
    city = City.objects.get(slug="dortmund")
    question = "Через скільки після виїзду з Німеччини можна повернути внески до пенсійної каси?"
    fact = selectors.search(city=city, query=question, limit=10).fact
    assert fact is not None and fact.service == "pension-insurance"
    assert fact.module == "deadlines" and "24" in fact.text


@pytest.mark.parametrize(
    "question",
    [
        # bound by law to act within a time: a time limit
        "За колко време общината е длъжна да издаде документа?",
        "За колко време банката е длъжна да открие сметката?",
        "За скільки часу банк зобов'язаний відкрити рахунок?",
    ],
)
def test_an_obligation_within_a_time_is_a_deadline(question):
    assert answers.classify(question) == "deadline"


@pytest.mark.parametrize(
    "question",
    [
        # the most, or a modal verb, after the how-much word counts no noun
        "Колко най-много може да иска наемодателят за депозит?",
        "Wie viel darf der Vermieter als Kaution höchstens nehmen?",
        "Ile najwyżej wynosi kaucja za mieszkanie?",
    ],
)
def test_the_most_counts_nothing(question):
    assert kinds.asked_count(question) is None


def test_an_upper_limit_told_by_a_number_word():
    city = City.objects.get(slug="dortmund")
    question = "Колко най-много може да иска наемодателят за депозит?"
    fact = selectors.search(city=city, query=question, limit=10).fact
    assert fact is not None and fact.service == "tenancy-rights"
    assert fact.module == "fees"


@pytest.mark.parametrize(
    "question",
    [
        # for how long one gets a permit: the period it holds
        "For how long do I get the first residence permit as a self-employed person?",
        "Für wie lange bekomme ich die erste Aufenthaltserlaubnis als Selbstständiger?",
        "Pour combien de temps reçoit-on le premier titre de séjour de travailleur indépendant ?",
        "¿Por cuánto tiempo recibo el primer permiso de residencia como autónomo?",
        "Serbest meslek oturma izni ne kadar süreliğine alırım?",
        "Na jak długo dostanę pierwsze zezwolenie na pobyt jako samozatrudniony?",
        "Pe cât timp primesc primul permis de ședere ca liber profesionist?",
    ],
)
def test_for_how_long_one_gets_it_is_validity(question):
    assert answers.classify(question) == "validity"


@pytest.mark.parametrize(
    "question",
    [
        "Für wie lange bekomme ich die erste Aufenthaltserlaubnis als Selbstständiger?",
        "Serbest meslek oturma izni ne kadar süreliğine alırım?",
        "Pour combien de temps reçoit-on le premier titre de séjour de travailleur indépendant ?",
    ],
)
def test_for_how_long_is_told_by_the_period_not_by_whom_it_holds_for(question):
    city = City.objects.get(slug="dortmund")
    fact = selectors.search(city=city, query=question, limit=10).fact
    assert fact is not None and fact.service == "residence-permit-self-employment"
    assert fact.module == "body"
    assert not kinds.applies_to_people(fact.text)


def test_whom_a_rule_holds_for():
    assert kinds.applies_to_people("Das gilt für Gewerbetreibende und freie Berufe.")
    assert kinds.applies_to_people("Acest lucru este valabil pentru comercianți.")
    assert not kinds.applies_to_people("Die Erlaubnis gilt für drei Jahre.")
    assert not kinds.applies_to_people("Die Erlaubnis gilt zuerst höchstens drei Jahre.")
