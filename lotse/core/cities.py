"""The city of a request: looked up once from the `city` URL argument, its time zone activated.

Every view and API route that has a `city` in its path gets `request.city` from
`CityMiddleware`; routes that take the city from the query string or body call `city_get`.
Dates and times are then shown in the city's own zone (`City.timezone`), never a fixed one.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import Error as DatabaseError
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext as _

from lotse.core.errors import NotFound
from lotse.core.languages import city_languages, supported_languages
from lotse.core.models import City


def city_not_found(slug: object) -> NotFound:
    return NotFound(
        "city",
        slug,
        message=_("There is no city “%(slug)s” in Lotse.") % {"slug": str(slug)[:64]},
    )


def city_find(slug: object, *, join: str = "", columns: str = "") -> City | None:
    """The city with this slug, or None: one query. Nearly every request looks its city up,
    so the statement is written out once instead of being built by the ORM each time (that
    costs several times the query itself). `join` and `columns` add a one-to-one table of the
    city (alias `c` for the city, e.g. `LEFT JOIN t ON t.city_id = c.id`) and its columns,
    which become attributes of the city."""
    if not isinstance(slug, str):
        return None
    table = connection.ops.quote_name(City._meta.db_table)
    extra = f", {columns}" if columns else ""
    sql = f"SELECT c.*{extra} FROM {table} c {join} WHERE c.slug = %s"  # noqa: S608
    found = list(City.objects.raw(sql, [slug]))
    return found[0] if found else None


def city_get(*, slug: str) -> City:
    """The city with this slug; NotFound("city") otherwise."""
    city = city_find(slug)
    if city is None:
        raise city_not_found(slug)
    return city


def city_zone(city: City) -> zoneinfo.ZoneInfo:
    """The city's time zone (falls back to the project's zone for an unknown name)."""
    try:
        return zoneinfo.ZoneInfo(city.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(timezone.get_default_timezone_name())


def request_city(request: HttpRequest) -> City:
    """The city of the request's `city` path argument, looked up once by the middleware;
    NotFound("city") when there is no such city."""
    failure = getattr(request, "city_error", None)
    if failure is not None:
        # The lookup failed before the view ran (database down): raise it here, inside the
        # view, where the ops middleware turns it into a 503.
        raise failure
    city = getattr(request, "city", None)
    if city is None:
        raise city_not_found(getattr(request, "city_slug", ""))
    return city


class CityMiddleware:
    """Sets `request.city` from the `city` URL argument and activates the city's time zone."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., Any],
        view_args: tuple[Any, ...],
        view_kwargs: dict[str, Any],
    ) -> HttpResponse | None:
        slug = view_kwargs.get("city")
        if isinstance(slug, str):
            request.city_slug = slug  # type: ignore[attr-defined]
            try:
                city = city_find(slug)
            except DatabaseError as exc:
                request.city = None  # type: ignore[attr-defined]
                request.city_error = exc  # type: ignore[attr-defined]
                return None
            request.city = city  # type: ignore[attr-defined]
            if city is not None:
                timezone.activate(city_zone(city))
                return language_not_offered(request, city)
        return None


def language_not_offered(request: HttpRequest, city: City) -> HttpResponse | None:
    """A page of `city` under a language prefix the city does not offer (`/ja/dortmund/…`):
    GET and HEAD are redirected (302) to the same page in English with the portal's
    `unsupported_lang` notice; any other method is a 404 (a form is never re-sent elsewhere)."""
    parts = request.path.split("/", 2)
    if len(parts) < 3 or parts[1] not in supported_languages():
        return None  # not a language-prefixed page (the API takes `?lang=` instead)
    if parts[1] in city_languages(city):
        return None
    if request.method not in ("GET", "HEAD"):
        raise Http404
    query = request.GET.copy()
    query["unsupported_lang"] = parts[1]
    target = f"/{settings.FALLBACK_LANGUAGE}/{parts[2]}?{query.urlencode()}"
    return HttpResponseRedirect(target)
