"""Every translated text module carries the same numbers as its German source.

Amounts, dates, periods and § numbers never change in translation (docs/adding-a-language.md);
a translation that drops a sentence with a number, or changes one, fails here.
"""

from __future__ import annotations

import functools
from collections import Counter

import pytest
from django.conf import settings

from lotse.catalog.loader import CityData, read_city_data
from lotse.catalog.textfacts import number_differences, numbers

# Modules whose content is not running text to compare: own-language search words, links.
NOT_COMPARED = {"synonyms", "online_service", "forms"}


@functools.cache
def _dortmund() -> CityData:
    return read_city_data(settings.LOTSE_CITY_DATA_DIR / "dortmund")


def test_numbers_ignore_separators_scripts_and_month_names() -> None:
    """The comparison reads '1.250,00 €' like '1,250.00 €', Arabic-Indic digits like ASCII."""
    assert numbers("1.250,00 € bis 23.07.2027") == numbers("€1,250.00 until 23 July 2027")
    assert numbers("٣٠ يومًا") == Counter({"30": 1})
    assert numbers("1.500 cm³") == Counter({"1500": 1})  # a unit's superscript is no number
    assert number_differences("innerhalb von 14 Tagen", "within 2 weeks") == (
        "missing ['14']; extra ['2']"
    )


@pytest.mark.parametrize("lang", [code for code, _name in settings.LANGUAGES if code != "de"])
def test_service_translations_keep_the_numbers_of_the_german_text(lang: str) -> None:
    problems = []
    for service in _dortmund().services:
        german = service.texts["de"]
        for module, text in service.texts.get(lang, {}).items():
            if module in NOT_COMPARED or module not in german:
                continue
            if diff := number_differences(german[module], text):
                problems.append(f"{service.key} {module} ({lang}): {diff}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", [code for code, _name in settings.LANGUAGES if code != "de"])
def test_office_translations_keep_the_numbers_of_the_german_text(lang: str) -> None:
    problems = []
    for office in _dortmund().offices:
        for field, texts in office.texts.items():
            diff = number_differences(texts["de"], texts[lang]) if lang in texts else ""
            if diff:
                problems.append(f"{office.key} {field}: {diff}")
    assert not problems, "\n".join(problems)
