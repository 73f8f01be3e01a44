"""Links that staff type in the back office: only http(s) URLs are accepted on input, and
only http(s) URLs or site-relative paths are ever rendered as links (a `javascript:` or
`data:` URL that got into the database by another way is shown as text, not as a link)."""

from __future__ import annotations

import urllib.parse
from typing import Any

from django.core.exceptions import ValidationError

WEB_SCHEMES = frozenset({"http", "https"})


def is_web_url(value: object) -> bool:
    """An absolute http(s) URL with a host and no whitespace or control characters."""
    if not isinstance(value, str) or not value or value != value.strip():
        return False
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in value):
        return False
    try:
        parts = urllib.parse.urlsplit(value)
    except ValueError:
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname)


def safe_href(value: object) -> str:
    """`value` when it may be a link target here (http(s), or a path on this site), else ""."""
    if is_web_url(value):
        return str(value)
    if (
        isinstance(value, str)
        and value.startswith("/")
        and not value.startswith(("//", "/\\"))
        and not any(ch.isspace() or ord(ch) < 32 for ch in value)
    ):
        return value
    return ""


def validate_web_url(value: Any) -> None:
    """Django validator for URL fields: http(s) only (Django's own also lets ftp through)."""
    if value and not is_web_url(value):
        raise ValidationError(
            "Enter a web address starting with https:// or http://.", code="invalid_url"
        )


def json_urls_problem(value: Any, *, keys: tuple[str, ...] = ("url", "source")) -> str | None:
    """For JSON fields such as `sources` ([{url, title, checked}]) and `contacts`: the first
    entry whose URL is not http(s), described; None when all are fine."""
    items = value if isinstance(value, list) else [value]
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        for key in keys:
            url = item.get(key)
            if url and not is_web_url(url):
                return f"entry {index + 1}: {key!r} must start with https:// or http://"
    return None


def validate_json_urls(value: Any) -> None:
    """Django validator for JSON link lists (`sources`, `contacts`): http(s) URLs only."""
    problem = json_urls_problem(value)
    if problem:
        raise ValidationError(problem, code="invalid_url")


class WebUrlAdminMixin:
    """For ModelAdmin and inline classes: URL fields and the JSON link lists (`sources`,
    `contacts`) accept only http(s) addresses in the back office."""

    json_url_fields: tuple[str, ...] = ("sources", "contacts")

    def formfield_for_dbfield(self, db_field: Any, request: Any, **kwargs: Any) -> Any:
        from django.db import models

        field = super().formfield_for_dbfield(db_field, request, **kwargs)  # type: ignore[misc]
        if field is None:
            return None
        if isinstance(db_field, models.URLField):
            field.validators.append(validate_web_url)
        elif isinstance(db_field, models.JSONField) and db_field.name in self.json_url_fields:
            field.validators.append(validate_json_urls)
        return field
