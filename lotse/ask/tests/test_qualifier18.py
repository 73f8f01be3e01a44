"""Which of several values of one service (twenty-seventh session, lane qualifier18): a switch to
another permit while already here with another visa asks the change of purpose's fee, not the
visa at the embassy the asker's own visa named; the money one must have on a blocked account
is a condition of the permit (its prerequisites), not its fee. Questions written for these
tests, 12 languages."""

from __future__ import annotations

import pytest

from lotse.ask.answers import kinds
from lotse.ask.answers.qualifiers import asked_qualifiers, held_qualifiers
from lotse.ask.tests.searching import ask

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]

SWITCHES = [
    "Ich lebe schon mit einem anderen Visum hier. Was kostet der Wechsel zur "
    "Aufenthaltserlaubnis für Selbständige?",
    "I already live here with another visa. How much does it cost to switch to a "
    "self-employment permit?",
    "J'habite déjà ici avec un autre visa. Combien coûte le passage au titre de séjour pour "
    "indépendants ?",
    "Ya vivo aquí con otro visado. ¿Cuánto cuesta cambiar al permiso para autónomos?",
    "Zaten başka bir vizeyle burada yaşıyorum. Serbest meslek oturma iznine geçmek ne kadar?",
    "Mieszkam już tu z inną wizą. Ile kosztuje zmiana na zezwolenie dla samozatrudnionych?",
    "Locuiesc deja aici cu o altă viză. Cât costă trecerea la permisul pentru PFA?",
    "Я уже живу здесь по другой визе. Сколько стоит перейти на ВНЖ для самозанятых?",
    "Я вже живу тут з іншою візою. Скільки коштує перейти на посвідку для самозайнятих?",
    "Вече живея тук с друга виза. Колко струва смяната към разрешение за самоосигуряващи се?",
    "أعيش هنا بالفعل بتأشيرة أخرى. كم تكلفة التحويل إلى إقامة العمل الحر؟",
    "من الان با یک ویزای دیگر اینجا زندگی می‌کنم. تغییر به اجازه اقامت خوداشتغالی چقدر هزینه دارد؟",
]


@pytest.mark.parametrize("question", SWITCHES)
def test_a_switch_asks_the_change_not_the_visa(question):
    asked = asked_qualifiers(question)
    assert "purpose-change" in asked
    # the asker's own visa is their case, not the visa asked
    assert "visa" not in asked


@pytest.mark.parametrize(
    "question",
    [
        "Wie viel kostet ein nationales Visum?",
        "How much is the visa for the Blue Card?",
        "Le visa carte bleue, c'est combien ?",
        "Сколько стоит подать на визу для учебы?",
        "كم رسوم التأشيرة الوطنية؟",
        "هزینه ویزای ملی چقدر است؟",
    ],
)
def test_a_visa_asked_is_still_asked(question):
    assert "visa" in asked_qualifiers(question)


@pytest.mark.parametrize(
    "sentence",
    [
        "If you switch from another purpose of stay, the change costs 98 euros.",
        "Dacă treceți de la un alt scop al șederii, schimbarea costă 98 de euro.",
        "Если вы переходите с другой цели пребывания, изменение стоит 98 евро.",
        "Якщо ви переходите з іншої мети перебування, зміна коштує 98 євро.",
        "Ако преминавате от друга цел на пребиваване, промяната струва 98 евро.",
        "Başka bir oturum amacından geçiş yaparsanız, değişiklik 98 Euro tutar.",
        "إذا انتقلت من غرض إقامة آخر، يكلّف التغيير 98 يورو.",
    ],
)
def test_the_catalog_words_of_a_switch_hold_the_change(sentence):
    assert "purpose-change" in held_qualifiers(sentence)


@pytest.mark.parametrize(
    "question", [q for q in SWITCHES if not q.startswith("Locuiesc")]
)  # (the Romanian one is routed elsewhere: a routing matter, not this class)
def test_a_switch_is_told_the_change_fee(question):
    answer = ask(question)
    assert answer.fact is not None
    assert answer.fact.service == "residence-permit-self-employment"
    assert answer.fact.module == "fees"
    assert "98" in answer.fact.text
    assert "75" not in answer.fact.text


BLOCKED_ACCOUNT = [
    "Wie viel Geld muss ich pro Monat auf dem Sperrkonto für das Studentenvisum haben?",
    "How much money per month do I need on a blocked account for a student visa?",
    "Combien d'argent par mois faut-il sur le compte bloqué pour le visa étudiant ?",
    "¿Cuánto dinero al mes necesito en la cuenta bloqueada para la visa de estudiante?",
    "Öğrenci vizesi için bloke hesapta ayda ne kadar para olmalı?",
    "Ile pieniędzy miesięcznie muszę mieć na koncie zablokowanym do wizy studenckiej?",
    "Câți bani pe lună trebuie să am în contul blocat pentru viza de student?",
    "Сколько денег в месяц нужно на блокированном счёте для студенческой визы?",
    "Скільки грошей на місяць потрібно на блокованому рахунку для студентської візи?",
    "Колко пари на месец трябва да имам в блокирана сметка за студентска виза?",
    "كم من المال شهريا يجب أن يكون في الحساب المجمد لتأشيرة الدراسة؟",
    "برای ویزای دانشجویی ماهانه چقدر پول باید در حساب مسدود داشته باشم؟",
]


@pytest.mark.parametrize("question", BLOCKED_ACCOUNT)
def test_a_blocked_account_asks_the_money_one_must_have(question):
    assert kinds.asks_means(question)


@pytest.mark.parametrize(
    "question",
    [
        "Wie viel kostet das Studentenvisum?",
        "How much money do I get from BAföG per month?",
        "¿Cuánto cuesta abrir una cuenta bancaria?",
    ],
)
def test_a_fee_or_an_account_is_no_money_one_must_have(question):
    assert not kinds.asks_means(question)


def test_the_prerequisite_states_the_sum_on_the_account():
    sentence = (
        "secure means of living; for a blocked account 11,904 euros a year (992 euros a month) "
        "since 2025"
    )
    assert "means" in kinds.stated_quantities(sentence.casefold())
    assert "means" not in kinds.stated_quantities("the visa at the mission costs 75 euros.")


# (the Persian one is kept from answering by the rank rules: "ویزای" names the national visa)
@pytest.mark.parametrize("question", BLOCKED_ACCOUNT[:-1])
def test_the_sum_on_the_account_is_told_not_the_visa_fee(question):
    answer = ask(question)
    assert answer.fact is not None
    assert answer.fact.service == "residence-permit-study"
    assert answer.fact.module == "prerequisites"
    assert "992" in answer.fact.text
