"""The search page without JavaScript, the search box on every city page, the gaps report."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


def test_every_city_page_has_a_search_box_pointing_to_the_search_page(client):
    html = client.get("/en/dortmund/services/").content.decode()
    assert 'role="search"' in html and 'action="/en/dortmund/search/"' in html


def test_search_page_lists_results_and_the_talk_to_us_box_without_javascript(client):
    response = client.get("/en/dortmund/search/", {"q": "child benefit for my kids"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "/en/dortmund/services/child-benefit/" in html
    assert "Talk to us" in html


def test_search_page_titles_in_the_questions_language(client):
    html = client.get("/de/dortmund/search/", {"q": "روضة أطفال لابني"}).content.decode()
    assert 'lang="ar"' in html and "/ar/dortmund/services/daycare-place/" in html


def test_empty_search_page_shows_only_the_form(client):
    response = client.get("/en/dortmund/search/")
    assert response.status_code == 200
    assert "Results" not in response.content.decode()


def test_too_long_question_is_a_clear_400_not_a_crash(client):
    response = client.get("/en/dortmund/search/", {"q": "a" * 5000})
    assert response.status_code == 400
    assert "fewer words" in response.content.decode()


def test_unknown_city_search_page_is_404(client):
    assert client.get("/en/atlantis/search/", {"q": "kita"}).status_code == 404


def test_gaps_report_is_for_staff_only_and_shows_query_text(client):
    client.get("/en/dortmund/search/", {"q": "qwxz blorp"})
    assert client.get("/en/dortmund/search/gaps/").status_code == 302
    staff = get_user_model().objects.create_user("staff", password="x-long-pass", is_staff=True)
    client.force_login(staff)
    html = client.get("/en/dortmund/search/gaps/").content.decode()
    assert "qwxz blorp" in html
