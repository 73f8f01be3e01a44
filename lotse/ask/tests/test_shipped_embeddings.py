"""The shipped embeddings file: a fresh database gets Dortmund's vectors without the model."""

from __future__ import annotations

import pytest

from lotse.ask import embedding_cache, semantic
from lotse.ask.models import SearchEmbedding, SearchPassage
from lotse.ask.services import search_embed_missing, search_index_city
from lotse.core.models import City

pytestmark = pytest.mark.django_db


def _model_must_not_run(*args, **kwargs):
    raise AssertionError("the model was asked to embed a passage")


def test_a_fresh_database_gets_dortmunds_embeddings_from_the_file_without_the_model(
    monkeypatch,
):
    monkeypatch.setattr(semantic, "embed_passages", _model_must_not_run)
    monkeypatch.setattr(semantic, "_get_model", _model_must_not_run)
    city = City.objects.get(slug="dortmund")
    SearchEmbedding.objects.all().delete()
    assert search_embed_missing(city=city) == 0
    digests = set(SearchPassage.objects.filter(city=city).values_list("digest", flat=True))
    stored = set(SearchEmbedding.objects.values_list("digest", flat=True))
    assert digests and digests <= stored


def test_the_shipped_file_covers_every_dortmund_passage():
    # Fails when Dortmund's texts change: run `manage.py search_embeddings_write dortmund`.
    city = City.objects.get(slug="dortmund")
    search_index_city(city=city)
    digests = set(SearchPassage.objects.filter(city=city).values_list("digest", flat=True))
    missing = digests - set(embedding_cache.shipped_vectors())
    assert not missing, f"{len(missing)} passages lack a shipped embedding"


def test_written_file_reads_back_the_same_vectors(tmp_path):
    path = tmp_path / "search-embeddings.npz"
    vectors = {f"{i:064x}": bytes(range(i, i + 2)) * semantic.DIM for i in range(3)}
    assert embedding_cache.shipped_write(path=path, vectors=vectors) == 3
    assert embedding_cache.shipped_vectors([path]) == vectors


def test_a_file_made_with_another_model_is_ignored(tmp_path, monkeypatch):
    path = tmp_path / "search-embeddings.npz"
    embedding_cache.shipped_write(path=path, vectors={"ab" * 32: b"\0\0" * semantic.DIM})
    monkeypatch.setattr(semantic, "MODEL_NAME", "another-model")
    assert embedding_cache.shipped_vectors([path]) == {}


def test_a_confident_lexical_match_answers_without_the_model(monkeypatch):
    from lotse.ask import selectors

    calls: list[str] = []
    real = semantic.embed_query
    monkeypatch.setattr(
        semantic,
        "embed_query",
        lambda text, language="", common=None: calls.append(text) or real(text),
    )
    city = City.objects.get(slug="dortmund")
    if not selectors.city_index(city).has_vectors or not semantic.available():
        pytest.skip("no semantic index")
    # (With 100 services fewer questions are lexically unambiguous; "Kindergeld … Familienkasse"
    # now shares its words with the child supplement, which the Familienkasse also pays.)
    answer = selectors.search(city=city, query="Führerschein umschreiben")
    assert answer.hits[0].key == "driving-licence-conversion" and answer.good
    assert calls == []
    selectors.search(city=city, query="I need some help with my new life here")
    assert calls == ["I need some help with my new life here"]
