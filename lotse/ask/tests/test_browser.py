"""The search page in headless Chromium: as-you-type with JavaScript, form submit without."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_results_update_as_you_type_with_javascript(site, page):
    page.goto(site.url + "/en/dortmund/search/")
    page.fill("#ask-q", "driving licence conversion")
    link = page.locator("#ask-results a[href='/en/dortmund/services/driving-licence-conversion/']")
    link.first.wait_for(timeout=10_000)
    assert "search/" in page.url  # no navigation happened: the results came from the API
    assert page.locator("#ask-results a").count() >= 1


def test_plain_form_submit_works_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(site.url + "/en/dortmund/")
        page.fill("#top-q", "register my address")
        page.click(".ask-top button[type=submit]")
        page.wait_for_load_state()
        assert "/en/dortmund/search/?q=register" in page.url
        assert page.locator("a[href='/en/dortmund/services/residence-registration/']").count() >= 1
        assert page.locator("#ask-talk").is_visible()
    finally:
        context.close()
