"""The top-1 confusion of `python -m lotse.ask.eval.confusion` on made-up misses, and the dev
parts it reads (never the session's check parts beyond `--upto`, never the held-out set)."""

from __future__ import annotations

import pytest

from lotse.ask.eval.confusion import confusion, dev_questions, recurring

pytestmark = pytest.mark.ranking


def _miss(expected: str, got: str, part: int, lang: str) -> dict[str, object]:
    return {"expected": [expected], "top": [got, expected], "part": part, "lang": lang}


def test_a_pair_recurs_over_two_parts_or_two_languages_only():
    misses = [
        _miss("housing-search", "housing-entitlement-certificate", 2, "pl"),
        _miss("housing-search", "housing-entitlement-certificate", 9, "pl"),
        _miss("debt-counselling", "consumer-advice", 4, "en"),
        _miss("debt-counselling", "consumer-advice", 4, "ru"),
        # Twice, but in one part and one language: one asker's wording, not a pair.
        _miss("tax-id", "residence-registration", 1, "ro"),
        _miss("tax-id", "residence-registration", 1, "ro"),
        _miss("visa-national", "eu-blue-card", 5, "en"),
    ]
    pairs = confusion(misses)
    assert len(pairs[("housing-search", "housing-entitlement-certificate")]) == 2
    found = [pair for pair, _ in recurring(pairs)]
    assert found == [
        ("debt-counselling", "consumer-advice"),
        ("housing-search", "housing-entitlement-certificate"),
    ]
    assert [pair for pair, _ in recurring(pairs, least=3)] == []


def test_dev_questions_stop_at_the_last_part_asked_for_and_leave_lost_questions_out():
    questions = dev_questions(1)
    assert {q["part"] for q in questions} == {0, 1}
    assert {q["set"] for q in questions} == {"questions", "answers"}
    assert all(q["expected"] for q in questions)
    assert not any(q.get("lost") for q in questions)


def test_synonym_misses_group_by_pair_most_first_and_lines_are_the_synonyms():
    from lotse.ask.eval.synonyms import by_pair, synonym_lines

    assert synonym_lines("Kita\n\n  Kindergarten \nKrippe\n") == ["Kita", "Kindergarten", "Krippe"]
    misses = [
        {"service": "language-course", "top": ["integration-course"], "lang": "de"},
        {"service": "daycare-place", "top": ["international-daycare-and-school"], "lang": "en"},
        {"service": "language-course", "top": ["integration-course"], "lang": "fr"},
        {"service": "tax-id", "top": [], "lang": "ro"},
    ]
    pairs = by_pair(misses)
    assert pairs[0][0] == ("language-course", "integration-course")
    assert len(pairs[0][1]) == 2
    assert ("tax-id", "-") in [pair for pair, _ in pairs]
