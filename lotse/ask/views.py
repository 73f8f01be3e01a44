"""Portal pages of the ask app: the search page (works without JavaScript) and the staff
report of questions without a good answer."""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lotse.ask import selectors, services
from lotse.ask.api import MAX_QUERY_LENGTH, answer_json, run_search
from lotse.catalog import selectors as catalog_selectors
from lotse.core.cities import request_city
from lotse.core.http import client_address
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
    fact = None
    if len(query) > MAX_QUERY_LENGTH:
        error = _("Please ask in fewer words (at most %(n)s characters).") % {"n": MAX_QUERY_LENGTH}
    elif query:
        result = run_search(
            city=city_obj,
            query=query,
            language=None,
            limit=8,
            record=True,
            page_language=language,
        )
        answer = answer_json(result, city_obj)
        if not answer["query"]:
            answer = None
        else:
            fact = result.fact
    return render(
        request,
        "ask/search.html",
        {
            "city": city_obj,
            "city_name": city_obj.name(language),
            "query": query[:MAX_QUERY_LENGTH],
            "answer": answer,
            "error": error,
            # The page's own "Talk to us" box (with the answer's fallback) replaces the
            # footer's: one box, not two.
            "welcome": None if answer else _welcome(city_obj, language),
            "fact": fact,
            "fact_host": urlsplit(fact.source).hostname if fact else "",
            "voted": request.GET.get("voted") == "1",
        },
        status=400 if error else 200,
    )


@require_POST
def feedback(request: HttpRequest, city: str) -> HttpResponse:
    """ "Was this helpful?" on an answer (a plain form: works without JavaScript)."""
    city_obj = request_city(request)
    query = request.POST.get("q", "").strip()
    service = request.POST.get("service", "").strip()
    module = request.POST.get("module", "").strip()
    helpful = request.POST.get("helpful", "")
    if (
        not query
        or len(query) > MAX_QUERY_LENGTH
        or not service
        or len(service) > 64
        or not module
        or len(module) > 32
        or helpful not in ("yes", "no")
    ):
        return HttpResponse(
            _("This vote could not be recorded."), status=400, content_type="text/plain"
        )
    try:
        services.answer_feedback_record(
            city=city_obj,
            query=query,
            language=get_language() or "en",
            service=service,
            module=module,
            helpful=helpful == "yes",
            address=client_address(request),
        )
    except services.FeedbackLimited as exc:
        response = HttpResponse(
            _("Too many votes from your connection. Please try again later."),
            status=429,
            content_type="text/plain",
        )
        response["Retry-After"] = str(exc.retry_after)
        return response
    target = reverse("ask:search", args=[city_obj.slug]) + "?" + urlencode({"q": query, "voted": 1})
    return HttpResponseRedirect(target, status=303)


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
            "votes": selectors.feedback_report(city=city_obj),
        },
    )
