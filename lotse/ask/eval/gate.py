"""`python -m lotse.ask.eval.gate`: is there a simple confidence gate against wrong answers?

For every answered question of the answers dev set it records general signals (question type,
answering module, rank of the answering service, routing score and lead, how much more the
question names the answering service than the others, content words of the question the
sentence holds, how many other sentences of the module hold as many, question length, ...).
Then it tries every gate of one or two conditions from `conditions()`: "give no answer when
these hold". A gate is chosen on the `--choose` parts (default 0-4) and checked once on the
`--check` parts (default 5-6), so the check is not fitted. It lists the gates that remove wrong
answers at a cost of at most `--ratio` correct answers per wrong one removed on the chosen
parts, with what each of them removes on the checked parts.

Twelfth session (integ cdcfe097): no gate chosen on parts 0-4 removed a wrong answer of parts
5-6 at that cost (the best of parts 0-4, a body-module answer whose service the question names
no more than the others, removed 3 wrong / 1 correct there and 0 wrong / 2 correct on parts 5-6),
so none is shipped. Twenty-ninth session (0bbbe3d5, `--choose 0-23 --check 24`): the best
gates remove 3 of parts 0-23's 57 wrong answers at 4-6 correct each, and at most 1 of part
24's 12 wrong answers (part 24 was the held-out set run once that session); none is shipped.
Dev sets only: it reads the answers dev set, never a held-out file.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import operator
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from lotse.ask.eval.__main__ import _prepare, _setup, answer_verdict, question_parts
from lotse.ask.eval.paths import outer

Record = dict[str, Any]
Condition = tuple[str, Callable[[Record], bool]]


def _own_naming_lead(naming: list[float], rank: int) -> float:
    if not naming or rank < 0 or rank >= len(naming):
        return 0.0
    return naming[rank] - max((n for i, n in enumerate(naming) if i != rank), default=0.0)


def record(city: Any, question: dict[str, Any], part: int) -> Record:
    """The signals of one answers-set question and the verdict of its answer."""
    from lotse.ask import analysis, answers
    from lotse.ask.answers.facts import service_facts
    from lotse.ask.answers.kinds import content_words
    from lotse.ask.selectors import city_index, search

    answer = search(city=city, query=question["q"], limit=10)
    fact = answer.fact
    row: Record = {
        "part": part,
        "lang": question["lang"],
        "verdict": answer_verdict(question, fact),
    }
    if fact is None:
        return row
    generation = city_index(city).generation
    keys = [hit.key for hit in answer.hits]
    rank = keys.index(fact.service) if fact.service in keys else -1
    kind = answer.kind or ""
    facts = service_facts(city, generation, fact.service) if fact.service else None
    topic = facts.topic(fact.language) if facts is not None else frozenset()
    terms = {
        t for t in analysis.analyze(content_words(answer.query, kind), fact.language) if len(t) > 1
    }
    held = answers.sentence_overlap(fact, kind, answer.query, topic)
    naming = (
        answers.naming_scores(city, generation, answer.query, kind, answer.language, keys[:3])
        if keys
        else []
    )
    hits = answer.hits
    row.update(
        kind=kind,
        module=fact.module,
        path=fact.path,
        outer=outer(fact.path),
        rank=rank,
        top=hits[0].score if hits else 0.0,
        lead=hits[0].score - hits[1].score if len(hits) > 1 else 1.0,
        held=held,
        missing=len(terms - topic) - held,
        digit=any(c.isdigit() for c in fact.text),
        words=len(analysis.tokens(answer.query)),
        naming=_own_naming_lead(naming, rank),
        named=naming[rank] if 0 <= rank < len(naming) else 0.0,
    )
    others: list[int] = []
    if facts is not None and not fact.office and fact.module != "documents":
        for sentence in facts.sentences(fact.module, fact.language):
            if sentence.text != fact.text:
                other = dataclasses.replace(fact, text=sentence.text)
                others.append(answers.sentence_overlap(other, kind, answer.query, topic))
    row["sentences"] = len(others) + 1
    row["rivals"] = sum(1 for o in others if o >= held)
    return row


_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "=": operator.eq,
    "<": operator.lt,
    "<=": operator.le,
    ">=": operator.ge,
}


def _compare(field: str, op: str, value: Any) -> Condition:
    test = _OPERATORS[op]
    return f"{field}{op}{value}", lambda r: test(r[field], value)


def _all(tests: tuple[Callable[[Record], bool], ...]) -> Callable[[Record], bool]:
    return lambda r: all(t(r) for t in tests)


def conditions(rows: list[Record]) -> list[Condition]:
    """One-sided conditions of a gate: each says "this answer is less sure"."""
    found: list[Condition] = []
    for field in ("kind", "module", "path", "outer"):
        found.extend(_compare(field, "=", value) for value in sorted({r[field] for r in rows}))
    found.append(("no digit", lambda r: not r["digit"]))
    found.append(("second service", lambda r: r["rank"] > 0))
    thresholds: list[tuple[str, str, Iterable[float]]] = [
        ("held", "<=", (0, 1, 2)),
        ("missing", ">=", (1, 2, 3, 4)),
        ("lead", "<", (0.05, 0.1, 0.15, 0.2, 0.3)),
        ("top", "<", (0.7, 0.8, 0.9, 0.95)),
        ("naming", "<", (0.1, 0.2, 0.3, 0.5, 1.0)),
        ("named", "<", (0.3, 0.5, 1.0)),
        ("words", ">=", (8, 10, 12, 14)),
        ("sentences", ">=", (4, 6, 8)),
        ("rivals", ">=", (1, 2, 3, 4)),
    ]
    for name, op, values in thresholds:
        found.extend(_compare(name, op, value) for value in values)
    return found


def removed(rows: list[Record], gate: Callable[[Record], bool]) -> tuple[int, int]:
    """(wrong, correct) answers the gate turns into no answer."""
    counts = Counter(r["verdict"] for r in rows if r["verdict"] != "none" and gate(r))
    return counts["wrong"], counts["correct"]


def gates(conds: list[Condition], max_size: int = 2) -> list[Condition]:
    """Every conjunction of one to `max_size` conditions."""
    found: list[Condition] = []
    for size in range(1, max_size + 1):
        for combo in itertools.combinations(conds, size):
            name = " & ".join(n for n, _ in combo)
            found.append((name, _all(tuple(t for _, t in combo))))
    return found


def trade_offs(
    chosen: list[Record], checked: list[Record], *, ratio: float = 2.0, min_wrong: int = 2
) -> list[tuple[str, int, int, int, int]]:
    """(gate, wrong and correct removed on the chosen rows, the same on the checked rows) for
    every gate that removes at least `min_wrong` wrong answers of the chosen rows at a cost of
    at most `ratio` correct ones each; most wrong removed first, then cheapest."""
    answered = [r for r in chosen if r["verdict"] != "none"]
    table = []
    for name, gate in gates(conditions(answered)):
        wrong, correct = removed(answered, gate)
        if wrong >= min_wrong and correct <= ratio * wrong:
            table.append((name, wrong, correct, *removed(checked, gate)))
    table.sort(key=lambda t: (-t[1], t[2], t[0]))
    return table


def _parts(spec: str) -> set[int]:
    first, _, last = spec.partition("-")
    return set(range(int(first), int(last or first) + 1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--choose", default="0-4", help="parts the gate is chosen on (0-4)")
    parser.add_argument("--check", default="5-6", help="parts it is checked on once (5-6)")
    parser.add_argument("--ratio", type=float, default=2.0, help="correct lost per wrong removed")
    args = parser.parse_args(argv)
    choose, check = _parts(args.choose), _parts(args.check)
    _setup(None)
    city = _prepare("dortmund")
    rows: list[Record] = []
    for label, questions in question_parts("answers"):
        part = int(label.split()[1])
        if part in choose | check:
            rows.extend(record(city, q, part) for q in questions if not q.get("lost"))
    chosen = [r for r in rows if r["part"] in choose]
    checked = [r for r in rows if r["part"] in check]
    for name, rows_ in (("chosen", chosen), ("checked", checked)):
        verdicts = Counter(r["verdict"] for r in rows_)
        print(f"{name}: {dict(sorted(verdicts.items()))}")
    print(f"{'gate':<40} | chosen -wrong -correct | checked -wrong -correct")
    for name, wrong, correct, check_wrong, check_correct in trade_offs(
        chosen, checked, ratio=args.ratio
    ):
        print(f"{name:<40} | {wrong:>13} {correct:>8} | {check_wrong:>14} {check_correct:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
