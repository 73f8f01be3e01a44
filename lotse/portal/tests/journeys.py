"""Helpers of the phone journeys (issue 24): a meter of taps and bytes, and the checks every page
of a journey gets (axe-core, no sideways scrolling, no English left in the body).

The meter counts what the person does, not what the test checks: a tap is a click (a link, a
button, a radio or checkbox) or one choice from a select list; following a link from the mail
is counted by `Meter.tap_outside()`. Bytes are the bodies of every response that came over the
network (HTML, CSS, JS, images, fonts, API answers), uncompressed as the live server sends them (the
design budget is "under 60 KB before compression"). `make bench-journeys` prints the table.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from axe_playwright_python.sync_playwright import Axe

PHONE = {"width": 390, "height": 844}
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Where `make bench-journeys` collects the journeys' figures (one JSON line per journey).
TABLE_ENV = "LOTSE_JOURNEY_TABLE"

# Counts clicks and select choices in the page and reports them to Python. Injected by the
# browser itself (not an inline script, so the pages' CSP is not involved).
_TAP_SCRIPT = """
document.addEventListener("click", (event) => {
  if (event.isTrusted) { window.lotseTap("click"); }
}, true);
document.addEventListener("change", (event) => {
  if (event.target && event.target.tagName === "SELECT") { window.lotseTap("select"); }
}, true);
"""

# The kind of a response by its content type (a page's requests may be answered by the service
# worker, whose own network requests are typed "fetch" whatever they fetch).
KINDS = [
    ("text/html", "html"),
    ("text/css", "css"),
    ("javascript", "js"),
    ("image/", "images"),
    ("font", "fonts"),
    ("json", "api"),
]


@dataclass
class Meter:
    """Taps and bytes of one journey in one browser context."""

    name: str
    taps: int = 0
    paused: bool = False
    requests: list[Any] = field(default_factory=list)
    pages: int = 0

    def attach(self, context) -> None:
        context.expose_binding("lotseTap", lambda _source, _kind: self._tap())
        context.add_init_script(_TAP_SCRIPT)
        context.on("requestfinished", self._finished)

    def _tap(self) -> None:
        if not self.paused:
            self.taps += 1

    def _finished(self, request) -> None:
        if self.paused:
            return
        self.requests.append(request)
        if request.resource_type == "document":
            self.pages += 1

    def tap_outside(self) -> None:
        """A tap outside the page: the link in the mail."""
        self._tap()

    @contextmanager
    def aside(self) -> Iterator[None]:
        """What the test checks on the way (reloads, visits) is not part of the journey."""
        self.paused = True
        try:
            yield
        finally:
            self.paused = False

    def bytes_by_kind(self) -> dict[str, int]:
        """Bytes that came over the network: an answer the service worker gave the page is not
        counted again (the worker's own request for it is)."""
        totals: dict[str, int] = {}
        for request in self.requests:
            try:
                response = request.response()
                served = response is not None and not response.from_service_worker
                size = request.sizes()["responseBodySize"] if served else 0
                content_type = response.headers.get("content-type", "") if served else ""
            except Exception:  # a request the browser dropped has no sizes
                size, content_type = 0, ""
            if not size:
                continue
            kind = next((k for key, k in KINDS if key in content_type), "other")
            totals[kind] = totals.get(kind, 0) + max(size, 0)
        return totals

    def row(self) -> dict[str, Any]:
        kinds = self.bytes_by_kind()
        return {
            "journey": self.name,
            "taps": self.taps,
            "pages": self.pages,
            "bytes": sum(kinds.values()),
            **{f"bytes_{k}": v for k, v in sorted(kinds.items())},
        }

    def report(self) -> None:
        """Append this journey's row to the bench table file, when the bench asked for one."""
        target = os.environ.get(TABLE_ENV)
        if target:
            with Path(target).open("a", encoding="utf-8") as out:
                out.write(json.dumps(self.row()) + "\n")


def phone_context(browser, *, locale: str, meter: Meter | None = None):
    context = browser.new_context(viewport=PHONE, locale=locale)
    if meter is not None:
        meter.attach(context)
    return context


def serious(page) -> list[str]:
    """axe-core's serious and critical WCAG 2.1 AA findings on the page."""
    results = Axe().run(page, options={"runOnly": WCAG})
    return [
        f"{v['id']} {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def no_sideways_scroll(page) -> None:
    width = page.evaluate("document.scrollingElement.scrollWidth")
    client = page.evaluate("document.scrollingElement.clientWidth")
    assert width <= client, f"{page.url}: {width} px wide in {client} px"


def english_interface_strings(language: str) -> list[str]:
    """The English msgids of the interface that have a different translation in `language`
    (two words or more, no placeholders): none of them may show on a page in that language."""
    from django.utils.translation import trans_real

    catalog = trans_real.translation(language)._catalog  # type: ignore[attr-defined]
    found = []
    for msgid, text in catalog.items():
        if not isinstance(msgid, str) or not isinstance(text, str):
            continue  # plural forms are keyed (msgid, n)
        if "%" in msgid or "{" in msgid or "\x04" in msgid or text == msgid:
            continue
        if len(re.findall(r"[A-Za-z]{2,}", msgid)) >= 2:
            found.append(msgid)
    return found


# Words of English running text; a page in another language that shows one of them (as a whole
# word) has English left in it. (Names such as "Welcome Center" hold none of them.)
ENGLISH_WORDS = ["the", "your", "you", "and", "please", "with", "this", "book", "appointment"]


def english_on_page(page, language: str) -> list[str]:
    """English interface strings and English words in the visible body of the page. Left out:
    the list of sources (the sources' own titles) and the "not confirmed" notes, which are kept
    in English on purpose and marked so (`lang="en"`, decision in `_uncertain.html`)."""
    text = page.evaluate(
        """() => {
          const body = document.body.cloneNode(true);
          body.querySelectorAll('script, style, [hidden], .sources, .uncertain [lang="en"], .basis [lang="en"]')
            .forEach((el) => el.remove());
          return body.textContent;
        }"""
    )
    found = [s for s in english_interface_strings(language) if s in text]
    words = [w for w in ENGLISH_WORDS if re.search(rf"(?<![\w-]){w}(?![\w-])", text, re.IGNORECASE)]
    return found + words
