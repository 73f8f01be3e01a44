"""International texts use the shared translation workflow, in the admin inlines too."""

from __future__ import annotations

import re
from html import unescape

import pytest

from lotse.core.translation import TranslationStatus
from lotse.international.models import InternationalText, Partnership

pytestmark = pytest.mark.django_db


def _form_data(admin_client, url: str) -> dict[str, str]:
    """What a browser would post back for the admin change form at `url`, unchanged."""
    html = admin_client.get(url).content.decode()
    data: dict[str, str] = {}
    for tag in re.findall(r"<input[^>]*>", html):
        name = re.search(r'name="([^"]+)"', tag)
        if not name or name.group(1).startswith("_"):
            continue
        if 'type="checkbox"' in tag and "checked" not in tag:
            continue
        value = re.search(r'value="([^"]*)"', tag)
        data.setdefault(name.group(1), unescape(value.group(1)) if value else "")
    for name, body in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.S):
        data[name] = unescape(body).removeprefix("\n")
    for name, options in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        chosen = re.findall(r'<option value="([^"]*)"[^>]*selected', options)
        if "multiple" in html.split(f'name="{name}"')[1][:200] or len(chosen) > 1:
            data[name] = chosen  # type: ignore[assignment]
        elif chosen:
            data[name] = chosen[0]
    return data


def test_editing_a_german_text_in_the_partnership_admin_marks_translations_outdated(
    admin_client, dortmund
):
    """The inline on a partner city's page saves through the workflow (it used to save the row
    directly, leaving the translations 'current' after the German text changed)."""
    source = (
        InternationalText.objects.filter(partnership__isnull=False, language="de")
        .exclude(partnership__texts__language="en", partnership__texts__status="outdated")
        .first()
    )
    assert source is not None
    partnership: Partnership = source.partnership
    translations = InternationalText.objects.filter(
        partnership=partnership, field=source.field
    ).exclude(language="de")
    assert translations.exists()
    assert not translations.filter(status=TranslationStatus.OUTDATED).exists()

    url = f"/admin/international/partnership/{partnership.pk}/change/"
    data = _form_data(admin_client, url)
    prefix = next(
        k[: -len("-id")] for k, v in data.items() if k.endswith("-id") and v == str(source.pk)
    )
    data[f"{prefix}-text"] = source.text + " Neu ergänzt."
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]

    source.refresh_from_db()
    assert source.text.endswith("Neu ergänzt.")
    assert source.status == TranslationStatus.ORIGINAL
    assert set(translations.values_list("status", flat=True)) == {TranslationStatus.OUTDATED}


def test_a_new_translation_in_an_inline_starts_machine_assisted_and_follows_the_source(
    admin_client, dortmund
):
    from lotse.core.translation import text_mark_reviewed, text_set

    source = InternationalText.objects.filter(attraction__isnull=False, language="de").first()
    assert source is not None
    row = text_set(
        model=InternationalText,
        owner=source.attraction,
        part=source.field,
        language="bg",
        text="Текст.",
    )
    assert row.status == TranslationStatus.MACHINE_ASSISTED
    assert row.source_digest == source.source_digest
    from django.contrib.auth import get_user_model

    reviewer = get_user_model().objects.create_user("rev", password="x-long-password-1")
    assert text_mark_reviewed(row=row, user=reviewer).status == TranslationStatus.REVIEWED
    with pytest.raises(ValueError):
        text_mark_reviewed(row=source, user=reviewer)
