"""CSV downloads that open right in the reader's spreadsheet program.

Where the language writes decimals with a comma (German and most of the city's languages),
spreadsheet programs expect `;` between fields and, for UTF-8, a byte-order mark; numbers are
written the way that language writes them ("1250,5"). English keeps `,` and no mark."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.http import HttpResponse
from django.utils import formats

BOM = "\ufeff"


def csv_dialect(language: str) -> tuple[str, bool]:
    """(delimiter, with byte-order mark) for a language."""
    comma_decimals = formats.get_format("DECIMAL_SEPARATOR", lang=language) == ","
    return (";", True) if comma_decimals else (",", False)


def csv_number(
    value: float | Decimal | int | None, language: str, places: int | None = None
) -> str:
    """A number for a CSV cell, no thousands separator, the language's decimal mark."""
    if value is None:
        return ""
    text = f"{value:.{places}f}" if places is not None else str(value)
    return text.replace(".", ",") if csv_dialect(language)[0] == ";" else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]], language: str) -> str:
    delimiter, bom = csv_dialect(language)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    return (BOM if bom else "") + buffer.getvalue()


def csv_response(
    *, filename: str, header: Sequence[str], rows: Iterable[Sequence[object]], language: str
) -> HttpResponse:
    response = HttpResponse(
        csv_text(header, rows, language), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
