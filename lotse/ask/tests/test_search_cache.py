"""The search API's answer cache (lotse.ask.api.search_json): the same question is searched once
per generation of the city's catalog and search index; a published text or a re-index is
visible on the next request; a question without a good answer is still recorded every time."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from lotse.ask import selectors
from lotse.ask.models import SearchIndexState, SearchMiss
from lotse.ask.services import search_index_services
from lotse.ask.tests.searching import ask_api
from lotse.catalog.models import Service
from lotse.catalog.services import service_text_update

pytestmark = pytest.mark.django_db

QUESTION = "wo melde ich meine neue Wohnung an"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """The test settings leave the shared cache off; these tests are about it."""
    settings.LOTSE_PAGE_CACHE_ENABLED = True
    cache.clear()


@pytest.fixture
def searches(monkeypatch):
    """Counts the searches actually run (not answered from the cache)."""
    calls: list[str] = []
    real = selectors.search

    def counting(**kwargs):
        calls.append(kwargs["query"])
        return real(**kwargs)

    monkeypatch.setattr(selectors, "search", counting)
    return calls


def test_the_same_question_is_searched_once(client, searches):
    first = ask_api(client, q=QUESTION)
    # The same question after the search's own normalisation (spaces) is the same entry.
    again = ask_api(client, q=f"  {QUESTION.replace(' ', '   ')} ")
    assert again == first
    assert len(searches) == 1
    assert first["results"][0]["service"] == "residence-registration"


def test_languages_and_limit_are_part_of_the_key(client, searches):
    detected = ask_api(client, q=QUESTION)
    english = ask_api(client, q=QUESTION, ui_lang="en")
    short = ask_api(client, q=QUESTION, limit=1)
    assert len(searches) == 3
    assert len(short["results"]) == 1 and len(detected["results"]) > 1
    assert english["ui_lang"] == "en" and detected["ui_lang"] == "de"


def test_a_published_title_is_visible_on_the_next_request(
    client, searches, django_capture_on_commit_callbacks
):
    before = ask_api(client, q=QUESTION)
    assert before["results"][0]["title"] != "Wohnung anmelden (neu)"
    service = Service.objects.get(city__slug="dortmund", key="residence-registration")
    with django_capture_on_commit_callbacks(execute=True):
        service_text_update(
            service=service, module="name", language="de", text="Wohnung anmelden (neu)"
        )
        # The task worker's re-index, as after every published text.
        search_index_services(city=service.city, keys=[service.key])
    after = ask_api(client, q=QUESTION)
    titles = {r["service"]: r["title"] for r in after["results"]}
    assert titles["residence-registration"] == "Wohnung anmelden (neu)"
    assert len(searches) == 2


def test_a_re_index_alone_renews_the_answer(client, searches):
    ask_api(client, q=QUESTION)
    ask_api(client, q=QUESTION)
    assert len(searches) == 1
    # Another process re-indexed the city (e.g. the embeddings arrived): a new generation.
    SearchIndexState.objects.filter(city__slug="dortmund").update(generation="another")
    ask_api(client, q=QUESTION)
    assert len(searches) == 2


def test_a_question_with_and_without_its_language_is_searched_once(client, searches):
    detected = ask_api(client, q=QUESTION)
    named = ask_api(client, q=QUESTION, lang="de")
    assert len(searches) == 1
    assert detected["lang_detected"] is True and named["lang_detected"] is False
    assert {**named, "lang_detected": True} == detected
    # Another language is another analysis.
    english = ask_api(client, q=QUESTION, lang="en")
    assert english["lang"] == "en" and len(searches) == 2


def test_a_question_without_a_good_answer_is_recorded_each_time(client, searches):
    for _ in range(3):
        data = ask_api(client, q="xqzv plomf")
        assert data["good_answer"] is False
    assert len(searches) == 1
    assert SearchMiss.objects.filter(query="xqzv plomf").count() == 3
    # While typing (live=1) nothing is recorded, cached or not.
    ask_api(client, q="xqzv plomf", live="1")
    assert SearchMiss.objects.filter(query="xqzv plomf").count() == 3


def test_other_cities_keep_their_answers(client, searches, django_capture_on_commit_callbacks):
    ask_api(client, q=QUESTION)
    other = Service.objects.exclude(city__slug="dortmund").first()
    assert other is not None
    with django_capture_on_commit_callbacks(execute=True):
        service_text_update(service=other, module="name", language="en", text="Other (new)")
    ask_api(client, q=QUESTION)
    assert len(searches) == 1


def test_a_warmed_process_answers_its_first_question_without_loading_the_index(client, monkeypatch):
    from lotse.core.models import City

    monkeypatch.setattr(selectors, "_cache", {})
    beats = []
    assert selectors.process_warm(notify=lambda: beats.append(1)) == City.objects.count()
    assert set(selectors._cache) == set(City.objects.values_list("pk", flat=True))
    assert len(beats) > City.objects.count()  # the heartbeat between the steps

    def no_reload(city, generation):
        raise AssertionError("the index was loaded again")

    monkeypatch.setattr(selectors, "_load", no_reload)
    assert ask_api(client, q=QUESTION)["results"][0]["service"] == "residence-registration"


def test_a_cached_answer_costs_two_queries(client, searches, django_assert_num_queries):
    """The city with its index generation (one query), then the page generation and the
    answer (one cache round trip)."""
    ask_api(client, q=QUESTION)
    with django_assert_num_queries(2):
        assert ask_api(client, q=QUESTION)["results"][0]["service"] == "residence-registration"
    # A question without a good answer adds only its record.
    ask_api(client, q="xqzv plomf")
    with django_assert_num_queries(3):
        assert ask_api(client, q="xqzv plomf")["good_answer"] is False
    assert len(searches) == 2


def test_a_search_reads_the_index_generation_only_with_the_city(client, monkeypatch):
    """The API reads the city and its index generation in one query: the search and the
    offices it answers a where-question with take that generation instead of reading it
    again (one query a question)."""

    def no_query(city):
        raise AssertionError("the index generation was read again")

    monkeypatch.setattr(selectors, "index_generation", no_query)
    body = ask_api(client, q="Wo ist die Ausländerbehörde in Dortmund?")
    assert body["results"] and body["offices"]
