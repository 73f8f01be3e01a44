"""Read-aloud button in headless Chromium: hidden without a voice for the page language; with
one, it reads the main content and phone numbers digit by digit."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# A stand-in for the browser's speech synthesis: the voices we pretend to have, and a record
# of what would be spoken.
FAKE_SPEECH = """
(() => {
  const voices = %s;
  window.__spoken = [];
  const synth = {
    speaking: false,
    getVoices: () => voices.map((lang) => ({ lang: lang, name: lang })),
    speak(u) { this.speaking = true; window.__spoken.push({ text: u.text, lang: u.lang }); },
    cancel() { this.speaking = false; },
    addEventListener() {},
    onvoiceschanged: null,
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = function (text) { this.text = text; };
})();
"""


def _page(browser, voices: list[str]):
    context = browser.new_context()
    context.add_init_script(FAKE_SPEECH % voices)
    return context, context.new_page()


def test_button_stays_hidden_without_a_voice_for_the_language(browser, site):
    context, page = _page(browser, ["en-GB"])
    page.goto(site.url + "/ar/dortmund/offices/migration-office/")
    assert page.locator("[data-read-aloud]").is_hidden()
    context.close()


def test_button_reads_the_main_content_and_phone_numbers_digit_by_digit(browser, site):
    context, page = _page(browser, ["de-DE", "en-US"])
    page.goto(site.url + "/de/dortmund/offices/migration-office/")
    button = page.locator("[data-read-aloud]")
    assert button.is_visible()
    button.click()
    spoken = page.evaluate("window.__spoken")
    texts = [item["text"] for item in spoken]
    heading = page.locator("h1").inner_text()
    assert texts[0] == heading
    phone = page.locator("#main a[href^='tel:']").first.get_attribute("href") or ""
    digits = " ".join(ch for ch in phone if ch.isdigit())
    assert phone.startswith("tel:") and len(digits) > 10
    assert any(digits in text for text in texts), texts
    # The button itself, the breadcrumbs and the list of sources are not read.
    assert not any("Vorlesen" in text for text in texts)
    assert page.locator("[data-read-aloud]").get_attribute("aria-pressed") == "true"
    context.close()
