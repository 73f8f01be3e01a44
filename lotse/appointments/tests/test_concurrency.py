"""Capacity under real concurrency: separate processes race for the last seat of a slot.

Processes (not threads) so each has its own connection, exactly like several web workers; on
SQLite the in-memory test database is copied to a WAL file first, on PostgreSQL they use the
test database itself."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import F

from lotse.appointments import conf, services
from lotse.appointments.models import Booking, SeatClaim, Slot
from lotse.appointments.services import BookingRequest

from .conftest import make_slot, make_type

ATTEMPTS = 10
ROOT = Path(settings.BASE_DIR)


def _database_url(tmp_path: Path) -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        target = tmp_path / "race.sqlite3"
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
        return f"sqlite:///{target}"
    user = quote(db.get("USER") or "")
    password = quote(db.get("PASSWORD") or "")
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    return f"postgres://{auth}{db.get('HOST') or 'localhost'}:{db.get('PORT') or 5432}/{db['NAME']}"


def _race(database_url: str, slot_id: int, tmp_path: Path, email: str = "") -> list[str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        LOTSE_ENV="test",
        LOTSE_EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        LOTSE_LOG_LEVEL="ERROR",
    )
    start_file = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "lotse.appointments.tests.race_worker",
                str(slot_id),
                str(i),
                str(start_file),
                *([email] if email else []),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for i in range(ATTEMPTS)
    ]
    for proc in procs:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("READY"):
            # A worker that failed to start: show its whole output (the traceback), not only
            # its first line, and leave no process behind.
            for other in procs:
                other.kill()
            rest, _err = proc.communicate(timeout=30)
            pytest.fail(f"a race worker did not start:\n{line}{rest}")
    start_file.touch()
    outcomes = []
    for proc in procs:
        out, _err = proc.communicate(timeout=120)
        lines = [line for line in out.splitlines() if line.startswith("OUTCOME ")]
        outcomes.append(lines[-1].split()[1] if lines else f"crashed: {out[-300:]}")
    return outcomes


@pytest.mark.usefixtures("dortmund")
@pytest.mark.django_db(transaction=True)
def test_concurrent_bookings_on_the_last_seat_have_exactly_one_winner(tmp_path: Path) -> None:
    type_ = make_type(capacity=3)
    slot = make_slot(type_)
    # Two of three seats are gone already: one last seat is left for twelve processes.
    for i in range(2):
        services.booking_create(
            request=BookingRequest(
                slot=slot.pk, name="X", email=f"x{i}@example.org", language="en"
            ),
            address=f"10.9.{i}.1",
            proof_ok=True,
            base_url="http://testserver",
        )
    url = _database_url(tmp_path)
    outcomes = _race(url, slot.pk, tmp_path)
    assert sorted(outcomes) == ["full"] * (ATTEMPTS - 1) + ["won"], outcomes
    if connection.vendor == "sqlite":
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            taken, capacity = db.execute(
                "SELECT taken, capacity FROM appointments_slot WHERE id = ?", (slot.pk,)
            ).fetchone()
            bookings = db.execute(
                "SELECT COUNT(*) FROM appointments_booking WHERE slot_id = ?", (slot.pk,)
            ).fetchone()[0]
    else:
        slot.refresh_from_db()
        taken, capacity = slot.taken, slot.capacity
        bookings = Booking.objects.filter(slot=slot).count()
        assert SeatClaim.objects.filter(slot=slot, released_at__isnull=True).count() == 3
    assert taken == capacity == 3
    assert bookings == 3


@pytest.mark.usefixtures("dortmund")
@pytest.mark.django_db(transaction=True)
def test_database_refuses_an_overbooking_even_without_the_guard() -> None:
    slot = make_slot(make_type(capacity=1))
    Slot.objects.filter(pk=slot.pk).update(taken=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        Slot.objects.filter(pk=slot.pk).update(taken=F("taken") + 1)


@pytest.mark.usefixtures("dortmund")
@pytest.mark.django_db(transaction=True)
def test_parallel_bookings_with_one_email_address_respect_its_limit(tmp_path: Path) -> None:
    """Each process counts the address's active bookings before taking a seat; without the
    per-address lock, parallel requests on PostgreSQL all count zero and all pass."""
    limit = conf.max_active_per_email()  # the subprocesses read the same settings and environment
    slot = make_slot(make_type(capacity=ATTEMPTS))
    url = _database_url(tmp_path)
    outcomes = _race(url, slot.pk, tmp_path, email="same@example.org")
    assert sorted(outcomes) == ["limited"] * (ATTEMPTS - limit) + ["won"] * limit, outcomes
