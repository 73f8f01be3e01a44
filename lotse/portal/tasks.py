"""Publish-time work of the portal: after a city's data changed, the catalog content of every
service page (and the Welcome Center box) is read once for every language and kept for the new
generation, so no visitor waits for those queries (lotse.core.pagecache.city_memo), and the
most visited pages are rendered into the page cache (lotse.core.pagecache.warm_pages)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from lotse.catalog.models import Office, Service
from lotse.core.languages import city_languages
from lotse.core.models import City
from lotse.core.pagecache import (
    city_generation,
    claim_generation,
    purge_old_generations,
    warm_pages,
)


@task()
def warm_public_pages(city_slug: str) -> int:
    """Prepare the city's new generation: one task per language is queued (each a few seconds),
    so a worker that is stopped meanwhile finishes the one it runs and leaves the others queued
    for the next worker, instead of losing the whole warm-up. Returns how many were queued (0
    when another run already took this generation)."""
    city = City.objects.filter(slug=city_slug).first()
    if city is None or not settings.LOTSE_PAGE_CACHE_ENABLED:
        return 0
    if not claim_generation(city.slug, "warm"):
        return 0  # another run already prepares this generation
    purge_old_generations(city.slug)
    generation = city_generation(city.slug)
    languages = city_languages(city)
    for language in languages:
        warm_public_pages_in.enqueue(city_slug=city.slug, language=language, generation=generation)
    return len(languages)


@task()
def warm_public_pages_in(city_slug: str, language: str, generation: str) -> int:
    """Keep the catalog content of each service page of the city in `language`, then (with
    LOTSE_PAGE_WARM) render the most visited pages themselves (every service and office page
    and the service index) into the page cache, so that a visitor after a change gets a hit,
    not a render. Nothing when the city changed again since (the newer run takes over).
    Returns how many service pages were prepared."""
    from lotse.catalog.selectors import welcome_office_kept
    from lotse.portal.views import service_in

    city = City.objects.filter(slug=city_slug).first()
    if city is None or not settings.LOTSE_PAGE_CACHE_ENABLED:
        return 0
    if city_generation(city.slug) != generation:
        return 0
    keys = list(Service.objects.filter(city=city).values_list("key", flat=True))
    with translation.override(language):
        welcome_office_kept(city=city, language=language)
        for key in keys:
            service_in(city, key, language)
        if settings.LOTSE_PAGE_WARM:
            offices = Office.objects.filter(city=city).values_list("key", flat=True)
            paths = [reverse("portal:services", args=[city.slug])]
            paths += [reverse("portal:service", args=[city.slug, key]) for key in keys]
            paths += [reverse("portal:office", args=[city.slug, key]) for key in offices]
            warm_pages(city.slug, paths)
    return len(keys)


def generation_renewed(sender: Any, city: str, **kwargs: Any) -> None:
    if settings.LOTSE_PAGE_CACHE_ENABLED:
        warm_public_pages.enqueue(city_slug=city)
