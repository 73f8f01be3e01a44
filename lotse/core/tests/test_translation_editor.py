"""The translation editor: the German source and what changed in it beside the translation; a
hand edit is reviewed by the person, not machine-assisted, and logged; honest counts."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from lotse.catalog.models import Service, ServiceText
from lotse.catalog.services import service_text_update
from lotse.core.models import AuditEvent, City, Role, StaffProfile
from lotse.core.translation import (
    TranslationStatus,
    source_changes,
    text_coverage,
    text_diff_html,
)

pytestmark = pytest.mark.django_db


def _service() -> Service:
    return Service.objects.get(city__slug="musterstadt", key="residence-registration")


@pytest.fixture
def editor() -> tuple[Client, User]:
    user = User.objects.create_user(username="editor", is_staff=True, is_superuser=True)
    StaffProfile.objects.create(
        user=user, city=City.objects.get(slug="musterstadt"), role=Role.ADMIN
    )
    client = Client(HTTP_ACCEPT_LANGUAGE="de")
    client.force_login(user)
    return client, user


def test_the_form_shows_the_source_and_its_changes_since_the_translation(editor) -> None:
    client, _user = editor
    german = ServiceText.objects.get(service=_service(), module="summary", language="de")
    old = german.text
    service_text_update(
        service=_service(), module="summary", language="de", text=old + " Neu: Termin nötig."
    )
    english = ServiceText.objects.get(service=_service(), module="summary", language="en")
    assert english.status == TranslationStatus.OUTDATED
    now, before = source_changes(english)
    assert before == old and now.endswith("Termin nötig.")
    html = client.get(f"/admin/catalog/servicetext/{english.pk}/change/").content.decode()
    assert 'id="source-text"' in html and "Deutsche Quelle" in html
    assert "<ins>Neu: Termin nötig.</ins>" in html.replace("<ins> ", "<ins>")


def test_an_unchanged_source_says_so(editor) -> None:
    client, _user = editor
    english = ServiceText.objects.get(service=_service(), module="name", language="en")
    html = client.get(f"/admin/catalog/servicetext/{english.pk}/change/").content.decode()
    assert 'id="source-unchanged"' in html


def test_a_hand_edit_is_reviewed_by_the_person_and_logged(editor) -> None:
    client, user = editor
    english = ServiceText.objects.get(service=_service(), module="summary", language="en")
    response = client.post(
        f"/admin/catalog/servicetext/{english.pk}/change/",
        {"service": english.service_id, "module": "summary", "language": "en",
         "text": "Register your address within two weeks."},
    )  # fmt: skip
    assert response.status_code == 302, response.content[:500]
    english.refresh_from_db()
    assert english.status == TranslationStatus.REVIEWED
    assert english.reviewed_by == user and english.reviewed_at is not None
    event = AuditEvent.objects.get(action="text_edit", object_id=str(english.pk))
    assert event.object_type == "servicetext" and "two weeks" not in str(event.details)


def test_a_service_write_without_a_person_stays_machine_assisted() -> None:
    service_text_update(service=_service(), module="summary", language="en", text="Machine.")
    english = ServiceText.objects.get(service=_service(), module="summary", language="en")
    assert english.status == TranslationStatus.MACHINE_ASSISTED and english.reviewed_by is None


def test_coverage_counts_reviewed_apart_from_machine_assisted(editor) -> None:
    client, _user = editor
    city = City.objects.get(slug="musterstadt")
    rows = {c.language: c for c in text_coverage(model=ServiceText, city=city)}
    en = rows["en"]
    machine = en.count(TranslationStatus.MACHINE_ASSISTED)
    assert en.reviewed_percent == round(100 * en.count(TranslationStatus.REVIEWED) / en.total)
    assert en.machine_percent == round(100 * machine / en.total)
    assert en.reviewed_percent + en.machine_percent <= 100
    html = client.get("/admin/translations/").content.decode()
    assert "Übersetzungsstand je Sprache" in html and "Geprüft" in html
    assert "Englisch" in html and "Musterstadt" in html
    assert "Dortmund" not in html  # the editor's own city only


def test_word_diff_marks_removed_and_added_words_escaped() -> None:
    assert text_diff_html("a b c", "a x c") == "a <del>b</del><ins>x</ins> c"
    assert "&lt;b&gt;" in text_diff_html("", "<b>")
