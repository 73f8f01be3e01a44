"""Shared benchmark helpers: a throw-away server on 127.0.0.1 and a bounded load loop."""

from __future__ import annotations

import contextlib
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")


# Process ids of the gunicorn masters started here (newest last), for CPU accounting.
SERVERS: list[int] = []


def worker_cpu_seconds(master: int) -> float:
    """User + system CPU seconds of the worker processes of a gunicorn master so far."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == master:  # ppid
                total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def gunicorn(
    env: dict[str, str], *, workers: int = 2, extra: tuple[str, ...] = ()
) -> Iterator[int]:
    """gunicorn serving Lotse on a free port of 127.0.0.1 with `env`; yields the port once it
    accepts connections, stops it afterwards."""
    port = free_port()
    command = [GUNICORN, "lotse.wsgi", "-w", str(workers), "-b", f"127.0.0.1:{port}"]
    proc = subprocess.Popen([*command, "--log-level", "warning", *extra], cwd=ROOT, env=env)
    SERVERS.append(proc.pid)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            time.sleep(0.2)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def bench_env(tmp: str, *, database_url: str | None = None, **settings: str) -> dict[str, str]:
    """The environment of a throw-away Lotse: development settings, its data in `tmp` and a
    SQLite database there unless `database_url` names one; `settings` add more variables."""
    env = dict(os.environ)
    env.update(
        LOTSE_ENV="development",
        LOTSE_DEBUG="0",
        LOTSE_DATA_DIR=tmp,
        DATABASE_URL=database_url or f"sqlite:///{tmp}/bench.sqlite3",
        LOTSE_LOG_LEVEL="WARNING",
        **settings,
    )
    return env


def manage(env: dict[str, str], *args: str) -> str:
    """Run a manage.py command; returns what it printed (its errors go to the terminal)."""
    done = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return done.stdout


@contextlib.contextmanager
def server(
    *,
    workers: int = 2,
    load: tuple[str, ...] = ("dortmund",),
    prepare: Callable[[dict[str, str]], None] | None = None,
) -> Iterator[int]:
    """Migrate a fresh SQLite database, load cities, run gunicorn on 127.0.0.1; yield the port.
    `prepare(env)` runs after loading and before the server starts (e.g. to generate data)."""
    with tempfile.TemporaryDirectory(prefix="lotse-bench-") as tmp:
        env = bench_env(tmp)
        manage(env, "migrate", "-v0")
        for city in load:
            manage(env, "catalog_load", city)
        if load:
            # catalog_load leaves the search index to the task worker; no worker runs here.
            manage(env, "search_reindex", "--no-embed", *load)
        if prepare is not None:
            prepare(env)
        with gunicorn(env, workers=workers) as port:
            yield port


@dataclass
class Result:
    name: str
    count: int
    errors: int
    seconds: float
    latencies: list[float]

    @property
    def rps(self) -> float:
        return self.count / self.seconds if self.seconds else 0.0

    def pct(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000

    def line(self) -> str:
        return (
            f"{self.name:<40} {self.count:>6} req {self.errors:>4} err {self.rps:>8.1f} req/s "
            f"p50 {self.pct(50):6.1f} ms  p95 {self.pct(95):6.1f} ms  "
            f"mean {statistics.fmean(self.latencies) * 1000 if self.latencies else 0:6.1f} ms"
        )


def load(
    port: int,
    paths: list[str],
    *,
    name: str,
    concurrency: int = 8,
    max_requests: int = 2000,
    max_seconds: float = 20.0,
    headers: dict[str, str] | None = None,
) -> Result:
    """Send GETs from `concurrency` threads (keep-alive) until a count or time bound is hit."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    issued = 0
    stop_at = time.monotonic() + max_seconds

    def worker() -> None:
        nonlocal issued, errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        i = 0
        while True:
            with lock:
                if issued >= max_requests or time.monotonic() > stop_at:
                    break
                issued += 1
            path = paths[i % len(paths)]
            i += 1
            start = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers or {})
                response = conn.getresponse()
                response.read()
                ok = response.status < 400
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                if not ok:
                    errors += 1
        conn.close()

    began = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Result(
        name=name,
        count=len(latencies),
        errors=errors,
        seconds=time.perf_counter() - began,
        latencies=latencies,
    )


def machine() -> str:
    return f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, {os.uname().sysname} {os.uname().machine}"


def summary(times: list[float]) -> dict[str, float]:
    """n, mean, p50, p95 and max of a list of timings (in their own unit)."""
    ordered = sorted(times)
    return {
        "n": len(ordered),
        "mean": statistics.fmean(ordered),
        "p50": statistics.median(ordered),
        "p95": ordered[int(0.95 * (len(ordered) - 1))],
        "max": ordered[-1],
    }


def start_ready(
    argv: list[str], *, cwd: Path, env: dict[str, str], stderr: int | None = None
) -> subprocess.Popen[str]:
    """Starts a bench worker process that prints "ready" once set up, and waits for that line;
    its stdin and stdout stay open for the questions and the timings (the A/B benches)."""
    proc = subprocess.Popen(
        argv,
        cwd=cwd,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
    )
    assert proc.stdout is not None
    for out in proc.stdout:
        if out.strip() == "ready":
            return proc
    raise SystemExit(f"the worker of {cwd} did not start")
