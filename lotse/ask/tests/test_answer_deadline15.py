"""Qualifiers that decide whether a sentence answers (twenty-fifth session, lane deadline15): an
obligation negated ("I am not obliged to file a tax return — how many years back can I?") asks
the voluntary variant, not the obliged filers' time limit its obligation word named; the least
income asked ("the minimum income for the child supplement") is not told by the most one gets
("up to 297 euros per child"); the total of a thing asked in other words ("the total cost",
"Gesamtkosten", "todo el curso", "общая стоимость", "الدورة كلها") is not told by a price per
unit; "how many years back" in Arabic ("كم سنة إلى الوراء") asks a time back, not an age.
Questions written for these tests, 12 languages."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.ask.answers import kinds
from lotse.ask.answers.qualifiers import asked_qualifiers
from lotse.core.models import City

pytestmark = pytest.mark.ranking

NOT_OBLIGED = [
    (
        "Ich bin nicht verpflichtet, eine Steuererklärung abzugeben. Wie viele Jahre rückwirkend "
        "kann ich sie machen?",
        "de",
        "vier Jahre",
    ),
    ("I am not obliged to file a tax return. How many years back can I file?", "en", "four years"),
    ("I don't have to file a tax return. Until when can I submit it?", "en", "four years"),
    (
        "Je ne suis pas obligé de faire une déclaration d'impôts. Jusqu'à combien d'années en "
        "arrière puis-je la faire ?",
        "fr",
        "quatre ans",
    ),
    (
        "No estoy obligado a hacer la declaración de la renta. ¿Cuántos años hacia atrás puedo "
        "presentarla?",
        "es",
        "cuatro años",
    ),
    (
        "Vergi beyannamesi vermek zorunda değilim. Kaç yıl geriye dönük verebilirim?",
        "tr",
        "dört yıl",
    ),
    (
        "Nie mam obowiązku składania zeznania podatkowego. Ile lat wstecz mogę je złożyć?",
        "pl",
        "czterech lat",
    ),
    (
        "Nu sunt obligat să depun declarația de impozit. Câți ani în urmă o pot depune?",
        "ro",
        "patru ani",
    ),
    (
        "Я не обязан подавать налоговую декларацию. За сколько лет назад я могу её подать?",
        "ru",
        "четырёх лет",
    ),
    (
        "Я не зобов'язаний подавати податкову декларацію. За скільки років назад я можу її подати?",
        "uk",
        "чотирьох років",
    ),
    (
        "Не съм задължен да подавам данъчна декларация. За колко години назад мога да я подам?",
        "bg",
        "четири години",
    ),
    ("أنا غير ملزم بتقديم الإقرار الضريبي. كم سنة إلى الوراء يمكنني تقديمه؟", "ar", "أربع سنوات"),
    (
        "من ملزم به ارائه اظهارنامه مالیاتی نیستم. تا چند سال عقب می‌توانم آن را ارائه کنم؟",
        "fa",
        "چهار سال",
    ),
]


@pytest.mark.parametrize(("question", "language", "told"), NOT_OBLIGED)
def test_a_negated_obligation_asks_the_voluntary_variant(question, language, told):
    assert asked_qualifiers(question) == frozenset({"voluntary"})


@pytest.mark.parametrize(
    "question",
    [
        "Ich bin zur Abgabe verpflichtet. Bis wann muss ich die Steuererklärung abgeben?",
        "Is the integration course mandatory for me?",
        "Bu kurs zorunlu mu?",
        # the negation belongs to another clause
        "I do not know if I am obliged to file a tax return.",
        # "ما" is "what" as well as "not"
        "ما هي الوثائق الإلزامية؟",
    ],
)
def test_an_obligation_not_negated_asks_no_voluntary_variant(question):
    assert "voluntary" not in asked_qualifiers(question)


@pytest.mark.django_db
@pytest.mark.parametrize(("question", "language", "told"), NOT_OBLIGED)
def test_a_negated_obligation_is_told_the_voluntary_time_limit(question, language, told):
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    kind = kinds.classify(question)
    fact = answers.service_fact(city, generation, "income-tax-return", kind, language, question)
    assert fact is not None and fact.module == "deadlines"
    assert told in fact.text and "31" not in fact.text


@pytest.mark.django_db
def test_the_obliged_filer_keeps_the_31_july():
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    question = "Ich bin zur Abgabe verpflichtet. Bis wann muss ich die Steuererklärung abgeben?"
    fact = answers.service_fact(
        city, generation, "income-tax-return", kinds.classify(question), "de", question
    )
    assert fact is not None and "31. Juli" in fact.text and "vier Jahre" not in fact.text


def test_an_upper_bound_alone_states_no_least_income():
    assert kinds.states_only_upper_bound(
        "Der Kinderzuschlag beträgt seit dem 1. Januar 2025 bis zu 297 Euro pro Kind und Monat."
    )
    assert kinds.states_only_upper_bound("Çocuk ek ödemesi ayda en fazla 297 Euro'dur.")
    assert not kinds.states_only_upper_bound(
        "Ihr Bruttoeinkommen muss mindestens 900 Euro (Paare) oder 600 Euro im Monat betragen."
    )
    # a limit's noun may bound from below
    assert not kinds.states_only_upper_bound("Die Grenze liegt bei 50.700 Euro brutto im Jahr.")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("What is the minimum income for the child supplement?", "en"),
        # "en fazla 297 Euro" answered it before
        ("Çocuk ek ödemesi için en az ne kadar kazanmam lazım?", "tr"),
        ("Wie hoch ist das Mindesteinkommen für den Kinderzuschlag?", "de"),
        ("Quel est le revenu minimum pour le supplément pour enfants ?", "fr"),
        ("¿Cuál es el ingreso mínimo para el complemento por hijos?", "es"),
        ("Jaki jest minimalny dochód, żeby dostać dodatek na dziecko?", "pl"),
        ("Care este venitul minim pentru suplimentul pentru copii?", "ro"),
        ("Какой минимальный доход нужен для детской надбавки?", "ru"),
        ("Який мінімальний дохід потрібен для дитячої надбавки?", "uk"),
        ("Какъв е минималният доход за добавката за деца?", "bg"),
        ("حداقل درآمد برای مکمل کودک چقدر است؟", "fa"),
    ],
)
def test_the_least_income_is_not_told_by_the_most_paid(question, language):
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    kind = kinds.classify(question)
    fact = answers.service_fact(city, generation, "child-supplement", kind, language, question)
    assert fact is not None and "900" in fact.text and "297" not in fact.text


@pytest.mark.parametrize(
    "question",
    [
        "What is the total cost of the integration course?",
        "Wie hoch sind die Gesamtkosten des Integrationskurses?",
        "Quel est le coût total du cours d'intégration ?",
        "¿Cuánto cuesta todo el curso de integración?",
        "Bütün entegrasyon kursu ne kadar?",
        "Ile wynosi całkowity koszt kursu integracyjnego?",
        "Cât costă tot cursul de integrare?",
        "Какова общая стоимость интеграционного курса?",
        "Яка повна вартість інтеграційного курсу?",
        "Каква е общата цена на интеграционния курс?",
        "كم تكلفة دورة الاندماج كلها؟",
    ],
)
def test_the_total_asked_in_other_words(question):
    assert kinds.asks_whole(question)


@pytest.mark.parametrize(
    "question",
    ["How much does one course section cost?", "Was kostet eine Unterrichtsstunde?"],
)
def test_a_part_asked_is_no_total(question):
    assert not kinds.asks_whole(question)


def test_years_back_in_arabic_is_no_age():
    question = "كم سنة إلى الوراء يمكنني تقديم الإقرار الضريبي؟"
    assert kinds.asked_quantity(question) is None
    assert kinds.classify(question) == "deadline"
    # an age asked with years stays an age
    assert kinds.asked_quantity("لحد كم سنة بياخدوا الكيندرغيلد؟") == "age"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language", "whole"),
    [
        ("What is the total cost of the integration course?", "en", "1,603"),
        ("Wie hoch sind die Gesamtkosten des Integrationskurses?", "de", "1.603"),
        ("¿Cuánto cuesta todo el curso de integración?", "es", "1.603"),
        ("Bütün entegrasyon kursu ne kadar?", "tr", "1.603"),
        ("Какова общая стоимость интеграционного курса?", "ru", "1603"),
    ],
)
def test_the_total_asked_is_not_told_by_the_price_per_unit(question, language, whole):
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    kind = kinds.classify(question)
    fact = answers.service_fact(city, generation, "integration-course", kind, language, question)
    assert fact is not None and whole in fact.text
