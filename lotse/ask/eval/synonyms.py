"""`python -m lotse.ask.eval.synonyms`: the catalog's synonyms that route to another service.

Searches each synonym of each service alone (one line of a service's synonyms module, in its
own language; hybrid search as a question) and lists the synonyms whose own service is not
top-1: a synonym of A that is a better match for B's name or texts pulls A's askers to B (or
B's to A). The misses are grouped by pair own -> got, most first, with the languages and the
synonyms, so a pair that recurs over languages (the same word in every language's list) is
fixed as content: qualify the synonym with a word of its own service, or leave it to B. Reads
no question set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from typing import Any

from lotse.ask.eval.__main__ import _prepare, _setup


def synonym_lines(text: str) -> list[str]:
    """The synonyms of a synonyms module's text: one a line, blank lines left out."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def by_pair(misses: list[dict[str, Any]]) -> list[tuple[tuple[str, str], list[dict[str, Any]]]]:
    """(own, got) -> the synonyms routed so, the pairs with most misses first."""
    pairs: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for miss in misses:
        pairs[(miss["service"], miss["top"][0] if miss["top"] else "-")].append(miss)
    return sorted(pairs.items(), key=lambda item: (-len(item[1]), item[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--city", default="dortmund", help="city slug (default dortmund)")
    parser.add_argument("--min", type=int, default=1, help="least misses of a printed pair")
    parser.add_argument("--json", help="write every synonym miss to this file")
    args = parser.parse_args(argv)
    _setup(None)
    city = _prepare(args.city)
    from lotse.ask.selectors import search
    from lotse.catalog.models import ServiceText, TextModule

    rows = ServiceText.objects.filter(service__city=city, module=TextModule.SYNONYMS)
    misses = []
    total = 0
    for key, language, text in rows.values_list("service__key", "language", "text"):
        for synonym in synonym_lines(text):
            total += 1
            answer = search(city=city, query=synonym, language=language, limit=3, with_answer=False)
            keys = [hit.key for hit in answer.hits]
            if keys and keys[0] == key:
                continue
            misses.append(
                {
                    "service": key,
                    "lang": language,
                    "synonym": synonym,
                    "top": keys,
                    "top3": key in keys,
                }
            )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(misses, out, ensure_ascii=False, indent=1)
    print(f"{len(misses)} of {total} synonyms do not find their own service first")
    print(f"{'n':>3} {'T3':>3}  own -> got  | languages | synonyms")
    for (own, got), found in by_pair(misses):
        if len(found) < args.min:
            continue
        langs = ",".join(sorted({m["lang"] for m in found}))
        in_top3 = sum(m["top3"] for m in found)
        words = "; ".join(m["synonym"] for m in found[:6])
        print(f"{len(found):>3} {in_top3:>3}  {own} -> {got}  | {langs} | {words}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
