"""The number asked and the time of day asked (twenty-third session, lane number12). Three
classes, each in the twelve languages: a free number asked is a phone question answered by the
number the service's text gives, never by "calling is free"; the police named as the one to
call is a helpline question answered only by a sentence naming the police (110); a clock time
asked is told only by a sentence that states a time of day. Questions and sentences written for
these tests."""

from __future__ import annotations

import pytest

from lotse.ask import selectors
from lotse.ask.answers import kinds
from lotse.core.models import City

pytestmark = pytest.mark.ranking


def _fact(question: str):
    city = City.objects.get(slug="dortmund")
    return selectors.search(city=city, query=question, limit=10).fact


# (1) A free number asked: "free" describes the number (a line the service's text gives).
FREE_NUMBER = [
    "Which free number can a company call to find workers abroad?",
    "Gibt es eine kostenlose Nummer für Firmen, die Personal im Ausland suchen?",
    "Quel est le numéro gratuit pour une entreprise qui cherche du personnel à l'étranger ?",
    "¿Cuál es el número gratuito para una empresa que busca personal en el extranjero?",
    "Yurt dışında eleman arayan bir firma için ücretsiz numara hangisi?",
    "Jaki jest bezpłatny numer dla firmy, która szuka pracowników za granicą?",
    "Care este numărul gratuit pentru o firmă care caută angajați în străinătate?",
    "Какой бесплатный номер для фирмы, которая ищет работников за границей?",
    "Який безкоштовний номер для фірми, що шукає працівників за кордоном?",
    "Кой е безплатният номер за фирма, която търси служители в чужбина?",
    "ما هو الرقم المجاني لشركة تبحث عن عمال من الخارج؟",
    "کارفرمایانی که از خارج نیرو استخدام می‌کنند به چه شماره رایگانی زنگ بزنند؟",
]


@pytest.mark.parametrize("question", FREE_NUMBER)
def test_a_free_number_is_a_line_asked(question):
    assert kinds.classify(question) == "phone"
    assert kinds.asks_helpline(question)


# whether a number is free to call stays a fee question (the adjective is the predicate; a
# guard, true before too)
@pytest.mark.parametrize(
    "question",
    ["Is the number free?", "Le numéro est-il gratuit ?", "هل الرقم مجاني؟"],
)
def test_whether_a_number_is_free_is_no_line_asked(question):
    assert not kinds.asks_helpline(question)


@pytest.mark.django_db
@pytest.mark.parametrize("question", FREE_NUMBER)
def test_the_free_number_answers(question):
    fact = _fact(question)
    assert fact is not None and "0800 4 555520" in fact.text


# (2) The police named as the one to call: the kind "police" of the question; a sentence names
# the police at all; a victim who mentions the police does not ask for it.
POLICE = [
    "What is the phone number of the police?",
    "Welche Nummer hat die Polizei? Ich will die Polizei anrufen.",
    "Quel est le numéro de la police ?",
    "¿Cuál es el número de la policía?",
    "Polisin numarası nedir?",
    "Jaki jest numer policji?",
    "Care este numărul poliției?",
    "Какой номер у полиции?",
    "Який номер поліції?",
    "Какъв е номерът на полицията?",
    "ما هو رقم الشرطة هنا؟",
    "شماره پلیس در آلمان چیست؟",
]


@pytest.mark.parametrize("question", POLICE)
def test_the_police_is_asked(question):
    assert "police" in kinds.emergency_kinds(question, asked=True)
    assert kinds.asks_helpline(question)


@pytest.mark.parametrize(
    "question",
    [
        "The police sent me away, is there a number for victims of a burglary?",
        "Mein Mann schlägt mich, die Polizei war da, gibt es ein Hilfetelefon für Frauen?",
    ],
)
def test_a_victim_does_not_ask_the_police(question):
    assert "police" not in kinds.emergency_kinds(question, asked=True)


def test_a_sentence_names_the_police():
    assert "police" in kinds.emergency_kinds("Dial 110 to reach the police.")
    assert "police" not in kinds.emergency_kinds("116117 is the doctor on call.")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        # these got the on-call doctor's 116117, "calls are free" or nothing before
        "Welche Nummer hat die Polizei? Ich will die Polizei anrufen.",
        "Polisin numarası kaç?",
        "ما هو رقم الشرطة هنا؟",
        "شماره پلیس چند است؟",
    ],
)
def test_the_police_s_number_answers(question):
    fact = _fact(question)
    assert fact is not None and "110" in fact.text and "116117" not in fact.text


# (3) A clock time asked, and stated.
@pytest.mark.parametrize(
    "question",
    [
        "By what time do I have to be at the exam?",
        "Um wie viel Uhr fängt die Prüfung an?",
        "À quelle heure dois-je être à l'examen ?",
        "¿A qué hora empieza el examen?",
        "Sınav saat kaçta başlıyor?",
        "O której godzinie zaczyna się egzamin?",
        "La ce oră începe examenul?",
        "В котором часу начинается экзамен?",
        "О котрій годині починається іспит?",
        "В колко часа започва изпитът?",
        "قبل أي ساعة يجب أن أصل إلى الامتحان؟",
        "امتحان ساعت چند شروع می‌شود؟",
    ],
)
def test_a_clock_time_is_asked(question):
    assert kinds.asks_clock_time(question)


@pytest.mark.parametrize(
    "question",
    ["What time limit applies?", "Во сколько раз больше платят?", "Until what date?"],
)
def test_no_clock_time_is_asked(question):
    assert not kinds.asks_clock_time(question)


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("The bins must be out by 6 a.m.", True),
        ("Die Tonne muss bis 6 Uhr draußen stehen.", True),
        ("Le bureau ferme à 18 h.", True),
        ("Abre a las 8:30.", True),
        ("Saat 6'ya kadar dışarıda olmalı.", True),
        ("Do godziny 6 rano.", True),
        ("Până la ora 6 dimineața.", True),
        ("До 6 часов утра.", True),
        ("До 6 години ранку.", True),
        ("До 6 ч. сутринта.", True),
        ("حتى الساعة 6 صباحًا.", True),
        ("تا ساعت ۶ صبح.", True),
        ("Put the bin out on collection day.", False),
        ("Apply at least 24 hours in advance.", False),
        ("Die Gebühr beträgt 12,50 Euro.", False),
    ],
)
def test_a_clock_time_is_stated(sentence, states):
    assert kinds.states_clock_time(sentence) is states


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        # these got "apply for the exemption before the course starts" or "the election is
        # held every five years" before: sentences with no time of day
        "Um wie viel Uhr fängt der Integrationskurs an?",
        "À quelle heure commence le cours d'intégration ?",
        "Saat kaçta oy verebilirim?",
    ],
)
def test_a_clock_time_is_not_told_by_a_sentence_without_one(question):
    fact = _fact(question)
    assert fact is None or kinds.states_clock_time(fact.text)
