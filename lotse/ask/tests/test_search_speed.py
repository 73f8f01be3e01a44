"""Work a search no longer repeats (speed9): sentence features on first look, type patterns once."""

from __future__ import annotations

from typing import Any

import pytest

from lotse.ask.answers import _text
from lotse.ask.answers._text import Sentence, _sentence

FEATURES = ("stated_quantities", "units_in", "held_qualifiers", "reads_persian")


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    counted = dict.fromkeys(FEATURES, 0)
    for name in FEATURES:
        real = getattr(_text, name)

        def counting(*args: Any, _name: str = name, _real: Any = real) -> Any:
            counted[_name] += 1
            return _real(*args)

        monkeypatch.setattr(_text, name, counting)
    return counted


def test_features_are_read_on_first_look_and_kept(calls: dict[str, int]) -> None:
    sentence = _sentence("Die Karte kostet 12 Euro und gilt zwei Jahre lang.", "de")
    assert sentence.terms  # the words are read at once
    assert calls == dict.fromkeys(FEATURES, 0)
    assert "amount" in sentence.quantities
    assert "amount" in sentence.quantities
    assert calls["stated_quantities"] == 1
    assert calls["units_in"] == calls["held_qualifiers"] == 0
    assert sentence.units == frozenset({"year"})
    assert calls["units_in"] == 1 and calls["reads_persian"] == 1


def test_same_values_as_a_sentence_read_at_once() -> None:
    for text, language in (
        ("Bis zu drei Monate: 96 Euro.", "de"),
        ("Для детей до 18 лет услуга бесплатна.", "ru"),
        ("اعتبار این کارت یک سال است.", "fa"),
        ("The permit is first granted for a maximum of three years.", "en"),
    ):
        lazy = _sentence(text, language)
        whole = Sentence(
            text=text,
            terms=lazy.terms,
            has_digit=_text.has_digit(text),
            validity=bool(_text._VALIDITY_CUE.search(text.casefold())),
            tails=lazy.tails,
            cuts=lazy.cuts,
            units=_text.units_in(text.casefold(), _text.reads_persian(text, language)),
            quantities=_text.stated_quantities(text.casefold()),
            qualifier=_text._qualifier(text, language),
            variants=_text.held_qualifiers(text),
        )
        assert (lazy.validity, lazy.units, lazy.quantities, lazy.qualifier, lazy.variants) == (
            whole.validity,
            whole.units,
            whole.quantities,
            whole.qualifier,
            whole.variants,
        )


class _Counted:
    """A type pattern that counts how often it scans a text."""

    def __init__(self, pattern: Any, seen: list[str]) -> None:
        self.pattern, self.seen = pattern, seen

    def search(self, text: str) -> Any:
        self.seen.append("search")
        return self.pattern.search(text)

    def finditer(self, text: str) -> Any:
        self.seen.append("finditer")
        return self.pattern.finditer(text)


def test_the_words_of_a_question_skip_the_type_patterns_it_matched_none_of(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`content_words` runs only the type patterns from the first that matches on (those
    before it find nothing, as `classify` has seen), with the same result."""
    from lotse.ask.answers import kinds

    question = "Ich suche einen Platz im Sprachcafé für meine Tante."
    expected = kinds.content_words.__wrapped__(question, "cost")
    seen: list[str] = []
    monkeypatch.setattr(
        kinds, "_COMPILED", [(kind, _Counted(p, seen)) for kind, p in kinds._COMPILED]
    )
    for cached in (kinds.classify, kinds.content_words, getattr(kinds, "_first_kind", None)):
        if cached is not None:
            monkeypatch.setattr(kinds, cached.__name__, cached.__wrapped__)
    assert kinds.classify(question) is None
    seen.clear()
    assert kinds.content_words(question, "cost") == expected
    assert "finditer" not in seen
