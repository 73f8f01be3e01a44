"""Second round after kind7 (twentieth session, lane kind8): the Arabic month "شهر" is the
Persian city; "which days is the counselling" without a verb of an office at work asks the
opening hours; how long a paper holds asked with an everyday verb of holding good ("¿Cuánto
tiempo vale …?", "Скільки часу діє …?", "Колко време важи …?"). Questions and sentences
written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask.answers import kinds

pytestmark = pytest.mark.ranking


@pytest.mark.parametrize(
    ("text", "language", "units"),
    [
        # the city, in Persian text: no month
        ("در شهر برلین می‌توانید کارت اقامت بگیرید.", "fa", frozenset()),
        ("شهریه این دوره را شهرداری می‌پردازد.", "fa", frozenset()),
        ("شهروندان دو شهر همسایه هم می‌توانند بیایند.", "fa", frozenset()),
        # the Persian month, and the Arabic month in Arabic text
        ("این کارت سه ماه اعتبار دارد.", "fa", frozenset({"month"})),
        ("تصدر البطاقة خلال شهر واحد.", "ar", frozenset({"month"})),
        ("يبقى التصريح ساريًا لمدة ثلاثة أشهر.", "ar", frozenset({"month"})),
    ],
)
def test_the_arabic_month_is_the_persian_city(text, language, units):
    from lotse.ask.answers._text import _sentence

    assert _sentence(text, language).units == units
    assert kinds.units_in(text.casefold()) == units


@pytest.mark.parametrize(
    "text",
    [
        "مراجعه به دفتر در دو شهر ممکن است.",
        "این خدمت در هر شهر یک دفتر دارد.",
    ],
)
def test_a_persian_sentence_naming_the_city_states_no_time(text):
    lowered = text.casefold()
    assert not kinds.states_duration(lowered)
    assert not kinds.states_length(lowered)
    assert "duration" not in kinds.stated_quantities(lowered)


@pytest.mark.parametrize(
    "question",
    [
        "کلاس زبان در این شهر چقدر است؟",
        "هزینه کارت اقامت توی این شهر چقدره؟",
    ],
)
def test_a_persian_price_in_the_city_is_no_time(question):
    assert kinds.classify(question) == "cost"
    assert kinds.asked_units(question) == frozenset()


def test_an_arabic_count_of_months_is_still_months():
    assert kinds.asked_units("كم شهر يستغرق الطلب؟") == frozenset({"month"})


@pytest.mark.parametrize(
    "question",
    [
        "An welchen Tagen ist die Beratung?",
        "An welchen Tagen ist die Migrationsberatung?",
        "Which days is the counselling?",
        "What days is there advice for refugees?",
        "Quels jours a lieu la consultation ?",
        "Quels jours y a-t-il une permanence ?",
        "¿Qué días es la asesoría?",
        "¿Qué días hay consulta en la oficina?",
        "Hangi günler danışmanlık var?",
        "Danışma hangi günlerde?",
        "W jakie dni jest poradnictwo?",
        "W które dni są konsultacje?",
        "În ce zile este consilierea?",
        "În ce zile e consultanța pentru migranți?",
        "в какие дни консультация?",
        "В какие дни приём в миграционной службе?",
        "В які дні консультація?",
        "У які дні прийом у центрі?",
        "В кои дни е консултацията?",
        "В какви дни има прием?",
        "في أي أيام الاستشارة؟",
        "بأي أيام في دوام بالمكتب؟",
        "مشاوره چه روزهایی است؟",
        "دفتر مشاوره کدام روزها است؟",
    ],
)
def test_which_days_the_counselling_is_asks_its_hours(question):
    assert kinds.classify(question) == "open"


@pytest.mark.parametrize(
    "question",
    [
        # a course or lessons on certain days, and a must: no opening hours
        "An welchen Tagen ist der Kurs?",
        "Which days is the language course?",
        "¿Qué días son las clases?",
        "W jakie dni są zajęcia?",
        "В какие дни проходят занятия?",
        "An welchen Tagen muss ich zur Beratung kommen?",
    ],
)
def test_which_days_a_course_is_or_one_must_come_is_no_opening_hours(question):
    assert kinds.classify(question) != "open"


@pytest.mark.parametrize(
    "question",
    [
        "¿Cuánto tiempo vale el permiso de residencia?",
        "¿Por cuánto tiempo vale la tarjeta?",
        "¿Cuántos años vale el pasaporte?",
        "¿Hasta cuándo vale mi visado?",
        "¿Cuánto tiempo sirve el certificado?",
        "Скільки часу діє посвідка?",
        "Як довго діє дозвіл на проживання?",
        "Скільки років діє паспорт?",
        "Скільки діє довідка?",
        "Jak długo obowiązuje zezwolenie?",
        "Ile lat obowiązuje karta pobytu?",
        "Колко време важи разрешението?",
        "Колко години важи личната карта?",
        "До кога важи визата?",
        "Pașaportul cât timp e bun?",
    ],
)
def test_an_everyday_verb_of_holding_good_with_a_time_asks_the_validity(question):
    assert kinds.classify(question) == "validity"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # the price, worth it, the time it takes or one has
        ("¿Cuánto vale el pasaporte?", "cost"),
        ("¿Cuánto vale la tasa del pasaporte?", "cost"),
        ("¿Para qué sirve el certificado y cuánto tiempo tarda?", "processing_time"),
        ("¿Cuánto tiempo tengo para pedirlo si el pasaporte vale todavía?", "deadline"),
        ("Скільки коштує довідка?", "cost"),
        ("Скільки часу чекати, поки діє заборона?", "processing_time"),
        ("Jak długo trwa wydanie karty, która obowiązuje?", "processing_time"),
    ],
)
def test_a_price_or_a_time_taken_beside_such_a_verb_is_no_validity(question, kind):
    assert kinds.classify(question) == kind


@pytest.mark.parametrize(
    "question",
    [
        "How long does my visa last?",
        "How long does a work permit last in Germany?",
        "¿Cuánto dura el permiso de residencia?",
        "¿Cuánto dura mi visado de estudiante?",
        "Combien de temps dure un titre de séjour ?",
        "Cât timp ține permisul de ședere?",
        "Cât timp ține viza?",
        "Сколько длится виза?",
        "Колко трае визата?",
        "Колко трае разрешението за пребиваване?",
        "Скільки триває віза?",
        "كم تدوم الإقامة؟",
    ],
)
def test_how_long_a_paper_lasts_asks_the_validity(question):
    assert kinds.classify(question) == "validity"


@pytest.mark.parametrize(
    "question",
    [
        # a step between the verb and the paper, no paper, or a language where the verb with
        # a paper asks how long making it takes
        "How long does the application for a visa last?",
        "How long does the visa process last?",
        "¿Cuánto dura el trámite del permiso?",
        "Combien de temps dure la procédure pour le titre ?",
        "Сколько длится оформление визы?",
        "Скільки триває оформлення дозволу?",
        "How long does the course last?",
        "¿Cuánto dura el curso?",
        "Wie lange dauert ein neuer Reisepass?",
    ],
)
def test_how_long_a_step_or_a_course_lasts_is_no_validity(question):
    assert kinds.classify(question) == "processing_time"
