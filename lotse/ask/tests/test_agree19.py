"""The told sentence's value must be the asked kind (twenty-seventh session, lane agree19): a
price asked is told by a sum of money (or that nothing is paid), not by a time limit or a waiver
of the fees module; when something is paid asked in a Romanian participle ("plătit") is read
as paying. Questions written for these tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from lotse.ask import selectors
from lotse.ask.answers import kinds, sentences
from lotse.ask.answers.facts import Fact, service_facts
from lotse.catalog.models import Service, TextModule
from lotse.core.models import City


def _fact(question: str):
    city = City.objects.get(slug="dortmund")
    return selectors.search(city=city, query=question, limit=10).fact


@pytest.mark.parametrize(
    ("kind", "question", "asked"),
    [
        ("cost", "Wie viel kostet das Deutschlandticket im Monat?", "money"),
        ("cost", "Ile kosztuje paszport?", "money"),
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


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("63 Euro im Monat.", True),
        ("Die Anmeldung ist kostenlos.", True),
        ("Minderjährige zahlen die Hälfte.", True),
        ("Sie können bis zum 10. des Monats kündigen.", False),
        ("You can cancel until the 10th of the month.", False),
        ("Menschen mit wenig Einkommen können befreit werden.", False),
        ("Kündigung innerhalb von 2 Wochen.", False),
    ],
)
def test_a_sentence_states_a_sum(sentence, states):
    assert kinds.states_value("money", sentence) is states


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
    fact = _fact(question)
    assert fact is not None and fact.service == "dog-registration-and-tax"
    assert fact.module == "fees" and "15" in fact.text


# a fees sentence with no sum told for a price: the module's sentence that states one
@pytest.mark.django_db
def test_a_price_told_without_a_sum_takes_the_modules_sum():
    city = City.objects.get(slug="dortmund")
    generation = selectors.index_generation(city)
    found = None
    for key in sorted(city_service_keys(city)):
        facts = service_facts(city, generation, key)
        if facts is None:
            continue
        module = facts.sentences(TextModule.FEES, "de")
        without = [s for s in module if not kinds.states_value("money", s.text)]
        if without and any(kinds.states_value("money", s.text) for s in module):
            found = (key, without[0].text)
            break
    assert found is not None
    key, text = found
    told = Fact(
        text=text,
        service=key,
        module=str(TextModule.FEES),
        language="de",
        source="https://example.org",
        checked=dt.date(2026, 12, 1),
    )
    fact = sentences.agreeing_fact(city, generation, "cost", "Was kostet das?", told)
    assert fact is not None and fact.text != text
    assert kinds.states_value("money", fact.text) and fact.path.startswith("agree")
    # a sentence that states the sum stays as it is
    assert sentences.agreeing_fact(city, generation, "cost", "Was kostet das?", fact) is fact


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
