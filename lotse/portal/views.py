"""Public pages: thin views that resolve the city and language, call a selector, render."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.dates import WEEKDAYS
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from lotse.appointments import selectors as appointment_selectors
from lotse.cases.applications.forms import form_get
from lotse.cases.applications.texts import t
from lotse.catalog import selectors
from lotse.catalog.models import LifeSituation
from lotse.catalog.selectors import ServiceSummary
from lotse.core.cities import request_city
from lotse.core.languages import language_name, speaks_filter, supported_languages
from lotse.core.models import City
from lotse.core.pagecache import city_memo
from lotse.plans import selectors as plan_selectors
from lotse.portal.context_processors import city_language_notice


def _language() -> str:
    return get_language() or settings.LANGUAGE_CODE


def service_in(city: City, key: str, language: str) -> selectors.ServiceDetail:
    """A service page's catalog content, read once per change of the city's data."""
    return city_memo(
        city.slug,
        f"service:{key}:{language}",
        lambda: selectors.service_detail(city=city, key=key, language=language),
    )


def life_situations() -> list[dict[str, str]]:
    labels = {
        LifeSituation.ARRIVING: _("Arriving"),
        LifeSituation.WORK: _("Work"),
        LifeSituation.FAMILY: _("Family"),
        LifeSituation.HOUSING: _("Housing"),
        LifeSituation.EVERYDAY: _("Everyday life"),
        LifeSituation.HEALTH: _("Health"),
        LifeSituation.EDUCATION: _("Education"),
        LifeSituation.COUNSELLING: _("Advice and protection"),
        LifeSituation.COMMUNITY: _("Community and leisure"),
    }
    return [{"key": key, "label": str(label)} for key, label in labels.items()]


# Entry points by situation on the city home (issue 24): each leads to the usual steps for a
# typical person in that situation, in the order to do them (the plan rules, not an alphabet).
ENTRY_POINTS: dict[str, dict[str, Any]] = {
    "ukraine": {"citizenship": "UA", "purpose": "protection", "in_germany": True},
    "work": {
        "citizenship": "IN",
        "purpose": "work",
        "qualification": "academic",
        "job_offer": True,
        "in_germany": True,
    },
    "study": {"citizenship": "CN", "purpose": "study", "in_germany": True},
    "eu": {"citizenship": "RO", "purpose": "work", "in_germany": True},
    "family": {"citizenship": "TR", "purpose": "family", "in_germany": True},
}


def entry_points() -> list[dict[str, str]]:
    labels = {
        "ukraine": _("I fled from Ukraine"),
        "work": _("I came to work"),
        "study": _("I came to study"),
        "eu": _("I am an EU citizen"),
        "family": _("I came to join my family"),
    }
    return [{"key": key, "label": str(label)} for key, label in labels.items()]


def _grouped(services: list[ServiceSummary], language: str) -> list[dict[str, Any]]:
    groups = []
    for situation in life_situations():
        members = [s for s in services if situation["key"] in s.life_situations]
        if not members:
            continue  # a situation no service of this city belongs to gets no empty heading
        members.sort(key=lambda s: s.title(language).casefold())
        groups.append({**situation, "services": members})
    return groups


def root(request: HttpRequest) -> HttpResponse:
    """`/` sends the visitor to the best language their browser asks for."""
    from django.utils.translation import get_language_from_request

    language = get_language_from_request(request)
    if language not in supported_languages():
        language = settings.FALLBACK_LANGUAGE
    return HttpResponseRedirect(f"/{language}/")


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    cities = list(selectors.city_list())
    return render(request, "portal/home.html", {"cities": cities, "lang_notice": _notice(request)})


@require_GET
def city_home(request: HttpRequest, city: str) -> HttpResponse:
    notice = city_language_notice(request, getattr(request, "city", None)) or _notice(request)
    return _services_page(request, "portal/city.html", entries=entry_points(), lang_notice=notice)


@require_GET
def entry_point(request: HttpRequest, city: str, entry: str) -> HttpResponse:
    """The usual first steps for one situation, in order, each linking to its service page."""
    city_obj = request_city(request)
    language = _language()
    labels = {e["key"]: e["label"] for e in entry_points()}
    if entry not in ENTRY_POINTS:
        raise Http404(_("There is no life situation “%(key)s”.") % {"key": entry[:64]})
    profile = plan_selectors.profile_from_data({**ENTRY_POINTS[entry], "city": city_obj.slug})
    steps = city_memo(
        city_obj.slug,
        f"entry:{entry}:{language}",
        lambda: [
            {"service": s.service, "title": s.title, "why": s.why}
            for s in plan_selectors.plan_compute(profile=profile, language=language).steps
        ],
    )
    return render(
        request,
        "portal/entry.html",
        {
            "city": city_obj,
            "city_name": city_obj.name(language),
            "entry": {"key": entry, "label": labels[entry]},
            "entries": entry_points(),
            "steps": steps,
            "welcome": selectors.welcome_office_kept(city=city_obj, language=language),
        },
    )


@require_GET
def service_index(request: HttpRequest, city: str) -> HttpResponse:
    return _services_page(request, "portal/services.html")


def _services_page(request: HttpRequest, template: str, **context: Any) -> HttpResponse:
    """A page that lists the city's services grouped by life situation."""
    city_obj = request_city(request)
    language = _language()
    services = selectors.service_list(city=city_obj, languages=selectors.fallback_order(language))
    return render(
        request,
        template,
        {
            "city": city_obj,
            "city_name": city_obj.name(language),
            "groups": _grouped(services, language),
            "welcome": selectors.welcome_office_kept(city=city_obj, language=language),
            **context,
        },
    )


@require_GET
def life_situation(request: HttpRequest, city: str, situation: str) -> HttpResponse:
    city_obj = request_city(request)
    language = _language()
    group = next(
        (
            g
            for g in _grouped(
                selectors.service_list(city=city_obj, languages=selectors.fallback_order(language)),
                language,
            )
            if g["key"] == situation
        ),
        None,
    )
    if group is None:
        raise Http404(_("There is no life situation “%(key)s”.") % {"key": situation[:64]})
    return render(
        request,
        "portal/life.html",
        {
            "city": city_obj,
            "city_name": city_obj.name(language),
            "group": group,
            "situations": life_situations(),
            "welcome": selectors.welcome_office_kept(city=city_obj, language=language),
        },
    )


@require_GET
def service_page(request: HttpRequest, city: str, key: str) -> HttpResponse:
    city_obj = request_city(request)
    language = _language()
    service = service_in(city_obj, key, language)
    fallback_languages = sorted({t.language for t in service.texts.values()} - {language})
    # Lotse's own booking for this service at one of its offices (and the virtual office).
    booking = appointment_selectors.service_booking(
        city=city_obj, service_key=service.key, office_keys=[o.key for o in service.offices]
    )
    return render(
        request,
        "portal/service.html",
        {
            "city": city_obj,
            "city_name": city_obj.name(language),
            "service": service,
            "fallback_language_names": [language_name(code) for code in fallback_languages],
            "weekdays": WEEKDAYS,
            "welcome": selectors.welcome_office_kept(city=city_obj, language=language),
            # The Welcome Center's own online form for this service (lotse.cases.applications).
            "apply_label": t("apply", language) if form_get(city_obj.slug, service.key) else "",
            "booking": booking,
            "booking_names": {
                kind.mode: kind.name(language)
                for kind in (booking.in_person, booking.video)
                if kind
            },
        },
    )


@require_GET
def office_index(request: HttpRequest, city: str) -> HttpResponse:
    city_obj = request_city(request)
    language = _language()
    filter_context = speaks_filter(request, extra=selectors.office_languages(city=city_obj))
    offices = selectors.office_list(
        city=city_obj, language=language, speaks=filter_context["speaks"] or None
    )
    return render(
        request,
        "portal/offices.html",
        {
            "city": city_obj,
            "city_name": city_obj.name(language),
            "offices": offices,
            "welcome": selectors.welcome_office_kept(city=city_obj, language=language),
            **filter_context,
        },
        status=400 if filter_context["speaks_error"] else 200,
    )


@require_GET
def office_page(request: HttpRequest, city: str, key: str) -> HttpResponse:
    city_obj = request_city(request)
    language = _language()
    office = selectors.office_detail(city=city_obj, key=key, language=language)
    return render(
        request,
        "portal/office.html",
        {
            "city": city_obj,
            "city_name": city_obj.name(language),
            "office": office,
            "weekdays": WEEKDAYS,
            "welcome": selectors.welcome_office_kept(city=city_obj, language=language),
        },
    )


_SERVICE_WORKER = Path(__file__).resolve().parent / "static" / "portal" / "sw.js"


@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    """The service worker from the site's root, so that its scope is every page (a script
    under /static/ could only control /static/). Static JS: no inline script anywhere."""
    response = HttpResponse(_SERVICE_WORKER.read_bytes(), content_type="text/javascript")
    # Browsers check for a new version at least daily anyway; no-cache makes it immediate.
    response["Cache-Control"] = "no-cache"
    return response


def _notice(request: HttpRequest) -> str:
    requested = request.GET.get("unsupported_lang", "")[:16]
    if not requested:
        return ""
    return _("Language “%(lang)s” is not available; showing %(fallback)s instead.") % {
        "lang": requested,
        "fallback": language_name(_language()),
    }


def unsupported_language(request: HttpRequest, lang: str, rest: str) -> HttpResponse:
    """A path under a language Lotse does not offer: the same page in English, with a notice."""
    if lang.lower() in supported_languages():  # e.g. /DE/…: the lowercase page
        return HttpResponseRedirect(f"/{lang.lower()}/{rest}")
    target = f"/{settings.FALLBACK_LANGUAGE}/{rest}?unsupported_lang={lang[:16]}"
    return HttpResponseRedirect(target)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"error": {"code": "not_found", "message": "Not found.", "fields": {}}}, status=404
        )
    message = ""
    if exception is not None and exception.args and isinstance(exception.args[0], str):
        message = exception.args[0]
    return render(
        request,
        "portal/404.html",
        {"message": message or _("This page does not exist.")},
        status=404,
    )


def server_error(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse(
            {
                "error": {
                    "code": "internal_error",
                    "message": "Something went wrong on our side.",
                    "fields": {},
                }
            },
            status=500,
        )
    return render(request, "portal/500.html", status=500)
