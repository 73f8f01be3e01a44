"""Languages per city (city.yaml `languages`): texts are required in, and allowed only in, the
city's languages; without the list a city offers every language except the opt-in ones (ja)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from django.conf import settings

from lotse.catalog.loader import CatalogDataError, read_city_data
from lotse.catalog.services import catalog_load_city
from lotse.core.languages import city_languages, default_city_languages
from lotse.core.models import City
from lotse.core.testing import edit_yaml

pytestmark = pytest.mark.django_db

DORTMUND = ["de", "en", "ar", "uk", "ru", "tr", "fa", "pl", "ro", "fr", "es", "bg"]
JA = {
    "residence-registration": {
        "name": "住民登録（転入届）",
        "summary": "引っ越したら、2週間以内に新しい住所を市役所に届け出ます。",
    },
    "welcome-counselling": {
        "name": "インフォポイントの初回相談",
        "summary": "どんな質問にもお答えし、担当の役所をご案内します。",
    },
}


def _errors(city_dir: Path) -> list[str]:
    with pytest.raises(CatalogDataError) as info:
        read_city_data(city_dir)
    return info.value.errors


def _set_languages(city_dir: Path, languages: list[str]) -> None:
    edit_yaml(city_dir / "city.yaml", lambda d: d.update(languages=languages))


def _only(city_dir: Path, keep: set[str], *, ja: bool) -> None:
    """Keep the service texts in `keep`; add the Japanese name and summary when `ja`."""
    for path in (city_dir / "services").glob("*.yaml"):

        def change(data, key=path.stem):
            data["text"] = {k: v for k, v in data["text"].items() if k in keep}
            if ja:
                data["text"]["ja"] = dict(JA[key])

        edit_yaml(path, change)


def test_without_a_list_a_city_offers_every_language_but_the_opt_in_ones(city_dir: Path):
    assert "ja" in dict(settings.LANGUAGES) and "ja" in settings.LANGUAGES_OPT_IN
    city = read_city_data(city_dir)
    assert city.languages == default_city_languages()
    assert "ja" not in city.languages and "bg" in city.languages


def test_dortmund_lists_its_languages_and_they_are_stored_on_the_city():
    dortmund = City.objects.get(slug="dortmund")
    assert dortmund.languages == DORTMUND
    assert city_languages(dortmund) == DORTMUND
    # A city row without a list (e.g. created before the field) falls back to the default.
    assert city_languages(City(slug="x")) == default_city_languages()
    assert city_languages(City(slug="x", languages=None)) == default_city_languages()


def test_a_city_with_japanese_needs_japanese_titles_naming_the_file(city_dir: Path):
    _set_languages(city_dir, ["de", "en", "ja"])
    _only(city_dir, {"de", "en"}, ja=False)
    errors = _errors(city_dir)
    for key in JA:
        assert any(
            f"services/{key}.yaml" in e and "text.ja: missing name, summary" in e for e in errors
        ), errors


def test_a_city_loads_with_only_its_languages(city_dir: Path):
    _set_languages(city_dir, ["ja", "en", "de"])
    _only(city_dir, {"de", "en"}, ja=True)
    city = catalog_load_city(directory=city_dir)
    assert city.languages == ["de", "en", "ja"]  # the project's order
    service = city.services.get(key="residence-registration")
    assert service.texts.get(language="ja", module="name").text == "住民登録（転入届）"
    assert not service.texts.filter(language="ar").exists()


def test_a_text_in_a_language_the_city_does_not_offer_is_an_error(city_dir: Path):
    _set_languages(city_dir, ["de", "en", "ja"])
    _only(city_dir, {"de", "en", "ar"}, ja=True)
    errors = _errors(city_dir)
    assert any(
        "services/residence-registration.yaml" in e
        and "'ar' is not one of the city's languages" in e
        for e in errors
    ), errors


def test_a_translation_file_of_a_language_not_offered_names_the_file(city_dir: Path):
    # Musterstadt has no `languages`: Japanese is opt-in, so a Japanese file is refused.
    overlay = city_dir / "translations" / "ja" / "services" / "welcome-counselling.yaml"
    overlay.parent.mkdir(parents=True)
    overlay.write_text(yaml.safe_dump(JA["welcome-counselling"], allow_unicode=True), "utf-8")
    errors = _errors(city_dir)
    assert any(
        "translations/ja/services/welcome-counselling.yaml" in e
        and "'ja' is not one of the city's languages" in e
        for e in errors
    ), errors


def test_an_office_translation_of_a_language_not_offered_names_the_file(city_dir: Path):
    _set_languages(city_dir, ["de", "en", "ja"])
    _only(city_dir, {"de", "en"}, ja=True)
    overlay = city_dir / "translations" / "ar" / "offices.yaml"
    overlay.parent.mkdir(parents=True)
    overlay.write_text(yaml.safe_dump({"info-point": {"name": "نقطة المعلومات"}}), "utf-8")
    errors = _errors(city_dir)
    assert any(
        "translations/ar/offices.yaml" in e and "'ar' is not one of the city's languages" in e
        for e in errors
    ), errors


@pytest.mark.parametrize(
    ("languages", "message"),
    [
        (["de", "en", "xx"], "unknown language codes ['xx']"),
        (["de", "ja"], "must contain 'en'"),
        (["en", "ja"], "must contain 'de'"),
        (["de", "en", "en"], "listed twice"),
    ],
)
def test_a_bad_language_list_is_refused_naming_city_yaml(
    city_dir: Path, languages: list[str], message: str
):
    _set_languages(city_dir, languages)
    errors = _errors(city_dir)
    assert any("city.yaml" in e and "'languages'" in e and message in e for e in errors), errors


def test_a_language_list_that_is_not_a_list_is_refused(city_dir: Path):
    edit_yaml(city_dir / "city.yaml", lambda d: d.update(languages="de, en"))
    errors = _errors(city_dir)
    assert any("city.yaml" in e and "'languages' must be a list" in e for e in errors), errors
