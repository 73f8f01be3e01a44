"""The colloquial phrasings (lotse/ask/data/phrasings): how people say a need, per service and
language. They are search words only: indexed lexically, never shown, never passages of the
model, never an evaluation question, and never an amount, a date or a § reference."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings

from lotse.ask import selectors, services
from lotse.ask.analysis import analyze
from lotse.ask.eval.__main__ import load_questions
from lotse.ask.models import SearchPassage, SearchPosting
from lotse.catalog.models import Service
from lotse.core.models import City

pytestmark = pytest.mark.ranking

ROOT = Path(settings.BASE_DIR)
LANGUAGES = ("de", "en", "ar", "ru", "ro", "es", "tr", "uk", "bg", "fa", "fr", "pl")
DORTMUND_KEYS = {p.stem for p in (ROOT / "data/cities/dortmund/services").glob("*.yaml")}


def _bare(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def test_every_language_has_phrasings_for_every_service_of_the_catalog():
    table = services.phrasings()
    assert set(table) == DORTMUND_KEYS
    for key, per_language in table.items():
        assert set(per_language) == set(LANGUAGES), key
        for language, items in per_language.items():
            assert 6 <= len(items) <= 12, (key, language)
            assert len(set(items)) == len(items), (key, language)


def test_no_phrasing_is_a_question_of_an_evaluation_set():
    questions = {
        _bare(q["q"])
        for name in ("questions", "answers", "holdout", "answers_holdout")
        for q in load_questions(name)
    }
    copies = [
        (key, language, item)
        for key, per_language in services.phrasings().items()
        for language, items in per_language.items()
        for item in items
        if _bare(item) in questions
    ]
    assert copies == []


# An amount (a number with a currency), a calendar date or a § reference: phrasings state none,
# so nothing a phrasing says can contradict the city's reviewed text.
FACT = re.compile(r"§|\d+\s*(?:€|eur|euro|евро|євро|یورو|يورو)|\b\d{1,2}\.\d{1,2}\.", re.IGNORECASE)


def test_phrasings_state_no_amount_date_or_paragraph():
    facts = [
        (key, language, item)
        for key, per_language in services.phrasings().items()
        for language, items in per_language.items()
        for item in items
        if FACT.search(item)
    ]
    assert facts == []


def test_the_fact_pattern_finds_what_it_must_refuse():
    assert FACT.search("kostet 28 Euro")
    assert FACT.search("ab dem 1.8. geht es los")
    assert FACT.search("nach § 81a")
    assert not FACT.search("Deutschkurs B1 bei der VHS")


@pytest.mark.django_db
def test_phrasings_are_indexed_as_words_but_are_no_passages_of_the_model():
    city = City.objects.get(slug="dortmund")
    service = Service.objects.get(city=city, key="daycare-place")
    phrasing = max(services.phrasings()["daycare-place"]["bg"], key=len)  # no synonym holds it
    passages = list(SearchPassage.objects.filter(service=service).values_list("text", flat=True))
    assert passages
    assert all(phrasing not in text for text in passages)
    words = analyze(phrasing, "bg")
    held = set(
        SearchPosting.objects.filter(service=service, term__in=words).values_list("term", flat=True)
    )
    assert held == {w for w in words if len(w) <= 64}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Needs told without the service's name, in the words of the phrasings' kind (written
        # here, not taken from them): lexical search alone found other services before.
        ("дъщеря ми става на една годинка, а аз трябва да се върна на работа", "daycare-place"),
        ("шефът ми каза, че от следващия месец няма да ме държи", "job-seeker-registration"),
        ("nie stać nas na czynsz i jedzenie, pracuję ale za mało", "basic-income-support"),
    ],
)
def test_a_need_told_in_everyday_words_finds_its_service(question, expected):
    city = City.objects.get(slug="dortmund")
    answer = selectors.search(city=city, query=question, mode="lexical", with_answer=False)
    assert answer.hits[0].key == expected


def test_german_words_inside_a_phrasing_are_no_evidence_of_its_language():
    # "Hund anmelden" in a Polish phrasing: the terms count for the service, but only the
    # Polish words mark the Polish language, from which a question's language is read.
    german = {analyze("Hund", "de")[0], analyze("anmelden", "de")[0]}
    content = services._ServiceContent(
        texts={services.PHRASINGS: {"pl": "Hund anmelden w urzędzie miasta"}}
    )
    weights, languages, _length = services._postings(content, german.__contains__)
    hund, urzad = analyze("Hund", "pl")[0], analyze("urzędzie", "pl")[0]
    assert weights[hund] > 0 and weights[urzad] > 0
    assert "pl" not in languages.get(hund, set())
    assert languages[urzad] == {"pl"}
