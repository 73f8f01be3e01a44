"""Checking what a person typed: slot id, one-line names without control characters, e-mail,
language. Every problem is named by its field (InvalidInput → 400)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from lotse.appointments.services.limits import email_normalise
from lotse.core.errors import InvalidInput
from lotse.core.languages import resolve_language

# Cc: C0/C1 controls incl. CR, LF, TAB, NUL, NEL; Zl/Zp: line and paragraph separators;
# Cs: lone surrogates (not encodable, fail on PostgreSQL).
_REFUSED_CATEGORIES = frozenset({"Cc", "Zl", "Zp", "Cs"})


@dataclass(frozen=True)
class BookingRequest:
    slot: Any
    name: Any
    email: Any
    language: Any


def name_problem(value: Any, *, max_length: int = 200, required: bool = True) -> str | None:
    """What is wrong with a person's name, or None: one line, no control characters."""
    if not isinstance(value, str):
        return "must be text" if required or value is not None else None
    text = value.strip()
    if not text:
        return "required" if required else None
    if len(text) > max_length:
        return f"at most {max_length} characters"
    if any(unicodedata.category(ch) in _REFUSED_CATEGORIES for ch in text):
        return "must be one line without control characters"
    return None


def name_clean(value: Any, *, field: str = "name", max_length: int = 200) -> str:
    problem = name_problem(value, max_length=max_length)
    if problem:
        raise InvalidInput({field: problem})
    return str(value).strip()


def email_clean(value: Any, fields: dict[str, str]) -> str:
    email = value.strip() if isinstance(value, str) else ""
    try:
        validate_email(email)
    except ValidationError:
        fields["email"] = "must be a valid e-mail address"
        return ""
    local, _at, domain = email.rpartition("@")
    # The domain is case-insensitive; the local part is kept as typed for sending.
    return f"{local}@{domain.lower()}"


def language_clean(value: Any, fields: dict[str, str]) -> str:
    language = value if isinstance(value, str) else ""
    codes = {code for code, _name in settings.LANGUAGES}
    if language in codes:
        return language
    resolved = resolve_language(language) if language else None
    if resolved is None or resolved.notice:
        fields["language"] = "must be one of " + ", ".join(sorted(codes))
        return ""
    return resolved.code


def booking_input_clean(request: BookingRequest) -> tuple[int, str, str, str]:
    """(slot id, name, e-mail, language), or InvalidInput naming every bad field."""
    fields: dict[str, str] = {}
    slot_id = 0
    try:
        if isinstance(request.slot, bool):
            raise ValueError
        slot_id = int(request.slot)
        if slot_id <= 0 or slot_id > 2**62:
            raise ValueError
    except (TypeError, ValueError, OverflowError):
        fields["slot"] = "must be a slot id (a positive integer)"
    problem = name_problem(request.name)
    if problem:
        fields["name"] = problem
    name = request.name.strip() if isinstance(request.name, str) else ""
    email = email_clean(request.email, fields)
    language = language_clean(request.language, fields)
    if fields:
        raise InvalidInput(
            fields, code="invalid_booking", message="The booking has invalid fields."
        )
    return slot_id, name, email, language


@dataclass(frozen=True)
class Person:
    """Who registers for a waiting list, a draw or a slot alert: name, e-mail and language."""

    name: str
    email: str
    language: str

    def columns(self) -> dict[str, str]:
        """How a waiting-list entry, a draw request or an alert stores them (with the e-mail's
        key)."""
        return {
            "name": self.name,
            "email": self.email,
            "email_key": email_normalise(self.email),
            "language": self.language,
        }


def person_clean(*, name: Any, email: Any, language: Any) -> Person:
    """The person's fields checked as a booking's are (InvalidInput naming every bad field)."""
    _slot, name, email, language = booking_input_clean(
        BookingRequest(slot=1, name=name, email=email, language=language)
    )
    return Person(name=name, email=email, language=language)
