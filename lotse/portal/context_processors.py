"""Template context shared by every portal page: languages, direction, switcher links."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from lotse.core.languages import city_languages, is_rtl, language_name
from lotse.core.models import City


def language_links(path: str, query: str = "", *, city: City | None = None) -> list[dict[str, str]]:
    """The same page in every language (the path's language prefix swapped); on a city's page
    only in the languages that city offers."""
    parts = path.split("/", 2)
    rest = parts[2] if len(parts) > 2 and parts[1] in dict(settings.LANGUAGES) else ""
    suffix = f"?{query}" if query else ""
    offered = set(city_languages(city)) if city is not None else None
    return [
        {"code": code, "name": name, "url": f"/{code}/{rest}{suffix}"}
        for code, name in settings.LANGUAGES
        if offered is None or code in offered
    ]


def city_language_notice(request: HttpRequest, city: City | None) -> str:
    """The notice on a city page reached from a language the city does not offer
    (`lotse.core.cities.language_not_offered` redirected here with `?unsupported_lang=`)."""
    requested = request.GET.get("unsupported_lang", "")
    if city is None or requested not in dict(settings.LANGUAGES):
        return ""
    return _("%(city)s's pages are not available in %(lang)s; showing %(fallback)s instead.") % {
        "city": city.name(get_language() or settings.LANGUAGE_CODE),
        "lang": language_name(requested),
        "fallback": language_name(settings.FALLBACK_LANGUAGE),
    }


def portal(request: HttpRequest) -> dict[str, Any]:
    language = get_language() or settings.LANGUAGE_CODE
    city = getattr(request, "city", None)
    context = {
        "lang": language,
        "lang_dir": "rtl" if is_rtl(language) else "ltr",
        "language_links": language_links(request.path, city=city),
    }
    notice = city_language_notice(request, city)
    if notice:
        context["lang_notice"] = notice
    return context
