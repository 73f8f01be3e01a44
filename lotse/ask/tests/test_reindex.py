"""The search index follows the catalog through its domain signal: one task per city and
commit, each changed service indexed once, the city's vocabulary read once."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from lotse.ask import services as ask_services
from lotse.ask.tasks import search_reindex
from lotse.catalog.models import Service, ServiceText
from lotse.catalog.services import service_text_update
from lotse.catalog.signals import services_changed
from lotse.core.models import City

pytestmark = pytest.mark.django_db

SAMPLE = (
    Path(__file__).parents[2] / "catalog" / "tests" / "data" / "xzufi" / "musterstadt-sample.xml"
)


def _queued() -> list[DBTaskResult]:
    return list(DBTaskResult.objects.ready().filter(task_path=search_reindex.module_path))


@pytest.fixture
def spy(monkeypatch):
    """Counts vocabulary reads and per-service index writes."""
    calls: dict[str, list[str]] = {"vocabulary": [], "service": []}
    real_vocabulary = ask_services._city_vocabulary
    real_write = ask_services._write_service

    def vocabulary(city):
        calls["vocabulary"].append(city.slug)
        return real_vocabulary(city)

    def write(service, content, known):
        calls["service"].append(service.key)
        return real_write(service, content, known)

    monkeypatch.setattr(ask_services, "_city_vocabulary", vocabulary)
    monkeypatch.setattr(ask_services, "_write_service", write)
    return calls


def test_catalog_does_not_import_ask():
    """Layering: no module of the catalog imports the ask app."""
    catalog = Path(__file__).parents[2] / "catalog"
    offenders = [
        str(path.relative_to(catalog))
        for path in catalog.rglob("*.py")
        if "tests" not in path.parts and "lotse.ask" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_text_edits_in_one_transaction_send_one_signal_per_city(
    django_capture_on_commit_callbacks,
):
    service = Service.objects.get(city__slug="musterstadt", key="residence-registration")
    heard: list[tuple[int, frozenset[str]]] = []

    def listener(sender, city_id, keys, **kwargs):
        heard.append((city_id, keys))

    services_changed.connect(listener)
    try:
        with (
            django_capture_on_commit_callbacks(execute=True) as callbacks,
            transaction.atomic(),
        ):
            for module in ("summary", "fees", "notes"):
                service_text_update(service=service, module=module, language="de", text="Neu.")
            # Nothing is announced before the commit.
            assert heard == []
    finally:
        services_changed.disconnect(listener)
    # One announcement of the catalog per transaction (other apps, e.g. the page cache, may
    # register commit hooks of their own).
    batches = [c for c in callbacks if type(getattr(c, "__self__", None)).__name__ == "_Batch"]
    assert len(batches) == 1
    assert heard == [(service.city_id, frozenset({"residence-registration"}))]
    # ask answered with one task for that city and key.
    queued = _queued()
    assert [q.args_kwargs["args"] for q in queued] == [
        [service.city_id, ["residence-registration"]]
    ]


def test_a_rolled_back_edit_announces_nothing(django_capture_on_commit_callbacks):
    service = Service.objects.get(city__slug="musterstadt", key="residence-registration")
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                service_text_update(service=service, module="fees", language="de", text="Neu.")
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
        # A later edit in a new transaction still gets its own announcement.
        service_text_update(service=service, module="notes", language="de", text="Hinweis.")
    queued = _queued()
    assert [q.args_kwargs["args"][1] for q in queued] == [["residence-registration"]]


def test_xzufi_import_reindexes_each_service_once_and_reads_the_vocabulary_once(
    django_capture_on_commit_callbacks, search_tasks, spy
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "xzufi_import", str(SAMPLE), "--city", "musterstadt", "--office", "info-point",
            stdout=StringIO(),
        )  # fmt: skip
    queued = _queued()
    assert len(queued) == 1
    city_id, keys = queued[0].args_kwargs["args"]
    assert city_id == City.objects.get(slug="musterstadt").pk
    assert len(keys) >= 2 and len(keys) == len(set(keys))
    assert search_tasks() == 1
    assert sorted(spy["service"]) == sorted(keys)  # each imported service indexed once
    assert spy["vocabulary"] == ["musterstadt"]  # one read of the city's vocabulary
    # Many more texts than services were written.
    written = ServiceText.objects.filter(service__city_id=city_id, service__key__in=keys).count()
    assert written > len(keys)


def _found_first(client, word: str, key: str) -> bool:
    """Whether a search for `word` in Musterstadt puts the service `key` first."""
    data = client.get("/api/v1/search", {"city": "musterstadt", "q": word, "lang": "de"}).json()
    return bool(data["results"]) and data["results"][0]["service"] == key


def test_the_index_finds_a_word_after_the_task_ran(
    client, django_capture_on_commit_callbacks, search_tasks
):
    service = Service.objects.get(city__slug="musterstadt", key="residence-registration")
    assert not _found_first(client, "quxwortneu", service.key)
    with django_capture_on_commit_callbacks(execute=True):
        service_text_update(service=service, module="synonyms", language="de", text="quxwortneu")
    # The index changes when the worker runs the task, not before.
    assert not _found_first(client, "quxwortneu", service.key)
    assert search_tasks() == 1
    assert _found_first(client, "quxwortneu", service.key)


def test_admin_deletion_of_a_text_row_reindexes(
    admin_client, django_capture_on_commit_callbacks, search_tasks
):
    service = Service.objects.get(city__slug="musterstadt", key="residence-registration")

    def found() -> bool:
        return _found_first(admin_client, "quxwortzwei", service.key)

    with django_capture_on_commit_callbacks(execute=True):
        service_text_update(service=service, module="synonyms", language="de", text="quxwortzwei")
    search_tasks()
    assert found()
    row = ServiceText.objects.get(service=service, module="synonyms", language="de")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/catalog/servicetext/{row.pk}/delete/", {"post": "yes"}
        )
    assert response.status_code == 302
    assert not ServiceText.objects.filter(pk=row.pk).exists()
    assert search_tasks() == 1
    assert not found()


def test_reloading_a_city_announces_changed_and_removed_services(
    tmp_path, django_capture_on_commit_callbacks, search_tasks
):
    import shutil

    from lotse.ask.models import SearchIndexState
    from lotse.catalog.services import catalog_load_city

    source = Path(__file__).parents[2] / "catalog" / "tests" / "data" / "cities" / "musterstadt"
    city_dir = tmp_path / "musterstadt"
    shutil.copytree(source, city_dir)
    (city_dir / "services" / "residence-registration.yaml").unlink()
    counselling = city_dir / "services" / "welcome-counselling.yaml"
    counselling.write_text(
        counselling.read_text(encoding="utf-8").replace("related: [residence-registration]", ""),
        encoding="utf-8",
    )
    city = City.objects.get(slug="musterstadt")
    generation = SearchIndexState.objects.get(city=city).generation
    with django_capture_on_commit_callbacks(execute=True):
        catalog_load_city(directory=city_dir)
    queued = _queued()
    assert [q.args_kwargs["args"] for q in queued] == [
        [city.pk, ["residence-registration", "welcome-counselling"]]
    ]
    assert search_tasks() == 1
    # The removed service left the index, and the loaded indexes learn of it.
    assert SearchIndexState.objects.get(city=city).generation != generation


def test_search_reindex_refuses_an_unknown_city_and_indexes_only_the_named_ones():
    with pytest.raises(CommandError, match="unknown city: atlantis"):
        call_command("search_reindex", "atlantis", "--no-embed", stdout=StringIO())
    out = StringIO()
    call_command("search_reindex", "musterstadt", "--no-embed", stdout=out)
    assert "musterstadt" in out.getvalue()
    assert "dortmund" not in out.getvalue()


def test_a_new_analysis_version_reindexes_every_service(monkeypatch):
    """Unchanged texts are skipped by their digest, unless the analysis that turns them into
    terms changed (stop words, stemming): then every service is written again."""
    city = City.objects.get(slug="musterstadt")
    services = Service.objects.filter(city=city).count()
    assert services > 0
    assert ask_services.search_index_city(city=city) == 0  # nothing changed: all skipped
    monkeypatch.setattr(ask_services, "ANALYSIS_VERSION", "next")
    assert ask_services.search_index_city(city=city) == services
    assert ask_services.search_index_city(city=city) == 0
