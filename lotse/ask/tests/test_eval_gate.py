"""The gate search of `python -m lotse.ask.eval.gate` on made-up answer records."""

from __future__ import annotations

from typing import Any

import pytest

from lotse.ask.eval.gate import removed, trade_offs

pytestmark = pytest.mark.ranking


def _row(verdict: str, part: int, *, module: str = "fees", naming: float = 1.0) -> dict[str, Any]:
    return {
        "part": part,
        "lang": "en",
        "verdict": verdict,
        "kind": "cost",
        "module": module,
        "path": "typed:rank0-lead",
        "outer": "typed",
        "rank": 0,
        "top": 0.9,
        "lead": 0.3,
        "held": 1,
        "missing": 1,
        "digit": True,
        "words": 6,
        "naming": naming,
        "named": naming,
        "sentences": 3,
        "rivals": 0,
    }


def test_a_gate_that_separates_wrong_answers_is_found_and_checked_on_other_rows():
    chosen = [
        *[_row("wrong", 0, module="body", naming=0.0) for _ in range(3)],
        _row("correct", 0, module="body", naming=1.5),
        *[_row("correct", 0) for _ in range(20)],
        _row("none", 0),
    ]
    checked = [_row("wrong", 5, module="body", naming=0.0), _row("correct", 5, module="body")]
    table = trade_offs(chosen, checked)
    assert table[0][1:] == (3, 0, 1, 0)
    assert ("naming<0.1", 3, 0, 1, 0) in table
    # the body module alone also removes the correct body answer: listed after, at its cost
    assert ("module=body", 3, 1, 1, 1) in table


def test_no_gate_when_every_one_costs_more_than_the_ratio():
    chosen = [_row("wrong", 0), _row("wrong", 0), *[_row("correct", 0) for _ in range(20)]]
    assert trade_offs(chosen, [], ratio=2.0) == []


def test_removed_counts_only_answers_the_gate_holds_for():
    rows = [_row("wrong", 0, naming=0.0), _row("correct", 0), _row("none", 0, naming=0.0)]
    assert removed(rows, lambda r: r["naming"] < 0.5) == (1, 0)
