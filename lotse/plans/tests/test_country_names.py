"""Issue 24: the questionnaire's country list is in the reader's language, in every language."""

from __future__ import annotations

import re

import pytest
from django.conf import settings

from lotse.plans.rulebook import ruleset

pytestmark = pytest.mark.django_db


def test_every_country_has_a_name_in_every_language():
    languages = {code for code, _name in settings.LANGUAGES}
    missing = {
        code: sorted(languages - set(names))
        for code, names in ruleset().country_names.items()
        if languages - set(names)
    }
    assert missing == {}


@pytest.mark.parametrize(
    ("lang", "ukraine", "syria"),
    [("uk", "Україна", "Сирія"), ("tr", "Ukrayna", "Suriye"), ("fa", "اکراین", "سوریه")],
)
def test_questionnaire_lists_countries_in_the_readers_language(client, lang, ukraine, syria):
    html = client.get(f"/{lang}/dortmund/plan/").content.decode()
    select = re.search(r'<select id="citizenship".*?</select>', html, re.S)
    assert select is not None
    options = select.group(0)
    assert f'value="UA">{ukraine}<' in options and f'value="SY">{syria}<' in options
    assert ">Ukraine<" not in options and ">Germany<" not in options
