"""docs/seed-coverage.md stays honest: every reference in its map exists (issue 20).

The map lists each demand or offer of the five source texts with where Lotse serves it. A
renamed service, URL, API route, rule or international entry makes this test fail until the
map is updated.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.urls import NoReverseMatch, get_resolver, reverse
from django.utils import translation

from lotse.catalog.loader import read_city_data
from lotse.core.openapi import build_spec
from lotse.plans.rulebook import load_rules

MAP = Path(settings.BASE_DIR) / "docs" / "seed-coverage.md"
DORTMUND = settings.LOTSE_CITY_DATA_DIR / "dortmund"
FILES = {"000", "001", "002", "003", "004"}
STATUSES = {"served", "partly", "not served"}
REASONS = {"not-software", "no-public-source"}
ROW_RE = re.compile(r"^\|\s*(\d+)\s*\|")


def _rows() -> list[dict[str, str]]:
    rows = []
    for line in MAP.read_text(encoding="utf-8").splitlines():
        if not ROW_RE.match(line):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        assert len(cells) == 6, f"row needs 6 columns: {line[:80]}"
        number, file, words, refs, status, note = cells
        rows.append(
            {
                "number": number,
                "file": file,
                "words": words,
                "refs": refs,
                "status": status,
                "note": note,
            }
        )
    return rows


@functools.cache
def _services() -> set[str]:
    return {s.key for s in read_city_data(DORTMUND).services}


@functools.cache
def _offices() -> set[str]:
    return {o.key for o in read_city_data(DORTMUND).offices}


@functools.cache
def _international(kind: str) -> set[str]:
    file, field = {
        "partner": ("partnerships.yaml", "partnerships"),
        "project": ("projects.yaml", "projects"),
        "attraction": ("attractions.yaml", "attractions"),
        "association": ("associations.yaml", "associations"),
    }[kind]
    data = yaml.safe_load((DORTMUND / "international" / file).read_text(encoding="utf-8"))
    return {item["key"] for item in data[field]}


@functools.cache
def _rule_ids() -> set[str]:
    return {rule.id for rule in load_rules().rules}


def _reverses(name: str) -> bool:
    """Whether a URL name reverses, with a placeholder for each of its arguments."""
    namespace, _sep, short = name.rpartition(":")
    resolver = get_resolver()
    for part in filter(None, namespace.split(":")):
        if part not in resolver.namespace_dict:
            return False
        resolver = resolver.namespace_dict[part][1]
    for possibility in resolver.reverse_dict.getlist(short):
        params = possibility[0][0][1]
        kwargs = {param: "dortmund" if param == "city" else "1" for param in params}
        with translation.override("en"):
            try:
                reverse(name, kwargs=kwargs)
            except NoReverseMatch:
                continue
        return True
    return False


def _problems(ref: str) -> str:
    kind, _sep, value = ref.partition(":")
    if not value:
        return f"{ref!r} is not of the form kind:value"
    if kind == "service":
        return "" if value in _services() else f"no Dortmund service {value!r}"
    if kind == "office":
        return "" if value in _offices() else f"no Dortmund office {value!r}"
    if kind in {"partner", "project", "attraction", "association"}:
        return "" if value in _international(kind) else f"no {kind} {value!r}"
    if kind == "rule":
        return "" if value in _rule_ids() else f"no plan rule {value!r}"
    if kind == "url":
        return "" if _reverses(value) else f"URL name {value!r} does not reverse"
    if kind == "api":
        return "" if value in build_spec()["paths"] else f"API path {value!r} not in OpenAPI"
    if kind == "issue":
        return "" if value.isdigit() else f"issue {value!r} is not a number"
    if kind == "reason":
        return "" if value in REASONS else f"unknown reason {value!r}"
    return f"unknown reference kind {kind!r}"


def test_the_map_has_rows_from_each_of_the_five_texts():
    rows = _rows()
    assert len(rows) >= 50
    assert {r["file"] for r in rows} == FILES
    numbers = [int(r["number"]) for r in rows]
    assert numbers == list(range(1, len(rows) + 1)), "rows are numbered 1..n without gaps"


@pytest.mark.django_db
def test_every_reference_in_the_map_exists():
    problems = [
        f"row {row['number']}: {problem}"
        for row in _rows()
        for ref in row["refs"].split()
        if (problem := _problems(ref))
    ]
    assert not problems, "\n".join(problems)


def test_every_row_has_a_status_that_matches_its_references():
    problems = []
    for row in _rows():
        refs = row["refs"].split()
        kinds = {ref.partition(":")[0] for ref in refs}
        served_by = kinds - {"reason", "issue"}
        if row["status"] not in STATUSES:
            problems.append(f"row {row['number']}: status {row['status']!r}")
        elif row["status"] == "not served" and (served_by or not kinds & {"reason", "issue"}):
            problems.append(f"row {row['number']}: 'not served' needs a reason or issue only")
        elif row["status"] != "not served" and not served_by:
            problems.append(f"row {row['number']}: '{row['status']}' names nothing that serves it")
        if not row["words"] or len(row["words"].split()) > 14:
            problems.append(f"row {row['number']}: quote a few German words, no more")
    assert not problems, "\n".join(problems)


def test_the_reference_check_catches_what_does_not_exist():
    assert _problems("service:no-such-service")
    assert _problems("url:portal:no-such-page")
    assert _problems("rule:no-such-rule")
    assert _problems("api:/api/v1/no-such-route")
    assert _problems("partner:atlantis")
    assert _problems("reason:because")
    assert not _problems("url:portal:service")
    assert not _problems("api:/api/v1/search")
