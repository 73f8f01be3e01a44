"""The ask app listens to the catalog: changed services are re-indexed by a background task."""

from __future__ import annotations

from typing import Any


def services_changed(sender: Any, city_id: int, keys: frozenset[str], **kwargs: Any) -> None:
    """One re-index task per city and commit, with every changed key."""
    from lotse.ask.tasks import search_reindex

    search_reindex.enqueue(city_id, sorted(keys))


def connect() -> None:
    from lotse.catalog.signals import services_changed as catalog_services_changed

    catalog_services_changed.connect(services_changed, dispatch_uid="ask-reindex")
