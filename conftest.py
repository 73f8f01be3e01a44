"""Shared test fixtures: the catalog of Dortmund and of the made-up second city, loaded once."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_django.plugin import DjangoDbBlocker, blocking_manager_key

MUSTERSTADT = (
    Path(__file__).parent / "lotse" / "catalog" / "tests" / "data" / "cities" / "musterstadt"
)


def load_test_cities() -> None:
    from lotse.catalog.services import catalog_load_city

    catalog_load_city(slug="dortmund")
    catalog_load_city(directory=MUSTERSTADT)
    # Loading commits, so the catalog's signal has queued the search index tasks: run them.
    run_search_tasks()


def run_search_tasks() -> int:
    """Do what the task worker does for the search index: run every ready re-index task once.
    Returns how many ran. (Inside a test, which never commits, capture the on-commit callbacks
    first: `django_capture_on_commit_callbacks(execute=True)`.)"""
    from django_tasks_db.models import DBTaskResult

    from lotse.ask.tasks import search_reindex
    from lotse.core.testing import task_worker

    worker = task_worker()
    ready = list(DBTaskResult.objects.ready().filter(task_path=search_reindex.module_path))
    for result in ready:
        result.claim(worker.worker_id)
        worker.run_task(result)
    return len(ready)


@pytest.fixture
def search_tasks():
    """`search_tasks()` runs the queued search re-index tasks like the worker would."""
    return run_search_tasks


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: DjangoDbBlocker) -> Iterator[None]:
    """Every database test starts with Dortmund and Musterstadt loaded (rolled back per test)."""
    with django_db_blocker.unblock():
        load_test_cities()
        # The copy that a flushed database gets back is taken now, before any test changed
        # the schema (the outbox migration test runs core's migrations back and forth, and on
        # SQLite that loses the audit log's delete trigger: a later test would find it gone).
        _cities_snapshot_take()
    yield


def _transactional(item: pytest.Item | None) -> bool | None:
    """Whether a test flushes the database after it (True), runs in a transaction that is
    rolled back (False), or uses no database (None): pytest-django's own reading."""
    if item is None:
        return None
    fixtures = getattr(item, "fixturenames", ())
    marker = item.get_closest_marker("django_db")
    if marker is not None:
        from pytest_django.fixtures import validate_django_db

        transaction, reset_sequences, *_ = validate_django_db(marker)
        if transaction or reset_sequences:
            return True
    if "transactional_db" in fixtures or "live_server" in fixtures:
        return True
    if marker is not None or "db" in fixtures:
        return False
    return None


# Set when a transactional test has flushed the tables (the test cities with them).
_FLUSHED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """A transactional test ends with the tables flushed, the test cities with them. Run one
    after another, pytest-django puts those tests last, so no test that needs the cities comes
    after one; with `pytest -n` a worker runs a file's tests together, and a later file's tests
    would find no city (`pytest_runtest_setup` brings them back)."""
    if _transactional(item):
        item.config.stash[_FLUSHED] = True  # also when its teardown fails half-way
    return (yield)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before a test that needs the test cities in its rolled-back transaction, after a flush:
    bring them back (outside that transaction, which has not begun yet)."""
    if item.config.stash.get(_FLUSHED, False) and _transactional(item) is False:
        from django.db import connection

        from lotse.core.apps import _sqlite_audit_guard

        with item.config.stash[blocking_manager_key].unblock():
            cities_restore_or_load()
            # The flush was let past the audit log's delete guard (`site`, `allow_audit_flush`
            # on SQLite); the tests after it meet the guard again.
            connection.ensure_connection()
            _sqlite_audit_guard(None, connection)
        item.config.stash[_FLUSHED] = False


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


_CITIES_SNAPSHOT: list = []


def _in_memory_sqlite() -> bool:
    from django.db import connection

    name = str(connection.settings_dict["NAME"])
    return connection.vendor == "sqlite" and (name == ":memory:" or "mode=memory" in name)


def _cities_snapshot_take() -> None:
    """Copy the in-memory SQLite test database aside (SQLite's backup API), once."""
    import sqlite3

    from django.db import connection

    if _CITIES_SNAPSHOT or not _in_memory_sqlite():
        return
    connection.ensure_connection()
    snapshot = sqlite3.connect(":memory:", check_same_thread=False)
    connection.connection.backup(snapshot)
    _CITIES_SNAPSHOT.append(snapshot)


def cities_restore_or_load() -> None:
    """Bring Dortmund and Musterstadt back after a transactional test's flush. Loading them
    takes seconds (100 services in 12 languages), so on SQLite's in-memory test database the
    session's load is copied aside with SQLite's backup API and later tests get that copy back:
    the same rows, ids and sequences (and schema) as the session's first load, in a few
    milliseconds."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    if not _in_memory_sqlite():
        load_test_cities()
        return
    connection.ensure_connection()
    if not _CITIES_SNAPSHOT:
        load_test_cities()
        _cities_snapshot_take()
    else:
        _CITIES_SNAPSHOT[0].backup(connection.connection)
    # The flush before this re-created content types with new ids; the copy has the old ones.
    ContentType.objects.clear_cache()


class InFlight:
    """Counts the requests the live server is still answering. On SQLite the server thread shares
    the test's in-memory connection, so flushing the tables while a request (one the browser
    started and then abandoned when its context closed) still reads them fails with "database
    table is locked". The `site` fixture waits for the server to go quiet before the flush."""

    def __init__(self) -> None:
        import threading

        self.count = 0
        self.quiet = threading.Condition()

    def wrap(self, httpd) -> None:
        # Counted per request around the application (a keep-alive connection may stay open
        # idle for long; what must be over before the flush is the view's work).
        if getattr(httpd, "lotse_in_flight", None) is not None:
            return
        application = httpd.get_app()

        def counted(environ, start_response):
            with self.quiet:
                self.count += 1
            try:
                return application(environ, start_response)
            finally:
                self.done()

        httpd.set_app(counted)
        httpd.lotse_in_flight = self

    def done(self) -> None:
        with self.quiet:
            self.count -= 1
            self.quiet.notify_all()

    def wait(self, timeout: float) -> bool:
        with self.quiet:
            return self.quiet.wait_for(lambda: self.count == 0, timeout=timeout)


@pytest.fixture
def site(live_server, transactional_db):
    """A live server with Dortmund and Musterstadt loaded (browser tests). After the test it
    waits (up to 15 s) until the server has answered every request it took."""
    httpd = live_server.thread.httpd
    tracker = getattr(httpd, "lotse_in_flight", None) or InFlight()
    tracker.wrap(httpd)
    cities_restore_or_load()
    yield live_server
    if not tracker.wait(15):
        # A request that outlives the test by this long (e.g. a long poll the closed page left
        # behind) is not the test's failure; the flush below may still meet it.
        warnings.warn("the live server still answers a request 15 s after the test", stacklevel=1)
    # Staff actions in the browser write audit events; the audit table is append-only, so let
    # the test runner's flush empty it (SQLite; PostgreSQL's flush truncates).
    from django.db import connection

    if connection.vendor == "sqlite":
        connection.ensure_connection()
        connection.connection.create_function("lotse_audit_maintenance", 0, lambda: 1)
