"""Public pages: every language, RTL, the language switcher, errors, page weight."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db
PAGE_BUDGET = 60 * 1024


def test_root_redirects_to_the_browser_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="uk,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/uk/"


def test_root_with_an_unsupported_browser_language_goes_to_english(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="sw")
    assert response["Location"] in {"/en/", "/de/"}


@pytest.mark.parametrize(
    "lang", ["de", "en", "ar", "uk", "ru", "tr", "fa", "pl", "ro", "fr", "es", "bg"]
)
def test_service_page_renders_in_every_language(client, lang):
    response = client.get(f"/{lang}/musterstadt/services/residence-registration/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}" dir="{"rtl" if lang in ("ar", "fa") else "ltr"}">' in html
    # The switcher links to the same page in every language.
    for other in ["de", "en", "ar", "fa", "es"]:
        assert f'href="/{other}/musterstadt/services/residence-registration/"' in html


def test_service_page_shows_every_section_with_sources(client):
    html = client.get("/en/musterstadt/services/residence-registration/").content.decode()
    assert "<h1>Register your address</h1>" in html
    for text in [
        "Book an appointment",
        "Landlord&#x27;s confirmation",
        "Free of charge.",
        "Within two weeks of moving in.",
        "Section 17 Federal Registration Act (BMG)",
        "Musterstadt Town Hall",
        "Marktplatz 2",
        "checked on 2026-11-22",
        "Not confirmed:",
        "Example city: no real fee source.",
    ]:
        assert text in html, text
    assert 'href="https://www.gesetze-im-internet.de/bmg/__17.html"' in html
    # Opening hours with two intervals on Monday.
    assert re.search(r"Monday</th><td><bdi>08:00–12:00</bdi>, <bdi>14:00–17:30</bdi>", html)


def test_untranslated_parts_are_shown_in_english_and_marked(client):
    html = client.get("/ar/musterstadt/services/residence-registration/").content.decode()
    assert "تسجيل السكن" in html
    assert 'lang="en"' in html  # the English body is marked as English for screen readers
    assert "English" in html


def test_office_page_lists_its_services(client):
    html = client.get("/de/musterstadt/offices/info-point/").content.decode()
    assert "<h1>Infopunkt Musterstadt</h1>" in html
    assert "/de/musterstadt/services/welcome-counselling/" in html
    assert "Stufenloser Eingang." in html


def test_life_situation_pages_group_services(client):
    html = client.get("/en/musterstadt/life/housing/").content.decode()
    assert "Register your address" in html
    assert "First advice at the Info Point" not in html
    assert client.get("/en/musterstadt/life/space-travel/").status_code == 404


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("/en/atlantis/", "There is no city “atlantis”"),
        ("/en/musterstadt/services/time-travel/", "There is no service “time-travel”"),
        ("/en/musterstadt/offices/moon-base/", "There is no office “moon-base”"),
    ],
)
def test_unknown_things_get_a_404_page_saying_what(client, url, needle):
    response = client.get(url)
    assert response.status_code == 404
    assert needle in response.content.decode()


def test_unsupported_language_shows_english_with_a_notice(client):
    response = client.get("/sw/musterstadt/", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[0][0] == "/en/musterstadt/?unsupported_lang=sw"
    assert "Language “sw” is not available" in response.content.decode()


def test_city_home_shows_the_welcome_center_fallback(client):
    html = client.get("/en/musterstadt/").content.decode()
    assert "Didn&#x27;t find it? Talk to us" in html or "Didn't find it? Talk to us" in html
    assert "Musterstadt Info Point" in html


def test_service_page_query_count_is_bounded(client):
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/dortmund/services/residence-registration/")
    assert len(queries) <= 20


def _weight(client, url: str) -> int:
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    total = len(response.content)
    for asset in re.findall(r'(?:href|src)="(/static/[^"]+)"', html):
        asset_response = client.get(asset)
        assert asset_response.status_code == 200, asset
        total += len(b"".join(asset_response.streaming_content))
    return total


@pytest.mark.parametrize(
    "url",
    [
        "/de/dortmund/",
        "/ar/dortmund/services/residence-registration/",
        "/en/dortmund/services/eu-blue-card/",
        "/de/dortmund/offices/migration-office/",
        "/en/dortmund/services/",
    ],
)
def test_public_page_with_its_css_and_js_is_under_60_kb(client, url):
    assert _weight(client, url) < PAGE_BUDGET


def test_machine_assisted_text_says_so_in_the_readers_language_with_a_link_to_german(client):
    html = client.get("/ar/musterstadt/services/residence-registration/").content.decode()
    assert "تُرجم هذا النص بمساعدة الترجمة الآلية ولم تتم مراجعته بعد" in html
    assert 'href="/de/musterstadt/services/residence-registration/" hreflang="de"' in html
    assert html.count('class="notice" role="note"') == 1
    # The German page is the original: no notice there.
    german = client.get("/de/musterstadt/services/residence-registration/").content.decode()
    assert "Original lesen" not in german and 'role="note"' not in german


def test_outdated_translation_says_it_may_be_behind_the_german_text(client):
    from lotse.catalog.models import Office, Service
    from lotse.catalog.services import office_text_update, service_text_update

    service = Service.objects.get(city__slug="musterstadt", key="residence-registration")
    service_text_update(service=service, module="summary", language="de", text="Neuer Kurztext.")
    html = client.get("/uk/musterstadt/services/residence-registration/").content.decode()
    assert "Оригінальний текст змінився після створення цього перекладу." in html
    english = client.get("/en/musterstadt/services/residence-registration/").content.decode()
    assert "The translation may be out of date." in english
    office = Office.objects.get(city__slug="musterstadt", key="info-point")
    office_text_update(office=office, field="description", language="de", text="Neu.")
    office_html = client.get("/en/musterstadt/offices/info-point/").content.decode()
    assert "The translation may be out of date." in office_html
    assert 'href="/de/musterstadt/offices/info-point/" hreflang="de"' in office_html


def test_reviewer_and_review_date_are_never_shown_to_the_public(client, django_user_model):
    from lotse.catalog.models import ServiceText
    from lotse.core.translation import text_mark_reviewed

    reviewer = django_user_model.objects.create_user("revname-qx", password="x-long-password-1")
    rows = ServiceText.objects.filter(
        service__city__slug="musterstadt", service__key="residence-registration", language="fr"
    )
    for row in rows:
        text_mark_reviewed(row=row, user=reviewer)
    html = client.get("/fr/musterstadt/services/residence-registration/").content.decode()
    assert "revname-qx" not in html
    api = client.get(
        "/api/v1/cities/musterstadt/services/residence-registration", {"lang": "fr"}
    ).content.decode()
    assert "revname-qx" not in api
    assert "reviewed" in api  # the status is public, the reviewer is not


@pytest.mark.parametrize(
    "url",
    [
        "/en/musterstadt/services/residence-registration/",
        "/ar/musterstadt/offices/info-point/",
    ],
)
def test_read_aloud_button_is_hidden_until_a_voice_is_found_and_uses_no_inline_script(client, url):
    response = client.get(url)
    html = response.content.decode()
    assert '<p class="read-aloud" hidden><button type="button" data-read-aloud' in html
    assert '<script src="/static/portal/read-aloud.js" defer></script>' in html
    assert "<script>" not in html  # the CSP forbids inline scripts
    script = b"".join(client.get("/static/portal/read-aloud.js").streaming_content).decode()
    assert "speechSynthesis" in script and "getVoices" in script


def test_every_arabic_service_page_with_its_css_and_js_is_under_60_kb(client):
    """The longest translated bodies (right to left) plus the read-aloud script stay in budget."""
    from lotse.catalog.models import Service

    keys = list(Service.objects.filter(city__slug="dortmund").values_list("key", flat=True))
    assert keys
    weights = {key: _weight(client, f"/ar/dortmund/services/{key}/") for key in keys}
    heaviest = max(weights, key=lambda key: weights[key])
    assert weights[heaviest] < PAGE_BUDGET, (heaviest, weights[heaviest])
