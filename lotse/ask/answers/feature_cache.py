"""The type features of the catalog's sentences, kept on disk for the next process.

Reading every sentence's type features (`_text._ReadSentence.read_features`: the validity
cue, units, quantities, qualifier, variants) is most of a web worker's warm-up: Dortmund's
~34,800 sentences take ~55 s of CPU on this machine's cores (measured 2026-12-07), paid by
every worker gunicorn starts. With four workers on two cores, the first of them took over
three minutes to serve, longer than prod-local's readiness wait (CI, 2026-12-07).

The features are a pure function of a sentence's text, its language, this code and the
packages that split and stem words, so `manage.py answers_warm` (or the first process that
needs them) writes them to `<LOTSE_ANSWER_FEATURES_DIR>/features-<code>.json` and every later
process loads them (~1 s). `<code>` digests the search's own modules and those packages'
versions, taken when this module is imported (the code the process runs, not what a later
`git pull` put on disk): a change to either starts a new file, and the old ones are removed
when it is written. Processes starting together take turns on `features.lock`, so one reads
what is missing while the others wait for its file instead of reading the same sentences at
once. JSON, not pickle: nothing in the file is executed. Any trouble with the folder or the
file (not writable, truncated, from another version) only costs the reading, never the
warm-up.
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
# How often a waiting process looks at the lock again, and tells gunicorn it is alive; and how
# long it waits for another process's file before it reads the features itself.
LOCK_POLL_SECONDS = 0.5
LOCK_WAIT_SECONDS = 300.0
# The sentences read between two heartbeats (`notify`) of a worker reading them.
NOTIFY_EVERY = 200
LOCK_NAME = "features.lock"

# The packages that split and stem a sentence's words (a qualifier is a set of stems; Japanese
# words are split by Sudachi with its dictionary).
ANALYSIS_DISTRIBUTIONS = ("snowballstemmer", "PyStemmer", "sudachipy", "SudachiDict-core")
_ASK_DIR = Path(__file__).resolve().parent.parent
# Folders of lotse/ask whose modules never compute a feature.
_SKIPPED_PARTS = frozenset({"tests", "eval", "migrations", "management"})


def code_digest() -> str:
    """A digest of what computes a feature: every module of lotse.ask outside its tests, the
    evaluation, its migrations and its management commands, the Python version and the
    versions of the packages that split and stem words (`ANALYSIS_DISTRIBUTIONS`)."""
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


def _import_digest() -> str | None:
    try:
        return code_digest()
    except OSError as exc:  # a module unreadable or gone (a checkout being replaced)
        logger.warning("answer features: no code digest (%s); nothing is kept", exc)
        return None


# The digest of the code this process imported, which is the code that reads its features.
CODE = _import_digest()


def cache_path(directory: str | os.PathLike[str], code: str | None = None) -> Path:
    return Path(directory) / f"features-{code or CODE}.json"


def read_all(sentences: Sequence[_ReadSentence], notify: Callable[[], None] = lambda: None) -> int:
    """Give every sentence its type features: from the cache file where it holds them, read
    (and added to the file) where not. Sentences that already hold all of them (tables
    shared with a city warmed before) are left as they are. Returns how many sentences were
    read here."""
    unread = [s for s in sentences if not _HELD.issubset(s.__dict__)]
    directory = getattr(settings, "LOTSE_ANSWER_FEATURES_DIR", "")
    if not unread or not directory or CODE is None:
        return _read(unread, notify)
    path = cache_path(directory)
    missing = _apply(unread, _load(path))
    if not missing:
        return 0
    with contextlib.ExitStack() as turn:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            held = turn.enter_context(_locked(path.parent / LOCK_NAME, notify))
        except OSError as exc:
            logger.warning("answer features: no cache in %s (%s); read here", directory, exc)
            return _read(missing, notify)
        if not held:
            logger.warning("answer features: %s held too long; read here", path.parent)
            return _read(missing, notify)
        # Another process may have read them while this one waited for its turn.
        stored = _load(path)
        missing = _apply(missing, stored)
        read = _read(missing, notify)
        if read:
            _store(path, stored, missing)
        return read


_HELD = frozenset(_FEATURES)


def _read(sentences: Sequence[_ReadSentence], notify: Callable[[], None]) -> int:
    for number, sentence in enumerate(sentences, 1):
        sentence.read_features()
        if number % NOTIFY_EVERY == 0:
            notify()
    return len(sentences)


Stored = dict[str, dict[str, list[Any]]]
# The file last loaded by this process (path, its modification time, its content): the cities
# warmed one after another load it once.
_loaded: list[tuple[Path, int, Stored]] = []


def _load(path: Path) -> Stored:
    """language -> text -> [validity, units, quantities, qualifier, variants]; empty when
    the file is missing or unreadable."""
    try:
        modified = path.stat().st_mtime_ns
        if _loaded and _loaded[0][:2] == (path, modified):
            return _loaded[0][2]
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, RecursionError) as exc:
        logger.warning("answer features: %s unreadable (%s); reading them anew", path, exc)
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    sentences = data.get("sentences")
    if not isinstance(sentences, dict):
        return {}
    stored = {language: texts for language, texts in sentences.items() if isinstance(texts, dict)}
    _loaded[:] = [(path, modified, stored)]
    return stored


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
        features["validity"] = row[0]
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
    reader never sees half of it), and remove the files of other code and what a process
    killed while writing left behind (the caller holds the lock: no one else is writing)."""
    for leftover in path.parent.glob(".features-*"):
        with contextlib.suppress(OSError):
            leftover.unlink()
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
    except Exception as exc:  # a full disk, a text JSON cannot hold: only the file is lost
        logger.warning("answer features: could not write %s (%s)", path, exc)
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        return
    for other in path.parent.glob("features-*.json"):
        if other != path:
            with contextlib.suppress(OSError):
                other.unlink()


@contextlib.contextmanager
def _locked(path: Path, notify: Callable[[], None]) -> Iterator[bool]:
    """Hold an exclusive lock on `path` (True), calling `notify` while another process holds
    it (a gunicorn worker that stops telling the arbiter it is alive is killed); False after
    `LOCK_WAIT_SECONDS` without it. The lock file stays: removing it while held would let the
    next process lock a new file beside the holder."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no turns, each process reads for itself
        yield True
        return
    with path.open("a") as handle:
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    yield False
                    return
                notify()
                time.sleep(LOCK_POLL_SECONDS)
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
