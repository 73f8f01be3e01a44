"""`python -m lotse.ask.eval`: top-1, top-3 and MRR per language, lexical vs semantic vs hybrid.

Runs on a fresh temporary SQLite database (or --database): migrates, loads the city (`--city`,
default dortmund; a city's question sets are eval/<city>/*.yaml, Dortmund's eval/*.yaml), indexes
it, takes the stored embeddings from var/ask-embeddings.sqlite3 and computes only the ones
missing there (a text that changed), then saves them back to that file. `--set holdout` scores the held-out questions; never
tune on those.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from lotse.core.datafiles import yaml_safe_load

HERE = Path(__file__).parent
ROOT = HERE.parent.parent.parent
MODES = ("lexical", "semantic", "hybrid")


CACHE = ROOT / "var" / "ask-embeddings.sqlite3"


def _setup(database: str | None) -> None:
    os.environ["LOTSE_ENV"] = "development"
    os.environ.setdefault("LOTSE_DEBUG", "0")
    if database:
        os.environ["DATABASE_URL"] = database
    else:
        tmp = tempfile.mkdtemp(prefix="lotse-ask-eval-")
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/eval.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lotse.settings")
    import django

    django.setup()


def _prepare(city_slug: str) -> Any:
    from django.core.management import call_command

    from lotse.ask.embedding_cache import embeddings_export, embeddings_import
    from lotse.ask.services import search_embed_missing, search_index_city
    from lotse.catalog.services import catalog_load_city

    # Every app: loading the catalog writes rows whose columns come from later migrations
    # than the ones the ask app depends on (e.g. the office texts' review fields).
    call_command("migrate", verbosity=0, interactive=False)
    embeddings_import(path=CACHE)
    started = time.perf_counter()
    city = catalog_load_city(slug=city_slug)
    search_index_city(city=city)
    computed = search_embed_missing(city=city)
    if computed:
        embeddings_export(path=CACHE)
    print(
        f"index ready in {time.perf_counter() - started:.1f}s ({computed} new embeddings computed)",
        file=sys.stderr,
    )
    return city


def question_file(name: str, city: str = "dortmund") -> Path | None:
    """A question set of a city: `eval/<city>/<name>.yaml`; Dortmund's sets are the ones beside
    this file (`eval/<name>.yaml`). None when the city has no such set."""
    own = HERE / city / f"{name}.yaml"
    if own.is_file():
        return own
    if city == "dortmund":
        return HERE / f"{name}.yaml"
    return None


def load_questions(name: str, city: str = "dortmund") -> list[dict[str, Any]]:
    path = question_file(name, city)
    if path is None:
        raise FileNotFoundError(f"no question set {name!r} for city {city!r} in {HERE}")
    return list(yaml_safe_load(path.read_text(encoding="utf-8")))


# A dev set grows by appending each held-out set after its one run, below a line starting with
# this marker: `--parts` reports each of those generations on its own (a change that helps the
# questions tuned on for sessions but not the ones seen once does not generalise).
PART_MARKER = "# --- The "


def question_parts(name: str, city: str = "dortmund") -> list[tuple[str, list[dict[str, Any]]]]:
    """The question set cut at its PART_MARKER lines: (label, questions) in file order."""
    path = question_file(name, city)
    if path is None:
        raise FileNotFoundError(f"no question set {name!r} for city {city!r} in {HERE}")
    chunks: list[list[str]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith(PART_MARKER):
            chunks.append([])
        chunks[-1].append(line)
    parts = []
    for number, chunk in enumerate(chunks):
        questions = list(yaml_safe_load("".join(chunk)) or [])
        if questions:
            parts.append((f"part {number}", questions))
    return parts


def load_part(name: str, city: str, part: int | None) -> list[dict[str, Any]]:
    """The whole question set, or only its part number `part` (as `--parts` numbers them)."""
    if part is None:
        return load_questions(name, city)
    parts = dict(question_parts(name, city))
    label = f"part {part}"
    if label not in parts:
        raise SystemExit(f"{name}: no {label} (parts: {', '.join(parts)})")
    return parts[label]


def evaluate(
    *, city: Any, questions: list[dict[str, Any]], modes: tuple[str, ...] = MODES
) -> dict[str, dict[str, dict[str, float]]]:
    """mode -> language -> {top1, top3, mrr, n} (language "all" for the whole set)."""
    from lotse.ask.selectors import search

    result: dict[str, dict[str, dict[str, float]]] = {}
    for mode in modes:
        sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for question in questions:
            answer = search(city=city, query=question["q"], mode=mode, limit=10)  # type: ignore[arg-type]
            keys = [hit.key for hit in answer.hits]
            expected = set(question["expected"])
            rank = next((i + 1 for i, k in enumerate(keys) if k in expected), None)
            for bucket in (question["lang"], "all"):
                sums[bucket]["n"] += 1
                sums[bucket]["top1"] += rank == 1
                sums[bucket]["top3"] += rank is not None and rank <= 3
                sums[bucket]["mrr"] += 1 / rank if rank else 0.0
                if mode == "hybrid":
                    sums[bucket]["lang_ok"] += answer.language == question["lang"]
        result[mode] = {
            lang: {
                "n": v["n"],
                **{m: v[m] / v["n"] for m in ("top1", "top3", "mrr", "lang_ok")},
            }
            for lang, v in sums.items()
        }
    return result


OFFICE_MODULES = {"addresses", "opening_hours", "phone"}


def answer_verdict(question: dict[str, Any], fact: Any) -> str:
    """correct / wrong / none for one factual question and the answer given."""
    if fact is None:
        return "none"
    modules = set(question["modules"])
    if question.get("office"):
        ok = fact.office == question["office"] and fact.module in modules
    else:
        ok = fact.service == question["service"] and fact.module in modules
    contains = question.get("contains")
    if ok and contains and contains not in fact.text:
        ok = False
    return "correct" if ok else "wrong"


def asked_value_elsewhere(question: dict[str, Any], fact: Any) -> bool:
    """A wrong answer that still states the asked value: the asked service (or office) answered
    from another module than the label names, and the sentence holds the question's `contains`
    (the Anmeldung's "two weeks" told by its deadlines, where the label expects the body). Printed
    beside `wrong`, never counted as correct: the label's module is the target."""
    contains = question.get("contains")
    if fact is None or not contains or contains not in fact.text:
        return False
    if question.get("office"):
        return fact.office == question["office"] and fact.module not in question["modules"]
    return fact.service == question["service"] and fact.module not in question["modules"]


def evaluate_answers(
    *, city: Any, questions: list[dict[str, Any]], show: bool = False
) -> dict[str, dict[str, float]]:
    """language -> {n, correct, wrong, elsewhere, none, top1, top3, mrr, lost_n, lost_ok} (and
    "all"); `elsewhere` counts the wrong answers that state the asked value from another module."""
    from lotse.ask.selectors import search

    sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for question in questions:
        answer = search(city=city, query=question["q"], limit=10)
        keys = [hit.key for hit in answer.hits]
        rank = next((i + 1 for i, k in enumerate(keys) if k == question["service"]), None)
        buckets = (question["lang"], "all")
        if question.get("lost"):
            ok = rank == 1 and answer.fact is None
            for bucket in buckets:
                sums[bucket]["lost_n"] += 1
                sums[bucket]["lost_ok"] += ok
            if show and not ok:
                print(f"LOST-MISS [{question['lang']}] {question['q'][:70]!r} got {keys[:3]}")
            continue
        verdict = answer_verdict(question, answer.fact)
        elsewhere = verdict == "wrong" and asked_value_elsewhere(question, answer.fact)
        for bucket in buckets:
            sums[bucket]["n"] += 1
            sums[bucket][verdict] += 1
            sums[bucket]["elsewhere"] += elsewhere
            sums[bucket]["top1"] += rank == 1
            sums[bucket]["top3"] += rank is not None and rank <= 3
            sums[bucket]["mrr"] += 1 / rank if rank else 0.0
        if show and verdict != "correct":
            fact = answer.fact
            got = f"{fact.service}/{fact.office}/{fact.module}: {fact.text[:60]!r}" if fact else "-"
            print(
                f"{verdict.upper():<5} [{question['lang']}] {question['q'][:60]!r} want "
                f"{question['service']}/{question.get('office', '')}/{question['modules']} "
                f"got {got} top {keys[:2]}"
            )
    return {lang: dict(v) for lang, v in sums.items()}


def print_answers(results: dict[str, dict[str, float]]) -> None:
    languages = [*sorted(k for k in results if k != "all"), "all"]
    print(
        f"{'lang':<5}{'n':>5} | {'correct':>8}{'wrong':>7}{'none':>7} | "
        f"{'top1':>6}{'top3':>7}{'MRR':>7} | {'lost->counselling':>17}"
        f" | wrong, asked value from another module"
    )
    for lang in languages:
        m = results[lang]
        n = m.get("n", 0)
        lost = f"{int(m.get('lost_ok', 0))}/{int(m.get('lost_n', 0))}"
        if not n:
            print(f"{lang:<5}{0:>5} | {'':>22} | {'':>20} | {lost:>17}")
            continue
        print(
            f"{lang:<5}{int(n):>5} | {m.get('correct', 0) / n:>8.3f}{m.get('wrong', 0) / n:>7.3f}"
            f"{m.get('none', 0) / n:>7.3f} | {m.get('top1', 0) / n:>6.3f}{m.get('top3', 0) / n:>7.3f}"
            f"{m.get('mrr', 0) / n:>7.3f} | {lost:>17} | {int(m.get('elsewhere', 0))}"
        )


def print_table(results: dict[str, dict[str, dict[str, float]]]) -> None:
    languages = [*sorted(k for k in results["hybrid"] if k != "all"), "all"]
    header = (
        f"{'lang':<5}{'n':>5} "
        + " ".join(f"| {mode:^20}" for mode in results)
        + f" | {'lang-id':>7}"
    )
    print(header)
    print(f"{'':<10} " + " ".join(f"| {'top1':>6}{'top3':>7}{'MRR':>7}" for _ in results) + " |")
    for lang in languages:
        row = f"{lang:<5}{int(results['hybrid'][lang]['n']):>5} "
        for mode in results:
            m = results[mode][lang]
            row += f"| {m['top1']:>6.3f}{m['top3']:>7.3f}{m['mrr']:>7.3f}"
        row += f" | {results['hybrid'][lang]['lang_ok']:>7.3f}"
        print(row)


def print_parts(city: Any, slug: str) -> int:
    """answers correct/wrong/none and lost, and hybrid routing top-1/top-3, per part."""
    if question_file("answers", slug) is not None:
        print(
            "answers   part     n | correct  wrong   none | lost->counselling"
            " | wrong, asked value from another module"
        )
        for label, questions in question_parts("answers", slug):
            m = evaluate_answers(city=city, questions=questions)["all"]
            n = m.get("n", 0) or 1
            lost = f"{int(m.get('lost_ok', 0))}/{int(m.get('lost_n', 0))}"
            print(
                f"          {label:<7}{int(m.get('n', 0)):>5} | {m.get('correct', 0) / n:>7.3f}"
                f"{m.get('wrong', 0) / n:>7.3f}{m.get('none', 0) / n:>7.3f} | "
                f"{lost:<17} | "
                f"{int(m.get('elsewhere', 0))}"
            )
    print("routing   part     n |  top1   top3 (hybrid)")
    for label, questions in question_parts("questions", slug):
        r = evaluate(city=city, questions=questions, modes=("hybrid",))["hybrid"]["all"]
        print(f"          {label:<7}{int(r['n']):>5} | {r['top1']:.3f}  {r['top3']:.3f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--set",
        default="questions",
        choices=["questions", "holdout"],
        help="holdout: answers_holdout.yaml and holdout.yaml (run once, never tune on it)",
    )
    parser.add_argument(
        "--city",
        default="dortmund",
        help="city slug; its questions are eval/<city>/*.yaml (Dortmund's: eval/*.yaml)",
    )
    parser.add_argument("--database", help="DATABASE_URL to use (default var/ask-eval.sqlite3)")
    parser.add_argument("--misses", action="store_true", help="list hybrid misses (top-3)")
    parser.add_argument(
        "--parts",
        action="store_true",
        help="dev sets only: one summary line per part (each held-out set appended after its run)",
    )
    parser.add_argument(
        "--answers-only", action="store_true", help="only the answers table (no routing modes)"
    )
    parser.add_argument(
        "--part",
        type=int,
        help="dev sets only: score (and list misses of) one part, numbered as --parts prints them",
    )
    args = parser.parse_args(argv)
    if args.part is not None and args.set != "questions":
        parser.error("--part reads the development sets only")
    if question_file(args.set, args.city) is None:
        parser.error(f"city {args.city!r} has no question set {args.set!r} in {HERE / args.city}")
    _setup(args.database)
    city = _prepare(args.city)
    if args.parts:
        if args.set != "questions":
            parser.error("--parts reads the development sets only")
        return print_parts(city, args.city)
    answer_set = "answers" if args.set == "questions" else "answers_holdout"
    if question_file(answer_set, args.city) is None:
        print(f"{answer_set}: none for city {args.city} (routing only)")
    else:
        factual = load_part(answer_set, args.city, args.part)
        started = time.perf_counter()
        answers = evaluate_answers(city=city, questions=factual, show=args.misses)
        print(f"{answer_set}: {len(factual)} questions, city {args.city} (answers and routing)")
        print_answers(answers)
        print(f"({time.perf_counter() - started:.1f}s)")
    if args.answers_only:
        return 0
    questions = load_part(args.set, args.city, args.part)
    started = time.perf_counter()
    results = evaluate(city=city, questions=questions)
    elapsed = time.perf_counter() - started
    print(f"{args.set}: {len(questions)} questions, city {args.city} (routing)")
    print_table(results)
    print(f"({elapsed:.1f}s for {len(questions) * len(MODES)} searches)")
    if args.misses:
        from lotse.ask.selectors import search

        for q in questions:
            answer = search(city=city, query=q["q"], limit=3)
            keys = [h.key for h in answer.hits]
            if not set(q["expected"]) & set(keys):
                print(
                    f"MISS [{q['lang']}->{answer.language}] {q['q'][:70]!r} want "
                    f"{q['expected']} got {keys}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
