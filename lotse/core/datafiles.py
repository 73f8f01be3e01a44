"""Reading a city's data files (YAML): every problem collected with its file and line.

Each app's loader reads with a subclass of `DataReader` (adding checks of its own) and raises
one error listing every problem, so a data editor sees all mistakes at once and nothing is
written from an invalid set (decision 0004).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.encoding import iri_to_uri

URL_RE = re.compile(r"^https?://[^\s]+$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANG_RE = re.compile(r"^[a-z]{2,3}$")


class LineDict(dict[str, Any]):
    """A mapping read from YAML that knows its line and the line of each of its keys."""

    line: int = 0
    key_lines: dict[str, int]


try:
    # libyaml's parser reads the same data with the same marks, six times faster than the pure
    # Python one: loading Dortmund's catalog (test setup, `catalog_load`) is mostly YAML parsing.
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]


def yaml_safe_load(text: str) -> Any:
    """`yaml.safe_load` with libyaml's parser when PyYAML has it."""
    return yaml.load(text, Loader=SafeLoader)


class _LineLoader(SafeLoader):
    """A safe loader whose mappings are LineDicts."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[str(key)] = key_node.start_mark.line + 1
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path, errors: list[str]) -> Any:
    """The file's data (mappings as LineDicts), or None with the problem added to `errors`."""
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_LineLoader)  # noqa: S506 (a SafeLoader subclass)
    except FileNotFoundError:
        errors.append(f"{path.as_posix()}: file not found")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        errors.append(f"{path.as_posix()}:{line}: invalid YAML: {getattr(exc, 'problem', exc)}")
    except UnicodeDecodeError:
        errors.append(f"{path.as_posix()}: not UTF-8 text")
    return None


def line_of(data: Any, name: str | None = None) -> int:
    """The line of key `name` in `data` (or of `data` itself); 0 when unknown."""
    if isinstance(data, LineDict):
        if name is not None and name in data.key_lines:
            return data.key_lines[name]
        return data.line
    return 0


class DataReader:
    """Collects errors while reading one file; each names the file, the line and the place."""

    def __init__(self, path: Path, errors: list[str]) -> None:
        self.path = path
        self.errors = errors

    def error(self, where: str, message: str, data: Any = None, name: str | None = None) -> None:
        line = line_of(data, name)
        place = f"{self.path.as_posix()}:{line}" if line else self.path.as_posix()
        self.errors.append(f"{place}: {where}: {message}")

    def mapping(self, data: Any, where: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            self.error(where, "must be a mapping")
            return {}
        return data

    def string(self, data: dict[str, Any], name: str, where: str, *, required: bool = True) -> str:
        value = data.get(name)
        if value is None or value == "":
            if required:
                self.error(where, f"'{name}' is required", data, name)
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.error(where, f"'{name}' must be text", data, name)
            return ""
        return str(value).strip()

    def key(self, data: dict[str, Any], where: str, seen: set[str] | None = None) -> str:
        key = self.string(data, "key", where)
        if key and not KEY_RE.match(key):
            self.error(where, f"key {key!r} must be lowercase words joined by '-'", data, "key")
        elif seen is not None and key in seen:
            self.error(where, f"key {key!r} is used twice", data, "key")
        if seen is not None:
            seen.add(key)
        return key

    def choice(self, data: dict[str, Any], name: str, where: str, values: list[str]) -> str:
        value = self.string(data, name, where)
        if value and value not in values:
            self.error(
                where, f"'{name}' is {value!r}, must be one of {', '.join(values)}", data, name
            )
            return ""
        return value

    def url(self, data: dict[str, Any], name: str, where: str, *, required: bool = False) -> str:
        value = self.string(data, name, where, required=required)
        if value and not URL_RE.match(value):
            self.error(where, f"'{name}' must be an http(s) URL, got {value!r}", data, name)
            return ""
        # An address written with non-ASCII letters ("…/über-uns") is kept as a URI
        # ("…/%C3%BCber-uns"): that is what the API promises and every client can open.
        return iri_to_uri(value) if value else value

    def email(self, data: dict[str, Any], name: str, where: str) -> str:
        value = self.string(data, name, where, required=False)
        if value and not EMAIL_RE.match(value):
            self.error(where, f"'{name}' is not an email address: {value!r}", data, name)
            return ""
        return value

    def date(
        self, data: dict[str, Any], name: str, where: str, *, required: bool = True
    ) -> dt.date | None:
        value = data.get(name)
        if value is None or value == "":
            if required:
                self.error(where, f"'{name}' is required (YYYY-MM-DD)", data, name)
            return None
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value)
            except ValueError:
                value = None
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            self.error(where, f"'{name}' must be a date (YYYY-MM-DD)", data, name)
            return None
        return value

    def str_list(self, data: dict[str, Any], name: str, where: str) -> list[str]:
        value = data.get(name, [])
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
            self.error(where, f"'{name}' must be a list of texts", data, name)
            return []
        return [str(v).strip() for v in value if str(v).strip()]

    def source_entries(
        self, data: dict[str, Any], where: str
    ) -> Iterator[tuple[dict[str, Any], str, str, str, dt.date]]:
        """The `sources` list (at least one): each valid entry as
        (entry, where-for-errors, url, title, checked date); a bad entry is an error, skipped."""
        raw = data.get("sources")
        if not isinstance(raw, list) or not raw:
            self.error(where, "'sources' must list at least one source", data, "sources")
            return
        for i, item in enumerate(raw):
            here = f"{where} sources[{i}]"
            entry = self.mapping(item, here)
            url = self.url(entry, "url", here, required=True)
            title = self.string(entry, "title", here)
            checked = self.date(entry, "checked", here)
            if url and title and checked:
                yield entry, here, url, title, checked

    def uncertain(self, data: dict[str, Any], where: str) -> dict[str, str]:
        raw = data.get("uncertain") or {}
        if not isinstance(raw, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in raw.items()
        ):
            self.error(where, "'uncertain' must map field names to notes", data, "uncertain")
            return {}
        return {k: v.strip() for k, v in raw.items()}


class DataFileError(Exception):
    """Raised when a set of data files is invalid; carries every problem found."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


class LoadCommand(BaseCommand):
    """A `manage.py <app>_load <slug> [--dir DIR]` command: validate everything, then load
    all or nothing; every problem is printed with its file and line."""

    default_dir = "data/cities/<slug>"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug", help="city slug, e.g. dortmund")
        parser.add_argument(
            "--dir", type=Path, help=f"data directory (default: {self.default_dir})"
        )

    def load(self, *, slug: str, directory: Path | None) -> str:
        """Load and return a one-line summary of what was loaded."""
        raise NotImplementedError

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            summary = self.load(slug=options["slug"], directory=options["dir"])
        except DataFileError as exc:
            raise CommandError(
                f"{len(exc.errors)} problem(s) in the data, nothing was loaded:\n"
                + "\n".join(exc.errors)
            ) from exc
        self.stdout.write(self.style.SUCCESS(summary))
