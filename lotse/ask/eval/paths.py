"""`python -m lotse.ask.eval.paths`: which answer path gives the wrong answers.

Every answer is made by one path of `selectors._fact` (recorded on `Fact.path`, never shown in
the API): the outer path (`typed`: the question type's module of one of the top services;
`count`, `count-typed`, `count-hours` (a counted hour told by the type's module, only when its
sentence counts hours); `told` and `told-typed`: the sentence that holds the question's rare
words; `lasting`; `helpline`, `phone-helpline`; `office-named`, `office-described`,
`office-routed`; `own-line`, `where-own-line`, `where-free`) and, for the paths that choose among
the top services, the rank rule that chose the service (`rank0-lead`, `rank0-named`,
`rank0-outnamed`, `rank1-absent`, `rank1-promote` from `answers.answering_rank`; the rescues
`same-sentence`, `telling-second`, `silent-rival`, `telling-first`, `rival-named-0`,
`rival-named-1`), e.g. `typed:rank0-lead`.

It prints correct / wrong per path per part of the answers dev set, and per path the precision
(correct / answered) on the build parts and on the check parts. `--check` names the check parts
(default: the last three parts of the dev set, which a session only measures): their numbers
are printed, never their questions. `--wrong` lists the wrong answers of the build parts with
their path. `--outer` groups by the outer path only. Dev sets only: it reads
`answers.yaml`, never a held-out file.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from lotse.ask.eval.__main__ import _prepare, _setup, answer_verdict, question_parts

Record = dict[str, Any]
NO_ANSWER = "-"


def record(city: Any, question: dict[str, Any], part: int) -> Record:
    """The verdict of one answers-set question and the path of its answer (`NO_ANSWER`)."""
    from lotse.ask.selectors import search

    answer = search(city=city, query=question["q"], limit=10)
    fact = answer.fact
    row: Record = {
        "part": part,
        "lang": question["lang"],
        "verdict": answer_verdict(question, fact),
        "path": (fact.path or "?") if fact is not None else NO_ANSWER,
    }
    if fact is not None:
        row["got"] = f"{fact.service or fact.office}/{fact.module}: {fact.text[:70]!r}"
    row["want"] = f"{question.get('office') or question['service']}/{question['modules']}"
    row["q"] = question["q"]
    return row


def outer(path: str) -> str:
    """The outer path of a recorded path ("typed:rank0-lead" -> "typed")."""
    return path.split(":", 1)[0]


def table(rows: Iterable[Record], *, group: Any = None) -> dict[str, dict[int, Counter[str]]]:
    """path -> part -> Counter of verdicts, for the answered rows (`group` maps a path)."""
    found: dict[str, dict[int, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for row in rows:
        if row["path"] == NO_ANSWER:
            continue
        path = group(row["path"]) if group else row["path"]
        found[path][row["part"]][row["verdict"]] += 1
    return {path: dict(parts) for path, parts in found.items()}


def precision(counts: Iterable[Counter[str]]) -> tuple[int, int, float | None]:
    """(correct, wrong, correct / answered) over several parts' counts; None when none answered."""
    correct = wrong = 0
    for c in counts:
        correct += c["correct"]
        wrong += c["wrong"]
    answered = correct + wrong
    return correct, wrong, (correct / answered if answered else None)


def _share(value: float | None) -> str:
    return f"{value:.3f}" if value is not None else "  -  "


def print_table(
    paths: dict[str, dict[int, Counter[str]]], build: list[int], check: list[int]
) -> None:
    """One line per path: correct/wrong per part, then the build and check parts' precision."""
    parts = [*build, *check]
    head = " ".join(f"{'p' + str(p):>6}" for p in parts)
    print(f"{'path':<28} {head} | build c/w  prec | check c/w  prec")
    order = sorted(paths, key=lambda p: (-sum(sum(c.values()) for c in paths[p].values()), p))
    for path in order:
        cells = []
        for part in parts:
            c = paths[path].get(part, Counter())
            cells.append(f"{c['correct']:>3}/{c['wrong']:<2}" if c else f"{'':>6}")
        b_correct, b_wrong, b_share = precision(paths[path].get(p, Counter()) for p in build)
        c_correct, c_wrong, c_share = precision(paths[path].get(p, Counter()) for p in check)
        print(
            f"{path:<28} {' '.join(cells)} | {b_correct:>5}/{b_wrong:<3} {_share(b_share)} "
            f"| {c_correct:>5}/{c_wrong:<3} {_share(c_share)}"
        )


def _parts(spec: str) -> list[int]:
    first, _, last = spec.partition("-")
    return list(range(int(first), int(last or first) + 1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build", help="parts built on (default: all but the check parts)")
    parser.add_argument(
        "--check", help="parts only measured, questions never shown (default: the last three)"
    )
    parser.add_argument("--wrong", action="store_true", help="list the build parts' wrong answers")
    parser.add_argument("--outer", action="store_true", help="group by the outer path only")
    args = parser.parse_args(argv)
    _setup(None)
    labelled = [(int(label.split()[1]), qs) for label, qs in question_parts("answers")]
    numbers = [n for n, _ in labelled]
    check = _parts(args.check) if args.check else numbers[-3:]
    build = _parts(args.build) if args.build else [n for n in numbers if n not in check]
    if set(build) & set(check):
        parser.error("a part is either built on or checked, not both")
    city = _prepare("dortmund")
    rows: list[Record] = []
    for part, questions in labelled:
        if part in build or part in check:
            rows.extend(record(city, q, part) for q in questions if not q.get("lost"))
    print_table(table(rows, group=outer if args.outer else None), build, check)
    for name, chosen in (("build", build), ("check", check)):
        verdicts = Counter(r["verdict"] for r in rows if r["part"] in chosen)
        print(f"{name} parts {chosen[0]}-{chosen[-1]}: {dict(sorted(verdicts.items()))}")
    if args.wrong:
        for row in rows:
            if row["part"] in build and row["verdict"] == "wrong":
                print(
                    f"WRONG p{row['part']} {row['path']} [{row['lang']}] {row['q'][:80]!r}\n"
                    f"      want {row['want']} got {row['got']}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
