"""Issue 24 on a phone: the city home is short (it was 18,500 px tall with repeated lists)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


def test_city_home_on_a_phone_is_short(browser, site):
    context = browser.new_context(viewport=PHONE, locale="uk-UA")
    page = context.new_page()
    page.goto(f"{site.url}/uk/dortmund/")
    height = page.evaluate("document.documentElement.scrollHeight")
    print(f"city home height on a 390 px phone: {height} px")
    assert height < 3000, height
    context.close()
