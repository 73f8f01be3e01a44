"""Reads of the ask app: hybrid search (BM25 + semantic, fused) and the content-gap report.

Each process caches a city's index in memory, built from the index tables, and checks the
city's index generation (one query) on every search, so an edit in one process is seen by
all the others at their next search.
"""

from __future__ import annotations

import math
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Literal

from django.db.models import Count, Max, QuerySet

from lotse.ask import semantic
from lotse.ask.analysis import (
    analyze,
    clean_query,
    deletes,
    is_stopword,
    split_compound,
    stem,
    tokens,
    within_one_edit,
)
from lotse.ask.langdetect import detect_language
from lotse.ask.models import (
    SearchDocument,
    SearchEmbedding,
    SearchIndexState,
    SearchMiss,
    SearchPassage,
    SearchPosting,
)
from lotse.catalog import selectors as catalog_selectors
from lotse.catalog.models import OfficeText, Responsibility, ServiceText, TextModule
from lotse.catalog.selectors import CatalogNotFound, fallback_order
from lotse.core.models import City

Mode = Literal["hybrid", "lexical", "semantic"]
K1 = 1.2
B = 0.6
# Fusion: final = LEXICAL_WEIGHT * bm25 / max(bm25) + SEMANTIC_WEIGHT * semantic margin.
LEXICAL_WEIGHT = 0.5
SEMANTIC_WEIGHT = 0.5
# A hybrid top score under this is "no good answer": shown, but logged as a content gap.
GOOD_ANSWER = 0.35
LATIN = ("de", "en", "fr", "es", "tr", "pl", "ro")


@dataclass
class CityIndex:
    """A city's index in memory: postings, document lengths, passage vectors, titles."""

    generation: str
    service_ids: list[int]
    keys: list[str]
    lengths: list[float]
    postings: dict[str, list[tuple[int, float]]]
    term_languages: dict[str, frozenset[str]]
    titles: list[dict[str, str]]
    offices: list[list[tuple[str, dict[str, str]]]]
    passage_service: list[int] = field(default_factory=list)
    matrix: Any = None
    by_first: dict[str, list[str]] = field(default_factory=dict)
    fallbacks: dict[str, Fallback | None] = field(default_factory=dict)

    @property
    def avg_length(self) -> float:
        return sum(self.lengths) / len(self.lengths) if self.lengths else 1.0

    def idf(self, term: str) -> float:
        df = len(self.postings.get(term, ()))
        n = len(self.service_ids)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))


_cache: dict[int, CityIndex] = {}
_deletes: dict[str, set[str]] = defaultdict(set)
_deletes_seen: set[str] = set()
_lock = threading.Lock()


def _load(city: City, generation: str) -> CityIndex:
    docs = list(
        SearchDocument.objects.filter(city=city)
        .order_by("service_id")
        .values_list("service_id", "service__key", "length")
    )
    position = {sid: i for i, (sid, _k, _l) in enumerate(docs)}
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    term_languages: dict[str, frozenset[str]] = {}
    for term, sid, weight, languages in SearchPosting.objects.filter(city=city).values_list(
        "term", "service_id", "weight", "languages"
    ):
        if sid in position:
            postings[term].append((position[sid], weight))
            langs = frozenset(languages.split(","))
            previous = term_languages.get(term)
            term_languages[term] = langs if previous is None else previous | langs
    titles: list[dict[str, str]] = [{} for _ in docs]
    for sid, language, text in ServiceText.objects.filter(
        service__city=city, module=TextModule.NAME
    ).values_list("service_id", "language", "text"):
        if sid in position:
            titles[position[sid]][language] = text
    office_names: dict[int, dict[str, str]] = defaultdict(dict)
    for office_id, language, text in OfficeText.objects.filter(
        office__city=city, field="name"
    ).values_list("office_id", "language", "text"):
        office_names[office_id][language] = text
    offices: list[list[tuple[str, dict[str, str]]]] = [[] for _ in docs]
    for sid, office_id, office_key in (
        Responsibility.objects.filter(city=city)
        .order_by("service_id", "position")
        .values_list("service_id", "office_id", "office__key")
    ):
        if sid in position:
            offices[position[sid]].append((office_key, office_names.get(office_id, {})))
    index = CityIndex(
        generation=generation,
        service_ids=[d[0] for d in docs],
        keys=[d[1] for d in docs],
        lengths=[d[2] for d in docs],
        postings=dict(postings),
        term_languages=term_languages,
        titles=titles,
        offices=offices,
    )
    by_first: dict[str, list[str]] = defaultdict(list)
    for term in sorted(index.postings):
        by_first[term[:2]].append(term)
    index.by_first = dict(by_first)
    _load_vectors(city, index, position)
    _remember_vocabulary(index.postings)
    return index


def _load_vectors(city: City, index: CityIndex, position: dict[int, int]) -> None:
    if not semantic.available():
        return
    import numpy as np

    passages = list(
        SearchPassage.objects.filter(city=city).values_list("service_id", "digest").order_by("id")
    )
    digests = sorted({d for _s, d in passages})
    vectors: dict[str, bytes] = {}
    for start in range(0, len(digests), 500):
        for digest, vector in SearchEmbedding.objects.filter(
            digest__in=digests[start : start + 500], model=semantic.MODEL_NAME
        ).values_list("digest", "vector"):
            vectors[digest] = bytes(vector)
    rows = [(position[s], vectors[d]) for s, d in passages if d in vectors and s in position]
    if not rows:
        return
    buffer = b"".join(v for _p, v in rows)
    index.matrix = np.frombuffer(buffer, dtype="<f2").reshape(len(rows), semantic.DIM)
    index.passage_service = [p for p, _v in rows]


def _remember_vocabulary(postings: dict[str, list[tuple[int, float]]]) -> None:
    """Add a city's terms to the process-wide typo neighbourhood (shared by all cities;
    candidates are checked against the asking city's own vocabulary)."""
    with _lock:
        for term in postings:
            if term in _deletes_seen or len(term) < 4:
                continue
            _deletes_seen.add(term)
            _deletes[term].add(term)
            for d in deletes(term):
                _deletes[d].add(term)


def city_index(city: City) -> CityIndex:
    """The city's index, reloaded when another process (or this one) changed it."""
    generation = (
        SearchIndexState.objects.filter(city=city).values_list("generation", flat=True).first()
    ) or ""
    cached = _cache.get(city.pk)
    if cached is not None and cached.generation == generation:
        return cached
    index = _load(city, generation)
    _cache[city.pk] = index
    return index


@dataclass
class SearchHit:
    key: str
    title: str
    title_language: str
    score: float
    lexical: float
    semantic: float
    offices: list[dict[str, str]]


@dataclass
class SearchAnswer:
    query: str
    language: str
    detected: bool
    hits: list[SearchHit]
    good: bool
    top_score: float | None


def _language(text: str, index: CityIndex) -> str:
    """Script and small words first; for Latin or Cyrillic text without clear signals, which
    language's catalog texts hold the words."""
    guess = detect_language(text, default="")
    words = [w for w in tokens(text) if len(w) > 2]
    if not words:
        return guess or "en"
    candidates: tuple[str, ...]
    if guess in ("ar", "fa"):
        return guess
    candidates = ("uk", "ru") if guess in ("uk", "ru") else LATIN
    scores: dict[str, float] = defaultdict(float)
    if guess:
        scores[guess] += 1.5
    for word in words:
        hits = [
            lang
            for lang in candidates
            if lang in index.term_languages.get(stem(word, lang), frozenset())
            and not is_stopword(word, lang)
        ]
        for lang in hits:
            scores[lang] += 1 / len(hits)
    if not scores:
        return guess or "en"
    return max(scores, key=lambda c: scores[c])


# German separable verbs: "melde ich mich an" is "anmelden".
SEPARABLE = ("an", "ab", "um", "aus", "ein", "auf", "zu", "vor", "nach", "mit", "zuruck")


def _expand(
    word: str, language: str, index: CityIndex, *, last: bool, particles: tuple[str, ...] = ()
) -> list[tuple[str, float]]:
    """Index terms a query word stands for, each with a confidence factor."""
    variants = {stem(word, lang) for lang in dict.fromkeys((language, "de", "en"))}
    joined = {stem(p + word, "de") for p in particles}
    found = [(t, 1.0) for t in joined if t in index.postings]
    found += [(t, 1.0) for t in variants if t in index.postings]
    if found:
        return found
    known = index.postings.__contains__
    parts = split_compound(word, known)
    if parts:
        return [(p, 0.7) for p in parts]
    result: list[tuple[str, float]] = []
    for term in variants:
        if len(term) < 4:
            continue
        candidates: set[str] = set()
        with _lock:
            candidates.update(_deletes.get(term, ()))
            for d in deletes(term):
                candidates.update(_deletes.get(d, ()))
        result.extend(
            (c, 0.6) for c in candidates if c in index.postings and within_one_edit(c, term)
        )
    if result or not last or len(word) < 3:
        return result
    # As-you-type: the last word may be unfinished.
    prefix = stem(word, language) if len(word) > 5 else word
    return [(t, 0.5) for t in index.by_first.get(prefix[:2], []) if t.startswith(prefix)][:20]


def _lexical(text: str, language: str, index: CityIndex) -> list[float]:
    scores = [0.0] * len(index.service_ids)
    all_words = tokens(text)
    words = [w for w in all_words if not is_stopword(w, language)]
    particles = tuple(p for p in SEPARABLE if p in all_words) if language == "de" else ()
    avg = index.avg_length
    for i, word in enumerate(words):
        best: dict[int, float] = {}
        expanded = _expand(word, language, index, last=i == len(words) - 1, particles=particles)
        for term, factor in expanded:
            idf = index.idf(term)
            for doc, weight in index.postings.get(term, ()):
                norm = K1 * (1 - B + B * index.lengths[doc] / avg)
                value = factor * idf * weight * (K1 + 1) / (weight + norm)
                if value > best.get(doc, 0.0):
                    best[doc] = value
        for doc, value in best.items():
            scores[doc] += value
    return scores


def _semantic(text: str, index: CityIndex) -> list[float]:
    import numpy as np

    scores = [0.0] * len(index.service_ids)
    if index.matrix is None:
        return scores
    similarities = index.matrix @ semantic.embed_query(text).astype("<f2")
    per_service = np.full(len(index.service_ids), -1.0, dtype=np.float32)
    np.maximum.at(per_service, np.asarray(index.passage_service), similarities.astype(np.float32))
    return [float(x) for x in per_service]


def _fuse(lexical: list[float], sem: list[float], mode: Mode) -> list[float]:
    top_lex = max(lexical, default=0.0)
    lex = [x / top_lex if top_lex > 0 else 0.0 for x in lexical]
    # e5 similarities crowd together (0.75-0.9): what counts is the distance to the best.
    valid = [x for x in sem if x > -1]
    if valid:
        top_sem = max(valid)
        sem_norm = [max(0.0, 1 - (top_sem - x) / 0.08) * _absolute(top_sem) for x in sem]
    else:
        sem_norm = [0.0] * len(sem)
    if mode == "lexical" or not valid:
        return lex
    if mode == "semantic":
        return sem_norm
    return [LEXICAL_WEIGHT * a + SEMANTIC_WEIGHT * b for a, b in zip(lex, sem_norm, strict=True)]


def _absolute(top: float) -> float:
    """How sure the model is at all: e5's best similarity for an off-topic question is lower."""
    return min(1.0, max(0.0, (top - 0.78) / 0.08))


def search(
    *,
    city: City,
    query: str,
    language: str | None = None,
    limit: int = 5,
    mode: Mode = "hybrid",
) -> SearchAnswer:
    """Ranked services for a question in any of the portal's languages."""
    text = clean_query(query)
    index = city_index(city)
    detected = language is None
    lang = language or _language(text, index)
    lexical = _lexical(text, lang, index) if mode != "semantic" else [0.0] * len(index.keys)
    use_semantic = mode != "lexical" and index.matrix is not None and semantic.available()
    sem = _semantic(text, index) if use_semantic else [-1.0] * len(index.keys)
    fused = _fuse(lexical, sem, mode if use_semantic else "lexical")
    order = sorted(
        (i for i, score in enumerate(fused) if score > 0), key=lambda i: (-fused[i], index.keys[i])
    )[:limit]
    hits = []
    for i in order:
        title_language = next(
            (code for code in fallback_order(lang) if code in index.titles[i]), ""
        )
        hits.append(
            SearchHit(
                key=index.keys[i],
                title=index.titles[i].get(title_language, index.keys[i]),
                title_language=title_language,
                score=round(fused[i], 4),
                lexical=round(lexical[i], 4),
                semantic=round(sem[i], 4),
                offices=[
                    {"key": key, "name": _name(names, lang, key)} for key, names in index.offices[i]
                ],
            )
        )
    top = hits[0].score if hits else None
    good = bool(hits) and _good(hits[0], use_semantic)
    return SearchAnswer(
        query=text, language=lang, detected=detected, hits=hits, good=good, top_score=top
    )


def _good(hit: SearchHit, used_semantic: bool) -> bool:
    if used_semantic:
        return hit.score >= GOOD_ANSWER
    return hit.lexical >= 3.0


def _name(names: dict[str, str], language: str, default: str) -> str:
    for code in fallback_order(language):
        if code in names:
            return names[code]
    return default


@dataclass
class Fallback:
    office_key: str
    name: str
    phone: str
    email: str
    website: str
    appointment_url: str
    address: str
    service_key: str
    service_title: str


def fallback(*, city: City, language: str) -> Fallback | None:
    """The Welcome Center: the human contact offered with every answer (cached with the
    city's index, which is rebuilt whenever the catalog is loaded)."""
    index = _cache.get(city.pk)
    if index is not None and language in index.fallbacks:
        return index.fallbacks[language]
    result = _fallback(city, language)
    if index is not None:
        index.fallbacks[language] = result
    return result


def _fallback(city: City, language: str) -> Fallback | None:
    if not city.welcome_office_key:
        return None
    try:
        office = catalog_selectors.office_detail(
            city=city, key=city.welcome_office_key, language=language
        )
    except CatalogNotFound:
        return None
    address = next((a for a in office.addresses if a["type"] == "visitor"), None) or (
        office.addresses[0] if office.addresses else None
    )
    service_title = ""
    if city.fallback_service_key:
        index = _cache.get(city.pk)
        if index is not None and city.fallback_service_key in index.keys:
            titles = index.titles[index.keys.index(city.fallback_service_key)]
            service_title = _name(titles, language, city.fallback_service_key)
    return Fallback(
        office_key=office.key,
        name=office.name,
        phone=office.phone,
        email=office.email,
        website=office.website,
        appointment_url=office.appointment_url,
        address=(
            f"{address['street']}, {address['postal_code']} {address['locality']}"
            if address
            else ""
        ),
        service_key=city.fallback_service_key,
        service_title=service_title or city.fallback_service_key,
    )


def miss_report(*, city: City | None = None, limit: int = 200) -> QuerySet[SearchMiss, Any]:
    """Questions without a good answer, grouped by text, most frequent first."""
    misses = SearchMiss.objects.all()
    if city is not None:
        misses = misses.filter(city=city)
    return (
        misses.values("city__slug", "query", "language")
        .annotate(count=Count("id"), last=Max("created_at"), best=Max("top_score"))
        .order_by("-count", "-last")[:limit]
    )


def analyzed_terms(text: str, language: str) -> list[str]:
    """The index terms of a text (for tests and the evaluation's diagnostics)."""
    return analyze(text, language)
