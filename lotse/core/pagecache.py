"""Public pages and catalog API reads served from the shared cache, with ETag and 304s.

A public page (a city's home, services, offices, life situations, international pages,
attractions) is the same for every anonymous visitor of a language until the city's data
changes. `PublicPageCacheMiddleware` keeps such responses in Django's cache (a backend all
web processes share: the database by default, Redis or memcached with `LOTSE_CACHE_URL`),
keyed by city, language, path and query, and by the city's *generation*: a token that
`public_pages_changed(city=…)` replaces after a change commits, so the next request of that
city renders afresh while every other city keeps its pages. A token, not a counter: a lost
or evicted token becomes a new token, never an old one that would bring back old pages.

Never cached: anything but GET/HEAD, a request with a session cookie or credentials, and a
response that sets a cookie, used the CSRF token or the session (`Vary: Cookie`), says
`no-store`/`private`, or is not a 200 — so forms, plans, cases, bookings, applications and
staff pages always reach their views.

The middleware sits below WhiteNoise and above the session middleware: a hit costs one
cache round trip (the generation and the page read together, see `_read`) and skips sessions,
CSRF, authentication and the view.
"""

from __future__ import annotations

import contextvars
import functools
import hashlib
import io
import logging
import re
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.dispatch import Signal
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils.http import http_date, parse_http_date_safe

logger = logging.getLogger(__name__)
T = TypeVar("T")

_LANG = r"[a-z]{2}"
_CITY = r"(?P<city>[-a-zA-Z0-9_]+)"
_SLUG = r"[-a-zA-Z0-9_]+"
# The public paths, each with its city. Search, plans, bookings, cases, forms, staff pages
# and exports are deliberately absent.
PUBLIC_PATHS = [
    re.compile(rf"^/{_LANG}/{_CITY}/$"),
    re.compile(rf"^/{_LANG}/{_CITY}/services/(?:{_SLUG}/)?$"),
    re.compile(rf"^/{_LANG}/{_CITY}/offices/(?:{_SLUG}/)?$"),
    re.compile(rf"^/{_LANG}/{_CITY}/life/{_SLUG}/$"),
    re.compile(rf"^/{_LANG}/{_CITY}/international/(?:projects/{_SLUG}/)?$"),
    re.compile(rf"^/{_LANG}/{_CITY}/(?:attractions|associations)/$"),
    re.compile(rf"^/api/v1/cities/{_CITY}/(?:services|offices)(?:/{_SLUG})?$"),
    re.compile(rf"^/api/v1/cities/{_CITY}/(?:attractions|partnerships|projects)$"),
]
# Headers that belong to one exchange, not to the stored page.
_NOT_STORED = {"set-cookie", "date", "content-length", "x-request-id"}
_MAX_QUERY = 200


def _cache():  # type: ignore[no-untyped-def]
    return caches[settings.LOTSE_PAGE_CACHE]


def _generation_key(city: str) -> str:
    return f"lotse:page-gen:{city}"


# The generations read during the current request (set by the middleware for each request):
# a page reads its city's generation once, however many kept parts it uses.
_request_generations: contextvars.ContextVar[dict[str, str] | None] = contextvars.ContextVar(
    "lotse_request_generations", default=None
)


def city_generation(city: str) -> str:
    """The current generation token of a city's public pages (made on first use)."""
    seen = _request_generations.get()
    if seen is not None and city in seen:
        return seen[city]
    token = _read_generation(city)
    if seen is not None:
        seen[city] = token
    return token


def _read_generation(city: str) -> str:
    return _read(city, _no_keys)[0]


def _no_keys(generation: str) -> list[str]:
    return []


# The generation of each city this process read last: a guess, never an answer. It lets one
# cache round trip fetch the generation together with the entries keyed by it (a page, a kept
# part); the generation read in that same round trip decides, and when another process has
# renewed it meanwhile the entries are read again under the new one. So nothing is ever served
# by this copy, and processes cannot disagree. Bounded: city slugs come from request paths.
_last_generations: dict[str, str] = {}
_LAST_GENERATIONS_MAX = 256


def _remember(city: str, token: str) -> None:
    if len(_last_generations) >= _LAST_GENERATIONS_MAX and city not in _last_generations:
        _last_generations.clear()
    _last_generations[city] = token


def _read(city: str, keys_for: Callable[[str], list[str]]) -> tuple[str, dict[str, Any]]:
    """The city's current generation (made on first use) and those of the entries
    `keys_for(generation)` that the cache holds, by key: one round trip (`get_many`) when
    the generation is the one this process read last, else two."""
    cache = _cache()
    generation_key = _generation_key(city)
    guess = _last_generations.get(city)
    wanted = keys_for(guess) if guess is not None else []
    found = cache.get_many([generation_key, *wanted])
    token = found.pop(generation_key, None)
    if token is None:
        cache.add(generation_key, uuid.uuid4().hex, timeout=None)
        token = cache.get(generation_key) or "0"
    token = str(token)
    if token != guess:
        wanted = keys_for(token)
        found = cache.get_many(wanted) if wanted else {}
    _remember(city, token)
    return token, found


# Sent after a city's generation was renewed (after the commit), with `city` (slug): the
# portal prepares the new generation's content ahead of the first visitor.
generation_renewed = Signal()


def public_pages_changed(*, city: str) -> None:
    """The public pages of `city` (slug) changed: after the commit, its next requests render
    afresh. Other cities keep their cached pages."""

    transaction.on_commit(_Renewal(city))


class _Renewal:
    """The on-commit callback that renews one city's generation (it names its city, so a
    transaction that changes a city a hundred times renews it once)."""

    def __init__(self, city: str) -> None:
        self.lotse_city = city
        self.done = False

    def __call__(self) -> None:
        self.done = True
        seen = _request_generations.get()
        if seen is not None:
            seen.pop(self.lotse_city, None)
        token = uuid.uuid4().hex
        try:
            _cache().set(_generation_key(self.lotse_city), token, timeout=None)
            _remember(self.lotse_city, token)
        except Exception:  # a cache outage must not fail the write that already committed
            logger.exception("could not renew the page cache generation of %s", self.lotse_city)
            return
        generation_renewed.send(sender=_Renewal, city=self.lotse_city)


# Bump when the shape of memoised values changes, so a new release never reads old pickles.
_MEMO_VERSION = 1


def city_memo(
    city: str,
    name: str,
    compute: Callable[[], T],
    *,
    timeout: int | None = None,
    after: Callable[[Callable[[], None]], None] | None = None,
) -> T:
    """A value derived from a city's public data alone (a service in one language, its Welcome
    Center), kept in the shared cache for the city's current generation: computed once per
    change of the city's data (or ahead of time by the portal's warm-up task), not per request.
    `name` must say everything the value depends on besides the city's data (key, language).
    `timeout` (seconds) bounds how long an entry may live at most (default: as a page).
    `after`: takes the writing of a computed value into the cache, for a caller that can do it
    once its response is sent (`core.api.json_response(after=…)`): with the database cache
    that write is a transaction of four statements. Without the page cache (tests,
    `LOTSE_PAGE_CACHE=0`) it simply computes."""
    if not settings.LOTSE_PAGE_CACHE_ENABLED:
        return compute()
    digest = hashlib.blake2b(name.encode(), digest_size=16).hexdigest()

    def key_for(generation: str) -> str:
        return f"lotse:memo:{_MEMO_VERSION}:{city}:{generation}:{digest}"

    try:
        key, found = _lookup(city, key_for)
    except Exception:  # cache unreachable, or an entry this code cannot read: compute
        logger.warning("page cache unavailable for %s", name, exc_info=True)
        return compute()
    if found is not _MISSING:
        return cast(T, found)
    value = compute()

    def keep() -> None:
        try:
            _cache().set(key, value, timeout=timeout or settings.LOTSE_PAGE_CACHE_SECONDS)
        except Exception:
            logger.warning("page cache unavailable for %s", name, exc_info=True)

    if after is None:
        keep()
    else:
        after(keep)
    return value


_MISSING = object()


def _lookup(city: str, key_for: Callable[[str], str]) -> tuple[str, object]:
    """The key of an entry under the city's current generation, and the entry (_MISSING when
    the cache has none): one cache round trip, the generation read with the entry unless this
    request has read it already (then remembered for the rest of the request)."""
    seen = _request_generations.get()
    if seen is not None and city in seen:
        key = key_for(seen[city])
        return key, _cache().get(key, _MISSING)
    generation, entries = _read(city, lambda g: [key_for(g)])
    if seen is not None:
        seen[city] = generation
    key = key_for(generation)
    return key, entries.get(key, _MISSING)


def claim_generation(city: str, purpose: str) -> bool:
    """True once per generation of the city and purpose (e.g. "warm"): the first of several
    workers asked to prepare the same generation does it, the others find it claimed."""
    try:
        key = f"lotse:claim:{purpose}:{city}:{city_generation(city)}"
        return bool(_cache().add(key, 1, timeout=settings.LOTSE_PAGE_CACHE_SECONDS))
    except Exception:
        logger.warning("page cache unavailable for %s", purpose, exc_info=True)
        return False


def purge_old_generations(city: str) -> int:
    """Delete the city's pages and kept parts of older generations from a database cache
    (nobody reads them again: the generation token is gone), so that a city whose editors
    publish often does not fill the table with dead pages until they expire. Redis and
    memcached evict what is not read by themselves: nothing to do there. Returns the rows
    deleted."""
    from django.core.cache.backends.db import DatabaseCache
    from django.db import connections, router

    cache = _cache()
    if not isinstance(cache, DatabaseCache):
        return 0
    current = _read_generation(city)
    deleted = 0
    db = router.db_for_write(cache.cache_model_class)
    table = connections[db].ops.quote_name(cache.cache_model_class._meta.db_table)
    with connections[db].cursor() as cursor:
        for kind in ("page", f"memo:{_MEMO_VERSION}"):
            prefix = cache.make_and_validate_key(f"lotse:{kind}:{city}:")
            keep = cache.make_and_validate_key(f"lotse:{kind}:{city}:{current}:")
            cursor.execute(
                f"DELETE FROM {table} WHERE substr(cache_key, 1, %s) = %s "  # noqa: S608
                "AND substr(cache_key, 1, %s) <> %s",
                [len(prefix), prefix, len(keep), keep],
            )
            deleted += max(cursor.rowcount, 0)
    return deleted


def public_city(path: str) -> str | None:
    """The city slug of a public, cacheable path, or None."""
    for pattern in PUBLIC_PATHS:
        match = pattern.match(path)
        if match:
            return match.group("city")
    return None


@dataclass
class Entry:
    status: int
    headers: list[tuple[str, str]]
    content: bytes
    etag: str
    modified: float


def _etag_matches(header: str, etag: str) -> bool:
    if header.strip() == "*":
        return True
    tags = [t.strip().removeprefix("W/") for t in header.split(",")]
    return etag in tags


def not_modified(request: HttpRequest, etag: str, modified: float) -> bool:
    """True when the client's copy (If-None-Match, else If-Modified-Since) is current."""
    # META, not request.headers: that builds a mapping of every header on each hit.
    if_none_match = request.META.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        return _etag_matches(if_none_match, etag)
    header = request.META.get("HTTP_IF_MODIFIED_SINCE")
    since = parse_http_date_safe(header) if header else None
    return since is not None and int(modified) <= since


def _storable(request: HttpRequest, response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.accessed:
        return False
    vary = response.headers.get("Vary", "").lower()
    if "cookie" in vary or "authorization" in vary:
        return False
    cache_control = response.headers.get("Cache-Control", "").lower()
    return "no-store" not in cache_control and "private" not in cache_control


def _answer(request: HttpRequest, entry: Entry, state: str) -> HttpResponse:
    if not_modified(request, entry.etag, entry.modified):
        response: HttpResponse = HttpResponseNotModified()
    else:
        response = HttpResponse(entry.content, status=entry.status)
    for name, value in entry.headers:
        if name.lower() != "content-type" or response.status_code != 304:
            response.headers[name] = value
    if response.status_code != 304:
        response.headers["Content-Length"] = str(len(entry.content))
    _public_headers(response, entry.etag, entry.modified)
    response.headers["X-Lotse-Cache"] = state
    return response


@functools.lru_cache(maxsize=256)
def _http_date(modified: int) -> str:
    """The HTTP date of a page's time stamp (the same few on every hit)."""
    return http_date(modified)


def _public_headers(response: HttpResponse, etag: str, modified: float) -> None:
    response.headers["ETag"] = etag
    response.headers["Last-Modified"] = _http_date(int(modified))
    # Browsers and the service worker ask again each time (a 304 is cheap); nginx keeps the
    # page for a few seconds (X-Accel-Expires, never passed on to the client).
    response.headers["Cache-Control"] = "public, max-age=0, must-revalidate"
    response.headers["X-Accel-Expires"] = str(settings.LOTSE_MICROCACHE_SECONDS)


class PublicPageCacheMiddleware:
    """Serves anonymous GETs of public pages from the shared cache (see the module doc)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        scope = _request_generations.set({})
        try:
            return self._respond(request)
        finally:
            _request_generations.reset(scope)

    def _respond(self, request: HttpRequest) -> HttpResponse:
        city = self._cacheable_city(request)
        if city is None:
            return self.get_response(request)
        try:
            key, found = _lookup(city, lambda g: self._key(request, city, g))
        except Exception:  # the cache (e.g. its database) is unreachable: render normally
            logger.warning("page cache unavailable", exc_info=True)
            return self.get_response(request)
        if found is not _MISSING:
            return _answer(request, cast(Entry, found), "hit")
        response = self.get_response(request)
        if not _storable(request, response):
            return response
        content = bytes(response.content)
        entry = Entry(
            status=response.status_code,
            headers=[
                (name, value)
                for name, value in response.headers.items()
                if name.lower() not in _NOT_STORED
            ],
            content=content,
            etag='"' + hashlib.blake2b(content, digest_size=12).hexdigest() + '"',
            modified=float(int(time.time())),
        )
        try:
            _cache().set(key, entry, timeout=settings.LOTSE_PAGE_CACHE_SECONDS)
        except Exception:
            logger.warning("page cache unavailable", exc_info=True)
        return _answer(request, entry, "miss")

    @staticmethod
    def _cacheable_city(request: HttpRequest) -> str | None:
        if not settings.LOTSE_PAGE_CACHE_ENABLED or request.method not in {"GET", "HEAD"}:
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
            return None
        if len(request.META.get("QUERY_STRING", "")) > _MAX_QUERY:
            return None
        return public_city(request.path)

    @staticmethod
    def _key(request: HttpRequest, city: str, generation: str) -> str:
        # The language is the path's prefix (pages) or the lang parameter (API): both are in
        # the path and query. The API falls back to English, never to a request header.
        raw = f"{request.path}?{request.META.get('QUERY_STRING', '')}"
        digest = hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()
        return f"lotse:page:{city}:{generation}:{digest}"


def warm_pages(city: str, paths: list[str]) -> int:
    """Render the public pages at `paths` (of `city`) through the whole request stack, as an
    anonymous visitor would ask for them, so that the page cache holds them for the city's
    current generation before the first visitor arrives (publish-time work, run by the task
    worker after a change). Stops as soon as the city's generation changes again (the pages
    would be stale; the newer generation's own run takes over). Returns how many pages were
    rendered and stored."""
    from django.core.handlers.base import BaseHandler
    from django.core.handlers.wsgi import WSGIRequest
    from django.utils import translation

    if not settings.LOTSE_PAGE_CACHE_ENABLED:
        return 0
    generation = _read_generation(city)
    handler = BaseHandler()
    handler.load_middleware()
    host = next(
        (h for h in settings.ALLOWED_HOSTS if h and not h.startswith((".", "*"))), "localhost"
    )
    stored = 0
    with translation.override(None):
        for path in paths:
            if public_city(path) != city or _read_generation(city) != generation:
                break
            request = WSGIRequest(_warm_environ(path, host))
            response = handler.get_response(request)
            stored += response.headers.get("X-Lotse-Cache") == "miss"
            # Not response.close(): that sends request_finished, whose handler closes the
            # task's database connection (inside a transaction, e.g. a test's, it cannot come
            # back). The pages hold no files or streams that would need closing.
    return stored


def _warm_environ(path: str, host: str) -> dict[str, object]:
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "SCRIPT_NAME": "",
        "QUERY_STRING": "",
        "SERVER_NAME": host,
        "SERVER_PORT": "443",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": host,
        # As nginx forwards a visitor's request (the TLS redirect must not answer instead).
        "HTTP_X_FORWARDED_PROTO": "https",
        "HTTP_X_REAL_IP": "127.0.0.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_USER_AGENT": "lotse-page-warmer",
        "wsgi.url_scheme": "https",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.version": (1, 0),
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
