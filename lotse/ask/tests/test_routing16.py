"""Top-1 classes of the twentieth check part (twenty-fifth session, round two, lane routing16),
each in the 12 languages: loans, credits and instalments one cannot pay any more, told without
the word "debts", ask for the debt counselling, not the consumer advice."""

from __future__ import annotations

import numpy as np
import pytest

from lotse.ask import rules

pytestmark = pytest.mark.ranking


def _first(question: str, keys: list[str]) -> str:
    """The first of two services (the first scoring 1.0, the second 0.9) after the rules."""
    scores = rules.adjust(np.array([1.0, 0.9], dtype=np.float32), question, keys)
    return keys[int(np.argmax(scores))]


@pytest.mark.parametrize(
    "question",
    [
        "Ich schaffe die Raten für den Kredit nicht mehr, jetzt kommen Briefe vom Inkasso",
        "the instalments for my car loan are too much and collection letters keep coming",
        "je n'arrive plus à payer les mensualités de mon crédit, on m'envoie des lettres",
        "trop de crédits, je n'arrive plus à rembourser, des lettres d'Inkasso arrivent",
        "no puedo pagar las cuotas del préstamo y me llegan cartas de Inkasso",
        "nu mai pot plăti ratele la bancă și primesc scrisori de la Inkasso",
        "nie mogę spłacić rat kredytu, dostaję listy z Inkasso",
        "не могу платить по кредиту, приходят письма от Inkasso",
        "не можу платити за кредит, приходять листи від Inkasso",
        "не мога да плащам вноските по кредита, идват писма от Inkasso",
        "kredi taksitlerini ödeyemiyorum, Inkasso mektupları geliyor",
        "ما عم اقدر ادفع الأقساط وعم تجيني رسائل من Inkasso",
        "قسط‌های وامم رو نمی‌تونم بدم و نامه Inkasso میاد",
    ],
)
def test_instalments_one_cannot_pay_are_the_debt_counselling(question: str) -> None:
    assert _first(question, [rules.CONSUMER_ADVICE, "debt-counselling"]) == "debt-counselling"


@pytest.mark.parametrize(
    "question",
    [
        # a contract cancelled or goods never delivered stay the consumer advice's
        "Inkasso will Geld für einen Handyvertrag, den ich gekündigt habe, in Raten?",
        "I cancelled the contract but now Inkasso wants the instalments",
        "j'ai résilié mon abonnement et on me réclame des mensualités",
        "kredi kartıyla sipariş verdim ama teslim edilmedi",
        # a loan word inside another word names no loan
        "чи можна позичити книги в бібліотеці і скільки часу займе реєстрація",
        "میخوام قراردادمو کنسل کنم",
        "wie lange wird die Bearbeitung dauern, ich brauche Beratung",
    ],
)
def test_a_contract_or_order_keeps_the_consumer_advice(question: str) -> None:
    assert _first(question, [rules.CONSUMER_ADVICE, "debt-counselling"]) == rules.CONSUMER_ADVICE


@pytest.mark.parametrize(
    "question",
    [
        "gibt es was in kleinen Gruppen für Zweijährige, damit er Deutsch lernt?",
        "are there small groups for toddlers to get used to German?",
        "y a-t-il des petits groupes pour mon fils de deux ans avant la Kita ?",
        "¿hay grupitos para niños de dos años antes de la Kita?",
        "există grupe mici pentru copii de doi ani?",
        "czy są małe grupy dla dwulatków przed Kitą?",
        "есть ли маленькие группы для детей двух лет?",
        "чи є невеликі групи для дітей двох років?",
        "има ли малки групи за двегодишни деца преди кита?",
        "iki yaşındaki oğlum için küçük bir grup var mı, kitaya başlamadan önce?",
        "هل في مجموعات صغيرة لأطفال بعمر سنتين؟",
        "گروه‌های کوچیک برای بچه دو ساله هست؟",
    ],
)
def test_small_groups_before_the_kita_are_the_kinderstube(question: str) -> None:
    assert _first(question, [rules.KINDERSTUBE, rules.DAYCARE]) == rules.KINDERSTUBE


@pytest.mark.parametrize(
    "question",
    [
        "wie bekomme ich einen Kita-Platz für meine Tochter?",
        "how do I apply for a daycare place?",
        "bir grup arkadaşla kreş arıyoruz",
    ],
)
def test_a_daycare_place_without_the_small_groups_holds_the_kinderstube_back(
    question: str,
) -> None:
    assert _first(question, [rules.KINDERSTUBE, rules.DAYCARE]) == rules.DAYCARE
