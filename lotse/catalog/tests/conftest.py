"""Fixtures of the catalog tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import MUSTERSTADT


@pytest.fixture
def city_dir(tmp_path: Path) -> Path:
    """A copy of the test city's data folder, to change and load."""
    target = tmp_path / "musterstadt"
    shutil.copytree(MUSTERSTADT, target)
    return target
