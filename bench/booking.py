"""make bench-booking: 500+ concurrent booking attempts on 10 slots against gunicorn workers.

Runs on SQLite (always) and on PostgreSQL (when DATABASE_URL points to one; that database is
migrated and gets a bench appointment type). Prints seats booked and available, overbookings
(must be 0), 5xx count (must be 0), booking attempts per second, and the slot-listing rate.
Only 127.0.0.1; counts and time are bounded."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator

from common import PYTHON, ROOT, bench_env, gunicorn, load, machine, manage

ATTEMPTS = int(os.environ.get("BENCH_ATTEMPTS", "600"))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "48"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "4"))
SLOTS = 10
CAPACITY = 3

SETUP = """
import datetime as dt, json, sys
from zoneinfo import ZoneInfo
from django.utils import timezone
from lotse.appointments.models import AppointmentType, Slot
from lotse.catalog.models import Office
key = sys.argv[1]
office = Office.objects.get(city__slug="dortmund", key="welcome-center")
type_ = AppointmentType.objects.create(city=office.city, key=key, office=office, mode="in_person",
    names={"en": "Bench"}, duration_minutes=30, capacity=CAPACITY, min_notice_hours=0,
    booking_window_days=0, generated_until=timezone.localdate() + dt.timedelta(days=400))
day = timezone.localdate() + dt.timedelta(days=200)
ids = []
for i in range(SLOTS):
    start = dt.datetime.combine(day, dt.time(8, 0), tzinfo=ZoneInfo("Europe/Berlin")) + dt.timedelta(minutes=30 * i)
    ids.append(Slot.objects.create(type=type_, start=start, end=start + dt.timedelta(minutes=30), capacity=CAPACITY).pk)
print(json.dumps({"slots": ids, "date": day.isoformat()}))
""".replace("CAPACITY", str(CAPACITY)).replace("SLOTS", str(SLOTS))

CHECK = """
import json, sys
from django.db.models import Count, Q
from lotse.appointments.models import Slot
rows = Slot.objects.filter(type__key=sys.argv[1]).annotate(
    held=Count("claims", filter=Q(claims__released_at__isnull=True)))
print(json.dumps([{"id": s.pk, "capacity": s.capacity, "taken": s.taken, "held": s.held} for s in rows]))
"""


def django_run(env: dict[str, str], code: str, *args: str) -> str:
    script = "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'lotse.settings'); django.setup()\n"
    result = subprocess.run(
        [PYTHON, "-c", script + code, *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip().splitlines()[-1]


@contextlib.contextmanager
def booking_server(database_url: str | None) -> Iterator[tuple[int, dict[str, str]]]:
    with tempfile.TemporaryDirectory(prefix="lotse-bench-booking-") as tmp:
        env = bench_env(
            tmp,
            database_url=database_url,
            LOTSE_EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
            # Every attempt comes from 127.0.0.1: the per-address limits would stop the race
            # long before capacity is tested. Per-e-mail limits stay on (unique e-mails).
            LOTSE_BOOKING_MAX_ACTIVE_PER_IP="0",
            LOTSE_BOOKING_RATE_WITHOUT_PROOF="1000000",
            LOTSE_BOOKING_RATE_WITH_PROOF="1000000",
        )
        manage(env, "migrate", "-v0")
        manage(env, "catalog_load", "dortmund")
        with gunicorn(env, workers=WORKERS, extra=("--timeout", "60")) as port:
            yield port, env


def storm(port: int, slots: list[int]) -> tuple[Counter[int], float]:
    statuses: Counter[int] = Counter()
    lock = threading.Lock()
    barrier = threading.Barrier(CONCURRENCY)
    counter = iter(range(ATTEMPTS))

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        barrier.wait()
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                break
            body = json.dumps(
                {
                    "slot": slots[i % len(slots)],
                    "name": f"Bench {i}",
                    "email": f"b{i}@bench.example",
                    "language": "en",
                }
            )
            try:
                conn.request("POST", "/api/v1/bookings", body, {"Content-Type": "application/json"})
                response = conn.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                status = 599
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            with lock:
                statuses[status] += 1
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(CONCURRENCY)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    return statuses, time.perf_counter() - began


def run(label: str, database_url: str | None) -> bool:
    with booking_server(database_url) as (port, env):
        key = "bench-" + secrets.token_hex(4)
        setup = json.loads(django_run(env, SETUP, key))
        slots = setup["slots"]
        statuses, seconds = storm(port, slots)
        rows = json.loads(django_run(env, CHECK, key))
        seats = sum(r["capacity"] for r in rows)
        booked = sum(r["held"] for r in rows)
        over = sum(
            max(0, r["held"] - r["capacity"]) + max(0, r["taken"] - r["capacity"]) for r in rows
        )
        mismatch = sum(1 for r in rows if r["held"] != r["taken"])
        errors_5xx = sum(n for status, n in statuses.items() if status >= 500)
        listing = load(
            port,
            [
                f"/api/v1/slots?city=dortmund&type={key}&date_from={setup['date']}&date_to={setup['date']}"
            ],
            name="slot listing (GET /api/v1/slots)",
            concurrency=8,
            max_requests=1500,
            max_seconds=15,
        )
        print(f"--- {label}: gunicorn {WORKERS} sync workers, {CONCURRENCY} client threads")
        print(
            f"booking attempts      {sum(statuses.values())} on {len(slots)} slots in {seconds:.1f} s"
        )
        print(f"status codes          {dict(sorted(statuses.items()))}")
        print(f"seats available       {seats}")
        print(f"seats booked          {booked}  (201 answers: {statuses.get(201, 0)})")
        print(f"overbookings          {over}")
        print(f"counter mismatches    {mismatch}")
        print(f"5xx / failed requests {errors_5xx}")
        print(f"booking attempts/s    {sum(statuses.values()) / seconds:.1f}")
        print(listing.line())
        return (
            over == 0
            and errors_5xx == 0
            and mismatch == 0
            and booked == statuses.get(201, 0) == seats
        )


def main() -> int:
    print(f"machine: {machine()}")
    ok = run("SQLite (WAL, BEGIN IMMEDIATE)", None)
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        ok = run("PostgreSQL", url) and ok
    else:
        print("--- PostgreSQL: skipped (DATABASE_URL does not point to PostgreSQL)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
