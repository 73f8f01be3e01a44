"""Fewer wrong answers (twentieth session, lane wrong7): the asked quantity must be the stated
quantity, for three more classes. A wage or salary asked is told by a sum earned, not by the
permit's fee; a period one must have completed ("how many months must I have worked") by a
length in the body, not by a time limit to act; since when something exists, or from when a
law changes, by a year or a date, not by a time limit of the service. Sentences and questions
written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask.answers import kinds
from lotse.ask.answers._text import _sentence
from lotse.ask.answers.sentences import _best_sentence
from lotse.ask.tests.searching import ask

pytestmark = pytest.mark.ranking


# A wage or salary asked as the amount, 12 languages (`kinds._SALARY_ASKED`).
@pytest.mark.parametrize(
    "question",
    [
        "Which salary does the employer have to pay me for the Blue Card?",
        "Welches Bruttogehalt verlangt die Ausländerbehörde für die Blaue Karte?",
        "Quel salaire annuel faut-il avoir pour obtenir la carte bleue ?",
        "¿Qué salario anual piden para la tarjeta azul?",
        "Mavi kart için yıllık maaş ne kadar olmalı?",
        "Jakie wynagrodzenie roczne jest wymagane do niebieskiej karty?",
        "Ce salariu anual se cere pentru cartea albastră?",
        "Какую зарплату в год надо получать для голубой карты?",
        "Яку зарплату на рік треба мати для блакитної карти?",
        "Каква годишна заплата се изисква за синята карта?",
        "قديش لازم يكون راتبي السنوي للبطاقة الزرقاء؟",
        "حقوق سالانه برای کارت آبی چقدر باید باشد؟",
    ],
)
def test_a_salary_is_asked(question):
    assert kinds.asks_earning(question)


# A salary named as what a share is taken from, or as the asker's situation: the share or the
# benefit is asked, not the salary.
@pytest.mark.parametrize(
    "question",
    [
        "How much of my salary is taken for the pension?",
        "Wie viel geht vom Gehalt an die Krankenkasse?",
        "Cât se reține din salariu pentru pensie?",
        "Сколько удерживают от зарплаты на пенсию?",
        "Maaşımdan ne kadar kesilir?",
        "How much does the Blue Card cost?",
        # the salary as the asker's situation, a benefit asked
        "My salary is small and we have three kids, is there extra money from the state?",
        "Моя зарплата маленькая, есть ли доплата на детей?",
    ],
)
def test_a_salary_as_a_base_is_not_asked(question):
    assert not kinds.asks_earning(question)


@pytest.mark.parametrize(
    ("sentence", "earning"),
    [
        ("Für 2030 werden 48.000 Euro brutto im Jahr verlangt.", True),
        ("Pour 2030, il faut 48 000 euros bruts par an.", True),
        ("Na 2030 rok to 48 000 euro brutto rocznie.", True),
        ("در سال 2030 این مبلغ 48.000 یورو ناخالص است.", True),
        ("A lower threshold of 41,000 euros applies to nurses.", True),
        # a fee; the Polish "za granicą" (abroad) and the Persian "حداکثر" (at most) are no limit
        ("Wiza w konsulacie za granicą kosztuje 80 euro.", False),
        ("تمدید برای حداکثر شش ماه 90 یورو.", False),
        ("First issue of the card 110 euros.", False),
    ],
)
def test_a_sum_earned_is_stated(sentence, earning):
    assert ("earning" in kinds.stated_quantities(sentence.casefold())) is earning


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "Which salary does the employer have to pay me for the Blue Card?",
        "Wie hoch muss das Gehalt für eine Blaue Karte mindestens sein?",
        "Ce salariu anual se cere pentru cartea albastră?",
        "Какая зарплата нужна, чтобы дали голубую карту?",
        "كم لازم يكون الراتب حتى آخذ البطاقة الزرقاء؟",
    ],
)
def test_a_salary_is_not_told_by_a_fee(question):
    fact = ask(question).fact
    assert fact is None or fact.module != "fees"


# A sum that goes on from a sentence about the wage ("… steigt er auf …") is a sum earned.
def test_an_earned_sum_goes_on_from_the_sentence_before():
    sentences = [
        _sentence("Der Mindestlohn beträgt 13 Euro brutto pro Stunde.", "de"),
        _sentence("Ab dem 1. Mai 2031 steigt er auf 15 Euro.", "de"),
    ]
    best, _score = _best_sentence(sentences, {"2031"}, "money", "body", quantity="earning")
    assert best is sentences[1]
    alone = [_sentence("Ab dem 1. Mai 2031 steigt er auf 15 Euro.", "de")]
    assert _best_sentence(alone, {"2031"}, "money", "body", quantity="earning")[0] is None


# A period one must have completed, 12 languages (`kinds.asks_completed_period`).
@pytest.mark.parametrize(
    "question",
    [
        "How many years must I have paid contributions to get a pension?",
        "Wie viele Monate muss ich beschäftigt gewesen sein für das Arbeitslosengeld?",
        "Combien d'années faut-il avoir cotisé pour la retraite ?",
        "¿Cuántos años hay que haber cotizado para la pensión?",
        "Emeklilik için kaç yıl çalışmış olmak gerekir?",
        "Ile lat trzeba przepracować do emerytury?",
        "Câți ani trebuie să fi lucrat pentru pensie?",
        "Сколько лет надо отработать для пенсии?",
        "Скільки років потрібно відпрацювати для пенсії?",
        "Колко години трябва да съм работил за пенсия?",
        "كم سنة لازم اشتغلت لحتى آخذ تقاعد؟",
        "چند سال باید کار کرده باشم تا بازنشستگی بگیرم؟",
    ],
)
def test_a_completed_period_is_asked(question):
    assert kinds.asks_completed_period(question)


@pytest.mark.parametrize(
    "question",
    [
        "Wie lange muss ich auf den Bescheid warten?",
        "How many days do I have to register the car?",
        "Скільки часу є, щоб зареєструвати місце проживання?",
        "Wie viele Wochen vorher muss ich angemeldet sein?",
        # working, but no period asked
        "Must I have worked in Germany to get the benefit?",
    ],
)
def test_no_completed_period_asked(question):
    assert not kinds.asks_completed_period(question)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "How many months do I need to have worked before I can get unemployment benefit?",
        "Combien de mois dois-je avoir travaillé pour l'allocation chômage ?",
        "İşsizlik parası almak için kaç ay çalışmış olmak gerekir?",
        "Câte luni trebuie să fi lucrat înainte de ajutorul de șomaj?",
        "Колко месеца трябва да съм работил преди обезщетението за безработица?",
        "چند ماه باید کار کرده باشم که بیمه بیکاری بدهند؟",
    ],
)
def test_a_completed_period_is_not_told_by_a_time_limit(question):
    fact = ask(question).fact
    assert fact is None or fact.module != "deadlines"


# Since when something exists, or from when a law changes (`kinds.asks_since`).
@pytest.mark.parametrize(
    "question",
    [
        "Since when has the parking permit existed?",
        "Seit wann gibt es den Sozialpass?",
        "Depuis quand existe le pass social ?",
        "¿Desde cuándo existe el pase social?",
        "Sosyal kart ne zamandan beri var?",
        "Od jak dawna istnieje karta socjalna?",
        "С каких пор существует социальный проездной?",
        "Відколи існує соціальний квиток?",
        "Откога съществува социалната карта?",
        "منذ متى موجودة البطاقة الاجتماعية؟",
        "از چه سالی کارت اجتماعی وجود دارد؟",
        "Ab wann gilt das neue Gesetz für Mieter?",
        "De când se aplică noua lege pentru chiriași?",
        "От кога ще премахнат таксата?",
    ],
)
def test_since_is_asked(question):
    assert kinds.asks_since(question)


@pytest.mark.parametrize(
    "question",
    [
        "Ab wann muss ich zahlen, wenn ich in eine neue Wohnung ziehe?",
        "From when do I get the benefit?",
        "Od kiedy trzeba płacić abonament?",
    ],
)
def test_no_since_asked(question):
    assert not kinds.asks_since(question)


def test_since_is_told_by_a_year_or_a_date():
    limit = [_sentence("Der Antrag wirkt auf den ersten Tag des Monats zurück.", "de")]
    assert _best_sentence(limit, set(), "deadline", "deadlines", since=True)[0] is None
    assert _best_sentence(limit, set(), "deadline", "deadlines")[0] is not None
    dated = [_sentence("Den Sozialpass gibt es seit dem 1. März 2012.", "de")]
    assert _best_sentence(dated, set(), "deadline", "deadlines", since=True)[0] is not None


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "Since when has there been a Deutschlandticket?",
        "Seit wann gibt es Bürgergeld überhaupt?",
    ],
)
def test_since_is_not_told_by_a_time_limit(question):
    from lotse.ask.answers.sentences import years_in

    fact = ask(question).fact
    assert fact is None or years_in(fact.text) or kinds.states_date(fact.text)
