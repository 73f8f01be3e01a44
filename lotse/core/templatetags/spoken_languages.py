"""Template filter for language names in the reader's language (any app's templates)."""

from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from lotse.core.languages import spoken_language_local_name, spoken_language_name

register = template.Library()


@register.filter
def spoken_language_html(code: str) -> SafeString:
    """The name in the reader's language, then the language's own name when it differs:
    'Arabisch (<span lang="ar">العربية</span>)' on a German page."""
    code = str(code)
    name = spoken_language_name(code)
    local = spoken_language_local_name(code)
    if not local or local == name:
        return format_html("{}", name)
    return format_html('{} (<span lang="{}">{}</span>)', name, code, local)
