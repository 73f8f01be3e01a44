"""The answerable facts of a city, loaded once per index generation: services' texts and sources,
offices' addresses, hours and aliases, and the per-city cache that holds them.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from lotse.ask.analysis import fold, tokens
from lotse.ask.answers._text import Sentence, Words, _sentence, _terms, _words, split_sentences
from lotse.ask.answers.kinds import ANSWER_MODULES
from lotse.ask.shared import SharedTables, digest
from lotse.catalog.models import (
    Office,
    OfficeTextField,
    OpeningHours,
    Source,
    TextModule,
)
from lotse.catalog.models import OfficeText as OfficeTextRow
from lotse.catalog.models import ServiceText as ServiceTextRow
from lotse.core.models import City

_Read = TypeVar("_Read", Sentence, Words)


@dataclass
class SourceRef:
    url: str
    checked: dt.date
    covers: frozenset[str]


@dataclass
class ServiceFacts:
    """One service's answerable texts. Each (module, language) is split and analysed when a
    question first needs it: a question reads one or two of the service's languages, and
    analysing all twelve up front cost ~28 ms, paid by the first asker of each service in
    each process (the tail of `make bench-search`)."""

    # (module, language) -> the module's text as written
    whole: dict[tuple[str, str], str]
    sources: list[SourceRef]
    # language -> the service's name and synonyms (they name the service, so their terms say
    # nothing about which of its sentences answers)
    naming_texts: dict[str, list[str]] = field(default_factory=dict)
    # language -> the service's name ("Integrationskurs (Deutsch und Orientierung)")
    names: dict[str, str] = field(default_factory=dict)
    _sentences: dict[tuple[str, str], list[Sentence]] = field(default_factory=dict)
    _words: dict[tuple[str, str], list[Words]] = field(default_factory=dict)
    _topic: dict[str, frozenset[str]] = field(default_factory=dict)

    def sentences(self, module: str, language: str) -> list[Sentence]:
        """The sentences of a module in a language (list modules: one per item)."""
        return self._read(self._sentences, _sentence, module, language)

    def words(self, module: str, language: str) -> Sequence[Sentence | Words]:
        """The sentences of a module in a language with their words only (`Words`), or the
        whole `Sentence`s when a question has read them already."""
        found = self._sentences.get((module, language))
        if found is not None:
            return found
        return self._read(self._words, _words, module, language)

    def _read(
        self,
        cache: dict[tuple[str, str], list[_Read]],
        read: Callable[[str, str], _Read],
        module: str,
        language: str,
    ) -> list[_Read]:
        found = cache.get((module, language))
        if found is None:
            text = self.whole[(module, language)]
            found = [read(s, language) for s in split_sentences(text)]
            cache[(module, language)] = found  # a race only computes it twice
        return found

    def topic(self, language: str) -> frozenset[str]:
        """Terms of the service's name and synonyms in a language."""
        found = self._topic.get(language)
        if found is None:
            found = frozenset(
                t for text in self.naming_texts.get(language, ()) for t in _terms(text, language)
            )
            self._topic[language] = found
        return found


@dataclass
class OfficeFacts:
    key: str
    names: dict[str, str]
    address: str
    phone: str
    hours: list[tuple[int, dt.time, dt.time]]
    hours_note: dict[str, str]
    sources: list[SourceRef]
    aliases: frozenset[str] = frozenset()


@dataclass
class Fact:
    text: str
    service: str
    module: str
    language: str
    source: str
    checked: dt.date
    office: str = ""
    confidence: float = 0.0
    # Which answer path gave it (`selectors._fact`: "typed:rank0-lead", "told", "office-routed",
    # ...), for the evaluation (`python -m lotse.ask.eval.paths`); never shown in the API.
    path: str = ""


_Naming = dict[str, tuple[frozenset[str], frozenset[str]]]


@dataclass
class _CityFacts:
    generation: str
    services: dict[str, ServiceFacts] = field(default_factory=dict)
    offices: dict[str, OfficeFacts] | None = None
    alias_index: dict[str, str] = field(default_factory=dict)
    # except_service -> `topic_terms`
    topic_terms: dict[str, frozenset[str]] = field(default_factory=dict)
    # except_service -> first letters of a naming term -> its services (`naming._prefix_owners`)
    topic_prefixes: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    names: _NamingTable | None = None
    # per family of office descriptions, the city's office of that kind (`offices.py`)
    described: list[str | None] | None = None


@dataclass
class _NamingTable:
    """The services' names and synonyms, analysed (each in its own language): what
    `topic_terms` and `naming_scores` look words up in. One table per distinct set of texts,
    shared by the cities that have the same names and synonyms (`_naming_table`)."""

    # term -> the services whose name or synonyms hold it (in any language)
    owners: dict[str, frozenset[str]]
    # language -> term -> (services whose name holds it, services whose synonyms hold it)
    naming: dict[str, _Naming]


_cache: dict[int, _CityFacts] = {}
_lock = threading.Lock()
# Tables by digest of the texts they are built from (`lotse.ask.shared`).
_shared_names: SharedTables[_NamingTable] = SharedTables()
_shared_services: SharedTables[ServiceFacts] = SharedTables()


def _city_facts(city: City, generation: str) -> _CityFacts:
    with _lock:
        facts = _cache.get(city.pk)
        if facts is None or facts.generation != generation:
            facts = _CityFacts(generation=generation)
            _cache[city.pk] = facts
        return facts


def _sources(rows: list[tuple[str, dt.date, list[str]]]) -> list[SourceRef]:
    return [SourceRef(url=u, checked=c, covers=frozenset(cov or ())) for u, c, cov in rows]


def service_facts(city: City, generation: str, key: str) -> ServiceFacts | None:
    """The answerable texts of one service, split and analysed once per index generation
    (all of a city's services at once by `warm`)."""
    facts = _city_facts(city, generation)
    cached = facts.services.get(key)
    if cached is not None:
        return cached
    built = _load_service_facts(city, [key])
    with _lock:
        facts.services.update(built)
    return built.get(key)


def _load_service_facts(city: City, keys: list[str] | None) -> dict[str, ServiceFacts]:
    """key -> facts of these services of the city (None: all), two queries. A service whose
    texts and sources another city's service has too shares that one's facts (and so its
    analysed sentences)."""
    services = ServiceTextRow.objects.filter(service__city=city)
    sourced = Source.objects.filter(service__city=city)
    if keys is not None:
        services = services.filter(service__key__in=keys)
        sourced = sourced.filter(service__key__in=keys)
    rows: dict[str, list[tuple[str, str, str]]] = {key: [] for key in keys or ()}
    for key, module, language, text in services.filter(
        # the summary: a count the city's short text alone states (`sentences.COUNT_SUMMARY`)
        # the prerequisites: the sum one must have on a blocked account (`kinds.asks_means`)
        module__in=(
            *ANSWER_MODULES,
            TextModule.PREREQUISITES,
            TextModule.SUMMARY,
            TextModule.NAME,
            TextModule.SYNONYMS,
        )
    ).values_list("service__key", "module", "language", "text"):
        rows.setdefault(key, []).append((module, language, text))
    source_rows: dict[str, list[tuple[str, dt.date, list[str]]]] = {}
    for key, url, checked, covers in sourced.order_by("position", "pk").values_list(
        "service__key", "url", "checked", "covers"
    ):
        source_rows.setdefault(key, []).append((url, checked, covers))
    result: dict[str, ServiceFacts] = {}
    for key, texts in rows.items():
        sources = source_rows.get(key, [])
        result[key] = _shared_services.get(
            digest([*texts, ("sources", *map(repr, sources))]),
            functools.partial(_service_facts, texts, sources),
        )
    return result


def _service_facts(
    rows: list[tuple[str, str, str]], sources: list[tuple[str, dt.date, list[str]]]
) -> ServiceFacts:
    whole: dict[tuple[str, str], str] = {}
    naming_texts: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for module, language, text in rows:
        if module in (TextModule.NAME, TextModule.SYNONYMS):
            naming_texts.setdefault(language, []).append(text)
            if module == TextModule.NAME:
                names[language] = text
            continue
        whole[(module, language)] = text.strip()
    return ServiceFacts(
        whole=whole, sources=_sources(sources), naming_texts=naming_texts, names=names
    )


# Words of office names that do not name one office.
_GENERIC = frozenset(
    [
        "stadt",
        "landeshauptstadt",
        "city",
        "office",
        "amt",
        "service",
        "services",
        "centre",
        "center",
        "zentrum",
        "der",
        "die",
        "das",
        "des",
        "und",
        "and",
        "of",
        "the",
        "for",
        "fur",
        "für",
        "de",
        "la",
        "le",
        "du",
        "del",
        "el",
        "los",
        "для",
        "города",
        "міста",
        "града",
    ]
)


def _offices(city: City, generation: str) -> tuple[dict[str, OfficeFacts], dict[str, str]]:
    facts = _city_facts(city, generation)
    if facts.offices is not None:
        return facts.offices, facts.alias_index
    offices: dict[str, OfficeFacts] = {}
    for office in Office.objects.filter(city=city).prefetch_related(
        "addresses", "opening_hours", "sources"
    ):
        addresses = sorted(office.addresses.all(), key=lambda a: (a.type != "visitor", a.position))
        address = ""
        if addresses:
            a = addresses[0]
            address = ", ".join(p for p in (a.street, f"{a.postal_code} {a.locality}".strip()) if p)
        hours: list[OpeningHours] = sorted(
            office.opening_hours.all(), key=lambda h: (h.weekday, h.opens)
        )
        offices[office.key] = OfficeFacts(
            key=office.key,
            names={},
            address=address,
            phone=office.phone,
            hours=[(h.weekday, h.opens, h.closes) for h in hours],
            hours_note={},
            sources=_sources(
                [
                    (s.url, s.checked, list(s.covers))
                    for s in sorted(office.sources.all(), key=lambda s: (s.position, s.pk))
                ]
            ),
        )
    for key, fld, language, text in OfficeTextRow.objects.filter(
        office__city=city,
        field__in=(OfficeTextField.NAME, OfficeTextField.OPENING_HOURS_NOTE),
    ).values_list("office__key", "field", "language", "text"):
        if key in offices:
            target = offices[key].names if fld == OfficeTextField.NAME else offices[key].hours_note
            target[language] = text
    # Aliases: name words (and the key's parts) that belong to one office only.
    # The city's own name is in many office names ("Jobcenter Dortmund") and names none of them.
    generic = _GENERIC | {
        fold(w) for name in [city.slug, *city.names.values()] for w in tokens(str(name))
    }
    owners: dict[str, set[str]] = {}
    own: dict[str, set[str]] = {}
    for key, facts_of in offices.items():
        for word in {fold(w) for name in facts_of.names.values() for w in tokens(name)}:
            owners.setdefault(word, set()).add(key)
        for word in [*_own_name_words(facts_of.names), fold(key.replace("-", ""))]:
            if len(word) >= 5 and word not in generic:
                own.setdefault(word, set()).add(key)
                owners.setdefault(word, set()).add(key)
    # An alias is an own-name word of one office that no other office's names hold at all.
    alias_index = {w: next(iter(keys)) for w, keys in own.items() if len(owners[w]) == 1}
    alias_index.update(_abbreviations(offices))
    with _lock:
        facts.offices = offices
        facts.alias_index = alias_index
    return offices, alias_index


# An abbreviation in an office's names ("Industrie- und Handelskammer zu Dortmund (IHK)",
# "… (BAMF)"): three or four capitals, too short for an alias word, kept under its capitals
# (folded alias words are lower case) and matched only as capitals in the question
# (`naming.named_office`), so the Weisser Ring's "RING" is no "ring them".
_ABBREVIATION = re.compile(r"(?<!\w)[A-ZÄÖÜ]{3,4}(?!\w)")


def _abbreviations(offices: dict[str, OfficeFacts]) -> dict[str, str]:
    """Abbreviations that one office's names hold and no other office's."""
    owners: dict[str, set[str]] = {}
    for key, facts_of in offices.items():
        for name in facts_of.names.values():
            for word in _ABBREVIATION.findall(name):
                owners.setdefault(word, set()).add(key)
    return {word: next(iter(keys)) for word, keys in owners.items() if len(keys) == 1}


# An office alias is a word its names hold in at least this share of their languages and in at
# least two (or in all, if fewer): the names of Dortmund's offices keep the German name in
# brackets in most translations, while a word two related languages share ("регистрация" in
# bg and ru) is a common word of both.
OWN_NAME_SHARE = 1 / 3
OWN_NAME_MIN = 2


def _own_name_words(names: dict[str, str]) -> set[str]:
    """The words of an office's names that are its own name: those its names hold in at least
    two languages ("Jobcenter", "Ausländerbehörde", "Gewerbemeldestelle", kept in brackets in
    every translation). A word of one translation only is a common word of that language
    ("службата", "ведомства", "خارجي": "the office", "foreign"), which a question uses for
    any office; an office named in one language only keeps all its words."""
    per_language = [{fold(w) for w in tokens(name)} for name in names.values()]
    counts = Counter(word for words in per_language for word in words)
    needed = max(OWN_NAME_MIN, math.ceil(OWN_NAME_SHARE * len(per_language)))
    needed = min(needed, len(per_language))
    return {word for word, count in counts.items() if count >= needed}
