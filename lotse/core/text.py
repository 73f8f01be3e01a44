"""Text that people type, checked once for every app: characters that break storage (NUL on
PostgreSQL, lone surrogates anywhere), split a one-line value into lines (control characters)
or make a name read differently from what it is (bidi overrides, invisible characters)."""

from __future__ import annotations

import unicodedata

# Bidi embeddings/overrides (U+202A-202E), isolates (U+2066-2069) and marks (U+200E/200F,
# U+061C): they reorder what a reader sees ("Ali\u202eexe.pdf" reads "Alifdp.exe").
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
# Invisible characters that make two names look the same. Zero-width (non-)joiners U+200C/D
# are kept: Persian and Arabic names need them.
INVISIBLE = frozenset("\u200b\u2060\ufeff\u180e\u00ad")


def has_lone_surrogate(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def text_problem(value: str, *, multiline: bool = False) -> str | None:
    """Why `value` cannot be stored as typed text, or None. One-line values (names, e-mail
    addresses) take no control, bidi or invisible characters; multi-line values (notes) keep
    line breaks and tabs and may hold bidi marks, which pages show isolated (<bdi>)."""
    if has_lone_surrogate(value):
        return "contains an invalid character (lone surrogate)"
    if "\x00" in value:
        return "contains a NUL character"
    allowed = "\n\r\t" if multiline else ""
    for ch in value:
        if ch in allowed:
            continue
        if unicodedata.category(ch) == "Cc":
            return (
                "contains a control character (e.g. a line break)"
                if not multiline
                else ("contains a control character")
            )
        if not multiline and ch in BIDI_CONTROLS:
            return "contains a text-direction control character"
        if not multiline and ch in INVISIBLE:
            return "contains an invisible character"
    return None
