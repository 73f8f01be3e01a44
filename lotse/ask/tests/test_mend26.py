"""Review mend of the twenty-sixth session's first round: each case was wrong on the merged
lanes (54232980) and is right now."""

import numpy as np
import pytest

from lotse.ask import rules
from lotse.ask.answers import kinds, lost

pytestmark = pytest.mark.ranking


@pytest.mark.parametrize(
    "question",
    [
        "¿Cuánto tarda el pago del subsidio?",
        "Cât durează plata alocației?",
        "Скільки чекати на виплату?",
        "Сколько ждать выплату пособия?",
        "كم يستغرق دفع المساعدة؟",
        "Wie viel dauert die Auszahlung?",
        "Я заплатил пошлину. Сколько ждать карту?",
    ],
)
def test_how_long_a_payment_takes_is_no_fee(question):
    assert kinds._typed(question) == "processing_time"


@pytest.mark.parametrize(
    "question",
    [
        "Die Bearbeitung dauert noch, wie viel kostet die Fiktionsbescheinigung?",
        "Mi permiso tarda, ¿cuánto pago por la Fiktionsbescheinigung?",
    ],
)
def test_a_fee_beside_a_clause_of_waiting_stays_a_fee(question):
    assert kinds._typed(question) == "cost"


@pytest.mark.parametrize(
    "question",
    [
        "Ist der Anruf bei dieser Nummer kostenlos?",
        "Bu numarayı aramak ücretli mi?",
        "L'appel à ce numéro est-il gratuit ?",
        "Звонок на этот номер платный?",
        "Apelul la acest număr este gratuit?",
        "تماس با این شماره رایگان است؟",
    ],
)
def test_a_call_to_a_number_pointed_at_asks_no_number(question):
    assert not kinds.asks_number_to_call(question)


def test_a_number_to_call_asked_still_is():
    assert kinds.asks_number_to_call("Kadınlar için ücretsiz arayabileceğim numara hangisi?")


def test_the_german_separable_an_is_no_year():
    assert kinds.asked_period("Der Kurs fängt am 3. an, wie viel kostet er?", "de") is None


def test_the_french_year_after_a_number_still_is():
    assert kinds.asked_period("Combien coûte une prolongation d'un an ?", "fr") == 365


def test_paying_more_is_no_income_ceiling():
    assert not kinds.asks_income_ceiling("À partir de quel revenu dois-je payer plus d'impôts ?")
    assert kinds.asks_income_ceiling(
        "À partir de quel revenu n'a-t-on plus droit aux allocations ?"
    )


def test_no_emergency_number_is_no_on_call_doctor():
    assert "on-call" not in kinds.emergency_kinds("Is there no emergency number for deaf people?")
    assert "on-call" in kinds.emergency_kinds(
        "What number do I call for a doctor at night if it is not an emergency?"
    )


@pytest.mark.parametrize("question", ["كيف أقدم الطلب بالعامية؟", "ما هي حقوق بالعامل؟"])
def test_arabic_words_starting_like_a_period_are_no_rate(question):
    assert kinds.asked_rate(question) == frozenset()


def test_the_arabic_spoken_week_is_still_a_rate():
    assert kinds.asked_rate("كم ساعة ألماني بالأسبوع بياخد ابني؟") == frozenset({"week"})


@pytest.mark.parametrize(
    "question",
    [
        "Qui peut m'aider avec mes papiers ? J'ai reçu une nouvelle lettre.",
        "مين بيساعدني بالأوراق؟ وصلتني رسالة جديدة",
        "Cine mă poate ajuta din nou cu actele?",
    ],
)
def test_a_new_letter_is_no_newcomer(question):
    assert lost.asks_help_with_papers(question)


@pytest.mark.parametrize(
    "question",
    [
        "Je suis nouvelle, qui peut m'aider avec mes papiers ?",
        "انا جديد، مين بيساعدني بالأوراق؟",
        "Ich bin neu hier, wer hilft mir mit meinen Papieren?",
    ],
)
def test_a_newcomer_asking_help_with_papers_stays_lost(question):
    assert not lost.asks_help_with_papers(question)


@pytest.mark.parametrize(
    "lowered",
    [
        "der integrationskurs kostet nur 2,29 euro pro stunde, oder?",
        "my salary is below the minimum for the blue card, what can i do?",
        "az önce asgari ücret hakkında okudum",
    ],
)
def test_no_underpaid_work(lowered):
    assert not rules.paid_below_minimum(lowered)


@pytest.mark.parametrize(
    "lowered",
    [
        "i work 12 hours a day and they pay me only 9 euros per hour",
        "asgari ücretin altında maaş alıyorum",
        "asgari ücretten az para alıyorum",
    ],
)
def test_underpaid_work(lowered):
    assert rules.paid_below_minimum(lowered)


def test_asked_and_origin_are_no_prayer():
    assert not rules._PRAYING.search(
        "die ausländerbehörde hat mich gebeten, unterlagen nachzureichen"
    )
    assert not rules._PRAYING.search("انا اصلي سوري، كيف بقدم على لم الشمل؟")
    assert rules._PRAYING.search("wo kann ich auf arabisch beten?")


def test_contributions_and_urgency_are_no_unpaid_care():
    assert not rules._UNPAID_CONTRIBUTIONS.search(
        "ist der besuch beim zahnarzt nicht im beitrag enthalten?"
    )
    assert not rules._HOSPITAL.search("is it urgent?")
    assert rules._UNPAID_CONTRIBUTIONS.search("ich habe meine beiträge seit monaten nicht bezahlt")


@pytest.mark.parametrize(
    "question",
    [
        "Vize almadan geldim, kaç gün içinde başvurmalıyım?",
        "دخلت من غير فيزا، خلال كم يوم لازم أقدم؟",
        "بدون روادید اومدم، تا چند روز باید درخواست بدم؟",
    ],
)
def test_the_new_without_visa_words_are_read(question):
    assert rules.FREE_MOVEMENT in rules.entered_without_visa_rivals(question)


@pytest.mark.parametrize(
    "lowered",
    [
        "i can't speak german well yet, is there a cheap course?",
        "i don't speak much german, where is a cheap evening course?",
        "no hablo bien alemán, ¿hay un curso barato?",
        "я не говорю хорошо по-немецки, есть дешевый курс?",
        "gibt es keinen deutschkurs, der günstig ist, am abend?",
    ],
)
def test_little_german_is_not_no_german(lowered):
    assert not rules._NO_GERMAN.search(lowered)


@pytest.mark.parametrize(
    "lowered", ["i don't speak any german", "ich spreche kein deutsch", "no hablo nada de alemán"]
)
def test_no_german_still_is(lowered):
    assert rules._NO_GERMAN.search(lowered)


@pytest.mark.parametrize(
    "lowered",
    [
        "das amt hat mir einen gutschein für einen berufssprachkurs gegeben, wo finde ich den?",
        "urząd pracy dał mi skierowanie na kurs zawodowy.",
    ],
)
def test_a_paper_for_another_course_raises_no_integration_course(lowered):
    keys = ["occupational-language-course", "integration-course", "vocational-training"]
    scores = np.array([3.0, 2.5, 2.0])
    out = rules.adjust(scores, lowered, keys)
    assert keys[int(np.argmax(out))] != "integration-course"
