"""Building a city's answer tables before a process takes questions (`warm`)."""

from __future__ import annotations

from collections.abc import Callable

from lotse.ask.answers import feature_cache
from lotse.ask.answers._text import _ReadSentence
from lotse.ask.answers.facts import _city_facts, _load_service_facts, _lock, _offices
from lotse.ask.answers.naming import topic_terms
from lotse.ask.answers.offices import _family_offices
from lotse.core.models import City


def warm(city: City, generation: str, notify: Callable[[], None] = lambda: None) -> int:
    """Build the city's answer tables (names and synonyms, the naming terms of a lost
    question, offices, every service's texts) before a process takes questions, so no asker
    waits for them (`selectors.process_warm`). Every sentence of every service's texts is
    split and its words analysed too (Dortmund: 23,300 sentences when measured, ≈ 2 s of CPU
    and 60 MB a process; ~34,800 and ~12 s by the thirty-third session; once per distinct
    text: cities with the same texts share them): read when a question first needed them,
    they cost its asker up to several milliseconds, most of the slowest twentieth of `make
    bench-search`. Each sentence's type features (validity, units, quantities, qualifier,
    variants: `_text._ReadSentence`) are read too (Dortmund ≈ 14 s of CPU when first
    measured, ~55 s by the thirty-third session; ≈ 5 MB more a process): read when a question
    first looked at them, they were the largest part of the slowest tenth's time outside the
    model that a question could be spared. They are loaded from the file `answers_warm` or the
    first process wrote (`feature_cache`) where it holds them. `notify` is called after each
    service and every few hundred sentences (the worker's heartbeat). Returns how many
    sentences' features were read here."""
    facts = _city_facts(city, generation)
    topic_terms(city, generation, except_service=city.fallback_service_key)
    _offices(city, generation)
    # The offices a question may describe instead of naming ("the foreigners' office"): the
    # families' patterns are compiled and matched against the offices' names once (≈ 50 ms).
    _family_offices(city, generation)
    if not facts.services:
        built = _load_service_facts(city, None)
        with _lock:
            facts.services.update(built)
    unread: list[_ReadSentence] = []
    for service in list(facts.services.values()):
        for module, language in service.whole:
            unread.extend(
                sentence
                for sentence in service.sentences(module, language)
                if isinstance(sentence, _ReadSentence)
            )
        notify()
    # From the file the first process wrote (`feature_cache`), or read here and written there.
    return feature_cache.read_all(unread, notify)
