"""Issue 24: the search answers in the asker's language. A question on the Turkish page that
borrows a German word, or that starts with a greeting, is answered with Turkish titles, snippets
and links; offices come back for where/phone questions; weak results get the "not sure" notice
with the Welcome Center's phone and e-mail above them; one "Talk to us" box."""

from __future__ import annotations

import re

import pytest

from lotse.ask.langdetect import reader_language, without_greeting
from lotse.core.testing import assert_conforms

pytestmark = pytest.mark.django_db


def test_greeting_is_left_out_before_the_language_is_judged():
    assert without_greeting("Hello, wo melde ich mich an?") == "wo melde ich mich an?"
    assert without_greeting("Merhaba! Guten Tag, Kindergeld") == "Kindergeld"
    assert without_greeting("Привіт") == "Привіт"  # only a greeting: kept
    assert without_greeting("Hilfe bei der Anmeldung") == "Hilfe bei der Anmeldung"


def test_reader_language_is_the_pages_unless_the_question_is_in_another_script():
    assert reader_language("tr", "Bürgerbüro adresi nerede", "de") == "tr"
    assert reader_language("uk", "Hello", "en") == "uk"
    assert reader_language("de", "روضة أطفال لابني", "ar") == "ar"
    assert reader_language("en", "Привіт, як отримати захист", "uk") == "uk"


def test_turkish_question_with_a_german_word_links_to_turkish_pages(client):
    html = client.get("/tr/dortmund/search/", {"q": "Bürgerbüro adresi nerede"}).content.decode()
    results = html[html.index('id="ask-results"') :]
    assert "/tr/dortmund/services/" in results
    assert "/de/dortmund/services/" not in results
    assert 'lang="de"' not in results.split("</ol>")[0]


def test_a_greeting_keeps_the_pages_language(client):
    html = client.get("/tr/dortmund/search/", {"q": "Merhaba"}).content.decode()
    assert "/tr/dortmund/services/" in html
    assert "/en/dortmund/services/" not in html


def test_api_gives_titles_snippets_and_links_in_the_pages_language(client):
    response = client.get(
        "/api/v1/search", {"city": "dortmund", "q": "Bürgerbüro adresi nerede", "ui_lang": "tr"}
    )
    assert response.status_code == 200
    assert_conforms(response, "get", "/api/v1/search")
    data = response.json()
    assert data["lang"] == "de"  # analysed as German: it is the German word that routes it
    assert data["ui_lang"] == "tr"
    assert data["results"]
    for result in data["results"]:
        assert result["url"].startswith("/tr/dortmund/services/")
        assert result["title_lang"] == "tr"
        assert result["snippet"] and result["snippet_lang"] == "tr"
        assert len(result["snippet"]) <= 161
    assert data["fallback"]["url"].startswith("/tr/")


def test_api_without_ui_lang_keeps_the_questions_language(client):
    data = client.get("/api/v1/search", {"city": "dortmund", "q": "Bürgerbüro adresi"}).json()
    assert data["ui_lang"] == data["lang"]


def test_api_unknown_ui_lang_is_a_400_naming_the_field(client):
    response = client.get("/api/v1/search", {"city": "dortmund", "q": "kita", "ui_lang": "xx"})
    assert response.status_code == 400
    assert "ui_lang" in response.json()["error"]["fields"]


def test_where_question_returns_offices_with_address_and_phone(client):
    data = client.get(
        "/api/v1/search", {"city": "dortmund", "q": "where is the Ausländerbehörde"}
    ).json()
    assert data["offices"], data
    first = data["offices"][0]
    assert first["key"] == "migration-office"
    assert first["address"] and first["phone"]
    assert first["url"] == "/en/dortmund/offices/migration-office/"
    plain = client.get("/api/v1/search", {"city": "dortmund", "q": "child benefit"}).json()
    assert plain["offices"] == []


def test_where_question_page_lists_the_offices(client):
    html = client.get(
        "/en/dortmund/search/", {"q": "where is the Ausländerbehörde"}
    ).content.decode()
    section = html[html.index('class="ask-offices"') : html.index('id="ask-results"')]
    assert "/en/dortmund/offices/migration-office/" in section


def _unsure_notice(html: str) -> str:
    notice = re.search(r'<p class="notice ask-unsure"[^>]*>(.*?)</p>', html, re.S)
    assert notice is not None
    assert html.index("ask-unsure") < html.index('id="ask-results"') + 400  # above the list
    if 'class="cards ask-results"' in html:
        assert html.index("ask-unsure") < html.index('class="cards ask-results"')
    return notice.group(1)


def test_weak_results_get_the_not_sure_notice_with_phone_and_email_above_them(client):
    html = client.get("/en/musterstadt/search/", {"q": "my neighbour is noisy"}).content.decode()
    notice = _unsure_notice(html)
    assert 'href="tel:+499999' in notice and 'href="mailto:info@musterstadt.example"' in notice


def test_without_a_known_phone_the_notice_links_the_welcome_center(client):
    """Dortmund's data has no confirmed phone or e-mail for its Welcome Center (offices.yaml,
    `uncertain`): the notice names it with its address instead of inventing a number."""
    html = client.get("/en/dortmund/search/", {"q": "qwxz blorp zzkv"}).content.decode()
    notice = _unsure_notice(html)
    assert 'href="/en/dortmund/offices/welcome-center/"' in notice
    assert "Friedensplatz 7" in notice


def test_every_result_has_a_snippet(client):
    html = client.get("/en/dortmund/search/", {"q": "child benefit for my kids"}).content.decode()
    results = html.count('<a class="card" href="/en/dortmund/services/')
    assert results >= 3
    assert html.count('class="snippet"') == results


def test_one_talk_to_us_box_on_the_search_page(client):
    html = client.get("/en/dortmund/search/", {"q": "child benefit"}).content.decode()
    assert html.count("Talk to us") == 1
    empty = client.get("/en/dortmund/search/").content.decode()
    assert empty.count("Talk to us") == 1
