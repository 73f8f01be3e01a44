"""Building a city's answer tables before a process takes questions (`warm`)."""

from __future__ import annotations

from lotse.ask.answers.facts import _city_facts, _load_service_facts, _lock, _offices
from lotse.ask.answers.naming import topic_terms
from lotse.core.models import City


def warm(city: City, generation: str) -> None:
    """Build the city's answer tables (names and synonyms, the naming terms of a lost
    question, offices, every service's texts) before a process takes questions, so no asker
    waits for them (`selectors.process_warm`). A service's sentences are still analysed when
    a question first needs them (~1 ms; all of them would cost seconds per city)."""
    facts = _city_facts(city, generation)
    topic_terms(city, generation, except_service=city.fallback_service_key)
    _offices(city, generation)
    if not facts.services:
        built = _load_service_facts(city, None)
        with _lock:
            facts.services.update(built)
