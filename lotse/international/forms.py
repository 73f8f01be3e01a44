"""Forms of the staff page: they only parse input; the rules live in services.py."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.utils import formats
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def parse_number(text: str, language: str) -> Decimal:
    """A number as people type it in their language: "1.250" and "1.250,5" in German (a dot
    groups thousands, a comma marks decimals), "1,250.5" in English. A lone German dot followed
    by one or two digits ("12.5") is read as a decimal point, as typed on an English keyboard.
    Raises ValueError for anything else."""
    value = re.sub(r"[\s\u00a0\u202f']", "", text or "")
    comma_decimals = formats.get_format("DECIMAL_SEPARATOR", lang=language) == ","
    group, decimal = (".", ",") if comma_decimals else (",", ".")
    if comma_decimals and decimal not in value and re.fullmatch(r"-?\d+\.\d{1,2}", value):
        group, decimal = ",", "."
    if group in value and not re.fullmatch(
        rf"-?\d{{1,3}}(?:{re.escape(group)}\d{{3}})+(?:{re.escape(decimal)}\d+)?", value
    ):
        raise ValueError(text)
    value = value.replace(group, "").replace(decimal, ".")
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", value):
        raise ValueError(text)
    try:
        return Decimal(value)
    except InvalidOperation as exc:
        raise ValueError(text) from exc


class LocalizedDecimalField(forms.CharField):
    """A decimal typed the way the page's language writes numbers (see `parse_number`)."""

    default_error_messages = {
        "invalid": _("Enter a number, for example 1.250 or 1.250,50."),
        "too_long": _("Enter at most 12 digits before and 2 after the decimal mark."),
    }

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal"}))
        super().__init__(**kwargs)  # type: ignore[arg-type]

    def to_python(self, value: object) -> Decimal | None:  # type: ignore[override]
        text = super().to_python(value)
        if not text:
            return None
        try:
            number = parse_number(text, get_language() or "de")
        except ValueError as exc:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from exc
        _sign, digits, exponent = number.as_tuple()
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        if places > 2 or len(digits) - places > 12:
            raise forms.ValidationError(self.error_messages["too_long"], code="too_long")
        return number


class MeasurementForm(forms.Form):
    goal = forms.TypedChoiceField(label=_("Goal"), coerce=int)
    date = forms.DateField(
        label=_("Date of the measurement"), widget=forms.DateInput(attrs={"type": "date"})
    )
    value = LocalizedDecimalField(label=_("Value"))
    note = forms.CharField(label=_("Note (optional)"), max_length=300, required=False)

    def __init__(self, *args: object, goals: list[tuple[int, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["goal"].choices = goals  # type: ignore[attr-defined]
