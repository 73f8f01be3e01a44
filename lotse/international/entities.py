"""The entities of a city's international data (partnerships, projects, goals, associations,
attractions, events) as plain data: read from the files by the loader and from the database by
the selectors, in one shape."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from lotse.catalog.selectors import fallback_order

Texts = dict[str, dict[str, str]]  # field -> language -> text
Statuses = dict[str, str]  # language -> translation status

# The plain fields an entity has alike in its data file, its row and what the selectors read.
PARTNERSHIP_FIELDS = (
    "country",
    "kind",
    "status",
    "since",
    "contacts",
    "languages",
    "sources",
    "uncertain",
)
GOAL_FIELDS = ("unit", "baseline", "baseline_date", "target", "target_date", "direction")
ASSOCIATION_FIELDS = (
    "name",
    "languages",
    "topics",
    "regions",
    "website",
    "email",
    "phone",
    "sources",
    "uncertain",
)
ATTRACTION_FIELDS = ("kind", "street", "postal_code", "locality", "website", "sources", "uncertain")


def pick(texts: Texts, name: str, language: str, default: str = "") -> str:
    """The text `name` in `language`, else the next language in the fallback order."""
    per = texts.get(name, {})
    for code in fallback_order(language):
        if code in per:
            return per[code]
    return default


@dataclass(kw_only=True)
class EntityData:
    """An entity with its key and texts (field -> language -> text); the loader also keeps the
    translation status of each language."""

    key: str
    texts: Texts
    statuses: Statuses = field(default_factory=dict)

    def text(self, name: str, language: str, default: str = "") -> str:
        return pick(self.texts, name, language, default)

    def title(self, language: str) -> str:
        return self.text("title", language, self.key)

    def description(self, language: str) -> str:
        return self.text("description", language)


@dataclass(kw_only=True)
class SourcedData(EntityData):
    """…with the sources of its facts and what of them is not sure."""

    sources: list[dict[str, str]]
    uncertain: dict[str, str] = field(default_factory=dict)


@dataclass(kw_only=True)
class AssociationData(SourcedData):
    """An association, as the files and the database both give it."""

    name: str
    languages: list[str]
    topics: list[str]
    regions: list[str]
    partners: list[str]
    website: str
    email: str
    phone: str


@dataclass(kw_only=True)
class GoalFields(EntityData):
    """What a goal states, in its data file and in its row alike (`GOAL_FIELDS`)."""

    unit: str
    baseline: Decimal
    baseline_date: dt.date
    target: Decimal
    target_date: dt.date
    direction: str
