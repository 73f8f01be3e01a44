"""A catalog sentence's type features are read when a question first looks at them (speed9)."""

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
