"""The last day asked with the day noun apart from "last" (twenty-ninth session, round two, lane
agree25).

"¿Qué día del mes es el último para avisar?", "Welcher Tag im Monat ist der letzte für die
Kündigung?", "Which day of the month is the last to give notice?" ask by when, as "the last day
to …" does (agree20): a time limit. They had no type, and a price named in the story ("Quiero
cancelar el abono de 63 euros …") made them a cost question told the ticket's price; the
deadline pattern comes before the price's, so the story's price no longer decides. Questions
written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask.answers import kinds
from lotse.ask.tests.searching import ask

pytestmark = pytest.mark.ranking

LAST_DAY_APART = [
    "Quiero cancelar el abono de 63 euros porque me vuelvo a mi país. ¿Qué día del mes es el último para avisar?",
    "I want to cancel my 63 euro ticket because I am going home. Which day of the month is the last to give notice?",
    "Ich will mein Abo für 63 Euro kündigen, weil ich zurückgehe. Welcher Tag im Monat ist der letzte für die Kündigung?",
    "Je veux résilier mon abonnement à 63 euros. Quel jour du mois est le dernier pour prévenir ?",
    "Chcę wypowiedzieć bilet za 63 euro. Który dzień miesiąca jest ostatni na wypowiedzenie?",
    "Vreau să anulez abonamentul de 63 de euro. Ce zi a lunii este ultima pentru a anunța?",
    "Хочу отменить абонемент за 63 евро. Какой день месяца последний, чтобы предупредить?",
    "Хочу скасувати абонемент за 63 євро. Який день місяця останній, щоб повідомити?",
    "Искам да прекратя абонамента за 63 евро. Кой ден от месеца е последният за предизвестие?",
    "63 euroluk aboneliği iptal etmek istiyorum. Ayın hangi günü son gün?",
    "أريد إلغاء الاشتراك بـ 63 يورو. أي يوم من الشهر هو الأخير للإلغاء؟",
    "می‌خواهم اشتراک ۶۳ یورویی را لغو کنم. کدام روز ماه آخرین مهلت است؟",
]


@pytest.mark.parametrize("question", LAST_DAY_APART)
def test_the_last_day_asked_apart_is_a_time_limit(question):
    assert kinds.classify(question) == "deadline", question


@pytest.mark.parametrize(
    "question",
    [
        # a price asked stays a price, whatever day is named
        "How much does the Deutschlandticket cost per month?",
        "¿Cuánto cuesta el abono al mes?",
        "Wie viel kostet das Deutschlandticket im Monat?",
    ],
)
def test_a_price_asked_stays_a_price(question):
    assert kinds.classify(question) == "cost", question


@pytest.mark.django_db
@pytest.mark.parametrize("question", LAST_DAY_APART[:3])
def test_the_cancellation_day_is_told_not_the_price(question):
    fact = ask(question).fact
    assert fact is not None, question
    assert (fact.service, fact.module) == ("deutschlandticket", "deadlines"), (question, fact.text)
    assert "10" in fact.text, (question, fact.text)
