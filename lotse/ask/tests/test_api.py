"""GET /api/v1/search: ranked services, detected language, the fallback, bad input."""

from __future__ import annotations

import json

import pytest

from lotse.ask.models import SearchMiss
from lotse.catalog.models import Service
from lotse.catalog.services import service_text_update

pytestmark = pytest.mark.django_db


def _search(client, **params):
    params.setdefault("city", "dortmund")
    return client.get("/api/v1/search", params)


def _close_as_the_server_does(response):
    """Closes `response` as a server's handler does at a request's end, minus the closing of
    old database connections (Django's test client leaves that out too): inside a test's
    transaction, that would close PostgreSQL's connection under the test."""
    from django.core.signals import request_finished
    from django.db import close_old_connections

    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)


def test_german_question_finds_registration_with_office_and_fallback(client):
    response = _search(client, q="wo melde ich meine neue Wohnung an")
    assert response.status_code == 200
    data = response.json()
    assert data["lang"] == "de"
    assert data["lang_detected"] is True
    keys = [r["service"] for r in data["results"]]
    assert "residence-registration" in keys[:3]
    first = data["results"][0]
    assert set(first) >= {"service", "title", "score", "offices"}
    assert first["offices"] and {"key", "name"} <= set(first["offices"][0])
    assert data["fallback"]["office"] == "welcome-center"
    assert data["fallback"]["service"] == "welcome-counselling"


def test_ukrainian_question_gets_ukrainian_titles(client):
    data = _search(client, q="я з України, як отримати тимчасовий захист").json()
    assert data["lang"] == "uk"
    assert data["results"][0]["service"] == "temporary-protection"
    assert data["results"][0]["title_lang"] == "uk"


def test_given_language_is_used_instead_of_detection(client):
    data = _search(client, q="Kindergeld", lang="fr").json()
    assert data["lang"] == "fr" and data["lang_detected"] is False
    assert data["results"][0]["service"] == "child-benefit"
    assert data["results"][0]["title_lang"] == "fr"


def test_typo_still_finds_the_service(client):
    data = _search(client, q="meldebeschienigung").json()
    assert data["results"][0]["service"] == "registration-certificate"


def test_nonsense_still_answers_with_the_welcome_center(client):
    data = _search(client, q="xqzv plomf").json()
    assert data["good_answer"] is False
    assert data["fallback"]["name"]
    assert SearchMiss.objects.filter(query="xqzv plomf").exists()


def test_a_question_without_a_good_answer_is_recorded_once_its_response_is_sent():
    """The record (a database write) does not delay the answer: the view's response writes it
    when the server closes it, after sending the body; nothing is left unrecorded."""
    from django.test import RequestFactory

    from lotse.ask import api

    params = {"city": "dortmund", "q": "xqzv plomf"}
    response = api.search(RequestFactory().get("/api/v1/search", params))
    assert json.loads(response.content)["good_answer"] is False
    assert not SearchMiss.objects.exists()
    _close_as_the_server_does(response)
    assert list(SearchMiss.objects.values_list("query", flat=True)) == [params["q"]]


def test_live_typing_is_not_logged_as_a_gap(client):
    _search(client, q="xqzv plomf", live="1")
    assert not SearchMiss.objects.exists()


@pytest.mark.parametrize(
    ("params", "status", "field"),
    [
        ({"q": ""}, 400, "q"),
        ({"q": "   "}, 400, "q"),
        ({"q": "x" * 5000}, 400, "q"),
        ({"q": "kita", "city": ""}, 400, "city"),
        ({"q": "kita", "city": "atlantis"}, 404, "city"),
        ({"q": "kita", "lang": "xx"}, 400, "lang"),
        ({"q": "kita", "limit": "0"}, 400, "limit"),
        ({"q": "kita", "limit": "abc"}, 400, "limit"),
    ],
)
def test_bad_input_gives_a_clear_4xx_naming_the_field(client, params, status, field):
    response = _search(client, **params)
    assert response.status_code == status
    assert field in response.json()["error"]["fields"]


def test_control_characters_are_answered_sensibly(client):
    response = _search(client, q="kita\x00\x01\x1b[31m platz\u202e")
    assert response.status_code == 200
    assert response.json()["results"][0]["service"] == "daycare-place"


def test_only_control_characters_still_answer_with_fallback(client):
    response = _search(client, q="\x01\x02")
    assert response.status_code == 200
    assert response.json()["results"] == [] and response.json()["fallback"]


def test_a_text_edit_updates_the_index_without_a_rebuild(
    client, django_capture_on_commit_callbacks, search_tasks
):
    service = Service.objects.get(city__slug="dortmund", key="bank-account")
    # Before the edit no text holds the word: at best a semantic guess, not a good answer.
    assert _search(client, q="zyxwortneu").json()["good_answer"] is False
    with django_capture_on_commit_callbacks(execute=True):
        service_text_update(
            service=service, module="synonyms", language="de", text="Konto\nzyxwortneu"
        )
    assert search_tasks() == 1
    data = _search(client, q="zyxwortneu").json()
    assert data["results"][0]["service"] == "bank-account" and data["good_answer"] is True


def test_search_uses_a_fixed_number_of_queries_when_warm(client, django_assert_max_num_queries):
    _search(client, q="kita")  # loads the city's index into this process
    with django_assert_max_num_queries(4):
        assert _search(client, q="Kindergeld beantragen").status_code == 200


def test_second_city_has_its_own_index_and_fallback(client):
    data = _search(client, city="musterstadt", q="Anmeldung Wohnung").json()
    assert data["results"][0]["service"] == "residence-registration"
    assert data["fallback"]["office"] == "info-point"


def test_a_kept_portal_link_is_the_link_reversed_afresh_in_each_language_and_prefix():
    """The links of an answer are kept per process: a second ask (a hit) gives what `reverse`
    gives (a miss), per language, and an app served under another script prefix gets its own."""
    from django.urls import reverse, set_script_prefix
    from django.utils.translation import override

    from lotse.ask import api
    from lotse.core.models import City

    city = City.objects.get(slug="dortmund")
    api._portal_pattern.cache_clear()
    try:
        for prefix in ("/", "/lotse/"):
            set_script_prefix(prefix)
            for language in ("de", "en", "uk"):
                with override(language):
                    fresh = reverse("portal:service", args=["dortmund", "residence-registration"])
                    office = reverse("portal:office", args=["dortmund", "welcome-center"])
                for _ in range(2):
                    assert api.service_url(language, city, "residence-registration") == fresh
                    assert api.office_url(language, city, "welcome-center") == office
            assert fresh.startswith(prefix)
        assert api._portal_pattern.cache_info().hits == 2 * 3 * 2
    finally:
        set_script_prefix("/")
        api._portal_pattern.cache_clear()


def test_links_of_pages_not_linked_before_are_reverses_own_links_without_a_reverse(monkeypatch):
    """Once a page's link is known in a language, the links of other keys and cities in that
    language are the strings `reverse` gives, without calling it (a reverse costs ~0.2 ms);
    a key the portal's URLs refuse still raises as `reverse` does."""
    from django.urls import NoReverseMatch, reverse
    from django.utils.translation import override

    from lotse.ask import api
    from lotse.core.models import City

    dortmund = City.objects.get(slug="dortmund")
    other = City(slug="neu_stadt-2")
    keys = ["k-1", "other_key", "Abc-9", "x"]
    with override("fr"):
        expected = [
            reverse("portal:office", args=[c.slug, k]) for c in (dortmund, other) for k in keys
        ]
    api.office_url("fr", dortmund, "welcome-center")  # the page's pattern in French
    calls = []
    real = api.reverse
    monkeypatch.setattr(api, "reverse", lambda *a, **kw: calls.append(a) or real(*a, **kw))
    assert [api.office_url("fr", c, k) for c in (dortmund, other) for k in keys] == expected
    assert calls == []
    with pytest.raises(NoReverseMatch):
        api.office_url("fr", dortmund, "zwei wörter")


def test_an_answer_goes_into_the_shared_cache_after_its_response_is_sent(settings, monkeypatch):
    """The asker does not wait for the page cache's write (with the database cache, a
    transaction): the view's response writes it when the server closes it, after sending the
    body; the same question asked again is then answered from the cache."""
    from django.test import RequestFactory

    from lotse.ask import api, selectors
    from lotse.core import pagecache

    settings.LOTSE_PAGE_CACHE_ENABLED = True
    cache = pagecache._cache()
    cache.clear()
    writes: list[str] = []
    real_set = cache.set
    monkeypatch.setattr(
        cache, "set", lambda key, *a, **kw: writes.append(key) or real_set(key, *a, **kw)
    )
    params = {"city": "dortmund", "q": "Wie lange gilt eine Meldebescheinigung für die Bank?"}
    response = api.search(RequestFactory().get("/api/v1/search", params))
    assert response.status_code == 200
    kept = [key for key in writes if ":memo:" in key]
    assert kept == []  # nothing written while the response was made
    body = response.content
    _close_as_the_server_does(response)
    assert len([key for key in writes if ":memo:" in key]) == 1
    searched: list[str] = []
    real_search = selectors.search
    monkeypatch.setattr(
        selectors, "search", lambda **kw: searched.append(kw["query"]) or real_search(**kw)
    )
    again = api.search(RequestFactory().get("/api/v1/search", params))
    assert again.content == body and searched == []
    _close_as_the_server_does(again)
