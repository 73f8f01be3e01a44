"""JSON API of the ask app: `GET /api/v1/search?city=&q=&lang=` (see DESIGN.md)."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import override
from django.views.decorators.http import require_GET

from lotse.ask import selectors, services
from lotse.ask.analysis import clean_query
from lotse.ask.answers import Fact
from lotse.ask.models import SearchIndexState
from lotse.ask.selectors import Fallback, SearchAnswer
from lotse.core.api import json_response, query_param
from lotse.core.cities import city_find, city_not_found
from lotse.core.errors import InvalidInput
from lotse.core.languages import resolve_language, supported_languages
from lotse.core.models import City
from lotse.core.pagecache import city_memo

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 1000
MAX_LIMIT = 20
# A cached answer lives until the city's catalog or index changes, and at most a day (the
# question's text is kept no longer than that in the cache).
SEARCH_CACHE_SECONDS = 24 * 3600


def _required(request: HttpRequest, name: str, *, max_length: int) -> str:
    value = (query_param(request, name, max_length=max_length) or "").strip()
    if not value:
        raise InvalidInput(
            {name: "required"}, code="missing_parameter", message=f"Parameter {name!r} is required."
        )
    return value


def _limit(request: HttpRequest) -> int:
    raw = query_param(request, "limit", max_length=4)
    if raw is None:
        return 5
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
        raise InvalidInput(
            {"limit": "invalid"},
            code="invalid_parameter",
            message=f"Parameter 'limit' must be a number from 1 to {MAX_LIMIT}.",
        )
    return int(raw)


def _lang(request: HttpRequest, name: str = "lang") -> str | None:
    raw = query_param(request, name, max_length=16)
    if raw is None or not raw.strip():
        return None
    resolved = resolve_language(raw)
    if resolved.notice:
        raise InvalidInput(
            {name: "unsupported language"},
            code="invalid_parameter",
            message=f"Parameter {name!r} must be one of {', '.join(supported_languages())}.",
        )
    return resolved.code


def _portal_url(name: str, language: str, city: City, key: str) -> str:
    """The portal page `name` (service or office) of `key`, in `language`. An answer links
    ~8 pages, and each `reverse` in a language costs ~0.2 ms of CPU (the language's activation
    and the resolver). A city slug and a key the portal's slug converter takes come back from
    `reverse` unchanged, so their link is the page's pattern in that language (reversed once
    per process, script prefix and URL configuration) with them put in: the same string, with
    no `reverse` for a key not linked before (three a question on average, every one of them
    in a worker's first hours and in a city with more pages than a cache holds)."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    prefix = get_script_prefix()
    if _SLUG.fullmatch(city.slug) and _SLUG.fullmatch(key):
        parts = _portal_pattern(prefix, urlconf, name, language)
        if parts is not None:
            return parts[0] + city.slug + parts[1] + key + parts[2]
    return _reverse_portal(prefix, urlconf, name, language, city.slug, key)


# Django's slug converter (`<slug:city>`, `<slug:key>` in lotse/portal/urls.py): ASCII letters,
# digits, hyphen and underscore, which `reverse` neither quotes nor refuses. Anything else
# goes through `reverse` (a key it refuses still raises NoReverseMatch).
_SLUG = re.compile(r"[-a-zA-Z0-9_]+")
# Stand-ins for the city and the key while a page's pattern is reversed: valid slugs no
# prefix or pattern holds.
_CITY_SLOT, _KEY_SLOT = "lotse0city0slot", "lotse0key0slot"


@functools.lru_cache(maxsize=256)
def _portal_pattern(
    prefix: str, urlconf: str, name: str, language: str
) -> tuple[str, str, str] | None:
    """The link of page `name` in `language` around its city and key: (before the city, between
    the two, after the key); None when the stand-ins do not come back once each, in order."""
    url = _reverse_portal(prefix, urlconf, name, language, _CITY_SLOT, _KEY_SLOT)
    city, key = url.find(_CITY_SLOT), url.find(_KEY_SLOT)
    if url.count(_CITY_SLOT) != 1 or url.count(_KEY_SLOT) != 1 or key < city:
        return None
    return url[:city], url[city + len(_CITY_SLOT) : key], url[key + len(_KEY_SLOT) :]


def _reverse_portal(
    prefix: str, urlconf: str, name: str, language: str, slug: str, key: str
) -> str:
    with override(language):
        return reverse(f"portal:{name}", args=[slug, key], urlconf=urlconf)


def service_url(language: str, city: City, key: str) -> str:
    return _portal_url("service", language, city, key)


def office_url(language: str, city: City, key: str) -> str:
    return _portal_url("office", language, city, key)


def fallback_json(item: Fallback | None, city: City, language: str) -> dict[str, Any] | None:
    if item is None:
        return None
    return {
        "office": item.office_key,
        "name": item.name,
        "phone": item.phone,
        "email": item.email,
        "website": item.website,
        "appointment_url": item.appointment_url,
        "address": item.address,
        "url": office_url(language, city, item.office_key),
        "service": item.service_key,
        "service_title": item.service_title,
        "service_url": service_url(language, city, item.service_key) if item.service_key else "",
    }


def answer_json(answer: SearchAnswer, city: City) -> dict[str, Any]:
    # Everything shown is in the reader's language (the page's, `ui_lang`, unless the question
    # is in another script), whatever language the question was analysed in.
    language = answer.reader_language or answer.language
    return {
        "query": answer.query,
        "lang": answer.language,
        "lang_detected": answer.detected,
        "ui_lang": language,
        "good_answer": answer.good,
        "results": [
            {
                "service": hit.key,
                "title": hit.title,
                "title_lang": hit.title_language,
                "score": hit.score,
                "offices": hit.offices,
                "url": service_url(language, city, hit.key),
                "snippet": hit.snippet,
                "snippet_lang": hit.snippet_language,
            }
            for hit in answer.hits
        ],
        "offices": [
            {**card, "url": office_url(language, city, card["key"])}
            for card in selectors.answer_offices(city=city, answer=answer)
        ],
        "fallback": fallback_json(selectors.fallback(city=city, language=language), city, language),
        "answer": fact_json(answer.fact, city, language),
        "did_you_mean": answer.suggestion or None,
        "lost": answer.lost,
    }


def fact_json(fact: Fact | None, city: City, language: str) -> dict[str, Any] | None:
    """The sentence that answers the question, with its source and check date (DESIGN.md)."""
    if fact is None:
        return None
    return {
        "text": fact.text,
        "service": fact.service,
        "module": fact.module,
        "lang": fact.language,
        "source": fact.source,
        "checked": fact.checked.isoformat(),
        "office": fact.office or None,
        "url": _fact_url(fact, city, language),
    }


def _fact_url(fact: Fact, city: City, language: str) -> str:
    """Where the whole text is: the office's page for an office fact, else the service's."""
    if fact.office:
        return office_url(language, city, fact.office)
    return service_url(language, city, fact.service) if fact.service else ""


def run_search(
    *,
    city: City,
    query: str,
    language: str | None,
    limit: int,
    record: bool,
    page_language: str | None = None,
) -> SearchAnswer:
    """Search, and remember a question without a good answer (not while typing)."""
    answer = selectors.search(
        city=city, query=query, language=language, limit=limit, page_language=page_language
    )
    miss = _miss(answer)
    if record and miss is not None:
        services.search_miss_record(city=city, **miss)
    return answer


def _miss(answer: SearchAnswer) -> dict[str, Any] | None:
    """What `search_miss_record` keeps of a question without a good answer (None: answered)."""
    if answer.good or not answer.query:
        return None
    return {
        "query": answer.query,
        "language": answer.language,
        "top_score": answer.top_score,
        "top_service": answer.hits[0].key if answer.hits else "",
    }


def search_json(
    *,
    city: City,
    query: str,
    language: str | None,
    limit: int,
    record: bool,
    page_language: str | None = None,
    index_generation: str | None = None,
    after: Callable[[Callable[[], None]], None] | None = None,
) -> dict[str, Any]:
    """The API's answer to a question, from the shared cache when the same question (after
    `clean_query`, the search's own normalisation) was asked in the same city with the same
    languages and limit since the city's catalog (page generation, renewed by the catalog's
    change signal) and its search index (index generation) last changed. A question without
    a good answer is recorded every time it is asked, cached or not. Only the question's text
    is kept, as for `SearchMiss`: no address, no user.

    The key holds the language the question is analysed in — the asker's, else the detected
    one — so a question asked with and without naming its language is searched once (the
    answers differ only in `lang_detected`).

    `index_generation`: the city's search index generation, when it was read with the city
    (`city_for_search`). A cached answer then costs that query and one cache round trip.

    `after`: takes the cache write of an answer computed afresh (`pagecache.city_memo`) and
    the recording of a question without a good answer, for the API view to do once its
    response is sent (`core.api.json_response`): each a database write of its own."""
    index = selectors.city_index(city, index_generation)
    analysed = language or selectors.question_language(index, query)
    name = f"ask:search:{index.generation}:{analysed}:{page_language}:{limit}:{clean_query(query)}"

    def compute() -> tuple[dict[str, Any], dict[str, Any] | None]:
        answer = selectors.search(
            city=city,
            query=query,
            language=analysed,
            limit=limit,
            page_language=page_language,
            generation=index.generation,
        )
        return answer_json(answer, city), _miss(answer)

    result, miss = city_memo(city.slug, name, compute, timeout=SEARCH_CACHE_SECONDS, after=after)
    if record and miss is not None:
        if after is None:
            services.search_miss_record(city=city, **miss)
        else:
            after(functools.partial(_record_miss, city, miss))
    return {**result, "lang_detected": language is None}


def _record_miss(city: City, miss: dict[str, Any]) -> None:
    """`search_miss_record` once the response is sent: a failure is logged (the asker has
    the answer; before, the same failure lost the row and failed the request)."""
    try:
        services.search_miss_record(city=city, **miss)
    except Exception:
        logger.exception("search miss of %s not recorded", city.slug)


def city_for_search(slug: str) -> tuple[City, str]:
    """The city of `slug` and the generation of its search index ("" before the first index),
    read in one query; NotFound("city") when there is no such city."""
    state = connection.ops.quote_name(SearchIndexState._meta.db_table)
    city = city_find(
        slug,
        join=f"LEFT JOIN {state} s ON s.city_id = c.id",
        columns="s.generation AS lotse_index_generation",
    )
    if city is None:
        raise city_not_found(slug)
    return city, city.lotse_index_generation or ""  # type: ignore[attr-defined]


@require_GET
def search(request: HttpRequest) -> JsonResponse:
    slug = _required(request, "city", max_length=64)
    query = _required(request, "q", max_length=MAX_QUERY_LENGTH)
    language = _lang(request)
    page_language = _lang(request, "ui_lang")
    limit = _limit(request)
    city, index_generation = city_for_search(slug)
    # The shared cache's write of an answer computed afresh and the record of a question
    # without a good answer are done after the response is sent (the asker does not wait).
    later: list[Callable[[], None]] = []
    data = search_json(
        city=city,
        query=query,
        language=language,
        limit=limit,
        record=request.GET.get("live") != "1",
        page_language=page_language,
        index_generation=index_generation,
        after=later.append,
    )
    return json_response(data, after=later)
