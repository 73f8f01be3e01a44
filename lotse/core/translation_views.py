"""Back-office pages of the translation workflow: coverage per model and language, and the
XLIFF round trip (download a language's missing and outdated texts, upload them translated).

Reached under /admin/translations/ behind the admin login; export and import need the
`catalog.edit` permission for the city (`lotse.core.permissions.can`).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from lotse.core.languages import city_languages, language_name_in_reader
from lotse.core.models import City
from lotse.core.permissions import can, cities_for, staff_profile
from lotse.core.translation import STATUSES, TranslationStatus, translation_coverage_all
from lotse.core.xliff import XliffError, xliff_export, xliff_import

MAX_UPLOAD_BYTES = 20 * 1024 * 1024


def _translation_languages(city: City) -> list[tuple[str, str]]:
    offered = set(city_languages(city))
    return [(c, n) for c, n in settings.LANGUAGES if c in offered and c != city.source_language]


def _editable_city(request: HttpRequest, slug: str) -> City:
    """The city, if this account may edit its texts; one answer (404) for missing or not yours."""
    city = City.objects.filter(slug=slug).first()
    if city is None or not can(request.user, "catalog.edit", city):
        raise Http404("No such city among yours.")
    return city


def model_labels() -> dict[str, str]:
    return {
        "service texts": _("Texts of the services"),
        "office texts": _("Texts of the offices"),
        "international texts": _("Texts of the international pages"),
    }


@require_GET
def coverage(request: HttpRequest) -> HttpResponse:
    """Per city, model and language: how many texts a person reviewed, how many are only
    machine-assisted, outdated or missing (the account's own cities; every city for a
    platform superuser without a staff profile)."""
    cities = City.objects.order_by("slug")
    if not (request.user.is_superuser and staff_profile(request.user) is None):
        cities = cities.filter(pk__in=cities_for(request.user))
    language = get_language() or settings.LANGUAGE_CODE
    labels = model_labels()
    statuses = {status.value: str(status.label) for status in TranslationStatus}
    context: dict[str, Any] = {
        **admin.site.each_context(request),
        "title": _("Translation coverage"),
        "cities": [
            {
                "city": city,
                "city_name": city.name(language),
                "models": [
                    {
                        "label": labels.get(m.label, m.label),
                        "note": m.note,
                        "languages": [
                            {
                                "c": c,
                                "name": language_name_in_reader(c.language),
                                "counts": [c.count(s) for s in STATUSES],
                            }
                            for c in m.languages
                        ],
                    }
                    for m in translation_coverage_all(city=city)
                ],
                "editable": can(request.user, "catalog.edit", city),
                "languages": [
                    (code, language_name_in_reader(code))
                    for code, _name in _translation_languages(city)
                ],
            }
            for city in cities
        ],
        "statuses": [statuses[s] for s in STATUSES],
    }
    return render(request, "admin/translations/coverage.html", context)


@require_GET
def export(request: HttpRequest, city: str, lang: str) -> HttpResponse:
    city_obj = _editable_city(request, city)
    try:
        data, _count = xliff_export(city=city_obj, language=lang)
    except XliffError as exc:
        raise Http404(exc.errors[0]) from exc
    response = HttpResponse(data, content_type="application/x-xliff+xml; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{city_obj.slug}-{lang}.xlf"'
    response["Cache-Control"] = "no-store"
    return response


class ImportForm(forms.Form):
    language = forms.ChoiceField(choices=())
    file = forms.FileField()

    def __init__(self, *args: Any, city: City, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = _translation_languages(city)  # type: ignore[attr-defined]


@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest, city: str) -> HttpResponse:
    city_obj = _editable_city(request, city)
    form = ImportForm(request.POST or None, request.FILES or None, city=city_obj)
    errors: list[str] = []
    result = None
    status = 200
    if request.method == "POST" and form.is_valid():
        upload_file = form.cleaned_data["file"]
        if upload_file.size > MAX_UPLOAD_BYTES:
            errors = [f"file: larger than {MAX_UPLOAD_BYTES} bytes"]
        else:
            try:
                result = xliff_import(
                    data=upload_file.read(),
                    city=city_obj,
                    language=form.cleaned_data["language"],
                    user=request.user,
                    may_review=lambda c: can(request.user, "translation.review", c),
                )
            except XliffError as exc:
                errors = exc.errors
        if errors:
            status = 400
    elif request.method == "POST":
        status = 400
    context: dict[str, Any] = {
        **admin.site.each_context(request),
        "title": f"Import translations: {city_obj.slug}",
        "city": city_obj,
        "form": form,
        "errors": errors,
        "result": result,
    }
    return render(request, "admin/translations/import.html", context, status=status)
