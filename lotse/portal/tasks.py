"""Publish-time work of the portal: after a city's data changed, the catalog content of every
service page (and the Welcome Center box) is read once for every language and kept for the new
generation, so no visitor waits for those queries (lotse.core.pagecache.city_memo)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.utils import translation
from django_tasks import task

from lotse.catalog.models import Service
from lotse.core.languages import city_languages
from lotse.core.models import City
from lotse.core.pagecache import claim_generation


@task()
def warm_public_pages(city_slug: str) -> int:
    """Keep the catalog content of each service page of the city in every language; returns how
    many service pages were prepared."""
    from lotse.portal.views import service_in, welcome_in

    city = City.objects.filter(slug=city_slug).first()
    if city is None or not settings.LOTSE_PAGE_CACHE_ENABLED:
        return 0
    if not claim_generation(city.slug, "warm"):
        return 0  # another run already prepares this generation
    keys = list(Service.objects.filter(city=city).values_list("key", flat=True))
    prepared = 0
    for language in city_languages(city):
        with translation.override(language):
            welcome_in(city, language)
            for key in keys:
                service_in(city, key, language)
                prepared += 1
    return prepared


def generation_renewed(sender: Any, city: str, **kwargs: Any) -> None:
    if settings.LOTSE_PAGE_CACHE_ENABLED:
        warm_public_pages.enqueue(city_slug=city)
