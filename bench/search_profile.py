"""`make bench-search-profile`: CPU time per question of the search API, in-process.

`make bench-search` times GET /api/v1/search through gunicorn in wall-clock time, which the
shared machine spreads by ±20 %. This times the same work in the CPU time of one process
(`time.process_time()`), on the bench's own question sample: Dortmund loaded and indexed as
the evaluation does it (`python -m lotse.ask.eval`: temporary SQLite database, shipped
embeddings), the process warmed as a gunicorn worker is (`selectors.process_warm`), the
query-vector cache off (every question is embedded), and the questions drawn from
`lotse/ask/eval/questions.yaml` exactly as bench/search.py draws them (seed 1: its 40 warm-up
requests are run first and not counted, then the n questions of its concurrency-1 phase and the
2n of its concurrency-8 phase are timed). Each question runs what the API does for a question
not in the page cache (`api.search_json` without the cache): the city and its index generation
in one query, the question's language, `selectors.search`, `api.answer_json`.

Prints CPU milliseconds per question (mean, p50, p95, max), the database queries per question
after the warm-up (one is expected: the city with its index generation), and with `--profile`
the cProfile top functions by cumulative and by own time (the timed pass runs under the
profiler then, so its times include the profiler's overhead: time without `--profile`).

A/B: `--compare DIR` runs the sample in two worker processes, this tree's code and DIR's (a
checkout of another version, e.g. `git archive <commit> | tar -x -C DIR`), in blocks of
`--block` questions alternating which goes first, so load on the machine falls on both alike;
it prints both with and without the model's own call, and checks that both gave the same
results and answers for every question.

    .venv/bin/python bench/search_profile.py [-n 200] [--profile] [--top 30]
    .venv/bin/python bench/search_profile.py --compare /tmp/lotse-base [-n 200] [--block 25]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from common import start_ready, summary

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
WARM = 40  # bench/search.py's warm-up requests before its timed phases


def sample(n: int) -> list[str]:
    """bench/search.py's questions for Dortmund in the order it asks them: 40 warm-up
    requests, then n at concurrency 1 and 2n at concurrency 8 (`_paths`: a city, then a
    question, drawn per request from one `random.Random(1)`)."""
    import yaml

    questions = [
        q["q"] for q in yaml.safe_load((ROOT / "lotse/ask/eval/questions.yaml").read_text("utf-8"))
    ]
    rng = random.Random(1)
    drawn = []
    for _ in range(WARM + n + 2 * n):
        rng.choice(["dortmund"])  # the bench draws the city first (one city: no choice)
        drawn.append(rng.choice(questions))
    return drawn


class Runner:
    """Dortmund loaded as the evaluation loads it, one question at a time as the API asks it."""

    def __init__(self) -> None:
        os.environ["LOTSE_ASK_QUERY_CACHE"] = "0"
        from lotse.ask.eval.__main__ import _prepare, _setup

        _setup(None)
        self.city = _prepare("dortmund")
        from lotse.ask import selectors, semantic

        started, cpu = time.perf_counter(), time.process_time()
        selectors.process_warm()
        print(
            f"warm-up {time.perf_counter() - started:.1f}s, {time.process_time() - cpu:.1f}s CPU",
            file=sys.stderr,
        )
        # The model's own CPU time, to tell it from the rest.
        self.model_ms = 0.0
        model = semantic._get_model()
        if model is not None:
            query = model.query

            def timed(*args: Any, **kwargs: Any) -> Any:
                started = time.process_time()
                try:
                    return query(*args, **kwargs)
                finally:
                    self.model_ms += (time.process_time() - started) * 1000

            model.query = timed

    def ask(self, question: str) -> tuple[float, int, str]:
        """CPU milliseconds, database queries and a digest of the API's answer."""
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        from lotse.ask import api, selectors

        with CaptureQueriesContext(connection) as queries:
            started = time.process_time()
            city, generation = api.city_for_search("dortmund")
            index = selectors.city_index(city, generation)
            language = selectors.question_language(index, question)
            answer = selectors.search(
                city=city, query=question, language=language, limit=5, generation=generation
            )
            result = api.answer_json(answer, city)
            api._miss(answer)
            cpu = (time.process_time() - started) * 1000
        digest = hashlib.blake2b(
            json.dumps(result, sort_keys=True, default=str).encode(), digest_size=8
        ).hexdigest()
        return cpu, len(queries.captured_queries), digest


def line(name: str, s: dict[str, float]) -> str:
    return (
        f"{name:<10} n={s['n']:<5} mean {s['mean']:6.2f}  p50 {s['p50']:6.2f}  "
        f"p95 {s['p95']:6.2f}  max {s['max']:7.2f} ms CPU"
    )


def single(args: argparse.Namespace) -> int:
    import cProfile
    import pstats

    questions = sample(args.n)
    runner = Runner()
    for q in questions[:WARM]:
        runner.ask(q)
    times, model, queries = [], [], []
    profiler = cProfile.Profile() if args.profile else None
    if profiler is not None:
        profiler.enable()
    for q in questions[WARM:]:
        before = runner.model_ms
        cpu, count, _ = runner.ask(q)
        times.append(cpu)
        model.append(runner.model_ms - before)
        queries.append(count)
    if profiler is not None:
        profiler.disable()
    under = " (under the profiler)" if profiler is not None else ""
    print(line("questions", summary(times)) + under)
    print(line("model", summary(model)) + " (the e5 model's own call)")
    print(line("rest", summary([t - m for t, m in zip(times, model, strict=True)])))
    extra = sum(1 for c in queries if c != 1)
    print(
        f"database queries per question: mean {statistics.fmean(queries):.2f}, "
        f"max {max(queries)}; questions with other than one: {extra}"
    )
    if profiler is not None:
        if args.save:
            profiler.dump_stats(args.save)
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.strip_dirs()
        for key in ("cumulative", "tottime"):
            print(f"\n--- top {args.top} by {key} ---")
            stats.sort_stats(key).print_stats(args.top)
    return 0


def worker(args: argparse.Namespace) -> int:
    """Asks the questions whose numbers arrive on stdin (one JSON list a line); answers one
    JSON list of [cpu, queries, digest] a line."""
    questions = sample(args.n)
    runner = Runner()
    for q in questions[:WARM]:
        runner.ask(q)
    print("ready", flush=True)
    for raw in sys.stdin:
        answered = []
        for i in json.loads(raw):
            before = runner.model_ms
            cpu, count, digest = runner.ask(questions[i])
            answered.append((cpu, runner.model_ms - before, count, digest))
        print(json.dumps(answered), flush=True)
    return 0


def _spawn(root: Path, n: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"}
    argv = [PY, str(Path(__file__).resolve()), "--worker", "-n", str(n)]
    return start_ready(argv, cwd=root, env=env)


def compare(args: argparse.Namespace) -> int:
    other = Path(args.compare).resolve()
    names = {"A": other, "B": ROOT}
    procs = {name: _spawn(root, args.n) for name, root in names.items()}
    measured = list(range(WARM, WARM + 3 * args.n))
    times: dict[str, list[float]] = {"A": [], "B": []}
    model: dict[str, list[float]] = {"A": [], "B": []}
    digests: dict[str, list[str]] = {"A": [], "B": []}
    queries: dict[str, list[int]] = {"A": [], "B": []}
    try:
        for b, start in enumerate(range(0, len(measured), args.block)):
            block = measured[start : start + args.block]
            for name in ("A", "B") if b % 2 == 0 else ("B", "A"):
                proc = procs[name]
                assert proc.stdin is not None and proc.stdout is not None
                proc.stdin.write(json.dumps(block) + "\n")
                proc.stdin.flush()
                for cpu, own, count, digest in json.loads(proc.stdout.readline()):
                    times[name].append(cpu)
                    model[name].append(own)
                    queries[name].append(count)
                    digests[name].append(digest)
    finally:
        for proc in procs.values():
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait(timeout=60)
    print(f"A = {names['A']}\nB = {names['B']}")
    for name in ("A", "B"):
        print(line(name, summary(times[name])) + f"  queries max {max(queries[name])}")
        rest = [t - m for t, m in zip(times[name], model[name], strict=True)]
        print(line(f"{name} rest", summary(rest)) + "  (without the model's own call)")
    faster = sum(1 for a, b in zip(times["A"], times["B"], strict=True) if b < a)
    print(f"B faster on {faster} of {len(measured)} questions")
    differ = [i for i, (a, b) in enumerate(zip(digests["A"], digests["B"], strict=True)) if a != b]
    print(f"answers differing between A and B: {len(differ)}")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=200, help="bench/search.py's -n (timed: 3n)")
    parser.add_argument("--profile", action="store_true", help="cProfile top functions")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--save", metavar="FILE", help="with --profile: the raw cProfile stats")
    parser.add_argument("--compare", metavar="DIR", help="A/B against the code in DIR")
    parser.add_argument("--block", type=int, default=25, help="questions per A/B block")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.worker:  # a worker imports the code of its tree (PYTHONPATH)
        sys.path.insert(0, str(ROOT))
    if args.worker:
        return worker(args)
    if args.compare:
        return compare(args)
    return single(args)


if __name__ == "__main__":
    sys.exit(main())
