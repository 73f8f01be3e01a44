"""Shared test fixtures: the catalog of Dortmund and of the made-up second city, loaded once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_django.plugin import DjangoDbBlocker

MUSTERSTADT = (
    Path(__file__).parent / "lotse" / "catalog" / "tests" / "data" / "cities" / "musterstadt"
)


def load_test_cities() -> None:
    from lotse.catalog.services import catalog_load_city

    catalog_load_city(slug="dortmund")
    catalog_load_city(directory=MUSTERSTADT)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: DjangoDbBlocker) -> Iterator[None]:
    """Every database test starts with Dortmund and Musterstadt loaded (rolled back per test)."""
    with django_db_blocker.unblock():
        load_test_cities()
    yield


def chromium_path() -> str | None:
    import os
    import shutil

    return (
        os.environ.get("LOTSE_CHROMIUM")
        or shutil.which("chromium")
        or shutil.which("chromium-browser")
    )


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright. Skipped locally without Chromium; in CI
    (CI=true) a missing Chromium fails instead of skipping."""
    import os

    path = chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs Chromium for the browser tests (apt-get install chromium)")
        pytest.skip("Chromium is not installed")
    # Playwright's sync API runs an event loop in this thread; Django's ORM refuses that unless told.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=path,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def site(live_server, transactional_db):
    """A live server with Dortmund and Musterstadt loaded (browser tests)."""
    load_test_cities()
    return live_server
