"""CPU per request of the `make bench-load` mix, in-process (no server, no network).

The machine is shared, so wall-clock rates are noisy; CPU time of the one process that answers
(`time.process_time()`) is not. This runs the mix of bench/locustfile.py (same endpoints, same
parameters, same weights) through Django's test client on a throw-away environment (SQLite,
DEBUG off, the page cache on, Dortmund loaded with its search index, the bench's appointment
type, staff and cases) and prints, per endpoint, the CPU milliseconds and database queries per
request (mean over BENCH_CPU_REQUESTS requests of the whole mix, after a warm-up of the same
size, so cached pages count as they do in a run: mostly hits, some misses).

    .venv/bin/python bench/cpu.py                   # BENCH_CPU_DIR keeps the environment
    BENCH_CPU_PROFILE="/api/v1/search" .venv/bin/python bench/cpu.py   # + cProfile of one endpoint

The database's own CPU (PostgreSQL in prod-local) is not in these figures: the query count is
there for that.
"""

from __future__ import annotations

import cProfile
import datetime as dt
import json
import os
import pstats
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import PYTHON, ROOT, bench_env, manage
from load import LIMIT_OVERRIDES, SETUP

PREFIX = "bench-load"


def prepare(env: dict[str, str], marker: Path, cases: int) -> dict[str, Any]:
    if marker.exists():
        return dict(json.loads(marker.read_text()))
    manage(env, "migrate", "-v0")
    for command in ("catalog_load", "international_load", "appointments_load"):
        manage(env, command, "dortmund")
    manage(env, "search_reindex")
    head = "import django, os; django.setup()\n"
    done = subprocess.run(
        [PYTHON, "-c", head + SETUP, PREFIX, str(cases), "14"],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "lotse.settings"},
        check=True,
        capture_output=True,
        text=True,
    )
    setup = dict(json.loads(done.stdout.strip().splitlines()[-1]))
    marker.write_text(json.dumps(setup))
    return setup


def _mix_constants() -> Any:
    """bench/locustfile.py's constants, without importing locust (its gevent patches threads)."""
    import types

    class _Anything:
        def __getattr__(self, name: str) -> Any:
            return self

        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            return args[0] if len(args) == 1 and callable(args[0]) and not kwargs else self

    fake = types.ModuleType("locust")
    for name in ("FastHttpUser", "between", "constant", "events", "task"):
        setattr(fake, name, object if name == "FastHttpUser" else _Anything())
    fake_env = types.ModuleType("locust.env")
    fake_env.Environment = object  # type: ignore[attr-defined]
    saved = {k: sys.modules.get(k) for k in ("locust", "locust.env")}
    sys.modules.update({"locust": fake, "locust.env": fake_env})
    try:
        import locustfile
    finally:
        for key, value in saved.items():
            if value is None:
                sys.modules.pop(key, None)
            else:
                sys.modules[key] = value
    return locustfile


def main() -> int:
    base = os.environ.get("BENCH_CPU_DIR") or tempfile.mkdtemp(prefix="lotse-cpu-")
    Path(base).mkdir(parents=True, exist_ok=True)
    env = bench_env(
        base,
        LOTSE_ALLOWED_HOSTS="testserver,127.0.0.1,localhost",
        LOTSE_PAGE_CACHE="1",
        **LIMIT_OVERRIDES,
    )
    setup = prepare(env, Path(base) / "setup.json", int(os.environ.get("BENCH_CPU_CASES", "1000")))
    os.environ.update(env)
    os.environ["DJANGO_SETTINGS_MODULE"] = "lotse.settings"
    os.environ["BENCH_LOAD_SETUP"] = str(Path(base) / "setup.json")
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    mix = _mix_constants()

    requests = int(os.environ.get("BENCH_CPU_REQUESTS", "1500"))
    profile_name = os.environ.get("BENCH_CPU_PROFILE", "")
    rng = random.Random(17)
    mix.random.seed(17)
    client = Client(REMOTE_ADDR="127.0.0.1")
    staff = Client(REMOTE_ADDR="127.0.0.1")
    staff.force_login(User.objects.get(username=setup["login"]["username"]))
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {setup['token']}"}
    cpu: dict[str, list[float]] = defaultdict(list)
    queries: dict[str, list[int]] = defaultdict(list)
    statuses: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    profiler = cProfile.Profile()
    recording = False

    def call(name: str, method: str, path: str, **kwargs: Any) -> Any:
        with CaptureQueriesContext(connection) as captured:
            profiling = recording and profile_name and profile_name in name
            if profiling:
                profiler.enable()
            began = time.process_time()
            response = getattr(client if "staff" not in name else staff, method)(path, **kwargs)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
            spent = time.process_time() - began
            if profiling:
                profiler.disable()
        if recording:
            cpu[name].append(spent * 1000)
            queries[name].append(len(captured.captured_queries))
            statuses[name][response.status_code] += 1
        reset_queries()
        return response

    def catalog_page(kind: str, keys: list[str]) -> None:
        lang = rng.choice(mix.PAGE_LANGUAGES)
        call(
            f"GET /{{lang}}/{{city}}/{kind}/{{key}}/",
            "get",
            f"/{lang}/{mix.CITY}/{kind}/{rng.choice(keys)}/",
        )

    def service_index() -> None:
        lang = rng.choice(mix.PAGE_LANGUAGES)
        call("GET /{lang}/{city}/services/", "get", f"/{lang}/{mix.CITY}/services/")

    def search() -> None:
        question, lang = rng.choice(mix.QUESTIONS)
        params = {"city": mix.CITY, "q": question}
        if lang and rng.random() < 0.5:
            params["lang"] = lang
        call("GET /api/v1/search", "get", "/api/v1/search", data=params)

    def plan() -> None:
        profile = dict(rng.choice(mix.PROFILES), city=mix.CITY)
        arrival = dt.date.today() + dt.timedelta(days=rng.randint(-20, 60))
        profile.setdefault("arrival_date", arrival.isoformat())
        call(
            "POST /api/v1/plan",
            "post",
            "/api/v1/plan",
            data=profile,
            content_type="application/json",
        )

    def slots() -> None:
        start = dt.date.today() + dt.timedelta(days=rng.randint(0, 20))
        params = {"city": mix.CITY, "date_from": start.isoformat()}
        params["date_to"] = (start + dt.timedelta(days=14)).isoformat()
        if rng.random() < 0.7 and setup.get("real_types"):
            params["type"] = rng.choice(setup["real_types"])
        call("GET /api/v1/slots", "get", "/api/v1/slots", data=params)

    def book() -> None:
        first = dt.date.fromisoformat(setup["booking_from"])
        start = first + dt.timedelta(days=rng.randint(0, max(0, setup["booking_days"] - 3)))
        params = {"city": mix.CITY, "type": setup["booking_type"], "date_from": start.isoformat(),
                  "date_to": (start + dt.timedelta(days=3)).isoformat()}  # fmt: skip
        listing = call("GET /api/v1/slots?type={bench}", "get", "/api/v1/slots", data=params)
        free = (
            [s for s in listing.json() if s["remaining"] > 0] if listing.status_code == 200 else []
        )
        if not free:
            return
        slot = rng.choice(free[:6])
        lang = rng.choice(["de", "en", "ar", "uk", "tr"])
        email = f"load-cpu-{time.time_ns():x}@bench.invalid"
        body = {"slot": slot["id"], "name": "Load Test", "email": email, "language": lang}
        booking = call(
            "POST /api/v1/bookings",
            "post",
            "/api/v1/bookings",
            data=body,
            content_type="application/json",
        )
        if booking.status_code != 201:
            return
        data = booking.json()
        page = f"/{lang}/appointments/booking/{data['id']}/{data['token']}/"
        call("GET /{lang}/appointments/booking/{id}/{token}/", "get", page)
        call("POST /{lang}/appointments/booking/{id}/{token}/confirm/", "post", page + "confirm/")

    def tasks_api() -> None:
        params = {"office": setup["task_offices"][0]}
        if rng.random() < 0.3:
            params["page"] = str(rng.randint(2, 5))
        call("GET /api/v1/tasks?office=", "get", "/api/v1/tasks", data=params, **bearer)

    def tasks_page() -> None:
        call("GET /{lang}/staff/tasks/", "get", "/en/staff/tasks/")

    newcomer = [(lambda: catalog_page("services", mix.SERVICES), 30), (service_index, 5),
                (lambda: catalog_page("offices", mix.OFFICES), 10), (search, 15), (plan, 8),
                (slots, 8), (book, 4)]  # fmt: skip
    staff_tasks = [(tasks_api, 6), (tasks_page, 3)]
    # Users: 10 newcomers to 2 staff (the locust weights); each picks its tasks by weight.
    choices = [fn for fn, w in newcomer for _ in range(w * 10 * 9)]
    choices += [fn for fn, w in staff_tasks for _ in range(w * 2 * 80)]
    if os.environ.get("BENCH_CPU_COLD") == "1":
        # As after `make prod-local` (a load renews the city's generation): nothing cached,
        # then the task worker's publish-time warm-up, unless BENCH_CPU_NOWARM=1.
        from django.core.cache import cache

        cache.clear()
        if os.environ.get("BENCH_CPU_NOWARM") != "1":
            from lotse.core.languages import supported_languages
            from lotse.core.pagecache import city_generation
            from lotse.portal import tasks

            began = time.process_time()
            if hasattr(tasks, "warm_public_pages_in"):
                for language in supported_languages():
                    tasks.warm_public_pages_in.func(
                        city_slug=mix.CITY, language=language, generation=city_generation(mix.CITY)
                    )
            else:  # before the warm-up was split per language
                tasks.warm_public_pages.func(city_slug=mix.CITY)
            print(f"publish-time warm-up (task worker): {time.process_time() - began:.1f} s CPU")
    try:  # what a gunicorn worker does before its first request (deploy/gunicorn.conf.py)
        from lotse.ask.selectors import process_warm
        from lotse.plans.rulebook import ruleset

        process_warm()
        ruleset()
    except ImportError:  # before the worker warm-up existed
        pass
    warmup = int(os.environ.get("BENCH_CPU_WARMUP", str(requests)))
    for phase in ("warm-up", "measure"):
        recording = phase == "measure"
        done = 0
        while done < (requests if recording else warmup):
            rng.choice(choices)()
            done += 1
    print(f"CPU per request, in-process (mean of {requests} mix requests after as many warm-up)")
    print(f"{'endpoint':<58} {'n':>5} {'cpu ms':>7} {'p50':>6} {'queries':>7}  statuses")
    total = sum(sum(v) for v in cpu.values())
    count = sum(len(v) for v in cpu.values())
    for name in sorted(cpu):
        values = sorted(cpu[name])
        print(
            f"{name[:58]:<58} {len(values):>5} {sum(values) / len(values):>7.2f} "
            f"{values[len(values) // 2]:>6.2f} {sum(queries[name]) / len(values):>7.1f}  "
            f"{dict(statuses[name])}"
        )
    print(f"{'all (mean per request of the mix)':<58} {count:>5} {total / count:>7.2f}")
    if profile_name:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
    return 0


if __name__ == "__main__":
    sys.exit(main())
