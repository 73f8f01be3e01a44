"""A file of stored passage embeddings (digest -> vector) to seed a fresh database.

The evaluation and the benchmark start from an empty database each run; this file keeps
the expensive embeddings between runs (var/ask-embeddings.sqlite3 by default).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lotse.ask.models import SearchEmbedding

_SCHEMA = "CREATE TABLE IF NOT EXISTS embedding (digest TEXT PRIMARY KEY, model TEXT, vector BLOB)"


def embeddings_import(*, path: Path) -> int:
    """Copy the file's embeddings into the database (those it lacks); returns the count."""
    if not path.exists():
        return 0
    with sqlite3.connect(path) as con:
        con.execute(_SCHEMA)
        rows = con.execute("SELECT digest, model, vector FROM embedding").fetchall()
    SearchEmbedding.objects.bulk_create(
        [SearchEmbedding(digest=d, model=m, vector=v) for d, m, v in rows],
        ignore_conflicts=True,
        batch_size=500,
    )
    return len(rows)


def embeddings_export(*, path: Path) -> int:
    """Add the database's embeddings to the file; returns how many the file now holds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = SearchEmbedding.objects.values_list("digest", "model", "vector")
    with sqlite3.connect(path) as con:
        con.execute(_SCHEMA)
        con.executemany(
            "INSERT OR IGNORE INTO embedding VALUES (?, ?, ?)",
            ((d, m, bytes(v)) for d, m, v in rows.iterator()),
        )
        return int(con.execute("SELECT count(*) FROM embedding").fetchone()[0])
