"""The shared writer pieces of the `<app>_load` commands (lotse/core/loading.py), on the
international models: keyed rows replaced from a file, text rows built from it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from lotse.core.loading import keyed_replace, text_rows
from lotse.core.models import City
from lotse.core.translation import TranslationStatus, text_digest
from lotse.international.models import Association, InternationalText, Partnership


@dataclass
class Item:
    key: str
    country: str = "FR"
    name: str = ""


@pytest.fixture
def city(db):
    return City.objects.create(slug="loadville", names={"en": "Loadville"}, state="NW")


def _partnership(city: City, key: str, position: int) -> Partnership:
    return Partnership.objects.create(
        city=city, key=key, country="FR", kind="formal", status="active", position=position
    )


def test_keyed_replace_deletes_gone_keys_keeps_rows_by_key_and_numbers_positions(city):
    _partnership(city, "gone", 0)
    kept = _partnership(city, "kept", 7)

    pairs = keyed_replace(
        city.partnerships,
        [Item(key="new", country="PL"), Item(key="kept", country="IT")],
        fields=["country"],
        extra=lambda item: {"kind": "project", "status": "planned"},
    )

    assert [(row.key, row.country, row.kind, row.status, row.position) for row, _ in pairs] == [
        ("new", "PL", "project", "planned", 0),
        ("kept", "IT", "project", "planned", 1),
    ]
    assert [item.key for _row, item in pairs] == ["new", "kept"]
    assert pairs[1][0].pk == kept.pk
    assert sorted(city.partnerships.values_list("key", flat=True)) == ["kept", "new"]


def test_keyed_replace_sets_no_position_where_the_model_has_none(city):
    pairs = keyed_replace(city.associations, [Item(key="club", name="Club")], fields=["name"])

    association = Association.objects.get(city=city, key="club")
    assert pairs == [(association, Item(key="club", name="Club"))]
    assert association.name == "Club"


def test_text_rows_make_the_source_original_and_translations_follow_its_digest(city):
    partnership = _partnership(city, "twin", 0)

    rows = text_rows(
        InternationalText,
        partnership,
        {"name": {"de": "Quelle", "en": "Source", "uk": "Джерело"}, "description": {"en": "x"}},
        source_language="de",
        statuses={"en": TranslationStatus.REVIEWED},
    )

    by_place = {(row.field, row.language): row for row in rows}
    assert {place: row.status for place, row in by_place.items()} == {
        ("name", "de"): TranslationStatus.ORIGINAL,
        ("name", "en"): TranslationStatus.REVIEWED,
        ("name", "uk"): TranslationStatus.MACHINE_ASSISTED,
        ("description", "en"): TranslationStatus.REVIEWED,  # a language's status: every field
    }
    assert by_place["name", "uk"].source_digest == text_digest("Quelle")
    assert by_place["description", "en"].source_digest == ""  # no source text to follow
    assert all(row.partnership == partnership and row.pk is None for row in rows)
