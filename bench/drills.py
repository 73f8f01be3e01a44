"""make drills: four fault drills against prod-local, each under a bounded background load,
each printing one line `DRILL <name>: PASS|FAIL — <numbers>`; exit 1 if any fails.

kill-worker       SIGKILL one gunicorn worker: failures <= requests in flight, worker respawned.
restart-postgres  stop the cluster 5 s, start it: errors only in the window (+ grace) and 503,
                  recovery by itself, every booking seen as 201 exists once, slot counts agree.
stop-worker       stop db_worker, make bookings, confirmations and a due reminder, restart it the
                  way prod-local does: every mail sent exactly once (X-Lotse-Mail-Id).
upload-full       a 2 MB tmpfs over var/prod/uploads, upload until full: a clear 507, no partial
                  file, nothing else 5xx.
Everything a drill changes is put back in `finally` (PG started, worker started, tmpfs
unmounted, var/prod/env.local restored). Run as root (it signals the app's processes).
Choose drills with DRILLS=kill-worker,upload-full.
"""

from __future__ import annotations

import contextlib
import email
import http.client
import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from load import (
    LIMIT_OVERRIDES,
    PORT,
    PROD,
    ROOT,
    app_user_prefix,
    children,
    django_run,
    env_local,
    mails_remove,
    pid_of,
    prod_env,
    require_prod_local,
    wait_ready,
)

PREFIX = "bench-drill"
CONCURRENCY = int(os.environ.get("DRILL_CONCURRENCY", "8"))
GRACE = float(os.environ.get("DRILL_GRACE_SECONDS", "3"))
RECOVERY_LIMIT = float(os.environ.get("DRILL_RECOVERY_SECONDS", "30"))
SERVICES = ["residence-registration", "tax-id", "eu-blue-card", "health-insurance", "bank-account"]
QUESTIONS = ["wo melde ich mich an", "blue card salary", "Steuer-ID verloren", "kita platz"]
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


# --- a background load that remembers every request -----------------------------------------


@dataclass
class Hit:
    name: str
    began: float
    ended: float
    status: int  # 0: no HTTP answer (connection refused/reset)
    error: str = ""
    body: bytes = b""


@dataclass
class Background:
    """`CONCURRENCY` threads sending a mix on keep-alive connections until stopped."""

    make: Callable[[random.Random], tuple[str, str, str, bytes | None]]
    hits: list[Hit] = field(default_factory=list)
    in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    stop: threading.Event = field(default_factory=threading.Event)
    threads: list[threading.Thread] = field(default_factory=list)

    def _loop(self, seed: int) -> None:
        rng = random.Random(seed)
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        while not self.stop.is_set():
            name, method, path, body = self.make(rng)
            headers = {"Content-Type": "application/json"} if body is not None else {}
            with self.lock:
                self.in_flight += 1
            began = time.monotonic()
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
                hit = Hit(name, began, time.monotonic(), response.status, body=data[:2000])
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
            except (OSError, http.client.HTTPException) as exc:
                hit = Hit(name, began, time.monotonic(), 0, error=type(exc).__name__)
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
                time.sleep(0.05)
            with self.lock:
                self.in_flight -= 1
                self.hits.append(hit)
        conn.close()

    def __enter__(self) -> Background:
        for i in range(CONCURRENCY):
            thread = threading.Thread(target=self._loop, args=(i,), daemon=True)
            thread.start()
            self.threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=40)


def browse(rng: random.Random) -> tuple[str, str, str, bytes | None]:
    pick = rng.random()
    if pick < 0.5:
        lang = rng.choice(["de", "en", "ar", "uk"])
        return "service page", "GET", f"/{lang}/dortmund/services/{rng.choice(SERVICES)}/", None
    if pick < 0.8:
        from urllib.parse import quote

        return (
            "search",
            "GET",
            f"/api/v1/search?city=dortmund&q={quote(rng.choice(QUESTIONS))}",
            None,
        )
    return "slots", "GET", "/api/v1/slots?city=dortmund", None


RESERVED = 10  # slots only the stop-worker drill books (10 bookings, 6 confirmed, 1 reminder)


def failed(hit: Hit, expected: set[int] = frozenset({409, 429})) -> bool:  # type: ignore[assignment]
    return hit.status == 0 or (hit.status >= 400 and hit.status not in expected)


def settle(seconds: float) -> None:
    time.sleep(seconds)


# --- small HTTP helpers -----------------------------------------------------------------------


def request(
    method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes, list[str]]:
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        data = response.read()
        cookies = response.headers.get_all("Set-Cookie") or []
        return response.status, dict(response.getheaders()), data, cookies
    finally:
        conn.close()


def cookie(cookies: list[str], name: str) -> str:
    for value in cookies:
        if value.startswith(f"{name}="):
            return value.split(";", 1)[0].split("=", 1)[1]
    return ""


def book(slot: int, mail: str) -> tuple[int, dict[str, Any]]:
    body = json.dumps({"slot": slot, "name": "Drill", "email": mail, "language": "en"}).encode()
    status, _h, data, _c = request(
        "POST", "/api/v1/bookings", body, {"Content-Type": "application/json"}
    )
    try:
        return status, dict(json.loads(data))
    except ValueError:
        return status, {}


def confirm(booking: dict[str, Any]) -> int:
    path = f"/en/appointments/booking/{booking['id']}/{booking['token']}/"
    status, _h, data, cookies = request("GET", path)
    found = CSRF_INPUT.search(data.decode(errors="replace"))
    csrf = cookie(cookies, "csrftoken")
    if status != 200 or not found or not csrf:
        return status or -1
    status, _h, _d, _c = request(
        "POST", path + "confirm/", f"csrfmiddlewaretoken={found.group(1)}".encode(),
        {"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={csrf}"},
    )  # fmt: skip
    return status


# --- drill data: a bench appointment type, a case asking for documents ----------------------

SETUP = """
import datetime as dt, json, secrets, sys
from zoneinfo import ZoneInfo
from django.contrib.auth.models import User
from django.utils import timezone
from lotse.appointments.models import AppointmentType, Slot
from lotse.catalog.models import Office
from lotse.cases import services as case_services
from lotse.core.models import City, Role, StaffProfile

prefix = sys.argv[1]
city = City.objects.get(slug="dortmund")
welcome = Office.objects.get(city=city, key=city.welcome_office_key)
type_ = AppointmentType.objects.create(
    city=city, key=prefix, office=welcome, mode="in_person", names={"en": "Drill (temporary)"},
    duration_minutes=30, capacity=2, min_notice_hours=0, booking_window_days=0,
    generated_until=timezone.localdate() + dt.timedelta(days=400))
berlin = ZoneInfo("Europe/Berlin")
first = timezone.localdate() + dt.timedelta(days=30)
slots = []
for d in range(10):
    for i in range(16):
        start = dt.datetime.combine(first + dt.timedelta(days=d), dt.time(8, 0), tzinfo=berlin) + dt.timedelta(minutes=30 * i)
        slots.append(Slot(type=type_, start=start, end=start + dt.timedelta(minutes=30), capacity=2))
Slot.objects.bulk_create(slots)

def staff(name, role, office):
    user = User.objects.create(username=f"{prefix}-{name}", is_staff=True)
    user.set_password(secrets.token_urlsafe(18))
    user.save()
    StaffProfile.objects.create(user=user, city=city, role=role, office=office)
    return user

caseworker = staff("caseworker", Role.CASEWORKER, None)
created = case_services.case_create(
    actor=caseworker, city=city, name="Drill Newcomer", email=f"{prefix}@bench.invalid",
    language="en", consent=True, service_keys=["residence-registration", "eu-blue-card"])
requests = []
for task in created.tasks:
    clerk = staff(f"clerk-{task.pk}", Role.OFFICE_STAFF, task.office)
    for round_ in range(2):
        requests += [r.pk for r in case_services.task_request_documents(
            actor=clerk, task=task, labels=[f"Document {round_}-{n}" for n in range(10)])]
print(json.dumps({"slots": [s.pk for s in Slot.objects.filter(type=type_).order_by("start")],
                  "case_token": created.token, "case": created.case.pk, "requests": requests}))
"""

TEARDOWN = """
import json, sys
from django.contrib.auth.models import User
from lotse.appointments.models import AppointmentType, Booking
from lotse.core.models import OutgoingMail
from lotse.cases.models import Case
prefix = sys.argv[1]
types = AppointmentType.objects.filter(key__startswith=prefix)
bookings = Booking.objects.filter(type__in=types)
out = {"outbox": OutgoingMail.objects.filter(ref_type="booking", ref_id__in=bookings.values("pk")).delete()[0]}
out["bookings"] = bookings.delete()[0]
out["types"] = types.delete()[0]
out["cases"] = Case.objects.filter(email__startswith=prefix, email__endswith="@bench.invalid").delete()[0]
out["users"] = User.objects.filter(username__startswith=prefix + "-").delete()[0]
print(json.dumps(out))
"""

CHECK_BOOKINGS = """
import json, sys
from django.db.models import Count, Q
from lotse.appointments.models import Booking, Slot
prefix, ids = sys.argv[1], json.loads(sys.argv[2])
emails = list(Booking.objects.filter(type__key=prefix).values_list("email", flat=True))
found = dict(Booking.objects.filter(pk__in=[i for i, _ in ids]).values_list("pk", "email"))
slots = Slot.objects.filter(type__key=prefix).annotate(
    live=Count("claims", filter=Q(claims__released_at__isnull=True)))
print(json.dumps({
    "missing": [i for i, mail in ids if found.get(i) != mail],
    "doubled": len(emails) - len(set(emails)),
    "all": len(emails),
    "over_capacity": sum(1 for s in slots if s.taken > s.capacity),
    "taken_mismatch": sum(1 for s in slots if s.taken != s.live),
}))
"""


# --- the drills ---------------------------------------------------------------------------------


def drill_kill_worker(data: dict[str, Any]) -> tuple[bool, str]:
    master = pid_of("gunicorn")
    if master is None:
        return False, "no gunicorn master pid"
    before = children(master)
    with Background(browse) as load:
        settle(4)
        victim = random.choice(before)
        with load.lock:
            in_flight = load.in_flight
            killed_at = time.monotonic()
        os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            now = children(master)
            if len(now) >= len(before) and victim not in now:
                break
            time.sleep(0.2)
        respawn = time.monotonic() - killed_at
        settle(4)
    after = children(master)
    failures = [h for h in load.hits if failed(h)]
    ok = len(failures) <= in_flight and len(after) == len(before) and victim not in after
    return ok, (
        f"{len(load.hits)} requests, {len(failures)} failed (in flight at the kill: {in_flight}), "
        f"workers {len(before)} -> {len(after)}, respawned in {respawn:.1f}s"
    )


def pg_cluster() -> tuple[str, str]:
    version = sorted(
        os.listdir("/usr/lib/postgresql"), key=lambda v: [int(x) for x in v.split(".")]
    )[-1]
    return version, "lotse"


def drill_restart_postgres(data: dict[str, Any]) -> tuple[bool, str]:
    version, cluster = pg_cluster()
    # The last RESERVED slots belong to the stop-worker drill: a fast server fills every place
    # it is offered here (311 of 320 in one CI run), which left that drill nothing to book.
    slots: list[int] = data["slots"][:-RESERVED]
    booked: list[tuple[int, str]] = []
    booked_lock = threading.Lock()
    counter = iter(range(10**9))

    def mix(rng: random.Random) -> tuple[str, str, str, bytes | None]:
        if rng.random() < 0.3:
            n = next(counter)
            mail = f"{PREFIX}-pg-{n}@bench.invalid"
            body = {"slot": rng.choice(slots), "name": "Drill", "email": mail, "language": "en"}
            return f"booking {mail}", "POST", "/api/v1/bookings", json.dumps(body).encode()
        return browse(rng)

    with Background(mix) as load:
        settle(4)
        down_at = time.monotonic()
        subprocess.run(["pg_ctlcluster", version, cluster, "stop", "-m", "fast"], check=True)
        time.sleep(5)
        subprocess.run(["pg_ctlcluster", version, cluster, "start"], check=True)
        up_at = time.monotonic()
        try:
            recovered = wait_ready(RECOVERY_LIMIT)
        except RuntimeError:
            recovered = float("inf")
        settle(5)
    for hit in load.hits:
        if hit.name.startswith("booking ") and hit.status == 201:
            with contextlib.suppress(ValueError, KeyError), booked_lock:
                booked.append((int(json.loads(hit.body)["id"]), hit.name.split(" ", 1)[1]))
    failures = [h for h in load.hits if failed(h)]
    outside = [h for h in failures if h.ended < down_at or h.began > up_at + GRACE]
    not_503 = [h for h in failures if h.status != 503]
    # A 503 of the API must be the contract's error JSON.
    bad_body = [
        h for h in failures
        if h.status == 503 and h.name != "service page" and b'"error"' not in h.body
    ]  # fmt: skip
    check = django_run(CHECK_BOOKINGS, PREFIX, json.dumps(booked))
    ok = (
        not outside and not bad_body and len(not_503) <= CONCURRENCY
        and recovered <= RECOVERY_LIMIT and not check["missing"] and check["doubled"] == 0
        and check["over_capacity"] == 0 and check["taken_mismatch"] == 0
    )  # fmt: skip
    kinds: dict[str, int] = {}
    for hit in failures:
        key = str(hit.status or hit.error)
        kinds[key] = kinds.get(key, 0) + 1
    return ok, (
        f"{len(load.hits)} requests, {len(failures)} errors {kinds} in a {up_at - down_at:.1f}s "
        f"outage, {len(outside)} outside it, ready {recovered:.1f}s after start; "
        f"{len(booked)} bookings answered 201, {len(check['missing'])} missing, "
        f"{check['doubled']} doubled, over capacity {check['over_capacity']}, "
        f"taken != claims {check['taken_mismatch']}"
    )


def mails_by_id(mail_dir: Path, marker: str) -> dict[str, int]:
    """How often each X-Lotse-Mail-Id occurs among the file-backend mails to `marker`."""
    counts: dict[str, int] = {}
    for path in mail_dir.glob("*.log"):
        text = path.read_text(errors="replace")
        for chunk in text.split("\n" + "-" * 79 + "\n"):
            if marker not in chunk:
                continue
            message = email.message_from_string(chunk.lstrip("\n"))
            mail_id = message.get("X-Lotse-Mail-Id", "")
            if mail_id and marker in (message.get("To") or ""):
                counts[mail_id] = counts.get(mail_id, 0) + 1
    return counts


REMINDER_NOW = """
import json, sys
from django.utils import timezone
from lotse.appointments import tasks
from lotse.appointments.models import Booking
booking = Booking.objects.select_related("slot").get(pk=int(sys.argv[1]))
# What booking_confirm schedules for the day before, due now instead (the 18:00 rule cannot be
# placed at will).
tasks.send_reminder.using(run_after=timezone.now()).enqueue(booking.pk, booking.slot.start.isoformat())
print(json.dumps({"ok": True}))
"""

OUTBOX_STATE = """
import json, sys
from lotse.core.models import OutgoingMail
rows = OutgoingMail.objects.filter(recipient__startswith=sys.argv[1])
print(json.dumps({"rows": rows.count(), "unsent": rows.filter(sent_at__isnull=True).count(),
                  "ids": [str(i) for i in rows.values_list("pk", flat=True)]}))
"""


def drill_stop_worker(data: dict[str, Any]) -> tuple[bool, str]:
    marker = f"{PREFIX}-mail-"
    pid = pid_of("worker")
    if pid is None:
        return False, "no task worker pid"
    mail_dir = Path(prod_env().get("LOTSE_EMAIL_FILE_PATH", str(PROD / "mail")))
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline and pid_of("worker") == pid:
        time.sleep(0.2)
    bookings: list[dict[str, Any]] = []
    with Background(browse) as load:
        for n, slot in enumerate(data["slots"][-RESERVED:]):
            status, booking = book(slot, f"{marker}{n}@bench.invalid")
            if status == 201:
                bookings.append(booking)
        confirmed = [b for b in bookings[:6] if confirm(b) == 302]
        if confirmed:
            django_run(REMINDER_NOW, str(confirmed[0]["id"]))
        expected = len(bookings) + len(confirmed) + (1 if confirmed else 0)
        settle(8)
        sent_while_down = sum(mails_by_id(mail_dir, marker).values())
        restarted = time.monotonic()
        subprocess.run(
            ["bash", str(ROOT / "deploy" / "prod-local.sh"), "start-worker"],
            cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        caught_up = float("inf")
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if len(mails_by_id(mail_dir, marker)) >= expected:
                caught_up = time.monotonic() - restarted
                break
            time.sleep(1)
        settle(10)  # a late duplicate would show up here
    counts = mails_by_id(mail_dir, marker)
    state = django_run(OUTBOX_STATE, marker)
    twice = sum(1 for c in counts.values() if c > 1)
    missing = set(state["ids"]) - set(counts)
    ok = (
        sent_while_down == 0 and bool(bookings) and len(counts) == expected == state["rows"]
        and twice == 0 and not missing and state["unsent"] == 0
        and not [h for h in load.hits if failed(h)]
    )  # fmt: skip
    return ok, (
        f"{len(bookings)} bookings, {len(confirmed)} confirmed, 1 reminder due: {expected} mails "
        f"expected, {sent_while_down} sent while stopped, {len(counts)} sent after restart "
        f"(caught up in {caught_up:.1f}s), {twice} twice, {len(missing)} missing, "
        f"{state['unsent']} unsent in the outbox"
    )


DOCUMENTS = """
import json, sys
from lotse.cases.models import Document
rows = Document.objects.filter(task__case_id=int(sys.argv[1]))
print(json.dumps({d.stored_name: d.size for d in rows}))
"""


def upload(token: str, request_id: int, size: int) -> tuple[int, bytes]:
    path = f"/en/my-case/{token}/"
    status, _h, page, cookies = request("GET", path)
    found = CSRF_INPUT.search(page.decode(errors="replace"))
    csrf = cookie(cookies, "csrftoken")
    if status != 200 or not found or not csrf:
        return status or -1, b"no form"
    boundary = "drill" + os.urandom(8).hex()
    content = b"%PDF-1.4\n" + os.urandom(size)
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n{found.group(1)}\r\n'.encode(),
        f'--{boundary}\r\nContent-Disposition: form-data; name="request"\r\n\r\n{request_id}\r\n'.encode(),
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.pdf"\r\n'
        f"Content-Type: application/pdf\r\n\r\n".encode()
        + content
        + b"\r\n",
        f"--{boundary}--\r\n".encode(),
    ]
    status, _h, body, _c = request(
        "POST", path, b"".join(parts),
        {"Content-Type": f"multipart/form-data; boundary={boundary}", "Cookie": f"csrftoken={csrf}"},
    )  # fmt: skip
    return status, body


@contextlib.contextmanager
def tmpfs_over(directory: Path, size: str) -> Iterator[None]:
    """A small tmpfs over the upload directory: what was there is hidden, untouched, until the
    unmount (no files moved, no app restart)."""
    user = app_user_prefix()
    owner = ["uid=lotse", "gid=lotse"] if user else []
    options = ",".join([f"size={size}", "mode=0700", *owner])
    if user:  # numeric ids: mount wants numbers
        import pwd

        entry = pwd.getpwnam("lotse")
        options = f"size={size},mode=0700,uid={entry.pw_uid},gid={entry.pw_gid}"
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(directory)], check=True)
    try:
        yield
    finally:
        for _ in range(10):
            if subprocess.run(["umount", str(directory)], check=False).returncode == 0:
                break
            time.sleep(1)


def drill_upload_full(data: dict[str, Any]) -> tuple[bool, str]:
    directory = Path(prod_env().get("LOTSE_UPLOAD_DIR", str(PROD / "uploads")))
    statuses: list[int] = []
    message = ""
    with tmpfs_over(directory, "2m"), Background(browse) as load:
        for request_id in data["requests"]:
            status, body = upload(data["case_token"], request_id, 300 * 1024)
            statuses.append(status)
            if status not in (200, 302):
                message = body.decode(errors="replace")
                break
        on_disk = {p.name: p.stat().st_size for p in directory.iterdir() if p.is_file()}
        recorded = django_run(DOCUMENTS, str(data["case"]))
    stored = sum(1 for s in statuses if s == 302)
    partial = {n: s for n, s in on_disk.items() if recorded.get(n) != s}
    lost = [n for n in recorded if n not in on_disk]
    clear = statuses and statuses[-1] == 507 and len(message.strip()) > 0
    other_5xx = [h for h in load.hits if h.status >= 500] + [s for s in statuses[:-1] if s >= 500]
    ok = bool(clear) and stored > 0 and not partial and not lost and not other_5xx
    return ok, (
        f"{stored} documents stored, then status {statuses[-1] if statuses else '-'}; "
        f"{len(on_disk)} files on the full volume, {len(partial)} without a matching record, "
        f"{len(lost)} records without a file, {len(other_5xx)} other 5xx "
        f"({len(load.hits)} background requests)"
    )


DRILLS: dict[str, Callable[[dict[str, Any]], tuple[bool, str]]] = {
    "kill-worker": drill_kill_worker,
    "restart-postgres": drill_restart_postgres,
    "stop-worker": drill_stop_worker,
    "upload-full": drill_upload_full,
}


def restore() -> None:
    """Whatever a failed drill left: PostgreSQL up, worker and gunicorn running, ready."""
    version, cluster = pg_cluster()
    subprocess.run(["pg_ctlcluster", version, cluster, "start"], check=False, capture_output=True)
    if pid_of("worker") is None or pid_of("gunicorn") is None:
        subprocess.run(["bash", str(ROOT / "deploy" / "prod-local.sh"), "restart-app"], cwd=ROOT,
                       check=False, stdout=subprocess.DEVNULL)  # fmt: skip
    with contextlib.suppress(RuntimeError):
        wait_ready(60)


def main() -> int:
    require_prod_local()
    if os.geteuid() != 0:
        print("run as root: the drills signal the app's processes and mount a tmpfs")
        return 2
    chosen = [d for d in os.environ.get("DRILLS", ",".join(DRILLS)).split(",") if d]
    print(
        f"machine: {os.cpu_count()} cores, load average {Path('/proc/loadavg').read_text().split()[:3]}"
    )
    results: list[bool] = []
    with env_local(LIMIT_OVERRIDES):
        django_run(TEARDOWN, PREFIX)
        data = django_run(SETUP, PREFIX)
        try:
            for name in chosen:
                try:
                    ok, numbers = DRILLS[name](data)
                except Exception as exc:
                    ok, numbers = False, f"crashed: {type(exc).__name__}: {exc}"
                finally:
                    restore()
                results.append(ok)
                print(f"DRILL {name}: {'PASS' if ok else 'FAIL'} — {numbers}", flush=True)
        finally:
            with contextlib.suppress(RuntimeError):
                django_run(TEARDOWN, PREFIX)
            mails_remove(PROD / "mail")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
