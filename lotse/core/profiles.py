"""A person's saved profile behind a private token, for apps that may not import its owner.

The plans app registers how to read a plan's profile by its private token; an online
application form (cases) asks here to prefill its answers. Neither imports the other
(the layering rule): both only know this registry."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

ProfileSource = Callable[[str], "dict[str, Any] | None"]
_sources: list[ProfileSource] = []


def profile_source_register(source: ProfileSource) -> None:
    if source not in _sources:
        _sources.append(source)


def profile_by_token(token: str) -> dict[str, Any] | None:
    """The profile behind the token, or None (unknown token, or no app offers profiles)."""
    if not token or len(token) > 100:
        return None
    for source in _sources:
        profile = source(token)
        if profile is not None:
            return profile
    return None
