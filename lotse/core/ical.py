"""Writing iCalendar (RFC 5545) values safely: every TEXT value, parameter and URI goes through
here, so no text a person typed can end a content line and start its own (an extra ATTENDEE,
a changed ORGANIZER …)."""

from __future__ import annotations

import re
from urllib.parse import quote

MAX_OCTETS = 75
# Controls RFC 5545 forbids in TEXT and quoted parameters (HTAB is allowed); line and paragraph
# separators would show as line breaks in some clients.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_NEWLINES = re.compile("\r\n|\r|\n")


def text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, any line break as
    the two characters `\\n`, other control characters dropped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = _NEWLINES.sub("\\\\n", value)
    return _CONTROLS.sub("", value)


def param(value: str) -> str:
    """A parameter value, always quoted; `^`, line breaks and `"` caret-encoded (RFC 6868),
    control characters dropped."""
    value = value.replace("^", "^^")
    value = _NEWLINES.sub("^n", value)
    value = value.replace('"', "^'")
    return '"' + _CONTROLS.sub("", value) + '"'


def uri(value: str) -> str:
    """A URI or CAL-ADDRESS value: controls, spaces, quotes and non-ASCII percent-encoded."""
    return quote(value, safe=":/?#[]@!$&'()*+,;=%-._~")


def fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    if len(line.encode("utf-8")) <= MAX_OCTETS:
        return line
    parts: list[str] = []
    current = b""
    limit = MAX_OCTETS
    for char in line:
        piece = char.encode("utf-8")
        if len(current) + len(piece) > limit:
            parts.append(current.decode("utf-8"))
            current = b""
            limit = MAX_OCTETS - 1  # continuation lines start with one space
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def lines_to_text(lines: list[str]) -> str:
    """The calendar file: every content line folded and ended with CRLF."""
    return "".join(fold(line) + "\r\n" for line in lines)
