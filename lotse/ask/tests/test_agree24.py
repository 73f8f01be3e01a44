"""The told sentence must be the kind of thing asked (twenty-ninth session, lane agree24).

(1) From how many days of stay a visa is needed, with the need said as an adjective of the thing
("un visa national devient-il nécessaire", "ist ein Visum erforderlich", "is a visa required",
"wymagana jest wiza", "обязательна виза"), asks the threshold of stay (the who's "more than 90
days"), not the time limit after a visa-free entry. (2) How many years one must have or be ("Combien
d'ans faut-il avoir", "Ile lat trzeba mieć", "Сколько лет нужно иметь", "چند سال باید داشت") asks an
age, not a time: told the who's "from 16". (3) The most one gets asked as an amount is not told
a bound of time ("Є три варіанти: … до 14 місяців"), while the module states the most in euros.
(4) The pay for an hour of work ("почасовата ставка", "Stundenlohn", "stawka godzinowa") asked in
euros is a wage (the body's 14.60 euros), not a price (the fees' free counselling). (5) A payout
("выплата", "виплата") is money received, no word of paying: "С какой суммы таких выплат …
декларацию?" is no fee question ("ELSTER бесплатный"). (6) A counted time the office needs to make
a card ("How many weeks does the Federal Printing Office need to make the card?", "Wie viele
Wochen braucht die Bundesdruckerei …?") is how long it takes, not the extension's time limit.
Questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask.answers import kinds
from lotse.ask.tests.searching import ask

pytestmark = pytest.mark.ranking

# --- (1) the length of stay from which a visa is needed -------------------------------------

STAY_NEEDED = [
    "À partir de combien de jours de séjour en Allemagne un visa national devient-il nécessaire ?",
    "Ab wie vielen Tagen Aufenthalt in Deutschland ist ein nationales Visum erforderlich?",
    "From how many days of stay in Germany is a national visa required?",
    "¿A partir de cuántos días de estancia en Alemania es necesario un visado nacional?",
]


@pytest.mark.parametrize("question", STAY_NEEDED)
def test_a_visa_needed_as_an_adjective_asks_the_threshold_of_stay(question):
    assert kinds.asks_stay_threshold(question), question
    assert kinds.asked_quantity(question) == "threshold", question


@pytest.mark.django_db
@pytest.mark.parametrize("question", STAY_NEEDED)
def test_the_threshold_of_stay_is_told_by_who_needs_the_visa(question):
    fact = ask(question).fact
    assert fact is not None, question
    assert (fact.service, fact.module) == ("visa-national", "who"), (question, fact.text)
    assert "90" in fact.text, (question, fact.text)


@pytest.mark.parametrize(
    "question",
    [
        # one's own doing after the need word is a time limit to act, not a threshold
        "After how many days is it necessary to register, is registration required to be done?",
        "Après combien de jours est-il nécessaire de s'inscrire à la mairie ?",
        "¿A partir de cuántos días es necesario registrarse en el ayuntamiento?",
    ],
)
def test_a_need_of_ones_own_doing_is_no_threshold_of_stay(question):
    assert not kinds.asks_stay_threshold(question), question


# --- (2) how many years one must have: an age ------------------------------------------------

YEARS_HAD = [
    "برای رأی دادن در انتخابات شورای ادغام حداقل چند سال باید داشت؟",
    "Combien d'années faut-il avoir pour voter aux élections du conseil d'intégration ?",
    "Combien d'ans faut-il avoir pour voter au conseil d'intégration ?",
    "Ile lat trzeba mieć, żeby głosować w wyborach do rady integracyjnej?",
    "Сколько лет нужно иметь, чтобы голосовать на выборах в совет по интеграции?",
    "Скільки років треба мати, щоб голосувати на виборах до ради з інтеграції?",
    "¿Cuántos años tengo que tener para votar en el consejo de integración?",
    "How many years old must I be to vote for the integration council?",
]


@pytest.mark.parametrize("question", YEARS_HAD)
def test_years_one_must_have_ask_an_age(question):
    assert kinds.asked_quantity(question) == "age", question


@pytest.mark.django_db
@pytest.mark.parametrize("question", YEARS_HAD)
def test_the_voting_age_is_told_not_the_election_rhythm(question):
    fact = ask(question).fact
    assert fact is not None, question
    assert fact.service == "integration-council-and-voting", question
    assert fact.module in ("who", "body"), (question, fact.module, fact.text)
    assert "16" in fact.text, (question, fact.text)


@pytest.mark.parametrize(
    "question",
    [
        # years of a stay or of work are a time, not an age
        "برای اقامت دائم چند سال اقامت باید داشت؟",
        "Combien d'années de résidence faut-il pour la naturalisation ?",
        "Сколько лет нужно прожить в Германии для гражданства?",
    ],
)
def test_years_of_a_stay_are_no_age(question):
    assert kinds.asked_quantity(question) != "age", question


# --- (3) the most one gets, in euros ---------------------------------------------------------

MOST_PAID = [
    "Чоловік добре заробляє – яка найбільша виплата батьківських грошей може бути за місяць?",
    "ما هو الحد الأقصى لـ Elterngeld في الشهر؟",
    "Wie hoch ist das Elterngeld höchstens im Monat?",
    "Quel est le montant maximum de l'Elterngeld par mois ?",
]


@pytest.mark.django_db
@pytest.mark.parametrize("question", MOST_PAID)
def test_the_most_paid_is_told_in_euros_not_in_months(question):
    fact = ask(question).fact
    assert fact is not None, question
    assert (fact.service, fact.module) == ("parental-allowance", "body"), question
    assert "800" in fact.text, (question, fact.text)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "held"),
    [
        # a limit without a sum, the only one the module states, is told as it is
        ("Wie hoch darf die Kaution höchstens sein?", "drei Monatsmieten"),
        ("Яку найбільшу заставу може вимагати орендодавець?", "три місячні"),
    ],
)
def test_a_most_without_a_sum_is_kept_when_none_states_one(question, held):
    fact = ask(question).fact
    assert fact is not None, question
    assert held in fact.text, (question, fact.text)


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("Є три варіанти: базова (разом до 14 місяців) і ElterngeldPlus.", False),
        ("щонайменше 300 євро і щонайбільше 1800 євро на місяць.", True),
        ("Die Kaution beträgt höchstens drei Monatsmieten ohne Nebenkosten.", False),
        ("Der Beitrag ist frei.", True),
    ],
)
def test_a_most_asked_is_stated_by_a_sum_or_by_no_time(sentence, states):
    assert kinds.states_value("ceiling", sentence) is states, sentence


def test_the_arabic_not_more_than_states_a_most():
    assert "maximum" in kinds.stated_quantities("وما لا يقل عن 300 يورو ولا يزيد على 1.800 يورو")


# --- (4) the pay for an hour of work ---------------------------------------------------------

HOURLY_PAY = [
    "Шефът казва, че догодина почасовата ставка пак ще се качва – до колко евро ще стане през 2027?",
    "Auf wie viel Euro steigt der Stundenlohn 2027?",
    "¿A cuántos euros subirá la tarifa por hora en 2027?",
    "Do ilu euro wzrośnie stawka godzinowa w 2027?",
    "До скількох євро зросте погодинна ставка у 2027 році?",
]


@pytest.mark.parametrize("question", HOURLY_PAY)
def test_the_pay_for_an_hour_is_a_wage_not_a_price(question):
    assert kinds.classify(question) == "money", question


@pytest.mark.django_db
@pytest.mark.parametrize("question", HOURLY_PAY)
def test_next_years_hourly_minimum_is_told_not_the_free_counselling(question):
    fact = ask(question).fact
    assert fact is not None, question
    assert (fact.service, fact.module) == ("workers-rights-and-minimum-wage", "body"), question
    assert "14,60" in fact.text, (question, fact.text)


# --- (5) a payout is received, not paid ------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        (
            "Я получал пособие. С какой суммы таких выплат я обязан подавать налоговую декларацию?",
            None,
        ),
        ("Сколько стоит оплата пошлины за паспорт?", "cost"),
        ("Сколько нужно заплатить за справку?", "cost"),
    ],
)
def test_a_payout_is_no_word_of_paying(question, kind):
    assert kinds.classify(question) == kind, question


@pytest.mark.django_db
def test_the_sum_of_payouts_that_obliges_a_tax_return_is_told():
    question = "Я получал пособие по безработице. С какой суммы таких выплат я обязан подавать налоговую декларацию?"
    fact = ask(question).fact
    assert fact is not None, question
    assert (fact.service, fact.module) == ("income-tax-return", "body"), (question, fact.text)
    assert "410" in fact.text, (question, fact.text)


# --- (6) the weeks the office needs to make the card -----------------------------------------

CARD_MADE = [
    "The immigration office said yes to my Blue Card. How many weeks does the Federal Printing Office need to make the card?",
    "Wie viele Wochen braucht die Bundesdruckerei, um meine Blaue Karte herzustellen?",
    "¿Cuántas semanas necesita la Imprenta Federal para hacer mi tarjeta azul?",
    "Ile tygodni potrzebuje Bundesdruckerei na wyprodukowanie mojej Niebieskiej Karty?",
    "كم أسبوعًا تحتاج Bundesdruckerei لصنع البطاقة الزرقاء؟",
]


@pytest.mark.parametrize("question", CARD_MADE)
def test_the_weeks_an_office_needs_to_make_a_card_are_its_processing_time(question):
    assert kinds.classify(question) == "processing_time", question


@pytest.mark.django_db
@pytest.mark.parametrize("question", CARD_MADE)
def test_the_card_s_six_weeks_are_told_not_the_extension_s_deadline(question):
    fact = ask(question).fact
    assert fact is not None, question
    assert (fact.service, fact.module) == ("eu-blue-card", "processing_time"), (question, fact.text)
    assert "6" in fact.text, (question, fact.text)


@pytest.mark.parametrize(
    "question",
    [
        # the bank's ten days are its time limit: opening an account is no making
        "كم يوماً يحتاج البنك لفتح حساب أساسي بعد تقديم الطلب؟",
        "How many days does the bank need to open a basic account?",
        # the asker's own need is a time limit
        "How many weeks before expiry do I need to apply for the extension?",
    ],
)
def test_a_counted_time_without_making_keeps_its_deadline(question):
    assert kinds.classify(question) == "deadline", question
