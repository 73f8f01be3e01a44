"""Domain signals of the catalog: how it tells the apps above it that services changed.

The catalog never imports those apps (the search index in `ask` is one). A write notes each
changed service with `service_changed`; once the transaction commits, `services_changed` is
sent once per city with the keys of every service changed in it — one message for an XZuFi
import of hundreds of texts, none for a write that rolls back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.dispatch import Signal

# Sent after commit: sender = "catalog", city_id (int), keys (frozenset[str]).
services_changed = Signal()

_BATCH = "_lotse_catalog_changed_services"


@dataclass
class _Batch:
    """The services changed in one transaction, per city; sent once when it commits."""

    keys: dict[int, set[str]] = field(default_factory=dict)
    sent: bool = False

    def send(self) -> None:
        self.sent = True
        for city_id, keys in sorted(self.keys.items()):
            services_changed.send(sender="catalog", city_id=city_id, keys=frozenset(keys))


def _batch(using: str) -> _Batch:
    connection: Any = connections[using]
    batch: _Batch | None = connection.__dict__.get(_BATCH)
    waiting = batch is not None and not batch.sent
    if waiting:
        # A rollback drops the callback (and so the batch) without running it.
        waiting = any(func == batch.send for _sids, func, _robust in connection.run_on_commit)  # type: ignore[union-attr]
    if not waiting or batch is None:
        batch = _Batch()
        connection.__dict__[_BATCH] = batch
        transaction.on_commit(batch.send, using=using)
    return batch


def services_changed_later(*, city_id: int, keys: set[str], using: str = DEFAULT_DB_ALIAS) -> None:
    """Note changed services of a city; `services_changed` goes out after the commit."""
    if not keys:
        return
    connection = connections[using]
    if not connection.in_atomic_block:
        services_changed.send(sender="catalog", city_id=city_id, keys=frozenset(keys))
        return
    _batch(using).keys.setdefault(city_id, set()).update(keys)


def service_changed(*, city_id: int, key: str) -> None:
    services_changed_later(city_id=city_id, keys={key})


def _service_text_changed(sender: Any, owner: Any, **kwargs: Any) -> None:
    """A service text was written through the translation workflow (any caller: the admin,
    the XZuFi import, an XLIFF import …): its service changed."""
    service_changed(city_id=owner.city_id, key=owner.key)


def connect() -> None:
    from lotse.catalog.models import ServiceText
    from lotse.core.translation import text_changed

    text_changed.connect(_service_text_changed, sender=ServiceText, dispatch_uid="catalog-texts")
