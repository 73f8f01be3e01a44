"""Offline reading in headless Chromium: the service worker keeps the pages a newcomer
opened, their own plan and the offices those pages name; with the network switched off they
open with a localised "offline — saved on <date>" note. Other pages are never kept."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

CACHE = "lotse-pages-v1"


def cached_paths(page) -> list[str]:
    return page.evaluate(
        f"caches.open('{CACHE}').then(c => c.keys()).then(ks => ks.map(k => new URL(k.url).pathname))"
    )


def wait_cached(page, path: str) -> None:
    page.wait_for_function(
        f"caches.open('{CACHE}').then(c => c.match('{path}')).then(m => !!m)", polling=100
    )


def stored_plan() -> str:
    """A newcomer's plan, made the way the questionnaire makes it; its private token."""
    from lotse.plans import selectors, services

    profile = selectors.profile_from_data(
        {"city": "dortmund", "citizenship": "IN", "purpose": "work", "in_germany": False}
    )
    return str(services.plan_create(profile=profile).token)


def test_opened_pages_the_plan_and_its_offices_read_offline(browser, site):
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    service = "/de/dortmund/services/residence-registration/"
    page.goto(site.url + service)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.reload()  # now under the service worker's control
    wait_cached(page, service)
    html = page.content()
    offices = re.findall(r'href="(/de/dortmund/offices/[-\w]+/)"', html)
    assert offices
    wait_cached(page, offices[0])
    plan = f"/de/dortmund/plan/{stored_plan()}/"
    page.goto(site.url + plan)
    wait_cached(page, plan)
    # Pages with forms or personal data that are not the person's own plan are never kept.
    page.goto(site.url + "/de/dortmund/plan/")
    page.goto(site.url + "/de/dortmund/appointments/")
    page.goto(site.url + "/de/dortmund/search/?q=Anmeldung")
    page.goto(site.url + service)
    kept = [p for p in cached_paths(page) if not p.startswith("/static/")]
    assert plan in kept and service in kept
    assert all(
        re.fullmatch(r"/de/dortmund/(services/[-\w]+/|offices/[-\w]+/|plan/[-\w]{20,}/)", p)
        for p in kept
    ), kept

    context.set_offline(True)
    for path in (service, plan, offices[0]):
        page.goto(site.url + path)
        note = page.locator("#offline-note")
        assert note.is_visible(), path
        assert re.match(r"Offline – gespeichert am \S", note.inner_text()), note.inner_text()
        assert page.locator("h1").count() == 1
    # The stylesheet came along: the page is styled offline.
    assert page.evaluate("getComputedStyle(document.body).margin") == "0px"
    with pytest.raises(Exception, match="ERR_"):
        page.goto(site.url + "/de/dortmund/services/eu-blue-card/")  # never opened
    context.set_offline(False)
    page.goto(site.url + service)
    assert not page.locator("#offline-note").is_visible()
    context.close()


def test_manifest_and_service_worker_are_served(browser, site):
    context = browser.new_context()
    page = context.new_page()
    page.goto(site.url + "/en/dortmund/")
    href = page.locator("link[rel=manifest]").get_attribute("href")
    manifest = page.request.get(site.url + href).json()
    assert manifest["start_url"] == "/" and manifest["display"] == "standalone"
    worker = page.request.get(site.url + "/sw.js")
    assert worker.status == 200 and "javascript" in worker.headers["content-type"]
    assert page.evaluate("navigator.serviceWorker.ready.then(r => r.active.scriptURL)").endswith(
        "/sw.js"
    )
    context.close()
