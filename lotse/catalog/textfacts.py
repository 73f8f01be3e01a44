"""The facts a translation must carry over unchanged: numbers (amounts, dates, periods) and § references.

Used by the translation tests and the translation report: a translated module must contain the
same numbers, as many times, as its German source. Separators are ignored ("1.250,00" in German
is "1,250.00" in English) and digits of every script count (Arabic-Indic, Persian).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# Digit groups joined by a decimal or thousands mark; a space joins only a group of three
# ("50 700" in Polish and French is one number, "2025 11.904" is two).
NUMBER_RE = re.compile(r"\d+(?:[.,\u066b\u066c]\d+|[ \u00a0\u202f]\d{3}(?!\d))*")
# A numeric date counts as its day and year only: the month may be written as a word
# ("23.07.2027" in German is "23 July 2027" in English).
DATE_RE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
SEPARATORS_RE = re.compile(r"[^\d]")


def _ascii_digits(text: str) -> str:
    return "".join(
        str(unicodedata.digit(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in text
    )


FULL_HOUR_RE = re.compile(r"\b(\d{1,2})[:.]00\b")


def _day_and_year(match: re.Match[str]) -> str:
    if match.group(1):
        return f"{match.group(1)} {match.group(3)}"
    return f"{match.group(6)} {match.group(4)}"


def numbers(text: str) -> Counter[str]:
    """The numbers in `text`, separators removed and leading zeros dropped ("01" is "1")."""
    found: Counter[str] = Counter()
    text = DATE_RE.sub(_day_and_year, _ascii_digits(text))
    text = FULL_HOUR_RE.sub(r"\1", text)  # "18:00" is "18 Uhr"
    for match in NUMBER_RE.finditer(text):
        digits = SEPARATORS_RE.sub("", match.group())
        found[digits.lstrip("0") or "0"] += 1
    return found


def number_differences(source: str, translation: str) -> str:
    """'' when both texts carry the same numbers, else a short description of the difference."""
    want, got = numbers(source), numbers(translation)
    if want == got:
        return ""
    missing = sorted((want - got).elements())
    extra = sorted((got - want).elements())
    parts = []
    if missing:
        parts.append(f"missing {missing}")
    if extra:
        parts.append(f"extra {extra}")
    return "; ".join(parts)
