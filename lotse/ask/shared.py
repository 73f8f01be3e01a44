"""Tables built from texts, shared by every city whose texts are the same (by digest of the
texts), for as long as one of them holds the table: cities share most of the catalog's
texts (the synthetic catalogs of `make bench-search` all of them), and an edit of one city's
texts leaves the others' tables as they are."""

from __future__ import annotations

import hashlib
import threading
import weakref
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


def digest(rows: Iterable[object]) -> str:
    """Digest of a set of text rows, whatever order the database gave them in."""
    h = hashlib.sha256()
    for row in sorted(rows, key=repr):
        h.update(repr(row).encode())
        h.update(b"\0")
    return h.hexdigest()


class SharedTables(Generic[T]):
    """digest -> table, kept while someone holds the table."""

    def __init__(self) -> None:
        self._tables: weakref.WeakValueDictionary[str, T] = weakref.WeakValueDictionary()
        self._lock = threading.Lock()

    def get(self, key: str, build: Callable[[], T]) -> T:
        """The table of this digest, built (outside the lock) when nobody holds one; two
        builders at once keep the first one stored."""
        with self._lock:
            found = self._tables.get(key)
        if found is not None:
            return found
        built = build()
        with self._lock:
            return self._tables.setdefault(key, built)
