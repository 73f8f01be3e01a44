"""How many, at least, at most (twenty-first session, lane count9): the counted noun read past
adjectives, limits and modals; the hours a course has counted, not read as a time limit; hours
and lessons, and digits, counted alike in each language; a part of a course named by one of the
service's other names; the lowest or highest age, income and number of a thing. Questions and
sentences written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.ask.analysis import analyze
from lotse.ask.answers import kinds
from lotse.ask.answers.sentences import counted_terms, counts_a_unit, states_count
from lotse.core.models import City

pytestmark = pytest.mark.ranking


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        # an adjective before the noun
        ("How many registered members does the club have?", "members"),
        ("How many numerical digits are on the card?", "digits"),
        ("Wie viele einzelne Mitglieder hat der Verein?", "mitglieder"),
        ("Сколько зарегистрированных членов в клубе?", "членов"),
        ("Скільки постійних членів має клуб?", "членів"),
        ("Ile stałych członków ma klub?", "członków"),
        ("Колко постоянни членове има клубът?", "членове"),
        # a limit between the how-many word and the noun
        ("Сколько минимум членов нужно для клуба?", "членов"),
        ("Скільки щонайменше членів потрібно для клубу?", "членів"),
        ("Ile co najmniej członków potrzeba do klubu?", "członków"),
        ("Kulüp için kaç en az üye gerekir?", "üye"),
        # a modal or an auxiliary before the noun
        ("Сколько нужно членов для клуба?", "членов"),
        ("Скільки треба членів для клубу?", "членів"),
        # the least or most number of a thing
        ("What is the minimum number of members for a club?", "members"),
        ("Quel est le nombre minimum de membres pour un club ?", "membres"),
        ("Какое минимальное количество членов нужно для клуба?", "членов"),
        ("Яка мінімальна кількість членів для клубу?", "членів"),
        ("Jaka jest minimalna liczba członków klubu?", "członków"),
        ("Care este numărul minim de membri pentru un club?", "membri"),
        # no noun within reach
        ("At least how many must it be?", None),
        ("How many do you need to have?", None),
    ],
)
def test_the_counted_noun_is_read_past_adjectives_limits_and_modals(question, noun):
    assert kinds.asked_count(question) == noun


@pytest.mark.parametrize(
    ("question", "hours"),
    [
        ("How many hours does the course have?", "hours"),
        ("How many teaching hours are in the course?", "hours"),
        ("Wie viele Stunden hat der Kurs?", "stunden"),
        ("Combien d'heures dure le cours ?", "heures"),
        ("¿Cuántas horas tiene el curso?", "horas"),
        ("Kurs kaç saat?", "saat"),
        ("Ile godzin ma kurs?", "godzin"),
        ("Câte ore are cursul?", "ore"),
        ("Из скольких учебных часов состоит курс?", "часов"),
        ("Скільки навчальних годин має курс?", "годин"),
        ("Колко часа е курсът?", "часа"),
        ("كم ساعة الدورة؟", "ساعة"),
        ("دوره چند ساعت است؟", "ساعت"),
        # hours per week, a clock time or a time limit: no size of a thing
        ("How many hours a week may I work?", None),
        ("Сколько часов в неделю можно работать?", None),
        ("До колко часа трябва да изнеса боклука?", None),
        ("В колко часа отваря службата?", None),
        ("In how many hours do I get the result?", None),
        ("How many days does the course have?", None),
    ],
)
def test_the_hours_a_thing_has_are_counted(question, hours):
    assert kinds.counted_hours(question) == hours


@pytest.mark.parametrize(
    ("noun", "sentence", "language"),
    [
        # hours and lessons of a course, each language's words
        ("lessons", "The course has 450 teaching units.", "en"),
        ("hours", "The course has 450 lessons.", "en"),
        ("Stunden", "Der Kurs hat 450 Unterrichtseinheiten.", "de"),
        ("ساعة", "الدورة فيها 450 حصة دراسية.", "ar"),
        ("годин", "Курс має 450 навчальних занять.", "uk"),
        ("часов", "Курс включает 450 учебных занятий.", "ru"),
        ("saat", "Kurs 450 ders saatinden oluşur.", "tr"),
        ("horas", "El curso tiene 450 unidades lectivas.", "es"),
        # the digits of a number
        ("dígitos", "Es un número de 9 cifras.", "es"),
        ("رقم", "الرقم مكوّن من 9 خانات.", "ar"),
    ],
)
def test_units_are_counted_alike_in_each_language(noun, sentence, language):
    counted = counted_terms(noun, language)
    assert states_count(sentence, language, counted)
    assert counts_a_unit(noun, language)


def test_the_ukrainian_hour_is_no_bulgarian_year():
    # "година" is the Ukrainian hour and the Bulgarian year: a Bulgarian count of hours is not
    # told by years
    counted = counted_terms("часа", "bg")
    assert counts_a_unit("часа", "bg") and counts_a_unit("години", "uk")
    assert not counts_a_unit("години", "bg")
    assert not states_count("Разрешението важи 3 години.", "bg", counted)
    assert states_count("Курсът има 450 учебни часа.", "bg", counted)


@pytest.mark.parametrize(
    ("question", "quantity"),
    [
        ("What is the minimum age for a library card?", "age"),
        ("Was ist das Mindestalter für den Ausweis?", "age"),
        ("Quel est l'âge minimum pour la carte ?", "age"),
        ("¿Cuál es la edad mínima para la tarjeta?", "age"),
        ("Kart için en düşük yaş kaç?", "age"),
        ("Jaki jest minimalny wiek na kartę?", "age"),
        ("Care este vârsta minimă pentru card?", "age"),
        ("Какой минимальный возраст для карты?", "age"),
        ("Який мінімальний вік для картки?", "age"),
        ("Каква е минималната възраст за картата?", "age"),
        ("ما هو الحد الأدنى للعمر للبطاقة؟", "age"),
        ("حداقل سن برای کارت چند است؟", "age"),
    ],
)
def test_a_lowest_age_asks_an_age(question, quantity):
    assert kinds.asked_quantity(question) == quantity
    assert kinds.classify(question) == "who"


@pytest.mark.parametrize(
    "question",
    [
        "What is the minimum income for the permit?",
        "Wie hoch ist das Mindesteinkommen für den Titel?",
        "Quel est le revenu minimum pour le titre ?",
        "¿Cuál es el ingreso mínimo para el permiso?",
        "Jaki jest minimalny dochód do zezwolenia?",
        "Care este venitul minim pentru permis?",
        "Какой минимальный доход нужен для разрешения?",
        "Який мінімальний дохід потрібен для дозволу?",
        "Какъв е минималният доход за разрешението?",
        "ما هو الحد الأدنى للدخل للتصريح؟",
        "حداقل درآمد برای مجوز چقدر است؟",
    ],
)
def test_a_lowest_income_asks_an_amount_earned(question):
    assert kinds.classify(question) == "money"
    assert kinds.asks_earning(kinds.padded(question))


def _dortmund_fact(question: str, language: str) -> answers.Fact | None:
    city = City.objects.get(slug="dortmund")
    return selectors.search(city=city, query=question, limit=10, language=language).fact


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("How many hours does the integration course have in total?", "en"),
        ("Wie viele Stunden umfasst ein Integrationskurs?", "de"),
        ("Le cours d'intégration, c'est combien d'heures au total ?", "fr"),
        ("Ile godzin lekcyjnych trwa kurs integracyjny?", "pl"),
        ("Скільки годин займає інтеграційний курс?", "uk"),
    ],
)
def test_the_hours_of_a_course_are_told_by_the_sentence_that_counts_them(question, language):
    fact = _dortmund_fact(question, language)
    assert fact is not None and "700" in fact.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("whole", "part", "language"),
    [
        (
            "How many hours does the integration course have?",
            "How many hours is the orientation course?",
            "en",
        ),
        (
            "Wie viele Stunden hat der Integrationskurs?",
            "Wie viele Stunden dauert der Orientierungskurs?",
            "de",
        ),
        ("Скільки годин триває інтеграційний курс?", "Скільки годин має орієнтаційний курс?", "uk"),
        ("دوره ادغام چند ساعت است؟", "بخش Orientierungskurs چند ساعت است؟", "fa"),
    ],
)
def test_a_part_named_by_another_name_is_not_told_the_whole_course(whole, part, language):
    fact = _dortmund_fact(whole, language)
    assert fact is not None and "700" in fact.text
    fact = _dortmund_fact(part, language)
    assert fact is None or "700" not in fact.text or "100" in fact.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("How many lessons does the first-aid course for my licence need?", "en"),
        ("Ehliyet değişimi için ilk yardım kursu kaç saat olmalı?", "tr"),
        ("Колко учебни часа трябва да има курсът по първа помощ за книжката?", "bg"),
    ],
)
def test_lessons_counted_in_an_item_of_the_papers(question, language):
    fact = _dortmund_fact(question, language)
    assert fact is not None and fact.module == "documents" and "9" in fact.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("What is the minimum age to get a mini job?", "en"),
        ("¿Cuál es la edad mínima para trabajar en un minijob?", "es"),
        ("Care este vârsta minimă pentru un minijob?", "ro"),
        ("Який мінімальний вік для мініджобу?", "uk"),
    ],
)
def test_a_lowest_age_is_not_told_by_the_minimum_wage(question, language):
    fact = _dortmund_fact(question, language)
    assert fact is None or ("13" not in fact.text and "603" not in fact.text)
    assert fact is None or "age" in kinds.stated_quantities(fact.text.casefold())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("What is the lowest income for an EU Blue Card?", "en"),
        ("Какой минимальный доход для голубой карты ЕС?", "ru"),
        ("ما هو الحد الأدنى للدخل للبطاقة الزرقاء الأوروبية؟", "ar"),
    ],
)
def test_a_lowest_income_is_told_by_the_salary_not_the_fee(question, language):
    fact = _dortmund_fact(question, language)
    assert fact is not None and fact.service == "eu-blue-card" and "50" in fact.text


def test_a_unit_is_counted_by_its_words_only():
    assert counts_a_unit("hours", "en")
    assert not counts_a_unit("members", "en")
    assert frozenset(analyze("Ziffern", "de")) <= counted_terms("Stellen", "de")
