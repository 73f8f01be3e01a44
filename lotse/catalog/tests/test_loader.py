"""Loading city data files: valid data loads, broken data is refused whole with named errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from lotse.catalog.loader import CatalogDataError, read_city_data
from lotse.catalog.models import Office, Service, ServiceText, TranslationStatus
from lotse.catalog.services import catalog_load_city
from lotse.core.testing import edit_yaml

pytestmark = pytest.mark.django_db


def _errors(city_dir: Path) -> list[str]:
    with pytest.raises(CatalogDataError) as info:
        read_city_data(city_dir)
    return info.value.errors


def test_second_city_is_data_only_and_loads_beside_dortmund():
    services = Service.objects.filter(city__slug="musterstadt")
    assert sorted(services.values_list("key", flat=True)) == [
        "residence-registration",
        "welcome-counselling",
    ]
    # Same key in two cities, each with its own responsible office.
    assert Service.objects.filter(key="residence-registration").count() == 2
    office = Office.objects.get(city__slug="musterstadt", key="rathaus")
    assert list(office.services.values_list("key", flat=True)) == ["residence-registration"]


def test_broken_yaml_names_file_and_line(city_dir: Path):
    (city_dir / "offices.yaml").write_text("- key: x\n  name: [unclosed\n", encoding="utf-8")
    errors = _errors(city_dir)
    assert any("offices.yaml:3: invalid YAML" in e for e in errors), errors


def test_a_bad_value_names_file_and_line(city_dir: Path):
    path = city_dir / "offices.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.strip().startswith("email:"))
    lines[number - 1] = lines[number - 1].split("email:")[0] + "website: javascript:alert(1)"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = _errors(city_dir)
    assert any(f"offices.yaml:{number}:" in e and "http(s) URL" in e for e in errors), errors


def test_missing_translation_is_named(city_dir: Path):
    edit_yaml(city_dir / "services" / "welcome-counselling.yaml", lambda d: d["text"].pop("fa"))
    errors = _errors(city_dir)
    assert any("welcome-counselling.yaml: text.fa: missing name, summary" in e for e in errors)


def test_german_and_english_need_the_full_modules(city_dir: Path):
    edit_yaml(
        city_dir / "services" / "welcome-counselling.yaml", lambda d: d["text"]["en"].pop("steps")
    )
    assert any("text.en: missing steps" in e for e in _errors(city_dir))


def test_unknown_office_and_related_service_are_named(city_dir: Path):
    def change(d):
        d["offices"] = ["no-such-office"]
        d["related"] = ["no-such-service"]

    edit_yaml(city_dir / "services" / "welcome-counselling.yaml", change)
    errors = _errors(city_dir)
    assert any("unknown office 'no-such-office'" in e for e in errors)
    assert any("unknown related service 'no-such-service'" in e for e in errors)


def test_opening_hours_must_close_after_they_open(city_dir: Path):
    edit_yaml(
        city_dir / "offices.yaml",
        lambda d: d[0]["opening_hours"].append(
            {"days": ["mo"], "opens": "15:00", "closes": "09:00"}
        ),
    )
    assert any("closes 09:00 must be after opens 15:00" in e for e in _errors(city_dir))


def test_every_fact_needs_a_dated_source(city_dir: Path):
    edit_yaml(
        city_dir / "services" / "residence-registration.yaml",
        lambda d: d["sources"][0].update(checked="yesterday"),
    )
    assert any("'checked' must be a date" in e for e in _errors(city_dir))


def test_file_name_must_match_key_and_leika_has_14_digits(city_dir: Path):
    edit_yaml(
        city_dir / "services" / "residence-registration.yaml",
        lambda d: d.update(key="other", leika=["123"]),
    )
    errors = _errors(city_dir)
    assert any("must equal the file name" in e for e in errors)
    assert any("LeiKa key '123' must have 14 digits" in e for e in errors)


def test_invalid_data_loads_nothing(city_dir: Path):
    before = ServiceText.objects.filter(service__city__slug="musterstadt").count()
    edit_yaml(
        city_dir / "services" / "residence-registration.yaml",
        lambda d: d["text"]["de"].update(name="Geändert"),
    )
    edit_yaml(city_dir / "services" / "welcome-counselling.yaml", lambda d: d["text"].pop("ar"))
    with pytest.raises(CatalogDataError):
        catalog_load_city(directory=city_dir)
    assert ServiceText.objects.filter(service__city__slug="musterstadt").count() == before
    name = ServiceText.objects.get(
        service__city__slug="musterstadt",
        service__key="residence-registration",
        module="name",
        language="de",
    )
    assert name.text == "Wohnsitz anmelden"


def test_reload_replaces_changed_texts_and_removed_services(city_dir: Path):
    (city_dir / "services" / "residence-registration.yaml").unlink()
    edit_yaml(city_dir / "services" / "welcome-counselling.yaml", lambda d: d.update(related=[]))
    catalog_load_city(directory=city_dir)
    assert list(Service.objects.filter(city__slug="musterstadt").values_list("key", flat=True)) == [
        "welcome-counselling"
    ]


def test_statuses_from_data_original_and_machine_assisted():
    texts = ServiceText.objects.filter(service__city__slug="musterstadt", module="name")
    statuses = dict(texts.values_list("language", "status"))
    assert statuses["de"] == TranslationStatus.ORIGINAL
    assert statuses["ar"] == TranslationStatus.MACHINE_ASSISTED


def test_management_command_reports_problems_without_traceback(city_dir: Path):
    from django.core.management import CommandError, call_command

    edit_yaml(city_dir / "services" / "welcome-counselling.yaml", lambda d: d["text"].pop("uk"))
    with pytest.raises(CommandError, match=r"problem\(s\) in the data, nothing was loaded"):
        call_command("catalog_load", "musterstadt", "--dir", str(city_dir))
