"""Portal pages of the ask app: the search page (works without JavaScript) and the staff
report of questions without a good answer."""

from __future__ import annotations

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from lotse.ask import selectors
from lotse.ask.api import MAX_QUERY_LENGTH, answer_json, run_search
from lotse.catalog import selectors as catalog_selectors
from lotse.core.cities import request_city
from lotse.core.models import City


def _welcome(city: City, language: str) -> catalog_selectors.OfficeDetail | None:
    return catalog_selectors.welcome_office(city=city, language=language)


@require_GET
def search_page(request: HttpRequest, city: str) -> HttpResponse:
    city_obj = request_city(request)
    language = get_language() or "en"
    query = request.GET.get("q", "").strip()
    error = ""
    answer = None
    if len(query) > MAX_QUERY_LENGTH:
        error = _("Please ask in fewer words (at most %(n)s characters).") % {"n": MAX_QUERY_LENGTH}
    elif query:
        result = run_search(city=city_obj, query=query, language=None, limit=8, record=True)
        answer = answer_json(result, city_obj)
        if not answer["query"]:
            answer = None
    return render(
        request,
        "ask/search.html",
        {
            "city": city_obj,
            "city_name": city_obj.name(language),
            "query": query[:MAX_QUERY_LENGTH],
            "answer": answer,
            "error": error,
            "welcome": _welcome(city_obj, language),
        },
        status=400 if error else 200,
    )


@staff_member_required
@require_GET
def gaps_page(request: HttpRequest, city: str) -> HttpResponse:
    city_obj = request_city(request)
    language = get_language() or "en"
    return render(
        request,
        "ask/gaps.html",
        {
            "city": city_obj,
            "city_name": city_obj.name(language),
            "rows": list(selectors.miss_report(city=city_obj)),
        },
    )
