"""The XLIFF round trip: export a language's missing and outdated texts, import them back with
validation (all or nothing), and the page and the status follow."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from lxml import etree

from lotse.catalog.models import Office, OfficeText, Service, ServiceText
from lotse.catalog.services import service_text_update
from lotse.core.models import City, Role, StaffProfile
from lotse.core.translation import TranslationStatus
from lotse.core.xliff import XLIFF_NS, XliffError, xliff_export, xliff_import

pytestmark = pytest.mark.django_db
NS = {"x": XLIFF_NS}


def _city() -> City:
    return City.objects.get(slug="musterstadt")


def _service() -> Service:
    return Service.objects.get(city__slug="musterstadt", key="residence-registration")


def _export(language: str = "ar") -> etree._Element:
    data, _count = xliff_export(city=_city(), language=language)
    return etree.fromstring(data)


def _unit(root: etree._Element, uid: str) -> etree._Element:
    found = root.find(f".//x:trans-unit[@id='{uid}']", NS)
    assert found is not None, uid
    return found


def _fill(unit: etree._Element, text: str, state: str = "translated") -> None:
    target = unit.find("x:target", NS)
    assert target is not None
    target.text = text
    target.set("state", state)


def _service_uid(module: str) -> str:
    return f"servicetext/service/{_service().pk}/{module}"


def _staff(django_user_model, username: str, role: str, city: str = "musterstadt"):
    user = django_user_model.objects.create_user(
        username, password="x-long-password-1", is_staff=True
    )
    StaffProfile.objects.create(user=user, city=City.objects.get(slug=city), role=role)
    return user


def test_export_holds_missing_and_outdated_texts_of_every_model_and_nothing_current():
    root = _export("ar")
    ids = {u.get("id") for u in root.iterfind(".//x:trans-unit", NS)}
    service = _service()
    have_ar = set(
        ServiceText.objects.filter(service=service, language="ar").values_list("module", flat=True)
    )
    german = set(
        ServiceText.objects.filter(service=service, language="de").values_list("module", flat=True)
    )
    assert german - have_ar, "the test city must lack some Arabic modules"
    for module in german - have_ar:
        assert _service_uid(module) in ids
    for module in have_ar:
        assert _service_uid(module) not in ids  # current translations are not exported
    # Offices and international texts are in the same file.
    originals = {f.get("original") for f in root.iterfind("x:file", NS)}
    assert originals == {
        "musterstadt/catalog.officetext",
        "musterstadt/catalog.servicetext",
        "musterstadt/international.internationaltext",
    }
    office = Office.objects.get(city__slug="musterstadt", key="info-point")
    if not OfficeText.objects.filter(office=office, language="ar", field="description").exists():
        assert f"officetext/office/{office.pk}/description" in ids
    # A German change sends the existing translation back out, marked for review.
    service_text_update(service=service, module="summary", language="de", text="Neu.")
    unit = _unit(_export("ar"), _service_uid("summary"))
    target = unit.find("x:target", NS)
    assert target is not None and target.get("state") == "needs-review-translation"
    source = unit.find("x:source", NS)
    assert source is not None and source.text == "Neu."


def test_round_trip_export_edit_import_page_then_source_change_makes_it_outdated(
    client, tmp_path: Path
):
    service = _service()
    assert not ServiceText.objects.filter(service=service, module="body", language="ar").exists()
    path = tmp_path / "ar.xlf"
    call_command(
        "translations_export", "--city", "musterstadt", "--lang", "ar", "--out", str(path),
        stdout=StringIO(),
    )  # fmt: skip
    root = etree.fromstring(path.read_bytes())
    _fill(_unit(root, _service_uid("body")), "كل من ينتقل إلى شقة يسجل عنوانه.")
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    out = StringIO()
    call_command(
        "translations_import", str(path), "--city", "musterstadt", "--lang", "ar", stdout=out
    )
    assert "1 text(s) imported (0 reviewed)" in out.getvalue()

    row = ServiceText.objects.get(service=service, module="body", language="ar")
    assert row.status == TranslationStatus.MACHINE_ASSISTED
    html = client.get("/ar/musterstadt/services/residence-registration/").content.decode()
    assert "كل من ينتقل إلى شقة يسجل عنوانه." in html
    api = client.get(
        "/api/v1/cities/musterstadt/services/residence-registration", {"lang": "ar"}
    ).json()
    assert api["text_languages"]["body"] == "ar"
    assert api["text_status"]["body"] == "machine-assisted"

    service_text_update(service=service, module="body", language="de", text="Ganz neuer Text.")
    row.refresh_from_db()
    assert row.status == TranslationStatus.OUTDATED
    api = client.get(
        "/api/v1/cities/musterstadt/services/residence-registration", {"lang": "ar"}
    ).json()
    assert api["text_status"]["body"] == "outdated"
    # The same file cannot be imported again: its source digest is now stale.
    with pytest.raises(CommandError, match="source changed since the export"):
        call_command(
            "translations_import", str(path), "--city", "musterstadt", "--lang", "ar",
            stdout=StringIO(),
        )  # fmt: skip


def test_a_bad_file_lists_every_problem_and_imports_nothing():
    root = _export("ar")
    units = list(root.iterfind(".//x:trans-unit", NS))
    assert len(units) >= 4
    good, unknown, stale, wrong_lang = units[:4]
    _fill(good, "نص صحيح")
    _fill(unknown, "نص")
    unknown.set("id", "servicetext/service/999999/body")
    _fill(stale, "نص")
    stale.set("{https://lotse.city/ns/xliff}source-digest", "0" * 64)
    _fill(wrong_lang, "texte")
    target = wrong_lang.find("x:target", NS)
    assert target is not None
    target.set("{http://www.w3.org/XML/1998/namespace}lang", "fr")
    before = ServiceText.objects.count(), OfficeText.objects.count()
    with pytest.raises(XliffError) as caught:
        xliff_import(data=etree.tostring(root, encoding="UTF-8"), city=_city(), language="ar")
    errors = caught.value.errors
    assert len(errors) == 3, errors
    assert any("unknown id 'servicetext/service/999999/body'" in e for e in errors)
    assert any("source changed since the export" in e for e in errors)
    assert any("target language 'fr' is not 'ar'" in e for e in errors)
    assert (ServiceText.objects.count(), OfficeText.objects.count()) == before


def test_a_file_for_another_language_or_city_is_refused():
    data, _count = xliff_export(city=_city(), language="ar")
    with pytest.raises(XliffError, match="target-language 'ar' is not 'uk'"):
        xliff_import(data=data, city=_city(), language="uk")
    with pytest.raises(XliffError, match="not 'dortmund'"):
        xliff_import(data=data, city=City.objects.get(slug="dortmund"), language="ar")
    # Another city's object is as unknown as a missing one.
    dortmund_service = Service.objects.filter(city__slug="dortmund").first()
    assert dortmund_service is not None
    root = etree.fromstring(data)
    unit = next(root.iterfind(".//x:trans-unit", NS))
    unit.set("id", f"servicetext/service/{dortmund_service.pk}/body")
    _fill(unit, "نص")
    with pytest.raises(XliffError, match="unknown id"):
        xliff_import(data=etree.tostring(root), city=_city(), language="ar")


def test_entities_and_doctype_are_refused():
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">&e;</xliff>'
    )
    with pytest.raises(XliffError, match="DOCTYPE"):
        xliff_import(data=evil, city=_city(), language="ar")
    with pytest.raises(XliffError, match="not well-formed"):
        xliff_import(data=b"<xliff", city=_city(), language="ar")


def test_final_units_become_reviewed_only_for_an_account_that_may_review(django_user_model):
    root = _export("ar")
    _fill(_unit(root, _service_uid("body")), "نص مراجع", state="final")
    data = etree.tostring(root, encoding="UTF-8")
    caseworker = _staff(django_user_model, "cw-xliff", Role.CASEWORKER)
    result = xliff_import(data=data, city=_city(), language="ar", user=caseworker, may_review=False)
    assert result.written == 1 and result.reviewed == 0
    row = ServiceText.objects.get(service=_service(), module="body", language="ar")
    assert row.status == TranslationStatus.MACHINE_ASSISTED
    admin = _staff(django_user_model, "admin-xliff", Role.ADMIN)
    row.delete()
    result = xliff_import(data=data, city=_city(), language="ar", user=admin, may_review=True)
    row = ServiceText.objects.get(service=_service(), module="body", language="ar")
    assert result.reviewed == 1 and row.status == TranslationStatus.REVIEWED
    assert row.reviewed_by == admin and row.reviewed_at is not None


def test_back_office_download_and_upload_need_catalog_edit_for_that_city(client, django_user_model):
    url = "/admin/translations/musterstadt/ar.xlf"
    other = _staff(django_user_model, "admin-dortmund", Role.ADMIN, city="dortmund")
    client.force_login(other)
    assert client.get(url).status_code == 404  # another city's editor
    caseworker = _staff(django_user_model, "cw-musterstadt", Role.CASEWORKER)
    client.force_login(caseworker)
    assert client.get(url).status_code == 403  # no catalog.edit: not in the back office at all
    editor = _staff(django_user_model, "admin-musterstadt", Role.ADMIN)
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="musterstadt-ar.xlf"'
    root = etree.fromstring(response.content)
    _fill(_unit(root, _service_uid("body")), "نص من المكتب", state="signed-off")
    upload = SimpleUploadedFile("ar.xlf", etree.tostring(root, encoding="UTF-8"))
    response = client.post(
        "/admin/translations/musterstadt/import/", {"language": "ar", "file": upload}
    )
    assert response.status_code == 200, response.content.decode()[:2000]
    assert "Imported 1 text (1 reviewed)" in response.content.decode()
    row = ServiceText.objects.get(service=_service(), module="body", language="ar")
    assert row.status == TranslationStatus.REVIEWED and row.reviewed_by == editor
    # A refused file shows every problem and imports nothing.
    bad = SimpleUploadedFile("uk.xlf", etree.tostring(root, encoding="UTF-8"))
    response = client.post(
        "/admin/translations/musterstadt/import/", {"language": "uk", "file": bad}
    )
    assert response.status_code == 400
    assert "target-language" in response.content.decode()
    assert not ServiceText.objects.filter(service=_service(), language="uk", module="body").exists()


def test_coverage_page_lists_every_translated_model(admin_client):
    html = admin_client.get("/admin/translations/").content.decode()
    for label in ("Texte der Leistungen", "Texte der Ämter", "Texte der internationalen Seiten"):
        assert label in html


def test_translation_report_prints_coverage_per_language_and_status():
    out = StringIO()
    call_command("translation_report", "musterstadt", stdout=out)
    text = out.getvalue()
    # the labels are the models' names as the back office shows them (German)
    assert "musterstadt: Texte der Leistungen" in text and "musterstadt: Texte der Ämter" in text
    assert "musterstadt: all translated texts" in text
    german = ServiceText.objects.filter(service__city__slug="musterstadt", language="de").count()
    de_line = next(
        line
        for line in text.split("musterstadt: Texte der Leistungen")[1].splitlines()
        if line.startswith("de ")
    )
    assert f"{german}/{german}" in de_line and " 100 " in de_line
    with pytest.raises(CommandError, match="unknown city"):
        call_command("translation_report", "atlantis", stdout=StringIO())


def test_coverage_includes_the_plan_reasons_kept_in_data_files():
    from lotse.core.translation import translation_coverage_all
    from lotse.plans.rulebook import ruleset

    city = City.objects.get(slug="dortmund")
    entry = next(m for m in translation_coverage_all(city=city) if m.label == "plan reasons (why)")
    rules = [r for r in ruleset().rules if r.city in (None, "dortmund")]
    by_language = {c.language: c for c in entry.languages}
    assert by_language["de"].total == sum(1 for r in rules if "de" in r.why)
    assert by_language["de"].count(TranslationStatus.ORIGINAL) == by_language["de"].total
    for code, coverage in by_language.items():
        expected = sum(1 for r in rules if code in r.why and "de" in r.why)
        assert coverage.present == expected, code
    out = StringIO()
    call_command("translation_report", "dortmund", stdout=out)
    assert "dortmund: plan reasons (why)" in out.getvalue()


def test_a_language_the_city_does_not_offer_is_refused():
    # Japanese is Lotse's, but opt-in: Musterstadt (no `languages` list) does not offer it.
    with pytest.raises(XliffError, match="'ja' is not a translation language of this city"):
        xliff_export(city=_city(), language="ja")
    City.objects.filter(slug="musterstadt").update(languages=["de", "en", "ja"])
    _data, count = xliff_export(city=_city(), language="ja")
    assert count > 0
