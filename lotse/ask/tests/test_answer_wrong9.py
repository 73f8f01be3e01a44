"""Answer paths tightened where they answered wrongly (twenty-first session, lane wrong9): the
closing rescue `selectors._telling_first_rank` against a rival named by a name word that states
a fact, and a told question that names a figure (`answers.told_fact`). Questions and sentences
written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.ask.answers.sentences import TOLD_MIN_WEIGHT
from lotse.ask.tests import ranking_parts
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


_hit = ranking_parts.hit
_fact = ranking_parts.fact


QUESTION = "What part of my gross wage goes to the health insurance?"
# the routed pension insurance's sentence holds the wage words; the health insurance, which the
# question names, states its own share with fewer of them
FIRST = _fact("pension-insurance", "The pension share is 18.6 percent of the gross wage.")
RIVAL = _fact("health-insurance", "The general share is 14.6 percent plus an extra share.")
TOP = [_hit("pension-insurance", 0.80), _hit("health-insurance", 0.78), _hit("tax-id", 0.60)]


def _rank(naming, *, holds_naming=lambda i: False):
    return selectors._telling_first_rank(
        TOP,
        naming,
        "money",
        QUESTION,
        FIRST,
        lambda: True,
        lambda i: RIVAL if i == 1 else None,
        holds_naming,
    )


def test_a_rival_named_by_a_name_word_that_states_a_fact_keeps_its_veto():
    assert _rank([0.0, 1.0, 0.0]) is None
    assert _rank([0.0, 0.5, 0.0]) is None


def test_the_veto_falls_when_the_first_sentence_speaks_of_the_rival():
    assert _rank([0.0, 1.0, 0.0], holds_naming=lambda i: True) == 0


def test_a_rival_named_by_less_than_half_a_name_word_does_not_veto():
    # a common word of its synonyms ("change" for the registration of a change of address)
    assert _rank([0.0, 0.25, 0.0]) == 0


def _told(question: str, key: str, weights: dict[str, float]) -> answers.Fact | None:
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    return answers.told_fact(city, generation, key, "en", question, lambda t: weights.get(t, 0.1))


@pytest.mark.parametrize(
    "question",
    [
        "Can I take the ICE with the Deutschlandticket for 5 euros more?",
        "Darf ich mit dem Deutschlandticket ICE fahren, wenn ich 10 Euro draufzahle?",
        "Je peux prendre l'ICE avec le Deutschlandticket pour 2 enfants ?",
        "¿Puedo ir en ICE con el Deutschlandticket y mi hijo de 4 años?",
        "Deutschlandticket ile ICE'ye 3 kişi binebilir miyiz?",
        "Czy z Deutschlandticket mogę jechać ICE z psem do 8 kg?",
    ],
)
def test_a_told_question_naming_a_figure_is_not_told_by_a_sentence_without_one(question):
    # "Long-distance trains such as ICE, IC or EC are not included." says nothing of the figure
    assert _told(question, "deutschlandticket", {"ice": TOLD_MIN_WEIGHT}) is None


def test_a_told_question_without_a_figure_is_still_told():
    fact = _told(
        "Can I take the ICE with the Deutschlandticket?", "deutschlandticket", {"ice": 3.0}
    )
    assert fact is not None and "ICE" in fact.text


def test_a_word_naming_the_rival_is_held_in_another_form():
    # the light Ukrainian stems of the imperative and the infinitive differ ("зареєструит",
    # "зареєструва"): the sentence still speaks of registering
    sentence = "Зареєструйте житло протягом двох тижнів після заселення."
    stems = frozenset({"зареєструва"})
    assert not answers.holds_stems(stems, sentence, "uk", every=False)
    assert answers.holds_stems(stems, sentence, "uk", every=False, forms=True)
    assert not answers.holds_stems(frozenset({"народж"}), sentence, "uk", every=False, forms=True)
