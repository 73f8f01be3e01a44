"""What the `<app>_load` writers share: keyed rows of a city replaced from its data files, and
the text rows of a translated model written in bulk (as the files state them, no workflow)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from django.db import models

from lotse.core.translation import TranslatedText, TranslationStatus, text_digest

M = TypeVar("M", bound=models.Model)
T = TypeVar("T", bound=TranslatedText)


class Keyed(Protocol):
    key: str


K = TypeVar("K", bound=Keyed)


def attributes(item: object, names: Iterable[str]) -> dict[str, Any]:
    """The named attributes of a data-file item (as the defaults of `update_or_create`)."""
    return {name: getattr(item, name) for name in names}


def keyed_replace(
    rows: models.Manager[M],
    items: Sequence[K],
    *,
    fields: Iterable[str],
    extra: Callable[[K], dict[str, Any]] | None = None,
) -> list[tuple[M, K]]:
    """Make the rows of a related manager (e.g. `city.offices`) the `items` of a data file: rows
    whose key is gone are deleted, the others created or updated with the item's `fields`, what
    `extra` computes from it and, where the model has a `position`, its place in the file.
    Returns the (row, item) pairs in file order."""
    rows.exclude(key__in=[item.key for item in items]).delete()
    field_names = tuple(fields)
    positioned = any(field.name == "position" for field in rows.model._meta.concrete_fields)
    pairs: list[tuple[M, K]] = []
    for position, item in enumerate(items):
        defaults = attributes(item, field_names)
        if positioned:
            defaults["position"] = position
        if extra is not None:
            defaults.update(extra(item))
        row, _created = rows.update_or_create(key=item.key, defaults=defaults)
        pairs.append((row, item))
    return pairs


def text_rows(
    model: type[T],
    owner: models.Model,
    texts: Mapping[str, Mapping[str, str]],
    *,
    source_language: str,
    statuses: Mapping[str, str] | None = None,
) -> list[T]:
    """Unsaved rows of `model` for one owner's texts (part -> language -> text): the source
    language is the original, a translation has the status the files give it (default
    machine-assisted) and follows the digest of the source text ("" when there is none)."""
    owner_field = model.owner_field_for(owner)
    rows = []
    for part, per_language in texts.items():
        source = per_language.get(source_language, "")
        digest = text_digest(source) if source else ""
        for language, text in per_language.items():
            status = (
                TranslationStatus.ORIGINAL
                if language == source_language
                else (statuses or {}).get(language, TranslationStatus.MACHINE_ASSISTED)
            )
            rows.append(
                model(
                    **{owner_field: owner, model.part_field: part},
                    language=language,
                    text=text,
                    status=status,
                    source_digest=digest,
                )
            )
    return rows
