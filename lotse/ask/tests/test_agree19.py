"""The told sentence's value must be the asked kind (twenty-seventh session, lane agree19, and
the review mend after it): a lower limit asked is not told by the most one gets, hours a week
not by a sentence of months; a price asked is no check (a fees sentence without a sum stays);
when something is paid asked in a Romanian participle ("plătit") is read as paying. Questions
written for these tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from lotse.ask import selectors
from lotse.ask.answers import kinds, sentences
from lotse.ask.answers.facts import Fact, service_facts
from lotse.ask.tests.searching import ask
from lotse.catalog.models import Service, TextModule
from lotse.core.models import City

pytestmark = pytest.mark.ranking


@pytest.mark.parametrize(
    ("kind", "question", "asked"),
    [
        # a price asked is no check (the session's review)
        ("cost", "Wie viel kostet das Deutschlandticket im Monat?", None),
        ("cost", "Ile kosztuje paszport?", None),
        # the minimum wage one earns, and a maximum asked beside the minimum, ask no lower limit
        ("money", "Wie viel Kinderzuschlag bekomme ich, wenn ich Mindestlohn verdiene?", None),
        ("money", "Asgari ücretle çalışıyorum, ne kadar çocuk ek ödeneği alırım?", None),
        ("money", "Was ist der Höchstbetrag und der Mindestbetrag beim Elterngeld?", None),
        ("deadline", "Când trebuie plătit impozitul pe câine?", None),
        ("deadline", "Bis wann muss ich mich anmelden?", None),
        ("cost", "Muss ich dafür bezahlen?", None),
        ("money", "What is the minimum income for the child supplement?", "floor"),
        ("money", "Jaki jest minimalny dochód, żeby dostać Kinderzuschlag?", "floor"),
        ("deadline", "How many hours a week can I work while getting parental allowance?", "hours"),
        ("deadline", "Elterngeld alırken haftada kaç saat çalışabilirim?", "hours"),
        ("deadline", "How many hours does the course take?", None),
    ],
)
def test_the_asked_value(kind, question, asked):
    assert kinds.asked_value(kind, question) == asked


@pytest.mark.parametrize(
    "question",
    ["Când trebuie plătit impozitul pe câine?", "Până când trebuie plătită taxa pentru câine?"],
)
def test_the_romanian_participle_is_paying(question):
    assert kinds.asks_when_paid(question)


# a lower limit may be stood in for only by a lower limit in euros ("mindestens 6 Monate" tells no
# minimum income)
@pytest.mark.parametrize(
    ("sentence", "tells"),
    [
        ("Sie müssen mindestens 900 Euro brutto im Monat verdienen.", True),
        ("Sie müssen mindestens 6 Monate hier wohnen.", False),
    ],
)
def test_a_lower_limit_stands_in_only_in_euros(sentence, tells):
    assert kinds.tells_value("floor", sentence) is tells


# hours a week asked: a sentence of months tells no hours
@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("You may work up to 32 hours a week.", True),
        ("Sie dürfen bis zu 32 Stunden pro Woche arbeiten.", True),
        ("Elterngeld gibt es für bis zu 14 Monate.", False),
    ],
)
def test_a_sentence_states_hours(sentence, states):
    assert kinds.states_value("hours", sentence) is states


# a deadline asked when paid (Romanian participle "plătit / plătită", read as paying now,
# `kinds.asks_when_paid`):
# the fees' payment dates, not the registration's two weeks
@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "Când trebuie plătit impozitul pe câine în Dortmund?",
        "Până când trebuie plătită taxa pentru câine în Dortmund?",
    ],
)
def test_when_paid_is_told_the_payment_dates(question):
    fact = ask(question).fact
    assert fact is not None and fact.service == "dog-registration-and-tax"
    assert fact.module == "fees" and "15" in fact.text


# a price asked and a fees sentence told that states no sum ("… kosten eine Gebühr"): it stays
# (the session's review: a "free" sentence of another sub-topic stood in for it)
@pytest.mark.django_db
def test_a_price_told_without_a_sum_stays():
    city = City.objects.get(slug="dortmund")
    generation = selectors.index_generation(city)
    checked = 0
    for key in sorted(city_service_keys(city)):
        facts = service_facts(city, generation, key)
        if facts is None:
            continue
        for sentence in facts.sentences(TextModule.FEES, "de"):
            if any(ch.isdigit() for ch in sentence.text):
                continue
            told = Fact(
                text=sentence.text,
                service=key,
                module=str(TextModule.FEES),
                language="de",
                source="https://example.org",
                checked=dt.date(2026, 12, 1),
            )
            assert (
                sentences.agreeing_fact(city, generation, "cost", "Was kostet das?", told) is told
            )
            checked += 1
    assert checked > 20


def city_service_keys(city: City) -> list[str]:
    return list(Service.objects.filter(city=city).values_list("key", flat=True))


# a lower limit asked, the most one gets told ("bis zu 297 Euro pro Kind und Monat"): the
# module's sentence of a lower limit, none when it has none
@pytest.mark.django_db
def test_a_minimum_is_not_told_by_a_maximum():
    city = City.objects.get(slug="dortmund")
    generation = selectors.index_generation(city)
    facts = service_facts(city, generation, "child-supplement")
    assert facts is not None
    fees = facts.sentences(TextModule.FEES, "de")
    most = next(s.text for s in fees if kinds.states_only_upper_bound(s.text))
    told = Fact(
        text=most,
        service="child-supplement",
        module=str(TextModule.FEES),
        language="de",
        source="https://example.org",
        checked=dt.date(2026, 12, 1),
    )
    query = "Wie hoch ist das Mindesteinkommen für den Kinderzuschlag?"
    assert kinds.asked_value("money", query) == "floor"
    assert sentences.agreeing_fact(city, generation, "money", query, told) is None
    who = facts.sentences(TextModule.WHO, "de")
    least = next(s.text for s in who if kinds.states_minimum(s.text))
    kept = replace(told, text=least, module=str(TextModule.WHO))
    assert sentences.agreeing_fact(city, generation, "money", query, kept) is kept
