"""Data files are parsed by libyaml when PyYAML has it (six times faster than the pure Python
parser; the catalog load in every test session and `catalog_load` are mostly YAML parsing), and
the line numbers that error messages name stay right."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from lotse.core.datafiles import load_yaml, yaml_safe_load
from lotse.plans import rulebook

needs_libyaml = pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML without libyaml")


@needs_libyaml
def test_data_files_and_rules_are_read_with_libyaml():
    from lotse.core import datafiles

    assert issubclass(datafiles._LineLoader, yaml.CSafeLoader)
    assert issubclass(rulebook._LineLoader, yaml.CSafeLoader)


def test_mappings_know_their_lines_and_their_keys_lines(tmp_path: Path):
    path = tmp_path / "office.yaml"
    path.write_text(
        "# an office\nkey: town-hall\naddress:\n  street: Markt 1\n  city: Dortmund\n"
        "hours:\n  - day: mon\n    from: '08:00'\n",
        encoding="utf-8",
    )
    errors: list[str] = []
    data = load_yaml(path, errors)
    assert errors == []
    assert (data.line, data.key_lines) == (2, {"key": 2, "address": 3, "hours": 6})
    assert (data["address"].line, data["address"].key_lines["city"]) == (4, 5)
    assert data["hours"][0].line == 7


def test_invalid_yaml_names_the_line_of_the_problem(tmp_path: Path):
    path = tmp_path / "broken.yaml"
    path.write_text("key: a\nlist: [1, 2\nnext: 3\n", encoding="utf-8")
    errors: list[str] = []
    assert load_yaml(path, errors) is None
    assert len(errors) == 1 and errors[0].startswith(f"{path.as_posix()}:3: invalid YAML")


def test_safe_load_refuses_python_objects():
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml_safe_load("!!python/object/apply:os.getcwd []\n")
    data = yaml_safe_load("a: [1, 2]\nb: 2026-12-04\n")
    assert data == {"a": [1, 2], "b": dt.date(2026, 12, 4)}
