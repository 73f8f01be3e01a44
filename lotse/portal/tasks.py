"""Publish-time work of the portal: after a city's data changed, the catalog content of every
service page (and the Welcome Center box) is read once for every language and kept for the new
generation, so no visitor waits for those queries (lotse.core.pagecache.city_memo)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from lotse.catalog.models import Office, Service
from lotse.core.languages import supported_languages
from lotse.core.models import City
from lotse.core.pagecache import claim_generation, warm_pages


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
    for language in supported_languages():
        with translation.override(language):
            welcome_in(city, language)
            for key in keys:
                service_in(city, key, language)
                prepared += 1
    # Then the most visited pages themselves (every service and office page and the service
    # index, in every language), so that a visitor after a change gets a cache hit, not a
    # render.
    if settings.LOTSE_PAGE_WARM:
        warm_pages(city.slug, _page_paths(city, keys))
    return prepared


def _page_paths(city: City, keys: list[str]) -> list[str]:
    offices = list(Office.objects.filter(city=city).values_list("key", flat=True))
    paths = []
    for language in supported_languages():
        with translation.override(language):
            paths.append(reverse("portal:services", args=[city.slug]))
            paths += [reverse("portal:service", args=[city.slug, key]) for key in keys]
            paths += [reverse("portal:office", args=[city.slug, key]) for key in offices]
    return paths


def generation_renewed(sender: Any, city: str, **kwargs: Any) -> None:
    if settings.LOTSE_PAGE_CACHE_ENABLED:
        warm_public_pages.enqueue(city_slug=city)
