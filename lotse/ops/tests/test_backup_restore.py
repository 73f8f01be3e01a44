"""deploy/backup.sh and deploy/restore.sh: a restore into an empty database finds everything."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
DATABASE_URL = os.environ.get("DATABASE_URL", "")
ON_POSTGRES = DATABASE_URL.startswith(("postgres://", "postgresql://"))
TOOLS = ("psql", "pg_dump", "pg_restore", "tar", "sha256sum")

pytestmark = pytest.mark.skipif(
    not ON_POSTGRES,
    reason="backup/restore needs PostgreSQL: set DATABASE_URL=postgres://… (CI's PostgreSQL phase)",
)

# Runs in a child process against the scratch database: migrate, load Dortmund, then make
# cases, bookings and uploaded documents with the real services, committed (pg_dump must see
# them). Prints one RESULT line with what it made.
SEED = r"""
import datetime as dt, hashlib, json, os
import django
django.setup()
from django.core.management import call_command
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

call_command("migrate", "--noinput", verbosity=0)
from lotse.catalog.services import catalog_load_city
catalog_load_city(slug="dortmund")
from lotse.appointments import services as appointments
from lotse.appointments.models import AppointmentType, Slot
from lotse.cases import services as cases
from lotse.catalog.models import Office
from lotse.core.models import City, Role, StaffProfile

appointments.appointment_types_load(city_slug="dortmund")
for type_ in AppointmentType.objects.filter(city__slug="dortmund"):
    appointments.slots_ensure(type_=type_)
city = City.objects.get(slug="dortmund")

def staff(name, role, office=None):
    user = User.objects.create_user(username=name, password="pw-" + name + "-long-enough")
    StaffProfile.objects.create(
        user=user, city=city, role=role,
        office=Office.objects.get(city=city, key=office) if office else None,
    )
    return user

caseworker = staff("bk-caseworker", Role.CASEWORKER)
migration = staff("bk-migration", Role.OFFICE_STAFF, "migration-office")
made = {"cases": [], "bookings": [], "documents": {}}
for n in range(3):
    created = cases.case_create(
        actor=caseworker, city=city, name="Backup Person %d" % n,
        email="backup%d@example.org" % n, language="en", consent=True,
        service_keys=["residence-registration", "residence-permit-skilled-work"],
    )
    made["cases"].append(created.case.pk)
    permit = created.tasks[1]
    for kind, content in (("pdf", b"%PDF-1.4\n% case " + str(n).encode() + b"\n%%EOF\n"),
                          ("png", b"\x89PNG\r\n\x1a\n" + os.urandom(2048))):
        (request,) = cases.task_request_documents(actor=migration, task=permit, labels=[kind])
        document = cases.document_upload(
            case=created.case, request_id=request.pk,
            upload=SimpleUploadedFile("doc." + kind, content),
        )
        made["documents"][document.stored_name] = hashlib.sha256(content).hexdigest()

later = timezone.now() + dt.timedelta(days=2)
slots = Slot.objects.filter(start__gt=later).order_by("start")[:4]
for n, slot in enumerate(slots):
    booking, _token = appointments.booking_create(
        request=appointments.BookingRequest(
            slot=slot.pk, name="Booker %d" % n, email="booker%d@example.org" % n, language="de"
        ),
        address="", proof_ok=True, base_url="http://testserver",
    )
    made["bookings"].append(booking.pk)
print("RESULT " + json.dumps(made), flush=True)
"""


def _with_db(url: str, name: str) -> str:
    base, _slash, _old = url.rpartition("/")
    return f"{base}/{name}"


def _admin(sql: str) -> None:
    import psycopg

    # The maintenance database: the one named in DATABASE_URL need not exist (in CI only
    # pytest-django's test_ database does).
    with psycopg.connect(_with_db(DATABASE_URL, "postgres"), autocommit=True) as connection:
        connection.execute(sql)


def _rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    import psycopg

    with psycopg.connect(url) as connection:
        return connection.execute(sql).fetchall()


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False
    )


class Databases:
    """Throwaway databases on the server of DATABASE_URL; all dropped at the end."""

    def __init__(self) -> None:
        self.tag = secrets.token_hex(4)
        self.names: list[str] = []

    def new(self, role: str) -> str:
        name = f"lotse_bk_{role}_{self.tag}"
        _admin(f'CREATE DATABASE "{name}"')
        self.names.append(name)
        return _with_db(DATABASE_URL, name)

    def drop_all(self) -> None:
        for name in self.names:
            drop_database(name)


# A throwaway database has just been loaded, so autovacuum may be analysing it the moment it is
# dropped; WITH (FORCE) cannot end that worker for a role that is no superuser (PostgreSQL 15:
# "must be a member of the role whose process is being terminated"), which failed a CI run's
# teardown. The drop is tried again until the worker is done (it takes a moment on such a
# small database).
DROP_TRIES = 40
DROP_WAIT_S = 0.5


def drop_database(
    name: str, admin: Any = None, sleep: Any = time.sleep, tries: int = DROP_TRIES
) -> None:
    import psycopg

    admin = admin or _admin
    for attempt in range(tries):
        try:
            admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
            if attempt == tries - 1:
                raise
            sleep(DROP_WAIT_S)


@pytest.fixture(scope="module")
def databases() -> Iterator[Databases]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        message = (
            "backup/restore needs " + ", ".join(missing) + " (apt-get install postgresql-client)"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    made = Databases()
    try:
        yield made
    finally:
        made.drop_all()


@pytest.fixture(scope="module")
def base_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The child processes' settings, without anything pointing at a real installation."""
    folder = tmp_path_factory.mktemp("backup")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"LOTSE_ENV_FILE", "DATABASE_URL", "LOTSE_UPLOAD_DIR", "FORCE"}
    }
    env.update(
        LOTSE_ENV="test",
        DJANGO_SETTINGS_MODULE="lotse.settings",
        LOTSE_EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        LOTSE_BACKUP_DIR=str(folder / "backups"),
        LOTSE_DATA_DIR=str(folder / "data"),
    )
    return env


@pytest.fixture(scope="module")
def backed_up(databases, base_env, tmp_path_factory) -> dict[str, Any]:
    """A database with cases, bookings and documents (made by the real services, committed),
    and the backup folder deploy/backup.sh made of it."""
    env = {
        **base_env,
        "DATABASE_URL": databases.new("source"),
        "LOTSE_UPLOAD_DIR": str(tmp_path_factory.mktemp("uploads-source")),
    }
    seeded = _run([sys.executable, "-c", SEED], env)
    assert seeded.returncode == 0, seeded.stderr[-3000:]
    (line,) = [x for x in seeded.stdout.splitlines() if x.startswith("RESULT ")]
    made = json.loads(line.removeprefix("RESULT "))
    assert len(made["cases"]) == 3 and len(made["bookings"]) == 4 and len(made["documents"]) == 6
    backup = _run(["deploy/backup.sh"], env)
    assert backup.returncode == 0, backup.stderr
    return {"made": made, "folder": Path(backup.stdout.strip().splitlines()[-1])}


def _target(databases, base_env, tmp_path) -> dict[str, str]:
    return {
        **base_env,
        "DATABASE_URL": databases.new("target" + secrets.token_hex(2)),
        "LOTSE_UPLOAD_DIR": str(tmp_path / "uploads-target"),
    }


def test_the_manifest_counts_the_cases_bookings_and_documents_of_the_backup(backed_up):
    manifest = json.loads((backed_up["folder"] / "manifest.json").read_text())
    assert manifest["counts"] == {"cases": 3, "bookings": 4, "documents": 6}
    assert manifest["uploads"]["files"] == 6


def test_a_backup_restored_into_an_empty_database_has_every_case_booking_and_document(
    backed_up, databases, base_env, tmp_path
):
    made = backed_up["made"]
    env = _target(databases, base_env, tmp_path)
    restored = _run(["deploy/restore.sh", str(backed_up["folder"])], env)
    assert restored.returncode == 0, restored.stderr

    target = env["DATABASE_URL"]
    assert sorted(r[0] for r in _rows(target, "SELECT id FROM cases_case")) == sorted(made["cases"])
    assert sorted(r[0] for r in _rows(target, "SELECT id FROM appointments_booking")) == sorted(
        made["bookings"]
    )
    documents = dict(_rows(target, "SELECT stored_name, sha256 FROM cases_document"))
    assert documents == made["documents"]
    for stored_name, sha256 in made["documents"].items():
        content = (Path(env["LOTSE_UPLOAD_DIR"]) / stored_name).read_bytes()
        assert hashlib.sha256(content).hexdigest() == sha256


def test_restore_refuses_a_database_that_is_not_empty_unless_forced(
    backed_up, databases, base_env, tmp_path
):
    env = _target(databases, base_env, tmp_path)
    first = _run(["deploy/restore.sh", str(backed_up["folder"])], env)
    assert first.returncode == 0, first.stderr

    refused = _run(["deploy/restore.sh", str(backed_up["folder"])], env)
    assert refused.returncode != 0
    assert "FORCE=1" in refused.stderr

    forced = _run(["deploy/restore.sh", str(backed_up["folder"])], {**env, "FORCE": "1"})
    assert forced.returncode == 0, forced.stderr
    assert len(_rows(env["DATABASE_URL"], "SELECT id FROM cases_case")) == 3


def test_restore_rejects_a_damaged_backup_before_touching_the_database(
    backed_up, databases, base_env, tmp_path
):
    damaged = tmp_path / "damaged"
    shutil.copytree(backed_up["folder"], damaged)
    with open(damaged / "db.dump", "r+b") as dump:
        dump.seek(100)
        dump.write(b"\x00damaged\x00")
    env = _target(databases, base_env, tmp_path)

    refused = _run(["deploy/restore.sh", str(damaged)], env)
    assert refused.returncode != 0
    assert "damaged" in refused.stderr
    tables = _rows(
        env["DATABASE_URL"], "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
    )
    assert tables == [(0,)]
