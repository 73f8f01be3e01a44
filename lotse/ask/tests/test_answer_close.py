"""The routed service answers past a close or more-named rival when the question's words point at
its own sentence (twentieth session, lane close7; `selectors._telling_first_rank`). Questions and
sentences written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import selectors
from lotse.ask.tests import ranking_parts
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


_hit = ranking_parts.hit
_fact = ranking_parts.fact


QUESTION = "How much does changing the purpose of my stay cost?"
FIRST = _fact(
    "permit-extension", "If you change the purpose of your stay, the change costs 98 euros."
)
TOP = [_hit("permit-extension", 0.80), _hit("student-permit", 0.78), _hit("visa", 0.60)]


def _rank(naming, rivals, *, agrees=True, holds_naming=lambda i: False):
    return selectors._telling_first_rank(
        TOP,
        naming,
        "cost",
        QUESTION,
        FIRST,
        lambda: agrees,
        lambda i: rivals[i - 1],
        holds_naming,
    )


def test_the_first_answers_when_its_sentence_holds_more_of_the_question():
    rivals = [
        _fact("student-permit", "First issue 100 euros."),
        _fact("visa", "The visa costs 75 euros."),
    ]
    # named less than the second (its name holds "stay"), yet only its sentence speaks of the
    # change of purpose
    assert _rank([0.4, 0.8, 0.0], rivals) == 0


def test_a_rival_sentence_that_holds_as_much_keeps_the_first_silent():
    rivals = [
        # another figure: the same figure tells the same value and no longer competes
        # (`answers.states_figures_of`, test_answer_rank11)
        _fact("student-permit", "Changing the purpose of a stay costs 96 euros."),
        _fact("visa", "The visa costs 75 euros."),
    ]
    assert _rank([0.4, 0.8, 0.0], rivals) is None


def test_a_sentence_holding_only_the_first_service_names_needs_the_question_to_name_it_most():
    rivals = [_fact("student-permit", "First issue 100 euros."), None]
    assert _rank([0.8, 0.4, 0.0], rivals, agrees=False) == 0
    assert _rank([0.4, 0.8, 0.0], rivals, agrees=False) is None


def test_a_silent_rival_named_more_vetoes_unless_the_first_sentence_holds_its_words():
    rivals = [_fact("student-permit", "First issue 100 euros."), None]
    assert _rank([0.2, 0.0, 1.0], rivals) is None
    assert _rank([0.2, 0.0, 1.0], rivals, holds_naming=lambda i: True) == 0


@pytest.mark.parametrize(
    ("question", "service"),
    [
        # the purpose of stay changed: the extension's fee sentence names it, the rivals' fee
        # sentences (the national visa, the registration) do not
        ("Сколько придется заплатить, если я меняю цель пребывания?", "residence-permit-extension"),
        ("Cât costă schimbarea scopului șederii?", "residence-permit-extension"),
        ("Скільки коштує зміна мети перебування?", "residence-permit-extension"),
        # an EU citizen's new home: free movement's sentence names the home, the registration's
        # bare "within two weeks of moving in" holds no word of the question
        (
            "Jako obywatelka UE, w jakim terminie muszę zameldować nowe mieszkanie?",
            "eu-free-movement",
        ),
        ("Като гражданин на ЕС, до кога трябва да регистрирам жилището си?", "eu-free-movement"),
        (
            "Як громадянка ЄС, протягом якого часу я маю зареєструвати нове житло?",
            "eu-free-movement",
        ),
        # a minijob's pension exemption withdrawn: the minijob's sentence says so, the pension
        # insurance (named more) speaks of refunds
        (
            "С какого момента можно отменить освобождение от пенсионных взносов на миниджобе?",
            "mini-jobs-and-part-time-work",
        ),
        # the first talk at the family counselling: the welcome counselling ("ilk", first) states
        # no waiting time
        ("Aile danışma merkezinde ilk randevu için ne kadar beklerim?", "family-counselling"),
    ],
)
def test_the_routed_service_answers_with_the_sentence_the_question_points_at(question, service):
    city = City.objects.get(slug="dortmund")
    fact = selectors.search(city=city, query=question, limit=10).fact
    assert fact is not None and fact.service == service


def test_a_second_whose_sentence_misses_the_asked_unit_does_not_answer_for_the_first():
    question = "Up to how many months after the birth can I apply for the allowance?"
    first = _fact("allowance", "It is paid for at most the last three months before you apply.")
    second = _fact("birth", "The birth must be reported within one week.")
    assert selectors._misses_asked_unit(second, first, question)
    assert not selectors._misses_asked_unit(first, second, question)
    # no unit asked, or the second counts the asked one as well: no objection
    assert not selectors._misses_asked_unit(second, first, "When can I apply for the allowance?")
    told = _fact("birth", "Apply within three months after the birth.")
    assert not selectors._misses_asked_unit(told, first, question)
