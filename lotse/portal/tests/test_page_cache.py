"""Public pages and catalog API reads from the shared cache: hits, 304s, exact invalidation,
and personal pages that are never stored (lotse.core.pagecache, lotse.portal.invalidation)."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from lotse.catalog.models import Office, Service
from lotse.catalog.services import office_text_update, service_text_update
from lotse.core.pagecache import city_generation
from lotse.plans.tests.test_views import make_plan

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """The test settings leave the page cache off (query-count tests count the views)."""
    settings.LOTSE_PAGE_CACHE_ENABLED = True


SERVICE = "/en/dortmund/services/residence-registration/"
OFFICE = "/en/dortmund/offices/migration-office/"
API = "/api/v1/cities/dortmund/services/residence-registration?lang=en"


def test_second_anonymous_get_is_a_hit_with_the_same_page_and_validators(client):
    first = client.get(SERVICE)
    assert first.status_code == 200 and first["X-Lotse-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get(SERVICE)
    assert second["X-Lotse-Cache"] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"] and second["Last-Modified"] == first["Last-Modified"]
    assert "must-revalidate" in second["Cache-Control"] and "public" in second["Cache-Control"]
    # A hit reads the city's generation and the page, in one round trip: nothing of the
    # catalog.
    sql = [q["sql"] for q in queries.captured_queries]
    assert len(sql) == 1, sql
    assert "lotse:page-gen:dortmund" in sql[0] and "lotse:page:dortmund:" in sql[0]


def test_a_renewal_by_another_process_is_visible_on_the_next_request(
    client, monkeypatch, django_capture_on_commit_callbacks
):
    """The generation this process read last is only a guess for the combined read: after
    another process renewed it, the page of the new generation is rendered and served."""
    from lotse.core import pagecache

    client.get(SERVICE)
    assert client.get(SERVICE)["X-Lotse-Cache"] == "hit"
    old = city_generation("dortmund")
    service = Service.objects.get(city__slug="dortmund", key="residence-registration")
    with django_capture_on_commit_callbacks(execute=True):
        service_text_update(
            service=service, module="name", language="en", text="Renewed by another process"
        )
    assert city_generation("dortmund") != old
    # This process still remembers the old generation, as one that did not publish would.
    monkeypatch.setitem(pagecache._last_generations, "dortmund", old)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(SERVICE)
    assert page["X-Lotse-Cache"] == "miss"
    assert "Renewed by another process" in page.content.decode()
    # The wrong guess costs a second read of the page under the generation just read.
    reads = [q["sql"] for q in queries.captured_queries if "lotse_cache" in q["sql"]]
    assert len(reads) >= 2 and "lotse:page-gen:dortmund" in reads[0]
    with CaptureQueriesContext(connection) as queries:
        assert client.get(SERVICE)["X-Lotse-Cache"] == "hit"
    assert len(queries) == 1


def test_an_evicted_generation_is_never_guessed_back(client, monkeypatch):
    """A lost generation becomes a new token: the page kept under the remembered (old) one is
    not served."""
    from lotse.core import pagecache

    client.get(SERVICE)
    old = city_generation("dortmund")
    cache.delete("lotse:page-gen:dortmund")
    monkeypatch.setitem(pagecache._last_generations, "dortmund", old)
    assert client.get(SERVICE)["X-Lotse-Cache"] == "miss"
    assert city_generation("dortmund") != old


@pytest.mark.parametrize("path", [SERVICE, OFFICE, "/de/dortmund/", API])
def test_conditional_requests_get_304_without_a_body(client, path):
    first = client.get(path)
    again = client.get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == first["ETag"]
    since = client.get(path, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304
    other = client.get(path, HTTP_IF_NONE_MATCH='"something-else"')
    assert other.status_code == 200 and other.content == first.content


def test_language_and_query_are_part_of_the_key(client):
    english = client.get("/api/v1/cities/dortmund/services/residence-registration?lang=en")
    german = client.get("/api/v1/cities/dortmund/services/residence-registration?lang=de")
    assert german["X-Lotse-Cache"] == "miss"
    assert english.json()["lang"] == "en" and german.json()["lang"] == "de"
    assert client.get("/de" + SERVICE[3:])["X-Lotse-Cache"] == "miss"


def test_a_published_text_is_visible_on_the_next_request(
    client, django_capture_on_commit_callbacks
):
    client.get(SERVICE)
    client.get(API)
    assert client.get(SERVICE)["X-Lotse-Cache"] == "hit"
    service = Service.objects.get(city__slug="dortmund", key="residence-registration")
    with django_capture_on_commit_callbacks(execute=True):
        service_text_update(
            service=service, module="name", language="en", text="Register where you live (new)"
        )
    page = client.get(SERVICE)
    assert page["X-Lotse-Cache"] == "miss"
    assert "Register where you live (new)" in page.content.decode()
    assert client.get(API).json()["title"]["en"] == "Register where you live (new)"


def test_an_office_change_is_visible_on_the_next_request(
    client, django_capture_on_commit_callbacks
):
    client.get(OFFICE)
    office = Office.objects.get(city__slug="dortmund", key="migration-office")
    with django_capture_on_commit_callbacks(execute=True):
        office.phone = "+49 231 99999-0"
        office.save(update_fields=["phone"])
    assert "+49 231 99999-0" in client.get(OFFICE).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        office_text_update(office=office, field="name", language="en", text="Migration Office X")
    assert "Migration Office X" in client.get(OFFICE).content.decode()


def test_a_change_renews_only_its_own_city(client, django_capture_on_commit_callbacks):
    musterstadt = "/en/musterstadt/services/residence-registration/"
    client.get(SERVICE)
    client.get(musterstadt)
    dortmund_before = city_generation("dortmund")
    service = Service.objects.get(city__slug="musterstadt", key="residence-registration")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        service_text_update(service=service, module="name", language="en", text="Changed")
        service_text_update(service=service, module="name", language="de", text="Geändert")
    assert city_generation("dortmund") == dortmund_before
    assert client.get(SERVICE)["X-Lotse-Cache"] == "hit"
    assert client.get(musterstadt)["X-Lotse-Cache"] == "miss"
    # Only that city is renewed (by its saved rows and by the catalog's change signal).
    assert {c.lotse_city for c in callbacks if hasattr(c, "lotse_city")} == {"musterstadt"}


def test_a_rolled_back_change_keeps_the_cached_pages(client):
    from django.db import transaction

    client.get(SERVICE)
    before = city_generation("dortmund")
    service = Service.objects.get(city__slug="dortmund", key="residence-registration")
    with pytest.raises(RuntimeError), transaction.atomic():
        service_text_update(service=service, module="name", language="en", text="Rolled back")
        raise RuntimeError
    assert city_generation("dortmund") == before
    assert client.get(SERVICE)["X-Lotse-Cache"] == "hit"


def test_the_personal_plan_page_is_never_cached(client):
    plan, url = make_plan(client)
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        assert "X-Lotse-Cache" not in response
        assert "public" not in response.get("Cache-Control", "")
    stored = Client().get(url)  # another visitor: rendered by the view again, never from cache
    assert "X-Lotse-Cache" not in stored
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM lotse_cache")
        keys = [row[0] for row in cursor.fetchall()]
    assert not any(plan.token in key or "/plan/" in key for key in keys)


@pytest.mark.parametrize(
    "path",
    [
        "/en/dortmund/plan/",  # a form with a CSRF token
        "/en/dortmund/search/?q=anmelden",
        "/api/v1/cities/dortmund/appointment-types",
        "/en/dortmund/international/staff/",
    ],
)
def test_forms_search_and_other_pages_are_not_cached(client, path):
    client.get(path)
    assert "X-Lotse-Cache" not in client.get(path)


def test_a_signed_in_visitor_gets_the_view_not_the_cache(client, django_user_model):
    client.get(SERVICE)  # cached for anonymous visitors
    user = django_user_model.objects.create_user("editor", password="pw-12345-x", is_staff=True)
    client.force_login(user)
    response = client.get(SERVICE)
    assert response.status_code == 200 and "X-Lotse-Cache" not in response


def test_a_response_that_sets_a_cookie_is_not_stored(client, settings):
    from lotse.core.pagecache import PublicPageCacheMiddleware

    def view(request):
        from django.http import HttpResponse

        response = HttpResponse("secret")
        response.set_cookie("sessionid", "abc")
        return response

    from django.test import RequestFactory

    middleware = PublicPageCacheMiddleware(view)
    request = RequestFactory().get(SERVICE)
    first = middleware(request)
    assert first.cookies and "X-Lotse-Cache" not in first
    assert "X-Lotse-Cache" not in middleware(RequestFactory().get(SERVICE))
    assert cache.get("never-stored") is None


def test_an_import_renews_exactly_the_imported_city(client, django_capture_on_commit_callbacks):
    from conftest import MUSTERSTADT
    from lotse.catalog.services import catalog_load_city

    client.get(SERVICE)
    dortmund, musterstadt = city_generation("dortmund"), city_generation("musterstadt")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        catalog_load_city(directory=MUSTERSTADT)
    assert city_generation("musterstadt") != musterstadt
    assert city_generation("dortmund") == dortmund
    assert client.get(SERVICE)["X-Lotse-Cache"] == "hit"
    # Hundreds of rows written: at most one renewal for the rows, one for the change signal.
    renewals = [c.lotse_city for c in callbacks if hasattr(c, "lotse_city")]
    assert set(renewals) == {"musterstadt"} and len(renewals) <= 2


# --- The catalog content of a page is read once per change, also for visitors with a session ---

UNCACHED = {"HTTP_COOKIE": "sessionid=not-a-session"}


def test_a_visitor_with_a_session_gets_the_view_but_not_the_catalog_queries_again(client):
    client.get(SERVICE, **UNCACHED)  # reads the catalog and keeps the service's content
    with CaptureQueriesContext(connection) as queries:
        page = client.get(SERVICE, **UNCACHED)
    assert "X-Lotse-Cache" not in page  # the view answered, not the page cache
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "catalog_servicetext" not in tables and "catalog_responsibility" not in tables
    assert len(queries) <= 8, [q["sql"] for q in queries.captured_queries]


def test_the_kept_content_follows_a_published_text(client, django_capture_on_commit_callbacks):
    assert "Register where you live (new)" not in client.get(SERVICE, **UNCACHED).content.decode()
    service = Service.objects.get(city__slug="dortmund", key="residence-registration")
    with django_capture_on_commit_callbacks(execute=True):
        service_text_update(
            service=service, module="name", language="en", text="Register where you live (new)"
        )
    assert "Register where you live (new)" in client.get(SERVICE, **UNCACHED).content.decode()


def test_city_memo_computes_once_per_generation(django_capture_on_commit_callbacks):
    from lotse.core.pagecache import city_memo, public_pages_changed

    calls = []

    def compute() -> str:
        calls.append(1)
        return f"value {len(calls)}"

    assert city_memo("dortmund", "test:one", compute) == "value 1"
    assert city_memo("dortmund", "test:one", compute) == "value 1"
    assert city_memo("dortmund", "test:other", compute) == "value 2"
    with django_capture_on_commit_callbacks(execute=True):
        public_pages_changed(city="dortmund")
    assert city_memo("dortmund", "test:one", compute) == "value 3"


def test_city_memo_reads_the_generation_and_the_value_in_one_round_trip():
    from lotse.core.pagecache import city_memo

    assert city_memo("dortmund", "test:round-trip", lambda: "kept") == "kept"
    with CaptureQueriesContext(connection) as queries:
        assert city_memo("dortmund", "test:round-trip", lambda: "computed again") == "kept"
    sql = [q["sql"] for q in queries.captured_queries]
    assert len(sql) == 1 and "lotse:page-gen:dortmund" in sql[0], sql


def test_city_memo_follows_a_renewal_by_another_process(
    monkeypatch, django_capture_on_commit_callbacks
):
    from lotse.core import pagecache

    assert pagecache.city_memo("dortmund", "test:other-process", lambda: "old") == "old"
    old = city_generation("dortmund")
    with django_capture_on_commit_callbacks(execute=True):
        pagecache.public_pages_changed(city="dortmund")
    monkeypatch.setitem(pagecache._last_generations, "dortmund", old)
    assert pagecache.city_memo("dortmund", "test:other-process", lambda: "new") == "new"
    assert pagecache.city_memo("dortmund", "test:other-process", lambda: "newer") == "new"


def test_city_memo_computes_when_the_cache_fails(monkeypatch):
    from lotse.core import pagecache

    def broken() -> None:
        raise ConnectionError("cache down")

    monkeypatch.setattr(pagecache, "_cache", broken)
    assert pagecache.city_memo("dortmund", "test:down", lambda: 42) == 42


def test_a_change_prepares_the_new_content_ahead_of_the_first_visitor(
    client, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    from lotse.core.testing import task_worker
    from lotse.portal.tasks import warm_public_pages, warm_public_pages_in

    service = Service.objects.get(city__slug="dortmund", key="residence-registration")
    with django_capture_on_commit_callbacks(execute=True):
        service_text_update(service=service, module="name", language="uk", text="Реєстрація (нове)")
    queued = list(DBTaskResult.objects.ready().filter(task_path=warm_public_pages.module_path))
    assert queued  # (the row save and the catalog's change signal may each ask for one)
    worker = task_worker()
    queued_languages = []
    for result in queued:
        result.claim(worker.worker_id)
        worker.run_task(result)
        result.refresh_from_db()
        queued_languages.append(result.return_value)
    # The first run queues one task per language; a second one for the same generation finds
    # the work claimed.
    assert sorted(queued_languages, reverse=True) == [12, *[0] * (len(queued) - 1)]
    per_language = list(
        DBTaskResult.objects.ready().filter(task_path=warm_public_pages_in.module_path)
    )
    assert len(per_language) == 12
    prepared = []
    for result in per_language:
        result.claim(worker.worker_id)
        worker.run_task(result)
        result.refresh_from_db()
        prepared.append(result.return_value)
    assert prepared == [Service.objects.filter(city=service.city).count()] * 12
    # The first visitor after the change reads no catalog text: it was prepared.
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/uk/dortmund/services/residence-registration/", **UNCACHED)
    assert "Реєстрація (нове)" in page.content.decode()
    assert "catalog_servicetext" not in " ".join(q["sql"] for q in queries.captured_queries)


def test_the_kept_page_body_follows_a_change_and_its_language(
    client, django_capture_on_commit_callbacks
):
    before = client.get(SERVICE, **UNCACHED).content.decode()
    german = client.get("/de" + SERVICE[3:], **UNCACHED).content.decode()
    assert "Bring your lease (changed)" not in before
    service = Service.objects.get(city__slug="dortmund", key="residence-registration")
    with django_capture_on_commit_callbacks(execute=True):
        service_text_update(
            service=service, module="body", language="en", text="Bring your lease (changed)."
        )
    after = client.get(SERVICE, **UNCACHED).content.decode()
    assert "Bring your lease (changed)." in after
    assert german != after and 'lang="de"' in german
    # Within one generation the body is rendered once: a second view reads it whole.
    with CaptureQueriesContext(connection) as queries:
        again = client.get(SERVICE, **UNCACHED).content.decode()
    assert again.count("Bring your lease (changed).") == after.count("Bring your lease (changed).")
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "catalog_servicetext" not in tables and "catalog_source" not in tables


def test_warm_pages_stores_pages_so_the_first_visitor_gets_a_hit(client):
    from lotse.core.pagecache import warm_pages

    paths = [SERVICE, OFFICE, "/de/dortmund/services/"]
    assert warm_pages("dortmund", paths) == 3
    for path in paths:
        page = client.get(path)
        assert page.status_code == 200 and page["X-Lotse-Cache"] == "hit", path
    assert "residence-registration" in client.get("/de/dortmund/services/").content.decode()
    # Already stored: nothing is rendered again. A path of another city is left alone.
    assert warm_pages("dortmund", [SERVICE, "/en/unknown-city/services/"]) == 0


def test_warm_pages_stops_when_the_city_changes_again(
    client, monkeypatch, django_capture_on_commit_callbacks
):
    from lotse.core import pagecache

    service = Service.objects.get(city__slug="dortmund", key="residence-registration")
    real = pagecache._read_generation
    reads = []

    def changing(city):
        # After the first page, an editor publishes: the warm-up must not go on storing.
        reads.append(city)
        if len(reads) == 3:
            with django_capture_on_commit_callbacks(execute=True):
                service_text_update(
                    service=service, module="name", language="en", text="Changed meanwhile"
                )
        return real(city)

    monkeypatch.setattr(pagecache, "_read_generation", changing)
    assert pagecache.warm_pages("dortmund", [OFFICE, SERVICE]) == 1
    monkeypatch.setattr(pagecache, "_read_generation", real)
    page = client.get(SERVICE)
    assert page["X-Lotse-Cache"] == "miss" and "Changed meanwhile" in page.content.decode()


def test_the_task_worker_warms_every_page_after_a_change(
    client, settings, django_capture_on_commit_callbacks
):
    from lotse.core.pagecache import city_generation
    from lotse.portal import tasks

    settings.LOTSE_PAGE_WARM = True
    service = Service.objects.get(city__slug="dortmund", key="residence-registration")
    with django_capture_on_commit_callbacks(execute=True):
        service_text_update(service=service, module="name", language="en", text="Warmed title")
    tasks.warm_public_pages_in.func(
        city_slug="dortmund", language="en", generation=city_generation("dortmund")
    )
    page = client.get(SERVICE)
    assert page["X-Lotse-Cache"] == "hit" and "Warmed title" in page.content.decode()
    assert client.get(OFFICE)["X-Lotse-Cache"] == "hit"
    assert client.get("/de" + SERVICE[3:])["X-Lotse-Cache"] == "miss"  # not a warmed language


def test_a_language_task_of_an_older_generation_does_nothing(
    client, settings, django_capture_on_commit_callbacks
):
    from lotse.core.pagecache import city_generation
    from lotse.portal import tasks

    settings.LOTSE_PAGE_WARM = True
    old = city_generation("dortmund")
    service = Service.objects.get(city__slug="dortmund", key="residence-registration")
    with django_capture_on_commit_callbacks(execute=True):
        service_text_update(service=service, module="name", language="en", text="Newer title")
    assert tasks.warm_public_pages_in.func(city_slug="dortmund", language="en", generation=old) == 0
    assert client.get(SERVICE)["X-Lotse-Cache"] == "miss"


def test_a_renewal_purges_the_older_generations_pages_of_that_city_only(
    client, django_capture_on_commit_callbacks
):
    from lotse.core.pagecache import city_memo, purge_old_generations

    client.get(SERVICE)
    client.get(OFFICE)
    city_memo("dortmund", "test:old", lambda: "old value")
    other = Service.objects.exclude(city__slug="dortmund").first()
    assert other is not None
    other_page = f"/en/{other.city.slug}/services/{other.key}/"
    assert client.get(other_page).status_code == 200
    stored = _cache_rows()
    assert any(":lotse:page:dortmund:" in k for k in stored)
    assert any(f":lotse:page:{other.city.slug}:" in k for k in stored)
    service = Service.objects.get(city__slug="dortmund", key="residence-registration")
    with django_capture_on_commit_callbacks(execute=True):
        service_text_update(service=service, module="name", language="en", text="Purged title")
    fresh = client.get(SERVICE)  # a page of the new generation
    assert fresh["X-Lotse-Cache"] == "miss"
    assert purge_old_generations("dortmund") >= 3
    rows = _cache_rows()
    generation = city_generation("dortmund")
    dortmund = [k for k in rows if ":lotse:page:dortmund:" in k or ":lotse:memo:1:dortmund:" in k]
    assert dortmund and all(f"dortmund:{generation}:" in k for k in dortmund)
    assert any(f":lotse:page:{other.city.slug}:" in k for k in rows)  # another city's pages
    assert client.get(SERVICE)["X-Lotse-Cache"] == "hit"
    assert client.get(other_page)["X-Lotse-Cache"] == "hit"


def _cache_rows() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM lotse_cache")
        return [row[0] for row in cursor.fetchall()]
