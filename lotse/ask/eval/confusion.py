"""`python -m lotse.ask.eval.confusion`: the dev sets' top-1 confusion, expected -> got.

Routes the routing set's questions and the answers set's factual questions (expected: their
labelled service; the lost ones are left out) of the dev parts `--upto N` (default 12, so a
session's check parts stay out; the held-out set is never read) and counts each top-1 miss as a
pair expected -> got, with the parts and languages it occurs in. A pair is printed when it recurs
(`--min` misses, default 2, across at least two parts or languages): sibling services whose
texts do not tell them apart for the askers' words. `--json FILE` writes every miss (part, set,
language, question, expected, top 3) for reading the pairs' questions.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from typing import Any

from lotse.ask.eval.__main__ import _prepare, _setup, question_parts


def dev_questions(upto: int, city: str = "dortmund") -> list[dict[str, Any]]:
    """The routing and answers sets' questions of parts 0..upto, each with `part` and `set`."""
    questions = []
    for name in ("questions", "answers"):
        for label, part in question_parts(name, city):
            number = int(label.split()[1])
            if number > upto:
                continue
            for q in part:
                if name == "answers":
                    if q.get("lost"):
                        continue
                    q = dict(q, expected=[q["service"]])
                questions.append(dict(q, part=number, set=name))
    return questions


def confusion(misses: list[dict[str, Any]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """(expected, got) -> the misses routed so (expected: the first expected key)."""
    pairs: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for miss in misses:
        pairs[(miss["expected"][0], miss["top"][0] if miss["top"] else "-")].append(miss)
    return pairs


def recurring(
    pairs: dict[tuple[str, str], list[dict[str, Any]]], least: int = 2
) -> list[tuple[tuple[str, str], list[dict[str, Any]]]]:
    """Pairs with at least `least` misses over two or more parts or languages, most first."""
    kept = [
        (pair, found)
        for pair, found in pairs.items()
        if len(found) >= least
        and (len({m["part"] for m in found}) > 1 or len({m["lang"] for m in found}) > 1)
    ]
    return sorted(kept, key=lambda item: (-len(item[1]), item[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--city", default="dortmund", help="city slug (default dortmund)")
    parser.add_argument(
        "--upto", type=int, default=12, help="parts 0..UPTO of the dev sets (default 12)"
    )
    parser.add_argument("--min", type=int, default=2, help="least misses of a printed pair")
    parser.add_argument("--json", help="write every top-1 miss to this file")
    args = parser.parse_args(argv)
    _setup(None)
    city = _prepare(args.city)
    from lotse.ask.selectors import search

    questions = dev_questions(args.upto, args.city)
    misses = []
    for question in questions:
        answer = search(city=city, query=question["q"], limit=3, with_answer=False)
        keys = [hit.key for hit in answer.hits]
        if keys and keys[0] in question["expected"]:
            continue
        misses.append(
            {
                "part": question["part"],
                "set": question["set"],
                "lang": question["lang"],
                "q": question["q"],
                "expected": list(question["expected"]),
                "top": keys,
                "top3": bool(set(question["expected"]) & set(keys)),
            }
        )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(misses, out, ensure_ascii=False, indent=1)
    pairs = confusion(misses)
    print(f"{len(misses)} top-1 misses of {len(questions)} questions (parts 0-{args.upto})")
    print(f"{'n':>3} {'T3':>3}  expected -> got  | parts | languages")
    for (expected, got), found in recurring(pairs, args.min):
        parts = ",".join(str(p) for p in sorted({m["part"] for m in found}))
        langs = ",".join(sorted({m["lang"] for m in found}))
        in_top3 = sum(m["top3"] for m in found)
        print(f"{len(found):>3} {in_top3:>3}  {expected} -> {got}  | {parts} | {langs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
