"""What a web worker builds before it takes questions (`selectors.process_warm`), the tables that
cities with the same texts share, and the float32 form of the passage vectors."""

from __future__ import annotations

import re
from types import ModuleType

import numpy as np
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lotse.ask import answers, selectors, services, suggest
from lotse.ask.models import SearchIndexState
from lotse.catalog.models import ServiceText
from lotse.core.models import City

pytestmark = pytest.mark.django_db

# One question of each path that reads a table: a cost answer (naming table, the service's
# texts), an office's address (offices), the lost (naming terms), a typo ("did you mean"),
# and questions in other languages (their vocabularies, translations and URLs).
QUESTIONS = [
    "Was kostet die Anmeldung?",
    "where is MigraDo",
    "I don't know where to start",
    "Personalausweiss beantragen",
    "Скільки коштує натуралізація?",
    "هزینه تابعیت چقدر است؟",
    "¿Cuánto cuesta la naturalización?",
]


@pytest.fixture
def cold(monkeypatch):
    """A new process: nothing cached yet."""
    monkeypatch.setattr(selectors, "_cache", {})
    monkeypatch.setattr(answers.facts, "_cache", {})
    monkeypatch.setattr(suggest, "_vocabularies", {})


def _reads(client, question: str) -> list[str]:
    """The SQL of one API search (live: no miss is recorded)."""
    with CaptureQueriesContext(connection) as queries:
        data = client.get("/api/v1/search", {"city": "dortmund", "q": question, "live": "1"})
    assert data.status_code == 200
    return [q["sql"] for q in queries.captured_queries]


def _only_the_city(sql: list[str]) -> bool:
    """Nothing read but the city and its index generation."""
    return all(
        re.findall(r'(?:FROM|JOIN) "(\w+)"', q)
        and set(re.findall(r'(?:FROM|JOIN) "(\w+)"', q)) <= {"core_city", "ask_searchindexstate"}
        for q in sql
    )


def test_after_the_warm_up_a_question_reads_nothing_but_its_city(client, cold):
    """Every table a question needs was built before: the API reads the city and its index
    generation and nothing else, whatever the question asks."""
    selectors.process_warm()
    seen = {"answer": 0, "office": 0, "lost": 0, "suggestion": 0}
    for question in QUESTIONS:
        sql = _reads(client, question)
        assert _only_the_city(sql), (question, sql)
        data = client.get("/api/v1/search", {"city": "dortmund", "q": question, "live": "1"}).json()
        seen["answer"] += data["answer"] is not None
        seen["office"] += bool(data["offices"])
        seen["lost"] += data["lost"]
        seen["suggestion"] += data["did_you_mean"] is not None
    # The questions did take the paths that read the tables.
    assert all(seen.values()), seen


def test_without_the_warm_up_the_first_question_builds_its_tables(client, cold):
    """The counterpart: a cold process reads the texts while the asker waits."""
    selectors.city_index(City.objects.get(slug="dortmund"))
    assert not _only_the_city(_reads(client, QUESTIONS[0]))


def test_cities_with_the_same_texts_share_their_tables(cold, monkeypatch):
    """A second city with the same names, synonyms, service texts and words (here: Dortmund
    again, forgotten by its city caches while the first still holds the tables) gets the same
    tables without analysing anything."""
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    names = answers.naming._naming_table(city, generation)
    facts = answers.service_facts(city, generation, "residence-registration")
    vocabulary = suggest.vocabulary(city, generation, "de")
    monkeypatch.setattr(answers.facts, "_cache", {})
    monkeypatch.setattr(suggest, "_vocabularies", {})

    def no_analysis(*args):
        raise AssertionError("analysed again")

    monkeypatch.setattr(answers.naming, "_build_naming_table", no_analysis)
    monkeypatch.setattr(suggest, "_Vocabulary", no_analysis)
    assert answers.naming._naming_table(city, generation) is names
    assert answers.service_facts(city, generation, "residence-registration") is facts
    assert suggest.vocabulary(city, generation, "de") is vocabulary


def test_an_edited_name_gets_its_own_table(cold):
    """Sharing is by the texts' digest: a city whose texts changed (a new index generation)
    gets a table with the new words, while the old one stays with whoever holds it."""
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    before = answers.naming._naming_table(city, generation)
    assert "zaubertrank" not in before.naming["de"]
    ServiceText.objects.filter(
        service__city=city, service__key="residence-registration", module="name", language="de"
    ).update(text="Zaubertrank anmelden")
    SearchIndexState.objects.filter(city=city).update(generation="edited")
    after = answers.naming._naming_table(city, "edited")
    assert after is not before
    names, _synonyms = after.naming["de"]["zaubertrank"]
    assert names == {"residence-registration"}
    assert "zaubertrank" not in before.naming["de"]
    assert "zaubertrank" in answers.topic_terms(city, "edited")


def test_the_float32_store_gives_the_float16_products_to_the_bit():
    """The similarities are those of numpy's float16 product, both over the whole store and
    over a city's rows gathered from a store that holds other cities' passages."""
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(3000, 384)).astype(np.float32)
    vectors = (vectors / np.linalg.norm(vectors, axis=1)[:, None]).astype("<f2")
    store = selectors._VectorStore()
    store.columns = np.ascontiguousarray(vectors.astype(np.float32).T)
    for _ in range(20):
        query = rng.normal(size=384).astype(np.float32)
        query = (query / np.linalg.norm(query)).astype("<f2")
        every = np.arange(3000)
        few = rng.choice(3000, size=500, replace=False)
        for rows in (every, few):
            expected = (vectors[rows] @ query).astype(np.float32)
            got = store.similarities(query, rows)
            assert got.dtype == np.float32
            assert np.array_equal(got.view(np.uint32), expected.view(np.uint32))


def _gunicorn_settings() -> ModuleType:
    """deploy/gunicorn.conf.py as a module (it is no package's)."""
    import importlib.util
    from pathlib import Path

    from django.conf import settings

    path = Path(settings.BASE_DIR) / "deploy" / "gunicorn.conf.py"
    spec = importlib.util.spec_from_file_location("lotse_gunicorn_conf", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_warmed_worker_leaves_its_tables_out_of_full_collections(monkeypatch):
    """After the warm-up the worker freezes what it built (gc.freeze): a full collection no
    longer walks the indexes and tables while a request waits (a pause of ~0.6 s measured with
    one city), and nothing the warm-up left as garbage is frozen with them."""
    import gc
    from types import SimpleNamespace

    conf = _gunicorn_settings()
    monkeypatch.setattr(selectors, "process_warm", lambda notify: 0)
    monkeypatch.setattr("lotse.plans.rulebook.ruleset", lambda: None)
    gc.unfreeze()
    try:
        assert gc.get_freeze_count() == 0
        conf.post_worker_init(SimpleNamespace(notify=lambda: None, pid=1, log=None))
        assert gc.get_freeze_count() > 0
        assert gc.garbage == []
    finally:
        gc.unfreeze()


def test_the_warm_up_reads_what_the_phrasings_alone_post(cold, monkeypatch):
    # What the phrasings alone post per term is read while the index is built (its loanword
    # tables ask it of every Latin term), so no first question waits the second it takes.
    monkeypatch.setattr(services, "_phrasing_weights", None)
    selectors.process_warm()
    computed = []
    monkeypatch.setattr(services, "_weights_of", lambda data: computed.append(data) or {})
    city = City.objects.get(slug="dortmund")
    selectors.search(city=city, query="фамилиенкассе перестала платить на ребёнка")
    assert services.phrasing_weights()  # the warm-up's table
    assert computed == []


def test_the_warm_up_reads_every_sentence_of_the_services(cold):
    """After the warm-up no question splits or analyses a service text: every module of every
    service, in every language, is read, and every sentence's type features too (their first
    reading cost a question up to a few milliseconds, most of the slowest tenth of the bench's
    questions outside the model)."""
    selectors.process_warm()
    city = City.objects.get(slug="dortmund")
    facts = answers.facts._city_facts(city, selectors.city_index(city).generation)
    assert facts.services
    read = 0
    for service in facts.services.values():
        assert set(service._sentences) == set(service.whole)
        for sentences in service._sentences.values():
            for sentence in sentences:
                # read already: kept in the sentence (functools.cached_property)
                assert {"validity", "units", "quantities", "qualifier", "variants"} <= set(
                    vars(sentence)
                ), sentence.text
                read += 1
    assert read > 1000


def test_a_sentence_read_in_the_warm_up_has_the_features_read_on_need():
    """Reading the features at once gives the values reading each on first need gives; an
    empty one is the shared empty set."""
    from lotse.ask.answers._text import _ReadSentence

    texts = [
        ("Die Gebühr beträgt 28,80 Euro und ist bis zum 31. März zu zahlen.", "de"),
        ("Kinder unter 6 Jahren zahlen höchstens 10 % der Kosten pro Monat.", "de"),
        ("The card is valid for one year and free of charge for students.", "en"),
        ("Bitte bringen Sie Ihren Pass mit.", "de"),
    ]
    for text, language in texts:
        lazy, warm = _ReadSentence(text, language), _ReadSentence(text, language)
        warm.read_features()
        for name in ("validity", "units", "quantities", "qualifier", "variants"):
            assert getattr(warm, name) == getattr(lazy, name), (text, name)
    plain = _ReadSentence("Bitte bringen Sie Ihren Pass mit.", "de")
    assert plain.variants == frozenset() and plain.variants is plain.qualifier
