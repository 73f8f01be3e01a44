"""Nones left by none24 (twenty-ninth session, round two, lane none25), as classes in every
language; questions written for these tests.

- The street or place to type into a navigation device or map ("Welche Straße muss ich ins Navi
  eingeben, wenn ich zum Amt für Migration will? Mein Termin … ist morgen.", `kinds._NAVIGATION_ENTERED`):
  where, told the office's address; the story's "Termin" had typed it a deadline (none), and
  without a street word it had no type.
"""

from __future__ import annotations

import pytest

from lotse.ask.answers import kinds
from lotse.ask.tests.searching import ask

pytestmark = pytest.mark.ranking

NAVIGATION = [
    (
        "Welche Straße muss ich ins Navi eingeben, wenn ich zum Amt für Migration will? Mein Termin zur Verlängerung ist morgen.",
        "de",
    ),
    (
        "What do I type into the GPS to get to the migration office? My appointment is tomorrow.",
        "en",
    ),
    (
        "Qu'est-ce que je dois entrer dans le GPS pour aller au service des étrangers ? Mon rendez-vous pour prolonger mon titre de séjour est demain.",
        "fr",
    ),
    ("¿Qué calle pongo en el GPS para ir a la oficina de extranjería? Mi cita es mañana.", "es"),
    (
        "Yabancılar dairesine gitmek için navigasyona hangi sokağı yazmalıyım? Oturma izni uzatma randevum yarın.",
        "tr",
    ),
    (
        "Jaką ulicę mam wpisać do nawigacji, żeby dojechać do urzędu ds. cudzoziemców? Mam termin jutro.",
        "pl",
    ),
    (
        "Ce stradă introduc în GPS ca să ajung la Ausländerbehörde? Am programare mâine pentru prelungirea permisului de ședere.",
        "ro",
    ),
    (
        "Какую улицу ввести в навигатор, чтобы доехать до ведомства по делам иностранцев? Запись завтра.",
        "ru",
    ),
    (
        "Яку вулицю ввести в навігатор, щоб доїхати до відомства у справах іноземців? Запис завтра.",
        "uk",
    ),
    (
        "Коя улица да въведа в навигацията, за да стигна до службата за чужденци? Часът ми е утре.",
        "bg",
    ),
    ("أي شارع أدخل في GPS للوصول إلى مكتب الأجانب؟ موعدي لتمديد الإقامة غدا.", "ar"),
    ("برای رفتن به اداره اتباع خارجی چه خیابانی را در مسیریاب وارد کنم؟ وقتم فردا است.", "fa"),
]


@pytest.mark.parametrize(("question", "language"), NAVIGATION)
def test_the_street_typed_into_the_navigation_asks_where(question, language):
    assert kinds.classify(question) == "where"


@pytest.mark.django_db
@pytest.mark.parametrize(("question", "language"), NAVIGATION)
def test_the_street_typed_into_the_navigation_is_told_the_address(question, language):
    result = ask(question, language)
    assert result.kind == "where"
    assert result.fact is not None
    assert result.fact.office
    assert "Olpe" in result.fact.text


@pytest.mark.parametrize(
    "question",
    [
        "kita anmeldung dortmund kita navigator",
        "Wie viel kostet ein Navi?",
        "Bis wann muss ich den Termin im Bürgeramt eingeben?",
        "How much is the fee I have to enter in the form?",
    ],
)
def test_no_navigation_no_where(question):
    assert kinds.classify(question) != "where"
