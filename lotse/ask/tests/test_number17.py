"""What number do I call, by purpose (twenty-sixth session, lane number17). A number asked is
told by a sentence that gives a number for what the question names: the emergency pharmacy
(its line is a step, "Notdienst-Apotheke finden: … 0800 00 22833", and its duty words are the
doctor's: "pharmacie de garde", "nöbetçi eczane"), an appointment booked by phone (116117, not
the Telefonseelsorge), the doctor on call when it is no emergency (116117, not 112), the crisis
line asked as a "line of trust" (not the women's helpline, which Polish and Russian call so
too), a card to block; a number asked without a phone word goes the helpline's way, and a
number to call asked with a free word (typed a cost) is never told "the helpline is free".
Questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import selectors
from lotse.ask.answers import kinds
from lotse.core.models import City

pytestmark = pytest.mark.ranking


def _fact(question: str):
    city = City.objects.get(slug="dortmund")
    return selectors.search(city=city, query=question, limit=10).fact


# (1) What the number is for, read in the question (`kinds.emergency_kinds`).
PHARMACY = [
    "Which number finds an emergency pharmacy at night?",
    "Welche Nummer hat der Apotheken-Notdienst nachts?",
    "Quel est le numero pour une pharmacie de garde la nuit ?",
    "¿Qué número tiene la farmacia de guardia por la noche?",
    "Gece nobetci eczane icin hangi numarayi aramaliyim?",
    "Jaki jest numer do apteki dyzurnej w nocy?",
    "Care este numarul pentru farmacia de garda noaptea?",
    "Какой номер дежурной аптеки ночью?",
    "Який номер чергової аптеки вночі?",
    "Какъв е номерът на дежурната аптека през нощта?",
    "ما هو رقم الصيدلية المناوبة في الليل؟",
    "شماره داروخانه شبانه‌روزی چیه؟",
]


@pytest.mark.parametrize("question", PHARMACY)
def test_a_pharmacy_named_is_no_doctor_on_call(question):
    assert kinds.emergency_kinds(question, asked=True) == frozenset({"pharmacy"})


APPOINTMENT = [
    "Which number do I call to get an appointment with a psychotherapist?",
    "Welche Nummer rufe ich an, um einen Termin beim Psychotherapeuten zu bekommen?",
    "Quel numéro appeler pour obtenir un rendez-vous chez un psychothérapeute ?",
    "¿A qué número llamo para conseguir una cita con un psicoterapeuta?",
    "Psikoterapist randevusu için hangi numarayı aramalıyım?",
    "Pod jaki numer zadzwonić, żeby umówić wizytę u psychoterapeuty?",
    "La ce număr sun pentru o programare la psihoterapeut?",
    "По какому номеру записаться к психотерапевту?",
    "За яким номером можна записатися до психотерапевта?",
    "На кой номер да се обадя за час при психотерапевт?",
    "ما هو الرقم للحصول على موعد عند معالج نفسي؟",
    "برای گرفتن وقت روان‌درمانگر با چه شماره‌ای تماس بگیرم؟",
]


@pytest.mark.parametrize("question", APPOINTMENT)
def test_an_appointment_is_what_the_number_is_for(question):
    assert "appointment" in kinds.emergency_kinds(question, asked=True)


NO_EMERGENCY = [
    "Which number do I call at night if I need a doctor but it is no emergency?",
    "Welche Nummer rufe ich nachts an, wenn ich einen Arzt brauche, aber es kein Notfall ist?",
    "Quel numéro appeler la nuit pour un médecin si ce n'est pas une urgence ?",
    "¿A qué número llamo por la noche si necesito un médico pero no es una emergencia?",
    "Gece doktora ihtiyacım var ama acil değil, hangi numarayı aramalıyım?",
    "Jaki numer do lekarza w nocy, jeśli to nie jest nagły wypadek?",
    "La ce număr sun noaptea pentru un medic dacă nu e o urgență?",
    "Какой номер врача ночью, если это не экстренный случай?",
    "Який номер лікаря вночі, якщо це не екстрений випадок?",
    "На кой номер да се обадя през нощта за лекар, ако не е спешно?",
    "ما هو رقم الطبيب في الليل إذا لم تكن حالة طارئة؟",
    "شب اگر اورژانسی نیست به دکتر نیاز دارم، چه شماره‌ای بگیرم؟",
]


@pytest.mark.parametrize("question", NO_EMERGENCY)
def test_no_emergency_asks_the_doctor_on_call(question):
    assert kinds.emergency_kinds(question, asked=True) == frozenset({"on-call"})


def test_a_line_of_trust_is_the_crisis_line_unless_violence_is_named():
    assert kinds.emergency_kinds("Jaki jest numer telefonu zaufania?", asked=True) == {"crisis"}
    assert kinds.emergency_kinds("Care este numărul telefonului de încredere?") == {"crisis"}
    # the women's helpline is a line of trust too: violence named, no crisis
    assert kinds.emergency_kinds(
        'Telefon zaufania „Przemoc wobec kobiet" jest dostępny pod numerem 08000 116 016.'
    ) == {"violence"}
    assert kinds.emergency_kinds(
        "Какой бесплатный номер телефона доверия для женщин, пострадавших от насилия?",
        asked=True,
    ) == {"violence"}
    # a guard (true before too): women and protection name no violence
    assert kinds.emergency_kinds("Frauen und Kinder, die Schutz brauchen.") == frozenset()


# (2) A line's number asked without a phone word; a number to call asked with a free word.
@pytest.mark.parametrize(
    "question",
    [
        "Jaki jest numer do apteki dyzurnej w nocy?",
        "Jaki jest numer do zablokowania funkcji online zgubionej karty pobytu?",
        "What is the number of the crisis line if I feel very low?",
        "Какой номер дежурного врача ночью, если это не экстренный случай?",
    ],
)
def test_a_line_number_asked_without_a_phone_word(question):
    assert kinds.classify(question) is None
    assert kinds.asks_line_number(question)


@pytest.mark.parametrize(
    "question",
    [
        # a number of no line (a guard: the told path answers these)
        "What is the number of the child protection emergency service?",
        "Vergi kimlik numarası kaç rakamdan oluşuyor?",
        # a number given
        "Is the 116 117 number for a doctor at night?",
    ],
)
def test_no_line_number_asked(question):
    assert not kinds.asks_line_number(question)


def test_a_number_to_call_asked_with_a_free_word():
    assert kinds.asks_number_to_call("Kadınlar için ücretsiz arayabileceğim numara hangisi?")
    # whether the number is free, whether calling a given number is free: fee questions
    assert not kinds.asks_number_to_call("Le numéro est-il gratuit ?")
    assert not kinds.asks_number_to_call("Is calling 112 free?")
    assert not kinds.asks_number_to_call("Dois-je payer pour le numéro fiscal ?")


# (3) The answers.
@pytest.mark.django_db
@pytest.mark.parametrize("question", PHARMACY[:2] + PHARMACY[4:8])
def test_the_pharmacy_line_answers(question):
    fact = _fact(question)
    assert fact is not None and "22833" in fact.text and "116117" not in fact.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [APPOINTMENT[i] for i in (1, 5, 7, 8, 9, 10, 11)],
)
def test_the_appointment_line_answers_not_the_crisis_line(question):
    fact = _fact(question)
    assert fact is not None and "116117" in fact.text and "1110111" not in fact.text


@pytest.mark.django_db
@pytest.mark.parametrize("question", [NO_EMERGENCY[i] for i in (5, 11)])
def test_the_doctor_on_call_answers_when_it_is_no_emergency(question):
    fact = _fact(question)
    assert fact is not None and "116117" in fact.text and "112 " not in fact.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("What is the number of the crisis line if I feel very low?", "1110111"),
        (
            "Какой бесплатный номер телефона доверия для женщин, пострадавших от насилия?",
            "116 016",
        ),
        ("Jaki jest numer do zablokowania funkcji online zgubionej karty pobytu?", "116 116"),
        ("شماره مسدود کردن کارت اقامت گم شده چیه؟", "116 116"),
        # typed a cost by its free word: the number, not "the helpline is free"
        ("Kadınlar için ücretsiz arayabileceğim numara hangisi?", "116 016"),
    ],
)
def test_the_line_asked_answers(question, number):
    fact = _fact(question)
    assert fact is not None and number in fact.text
