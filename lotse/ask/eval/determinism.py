"""`python -m lotse.ask.eval.determinism`: the same question gets the same answer, whatever was
asked before it and whatever the process's string hashing.

Searches every dev question (answers and routing sets, or one `--part`) in file order, then again
in reverse order with the query-vector cache emptied, and lists each question whose top 3,
language or answer differ between the two passes. Its last line is a digest of the first pass:
run it twice with different `PYTHONHASHSEED` values (set iteration order) and compare the
digests. Exit status 1 when a question differed. Same fresh database and stored embeddings as
`python -m lotse.ask.eval`; dev sets only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import OrderedDict
from typing import Any

from lotse.ask.eval.__main__ import _prepare, _setup, load_part, question_file


def _outcome(city: Any, query: str) -> list[Any]:
    """What an asker sees of one search: the top three services, the language, the answer."""
    from lotse.ask.selectors import search

    answer = search(city=city, query=query, limit=10)
    fact = answer.fact
    return [
        [hit.key for hit in answer.hits[:3]],
        answer.language,
        None if fact is None else [fact.service, fact.office, fact.module, fact.text],
    ]


def _pass(city: Any, questions: list[str]) -> dict[str, list[Any]]:
    from lotse.ask import semantic

    semantic._query_cache = OrderedDict()
    return {query: _outcome(city, query) for query in questions}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--city", default="dortmund", help="city slug (default dortmund)")
    parser.add_argument("--part", type=int, help="only this part of the dev sets")
    args = parser.parse_args(argv)
    _setup(None)
    city = _prepare(args.city)
    questions = list(
        dict.fromkeys(
            q["q"]
            for name in ("answers", "questions")
            if question_file(name, args.city) is not None
            for q in load_part(name, args.city, args.part)
        )
    )
    forward = _pass(city, questions)
    backward = _pass(city, questions[::-1])
    differing = [q for q in questions if forward[q] != backward[q]]
    for query in differing:
        print(f"DIFFERS {query[:70]!r}\n  first:  {forward[query]}\n  second: {backward[query]}")
    text = json.dumps([forward[q] for q in questions], ensure_ascii=False)
    print(f"{len(questions)} questions, {len(differing)} differ between the two orders")
    print(f"digest {hashlib.sha256(text.encode()).hexdigest()[:16]}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
