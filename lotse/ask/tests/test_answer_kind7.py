"""Factual questions that got no question type, or the wrong one, in everyday wordings (twentieth
session, lane kind7): an office's hours asked as until what hour or on which days it works or
one may come, until when a paper holds asked by its expiry, for how many years a permit is
given, and whether they take money for it. Questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers
from lotse.ask.answers import kinds

pytestmark = pytest.mark.ranking


@pytest.mark.parametrize(
    "question",
    [
        # until what hour an office works, or one may come
        "Until what time can I come to the citizens' office?",
        "Till what time does the registry office see people on Fridays?",
        "Bis wie viel Uhr kann ich ins Bürgerbüro kommen?",
        "Bis um wieviel Uhr arbeitet das Standesamt?",
        "Jusqu'à quelle heure est-ce que je peux passer au bureau ?",
        "Jusqu'à quelle heure le service des étrangers reçoit-il ?",
        "¿Hasta qué hora atiende la oficina de extranjería?",
        "¿Hasta qué hora puedo pasar por el registro civil?",
        "Vatandaşlık bürosuna saat kaça kadar gidebilirim?",
        "Göçmenlik dairesi saat kaça kadar hizmet veriyor?",
        "Do której godziny mogę przyjść do urzędu?",
        "Do której godziny pracuje urząd stanu cywilnego?",
        "Până la ce oră pot veni la biroul cetățenilor?",
        "Până la ce oră lucrează oficiul de stare civilă?",
        "До скольки работает ведомство по делам иностранцев?",
        "До какого часа можно прийти в бюро граждан?",
        "До котрої години працює бюро громадян?",
        "До якої години можна прийти до РАЦСу?",
        "До колко часа работи службата за чужденци?",
        "До колко часа мога да дойда в гражданското бюро?",
        "إلى أي ساعة يعمل مكتب الأجانب؟",
        "لحد أي ساعة بيستقبل مكتب المواطنين؟",
        "دفتر اتباع تا ساعت چند کار می‌کند؟",
        "تا چه ساعتی می‌تونم برم اداره ثبت احوال؟",
        # on which days an office works or receives
        "What days does the women's counselling centre work?",
        "An welchen Tagen arbeitet die Beratungsstelle?",
        "Quels jours le bureau reçoit-il le public ?",
        "¿Qué días atienden en el centro de asesoramiento?",
        "Danışma merkezi hangi günler hizmet veriyor?",
        "W jakie dni przyjmuje poradnia?",
        "În ce zile primește consilierea?",
        "В какие дни принимает консультация для мигрантов?",
        "У які дні приймає консультація?",
        "В кои дни приема консултацията?",
        "أي أيام يستقبل مركز الاستشارة؟",
        "مرکز مشاوره چه روزهایی پذیرش دارد؟",
        # the everyday German "hat … auf"
        "Till what time does the Bürgerbüro take walk-ins?",
        "لحد أي ساعة بقدر روح على مكتب الضرائب؟",
        "Wann hat die Ausländerbehörde auf?",
        "Bis wann hat das Bürgerbüro heute auf?",
    ],
)
def test_until_what_hour_or_which_days_an_office_works_asks_its_hours(question):
    assert answers.classify(question) == "open"


@pytest.mark.parametrize(
    "question",
    [
        # a must keeps the hour a time limit
        "Do której godziny trzeba wystawić pojemnik na śmieci?",
        "Until what time must I hand in the form?",
        "Bis wie viel Uhr muss ich den Antrag abgeben?",
        # no office at work, no visit: a time, not an office's hours
        "До скольки лет можно получать пособие?",
    ],
)
def test_an_hour_with_a_must_or_without_an_office_is_no_opening_hours(question):
    assert answers.classify(question) != "open"


def test_which_days_a_student_may_work_is_no_office_hours():
    assert answers.classify("Which days can I work as a student?") != "open"


@pytest.mark.parametrize(
    "question",
    [
        # when a paper or permit expires
        "When does my residence permit run out?",
        "When will my visa run out?",
        "Wann läuft mein Aufenthaltstitel ab?",
        "Wann läuft die Bescheinigung eigentlich ab?",
        "Quand mon visa arrive-t-il à expiration ?",
        "Quand ma carte est-elle périmée ?",
        "¿Cuándo caduca mi permiso de residencia?",
        "¿Cuándo vence el certificado?",
        "Oturma izni ne zaman bitiyor?",
        "Belgenin süresi ne zaman doluyor?",
        "Kiedy wygasa moje zezwolenie na pobyt?",
        "Kiedy wygasa wiza?",
        "Când expiră permisul de ședere?",
        "Când expiră viza?",
        "Когда истекает мой вид на жительство?",
        "Когда заканчивается мое разрешение на работу?",
        "Коли закінчується мій дозвіл на проживання?",
        "Коли спливає моя посвідка?",
        "Кога изтича разрешението ми за пребиваване?",
        "Кога изтича картата ми?",
        "متى تنتهي إقامتي؟",
        "متى تنتهي التأشيرة؟",
        "اقامتم کی تموم میشه؟",
        "تاریخ انقضای کارت اقامت کی است؟",
        "What is the expiry date of the card?",
        # for how many years or months a permit is given
        "For how many years do I get the permit?",
        "Für wie viele Jahre bekomme ich die Niederlassungserlaubnis?",
        "Pour combien d'années le titre est-il délivré ?",
        "¿Por cuántos años dan el permiso?",
        "İzin kaç yıl için veriliyor?",
        "Na ile lat dostaje się kartę pobytu?",
        "Pentru câți ani se dă permisul?",
        "Pe câte luni se dă viza?",
        "إمتى بتخلص إقامتي؟",
        "На сколько лет дают разрешение?",
        "На скільки років дають посвідку?",
        "За колко години дават разрешението?",
        "لكم سنة بيعطوا الإقامة؟",
        "مجوز برای چند سال داده می‌شود؟",
        # how long it is good for
        "How long is the residence permit good for?",
        "Wie lange hält der Aufenthaltstitel?",
    ],
)
def test_expiry_and_the_period_given_ask_the_validity(question):
    assert answers.classify(question) == "validity"


@pytest.mark.parametrize(
    "question",
    [
        # a situation, not a question when it expires: no fact asked by the expiry
        "my residence permit runs out in 6 weeks, what do i do??",
        "Mi permiso de residencia vence el mes próximo. ¿Qué procedimiento debo seguir?",
        "картата ми за пребиваване изтича следващия месец, какво да правя сега",
        # a time limit named: a deadline
        "¿Cuándo vence el plazo para presentar la solicitud?",
        # how far back and how long before: not the period a permit holds
        "Na ile miesięcy przed końcem umowy trzeba się zgłosić?",
        "For how many months back is it paid?",
    ],
)
def test_expiry_as_a_situation_a_named_limit_or_a_time_back_is_no_validity(question):
    assert answers.classify(question) != "validity"


def test_how_it_proceeds_is_no_expiry():
    assert answers.classify("Wie läuft die Anmeldung ab?") != "validity"


@pytest.mark.parametrize(
    "question",
    [
        "Берут ли деньги за справку?",
        "За консультацию деньги берут?",
        "Чи беруть гроші за довідку?",
        "Взимат ли пари за удостоверението?",
        "الاستشارة بمصاري؟",
        "بياخدو مصاري على الشهادة؟",
        "Danışmanlık için para alıyorlar mı?",
        "Czy biorą pieniądze za poradę?",
        "Iau bani pentru certificat?",
        "Nehmen die Geld für die Beratung?",
    ],
)
def test_whether_they_take_money_for_it_asks_the_fee(question):
    assert answers.classify(question) == "cost"


# When a paper expires: a sentence that states a period, a date or no end answers; one that
# says only that it holds for some time, or names a paragraph, does not.
@pytest.mark.parametrize(
    ("vague", "told", "language"),
    [
        (
            "Eine Aufenthaltserlaubnis gilt nur für eine bestimmte Zeit (§ 7 AufenthG).",
            "Die Bescheinigung ist in der Regel drei Monate gültig.",
            "de",
        ),
        (
            "Разрешение действует только определённое время (§ 7 AufenthG).",
            "Разрешение действует бессрочно.",
            "ru",
        ),
    ],
)
def test_an_expiry_question_is_told_by_a_period(vague, told, language):
    from lotse.ask.answers._text import _sentence
    from lotse.ask.answers.sentences import _best_sentence

    only_vague = [_sentence(vague, language)]
    best, _score = _best_sentence(only_vague, set(), "validity", "body", expiry=True)
    assert best is None
    both = [_sentence(vague, language), _sentence(told, language)]
    best, _score = _best_sentence(both, set(), "validity", "body", expiry=True)
    assert best is not None
    assert best.text == told


def test_a_validity_body_sentence_counting_the_years_answers_without_a_shared_word():
    from lotse.ask.answers._text import _sentence
    from lotse.ask.answers.sentences import _best_sentence

    held = [_sentence("Das Papier ist zuerst höchstens drei Jahre gültig.", "de")]
    best, _score = _best_sentence(
        held, {"erstmal"}, "validity", "body", frozenset({"year"}), counted_time=True
    )
    assert best is not None


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("المكتب المركزي لهجرة العمالة الماهرة", frozenset()),
        ("نیروی کار ماهر", frozenset()),
        ("این مجوز سه ماه معتبر است", frozenset({"month"})),
    ],
)
def test_the_persian_month_is_a_word_of_its_own(text, units):
    assert kinds.units_in(text) == units
