"""`python -m lotse.ask.eval.failures`: the routing dev set's top-1 misses, to group by cause.

One line per question whose expected service is not first: `T3` when it is still in the top 3,
`XX` when not; the question's language (given -> detected), the question, what was expected
and the top 3 with fused score / BM25 / best semantic similarity (-1: the model was skipped).
Same fresh database and stored embeddings as `python -m lotse.ask.eval`. Dev sets only: it
refuses the held-out set, which is never tuned on. `--upto N` keeps parts 0..N (a session's
check parts stay out), `--answers` routes the answers set's factual questions instead (expected:
their labelled service).
"""

from __future__ import annotations

import argparse
import sys

from lotse.ask.eval.__main__ import _prepare, _setup, load_part, question_file, question_parts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--city", default="dortmund", help="city slug (default dortmund)")
    parser.add_argument("--lang", help="only questions in this language")
    parser.add_argument(
        "--part", type=int, help="only this part of the dev set (as --parts numbers)"
    )
    parser.add_argument(
        "--upto",
        type=int,
        help="only parts 0..UPTO of the dev set (leave a session's check parts out)",
    )
    parser.add_argument(
        "--answers",
        action="store_true",
        help="the answers set's questions (expected: their service) instead of the routing set",
    )
    args = parser.parse_args(argv)
    if question_file("questions", args.city) is None:
        parser.error(f"city {args.city!r} has no question set 'questions'")
    _setup(None)
    city = _prepare(args.city)
    from lotse.ask.selectors import search

    name = "answers" if args.answers else "questions"
    if args.upto is not None:
        questions = [
            q
            for label, part in question_parts(name, args.city)
            if int(label.split()[1]) <= args.upto
            for q in part
        ]
    else:
        questions = load_part(name, args.city, args.part)
    if args.answers:
        # Routing of the factual questions: their labelled service (the lost ones count apart).
        questions = [dict(q, expected=[q["service"]]) for q in questions if not q.get("lost")]
    if args.lang:
        questions = [q for q in questions if q["lang"] == args.lang]
    misses = 0
    for question in questions:
        answer = search(city=city, query=question["q"], limit=3, with_answer=False)
        keys = [hit.key for hit in answer.hits]
        if keys and keys[0] in question["expected"]:
            continue
        misses += 1
        mark = "T3" if set(question["expected"]) & set(keys) else "XX"
        got = " ".join(
            f"{hit.key}:{hit.score:.2f}/{hit.lexical:.1f}/{hit.semantic:.2f}" for hit in answer.hits
        )
        print(f"{mark} [{question['lang']}->{answer.language}] {question['q'][:110]!r}")
        print(f"     want {question['expected']} got {got}")
    print(f"{misses} top-1 misses of {len(questions)} questions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
