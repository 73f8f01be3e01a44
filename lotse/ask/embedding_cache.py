"""Stored passage embeddings outside the database: the shipped per-city file and a local cache.

`data/cities/<slug>/search-embeddings.npz` ships with the city's data (float16 vectors keyed
by passage digest, which already includes the model name), so a fresh database gets its
embeddings without running the model; `manage.py search_embeddings_write` regenerates it.
var/ask-embeddings.sqlite3 keeps embeddings of changed texts between evaluation runs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from django.conf import settings

from lotse.ask import semantic
from lotse.ask.models import SearchEmbedding

_SCHEMA = "CREATE TABLE IF NOT EXISTS embedding (digest TEXT PRIMARY KEY, model TEXT, vector BLOB)"
SHIPPED_NAME = "search-embeddings.npz"


def shipped_path(slug: str) -> Path:
    return Path(settings.LOTSE_CITY_DATA_DIR) / slug / SHIPPED_NAME


def shipped_files() -> list[Path]:
    return sorted(Path(settings.LOTSE_CITY_DATA_DIR).glob(f"*/{SHIPPED_NAME}"))


@lru_cache(maxsize=8)
def _read(path: Path, mtime: float) -> dict[str, bytes]:
    import numpy as np

    with np.load(path, allow_pickle=False) as data:
        if str(data["model"]) != semantic.MODEL_NAME or data["vectors"].shape[1] != semantic.DIM:
            return {}  # made with another model: useless, the texts are embedded anew
        digests = data["digests"]
        vectors = data["vectors"].astype("<f2")
    return {d.tobytes().hex(): v.tobytes() for d, v in zip(digests, vectors, strict=True)}


def shipped_vectors(paths: Iterable[Path] | None = None) -> dict[str, bytes]:
    """digest -> float16 vector bytes from the shipped files (read once per file version)."""
    result: dict[str, bytes] = {}
    for path in shipped_files() if paths is None else paths:
        if path.exists():
            result.update(_read(path, path.stat().st_mtime))
    return result


def shipped_write(*, path: Path, vectors: dict[str, bytes]) -> int:
    """Write digest -> float16 vector bytes as a shipped file (sorted, so it diffs stably)."""
    import numpy as np

    digests = sorted(vectors)
    path.parent.mkdir(parents=True, exist_ok=True)
    matrix = np.frombuffer(b"".join(vectors[d] for d in digests), dtype="<f2")
    np.savez_compressed(
        path,
        model=np.array(semantic.MODEL_NAME),
        digests=np.frombuffer(b"".join(bytes.fromhex(d) for d in digests), dtype=np.uint8).reshape(
            len(digests), 32
        ),
        vectors=matrix.reshape(len(digests), semantic.DIM),
    )
    return len(digests)


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
