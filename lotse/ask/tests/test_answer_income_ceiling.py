"""Up to what income something holds ("Bis zu welchem Einkommen bekommt man einen WBS?") is an
earning asked: the sentence that states the income limits answers, a lower limit never does."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.ask.answers.kinds import (
    asks_earning,
    asks_income_ceiling,
    classify,
    states_minimum,
)
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


@pytest.mark.parametrize(
    "question",
    [
        "Bis zu welchem Einkommen bekommt man als Single einen WBS?",
        "Up to what income can I get a WBS?",
        "Jusqu'à quel revenu ai-je droit au WBS ?",
        "¿Hasta qué ingresos puedo obtener el WBS?",
        "WBS için hangi gelire kadar başvurabilirim?",
        "Do jakiego dochodu mogę dostać WBS?",
        "Până la ce venit pot primi WBS?",
        "До какого дохода дают WBS?",
        "До якого доходу можна отримати WBS?",
        "Живея сам, до какъв доход мога да получа WBS?",
        "حتى أي دخل بقدر آخذ WBS؟",
        "تا چه درآمدی می‌توانم WBS بگیرم؟",
    ],
)
def test_up_to_what_income_asks_an_amount_earned(question):
    assert asks_income_ceiling(question)
    assert asks_earning(question)
    assert classify(question) == "money"


@pytest.mark.parametrize(
    "question",
    [
        # from or above what income: the lower bound of one thing or the upper of another
        # (with "no longer", "kein … mehr", the upper: `test_body16`; with a plain negation,
        # "Above what income is there no child supplement?", the upper too: `test_none20`)
        "Ab welchem Einkommen gibt es Kinderzuschlag?",
        "Above what income is there a child supplement?",
        # an income named, no bound asked
        "Ich habe kein Einkommen, bekomme ich Wohngeld?",
        "Какъв доход имам?",
    ],
)
def test_other_income_questions_ask_no_ceiling(question):
    assert not asks_income_ceiling(question)


def test_a_lower_limit_is_stated_by_its_word():
    assert states_minimum("Your gross income must be at least 900 euros a month.")
    assert not states_minimum("According to the City of Dortmund these limits apply: 23,540 EUR.")


@pytest.mark.parametrize(
    ("question", "language", "figure"),
    [
        ("Bis zu welchem Einkommen bekommt man als Single einen WBS?", "de", "23.540"),
        ("Живея сам, до какъв доход мога да получа WBS?", "bg", "23 540"),
        ("Do jakiego dochodu mogę dostać WBS?", "pl", "23 540"),
    ],
)
def test_up_to_what_income_is_told_by_the_limits(question, language, figure):
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    kind = classify(question)
    fact = answers.service_fact(
        city, generation, "housing-entitlement-certificate", kind, language, question
    )
    assert fact is not None and fact.module == "body" and figure in fact.text


def test_up_to_what_income_is_not_told_by_a_lower_limit():
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    # the child supplement states only the least income one must have
    question = "Up to what income can I get the child supplement?"
    assert (
        answers.service_fact(city, generation, "child-supplement", "money", "en", question) is None
    )
