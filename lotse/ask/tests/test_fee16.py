"""Which fee, by the period asked (twenty-fifth session, round two, lane fee16): the Ukrainian
state fee "мито" ("яке мито?") asks a cost like "скільки коштує", and the Romanian singular year
"an" ("pentru un an", "cu un an") is a period asked, so an extension's fee lines bound by a
period ("up to three months: 96 euros", "more than three months: 93 euros") answer both.
Questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import selectors
from lotse.ask.answers import kinds
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


@pytest.mark.parametrize(
    "question",
    [
        "Яке мито за продовження посвідки?",
        "Скільки треба сплатити держмита за паспорт?",
        "Хочу продовжити дозвіл лише на два місяці, яке мито?",
    ],
)
def test_the_ukrainian_state_fee_asks_a_cost(question):
    assert kinds.classify(question) == "cost"


@pytest.mark.parametrize(
    ("question", "days"),
    [
        ("Cât costă prelungirea permisului pentru un an?", 365.0),
        ("Cât costă prelungirea cu un an?", 365.0),
        # two periods: which one is asked is not known
        ("Cât costă pentru un an sau pentru două luni?", None),
    ],
)
def test_the_romanian_year_is_a_period_asked(question, days):
    assert kinds.asked_period(question.casefold(), "ro") == days


def test_the_english_article_is_no_year():
    assert kinds.asked_period("is an extension for two months possible?", "en") == 60.0
    assert kinds.asked_period("how much is an extension?", "en") is None


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("Cât costă prelungirea permisului de ședere pentru un an?", "93"),
        ("Хочу продовжити дозвіл на проживання лише на два місяці, яке мито?", "96"),
        ("Яке мито за продовження посвідки на проживання на рік?", "93"),
    ],
)
def test_the_extension_line_of_the_period_answers(question, amount):
    city = City.objects.get(slug="dortmund")
    answer = selectors.search(city=city, query=question, limit=10)
    assert answer.fact is not None
    assert answer.fact.service == "residence-permit-extension"
    assert amount in answer.fact.text
