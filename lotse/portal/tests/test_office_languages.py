"""Offices by language on the public pages: the `speaks` filter and language names (issue 20)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import translation

from lotse.catalog.models import Office
from lotse.core.languages import spoken_language_name

pytestmark = pytest.mark.django_db


@pytest.fixture
def jobcenter_speaks_arabic() -> None:
    office = Office.objects.get(city__slug="dortmund", key="jobcenter")
    office.languages = [*office.languages, "ar"]
    office.save(update_fields=["languages"])


def _cards(html: str) -> str:
    """The office list itself (the Welcome Center is also linked from every page's frame)."""
    start = html.index('<ul class="cards">')
    return html[start : html.index("</ul>", start)]


def _speaking(code: str) -> set[str]:
    return {o.key for o in Office.objects.filter(city__slug="dortmund") if code in o.languages}


def test_office_list_filters_by_a_language_without_javascript(
    client: Client, jobcenter_speaks_arabic
):
    html = client.get("/en/dortmund/offices/", {"speaks": "ar"}).content.decode()
    assert '<form method="get" class="speaks-filter">' in html
    cards = _cards(html)
    for office in Office.objects.filter(city__slug="dortmund"):
        link = f"/en/dortmund/offices/{office.key}/"
        assert (link in cards) == (office.key in _speaking("ar")), office.key
    assert '<option value="ar" selected>' in html


def test_office_list_says_so_when_no_office_speaks_the_language(client: Client):
    html = client.get("/en/dortmund/offices/", {"speaks": "zu"}).content.decode()
    assert "No office has said yet that it serves in this language." in html
    assert "/en/dortmund/offices/" not in _cards(html)


def test_office_list_with_a_bad_speaks_is_a_400_page_listing_every_office(client: Client):
    response = client.get("/en/dortmund/offices/", {"speaks": "<script>"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html and "<script>" not in html
    assert "/en/dortmund/offices/jobcenter/" in html


@pytest.mark.parametrize("lang", ["de", "tr", "ar", "uk"])
def test_office_page_names_the_languages_in_the_readers_language(
    client: Client, jobcenter_speaks_arabic, lang
):
    html = client.get(f"/{lang}/dortmund/offices/jobcenter/").content.decode()
    with translation.override(lang):
        arabic, german = spoken_language_name("ar"), spoken_language_name("de")
    assert arabic in html and german in html
    if lang != "ar":
        # the reader's name for Arabic, then Arabic's own name, marked as Arabic
        assert '(<span lang="ar">العربيّة</span>)' in html
    assert arabic != "ar"  # Django knows the name, it is not the bare code


def test_language_name_follows_the_active_language():
    with translation.override("de"):
        assert spoken_language_name("ar") == "Arabisch"
    with translation.override("fr"):
        assert spoken_language_name("ar").lower() == "arabe"
    assert spoken_language_name("xx") == "xx"
