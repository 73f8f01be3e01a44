"""Template context shared by every portal page: languages, direction, switcher links."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language

from lotse.core.languages import is_rtl


def language_links(path: str, query: str = "") -> list[dict[str, str]]:
    """The same page in every language (the path's language prefix swapped)."""
    parts = path.split("/", 2)
    rest = parts[2] if len(parts) > 2 and parts[1] in dict(settings.LANGUAGES) else ""
    suffix = f"?{query}" if query else ""
    return [
        {"code": code, "name": name, "url": f"/{code}/{rest}{suffix}"}
        for code, name in settings.LANGUAGES
    ]


def portal(request: HttpRequest) -> dict[str, Any]:
    language = get_language() or settings.LANGUAGE_CODE
    return {
        "lang": language,
        "lang_dir": "rtl" if is_rtl(language) else "ltr",
        "language_links": language_links(request.path),
    }
