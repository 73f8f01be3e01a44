"""The languages Lotse speaks and how a requested language is resolved."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _


def supported_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def language_name(code: str) -> str:
    return dict(settings.LANGUAGES).get(code, code)


def is_rtl(code: str) -> bool:
    return code in settings.LANGUAGES_BIDI


@dataclass(frozen=True)
class ResolvedLanguage:
    """The language to answer in, and a notice when the requested one is not offered."""

    code: str
    requested: str | None
    notice: str | None


def resolve_language(requested: str | None) -> ResolvedLanguage:
    """Pick the answer language; an unsupported one falls back to English and says so."""
    fallback = settings.FALLBACK_LANGUAGE
    if not requested:
        return ResolvedLanguage(code=fallback, requested=None, notice=None)
    code = requested.strip().lower().replace("_", "-")
    if code in supported_languages():
        return ResolvedLanguage(code=code, requested=requested, notice=None)
    base = code.split("-", 1)[0]
    if base in supported_languages():
        return ResolvedLanguage(code=base, requested=requested, notice=None)
    notice = _("Language “%(lang)s” is not available; showing %(fallback)s instead.") % {
        "lang": requested[:16],
        "fallback": language_name(fallback),
    }
    return ResolvedLanguage(code=fallback, requested=requested, notice=notice)
