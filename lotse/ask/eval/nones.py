"""`python -m lotse.ask.eval.nones`: why the factual questions left without an answer got none.

Each unanswered question of the answers dev set (its build parts: every part but the last
three, which a session only measures; never a held-out file) gets one reason, in this order:

- `unsourced`: no source of the labelled service covers any labelled module (no answer by
  design; `answers.sentences._sourced_module`);
- `office`: an office label (`office-unsourced` when the office's card has no source for it);
- `lost`: the question was read as lost (counselling first);
- `rank`: the labelled service is not at rank 0 or 1 of the routing;
- `no-type`: `classify` reads no type (the told path found no sentence);
- `office-type`: an office type (where, phone, hours) for a service label;
- `mistyped`: a type whose modules hold no labelled module, and the service's sentence of it
  is none or another module's;
- `veto`: the labelled service's module gives no sentence for the type (a unit, quantity,
  variant or told rule refused every one); `variant` when only the asked variant did;
- `rank-rule`: the labelled service's own sentence is the labelled one, and the rank rules
  (lead, naming, content agreement) did not let it answer;
- `other-sentence`: the labelled service's sentence of the type is another one.

It prints the table reason x part, and with `--list REASON` the build parts' questions of
that reason.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from typing import Any

from lotse.ask.eval.__main__ import _prepare, _setup, answer_verdict, question_parts

REASONS = (
    "unsourced",
    "office",
    "office-unsourced",
    "lost",
    "rank",
    "no-type",
    "office-type",
    "mistyped",
    "veto",
    "variant",
    "rank-rule",
    "other-sentence",
)


def reason(city: Any, question: dict[str, Any], answer: Any) -> str:
    """Why a question answered with nothing got no answer (one of `REASONS`)."""
    from lotse.ask import answers
    from lotse.ask.answers.facts import _offices, service_facts
    from lotse.ask.answers.kinds import SERVICE_MODULES
    from lotse.ask.answers.sentences import _source, _sourced_module

    generation = answer.generation
    reader = answer.reader_language
    if question.get("office"):
        offices, _ = _offices(city, generation)
        office = offices.get(question["office"])
        covers = tuple(question["modules"])
        if office is None or _source(office.sources, covers) is None:
            return "office-unsourced"
        return "office"
    facts = service_facts(city, generation, question["service"])
    modules = set(question["modules"])
    if facts is None or not any(_sourced_module(facts, m, reader) for m in modules):
        return "unsourced"
    if answer.lost:
        return "lost"
    keys = [hit.key for hit in answer.hits[:2]]
    if question["service"] not in keys:
        return "rank"
    kind = answer.kind
    if kind is None:
        return "no-type"
    if kind not in SERVICE_MODULES:
        return "office-type"
    typed = not modules.isdisjoint(SERVICE_MODULES[kind])
    fact = answers.service_fact(city, generation, question["service"], kind, reader, answer.query)
    if fact is None:
        any_variant = answers.service_fact(
            city, generation, question["service"], kind, reader, answer.query, qualified=False
        )
        if any_variant is not None and any_variant.module in modules:
            return "variant"
        return "veto" if typed else "mistyped"
    if fact.module not in modules:
        return "other-sentence" if typed else "mistyped"
    return "rank-rule" if answer_verdict(question, fact) == "correct" else "other-sentence"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--list", metavar="REASON", choices=REASONS, help="list its questions")
    args = parser.parse_args(argv)
    _setup(None)
    from lotse.ask.selectors import search

    labelled = [(int(label.split()[1]), qs) for label, qs in question_parts("answers")]
    build = [n for n, _ in labelled][:-3]
    city = _prepare("dortmund")
    table: dict[str, Counter[int]] = defaultdict(Counter)
    listed: list[str] = []
    for part, questions in labelled:
        if part not in build:
            continue
        for question in questions:
            if question.get("lost"):
                continue
            answer = search(city=city, query=question["q"], limit=10)
            if answer.fact is not None:
                continue
            why = reason(city, question, answer)
            table[why][part] += 1
            if why == args.list:
                want = f"{question.get('office') or question['service']}/{question['modules']}"
                listed.append(
                    f"p{part} [{question['lang']}] {question['q']!r}\n"
                    f"      want {want}, type {answer.kind}, top "
                    f"{[h.key for h in answer.hits[:3]]}"
                )
    print(f"{'reason':<17}" + " ".join(f"{'p' + str(p):>4}" for p in build) + "  all")
    for why in REASONS:
        if why in table:
            cells = " ".join(f"{table[why][p]:>4}" for p in build)
            print(f"{why:<17}{cells} {sum(table[why].values()):>4}")
    for line in listed:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
