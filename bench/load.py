"""make bench-load: a realistic mix against prod-local (nginx, gunicorn, PostgreSQL) with locust,
then one static file through the same nginx as the ceiling; prints a table per endpoint.

Needs `make prod-local` running (else exit 2). Prepares its own data under the production
settings (a temporary appointment type with slots, a caseworker and an office clerk, a few
thousand tasks in BENCH_LOAD_CASES cases), lifts the per-address booking limits for the run
(every request comes from 127.0.0.1) through var/prod/env.local with an app restart, and
removes all of it afterwards. Bounded: BENCH_LOAD_SECONDS (60) for the mix with
BENCH_LOAD_USERS (16) users spawned at 8/s, BENCH_STATIC_SECONDS (15) for the static file.

The helpers here (the production environment, running Django code under it, the env.local
override, the app restart) are shared with bench/drills.py.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import pwd
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PROD = Path(os.environ.get("BENCH_PROD_DIR", ROOT / "var" / "prod"))
PORT = int(os.environ.get("LOTSE_PROD_PORT", "8080"))
PREFIX = "bench-load"
LOCUST = str(ROOT / ".venv" / "bin" / "locust")
BENCH_PYTHON = str(ROOT / ".venv" / "bin" / "python")
OUT_DIR = ROOT / "var" / "bench"

# The booking limits per address would stop a one-address load test after a few bookings.
LIMIT_OVERRIDES = {
    "LOTSE_BOOKING_MAX_ACTIVE_PER_IP": "0",
    "LOTSE_BOOKING_RATE_WITH_PROOF": "1000000",
    "LOTSE_BOOKING_RATE_WITHOUT_PROOF": "1000000",
}
OVERRIDE_MARK = "# --- bench overrides (written by bench/, removed when it ends) ---"


# --- the production environment of prod-local -----------------------------------------------


def http_status(path: str, *, timeout: float = 5.0, port: int = PORT) -> int:
    """Status of a GET on 127.0.0.1 (0 when nothing answers)."""
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        conn.request("GET", path)
        status = conn.getresponse().status
        conn.close()
        return status
    except (OSError, http.client.HTTPException):
        return 0


def require_prod_local() -> None:
    if http_status("/readyz") != 200 or not (PROD / "env").is_file():
        print(f"http://127.0.0.1:{PORT}/readyz does not answer 200: run make prod-local first")
        sys.exit(2)


def prod_env() -> dict[str, str]:
    """var/prod/env plus var/prod/env.local, as the shell of prod-local reads them."""
    script = 'set -a; . "$1"; [ ! -f "$2" ] || . "$2"; env -0'
    done = subprocess.run(
        ["bash", "-c", script, "bash", str(PROD / "env"), str(PROD / "env.local")],
        capture_output=True,
        check=True,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
    )
    env = dict(
        item.split("=", 1) for item in done.stdout.decode().split("\0") if "=" in item
    )  # fmt: skip
    env["HOME"] = str(PROD / "home")
    # Our scripts are not web processes: their metrics must not land in the shared directory.
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LOTSE_LOG_LEVEL"] = "WARNING"
    return env


def app_user_prefix() -> list[str]:
    """Run as the app's user `lotse` when we are root (as prod-local does), else as ourselves."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("lotse")
    except KeyError:
        return []
    return ["setpriv", "--reuid=lotse", "--regid=lotse", "--init-groups", "--"]


def django_run(code: str, *args: str, env: dict[str, str] | None = None) -> Any:
    """Run Django code under the production settings; its last stdout line is JSON."""
    env = env or prod_env()
    python = env.get("LOTSE_PROD_PYTHON") or BENCH_PYTHON
    head = "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'lotse.settings'); django.setup()\n"
    done = subprocess.run(
        [*app_user_prefix(), python, "-c", head + code, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"django script failed:\n{done.stderr[-3000:]}")
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else None


def pid_of(name: str) -> int | None:
    path = PROD / "run" / f"{name}.pid"
    with contextlib.suppress(OSError, ValueError):
        pid = int(path.read_text().strip())
        os.kill(pid, 0)
        return pid
    return None


def children(pid: int) -> list[int]:
    with contextlib.suppress(OSError):
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    return []


def wait_ready(seconds: float = 120) -> float:
    """Seconds until /readyz answered 200; raises when it did not within `seconds`."""
    began = time.monotonic()
    while time.monotonic() - began < seconds:
        if http_status("/readyz", timeout=2) == 200:
            return time.monotonic() - began
        time.sleep(0.25)
    raise RuntimeError(f"/readyz not 200 within {seconds:.0f}s")


def app_restart() -> None:
    """Restart gunicorn so it reads var/prod/env.local again: a graceful stop of the master
    (requests in flight finish), then prod-local's restart-app, which starts it with the new env."""
    pid = pid_of("gunicorn")
    if pid is not None:
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline and pid_of("gunicorn") == pid:
            time.sleep(0.2)
    subprocess.run(
        ["bash", str(ROOT / "deploy" / "prod-local.sh"), "restart-app"],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    wait_ready()


@contextlib.contextmanager
def env_local(overrides: dict[str, str]) -> Iterator[None]:
    """Add `export` lines to var/prod/env.local and restart the app; put the file back as it
    was (or remove it) and restart again when done, whatever happened."""
    path = PROD / "env.local"
    before = path.read_text() if path.exists() else None
    lines = [OVERRIDE_MARK, *(f"export {k}={v}" for k, v in overrides.items())]
    path.write_text((before or "") + "\n".join(lines) + "\n")
    try:
        app_restart()
        yield
    finally:
        if before is None:
            path.unlink(missing_ok=True)
        else:
            path.write_text(before)
        app_restart()


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


# --- data the mix needs, made and removed under the production settings ----------------------

TEARDOWN = """
import json, sys
from pathlib import Path
from django.conf import settings
from django.contrib.auth.models import User
from lotse.appointments.models import AppointmentType, Booking
from lotse.cases.models import Case
prefix = sys.argv[1]
types = AppointmentType.objects.filter(key__startswith=prefix)
bookings = Booking.objects.filter(type__in=types)
emails = set(bookings.values_list("email", flat=True))
removed = {"bookings": bookings.count()}
try:
    from lotse.core.models import OutgoingMail
    removed["outbox"] = OutgoingMail.objects.filter(ref_type="booking", ref_id__in=bookings.values("pk")).delete()[0]
except ImportError:
    pass
bookings.delete()
removed["types"] = types.delete()[0]
cases = Case.objects.filter(email__startswith=prefix, email__endswith="@bench.invalid")
removed["cases"] = cases.delete()[0]
removed["users"] = User.objects.filter(username__startswith=prefix + "-").delete()[0]
print(json.dumps(removed))
"""

SETUP = """
import datetime as dt, json, random, secrets, sys
from zoneinfo import ZoneInfo
from django.contrib.auth.models import User
from django.db.models import Count
from django.utils import timezone
from lotse.appointments.models import AppointmentType, Slot
from lotse.catalog.models import Office, Responsibility
from lotse.cases import services as case_services
from lotse.cases.models import Task
from lotse.core.auth import api_token_issue
from lotse.core.models import City, Role, StaffProfile

prefix, n_cases, n_days = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(8)
city = City.objects.get(slug="dortmund")
welcome = Office.objects.get(city=city, key=city.welcome_office_key)
password = secrets.token_urlsafe(18)

def staff(name, role, office):
    user, _ = User.objects.get_or_create(username=f"{prefix}-{name}", defaults={"is_staff": True})
    user.set_password(password)
    user.save()
    StaffProfile.objects.update_or_create(
        user=user, defaults={"city": city, "role": role, "office": office})
    return user

caseworker = staff("caseworker", Role.CASEWORKER, None)
keys = sorted(set(Responsibility.objects.filter(city=city, position=0)
                  .values_list("service__key", flat=True)))
languages = ["de", "en", "ar", "uk", "tr", "ru", "fa"]
for i in range(n_cases):
    case_services.case_create(
        actor=caseworker, city=city, name=f"Bench Newcomer {i}",
        email=f"{prefix}-{i}@bench.invalid", language=rng.choice(languages), consent=True,
        service_keys=rng.sample(keys, min(5, len(keys))))
busiest = (Task.objects.filter(case__email__startswith=prefix).values("office_id")
           .annotate(n=Count("id")).order_by("-n").first())
office = Office.objects.get(pk=busiest["office_id"])
clerk = staff("office", Role.OFFICE_STAFF, office)
token = api_token_issue(user=clerk)

type_ = AppointmentType.objects.create(
    city=city, key=prefix, office=welcome, mode="in_person",
    names={"en": "Load test (temporary)", "de": "Lasttest (vorübergehend)"},
    duration_minutes=30, capacity=3, min_notice_hours=0, booking_window_days=0,
    generated_until=timezone.localdate() + dt.timedelta(days=400))
first = timezone.localdate() + dt.timedelta(days=21)
berlin = ZoneInfo("Europe/Berlin")
slots = []
for d in range(n_days):
    day = first + dt.timedelta(days=d)
    for i in range(16):
        start = dt.datetime.combine(day, dt.time(8, 0), tzinfo=berlin) + dt.timedelta(minutes=30 * i)
        slots.append(Slot(type=type_, start=start, end=start + dt.timedelta(minutes=30), capacity=3))
Slot.objects.bulk_create(slots)
real_types = list(AppointmentType.objects.filter(city=city).exclude(key__startswith=prefix)
                  .values_list("key", flat=True))
print(json.dumps({
    "city": "dortmund", "booking_type": prefix, "booking_from": first.isoformat(),
    "booking_days": n_days, "seats": 3 * len(slots), "real_types": real_types,
    "token": token, "login": {"username": clerk.username, "password": password},
    "task_offices": [office.key],
    "tasks": Task.objects.filter(case__email__startswith=prefix).count(),
}))
"""


def mails_remove(mail_dir: Path, marker: str = "@bench.invalid") -> int:
    """Delete the file-backend mails written to bench addresses; returns how many files."""
    removed = 0
    for path in mail_dir.glob("*.log"):
        with contextlib.suppress(OSError):
            if marker in path.read_text(errors="replace")[:4096]:
                path.unlink()
                removed += 1
    return removed


# --- running locust and reading its figures ---------------------------------------------------


def locust_run(
    *, classes: list[str], users: int, seconds: int, setup_file: Path, label: str
) -> dict[str, Any]:
    out = OUT_DIR / f"{label}.json"
    out.unlink(missing_ok=True)
    env = dict(os.environ)
    env.update(BENCH_LOAD_SETUP=str(setup_file), BENCH_LOAD_OUT=str(out))
    with open(OUT_DIR / f"{label}.log", "w") as log:
        subprocess.run(
            [LOCUST, "-f", str(ROOT / "bench" / "locustfile.py"), "--headless",
             "-u", str(users), "-r", str(min(users, 8)), "-t", f"{seconds}s",
             "--host", f"http://127.0.0.1:{PORT}", "--only-summary", "--stop-timeout", "10",
             "--exit-code-on-error", "0", *classes],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, check=True,
            timeout=seconds + 120,
        )  # fmt: skip
    return dict(json.loads(out.read_text()))


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def table(result: dict[str, Any], ceiling: float | None) -> tuple[list[str], dict[str, int]]:
    """Rows of the per-endpoint table and the totals by outcome."""
    seconds = float(result["seconds"]) or 1.0
    rows = [
        f"{'endpoint':<60} {'req':>6} {'req/s':>7} {'p50':>7} {'p95':>7} {'p99':>7} "
        f"{'5xx':>4} {'conn':>4} {'4xx*':>5} {'4xx':>4} {'of static':>9}"
    ]
    totals: dict[str, int] = {}
    for name in sorted(result["outcomes"]):
        outcomes = result["outcomes"][name]
        count = sum(outcomes.values())
        for key, value in outcomes.items():
            totals[key] = totals.get(key, 0) + value
        lat = result["latencies"].get(name, [])
        rps = count / seconds
        share = f"{100 * rps / ceiling:8.1f}%" if ceiling else "        -"
        rows.append(
            f"{name[:60]:<60} {count:>6} {rps:>7.1f} {percentile(lat, 50):>7.1f} "
            f"{percentile(lat, 95):>7.1f} {percentile(lat, 99):>7.1f} {outcomes.get('5xx', 0):>4} "
            f"{outcomes.get('conn', 0):>4} {outcomes.get('4xx_expected', 0):>5} "
            f"{outcomes.get('4xx', 0):>4} {share}"
        )
    count = sum(totals.values())
    rps = count / seconds
    share = f"{100 * rps / ceiling:8.1f}%" if ceiling else "        -"
    rows.append(
        f"{'all':<60} {count:>6} {rps:>7.1f} {'':>7} {'':>7} {'':>7} {totals.get('5xx', 0):>4} "
        f"{totals.get('conn', 0):>4} {totals.get('4xx_expected', 0):>5} {totals.get('4xx', 0):>4} "
        f"{share}"
    )
    return rows, totals


def main() -> int:
    require_prod_local()
    seconds = int(os.environ.get("BENCH_LOAD_SECONDS", "60"))
    users = int(os.environ.get("BENCH_LOAD_USERS", "16"))
    static_seconds = int(os.environ.get("BENCH_STATIC_SECONDS", "15"))
    cases = int(os.environ.get("BENCH_LOAD_CASES", "1000"))
    days = int(os.environ.get("BENCH_LOAD_SLOT_DAYS", "14"))
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    workers = prod_env().get("LOTSE_PROD_WORKERS", "?")
    print(
        f"machine: {os.cpu_count()} cores, load average {load_average()} (before); "
        f"gunicorn workers: {workers}; users {users}, mix {seconds}s, static {static_seconds}s"
    )
    with env_local(LIMIT_OVERRIDES):
        began = time.monotonic()
        django_run(TEARDOWN, PREFIX)  # leftovers of an interrupted run
        setup = django_run(SETUP, PREFIX, str(cases), str(days))
        print(
            f"prepared in {time.monotonic() - began:.0f}s: {cases} cases with {setup['tasks']} "
            f"tasks, {setup['seats']} bookable seats, staff {setup['login']['username']}"
        )
        try:
            with tempfile.NamedTemporaryFile("w", suffix=".json", dir=OUT_DIR) as handle:
                handle.write(json.dumps({**setup, "run": str(int(time.time()))}))
                handle.flush()
                os.chmod(handle.name, 0o600)
                mix = locust_run(
                    classes=["Newcomer", "Staff"], users=users, seconds=seconds,
                    setup_file=Path(handle.name), label="load-mix",
                )  # fmt: skip
                static = locust_run(
                    classes=["StaticFile"], users=users, seconds=static_seconds,
                    setup_file=Path(handle.name), label="load-static",
                )  # fmt: skip
        finally:
            removed = django_run(TEARDOWN, PREFIX)
            removed["mail_files"] = mails_remove(PROD / "mail")
            print(
                "removed (rows, cascades included):",
                ", ".join(f"{k} {v}" for k, v in removed.items()),
            )
    static_rows, _ = table(static, None)
    ceiling = sum(sum(o.values()) for o in static["outcomes"].values()) / (
        float(static["seconds"]) or 1.0
    )
    mix_rows, totals = table(mix, ceiling)
    print(
        f"\nmix: {users} users for {float(mix['seconds']):.0f}s (latencies in ms; 4xx* = expected 409/429)"
    )
    print("\n".join(mix_rows))
    print(f"\nstatic ceiling: {users} users for {float(static['seconds']):.0f}s through nginx")
    print("\n".join(static_rows))
    print(f"\nload average after: {load_average()}")
    bad = totals.get("5xx", 0) + totals.get("conn", 0) + totals.get("4xx", 0)
    if bad:
        print(
            f"{bad} requests failed (5xx, connection errors or unexpected 4xx): see var/bench/load-mix.log"
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
