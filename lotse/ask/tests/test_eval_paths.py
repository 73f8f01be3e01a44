"""Which answer path gave an answer (`Fact.path`, set in `selectors._fact` and
`answers.answering_rank`), and the per-path table of `python -m lotse.ask.eval.paths`. Questions
written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from lotse.ask import answers
from lotse.ask.eval.paths import NO_ANSWER, outer, precision, table
from lotse.ask.tests.searching import ask


def _row(part: int, path: str, verdict: str) -> dict[str, object]:
    return {"part": part, "lang": "en", "path": path, "verdict": verdict}


def test_the_table_counts_verdicts_per_path_and_part_and_skips_unanswered():
    rows = [
        _row(0, "typed:rank0-lead", "correct"),
        _row(0, "typed:rank0-lead", "wrong"),
        _row(1, "typed:rank0-lead", "correct"),
        _row(1, "told", "wrong"),
        _row(1, NO_ANSWER, "none"),
    ]
    paths = table(rows)
    assert set(paths) == {"typed:rank0-lead", "told"}
    assert paths["typed:rank0-lead"][0] == Counter(correct=1, wrong=1)
    assert precision(paths["typed:rank0-lead"].values()) == (2, 1, 2 / 3)
    assert precision(paths["told"].values()) == (0, 1, 0.0)
    assert precision([]) == (0, 0, None)
    # grouped by the outer path
    assert set(table(rows, group=outer)) == {"typed", "told"}


def test_answering_rank_says_which_rule_chose_the_rank():
    trace: list[str] = []
    # a clear lead
    rank = answers.answering_rank([0.9, 0.5], [1.0, 0.0], min_score=0.5, min_lead=0.05, trace=trace)
    assert (rank, trace) == (0, ["rank0-lead"])
    # the second named clearly more and close: it answers instead
    trace = []
    rank = answers.answering_rank(
        [0.80, 0.78, 0.3], [0.0, 1.0, 0.0], min_score=0.5, min_lead=0.05, trace=trace
    )
    assert (rank, trace) == (1, ["rank1-promote"])


pytestmark_db = pytest.mark.django_db  # the tests that search Dortmund's catalog


@pytestmark_db
@pytest.mark.parametrize(
    ("question", "language", "path"),
    [
        ("where is MigraDo", "en", "office-named"),
        ("Kann ich mit dem Deutschlandticket auch im ICE fahren?", "de", "told"),
        ("how much does it cost to register my address", "en", "typed:rank0-"),
    ],
)
def test_the_answer_records_its_path(question, language, path):
    fact = ask(question, language).fact
    assert fact is not None
    assert fact.path.startswith(path)


@pytestmark_db
def test_the_path_is_not_shown_in_the_api(client):
    data = client.get("/api/v1/search", {"city": "dortmund", "q": "where is MigraDo"}).json()
    assert data["answer"] is not None
    assert "path" not in data["answer"]
