"""make bench-cases: p50/p95 of an office's task list and of the leads' dashboard, with
100,000 cases and 500,000 tasks generated into a fresh database.

SQLite always (a temporary file); PostgreSQL instead when DATABASE_URL points to one (a
throw-away database `lotse_bench_cases_<pid>` is created next to it and dropped after; the
role needs CREATEDB). Prints the machine, the data sizes, the generation time and a table
of p50/p95/req/s/errors per endpoint. Only 127.0.0.1; the whole run is bounded in time
(BENCH_SECONDS per endpoint, 20 by default; about 3 minutes in all on 2 cores).
Set BENCH_CASES for fewer cases (5 tasks each)."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

from common import Result, bench_env, gunicorn, load, machine, manage

CASES = int(os.environ.get("BENCH_CASES", "100000"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "20"))
WORKERS = 2
CONCURRENCY = 8


@contextlib.contextmanager
def database(tmp: str) -> Iterator[tuple[str, str]]:
    """(DATABASE_URL, label) of a fresh database: PostgreSQL if DATABASE_URL names one,
    else a SQLite file in tmp."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{tmp}/bench.sqlite3", "SQLite"
        return
    import psycopg  # only needed here

    name = f"lotse_bench_cases_{os.getpid()}"
    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(path="/postgres", scheme="postgresql"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}")), "PostgreSQL"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def session_cookie(port: int, username: str, password: str) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", "/en/staff/login/")
    response = conn.getresponse()
    response.read()
    cookies = response.headers.get_all("Set-Cookie") or []
    csrf = next(c.split(";")[0].split("=", 1)[1] for c in cookies if c.startswith("csrftoken="))
    body = f"username={username}&password={password}&csrfmiddlewaretoken={csrf}"
    conn.request(
        "POST", "/en/staff/login/", body=body,
        headers={"Content-Type": "application/x-www-form-urlencoded",
                 "Cookie": f"csrftoken={csrf}", "Referer": f"http://127.0.0.1:{port}/"},
    )  # fmt: skip
    response = conn.getresponse()
    response.read()
    session = next(
        c.split(";")[0] for c in response.headers.get_all("Set-Cookie") or [] if "sessionid" in c
    )
    conn.close()
    return session


def token(port: int, username: str, password: str) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request(
        "POST", "/api/v1/auth/token", body=json.dumps({"username": username, "password": password}),
        headers={"Content-Type": "application/json"},
    )  # fmt: skip
    data = json.loads(conn.getresponse().read())
    conn.close()
    return str(data["token"])


def get(port: int, path: str, headers: dict[str, str]) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path, headers=headers)
    body = conn.getresponse().read().decode()
    conn.close()
    return body


def table(results: list[Result]) -> str:
    lines = [
        f"| {'endpoint':<38} | {'p50 ms':>8} | {'p95 ms':>8} | {'req/s':>7} | {'errors':>6} "
        f"| {'requests':>8} |",
        f"|{'-' * 40}|{'-' * 10}|{'-' * 10}|{'-' * 9}|{'-' * 8}|{'-' * 10}|",
    ]
    for r in results:
        lines.append(
            f"| {r.name:<38} | {r.pct(50):8.1f} | {r.pct(95):8.1f} | {r.rps:7.1f} "
            f"| {r.errors:>6} | {r.count:>8} |"
        )
    return "\n".join(lines)


def main() -> int:
    began = time.monotonic()
    with (
        tempfile.TemporaryDirectory(prefix="lotse-bench-cases-") as tmp,
        database(tmp) as (
            url,
            label,
        ),
    ):
        env = bench_env(tmp, database_url=url)
        started = time.monotonic()
        manage(env, "migrate", "-v0")
        manage(env, "catalog_load", "dortmund")
        prepared = time.monotonic() - started
        started = time.monotonic()
        generated = manage(env, "cases_generate", "--cases", str(CASES)).strip()
        generation = time.monotonic() - started
        with gunicorn(env, workers=WORKERS) as port:
            page_headers = {
                "Cookie": session_cookie(port, "bench-buergerdienste", "bench-password")
            }
            api_headers = {
                "Authorization": f"Bearer {token(port, 'bench-migration-office', 'bench-password')}"
            }
            found = re.search(r"([\d,.]+) tasks", get(port, "/en/staff/tasks/", page_headers))
            api_open = json.loads(get(port, "/api/v1/tasks", api_headers)).get("count", "?")
            print(f"machine: {machine()}; load average before the run: {os.getloadavg()[0]:.1f}")
            print(f"server: gunicorn {WORKERS} sync workers, {label}; concurrency {CONCURRENCY}")
            print(f"data: {CASES:,} cases, {CASES * 5:,} tasks; open tasks at Bürgerdienste: "
                  f"{found.group(1) if found else '?'}, at the migration office: {api_open}")  # fmt: skip
            print(
                f"migrate + catalog: {prepared:.1f} s; generation: {generation:.1f} s ({generated})"
            )
            results = []
            for name, paths, headers in [
                ("office task list page (pages 1..3)",
                 [f"/en/staff/tasks/?page={p}" for p in (1, 2, 3)], page_headers),
                ("office task list, done (pages 1, 50)",
                 ["/en/staff/tasks/?status=done", "/en/staff/tasks/?status=done&page=50"],
                 page_headers),
                ("office task list API (pages 1, 2)",
                 ["/api/v1/tasks", "/api/v1/tasks?page=2"], api_headers),
                ("dashboard page (city, 12 weeks)", ["/en/staff/dashboard/"], page_headers),
                ("dashboard CSV", ["/en/staff/dashboard/?format=csv"], page_headers),
            ]:  # fmt: skip
                load(port, paths, name="warm-up", max_requests=16, max_seconds=10, headers=headers)
                results.append(
                    load(port, paths, name=name, concurrency=CONCURRENCY, max_requests=1000,
                         max_seconds=SECONDS, headers=headers)
                )  # fmt: skip
        print(table(results))
        print(
            f"load average after the run: {os.getloadavg()[0]:.1f} (other processes share the cores)"
        )
        print(f"whole run: {time.monotonic() - began:.0f} s")
        return 0 if all(r.errors == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
