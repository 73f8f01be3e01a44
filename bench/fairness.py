"""make bench-fairness: a simulated release at 8:00 — 2,000 requests in the first minute from
500 people against 50 seats — in "first come" and in "draw" mode.

Reports per mode the share of seats won by the 5 % fastest clients (25 people who fire 20
requests each in the first second: a stand-in for bots), one-seat-per-person violations,
overbookings and 5xx. Part 1 runs in-process against the service layer (`booking_create`,
`draw_request`, `draw_run`) in the order the simulated requests arrive; part 2 sends a smaller
release (200 requests, 50 people, 10 seats) through Django's test client over the real URLs
(`POST /api/v1/bookings`, the draw's request form), so middleware, limits and error rendering
are included. A throw-away SQLite database; bounded (about a minute)."""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PEOPLE = 500
REQUESTS = 2000
FAST = PEOPLE // 20  # the 5 % fastest clients
FAST_REQUESTS = 20  # each, within the first second
SLOTS = 10
CAPACITY = 5  # 50 seats
SEED_RUNS = 2000  # extra re-draws of the same requests with other seeds (pure function)


def setup_django(tmp: str) -> None:
    os.environ.update(
        LOTSE_ENV="development",
        LOTSE_DEBUG="0",
        LOTSE_DATA_DIR=tmp,
        DATABASE_URL=f"sqlite:///{tmp}/fairness.sqlite3",
        LOTSE_PAGE_CACHE="0",
        # One seat per person in first-come mode too (the strict setting a city can choose);
        # the per-address limit stays on: every simulated person has an address of their own.
        LOTSE_BOOKING_MAX_ACTIVE_PER_EMAIL="1",
        LOTSE_BOOKING_RATE_WITH_PROOF="1000",
        LOTSE_BOOKING_RATE_WITHOUT_PROOF="1000",
        LOTSE_DRAW_REQUESTS_PER_ADDRESS_HOUR="1000",
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lotse.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def simulated_requests(rng: random.Random) -> list[tuple[float, int]]:
    """(seconds after 8:00, person) for 2,000 requests: people 0..24 are the fast clients."""
    requests = [(rng.uniform(0.0, 1.0), p) for p in range(FAST) for _ in range(FAST_REQUESTS)]
    slow = REQUESTS - len(requests)
    for index in range(slow):
        person = FAST + index % (PEOPLE - FAST)
        requests.append((rng.uniform(1.0, 60.0), person))
    return sorted(requests)


def email(person: int, attempt: int, *, fast: bool) -> str:
    # The fast clients rotate aliases of one mailbox (a trick that must not help them).
    if fast:
        return f"fast.{person}+{attempt}@gmail.com"
    return f"person{person}@example.org"


def address(person: int) -> str:
    return f"10.{person // 250}.{person % 250}.7"


def make_type(key: str, *, slots: int, capacity: int, day_offset: int) -> tuple[Any, dt.date]:
    from django.utils import timezone

    from lotse.appointments.models import AppointmentType, Slot
    from lotse.catalog.models import Office
    from lotse.core.cities import city_zone
    from lotse.core.models import City

    city, _ = City.objects.get_or_create(
        slug="benchcity", defaults={"names": {"en": "Bench City"}, "state": "NW"}
    )
    office, _ = Office.objects.get_or_create(city=city, key="bench-office")
    type_ = AppointmentType.objects.create(
        city=city,
        key=key,
        office=office,
        mode="in_person",
        names={"en": key},
        duration_minutes=30,
        capacity=capacity,
        min_notice_hours=0,
        booking_window_days=0,
        hours=[{"weekday": d, "opens": "08:00", "closes": "13:00"} for d in range(7)],
        generated_until=timezone.localdate() + dt.timedelta(days=400),
    )
    day = timezone.localdate() + dt.timedelta(days=day_offset)
    start = dt.datetime.combine(day, dt.time(8, 0), tzinfo=city_zone(city))
    for i in range(slots):
        begin = start + dt.timedelta(minutes=30 * i)
        Slot.objects.create(
            type=type_,
            start=begin,
            end=begin + dt.timedelta(minutes=30),
            capacity=capacity,
            released_at=timezone.now(),
        )
    return type_, day


def integrity(type_: Any) -> dict[str, int]:
    """Overbookings and one-seat-per-person violations, counted from the database."""
    from django.db.models import Count, F, Q

    from lotse.appointments.models import Booking, Slot

    active = Booking.objects.filter(type=type_, status__in=["held", "confirmed"])
    over_counter = Slot.objects.filter(type=type_, taken__gt=F("capacity")).count()
    over_claims = (
        Slot.objects.filter(type=type_)
        .annotate(held=Count("claims", filter=Q(claims__released_at__isnull=True)))
        .filter(held__gt=F("capacity"))
        .count()
    )
    per_person = Counter(active.values_list("email_key", flat=True))
    return {
        "seats": active.count(),
        "overbookings": over_counter + over_claims,
        "violations": sum(1 for n in per_person.values() if n > 1),
        "fast_seats": sum(n for key, n in per_person.items() if key.startswith("fast")),
    }


def first_come(requests: list[tuple[float, int]], rng: random.Random) -> dict[str, Any]:
    from lotse.appointments import services
    from lotse.appointments.models import Slot
    from lotse.core.errors import ApiError

    type_, _day = make_type("first-come", slots=SLOTS, capacity=CAPACITY, day_offset=7)
    slot_ids = list(Slot.objects.filter(type=type_).values_list("id", flat=True))
    statuses: Counter[int] = Counter()
    attempts: Counter[int] = Counter()
    for _at, person in requests:
        attempts[person] += 1
        # Fast clients aim at the first slot still shown free; people pick one they like.
        free = list(
            Slot.objects.filter(pk__in=slot_ids, taken__lt=CAPACITY).values_list("id", flat=True)
        )
        target = (free[0] if person < FAST else rng.choice(free)) if free else slot_ids[0]
        try:
            services.booking_create(
                request=services.BookingRequest(
                    slot=target,
                    name=f"P{person}",
                    email=email(person, attempts[person], fast=person < FAST),
                    language="en",
                ),
                address=address(person),
                proof_ok=True,
                base_url="http://bench",
            )
            statuses[201] += 1
        except ApiError as exc:
            statuses[exc.status] += 1
        except Exception:  # a crash is what we count as a 5xx
            statuses[500] += 1
    return {"statuses": statuses, **integrity(type_)}


def open_draw(key: str, *, day_offset: int) -> tuple[Any, Any]:
    """A type released by draw, its seats on one day, and its period whose request window is
    open now (for two days)."""
    from django.utils import timezone

    from lotse.appointments import services

    type_, day = make_type(key, slots=0, capacity=CAPACITY, day_offset=day_offset)
    now = timezone.now()
    period = services.draw_announce(
        type_=type_,
        first_day=day,
        last_day=day,
        window_opens=now - dt.timedelta(seconds=1),
        window_closes=now + dt.timedelta(days=2),
    )
    return type_, period


def close_and_draw(period: Any) -> Any:
    """Close the period's request window now and run its draw."""
    from django.utils import timezone

    from lotse.appointments import services
    from lotse.appointments.models import DrawPeriod

    DrawPeriod.objects.filter(pk=period.pk).update(window_closes=timezone.now())
    return services.draw_run(period_id=period.pk)


def draw(requests: list[tuple[float, int]]) -> dict[str, Any]:
    from lotse.appointments import services
    from lotse.appointments.models import DrawRequest
    from lotse.core.errors import ApiError

    type_, period = open_draw("by-draw", day_offset=8)
    statuses: Counter[int] = Counter()
    attempts: Counter[int] = Counter()
    for _at, person in requests:
        attempts[person] += 1
        try:
            services.draw_request(
                period=period,
                name=f"P{person}",
                email=email(person, attempts[person], fast=person < FAST),
                language="en",
                address=address(person),
            )
            statuses[201] += 1
        except ApiError as exc:
            statuses[exc.status] += 1
        except Exception:  # a crash is what we count as a 5xx
            statuses[500] += 1
    drawn = close_and_draw(period)
    assert drawn is not None
    fast_refs = set(
        DrawRequest.objects.filter(period=period, email_key__startswith="fast").values_list(
            "ref", flat=True
        )
    )
    refs = drawn.result["requests"]
    seats = drawn.seats
    # The same requests re-drawn with other seeds: the expected share, not one lucky draw.
    won = sum(
        len(fast_refs & set(services.draw_order(seed=f"{n:064x}", refs=refs)[:seats]))
        for n in range(SEED_RUNS)
    )
    return {
        "statuses": statuses,
        "requests_in_draw": len(refs),
        "verified": services.draw_verify(result=drawn.result),
        "mean_fast_share": won / (SEED_RUNS * seats),
        **integrity(type_),
    }


def http_part(rng: random.Random) -> dict[str, dict[str, Any]]:
    """A smaller release over the real URLs: 200 requests from 50 people, 10 seats."""
    from django.test import Client

    from lotse.appointments.models import Slot

    # Other people than in part 1 (ids from 1000, addresses of their own).
    first, people, fast, seats_slots = 1000, 50, 3, 2
    requests = sorted(
        [(rng.uniform(0, 1), first + p) for p in range(fast) for _ in range(20)]
        + [(rng.uniform(1, 60), first + fast + i % (people - fast)) for i in range(200 - fast * 20)]
    )
    results: dict[str, dict[str, Any]] = {}
    type_, _day = make_type("http-first-come", slots=seats_slots, capacity=CAPACITY, day_offset=9)
    slot_ids = list(Slot.objects.filter(type=type_).values_list("id", flat=True))
    client = Client()
    statuses: Counter[int] = Counter()
    attempts: Counter[int] = Counter()
    for _at, person in requests:
        attempts[person] += 1
        response = client.post(
            "/api/v1/bookings",
            {
                "slot": slot_ids[0] if person < first + fast else rng.choice(slot_ids),
                "name": f"P{person}",
                "email": email(person, attempts[person], fast=person < first + fast),
                "language": "en",
            },
            content_type="application/json",
            REMOTE_ADDR=address(person),
        )
        statuses[response.status_code] += 1
    results["first_come"] = {"statuses": statuses, **integrity(type_)}
    type_, period = open_draw("http-draw", day_offset=10)
    Slot.objects.filter(type=type_).exclude(
        pk__in=Slot.objects.filter(type=type_).order_by("start")[:seats_slots].values("pk")
    ).delete()
    url = f"/en/benchcity/appointments/{type_.key}/draw/{period.pk}/request/"
    statuses = Counter()
    attempts = Counter()
    for _at, person in requests:
        attempts[person] += 1
        response = client.post(
            url,
            {
                "name": f"P{person}",
                "email": email(person, attempts[person], fast=person < first + fast),
                "language": "en",
            },
            REMOTE_ADDR=address(person),
        )
        statuses[response.status_code] += 1
    close_and_draw(period)
    results["draw"] = {"statuses": statuses, **integrity(type_)}
    return results


def statuses_text(statuses: Any) -> str:
    return ", ".join(f"{code}: {n}" for code, n in sorted(dict(statuses).items()))


def fives(statuses: Any) -> int:
    return sum(n for code, n in dict(statuses).items() if code >= 500)


def broken(result: dict[str, Any]) -> bool:
    """Whether a run broke a rule: one seat per person, no overbooking, no 5xx."""
    return bool(result["violations"] or result["overbookings"] or fives(result["statuses"]))


def main() -> int:
    started = time.monotonic()
    rng = random.Random(8)
    with tempfile.TemporaryDirectory(prefix="lotse-bench-fairness-") as tmp:
        setup_django(tmp)
        requests = simulated_requests(rng)
        print(
            f"release at 8:00: {len(requests)} requests in the first minute from {PEOPLE} people "
            f"against {SLOTS * CAPACITY} seats; the {FAST} fastest clients (5 %) send "
            f"{FAST_REQUESTS} each in the first second, rotating mailbox aliases"
        )
        print("part 1: in-process, service layer")
        fc = first_come(requests, rng)
        dr = draw(requests)
        failed = False
        for name, result in (("first come", fc), ("draw", dr)):
            share = int(result["fast_seats"]) / (SLOTS * CAPACITY)
            print(
                f"  {name:10}: seats given {result['seats']}, won by the 5 % fastest "
                f"{result['fast_seats']} = {share:.0%}; one-seat-per-person violations "
                f"{result['violations']}; overbookings {result['overbookings']}; "
                f"5xx {fives(result['statuses'])}; answers {statuses_text(result['statuses'])}"
            )
            failed |= broken(result)
        print(
            f"  draw: {dr['requests_in_draw']} requests in the draw (one per person), result "
            f"recomputed from seed and ids: {'ok' if dr['verified'] else 'MISMATCH'}; "
            f"mean share of the 5 % fastest over {SEED_RUNS} seeds: {dr['mean_fast_share']:.1%}"
        )
        print("part 2: over HTTP (test client): 200 requests, 50 people, 10 seats")
        for name, result in http_part(rng).items():
            print(
                f"  {name:10}: seats {result['seats']}, won by the 3 fastest "
                f"{result['fast_seats']}; violations {result['violations']}; overbookings "
                f"{result['overbookings']}; 5xx {fives(result['statuses'])}; "
                f"answers {statuses_text(result['statuses'])}"
            )
            failed |= broken(result)
    print(f"took {time.monotonic() - started:.0f} s")
    return 1 if failed or not dr["verified"] else 0


if __name__ == "__main__":
    sys.exit(main())
