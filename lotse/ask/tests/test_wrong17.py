"""Wrong answers by kind of mistake (twenty-sixth session, round two, lane wrong17): the asked
quantity differs from the told sentence's. An amount asked against a pay one had ("compared to
my last net pay") asks a percentage, told by the sentence that states it, not by the conditions
one gets the benefit under. A lowest income asked with a gross or net word between ("درآمد
ناخالص داشته باشیم", "کمترین درآمد", "минималният брутен доход", "ingresos brutos mínimos") is an
earning's lower limit, told by the least income, not by the most the benefit pays. A typed time question counting a unit
per a period ("Ile godzin w tygodniu …?") told from the general texts is not told by a sentence
that counts another unit. Questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask.answers import kinds
from lotse.ask.tests.searching import ask

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


# An amount asked against a pay one had, 12 languages (`kinds._PAY_COMPARED_ASKED`).
PAY_COMPARED = [
    "How much unemployment benefit do I get compared to my last net pay?",
    "Wie viel Arbeitslosengeld bekomme ich im Vergleich zu meinem letzten Nettolohn?",
    "Wie hoch ist das Arbeitslosengeld im Verhältnis zum letzten Gehalt?",
    "Combien d'allocation chômage par rapport à mon dernier salaire net ?",
    "¿Cuánto paro cobro en comparación con mi último sueldo neto?",
    "İşsizlik parası son net maaşıma kıyasla ne kadar?",
    "Ile wynosi zasiłek dla bezrobotnych w porównaniu z ostatnią pensją netto?",
    "Cât primesc ajutor de șomaj comparativ cu ultimul salariu net?",
    "Сколько пособия по безработице я получу по сравнению с последней зарплатой?",
    "Скільки допомоги по безробіттю порівняно з останньою зарплатою?",
    "Колко е помощта за безработица в сравнение с последната ми заплата?",
    "كم إعانة البطالة مقارنة بآخر راتب صافي؟",
    "مقدار بیمه بیکاری نسبت به آخرین حقوق خالص من چقدر است؟",
]


@pytest.mark.parametrize("question", PAY_COMPARED)
def test_an_amount_against_a_pay_asks_a_percentage(question):
    assert kinds.asked_quantity(question) == "percent"


@pytest.mark.parametrize(
    "question",
    [
        # a pay that is only the asker's situation, or "according to" / "as for"
        "Wie viel Wohngeld bekomme ich bei meinem Einkommen?",
        "Gelirime göre ne kadar konut yardımı alırım?",
        "Сколько платят относительно моего дохода?",
        # a comparison without a pay
        "Сколько стоит по сравнению с прошлым годом?",
        "How much is the Deutschlandticket compared to a monthly ticket?",
    ],
)
def test_no_percentage_without_a_compared_pay(question):
    assert kinds.asked_quantity(question) != "percent"


@pytest.mark.parametrize(
    "question",
    [
        "Wie viel Arbeitslosengeld bekomme ich im Vergleich zu meinem letzten Nettolohn?",
        "Wie hoch ist das Arbeitslosengeld im Verhältnis zum letzten Gehalt?",
        "Сколько пособия по безработице я получу по сравнению с последней зарплатой?",
        "Скільки допомоги по безробіттю порівняно з останньою зарплатою?",
        "Колко е помощта за безработица в сравнение с последната ми заплата?",
    ],
)
def test_an_amount_against_a_pay_is_told_by_the_percentage(question):
    fact = ask(question).fact
    assert fact is not None
    assert fact.service == "unemployment-benefit"
    assert any(word in fact.text for word in ("Prozent", "процент", "відсот"))


# A lowest income asked, a gross or net word between (`kinds._LIMIT_INCOME`, `_EARNING_ASKED`).
LOWEST_INCOME = [
    "حداقل چقدر باید درآمد ناخالص داشته باشیم تا Kinderzuschlag بگیریم؟",
    "کمترین درآمد ناخالص برای گرفتن کمک هزینه فرزند چقدر است؟",
    "Какъв е минималният брутен доход за Kinderzuschlag?",
    "Was ist das Mindestbruttoeinkommen für den Kinderzuschlag?",
    "Quel est le revenu brut minimum pour le Kinderzuschlag ?",
    "¿Cuáles son los ingresos brutos mínimos para el Kinderzuschlag?",
    "Kinderzuschlag için asgari brüt gelir ne kadar?",
    "Care este venitul brut minim pentru Kinderzuschlag?",
    "Какой минимальный валовой доход для Kinderzuschlag?",
]


@pytest.mark.parametrize("question", LOWEST_INCOME)
def test_a_lowest_income_is_an_earning_asked(question):
    assert kinds.asks_earning(question)
    assert kinds.asks_minimum(question)


@pytest.mark.parametrize(
    "question",
    [
        "حداقل چقدر باید درآمد ناخالص داشته باشیم تا Kinderzuschlag بگیریم؟",
        "کمترین درآمد ناخالص برای گرفتن کمک هزینه فرزند چقدر است؟",
        "Какъв е минималният брутен доход за Kinderzuschlag?",
    ],
)
def test_a_lowest_income_is_told_by_the_least_income(question):
    fact = ask(question).fact
    assert fact is not None
    assert fact.service == "child-supplement"
    assert "900" in fact.text
    assert "297" not in fact.text


# A typed time question that counts a unit, told from the general texts (`told_fact`): only a
# sentence that counts that unit per the asked period tells it, not the variants' "14 months".
@pytest.mark.parametrize(
    "question",
    [
        "Ile godzin w tygodniu mogę pracować na pół etatu, pobierając Elterngeld?",
        "Ile godzin tygodniowo mogę pracować w niepełnym wymiarze podczas Elterngeld?",
        "Wie viele Stunden darf ich in Teilzeit pro Woche arbeiten, während ich Elterngeld "
        "bekomme?",
    ],
)
def test_hours_a_week_are_not_told_by_months(question):
    fact = ask(question).fact
    assert fact is None or "14" not in fact.text
