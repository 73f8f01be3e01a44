"""Locust user mix for `make bench-load`: newcomers browse, ask, plan and book; staff list tasks.

Started by bench/load.py (headless, bounded). It reads what the bench prepared (the bench's
appointment type, a staff token and login, office keys) from the JSON file named by
BENCH_LOAD_SETUP and writes its own per-endpoint figures to BENCH_LOAD_OUT: every request is
recorded under its endpoint pattern (never the raw URL) as ok, expected 4xx (409 full,
429 limited), other 4xx, 5xx or connection error, with its latency.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml
from locust import FastHttpUser, between, constant, events, task
from locust.env import Environment

ROOT = Path(__file__).resolve().parent.parent
SETUP: dict[str, Any] = (
    json.loads(Path(os.environ["BENCH_LOAD_SETUP"]).read_text())
    if os.environ.get("BENCH_LOAD_SETUP")
    else {}
)
CITY = str(SETUP.get("city", "dortmund"))
CITY_DIR = ROOT / "data" / "cities" / CITY
SERVICES = sorted(p.stem for p in CITY_DIR.glob("services/*.yaml"))
OFFICES = [o["key"] for o in yaml.safe_load((CITY_DIR / "offices.yaml").read_text()) or []]
QUESTIONS = [
    (str(q["q"]), str(q.get("lang", "")))
    for q in yaml.safe_load((ROOT / "lotse/ask/eval/questions.yaml").read_text())
]
# Newcomers read in many languages; German and English most (full texts there).
PAGE_LANGUAGES = ["de"] * 4 + ["en"] * 4 + ["ar", "uk", "ru", "tr", "fa", "pl", "ro", "fr", "es"]
# Realistic arrival-plan profiles (the personas of lotse/plans/tests), today's date implied.
PROFILES: list[dict[str, Any]] = [
    {"citizenship": "FR", "purpose": "work", "job_offer": True, "has_housing": True,
     "qualification": "academic", "annual_salary_eur": 70000, "drives_car": True},
    {"citizenship": "PL", "purpose": "job-search", "qualification": "vocational"},
    {"citizenship": "CH", "purpose": "study", "has_housing": True},
    {"citizenship": "IN", "purpose": "work", "qualification": "academic", "job_offer": True,
     "annual_salary_eur": 60000},
    {"citizenship": "SY", "purpose": "family", "in_germany": True, "registered": True,
     "children_ages": [4, 9], "lang": "ar"},
    {"citizenship": "UA", "purpose": "protection", "in_germany": True, "lang": "uk"},
    {"citizenship": "TR", "purpose": "training", "qualification": "none", "lang": "tr"},
    {"citizenship": "BR", "purpose": "self-employment", "qualification": "academic",
     "spouse_coming": True, "expecting_baby": True, "lang": "es"},
]  # fmt: skip
WAIT = float(os.environ.get("BENCH_LOAD_WAIT", "0"))
EXPECTED_4XX = {"POST /api/v1/bookings": {409, 429}}
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


# --- the bench's own record of every request ------------------------------------------------


class Record:
    """Per endpoint: latencies of all answered requests and counts by outcome."""

    def __init__(self) -> None:
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.outcomes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.statuses: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.started = 0.0
        self.stopped = 0.0

    def add(self, name: str, status: int, millis: float) -> None:
        if status <= 0:
            outcome = "conn"
        elif status >= 500:
            outcome = "5xx"
        elif status >= 400:
            outcome = "4xx_expected" if status in EXPECTED_4XX.get(name, ()) else "4xx"
        else:
            outcome = "ok"
        self.outcomes[name][outcome] += 1
        self.statuses[name][str(status)] += 1
        if status > 0:
            self.latencies[name].append(millis)

    def dump(self, path: str) -> None:
        Path(path).write_text(
            json.dumps(
                {
                    "seconds": (self.stopped or time.monotonic()) - self.started,
                    "latencies": self.latencies,
                    "outcomes": self.outcomes,
                    "statuses": self.statuses,
                }
            )
        )


RECORD = Record()


@events.request.add_listener
def _on_request(
    request_type: str,
    name: str,
    response_time: float,
    response: Any = None,
    exception: BaseException | None = None,
    **_: Any,
) -> None:
    status = int(getattr(response, "status_code", 0) or 0) if response is not None else 0
    RECORD.add(f"{request_type} {name}", status, float(response_time or 0))


@events.test_start.add_listener
def _on_start(environment: Environment, **_: Any) -> None:
    RECORD.started = time.monotonic()


@events.test_stop.add_listener
def _on_stop(environment: Environment, **_: Any) -> None:
    RECORD.stopped = time.monotonic()


@events.quitting.add_listener
def _on_quit(environment: Environment, **_: Any) -> None:
    out = os.environ.get("BENCH_LOAD_OUT")
    if out:
        RECORD.dump(out)


# --- users ------------------------------------------------------------------------------------


def _think() -> Any:
    return between(WAIT / 2, WAIT * 1.5) if WAIT > 0 else constant(0)


def _cookie(response: Any, name: str) -> str:
    """A cookie's value from Set-Cookie. Production cookies are Secure, so a client on plain
    http (127.0.0.1 behind nginx) would not send them back by itself: the bench does."""
    headers = response.headers
    values = headers.get_all("Set-Cookie") if hasattr(headers, "get_all") else None
    if values is None:
        raw = headers.get("Set-Cookie") or ""
        values = [raw] if isinstance(raw, str) else list(raw)
    for value in values:
        for part in re.split(r",\s*(?=[A-Za-z0-9_-]+=)", value):
            if part.startswith(f"{name}="):
                return part.split(";", 1)[0].split("=", 1)[1]
    return ""


class Newcomer(FastHttpUser):
    """Someone new in the city: reads service and office pages, asks, plans, books."""

    weight = 10
    wait_time = _think()

    def _catalog_page(self, kind: str, keys: list[str]) -> None:
        """A random service or office page (`kind`) in a random page language."""
        lang = random.choice(PAGE_LANGUAGES)
        self.client.get(
            f"/{lang}/{CITY}/{kind}/{random.choice(keys)}/",
            name=f"/{{lang}}/{{city}}/{kind}/{{key}}/",
        )

    @task(30)
    def service_page(self) -> None:
        self._catalog_page("services", SERVICES)

    @task(5)
    def service_index(self) -> None:
        lang = random.choice(PAGE_LANGUAGES)
        self.client.get(f"/{lang}/{CITY}/services/", name="/{lang}/{city}/services/")

    @task(10)
    def office_page(self) -> None:
        self._catalog_page("offices", OFFICES)

    @task(15)
    def search(self) -> None:
        question, lang = random.choice(QUESTIONS)
        params: dict[str, str] = {"city": CITY, "q": question}
        if lang and random.random() < 0.5:
            params["lang"] = lang  # half the clients say their language, half let it be detected
        self.client.get("/api/v1/search", params=params, name="/api/v1/search")

    @task(8)
    def plan(self) -> None:
        profile = dict(random.choice(PROFILES), city=CITY)
        arrival = dt.date.today() + dt.timedelta(days=random.randint(-20, 60))
        profile.setdefault("arrival_date", arrival.isoformat())
        self.client.post("/api/v1/plan", json=profile, name="/api/v1/plan")

    @task(8)
    def slots(self) -> None:
        start = dt.date.today() + dt.timedelta(days=random.randint(0, 20))
        params = {"city": CITY, "date_from": start.isoformat()}
        params["date_to"] = (start + dt.timedelta(days=14)).isoformat()
        if random.random() < 0.7 and SETUP.get("real_types"):
            params["type"] = random.choice(SETUP["real_types"])
        self.client.get("/api/v1/slots", params=params, name="/api/v1/slots")

    @task(4)
    def book(self) -> None:
        """List the bench type's slots, hold a seat, open the manage link, confirm."""
        bench_type = SETUP.get("booking_type")
        if not bench_type:
            return
        first = dt.date.fromisoformat(SETUP["booking_from"])
        start = first + dt.timedelta(days=random.randint(0, max(0, SETUP["booking_days"] - 3)))
        listing = self.client.get(
            "/api/v1/slots",
            params={"city": CITY, "type": bench_type, "date_from": start.isoformat(),
                    "date_to": (start + dt.timedelta(days=3)).isoformat()},
            name="/api/v1/slots?type={bench}",
        )  # fmt: skip
        if listing.status_code != 200:
            return
        free = [s for s in listing.json() if s["remaining"] > 0]
        if not free:
            return
        slot = random.choice(free[:6])  # people take the earliest few
        lang = random.choice(["de", "en", "ar", "uk", "tr"])
        email = f"load-{SETUP.get('run', 'x')}-{random.getrandbits(48):x}@bench.invalid"
        booking = self.client.post(
            "/api/v1/bookings",
            json={"slot": slot["id"], "name": "Load Test", "email": email, "language": lang},
            name="/api/v1/bookings",
        )
        if booking.status_code != 201:
            return
        data = booking.json()
        manage = self.client.get(
            f"/{lang}/appointments/booking/{data['id']}/{data['token']}/",
            name="/{lang}/appointments/booking/{id}/{token}/",
        )
        found = CSRF_INPUT.search(manage.text or "")
        cookie = _cookie(manage, "csrftoken")
        if manage.status_code != 200 or not found or not cookie:
            return
        self.client.post(
            f"/{lang}/appointments/booking/{data['id']}/{data['token']}/confirm/",
            data=f"csrfmiddlewaretoken={found.group(1)}",
            headers={"Content-Type": "application/x-www-form-urlencoded",
                     "Cookie": f"csrftoken={cookie}"},
            allow_redirects=False,
            name="/{lang}/appointments/booking/{id}/{token}/confirm/",
        )  # fmt: skip


class Staff(FastHttpUser):
    """An office's staff member: the task list through the API, and the staff page."""

    weight = 2
    wait_time = _think()
    session = ""

    def on_start(self) -> None:
        login = SETUP.get("login")
        if not login:
            return
        form = self.client.get("/en/staff/login/", name="/{lang}/staff/login/")
        csrf = _cookie(form, "csrftoken")
        found = CSRF_INPUT.search(form.text or "")
        if not csrf or not found:
            return
        answer = self.client.post(
            "/en/staff/login/",
            data=f"username={login['username']}&password={login['password']}"
            f"&csrfmiddlewaretoken={found.group(1)}",
            headers={"Content-Type": "application/x-www-form-urlencoded",
                     "Cookie": f"csrftoken={csrf}"},
            allow_redirects=False,
            name="/{lang}/staff/login/",
        )  # fmt: skip
        self.session = _cookie(answer, "sessionid")

    @task(6)
    def task_list_api(self) -> None:
        office = random.choice(SETUP.get("task_offices") or [""])
        params = {"office": office}
        if random.random() < 0.3:
            params["page"] = str(random.randint(2, 5))
        self.client.get(
            "/api/v1/tasks",
            params=params,
            headers={"Authorization": f"Bearer {SETUP.get('token', '')}"},
            name="/api/v1/tasks?office=",
        )

    @task(3)
    def task_list_page(self) -> None:
        if not self.session:
            return
        self.client.get(
            "/en/staff/tasks/",
            headers={"Cookie": f"sessionid={self.session}"},
            name="/{lang}/staff/tasks/",
        )


class StaticFile(FastHttpUser):
    """The ceiling: one static file straight from nginx (run on its own, after the mix)."""

    weight = 1
    wait_time = constant(0)

    @task
    def static(self) -> None:
        self.client.get(SETUP.get("static_path", "/static/portal/lotse.css"), name="/static/{file}")
