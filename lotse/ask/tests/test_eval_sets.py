"""The search evaluation's question sets per city (`python -m lotse.ask.eval --city …`):
Dortmund's stay where they were; Düsseldorf's (eval/duesseldorf/) are well formed, large
enough, apart from each other, and name only service keys the cities share."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings

from lotse.ask.eval.__main__ import HERE, load_questions, main, question_file

ROOT = Path(settings.BASE_DIR)
DORTMUND_KEYS = {p.stem for p in (ROOT / "data/cities/dortmund/services").glob("*.yaml")}
# Düsseldorf has Dortmund's keys, with its own city pass instead of Dortmund's.
DUESSELDORF_KEYS = (DORTMUND_KEYS - {"dortmund-pass"}) | {"duesselpass"}


def test_dortmunds_sets_are_found_where_they_always_were():
    assert question_file("questions") == HERE / "questions.yaml"
    assert question_file("holdout", "dortmund") == HERE / "holdout.yaml"
    assert question_file("answers", "dortmund") == HERE / "answers.yaml"


def test_a_city_without_a_set_has_none_and_the_command_says_so(capsys):
    assert question_file("answers", "duesseldorf") is None  # routing only
    assert question_file("questions", "nowhere") is None
    with pytest.raises(SystemExit) as info:
        main(["--city", "nowhere"])
    assert info.value.code == 2
    assert "has no question set 'questions'" in capsys.readouterr().err


@pytest.mark.parametrize(("name", "minimum"), [("questions", 150), ("holdout", 60)])
def test_duesseldorf_sets_are_well_formed(name: str, minimum: int):
    questions = load_questions(name, "duesseldorf")
    assert len(questions) >= minimum
    languages = Counter(q["lang"] for q in questions)
    assert set(languages) <= {code for code, _n in settings.LANGUAGES}
    # Mostly German, English and Japanese; some of the newcomer languages.
    assert languages["ja"] + languages["de"] + languages["en"] >= 0.75 * len(questions)
    assert languages["ja"] >= 0.3 * len(questions)
    assert {"tr", "ar", "uk", "ru", "pl"} <= set(languages)
    for q in questions:
        assert set(q) == {"q", "lang", "expected", "kind"}, q
        assert q["q"].strip() and q["expected"], q
        assert set(q["expected"]) <= DUESSELDORF_KEYS, q
        assert q["kind"] in {"short", "typo", "colloquial", "long"}, q
    texts = [q["q"] for q in questions]
    assert len(texts) == len(set(texts))


def test_the_held_out_set_shares_no_question_with_the_development_set():
    dev = {q["q"].casefold() for q in load_questions("questions", "duesseldorf")}
    held = {q["q"].casefold() for q in load_questions("holdout", "duesseldorf")}
    assert not dev & held
