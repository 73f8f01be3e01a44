"""Forms of the staff page: they only parse input; the rules live in services.py."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class MeasurementForm(forms.Form):
    goal = forms.TypedChoiceField(label=_("Goal"), coerce=int)
    date = forms.DateField(
        label=_("Date of the measurement"), widget=forms.DateInput(attrs={"type": "date"})
    )
    value = forms.DecimalField(label=_("Value"), max_digits=14, decimal_places=2)
    note = forms.CharField(label=_("Note (optional)"), max_length=300, required=False)

    def __init__(self, *args: object, goals: list[tuple[int, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["goal"].choices = goals  # type: ignore[attr-defined]
