"""The languages Lotse speaks and how a requested language is resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from lotse.core.datafiles import yaml_safe_load
from lotse.core.errors import InvalidInput


def supported_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def default_city_languages() -> list[str]:
    """The languages of a city whose city.yaml lists none: every language but the opt-in ones."""
    opt_in = set(getattr(settings, "LANGUAGES_OPT_IN", ()))
    return [code for code in supported_languages() if code not in opt_in]


def city_languages(city: Any) -> list[str]:
    """The languages a city offers (its `languages`, in the project's order), or the default."""
    chosen = set(getattr(city, "languages", None) or ())
    if not chosen:
        return default_city_languages()
    return [code for code in supported_languages() if code in chosen]


def city_file_languages(path: Path) -> list[str]:
    """The `languages` of a city.yaml (checked by the catalog loader), in the project's order;
    the default when the file has none. For readers of a city's other data files (forms)."""
    raw = yaml_safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    chosen = raw.get("languages") if isinstance(raw, dict) else None
    if not isinstance(chosen, list) or not chosen:
        return default_city_languages()
    return [code for code in supported_languages() if code in {str(c) for c in chosen}]


def language_name(code: str) -> str:
    return dict(settings.LANGUAGES).get(code, code)


def language_name_in_reader(code: str) -> str:
    """The language's name in the reader's (active) language, e.g. "Arabisch" for `ar` on a
    German page: staff read it; newcomers choose by `language_name` (the autonym)."""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return language_name(code)


def is_rtl(code: str) -> bool:
    return code in settings.LANGUAGES_BIDI


@dataclass(frozen=True)
class ResolvedLanguage:
    """The language to answer in, and a notice when the requested one is not offered."""

    code: str
    requested: str | None
    notice: str | None


def resolve_language(
    requested: str | None, *, offered: list[str] | None = None
) -> ResolvedLanguage:
    """Pick the answer language; an unsupported one (or, given `offered` — a city's languages —
    one the city does not offer) falls back to English and says so."""
    fallback = settings.FALLBACK_LANGUAGE
    if not requested:
        return ResolvedLanguage(code=fallback, requested=None, notice=None)
    available = offered if offered is not None else supported_languages()
    code = requested.strip().lower().replace("_", "-")
    if code in available:
        return ResolvedLanguage(code=code, requested=requested, notice=None)
    base = code.split("-", 1)[0]
    if base in available:
        return ResolvedLanguage(code=base, requested=requested, notice=None)
    notice = _("Language “%(lang)s” is not available; showing %(fallback)s instead.") % {
        "lang": requested[:16],
        "fallback": language_name(fallback),
    }
    return ResolvedLanguage(code=fallback, requested=requested, notice=notice)


# A language someone speaks, as asked for in `?speaks=`: an ISO 639-1/-3 code, optionally with a
# region ("pt-br"); offices list plain ISO 639-1 codes, so the region is not compared.
SPOKEN_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$")


def spoken_language_parse(value: str | None, *, field: str = "speaks") -> str | None:
    """The base language code of a `speaks` parameter; None when absent or empty.

    Raises `InvalidInput` naming `field` when the value is not a language code."""
    if value is None or not value.strip():
        return None
    code = value.strip().lower().replace("_", "-")
    if len(code) > 16 or not SPOKEN_LANGUAGE_RE.match(code):
        raise InvalidInput(
            {field: "must be a language code such as 'ar', 'tr' or 'uk'"},
            message=f"Parameter {field!r} must be a language code.",
        )
    return code.split("-", 1)[0]


def speaks(languages: list[str], code: str) -> bool:
    """Whether a list of spoken languages (office data) includes `code` (base codes compared)."""
    return any(str(lang).lower().split("-", 1)[0] == code for lang in languages)


def spoken_language_name(code: str) -> str:
    """The name of a language in the active (reader's) language, e.g. 'Arabisch' on a German page;
    Django's own language table, the code itself for a code Django does not know."""
    try:
        info = get_language_info(code)
    except KeyError:
        try:
            info = get_language_info(code.split("-", 1)[0])
        except KeyError:
            return code
    return str(info["name_translated"])


def spoken_language_local_name(code: str) -> str:
    """The language's name in itself ("العربية" for 'ar'); '' for a code Django does not know."""
    for candidate in (code, code.split("-", 1)[0]):
        try:
            return str(get_language_info(candidate)["name_local"])
        except KeyError:
            continue
    return ""


def spoken_language_choices(extra: list[str] | tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(code, name in the reader's language) for Lotse's languages plus `extra` codes, by name."""
    codes = dict.fromkeys([*supported_languages(), *(c.lower() for c in extra)])
    return sorted(((c, spoken_language_name(c)) for c in codes), key=lambda item: item[1].lower())


def speaks_filter(
    request: HttpRequest, *, extra: list[str] | tuple[str, ...] = ()
) -> dict[str, Any]:
    """Template context of the "a language I speak" filter on a page (`?speaks=`, no JavaScript).

    A value that is not a language code is not applied; `speaks_error` says so (the page answers
    400 with the form and the unfiltered list)."""
    error = ""
    try:
        code = spoken_language_parse(request.GET.get("speaks"))
    except InvalidInput:
        code, error = None, _("Please choose a language from the list.")
    return {
        "speaks": code or "",
        "speaks_name": spoken_language_name(code) if code else "",
        "speaks_choices": spoken_language_choices([*extra, *([code] if code else [])]),
        "speaks_error": error,
    }
