"""The answer verdict of the evaluation, and the wrong answers that state the asked value."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from lotse.ask.eval.__main__ import answer_verdict, asked_value_elsewhere

pytestmark = pytest.mark.ranking

QUESTION = {"service": "registration", "modules": ["body"], "contains": "two weeks"}


def _fact(service: str, module: str, text: str, office: str = "") -> SimpleNamespace:
    return SimpleNamespace(service=service, module=module, text=text, office=office)


def test_the_labelled_module_with_the_value_is_correct_and_not_counted_elsewhere():
    fact = _fact("registration", "body", "Register within two weeks of moving in.")
    assert answer_verdict(QUESTION, fact) == "correct"
    assert not asked_value_elsewhere(QUESTION, fact)


def test_the_asked_value_from_another_module_of_the_service_is_wrong_but_counted_elsewhere():
    fact = _fact("registration", "deadlines", "Within two weeks after moving in.")
    assert answer_verdict(QUESTION, fact) == "wrong"
    assert asked_value_elsewhere(QUESTION, fact)


def test_another_service_or_a_sentence_without_the_value_is_not_counted_elsewhere():
    other_service = _fact("deregistration", "deadlines", "Within two weeks after moving out.")
    no_value = _fact("registration", "deadlines", "As soon as possible.")
    assert not asked_value_elsewhere(QUESTION, other_service)
    assert not asked_value_elsewhere(QUESTION, no_value)
    assert not asked_value_elsewhere({**QUESTION, "contains": None}, no_value)
    assert not asked_value_elsewhere(QUESTION, None)


def test_an_office_question_counts_its_own_office_only():
    question = {
        "service": "registration",
        "office": "civic",
        "modules": ["addresses"],
        "contains": "Olpe",
    }
    own = _fact("registration", "opening_hours", "Olpe 1, Mon-Fri 8-12", office="civic")
    other = _fact("registration", "opening_hours", "Olpe 1, Mon-Fri 8-12", office="branch")
    assert asked_value_elsewhere(question, own)
    assert not asked_value_elsewhere(question, other)
