"""Writes of the ask app: (re)index a service or a city, compute embeddings, log misses.

The catalog never calls in here: it sends `catalog.signals.services_changed` after a commit,
and `ask.apps` answers with one `search_reindex` task per city (`search_index_services`), which
updates only the rows of the services concerned and reads the city's vocabulary once.
Embeddings are computed by `search_embed_missing` (the `search_reindex` command), once per
distinct text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from lotse.ask import models, semantic
from lotse.ask.analysis import (
    ANALYSIS_VERSION,
    analyze,
    is_stopword,
    joined_words,
    split_compound,
    stem,
    tokens,
)
from lotse.ask.embedding_cache import shipped_path, shipped_vectors, shipped_write
from lotse.catalog.models import Service, ServiceText, TextModule
from lotse.core.datafiles import yaml_safe_load
from lotse.core.models import City

PHRASINGS_DIR = Path(__file__).parent / "data" / "phrasings"
PHRASINGS = "phrasings"  # pseudo-module: colloquial phrasings from lotse/ask/data/phrasings

# How much one occurrence of a word counts, per text module (BM25F-style field weights).
FIELD_WEIGHTS: dict[str, float] = {
    TextModule.NAME: 4.0,
    TextModule.SYNONYMS: 3.0,
    # Chosen on dev parts 0-6: with six phrasings a service, 0.5 / 1.0 / 1.5 routed alike and
    # 2.5 (as much as a synonym) made answers wrong more often; with twelve, 0.5 (the same
    # weight in all as six at 1.0) beat six at 1.0 in top-1, top-3, correct and wrong answers,
    # and twelve at 1.0 gave more wrong answers (see lotse/ask/README.md, "Phrasings").
    PHRASINGS: 0.5,
    TextModule.SUMMARY: 2.0,
    TextModule.WHO: 0.8,
    TextModule.BODY: 0.6,
    TextModule.PREREQUISITES: 0.5,
    TextModule.STEPS: 0.5,
    TextModule.DOCUMENTS: 0.4,
    TextModule.FEES: 0.3,
    TextModule.DEADLINES: 0.3,
    TextModule.PROCESSING_TIME: 0.2,
    TextModule.NOTES: 0.4,
    TextModule.LEGAL_BASIS: 0.3,
}
COMPOUND_PART_FACTOR = 0.5


@lru_cache(maxsize=1)
def phrasings() -> dict[str, dict[str, list[str]]]:
    """service key -> language -> colloquial phrasings, from the ask app's data files."""
    result: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for path in sorted(PHRASINGS_DIR.glob("*.yaml")):
        language = path.stem
        data = yaml_safe_load(path.read_text(encoding="utf-8")) or {}
        for key, items in data.items():
            result[str(key)][language] = [str(item) for item in items or []]
    return dict(result)


@dataclass
class _ServiceContent:
    """What is indexed of one service: module -> language -> text."""

    texts: dict[str, dict[str, str]]

    def digest(self) -> str:
        h = hashlib.sha256(f"{ANALYSIS_VERSION}\0".encode())
        for module in sorted(self.texts):
            for language in sorted(self.texts[module]):
                h.update(f"{module}\0{language}\0{self.texts[module][language]}\0".encode())
        return h.hexdigest()


def _content(service: Service, rows: Iterable[ServiceText]) -> _ServiceContent:
    texts: dict[str, dict[str, str]] = defaultdict(dict)
    for row in rows:
        if row.module in FIELD_WEIGHTS:
            texts[row.module][row.language] = row.text
    for language, items in phrasings().get(service.key, {}).items():
        texts[PHRASINGS][language] = "\n".join(items)
    return _ServiceContent(texts=dict(texts))


def _postings(
    content: _ServiceContent, known: Callable[[str], bool]
) -> tuple[dict[str, float], dict[str, set[str]], float]:
    weights: dict[str, float] = defaultdict(float)
    languages: dict[str, set[str]] = defaultdict(set)
    length = 0.0
    for module, per_language in content.texts.items():
        field_weight = FIELD_WEIGHTS[module]
        for language, text in per_language.items():
            terms = analyze(text, language)
            borrowed = _borrowed(text, language, known) if module == PHRASINGS else frozenset()
            for term in terms:
                weights[term] += field_weight
                marks = languages[term]  # every posted term has its (maybe empty) set
                if term not in borrowed:
                    marks.add(language)
            length += field_weight * len(terms)
            # "Dortmund-Pass" also as one term (its parts are common words); the document
            # length counts the parts only.
            for word in joined_words(text):
                term = stem(word, language)
                weights[term] += field_weight
                languages[term].add(language)
            if language != "de":
                continue
            # German compounds also count for their parts: "Aufenthaltserlaubnis" is found
            # by "Erlaubnis".
            for word in tokens(text):
                parts = split_compound(word, known) if len(word) >= 10 else None
                for part in parts or []:
                    weights[part] += field_weight * COMPOUND_PART_FACTOR
                    languages[part].add(language)
    return dict(weights), dict(languages), length


# (the phrasings read, their weights): the phrasings are the same for every city
_phrasing_weights: tuple[object, dict[str, dict[str, float]]] | None = None


def phrasing_weights() -> dict[str, dict[str, float]]:
    """term -> service key -> the weight the phrasings alone post for it (as `_postings` does;
    German compound parts left out). A term whose every posting is no more than this is known
    to the index only from the phrasings (`selectors._only_in_phrasings`). Computed once for
    the phrasings read (about a second)."""
    global _phrasing_weights
    data = phrasings()
    if _phrasing_weights is None or _phrasing_weights[0] is not data:
        _phrasing_weights = (data, _weights_of(data))
    return _phrasing_weights[1]


def _weights_of(data: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, float]]:
    result: dict[str, dict[str, float]] = defaultdict(dict)
    for key, per_language in data.items():
        joined = {language: "\n".join(items) for language, items in per_language.items()}
        content = _ServiceContent(texts={PHRASINGS: joined})
        weights, _languages, _length = _postings(content, lambda term: False)
        for term, weight in weights.items():
            result[term][key] = weight
    return dict(result)


def _borrowed(text: str, language: str, known: Callable[[str], bool]) -> frozenset[str]:
    """Terms of a phrasing that are German words the city's German texts hold ("Hund
    anmelden" inside a Polish phrasing): they count for the service but are no evidence of the
    phrasing's language, which the question's language is read from (`selectors._language`).
    Marked Polish, they made a German question about a dog read as Polish and answered in
    Polish."""
    if language == "de":
        return frozenset()
    return frozenset(
        stem(word, language)
        for word in tokens(text)
        if not is_stopword(word, language) and known(stem(word, "de"))
    )


def _passages(service: Service, content: _ServiceContent) -> list[tuple[str, str]]:
    """(language, text) pairs for the semantic index: title + summary, and synonyms."""
    names = content.texts.get(TextModule.NAME, {})
    summaries = content.texts.get(TextModule.SUMMARY, {})
    synonyms = content.texts.get(TextModule.SYNONYMS, {})
    # Phrasings are lexical only. As passages of the model (one each, or joined to the
    # synonyms) they drew factual questions to the service whose phrasing was worded like a
    # question and drowned the lost questions' semantic signal: dev answers correct fell on
    # parts 0-5 and lost questions were missed, for little routing gain (part 7 top-1 .813 ->
    # .823 alone, .860 lexically); and they would have quadrupled the passages searched.
    result = []
    for language, name in names.items():
        summary = summaries.get(language, "")
        result.append((language, f"{name}. {summary}".strip()))
        words = [w.strip() for w in synonyms.get(language, "").splitlines() if w.strip()]
        if words:
            result.append((language, f"{name}: " + "; ".join(words)))
    return result


def _bump(city: City) -> None:
    models.SearchIndexState.objects.update_or_create(
        city=city, defaults={"generation": uuid.uuid4().hex}
    )


def _city_vocabulary(city: City) -> set[str]:
    return set(
        models.SearchPosting.objects.filter(city=city, languages__contains="de")
        .values_list("term", flat=True)
        .distinct()
    )


def _write_service(
    service: Service, content: _ServiceContent, known: Callable[[str], bool]
) -> bool:
    digest = content.digest()
    existing = models.SearchDocument.objects.filter(service=service).values_list(
        "digest", flat=True
    )
    if list(existing) == [digest]:
        return False
    weights, languages, length = _postings(content, known)
    models.SearchPosting.objects.filter(service=service).delete()
    models.SearchPosting.objects.bulk_create(
        [
            models.SearchPosting(
                city_id=service.city_id,
                service=service,
                term=term,
                weight=weight,
                languages=",".join(sorted(languages[term]))[:40],
            )
            for term, weight in weights.items()
            if len(term) <= 64
        ],
        batch_size=2000,
    )
    models.SearchDocument.objects.update_or_create(
        service=service, defaults={"city_id": service.city_id, "length": length, "digest": digest}
    )
    models.SearchPassage.objects.filter(service=service).delete()
    models.SearchPassage.objects.bulk_create(
        models.SearchPassage(
            city_id=service.city_id,
            service=service,
            language=language,
            text=text,
            digest=semantic.passage_digest(text),
        )
        for language, text in _passages(service, content)
    )
    return True


def search_index_services(*, city: City, keys: Iterable[str]) -> int:
    """Re-index the named services of a city after their texts changed (one reading of the
    city's vocabulary for all of them), drop the index rows of services that no longer exist,
    and seed embeddings from the shipped file. Returns the number of services re-indexed."""
    wanted = set(keys)
    services = list(Service.objects.filter(city=city, key__in=wanted).prefetch_related("texts"))
    contents = {s.pk: _content(s, s.texts.all()) for s in services}
    changed = 0
    with transaction.atomic():
        vocabulary = _city_vocabulary(city)
        for content in contents.values():
            vocabulary.update(analyze(content_text(content, "de"), "de"))
        for service in services:
            changed += _write_service(service, contents[service.pk], vocabulary.__contains__)
        # A deleted service took its index rows with it; the loaded indexes must notice.
        if changed or len(services) < len(wanted):
            _bump(city)
    search_embed_missing(city=city, compute=False)
    return changed


def content_text(content: _ServiceContent, language: str) -> str:
    return "\n".join(per.get(language, "") for per in content.texts.values())


def search_index_city(*, city: City, embed: bool = False) -> int:
    """Index every service of a city whose texts changed (and drop deleted ones); returns
    the number of services re-indexed."""
    services = list(Service.objects.filter(city=city).prefetch_related("texts"))
    contents = {s.pk: _content(s, s.texts.all()) for s in services}
    vocabulary: set[str] = set()
    for content in contents.values():
        vocabulary.update(analyze(content_text(content, "de"), "de"))
    changed = 0
    with transaction.atomic():
        for service in services:
            changed += _write_service(service, contents[service.pk], vocabulary.__contains__)
        stale = models.SearchDocument.objects.filter(city=city).exclude(service__in=services)
        if changed or stale.exists():
            stale.delete()
            _bump(city)
    # The shipped embeddings file fills a fresh database without running the model.
    search_embed_missing(city=city, compute=embed)
    return changed


def search_embed_missing(*, city: City | None = None, batch: int = 64, compute: bool = True) -> int:
    """Store the embeddings that passages need and the store lacks: first from the shipped
    files (data/cities/*/search-embeddings.npz), then, if `compute`, with the model (each
    distinct text once, whatever the city). Returns how many were computed."""
    passages = models.SearchPassage.objects.all()
    if city is not None:
        passages = passages.filter(city=city)
    wanted: dict[str, str] = {}
    for digest, text in passages.values_list("digest", "text"):
        wanted.setdefault(digest, text)
    have: set[str] = set()
    keys = list(wanted)
    for start in range(0, len(keys), 500):
        have.update(
            models.SearchEmbedding.objects.filter(digest__in=keys[start : start + 500]).values_list(
                "digest", flat=True
            )
        )
    missing = [d for d in keys if d not in have]
    shipped = shipped_vectors() if missing else {}
    seeded = [d for d in missing if d in shipped]
    models.SearchEmbedding.objects.bulk_create(
        [
            models.SearchEmbedding(digest=d, model=semantic.MODEL_NAME, vector=shipped[d])
            for d in seeded
        ],
        ignore_conflicts=True,
        batch_size=500,
    )
    missing = [d for d in missing if d not in shipped]
    if missing and not (compute and semantic.available()):
        missing = []
    for start in range(0, len(missing), batch):
        chunk = missing[start : start + batch]
        vectors = semantic.embed_passages([wanted[d] for d in chunk])
        models.SearchEmbedding.objects.bulk_create(
            [
                models.SearchEmbedding(digest=d, model=semantic.MODEL_NAME, vector=v)
                for d, v in zip(chunk, vectors, strict=True)
            ],
            ignore_conflicts=True,
        )
    if missing or seeded:
        cities = [city] if city is not None else list(City.objects.all())
        for each in cities:
            _bump(each)
    return len(missing)


def search_embeddings_write(*, city: City) -> tuple[Path, int]:
    """Write the city's passage embeddings to its shipped file (computing missing ones
    first); returns the path and the number of vectors."""
    search_index_city(city=city, embed=True)
    digests = set(models.SearchPassage.objects.filter(city=city).values_list("digest", flat=True))
    vectors = {
        d: bytes(v)
        for d, v in models.SearchEmbedding.objects.filter(
            digest__in=digests, model=semantic.MODEL_NAME
        ).values_list("digest", "vector")
    }
    path = shipped_path(city.slug)
    return path, shipped_write(path=path, vectors=vectors)


def search_miss_record(
    *, city: City, query: str, language: str, top_score: float | None, top_service: str
) -> models.SearchMiss:
    """Remember a question without a good answer (text only: no IP, no user)."""
    return models.SearchMiss.objects.create(
        city=city,
        query=query[:300],
        language=language[:8],
        top_score=top_score,
        top_service=top_service[:64],
    )


# "Was this helpful?": at most this many votes per address and hour (all cities together).
FEEDBACK_LIMIT = 20
FEEDBACK_WINDOW = dt.timedelta(hours=1)


class FeedbackLimited(Exception):
    """Too many votes from one address; `retry_after` in seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("too many votes from this address")
        self.retry_after = retry_after


def address_hash(address: str) -> str:
    """A keyed hash of the client address (the address itself is never stored)."""
    key = f"ask-feedback:{settings.SECRET_KEY}".encode()
    return hmac.new(key, address.encode("utf-8"), hashlib.sha256).hexdigest()


def answer_feedback_record(
    *,
    city: City,
    query: str,
    language: str,
    service: str,
    module: str,
    helpful: bool,
    address: str,
) -> models.AnswerFeedback:
    """Store one vote on an answer; raise FeedbackLimited above the per-address limit."""
    hashed = address_hash(address)
    since = timezone.now() - FEEDBACK_WINDOW
    recent = models.AnswerFeedback.objects.filter(address_hash=hashed, created_at__gte=since)
    if recent.count() >= FEEDBACK_LIMIT:
        oldest = recent.order_by("created_at").values_list("created_at", flat=True).first()
        wait = (oldest + FEEDBACK_WINDOW - timezone.now()) if oldest else FEEDBACK_WINDOW
        raise FeedbackLimited(max(1, int(wait.total_seconds()) + 1))
    return models.AnswerFeedback.objects.create(
        city=city,
        query=query[:300],
        language=language[:8],
        service=service[:64],
        module=module[:32],
        helpful=helpful,
        address_hash=hashed,
    )
