""" "Did you mean …": a misspelled question rewritten with words of the city's own catalog
texts in the asker's language.

A question word is a candidate for correction when none of its stems is an index term (the
search found nothing for it as written). Its correction is the most frequent catalog word in
that language within Damerau–Levenshtein distance 1 (words up to 5 letters) or 2 (longer
words), found through deletion neighbourhoods (SymSpell): one deletion on each side covers
insertions, deletions, substitutions and transpositions. The vocabulary is built once per
city, language and index generation: before a process takes questions
(`selectors.process_warm`), else when a question first has an unknown word. Cities whose texts
in a language are the same share one vocabulary.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable

from lotse.ask.analysis import is_stopword, tokens
from lotse.ask.shared import SharedTables, digest
from lotse.catalog.models import ServiceText
from lotse.core.models import City

_lock = threading.Lock()
# (city, language) -> (index generation, vocabulary): each city keeps its latest only.
_vocabularies: dict[tuple[int, str], tuple[str, _Vocabulary]] = {}
# The same vocabulary for every city whose texts in a language are the same (by digest),
# while one of them uses it.
_shared: SharedTables[_Vocabulary] = SharedTables()
# At most this many distinct vocabularies are kept (~15 MB each for Dortmund's languages): the
# oldest cities' entries go first.
_MAX_CACHED = 64
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


class _Vocabulary:
    def __init__(self, counts: Counter[str]) -> None:
        self.counts = counts
        self.neighbours: dict[str, list[str]] = {}
        for word in counts:
            for variant in _deletes(word):
                self.neighbours.setdefault(variant, []).append(word)

    def correct(self, word: str) -> str | None:
        if word in self.counts:
            return None
        limit = 1 if len(word) <= 5 else 2
        candidates: set[str] = set(self.neighbours.get(word, ()))
        for variant in _deletes(word):
            if variant in self.counts:
                candidates.add(variant)
            candidates.update(self.neighbours.get(variant, ()))
        scored = [
            (distance(word, c), -self.counts[c], c)
            for c in candidates
            if abs(len(c) - len(word)) <= limit
        ]
        scored = [s for s in scored if s[0] <= limit]
        return min(scored)[2] if scored else None


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))} if len(word) > 3 else set()


def distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance (Levenshtein plus adjacent transpositions)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def vocabulary(city: City, generation: str, language: str) -> _Vocabulary:
    key = (city.pk, language)
    with _lock:
        found = _vocabularies.get(key)
    if found is not None and found[0] == generation:
        return found[1]
    texts = ServiceText.objects.filter(service__city=city, language=language)
    return _install(city, generation, language, list(texts.values_list("text", flat=True)))


def warm(city: City, generation: str, languages: list[str]) -> None:
    """The city's vocabularies in these languages, from one read of its texts (one query per
    language cost ~0.17 s each on SQLite with 50 cities of 400 services)."""
    texts: dict[str, list[str]] = {language: [] for language in languages}
    rows = ServiceText.objects.filter(service__city=city, language__in=languages)
    for language, text in rows.values_list("language", "text"):
        texts[language].append(text)
    for language, found in texts.items():
        _install(city, generation, language, found)


def _build(texts: list[str]) -> _Vocabulary:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w for w in _WORD.findall(text.casefold()) if len(w) >= 4)
    return _Vocabulary(counts)


def _install(city: City, generation: str, language: str, texts: list[str]) -> _Vocabulary:
    """The vocabulary of these texts (another city's when it has the same texts), as the
    city's in this language."""
    texts = sorted(texts)  # counted in one order whatever the database gave
    built = _shared.get(digest(texts), lambda: _build(texts))
    with _lock:
        _vocabularies[(city.pk, language)] = (generation, built)
        while len({id(v) for _g, v in _vocabularies.values()}) > _MAX_CACHED:
            _vocabularies.pop(next(iter(_vocabularies)))
    return built


def suggest(
    *,
    city: City,
    generation: str,
    query: str,
    language: str,
    known: Callable[[str], bool],
) -> str:
    """The question with its unknown words corrected, or "" when nothing was corrected.
    `known(word)` tells whether the index holds the word (as any of its stems)."""
    words = list(_unknown(query, language, known))
    if not words:
        return ""
    vocab = vocabulary(city, generation, language)
    replacements = {w: c for w in words if (c := vocab.correct(w)) is not None}
    if not replacements:
        return ""

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        fixed = replacements.get(word.casefold())
        if fixed is None:
            return word
        return fixed.capitalize() if word[:1].isupper() else fixed

    return _WORD.sub(swap, query)


def _unknown(query: str, language: str, known: Callable[[str], bool]) -> Iterable[str]:
    for word in tokens(query):
        usable = len(word) >= 4 and not word.isdigit() and not is_stopword(word, language)
        if usable and not known(word):
            yield word
