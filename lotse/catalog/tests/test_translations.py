"""The translation workflow: source edits make translations outdated; reviewers confirm them."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from lotse.catalog.models import Service, ServiceText, TranslationStatus
from lotse.catalog.selectors import translation_coverage
from lotse.catalog.services import service_text_update, translation_mark_reviewed
from lotse.core.models import City

pytestmark = pytest.mark.django_db


def _service() -> Service:
    return Service.objects.get(city__slug="musterstadt", key="residence-registration")


def _status(language: str, module: str = "summary") -> str:
    return ServiceText.objects.get(service=_service(), module=module, language=language).status


def test_changing_the_german_source_marks_every_translation_outdated():
    service_text_update(service=_service(), module="summary", language="de", text="Neuer Kurztext.")
    assert _status("de") == TranslationStatus.ORIGINAL
    for language in ["en", "ar", "uk", "fa", "es"]:
        assert _status(language) == TranslationStatus.OUTDATED
    # Other modules are untouched.
    assert _status("en", module="name") == TranslationStatus.MACHINE_ASSISTED


def test_saving_the_same_source_text_keeps_translations_current():
    current = ServiceText.objects.get(service=_service(), module="summary", language="de").text
    service_text_update(service=_service(), module="summary", language="de", text=current)
    assert _status("en") == TranslationStatus.MACHINE_ASSISTED


def test_reviewer_marks_an_outdated_translation_reviewed():
    reviewer = get_user_model().objects.create_user("reviewer", password="x-long-password-1")
    service_text_update(service=_service(), module="summary", language="de", text="Neu.")
    updated = service_text_update(service=_service(), module="summary", language="en", text="New.")
    assert updated.status == TranslationStatus.MACHINE_ASSISTED
    reviewed = translation_mark_reviewed(text=updated, user=reviewer)
    assert reviewed.status == TranslationStatus.REVIEWED
    assert reviewed.reviewed_by == reviewer
    # A later source change makes even a reviewed translation outdated.
    service_text_update(service=_service(), module="summary", language="de", text="Noch neuer.")
    assert _status("en") == TranslationStatus.OUTDATED


def test_the_source_text_cannot_be_marked_reviewed():
    reviewer = get_user_model().objects.create_user("reviewer2", password="x-long-password-1")
    source = ServiceText.objects.get(service=_service(), module="summary", language="de")
    with pytest.raises(ValueError):
        translation_mark_reviewed(text=source, user=reviewer)


def test_coverage_per_language_counts_outdated_as_not_current():
    city = City.objects.get(slug="musterstadt")
    german = ServiceText.objects.filter(service__city=city, language="de").count()
    arabic = ServiceText.objects.filter(service__city=city, language="ar").count()
    before = {c.language: c for c in translation_coverage(city=city)}
    assert before["de"].percent == 100
    # Every language is expected to carry every module the German source has.
    assert before["ar"].total == german
    assert before["ar"].missing == german - arabic
    assert before["ar"].own_language == arabic
    service_text_update(service=_service(), module="summary", language="de", text="Neu.")
    after = {c.language: c for c in translation_coverage(city=city)}
    assert after["ar"].own_language == arabic - 1
    assert after["ar"].counts[TranslationStatus.OUTDATED] == 1
    assert after["en"].current == before["en"].current - 1


def test_admin_coverage_page_and_review_action(admin_client):
    response = admin_client.get("/admin/catalog/servicetext/coverage/", follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Übersetzungsstand je Sprache" in html
    # One page for every translated model: services, offices, international texts.
    for label in ("Texte der Leistungen", "Texte der Ämter", "Texte der internationalen Seiten"):
        assert label in html
    text = ServiceText.objects.get(service=_service(), module="name", language="tr")
    response = admin_client.post(
        "/admin/catalog/servicetext/",
        {"action": "mark_reviewed", "_selected_action": [text.pk]},
    )
    assert response.status_code == 302
    text.refresh_from_db()
    assert text.status == TranslationStatus.REVIEWED


def test_admin_edit_of_the_source_marks_translations_outdated(admin_client):
    text = ServiceText.objects.get(service=_service(), module="fees", language="de")
    response = admin_client.post(
        f"/admin/catalog/servicetext/{text.pk}/change/",
        {"service": text.service_id, "module": "fees", "language": "de", "text": "10 Euro."},
    )
    assert response.status_code == 302, response.content[:2000]
    assert _status("en", module="fees") == TranslationStatus.OUTDATED


def test_changing_an_office_source_text_marks_its_translations_outdated():
    from lotse.catalog.models import Office, OfficeText
    from lotse.catalog.services import office_text_update

    office = Office.objects.get(city__slug="musterstadt", key="info-point")
    office_text_update(office=office, field="description", language="de", text="Neu.")
    statuses = dict(
        OfficeText.objects.filter(office=office, field="description").values_list(
            "language", "status"
        )
    )
    assert statuses == {"de": TranslationStatus.ORIGINAL, "en": TranslationStatus.OUTDATED}
    office_text_update(office=office, field="description", language="en", text="New.")
    en = OfficeText.objects.get(office=office, field="description", language="en")
    assert en.status == TranslationStatus.MACHINE_ASSISTED


def test_a_text_in_a_new_language_or_module_is_created():
    service = _service()
    created = service_text_update(service=service, module="notes", language="de", text="Hinweis.")
    assert created.service == service and created.status == TranslationStatus.ORIGINAL
    translation = service_text_update(service=service, module="notes", language="en", text="Note.")
    assert translation.status == TranslationStatus.MACHINE_ASSISTED
    assert translation.source_digest == created.source_digest


def test_admin_inline_edits_go_through_the_workflow_and_deletions_happen():
    from django.contrib.admin.sites import site
    from django.forms import inlineformset_factory
    from django.test import RequestFactory

    from lotse.catalog.admin import ServiceAdmin

    service = _service()
    rows = list(
        ServiceText.objects.filter(service=service, module__in=["fees", "notes"]).order_by("id")
    )
    formset_class = inlineformset_factory(
        Service, ServiceText, fields=("module", "language", "text"), extra=0, can_delete=True
    )
    data = {"texts-TOTAL_FORMS": str(len(rows)), "texts-INITIAL_FORMS": str(len(rows))}
    for i, row in enumerate(rows):
        data.update(
            {
                f"texts-{i}-id": str(row.pk),
                f"texts-{i}-module": row.module,
                f"texts-{i}-language": row.language,
                f"texts-{i}-text": row.text,
            }
        )
    fees_de = next(i for i, r in enumerate(rows) if r.language == "de")
    fees_en = [i for i, r in enumerate(rows) if r.language == "en"]
    data[f"texts-{fees_de}-text"] = "20 Euro."
    data[f"texts-{fees_en[0]}-DELETE"] = "on"
    formset = formset_class(data, instance=service, prefix="texts")
    assert formset.is_valid(), formset.errors
    request = RequestFactory().post("/")
    request.user = get_user_model().objects.create_superuser("boss", password="x-long-password-1")
    form = type("F", (), {"instance": service})()
    ServiceAdmin(Service, site).save_formset(request, form, formset, change=True)
    assert ServiceText.objects.get(service=service, module="fees", language="de").text == "20 Euro."
    assert not ServiceText.objects.filter(pk=rows[fees_en[0]].pk).exists()


def _inline_post_data(owner_admin_url: str, admin_client, prefix: str) -> dict[str, str]:
    """The fields a browser posts for an owner's change form, read from the form itself."""
    import re

    html = admin_client.get(owner_admin_url).content.decode()
    data: dict[str, str] = {}
    for name, value in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', html):
        data.setdefault(name, value)
    for name, body in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.S):
        from html import unescape

        data[name] = unescape(body).lstrip("\n")
    for name, selected in re.findall(
        r'<select[^>]*name="([^"]+)"[^>]*>.*?<option value="([^"]*)" selected>', html, re.S
    ):
        data[name] = selected
    return {k: v for k, v in data.items() if not k.startswith("_")}


def test_admin_inline_delete_of_a_text_reindexes_its_service(
    admin_client, django_capture_on_commit_callbacks
):
    """Deleting a text row on the service's admin page tells the search index (after commit)."""
    from lotse.catalog.signals import services_changed

    service = _service()
    heard: list[tuple[int, frozenset[str]]] = []

    def listener(sender, city_id, keys, **kwargs):
        heard.append((city_id, keys))

    services_changed.connect(listener)
    try:
        row = ServiceText.objects.get(service=service, module="fees", language="en")
        url = f"/admin/catalog/service/{service.pk}/change/"
        data = _inline_post_data(url, admin_client, "texts")
        index = next(
            k.split("-")[1]
            for k, v in data.items()
            if k.endswith("-id") and v == str(row.pk) and k.startswith("texts-")
        )
        data[f"texts-{index}-DELETE"] = "on"
        with django_capture_on_commit_callbacks(execute=True):
            response = admin_client.post(url, data)
        assert response.status_code == 302, response.content[:3000]
    finally:
        services_changed.disconnect(listener)
    assert not ServiceText.objects.filter(pk=row.pk).exists()
    assert heard == [(service.city_id, frozenset({service.key}))]
