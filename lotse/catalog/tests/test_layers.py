"""Content layers: federal and state texts written once, merged into each city's services."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.conf import settings

from conftest import MUSTERSTADT
from lotse.catalog.facts import texts_written_twice
from lotse.catalog.loader import CatalogDataError, read_city_data
from lotse.catalog.models import Service, ServiceText, TranslationStatus
from lotse.catalog.services import catalog_load_city

KEY = "residence-registration"
BMG = "https://www.gesetze-im-internet.de/bmg/__17.html"


def _dump(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    _dump(path, data)


def _city(root: Path, slug: str) -> Path:
    """A copy of the test city under `root/cities/<slug>` whose residence registration keeps
    only its own modules: legal basis and deadlines are the federal layer's, fees the state's."""
    target = root / "cities" / slug
    shutil.copytree(MUSTERSTADT, target)
    _edit(target / "city.yaml", lambda d: d.update(slug=slug))

    def strip(data: dict[str, Any]) -> None:
        data["sources"] = [
            {
                "url": f"https://{slug}.example/",
                "title": slug,
                "checked": "2026-12-01",
                "covers": ["steps"],
            }
        ]
        for lang in ("de", "en"):
            for module in ("legal_basis", "deadlines", "fees"):
                del data["text"][lang][module]

    _edit(target / "services" / f"{KEY}.yaml", strip)
    return target


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    _dump(
        root / "federal" / "services" / f"{KEY}.yaml",
        {
            "key": KEY,
            "sources": [
                {
                    "url": BMG,
                    "title": "BMG § 17",
                    "checked": "2026-11-22",
                    "covers": ["legal_basis", "deadlines"],
                }
            ],
            "uncertain": {"deadlines": "federal note", "legal_basis": "federal note"},
            "text": {
                "de": {
                    "deadlines": "Innerhalb von zwei Wochen.",
                    "legal_basis": ["§ 17 BMG"],
                    "fees": "Bund",
                },
                "en": {
                    "deadlines": "Within two weeks.",
                    "legal_basis": ["Section 17 BMG"],
                    "fees": "Federal",
                    "status": "reviewed",
                },
            },
        },
    )
    _dump(
        root / "federal" / "translations" / "ar" / "services" / f"{KEY}.yaml",
        {"deadlines": "خلال أسبوعين.", "status": "reviewed"},
    )
    _dump(
        root / "states" / "nw" / "services" / f"{KEY}.yaml",
        {
            "key": KEY,
            "sources": [
                {
                    "url": "https://nrw.example/fees",
                    "title": "NRW fees",
                    "checked": "2026-11-20",
                    "covers": ["fees"],
                },
                {
                    "url": BMG,
                    "title": "BMG § 17",
                    "checked": "2026-11-10",
                    "covers": ["fees"],
                },
            ],
            "uncertain": {"deadlines": "state note"},
            "text": {"de": {"fees": "Kostenlos."}, "en": {"fees": "Free of charge."}},
        },
    )
    # A federal service no city of this tree offers: checked, but creates nothing.
    _dump(
        root / "federal" / "services" / "tax-id.yaml",
        {
            "key": "tax-id",
            "sources": [
                {
                    "url": "https://bzst.example/",
                    "title": "BZSt",
                    "checked": "2026-11-22",
                    "covers": ["name"],
                }
            ],
            "text": {"de": {"name": "Steuer-ID"}},
        },
    )
    _city(root, "alpha")
    _city(root, "beta")
    return root


def _service(city: Any, key: str = KEY):
    return next(s for s in city.services if s.key == key)


def test_a_service_merges_city_over_state_over_federal(tree: Path):
    city = read_city_data(tree / "cities" / "alpha")
    service = _service(city)
    assert [s.key for s in city.services] == [KEY, "welcome-counselling"]  # no tax-id
    assert service.texts["de"]["deadlines"] == "Innerhalb von zwei Wochen."
    assert service.texts["de"]["fees"] == "Kostenlos."  # the state's over the federal one
    assert service.texts["de"]["steps"].startswith("Termin buchen")  # the city's own
    assert service.texts["ar"]["deadlines"] == "خلال أسبوعين."
    assert service.layers["fees"] == "state"
    assert service.layers["legal_basis"] == "federal"
    assert service.layers["steps"] == "city"
    assert service.text_layers["ar"]["deadlines"] == "federal"
    # Sources: federal, state, city; one URL once, its covers joined, the earlier check kept.
    assert [s.url for s in service.sources] == [
        BMG,
        "https://nrw.example/fees",
        "https://alpha.example/",
    ]
    assert service.sources[0].covers == ["legal_basis", "deadlines", "fees"]
    assert str(service.sources[0].checked) == "2026-11-10"
    assert service.uncertain["deadlines"] == "state note"
    assert service.uncertain["legal_basis"] == "federal note"
    assert service.uncertain["fees"] == "Example city: no real fee source."
    assert service.leika == ["99115001000000"]  # the city's, not empty
    # The weakest contributing file decides: en from the reviewed federal file and the
    # city's machine-assisted one.
    assert service.statuses["en"] == TranslationStatus.MACHINE_ASSISTED


def test_a_city_overrides_a_layer_module_by_writing_it(tree: Path):
    path = tree / "cities" / "alpha" / "services" / f"{KEY}.yaml"
    _edit(path, lambda d: d["text"]["de"].update(deadlines="Alpha: eine Woche."))
    service = _service(read_city_data(tree / "cities" / "alpha"))
    assert service.texts["de"]["deadlines"] == "Alpha: eine Woche."
    assert service.layers["deadlines"] == "city"
    beta = _service(read_city_data(tree / "cities" / "beta"))
    assert beta.texts["de"]["deadlines"] == "Innerhalb von zwei Wochen."


def test_a_layer_file_never_holds_offices_and_errors_name_the_layer_file(tree: Path):
    path = tree / "federal" / "services" / f"{KEY}.yaml"
    _edit(path, lambda d: d.update(offices=["rathaus"], related=["tax-id"]))
    with pytest.raises(CatalogDataError) as info:
        read_city_data(tree / "cities" / "alpha")
    errors = [e for e in info.value.errors if "always the city's own" in e]
    assert len(errors) == 2
    assert all(e.startswith(path.as_posix()) for e in errors), errors


def test_a_layer_source_may_only_cover_what_the_layer_holds(tree: Path):
    path = tree / "states" / "nw" / "services" / f"{KEY}.yaml"
    _edit(path, lambda d: d["sources"][0]["covers"].append("steps"))
    with pytest.raises(CatalogDataError) as info:
        read_city_data(tree / "cities" / "alpha")
    assert any(e.startswith(path.as_posix()) and "'steps'" in e for e in info.value.errors)


def test_a_module_missing_in_every_layer_is_named_in_the_city_file(tree: Path):
    (tree / "federal" / "services" / f"{KEY}.yaml").unlink()
    shutil.rmtree(tree / "federal" / "translations")
    with pytest.raises(CatalogDataError) as info:
        read_city_data(tree / "cities" / "alpha")
    city_file = (tree / "cities" / "alpha" / "services" / f"{KEY}.yaml").as_posix()
    assert f"{city_file}: text.de: missing deadlines, legal_basis" in info.value.errors


def test_a_layer_translation_in_a_language_the_city_does_not_offer_is_skipped(tree: Path):
    # Japanese is opt-in: a city without a `languages` list does not offer it.
    _dump(
        tree / "federal" / "translations" / "ja" / "services" / f"{KEY}.yaml",
        {"deadlines": "二週間以内。"},
    )
    service = _service(read_city_data(tree / "cities" / "alpha"))
    assert "ja" not in service.texts
    # In a city's own folder a language the city does not offer stays an error.
    city_dir = tree / "cities" / "alpha"
    _dump(city_dir / "translations" / "ja" / "services" / f"{KEY}.yaml", {"name": "住民登録"})
    with pytest.raises(CatalogDataError) as info:
        read_city_data(city_dir)
    assert any("language 'ja' is not one of the city's languages" in e for e in info.value.errors)


def test_without_layer_folders_a_city_reads_as_before():
    city = read_city_data(MUSTERSTADT)
    service = _service(city)
    assert set(service.layers.values()) == {"city"}
    assert service.texts["de"]["deadlines"] == "Innerhalb von zwei Wochen nach dem Einzug."


@pytest.mark.django_db
def test_a_changed_federal_text_makes_its_translations_outdated_in_every_city(tree: Path):
    for slug in ("alpha", "beta"):
        catalog_load_city(directory=tree / "cities" / slug)
    rows = ServiceText.objects.filter(service__key=KEY, service__city__slug__in=["alpha", "beta"])
    # The weakest file decides a language's status: the city's Arabic file is machine-assisted.
    assert set(rows.filter(module="deadlines", language="ar").values_list("status", flat=True)) == {
        TranslationStatus.MACHINE_ASSISTED
    }
    assert Service.objects.get(city__slug="alpha", key=KEY).text_layers["deadlines"] == "federal"

    _edit(
        tree / "federal" / "services" / f"{KEY}.yaml",
        lambda d: d["text"]["de"].update(deadlines="Innerhalb von 14 Tagen nach dem Einzug."),
    )
    for slug in ("alpha", "beta"):
        catalog_load_city(directory=tree / "cities" / slug)

    for slug in ("alpha", "beta"):
        service = rows.filter(service__city__slug=slug)
        assert service.get(module="deadlines", language="de").text.startswith("Innerhalb von 14")
        outdated = {
            r.language
            for r in service.filter(module="deadlines").exclude(language="de")
            if r.status == TranslationStatus.OUTDATED
        }
        assert outdated == {"en", "ar"}, slug
        # A module whose German text did not change keeps its translation's status.
        assert service.get(module="legal_basis", language="en").status == (
            TranslationStatus.MACHINE_ASSISTED
        )

    # The translator follows: a new English text in the federal file is current again.
    _edit(
        tree / "federal" / "services" / f"{KEY}.yaml",
        lambda d: d["text"]["en"].update(deadlines="Within 14 days of moving in."),
    )
    catalog_load_city(directory=tree / "cities" / "alpha")
    assert rows.get(service__city__slug="alpha", module="deadlines", language="en").status == (
        TranslationStatus.MACHINE_ASSISTED
    )


@pytest.mark.django_db
def test_a_translation_from_another_layer_than_its_german_text_is_outdated(tree: Path):
    # Alpha writes its own German deadlines; the Arabic one still comes from the federal layer.
    _edit(
        tree / "cities" / "alpha" / "services" / f"{KEY}.yaml",
        lambda d: d["text"]["de"].update(deadlines="Alpha: eine Woche."),
    )
    catalog_load_city(directory=tree / "cities" / "alpha")
    row = ServiceText.objects.get(
        service__city__slug="alpha", service__key=KEY, module="deadlines", language="ar"
    )
    assert row.status == TranslationStatus.OUTDATED


def test_no_german_text_is_written_twice_in_the_data_tree():
    """A federal or state fact lives once, in its layer: no German module text (of some length)
    is written verbatim by two cities, or by a city and a layer."""
    assert texts_written_twice(Path(settings.BASE_DIR) / "data") == []


def test_a_text_two_cities_write_verbatim_is_found(tree: Path):
    body = "Wer in eine Wohnung einzieht, meldet sich an. Das geht im Rathaus."
    found = dict(texts_written_twice(tree))
    assert sorted(Path(p).parts[-3] for p in found[body]) == ["alpha", "beta"]
    # Written once in the federal layer instead, it is no longer a duplicate.
    for slug in ("alpha", "beta"):
        _edit(
            tree / "cities" / slug / "services" / f"{KEY}.yaml",
            lambda d: d["text"]["de"].pop("body"),
        )
    _edit(
        tree / "federal" / "services" / f"{KEY}.yaml",
        lambda d: d["text"]["de"].update(body=body),
    )
    assert body not in dict(texts_written_twice(tree))
    assert _service(read_city_data(tree / "cities" / "beta")).texts["de"]["body"] == body


@pytest.mark.django_db
def test_the_service_page_and_api_say_which_layer_a_module_comes_from(client):
    page = client.get("/de/dortmund/services/child-benefit/").content.decode()
    assert (
        '<h2 id="h-fees">Gebühren<span class="layer" data-layer="federal">Bundesrecht</span>'
        in page
    )
    page = client.get("/en/dortmund/services/school-enrolment/").content.decode()
    assert 'data-layer="state">State of North Rhine-Westphalia</span>' in page
    page = client.get("/en/dortmund/services/accelerated-skilled-worker-procedure/").content
    assert 'data-layer="city">City of Dortmund</span>' in page.decode()
    body = client.get("/api/v1/cities/dortmund/services/child-benefit?lang=ar").json()
    assert body["text_layers"]["fees"] == "federal"
    assert body["text_layers"]["steps"] == "city"


def test_a_layer_translation_without_its_service_file_is_an_error(tree: Path):
    orphan = tree / "states" / "nw" / "translations" / "ar" / "services" / "tax-id.yaml"
    _dump(orphan, {"name": "رقم التعريف الضريبي"})
    with pytest.raises(CatalogDataError) as info:
        read_city_data(tree / "cities" / "alpha")
    assert any(
        e.startswith(f"{orphan.as_posix()}: a translation without") for e in info.value.errors
    )
