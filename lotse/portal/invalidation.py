"""Which changes renew a city's cached public pages (lotse.core.pagecache).

The portal shows catalog and international data, so it listens to both: every saved or
deleted row of those apps (the admin, the loaders, the XZuFi import, the translation
workflow all save at least one row per city they change) renews the generation of exactly
that row's city, after the commit. Bulk writes fire no model signal; each of them runs in a
transaction that also saves the city's City, Service, Office or text row.
"""

from __future__ import annotations

import importlib
from typing import Any

from django.apps import apps
from django.db import connection
from django.db.models import Model
from django.db.models.signals import post_delete, post_save

from lotse.core.models import City
from lotse.core.pagecache import generation_renewed, public_pages_changed

# The attribute chain from any catalog or international row to its city.
_OWNERS = (
    "city",
    "service",
    "office",
    "project",
    "partnership",
    "goal",
    "attraction",
    "association",
    "event",
)


def city_slug_of(instance: Any, depth: int = 0) -> str | None:
    """The slug of the city a catalog or international row belongs to, if it has one."""
    if isinstance(instance, City):
        return instance.slug
    if depth > 3:
        return None
    for owner in _OWNERS:
        if getattr(instance, f"{owner}_id", None) is not None:
            return city_slug_of(getattr(instance, owner), depth + 1)
    return None


def _pending(slug: str) -> bool:
    """A renewal of this city is already waiting for the current transaction's commit."""
    return any(
        getattr(item[1], "lotse_city", None) == slug and not getattr(item[1], "done", True)
        for item in connection.run_on_commit
    )


def _changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    try:
        slug = city_slug_of(instance)
    except Exception:  # the owner is already gone (cascade delete): its own signal renews
        return
    if slug and not (connection.in_atomic_block and _pending(slug)):
        public_pages_changed(city=slug)


def catalog_services_changed(sender: Any, city_id: int, **kwargs: Any) -> None:
    """The catalog's change signal (sent after commit): renew that city's pages."""
    slug = City.objects.filter(pk=city_id).values_list("slug", flat=True).first()
    if slug:
        public_pages_changed(city=slug)


def connect() -> None:
    # The catalog's own change signal (translation-base work): subscribed once it exists.
    try:
        signals = importlib.import_module("lotse.catalog.signals")
    except ModuleNotFoundError:
        signals = None
    services_changed = getattr(signals, "services_changed", None)
    if services_changed is not None:
        services_changed.connect(catalog_services_changed, dispatch_uid="portal-pages-catalog")
    models: list[type[Model]] = [City]
    for label in ("catalog", "international"):
        models.extend(apps.get_app_config(label).get_models())
    for model in models:
        uid = f"portal-pages-{model._meta.label_lower}"
        post_save.connect(_changed, sender=model, dispatch_uid=uid)
        post_delete.connect(_changed, sender=model, dispatch_uid=uid)
    from lotse.portal.tasks import generation_renewed as warm

    generation_renewed.connect(warm, dispatch_uid="portal-warm-public-pages")
