"""Fixtures of the search's tests."""

from __future__ import annotations

import pytest

from lotse.ask import selectors


@pytest.fixture
def own_vectors(monkeypatch):
    """For a test that stores passage embeddings: its own vector store and city index cache.
    The rows it writes are rolled back with its transaction, but the process's store keeps
    every vector it loaded and the cached indexes point into it, so a later test in the same
    process would search Musterstadt with vectors its database no longer has (with `pytest
    -n`, test_reindex after test_search_order found its nonsense word first by the model)."""
    monkeypatch.setattr(selectors, "_vectors", selectors._VectorStore())
    monkeypatch.setattr(selectors, "_cache", {})
