"""The answer sentences' type features on disk (`answers.feature_cache`): a later process loads
what the first one read, the same values; a missing, damaged or foreign file, or a folder that
cannot be written, only costs the reading; processes starting together take turns."""

from __future__ import annotations

import fcntl
import json
import re
import threading
import time
from io import StringIO

import pytest
from django.core.management import call_command

from lotse.ask.answers import feature_cache
from lotse.ask.answers._text import _FEATURES, _NONE, _ReadSentence

SAMPLES = [
    ("Die Verlängerung um bis zu drei Monate: 96 Euro.", "de"),
    ("Der Aufenthaltstitel ist höchstens drei Jahre gültig.", "de"),
    ("Children under 6 years pay nothing; from 18 you pay 10 percent.", "en"),
    ("هزینه برای هر ماه ۵۰ یورو است.", "fa"),
    ("Оплата в рассрочку возможна, до 1 800 евро в месяц.", "ru"),
    ("Bitte bringen Sie Ihren Pass mit.", "de"),
]


def _sentences() -> list[_ReadSentence]:
    return [_ReadSentence(text, language) for text, language in SAMPLES]


def _features(sentence: _ReadSentence) -> tuple[object, ...]:
    return tuple(getattr(sentence, name) for name in _FEATURES)


def _read_anew() -> list[tuple[object, ...]]:
    return [_features(sentence) for sentence in _sentences()]


def _holds_exactly(sentences: list[_ReadSentence], expected: list[tuple[object, ...]]) -> None:
    """Every feature is set on the sentence itself (not left to be read on first look), of the
    type reading gives (a bool, frozensets, the shared empty set), and equal to reading it."""
    for sentence, features in zip(sentences, expected, strict=True):
        assert set(_FEATURES) <= sentence.__dict__.keys()
        values = tuple(sentence.__dict__[name] for name in _FEATURES)
        assert type(values[0]) is bool
        for value in values[1:]:
            assert type(value) is frozenset
            assert value or value is _NONE
        assert values == features


def _unreadable(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, a feature read instead of loaded fails the test."""

    def fail(self: _ReadSentence) -> None:
        raise AssertionError(f"read instead of loaded: {self.text}")

    monkeypatch.setattr(_ReadSentence, "read_features", fail)


@pytest.fixture
def folder(settings, tmp_path):
    settings.LOTSE_ANSWER_FEATURES_DIR = str(tmp_path / "features")
    return tmp_path / "features"


def test_a_later_process_loads_the_features_the_first_one_read(folder, monkeypatch):
    expected = _read_anew()
    # The samples hold units, quantities, a qualifier, validity: sets and flags both go round.
    assert any(features[0] for features in expected)
    assert all(any(features[i] for features in expected) for i in (1, 2, 3))

    first = _sentences()
    assert feature_cache.read_all(first) == len(SAMPLES)
    assert [_features(s) for s in first] == expected
    assert [p.name for p in folder.glob("*.json")] == [feature_cache.cache_path(folder).name]

    _unreadable(monkeypatch)
    later = _sentences()
    assert feature_cache.read_all(later) == 0
    _holds_exactly(later, expected)


def test_only_the_sentences_the_file_lacks_are_read_and_added(folder):
    sentences = _sentences()
    assert feature_cache.read_all(sentences[:2]) == 2
    assert feature_cache.read_all(_sentences()) == len(SAMPLES) - 2
    later = _sentences()
    assert feature_cache.read_all(later) == 0
    _holds_exactly(later, _read_anew())


def test_sentences_that_hold_their_features_are_neither_read_nor_loaded(folder, monkeypatch):
    sentences = _sentences()
    assert feature_cache.read_all(sentences) == len(SAMPLES)
    _unreadable(monkeypatch)
    monkeypatch.setattr(feature_cache, "_load", lambda path: pytest.fail("loaded again"))
    assert feature_cache.read_all(sentences) == 0  # a second city sharing the same tables


def test_without_a_folder_every_process_reads_for_itself(settings, tmp_path):
    settings.LOTSE_ANSWER_FEATURES_DIR = ""
    sentences = _sentences()
    assert feature_cache.read_all(sentences) == len(SAMPLES)
    assert feature_cache.read_all(_sentences()) == len(SAMPLES)
    assert [_features(s) for s in sentences] == _read_anew()


def test_changed_code_reads_anew_and_removes_the_old_file(folder, monkeypatch):
    monkeypatch.setattr(feature_cache, "CODE", "old")
    feature_cache.read_all(_sentences())
    assert (folder / "features-old.json").exists()
    (folder / ".features-left-by-a-killed-worker").write_text("{")
    monkeypatch.setattr(feature_cache, "CODE", "new")
    assert feature_cache.read_all(_sentences()) == len(SAMPLES)
    assert sorted(p.name for p in folder.iterdir()) == ["features-new.json", "features.lock"]


def test_without_a_code_digest_nothing_is_kept(folder, monkeypatch, caplog):
    def gone():
        raise FileNotFoundError("lotse/ask/rules.py")

    monkeypatch.setattr(feature_cache, "code_digest", gone)
    assert feature_cache._import_digest() is None
    assert "no code digest" in caplog.text
    monkeypatch.setattr(feature_cache, "CODE", None)
    sentences = _sentences()
    assert feature_cache.read_all(sentences) == len(SAMPLES)
    _holds_exactly(sentences, _read_anew())
    assert not folder.exists()


def test_the_digest_follows_the_code(tmp_path, monkeypatch):
    (tmp_path / "kinds.py").write_text("PATTERN = 'a'\n")
    for part in ("tests", "eval", "migrations", "management"):
        (tmp_path / part).mkdir()
        (tmp_path / part / "x.py").write_text("x = 1\n")
    monkeypatch.setattr(feature_cache, "_ASK_DIR", tmp_path)
    before = feature_cache.code_digest()
    for part in ("tests", "eval", "migrations", "management"):
        (tmp_path / part / "x.py").write_text("x = 2\n")
    assert feature_cache.code_digest() == before  # none of them reads a feature
    (tmp_path / "kinds.py").write_text("PATTERN = 'b'\n")
    changed = feature_cache.code_digest()
    assert changed != before
    # Another stemmer splits words otherwise: a qualifier's stems may change.
    real = feature_cache.metadata.version
    monkeypatch.setattr(
        feature_cache.metadata,
        "version",
        lambda name: "9.9" if name == "PyStemmer" else real(name),
    )
    assert feature_cache.code_digest() != changed
    # Japanese words are split with Sudachi's dictionary, a package of its own.
    monkeypatch.setattr(
        feature_cache.metadata,
        "version",
        lambda name: "9.9" if name == "SudachiDict-core" else real(name),
    )
    assert feature_cache.code_digest() not in (changed, before)


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[1, 2]",
        json.dumps({"format": 0, "sentences": {}}),
        json.dumps({"format": feature_cache.FORMAT, "sentences": {"de": "wrong"}}),
        "[" * 200_000,
    ],
    ids=["truncated", "not-an-object", "other-format", "wrong-shape", "too-deep"],
)
def test_a_damaged_file_is_read_anew_and_replaced(folder, content):
    folder.mkdir()
    feature_cache.cache_path(folder).write_text(content)
    sentences = _sentences()
    assert feature_cache.read_all(sentences) == len(SAMPLES)
    assert [_features(s) for s in sentences] == _read_anew()
    assert feature_cache.read_all(_sentences()) == 0


@pytest.mark.parametrize(
    "row",
    [[True, "months"], [1, [], [], [], []], [False, [], [3], [], []], [False, [], [], [], None]],
    ids=["short", "number-for-flag", "number-in-set", "no-list"],
)
def test_a_damaged_row_is_read_anew(folder, row):
    feature_cache.read_all(_sentences())
    path = feature_cache.cache_path(folder)
    data = json.loads(path.read_text())
    text, language = SAMPLES[0]
    data["sentences"][language][text] = row
    path.write_text(json.dumps(data))
    assert feature_cache.read_all(_sentences()) == 1
    later = _sentences()
    assert feature_cache.read_all(later) == 0
    _holds_exactly(later, _read_anew())


def test_a_folder_that_cannot_be_made_costs_only_the_reading(settings, tmp_path, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    settings.LOTSE_ANSWER_FEATURES_DIR = str(blocker / "features")
    sentences = _sentences()
    assert feature_cache.read_all(sentences) == len(SAMPLES)
    assert [_features(s) for s in sentences] == _read_anew()
    assert "no cache" in caplog.text


def test_a_process_waits_its_turn_and_loads_what_the_other_one_wrote(folder, monkeypatch):
    folder.mkdir()
    path = feature_cache.cache_path(folder)
    monkeypatch.setattr(feature_cache, "LOCK_POLL_SECONDS", 0.01)
    beats = []
    results = []
    with (folder / feature_cache.LOCK_NAME).open("a") as other:
        fcntl.flock(other, fcntl.LOCK_EX)  # another worker is reading the features
        waiter = threading.Thread(
            target=lambda: results.append(
                feature_cache.read_all(_sentences(), notify=lambda: beats.append(1))
            )
        )
        waiter.start()
        deadline = time.monotonic() + 10
        while len(beats) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(beats) >= 3  # it tells gunicorn it is alive while it waits
        assert results == []
        # The other worker writes its file and gives up the lock.
        written = _sentences()
        for sentence in written:
            sentence.read_features()
        feature_cache._store(path, {}, written)
        fcntl.flock(other, fcntl.LOCK_UN)
    waiter.join(timeout=10)
    assert results == [0]  # loaded, nothing read twice


def test_a_file_that_cannot_be_written_costs_only_the_writing(folder, monkeypatch, caplog):
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(feature_cache.tempfile, "mkstemp", full)
    sentences = _sentences()
    assert feature_cache.read_all(sentences) == len(SAMPLES)
    assert [_features(s) for s in sentences] == _read_anew()
    assert "could not write" in caplog.text
    assert not list(folder.glob("*.json"))


@pytest.mark.django_db
def test_answers_warm_writes_the_file_once_for_the_workers(folder):
    first, second = StringIO(), StringIO()
    call_command("answers_warm", "musterstadt", stdout=first)
    read = int(re.fullmatch(r"musterstadt: (\d+) sentences read in [\d.]+s\n", first.getvalue())[1])
    assert read > 20  # the made-up city's texts
    stored = json.loads(feature_cache.cache_path(folder).read_text())["sentences"]
    assert 20 < sum(len(texts) for texts in stored.values()) <= read
    call_command("answers_warm", "musterstadt", stdout=second)
    assert second.getvalue().startswith("musterstadt: 0 sentences read")


def test_a_lock_held_too_long_costs_only_the_reading(folder, monkeypatch, caplog):
    folder.mkdir()
    monkeypatch.setattr(feature_cache, "LOCK_POLL_SECONDS", 0.01)
    monkeypatch.setattr(feature_cache, "LOCK_WAIT_SECONDS", 0.05)
    with (folder / feature_cache.LOCK_NAME).open("a") as other:
        fcntl.flock(other, fcntl.LOCK_EX)  # a worker that hangs while it holds the lock
        sentences = _sentences()
        assert feature_cache.read_all(sentences) == len(SAMPLES)
    _holds_exactly(sentences, _read_anew())
    assert "held too long" in caplog.text
