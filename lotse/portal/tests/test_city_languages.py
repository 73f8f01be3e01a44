"""Languages per city on the portal: the switcher offers only the city's languages; a page of a
city in a language it does not offer redirects (302) to the same page in English with a notice;
other methods get a 404; the API's `?lang=` falls back to English with `lang_notice`."""

from __future__ import annotations

import re

import pytest

from lotse.core.models import City

pytestmark = pytest.mark.django_db


def _switcher(html: str) -> list[str]:
    return re.findall(r'<link rel="alternate" hreflang="([a-z]+)"', html)


def test_dortmund_switcher_offers_its_twelve_languages_and_not_japanese(client):
    html = client.get("/de/dortmund/").content.decode()
    codes = _switcher(html)
    assert codes == ["de", "en", "ar", "uk", "ru", "tr", "fa", "pl", "ro", "fr", "es", "bg"]
    assert "日本語" not in html


def test_pages_without_a_city_offer_every_language(client):
    html = client.get("/en/").content.decode()
    assert "ja" in _switcher(html)
    assert "日本語" in html


def test_a_city_page_in_a_language_the_city_does_not_offer_redirects_to_english(client):
    response = client.get("/ja/dortmund/services/residence-registration/?x=1")
    assert response.status_code == 302
    assert response["Location"] == (
        "/en/dortmund/services/residence-registration/?x=1&unsupported_lang=ja"
    )
    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert "Dortmund&#x27;s pages are not available in 日本語; showing English instead." in html
    assert '<html lang="en"' in html


def test_the_city_home_in_a_language_not_offered_says_so(client):
    response = client.get("/ja/dortmund/", follow=True)
    assert response.redirect_chain == [("/en/dortmund/?unsupported_lang=ja", 302)]
    assert "not available in 日本語" in response.content.decode()


def test_head_is_redirected_and_a_post_is_a_404_not_a_500(client):
    assert client.head("/ja/dortmund/").status_code == 302
    response = client.post("/ja/dortmund/search/", {"q": "x"})
    assert response.status_code == 404


def test_a_city_that_offers_japanese_serves_japanese_pages(client):
    City.objects.filter(slug="musterstadt").update(
        languages=["de", "en", "ja"],
    )
    response = client.get("/ja/musterstadt/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ja" dir="ltr"' in html
    assert _switcher(html) == ["de", "en", "ja"]
    assert "本文へスキップ" in html  # the interface in Japanese (lotse/locale/ja)
    # and the same city's pages in a language it dropped now redirect
    assert client.get("/ar/musterstadt/").status_code == 302


def test_api_lang_falls_back_to_english_for_a_language_the_city_does_not_offer(client):
    data = client.get(
        "/api/v1/cities/dortmund/services/residence-registration", {"lang": "ja"}
    ).json()
    assert data["lang"] == "en"
    assert "ja" in data["lang_notice"]
    offered = client.get(
        "/api/v1/cities/dortmund/services/residence-registration", {"lang": "bg"}
    ).json()
    assert offered["lang"] == "bg" and "lang_notice" not in offered


def test_api_cities_lists_each_citys_languages(client):
    cities = {c["slug"]: c for c in client.get("/api/v1/cities").json()}
    assert "ja" not in cities["dortmund"]["languages"]
    assert cities["dortmund"]["languages"][:2] == ["de", "en"]
