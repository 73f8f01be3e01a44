"""The type features of the catalog's sentences, kept on disk for the next process.

Reading every sentence's type features (`_text._ReadSentence.read_features`: the validity
cue, units, quantities, qualifier, variants) is most of a web worker's warm-up: Dortmund's
~35,000 sentences take ~55 s of CPU on this machine's cores (measured 2026-12-07), paid by
every worker gunicorn starts. With four workers on two cores, the first of them took over
three minutes to serve, longer than prod-local's readiness wait (CI, 2026-12-07).

The features are a pure function of a sentence's text, its language and this code, so the
first process to read them writes them to `<LOTSE_ANSWER_FEATURES_DIR>/features-<code>.json`
and every later one loads them (~1 s). `<code>` digests the search's own modules and the
stemmers' versions: a change to either starts a new file (the old ones are removed when it is
written). Processes starting together take turns on a lock file, so one reads what is missing
while the others wait for its file instead of reading the same sentences at once. JSON, not
pickle: nothing in the file is executed. Any trouble with the folder or the file (not
writable, truncated, from another version) only costs the reading, never the warm-up.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from django.conf import settings

from lotse.ask.answers._text import _FEATURES, _NONE, _ReadSentence

logger = logging.getLogger(__name__)

FORMAT = 1
# How often a waiting process looks at the lock again, and tells gunicorn it is alive.
LOCK_POLL_SECONDS = 0.5
# The sentences read between two heartbeats (`notify`) of a worker reading them.
NOTIFY_EVERY = 200

# The packages that split and stem a sentence's words (a qualifier is a set of stems).
ANALYSIS_DISTRIBUTIONS = ("snowballstemmer", "PyStemmer", "sudachipy")
_ASK_DIR = Path(__file__).resolve().parent.parent
# Modules that cannot change a feature: tests, the evaluation, migrations, the admin, views.
_SKIPPED_PARTS = frozenset({"tests", "eval", "migrations", "management"})


def code_digest() -> str:
    """A digest of what computes a feature: every module of lotse.ask outside its tests, the
    evaluation and its migrations, the Python version and the versions of the packages that
    split and stem words (`ANALYSIS_DISTRIBUTIONS`)."""
    digest = hashlib.sha256()
    digest.update(f"{FORMAT}|{sys.version_info[:2]}|".encode())
    for distribution in ANALYSIS_DISTRIBUTIONS:
        try:
            version = metadata.version(distribution)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{distribution}={version}|".encode())
    for path in sorted(_ASK_DIR.rglob("*.py")):
        relative = path.relative_to(_ASK_DIR)
        if _SKIPPED_PARTS.intersection(relative.parts[:-1]):
            continue
        digest.update(str(relative).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def cache_path(directory: str | os.PathLike[str], code: str | None = None) -> Path:
    return Path(directory) / f"features-{code or code_digest()}.json"


def read_all(sentences: Sequence[_ReadSentence], notify: Callable[[], None] = lambda: None) -> int:
    """Give every sentence its type features: from the cache file where it holds them, read
    (and added to the file) where not. Returns how many sentences were read here."""
    directory = getattr(settings, "LOTSE_ANSWER_FEATURES_DIR", "")
    if not directory:
        return _read(sentences, notify)
    path = cache_path(directory)
    stored = _load(path)
    missing = _apply(sentences, stored)
    if not missing:
        return 0
    with contextlib.ExitStack() as turn:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            turn.enter_context(_locked(path.with_suffix(".lock"), notify))
        except OSError as exc:
            logger.warning("answer features: no cache in %s (%s); read here", directory, exc)
            return _read(missing, notify)
        # Another process may have read them while this one waited for its turn.
        stored = _load(path)
        missing = _apply(missing, stored)
        read = _read(missing, notify)
        if read:
            _store(path, stored, missing)
        return read


def _read(sentences: Sequence[_ReadSentence], notify: Callable[[], None]) -> int:
    for number, sentence in enumerate(sentences, 1):
        sentence.read_features()
        if number % NOTIFY_EVERY == 0:
            notify()
    return len(sentences)


Stored = dict[str, dict[str, list[Any]]]


def _load(path: Path) -> Stored:
    """language -> text -> [validity, units, quantities, qualifier, variants]; empty when
    the file is missing or unreadable."""
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        logger.warning("answer features: %s unreadable (%s); reading them anew", path, exc)
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    sentences = data.get("sentences")
    if not isinstance(sentences, dict):
        return {}
    return {language: texts for language, texts in sentences.items() if isinstance(texts, dict)}


def _apply(sentences: Sequence[_ReadSentence], stored: Stored) -> list[_ReadSentence]:
    """Set the stored features on the sentences the file holds; the others are returned."""
    missing: list[_ReadSentence] = []
    shared: dict[tuple[str, ...], frozenset[str]] = {}

    def frozen(values: list[str]) -> frozenset[str]:
        if not values:
            return _NONE
        key = tuple(values)
        return shared.setdefault(key, frozenset(values))

    for sentence in sentences:
        row = stored.get(sentence.language, {}).get(sentence.text)
        if not _valid_row(row):
            missing.append(sentence)
            continue
        assert row is not None
        features = sentence.__dict__  # where functools.cached_property keeps a value
        features["validity"] = bool(row[0])
        for name, values in zip(_FEATURES[1:], row[1:], strict=True):
            features[name] = frozen(values)
    return missing


def _valid_row(row: object) -> bool:
    return (
        isinstance(row, list)
        and len(row) == len(_FEATURES)
        and isinstance(row[0], bool)
        and all(
            isinstance(values, list) and all(isinstance(value, str) for value in values)
            for values in row[1:]
        )
    )


def _store(path: Path, stored: Stored, read: Sequence[_ReadSentence]) -> None:
    """Add the sentences read here to the file (written whole, then renamed over it, so a
    reader never sees half of it), and remove the files of other code."""
    for sentence in read:
        stored.setdefault(sentence.language, {})[sentence.text] = [
            bool(sentence.validity),
            *(sorted(getattr(sentence, name)) for name in _FEATURES[1:]),
        ]
    temporary = ""
    try:
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".features-")
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump({"format": FORMAT, "sentences": stored}, handle, ensure_ascii=False)
        os.replace(temporary, path)
    except OSError as exc:
        logger.warning("answer features: could not write %s (%s)", path, exc)
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        return
    for other in path.parent.glob("features-*.json"):
        if other != path:
            with contextlib.suppress(OSError):
                other.unlink()
                other.with_suffix(".lock").unlink()


@contextlib.contextmanager
def _locked(path: Path, notify: Callable[[], None]) -> Iterator[None]:
    """Hold an exclusive lock on `path`, calling `notify` while another process holds it (a
    gunicorn worker that stops telling the arbiter it is alive is killed)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no turns, each process reads for itself
        yield
        return
    with path.open("a") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                notify()
                time.sleep(LOCK_POLL_SECONDS)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
