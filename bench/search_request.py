"""CPU time of GET /api/v1/search as the server runs it, per step, in-process; A/B.

`make bench-search` times the request over HTTP in wall-clock time, which the shared machine
spreads widely; `bench/search_profile.py` times `selectors.search` and what the API does around
it, without the request. This runs whole requests through the WSGI application in one process
(every middleware, the view, the JSON, the shared page cache in its database, as gunicorn runs
them under bench/search.py's settings: `LOTSE_ENV=development`, the database cache, the
query-vector cache off), on bench/search.py's database (Dortmund loaded and indexed from its
shipped embeddings, built once into `--db`) and its question sample (seed 1: 40 warm-up
requests untimed, then `-n` timed). The process is warmed as a worker is
(`selectors.process_warm`, a full collection, `gc.freeze`). Per request it reports the CPU
(`time.process_time`) until the body is out, and per step: the city query, the question's
language, the page cache's read and write, `selectors.search`, `answer_json`, the JSON, and
what the server's `close()` does after the body (work moved off the asker's wait).

    .venv/bin/python bench/search_request.py [-n 200] [--db DIR]
    .venv/bin/python bench/search_request.py --compare DIR   # DIR: another version's tree

`--compare` runs DIR's code (A) and this tree's (B) in two processes, each on its own copy of
the database, in blocks of `--block` requests alternating which goes first, and checks that
both answered every request with the same status and body size.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import start_ready, summary

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
WARM = 40  # bench/search.py's warm-up requests before its timed phases


def _env(db: Path, root: Path) -> dict[str, str]:
    return {
        **os.environ,
        "LOTSE_ENV": "development",
        "LOTSE_DEBUG": "0",
        "DATABASE_URL": f"sqlite:///{db / 'bench.sqlite3'}",
        "LOTSE_DATA_DIR": str(db),
        "PYTHONDONTWRITEBYTECODE": "1",
        "LOTSE_ASK_QUERY_CACHE": "0",
        "PYTHONPATH": str(root),
    }


def build(db: Path) -> Path:
    """bench/search.py's Dortmund database, made once: `pristine.sqlite3` in `db`."""
    pristine = db / "pristine.sqlite3"
    if pristine.exists():
        return pristine
    work = db / "build"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    env = _env(work, ROOT)
    for args in (["migrate", "--noinput"], ["catalog_load", "dortmund"]):
        subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True)
    subprocess.run([PY, "manage.py", "search_reindex", "dortmund"], cwd=ROOT, env=env, check=True)
    shutil.copy(work / "bench.sqlite3", pristine)
    return pristine


def paths(n: int) -> list[str]:
    """bench/search.py's requests for Dortmund in its order (a city, then a question, drawn
    per request from one `random.Random(1)`): 40 warm-up requests, then n."""
    import yaml

    questions = [
        q["q"] for q in yaml.safe_load((ROOT / "lotse/ask/eval/questions.yaml").read_text("utf-8"))
    ]
    rng = random.Random(1)
    drawn = []
    for _ in range(WARM + n):
        city = rng.choice(["dortmund"])
        drawn.append(
            "/api/v1/search?" + urllib.parse.urlencode({"city": city, "q": rng.choice(questions)})
        )
    return drawn


class Worker:
    """The WSGI application of the tree on PYTHONPATH, warmed as a gunicorn worker is."""

    def __init__(self) -> None:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lotse.settings")
        import gc

        from lotse.wsgi import application  # first: it sets Django up

        from django.core.cache.backends.db import DatabaseCache  # isort: skip
        from django.db import connections  # isort: skip

        from lotse.ask import api, selectors, services  # isort: skip
        from lotse.core import pagecache  # isort: skip

        self.application: Any = application
        selectors.process_warm()
        connections.close_all()
        gc.collect()
        gc.freeze()
        self.steps: dict[str, list[float]] = defaultdict(lambda: [0.0])
        for owner, name, label in (
            (api, "city_for_search", "city"),
            (selectors, "question_language", "language"),
            (pagecache, "_lookup", "cache read"),
            (selectors, "search", "search"),
            (api, "answer_json", "answer_json"),
            (services, "search_miss_record", "miss record"),
            (api, "json_response", "json"),
            (DatabaseCache, "set", "cache write"),
        ):
            self._time(owner, name, label)

    def _time(self, owner: Any, name: str, label: str) -> None:
        inner: Callable[..., Any] = getattr(owner, name)
        steps = self.steps

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                steps[label][0] += (time.process_time() - started) * 1000

        setattr(owner, name, timed)

    def request(self, path: str) -> dict[str, Any]:
        """CPU ms until the body is out, CPU ms of the server's close(), steps, status, size."""
        path_info, _, query = path.partition("?")
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": path_info,
            "QUERY_STRING": query,
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8000",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1",
            "HTTP_HOST": "127.0.0.1:8000",
            "wsgi.input": io.BytesIO(b""),
            "wsgi.errors": sys.stderr,
            "wsgi.url_scheme": "http",
            "wsgi.version": (1, 0),
            "wsgi.multithread": False,
            "wsgi.multiprocess": True,
            "wsgi.run_once": False,
        }
        status: list[str] = []
        self.steps.clear()
        started = time.process_time()
        result = self.application(environ, lambda s, h, e=None: status.append(s))
        body = b"".join(result)
        cpu = (time.process_time() - started) * 1000
        during = {k: v[0] for k, v in self.steps.items()}
        started = time.process_time()
        result.close()
        after = (time.process_time() - started) * 1000
        return {"cpu": cpu, "after": after, "steps": during, "status": status[0], "size": len(body)}


def serve(n: int) -> int:
    """Worker process of `--compare`: request numbers arrive as one JSON list a line."""
    drawn = paths(n)
    worker = Worker()
    for path in drawn[:WARM]:
        worker.request(path)
    print("ready", flush=True)
    for line in sys.stdin:
        answered = [worker.request(drawn[WARM + i]) for i in json.loads(line)]
        print(json.dumps(answered), flush=True)
    return 0


def _spawn(root: Path, db: Path, pristine: Path, n: int) -> subprocess.Popen[str]:
    shutil.rmtree(db, ignore_errors=True)
    db.mkdir(parents=True)
    shutil.copy(pristine, db / "bench.sqlite3")
    argv = [PY, str(Path(__file__).resolve()), "--serve", "-n", str(n)]
    return start_ready(argv, cwd=root, env=_env(db, root), stderr=subprocess.DEVNULL)


def _line(name: str, times: list[float]) -> str:
    s = summary(times)
    return (
        f"{name:<14} mean {s['mean']:6.2f}  p50 {s['p50']:6.2f}"
        f"  p95 {s['p95']:6.2f}  max {s['max']:7.2f} ms CPU"
    )


def report(name: str, rows: list[dict[str, Any]]) -> None:
    print(_line(f"{name} request", [r["cpu"] for r in rows]))
    print(_line(f"{name} close()", [r["after"] for r in rows]))
    labels = sorted({k for r in rows for k in r["steps"]})
    means = {k: round(statistics.fmean(r["steps"].get(k, 0.0) for r in rows), 3) for k in labels}
    print(f"{'':<14} steps (mean ms CPU, before the body is out): {means}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=200, help="timed requests")
    parser.add_argument(
        "--db",
        default=str(Path(tempfile.gettempdir()) / "lotse-request-db"),
        help="where the database is built once and copied from",
    )
    parser.add_argument("--compare", metavar="DIR", help="A/B against the code in DIR")
    parser.add_argument("--block", type=int, default=25, help="requests per A/B block")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:  # a worker imports the code of its tree (PYTHONPATH)
        return serve(args.n)
    db = Path(args.db)
    pristine = build(db)
    trees = {"A": Path(args.compare).resolve(), "B": ROOT} if args.compare else {"B": ROOT}
    procs = {name: _spawn(root, db / name, pristine, args.n) for name, root in trees.items()}
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
    try:
        for number, start in enumerate(range(0, args.n, args.block)):
            block = list(range(start, min(args.n, start + args.block)))
            for name in sorted(trees, reverse=number % 2 == 1):
                proc = procs[name]
                assert proc.stdin is not None and proc.stdout is not None
                proc.stdin.write(json.dumps(block) + "\n")
                proc.stdin.flush()
                rows[name].extend(json.loads(proc.stdout.readline()))
    finally:
        for proc in procs.values():
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait(timeout=60)
    for name, root in trees.items():
        print(f"{name} = {root}")
        report(name, rows[name])
    if args.compare:
        a, b = rows["A"], rows["B"]
        faster = sum(1 for x, y in zip(a, b, strict=True) if y["cpu"] < x["cpu"])
        print(f"B faster on {faster} of {args.n} requests")
        differ = sum(
            1
            for x, y in zip(a, b, strict=True)
            if (x["status"], x["size"]) != (y["status"], y["size"])
        )
        print(f"responses differing in status or size: {differ}")
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
