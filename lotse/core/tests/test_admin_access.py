"""The back office under the permission policy, with a second city (Musterstadt): who may enter
at all, and that every list shows only the account's own city."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from lotse.ask.models import SearchMiss
from lotse.catalog.models import FactCheck, Office, OfficeText, Service, ServiceText
from lotse.core.models import City, Role, StaffProfile
from lotse.international.models import Goal, Partnership, Project

pytestmark = pytest.mark.django_db


def _account(name: str, *, role: str | None, city: str = "dortmund", office: str | None = None,
             superuser: bool = False) -> Client:  # fmt: skip
    user = User.objects.create_user(username=name, is_staff=True, is_superuser=superuser)
    if role is not None:
        city_obj = City.objects.get(slug=city)
        StaffProfile.objects.create(
            user=user, city=city_obj, role=role,
            office=Office.objects.get(city=city_obj, key=office) if office else None,
        )  # fmt: skip
    client = Client(HTTP_ACCEPT_LANGUAGE="de")
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("who", "role", "office"),
    [
        ("migration clerk", Role.OFFICE_STAFF, "migration-office"),
        ("office lead", Role.OFFICE_LEAD, "migration-office"),
        ("caseworker", Role.CASEWORKER, None),
    ],
)
def test_staff_without_back_office_rights_get_a_german_403(who, role, office) -> None:
    client = _account("u", role=role, office=office)
    for path in ("/admin/", "/admin/catalog/service/", "/admin/translations/"):
        response = client.get(path)
        assert response.status_code == 403, (who, path)
        assert "Zugriff verweigert" in response.content.decode()


def test_migration_clerk_cannot_open_the_measurement_form() -> None:
    client = _account("mig", role=Role.OFFICE_STAFF, office="migration-office")
    assert client.get("/de/dortmund/international/staff/").status_code == 403
    assert client.post("/de/dortmund/international/staff/", {"goal": "1"}).status_code == 403


MODELS = {
    "catalog/service": (Service, "city__slug"),
    "catalog/servicetext": (ServiceText, "service__city__slug"),
    "catalog/office": (Office, "city__slug"),
    "catalog/officetext": (OfficeText, "office__city__slug"),
    "core/city": (City, "slug"),
    "catalog/factcheck": (FactCheck, "city__slug"),
    "international/partnership": (Partnership, "city__slug"),
    "international/project": (Project, "city__slug"),
    "international/goal": (Goal, "project__city__slug"),
    "ask/searchmiss": (SearchMiss, "city__slug"),
}


@pytest.mark.parametrize("city", ["dortmund", "musterstadt"])
def test_a_city_admin_sees_only_their_city_in_every_list(city: str) -> None:
    client = _account(f"adm-{city}", role=Role.ADMIN, city=city, superuser=True)
    other = "musterstadt" if city == "dortmund" else "dortmund"
    for url, (model, lookup) in MODELS.items():
        response = client.get(f"/admin/{url}/")
        assert response.status_code == 200, url
        shown = set(response.context["cl"].queryset.values_list("pk", flat=True))
        own = set(model._default_manager.filter(**{lookup: city}).values_list("pk", flat=True))
        assert shown == own, url
    texts = client.get("/admin/international/internationaltext/").context["cl"].queryset
    assert all(
        (t.owner.city.slug if hasattr(t.owner, "city") else t.owner.project.city.slug) == city
        for t in texts
    )
    # Another city's object: not found (the admin redirects to its index with a notice).
    foreign = Service.objects.filter(city__slug=other).first()
    if foreign is not None:
        response = client.get(f"/admin/catalog/service/{foreign.pk}/change/")
        assert response.status_code == 302


def test_a_platform_superuser_without_profile_sees_every_city() -> None:
    client = _account("root", role=None, superuser=True)
    shown = client.get("/admin/core/city/").context["cl"].queryset
    assert {c.slug for c in shown} >= {"dortmund", "musterstadt"}


def test_back_office_section_names_are_german() -> None:
    client = _account("adm", role=Role.ADMIN, superuser=True)
    html = client.get("/admin/").content.decode()
    assert "Leistungskatalog" in html and "Service catalog" not in html
    assert "Verwaltung" in html


def test_back_office_model_names_are_german_and_the_source_digest_is_hidden() -> None:
    from lotse.catalog.models import ServiceText

    client = _account("adm2", role=Role.ADMIN, superuser=True)
    html = client.get("/admin/").content.decode()
    assert "Texte der Leistungen" in html and "Suchen ohne gute Antwort" in html
    assert "Search misses" not in html and "Service texts" not in html
    text = ServiceText.objects.filter(language="ar").first()
    assert text is not None and text.source_digest
    form = client.get(f"/admin/catalog/servicetext/{text.pk}/change/").content.decode()
    assert text.source_digest not in form and "source_digest" not in form
