"""Fixtures for the cases tests: one staff user per role, a case with two tasks, uploads dir."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client

from lotse.cases import services
from lotse.catalog.models import Office
from lotse.core.auth import api_token_issue
from lotse.core.models import City, Role, StaffProfile

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture(autouse=True)
def fast_hashing(settings):
    """Argon2 stays in production; tests create many users and hash quickly."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def upload_dir(settings, tmp_path):
    settings.LOTSE_UPLOAD_DIR = tmp_path / "uploads"
    return settings.LOTSE_UPLOAD_DIR


def make_staff(username: str, role: str, office_key: str | None = None, city: str = "dortmund"):
    user = User.objects.create_user(username=username, password=f"pw-{username}-long-enough")
    city_obj = City.objects.get(slug=city)
    office = Office.objects.get(city=city_obj, key=office_key) if office_key else None
    StaffProfile.objects.create(user=user, city=city_obj, role=role, office=office)
    return user


@pytest.fixture
def people(db):
    """Everyone in the role matrix, by name."""
    return {
        "caseworker": make_staff("cw", Role.CASEWORKER),
        "other_caseworker": make_staff("cw2", Role.CASEWORKER),
        "buergerdienste": make_staff("bd", Role.OFFICE_STAFF, "buergerdienste"),
        "migration": make_staff("mig", Role.OFFICE_STAFF, "migration-office"),
        "migration_lead": make_staff("miglead", Role.OFFICE_LEAD, "migration-office"),
        "youth": make_staff("youth", Role.OFFICE_STAFF, "youth-office"),
        "admin": make_staff("adm", Role.ADMIN),
        "no_role": User.objects.create_user(username="plain", password="pw-plain-long-enough"),
    }


@pytest.fixture
def case(people):
    """A case of `caseworker`: registration (Bürgerdienste) and a work permit (migration)."""
    created = services.case_create(
        actor=people["caseworker"],
        city=City.objects.get(slug="dortmund"),
        name="Amira Example",
        email="amira@example.org",
        language="ar",
        consent=True,
        service_keys=["residence-registration", "residence-permit-skilled-work"],
    )
    created.case.token = created.token
    return created


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def bearer(user) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {api_token_issue(user=user)}"}


@pytest.fixture
def allow_audit_flush():
    """Transactional tests on SQLite: let the test runner's flush empty the audit table."""
    yield
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        connection.connection.create_function("lotse_audit_maintenance", 0, lambda: 1)
