"""Work a search no longer repeats (speed9): sentence features on first look, type patterns once."""

from __future__ import annotations

from typing import Any

import pytest

from lotse.ask.answers import _text
from lotse.ask.answers._text import Sentence, _sentence

pytestmark = pytest.mark.ranking

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


class _Spy:
    """A pattern that records the texts it was asked to search."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.searched: list[str] = []

    def search(self, text: str) -> Any:
        self.searched.append(text)
        return self.pattern.search(text)


def test_the_hold_back_rules_read_no_pattern_for_a_service_scored_0(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """speed13: damping a 0 leaves it 0, so a rule whose services have no score is not read;
    the scores are those of reading every rule."""
    import numpy as np

    from lotse.ask import rules

    unless = [(key, _Spy(pattern)) for key, pattern in rules._HELD_BACK_UNLESS]
    when = [(_Spy(shows), keeps, held) for shows, keeps, held in rules._HELD_BACK_WHEN]
    monkeypatch.setattr(rules, "_HELD_BACK_UNLESS", tuple(unless))
    monkeypatch.setattr(rules, "_HELD_BACK_WHEN", tuple(when))
    keys = [rules.BUSINESS, rules.DEREGISTRATION, rules.EXTENSION]
    question = "How do I renew my residence permit while I am waiting?"
    scores = rules.adjust(np.array([0.0, 0.0, 1.0], dtype=np.float32), question, keys)
    by_key = dict(unless)
    assert by_key[rules.BUSINESS].searched == [] and by_key[rules.DEREGISTRATION].searched == []
    waiting = [spy for spy, _keeps, held in when if held == (rules.EXTENSION,)]
    assert waiting and all(spy.searched for spy in waiting)
    assert all(spy.searched == [] for spy, _keeps, held in when if rules.EXTENSION not in held)
    assert scores[0] == scores[1] == 0.0 and scores[2] < 1.0  # held back: "waiting"


def _cut_by_characters(lowered: str, spans: list[tuple[int, int]]) -> str:
    """`content_words`' cut as it was written before speed13, character by character."""
    keep = [True] * len(lowered)
    for start, end in spans:
        while start > 0 and not lowered[start - 1].isspace():
            start -= 1
        while end < len(lowered) and not lowered[end].isspace():
            end += 1
        for i in range(start, end):
            keep[i] = False
    return "".join(c if k else " " for c, k in zip(lowered, keep, strict=True))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Cât costă taxa și cât costă permisul?", "cost"),
        ("Bis wann und wie lange hat das Amt geöffnet?", "open"),
        ("Wie lange ist der Pass gültig und wann läuft er ab?", "validity"),
        ("Wie viel kostet die Gebühr?", "cost"),
        ("Wo ist das Bürgerbüro und wann hat es geöffnet?", "where"),
        ("kostet", "cost"),
    ],
)
def test_the_words_of_a_question_are_cut_as_by_characters(text: str, kind: str) -> None:
    """speed13: `content_words` cuts the matched words span by span; overlapping and nested
    matches, a match inside a word and the text's ends give what the character loop gave."""
    from lotse.ask.answers import kinds

    lowered = kinds.padded(text)
    patterns = [p for _kind, p in kinds._COMPILED[kinds._first_kind(lowered) :]]
    if kind not in ("cost", "money"):
        patterns.append(kinds._HOW_MUCH_TIME)
    if kind == "open":
        patterns += [kinds._UNTIL_HOUR_OR_DAYS, kinds._OFFICE_AT_WORK_WORDS]
    if kind == "validity":
        patterns.append(kinds._EXPIRY_WORDS)
    spans = [m.span() for pattern in patterns for m in pattern.finditer(lowered)]
    assert spans  # type words to cut
    assert kinds.content_words(text, kind) == _cut_by_characters(lowered, spans)
