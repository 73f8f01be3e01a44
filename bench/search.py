"""`make bench-search`: latency and throughput of GET /api/v1/search over HTTP.

Starts its own gunicorn (2 workers, production's deploy/gunicorn.conf.py, so each worker loads
every city's index and answer tables before it takes requests) on 127.0.0.1 with a temporary
SQLite database, loads
Dortmund, then a synthetic catalog of 50 cities x 400 services, and reports for each: index
build time, memory of the workers, p50/p95 at concurrency 1 and queries per second (with
p50/p95) at concurrency 8. Requests are bounded by count and time; only 127.0.0.1 is used.

Embeddings: passage embeddings are stored by text digest. Dortmund's come from its shipped file
(data/cities/dortmund/search-embeddings.npz), so nothing is computed; the first synthetic city
is analysed like a real catalog, the others copy its rows in SQL. Synthetic services reuse
Dortmund's titles and summaries, so their passages
share those embeddings (as cities share the federal texts of the same services).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
HOST = "127.0.0.1"
MAX_SECONDS = 60.0  # upper bound of one measurement phase
WARM_SECONDS = 600.0  # upper bound of a server start (both workers warm every city) or the warm-up

SYNTHETIC = r"""
import random, time, uuid
from django.db import connection, transaction
from lotse.catalog.models import Office, OfficeText, Responsibility, Service, ServiceText
from lotse.core.models import City
from lotse.ask.models import SearchDocument, SearchEmbedding, SearchIndexState, SearchPassage, SearchPosting
from lotse.ask.services import search_embed_missing, search_index_city

CITIES, SERVICES = {cities}, {services}
started = time.perf_counter()
base = City.objects.get(slug="dortmund")
templates = list(Service.objects.filter(city=base).prefetch_related("texts").order_by("key"))
keep = {{"name", "summary", "synonyms", "body"}}
rng = random.Random(7)


def new_city(c):
    city = City.objects.create(slug=f"synth-{{c:02d}}", names={{"de": f"Synthstadt {{c}}"}},
        state="NW", welcome_office_key="welcome", fallback_service_key="s-000")
    office = Office.objects.create(city=city, key="welcome", phone="+49 0", email="w@example.org")
    OfficeText.objects.create(office=office, field="name", language="de", text="Welcome Center",
                              status="original")
    return city, office


# City 0 is built and analysed like a real catalog ...
with transaction.atomic():
    first, office = new_city(0)
    rows = []
    services = Service.objects.bulk_create(
        [Service(city=first, key=f"s-{{i:03d}}") for i in range(SERVICES)])
    for i, service in enumerate(services):
        template = templates[i % len(templates)]
        for t in template.texts.all():
            if t.module not in keep or (t.module == "body" and t.language not in ("de", "en")):
                continue
            text = t.text
            if t.module == "body":
                text = text.split("\n\n")[0] + f" Kennziffer {{i}} Bezirk {{rng.randint(1, 99)}}."
            rows.append(ServiceText(service=service, module=t.module, language=t.language,
                                    text=text, status=t.status))
    ServiceText.objects.bulk_create(rows, batch_size=5000)
    Responsibility.objects.bulk_create(
        [Responsibility(city=first, service=s, office=office) for s in services])
search_index_city(city=first)  # also takes passage embeddings from the shipped file
analysed = time.perf_counter() - started


# ... the other cities copy its catalog and index rows in SQL (same texts, same index).
def columns(model):
    return [f.column for f in model._meta.concrete_fields if f.column != "id"]


def copy(cursor, model, subst, where, join=""):
    table = model._meta.db_table
    cols = columns(model)
    select = ", ".join(subst.get(c, "t." + c) for c in cols)
    cursor.execute(f"INSERT INTO {{table}} ({{', '.join(cols)}}) SELECT {{select}} "
                   f"FROM {{table}} t {{join}} WHERE {{where}}")


service_table = Service._meta.db_table
by_key = (f"JOIN {{service_table}} s ON s.id = t.service_id "
          f"JOIN {{service_table}} ns ON ns.city_id = %d AND ns.key = s.key")
for c in range(1, CITIES):
    with transaction.atomic(), connection.cursor() as cursor:
        city, office = new_city(c)
        new, old = int(city.pk), int(first.pk)
        copy(cursor, Service, {{"city_id": str(new)}}, f"t.city_id = {{old}}")
        join = by_key % new
        copy(cursor, ServiceText, {{"service_id": "ns.id"}}, f"s.city_id = {{old}}", join)
        copy(cursor, Responsibility, {{"city_id": str(new), "service_id": "ns.id",
             "office_id": str(int(office.pk))}}, f"t.city_id = {{old}}", join)
        for model in (SearchDocument, SearchPosting, SearchPassage):
            copy(cursor, model, {{"city_id": str(new), "service_id": "ns.id"}},
                 f"t.city_id = {{old}}", join)
        SearchIndexState.objects.create(city=city, generation=uuid.uuid4().hex)
computed = search_embed_missing(city=first)
digests = set(SearchPassage.objects.values_list("digest", flat=True))
stored = SearchEmbedding.objects.filter(digest__in=digests).count()
print(f"{{time.perf_counter() - started:.1f}} {{analysed:.1f}} {{len(digests)}} {{stored}} {{computed}}")
"""


def _env(db: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "LOTSE_ENV": "development",
            "LOTSE_DEBUG": "0",
            "DATABASE_URL": f"sqlite:///{db}",
            "LOTSE_DATA_DIR": str(db.parent),
            "PYTHONDONTWRITEBYTECODE": "1",
            # Every question is embedded afresh: the figures are for questions not seen before.
            "LOTSE_ASK_QUERY_CACHE": "0",
        }
    )
    return env


def _manage(env: dict[str, str], *args: str) -> str:
    out = subprocess.run(
        [PY, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return out.stdout.strip()


def _timed(fn, *args):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - started, result


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _rss_mb(pid: int) -> float:
    total = 0
    for child in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{child}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def _worker_rss(pid: int) -> list[float]:
    return [round(_rss_mb_one(child), 1) for child in _children(pid)]


def _rss_mb_one(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _get(port: int, path: str) -> tuple[int, float]:
    started = time.perf_counter()
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        status = response.status
    finally:
        conn.close()
    return status, (time.perf_counter() - started) * 1000


def _paths(cities: list[str], questions: list[str], n: int, rng: random.Random) -> list[str]:
    return [
        "/api/v1/search?"
        + urllib.parse.urlencode({"city": rng.choice(cities), "q": rng.choice(questions)})
        for _ in range(n)
    ]


def _run(
    port: int, paths: list[str], concurrency: int, budget: float = MAX_SECONDS
) -> dict[str, float]:
    deadline = time.perf_counter() + budget
    latencies: list[float] = []
    errors = 0

    def one(path: str) -> None:
        nonlocal errors
        if time.perf_counter() > deadline:
            return
        try:
            status, ms = _get(port, path)
        except OSError:  # a timeout or refused connection counts as an error, not a crash
            errors += 1
            return
        latencies.append(ms)
        if status != 200:
            errors += 1

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(one, paths))
    elapsed = time.perf_counter() - started
    latencies.sort() if latencies else latencies.append(float("nan"))
    return {
        "n": len(latencies),
        "errors": errors,
        "p50": statistics.median(latencies),
        "p95": latencies[int(0.95 * (len(latencies) - 1))],
        "qps": len(latencies) / elapsed,
    }


def _measure(
    port: int,
    server: subprocess.Popen[bytes],
    name: str,
    cities: list[str],
    questions: list[str],
    n: int,
) -> dict[str, Any]:
    rng = random.Random(1)
    # Both workers warmed themselves before they took requests (deploy/gunicorn.conf.py); these
    # requests check that, and fill the shared answer cache's tables.
    warm = [f"/api/v1/search?city={c}&q=kita" for c in cities for _ in range(3)]
    warm_s, warm_run = _timed(_run, port, warm, 2, WARM_SECONDS)
    print(
        f"{name}: warm-up requests (3 per city) {warm_s:.1f}s, "
        f"{warm_run['errors']} errors; workers RSS {_worker_rss(server.pid)} MB",
        flush=True,
    )
    _run(port, _paths(cities, questions, 40, rng), 2)
    sequential = _run(port, _paths(cities, questions, n, rng), 1)
    concurrent = _run(port, _paths(cities, questions, 2 * n, rng), 8)
    result = {
        "catalog": name,
        "memory_mb": round(_rss_mb(server.pid), 1),
        "worker_rss_mb": _worker_rss(server.pid),
        "c1": sequential,
        "c8": concurrent,
    }
    print(json.dumps(result), flush=True)
    return result


def _serve(env: dict[str, str]) -> tuple[subprocess.Popen[bytes], int]:
    """gunicorn with production's settings (deploy/gunicorn.conf.py: each worker runs
    `process_warm` before it takes requests), 2 workers on a local port."""
    port = _free_port()
    started = time.perf_counter()
    server = subprocess.Popen(
        [
            GUNICORN,
            "lotse.wsgi",
            "-c",
            str(ROOT / "deploy" / "gunicorn.conf.py"),
            "-w",
            "2",
            "-b",
            f"{HOST}:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    deadline = started + WARM_SECONDS
    while time.perf_counter() < deadline:
        try:
            if _get(port, "/healthz")[0] == 200:
                print(
                    f"server ready (workers warmed as in production) in "
                    f"{time.perf_counter() - started:.1f}s; workers RSS {_worker_rss(server.pid)} MB",
                    flush=True,
                )
                return server, port
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def _stop(server: subprocess.Popen[bytes]) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=200, help="requests per phase at concurrency 1")
    parser.add_argument("--cities", type=int, default=50)
    parser.add_argument("--services", type=int, default=400)
    parser.add_argument("--skip-synthetic", action="store_true")
    args = parser.parse_args()
    questions = [
        q["q"] for q in yaml.safe_load((ROOT / "lotse/ask/eval/questions.yaml").read_text("utf-8"))
    ]
    results = []
    with tempfile.TemporaryDirectory(prefix="lotse-bench-") as tmp:
        db = Path(tmp) / "bench.sqlite3"
        env = _env(db)
        try:
            _manage(env, "migrate", "--noinput")
        except subprocess.CalledProcessError as exc:
            # The search needs only its own tables; go on if another app's migration fails.
            print(
                f"warning: full migrate failed ({exc.stderr.strip().splitlines()[-1]}); "
                "migrating the ask app only",
                flush=True,
            )
            _manage(env, "migrate", "ask", "--noinput")
        # No embedding cache is copied in: Dortmund's come from its shipped file, as on a
        # fresh machine.
        load_s, _ = _timed(_manage, env, "catalog_load", "dortmund")
        embed_s, embed_out = _timed(_manage, env, "search_reindex", "dortmund")
        print(
            f"dortmund: catalog_load + lexical index {load_s:.1f}s; embeddings: {embed_out} "
            f"({embed_s:.1f}s)",
            flush=True,
        )
        server, port = _serve(env)
        try:
            results.append(_measure(port, server, "dortmund", ["dortmund"], questions, args.n))
        finally:
            _stop(server)
        if not args.skip_synthetic:
            script = SYNTHETIC.format(cities=args.cities, services=args.services)
            build_s, out = _timed(_manage, env, "shell", "-c", script)
            _total, analysed, passages, stored, computed = out.split()[-5:]
            con = sqlite3.connect(db)
            postings = con.execute("SELECT count(*) FROM ask_searchposting").fetchone()[0]
            con.close()
            print(
                f"synthetic {args.cities}x{args.services}: build + index {build_s:.1f}s "
                f"(first city analysed in {analysed}s, the others copied); {postings} postings; "
                f"{passages} distinct passages, {stored} with an embedding, {computed} computed",
                flush=True,
            )
            server, port = _serve(env)
            try:
                cities = [f"synth-{c:02d}" for c in range(args.cities)]
                results.append(
                    _measure(
                        port,
                        server,
                        f"synthetic {args.cities}x{args.services}",
                        cities,
                        questions,
                        args.n,
                    )
                )
            finally:
                _stop(server)
    print()
    print(
        f"{'catalog':<22}{'mem MB':>8} | {'c=1 p50':>8}{'p95':>7} | "
        f"{'c=8 p50':>8}{'p95':>7}{'qps':>7} | errors"
    )
    for r in results:
        c1, c8 = r["c1"], r["c8"]
        print(
            f"{r['catalog']:<22}{r['memory_mb']:>8} | {c1['p50']:>8.1f}{c1['p95']:>7.1f} | "
            f"{c8['p50']:>8.1f}{c8['p95']:>7.1f}{c8['qps']:>7.1f} | {c1['errors'] + c8['errors']}"
        )
    print(json.dumps(results), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
