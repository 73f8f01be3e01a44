"""Writes to the catalog: loading a city's data, editing texts, the translation workflow."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction
from django.utils import timezone

from lotse.catalog import models
from lotse.catalog.loader import CityData, ServiceData, SourceData, read_city_data
from lotse.catalog.signals import services_changed_later
from lotse.core.errors import InvalidInput
from lotse.core.loading import keyed_replace, text_rows
from lotse.core.models import City, SourceTextVersion
from lotse.core.translation import text_mark_reviewed, text_set


def catalog_load_city(*, directory: Path | None = None, slug: str | None = None) -> City:
    """Validate a city's data files and replace its catalog with them, all or nothing."""
    if directory is None:
        if not slug:
            raise ValueError("give a directory or a city slug")
        directory = Path(settings.LOTSE_CITY_DATA_DIR) / slug
    data = read_city_data(directory)
    with transaction.atomic():
        return _write_city(data)


# The office fields taken from the data file as they are.
OFFICE_FIELDS = (
    "kind",
    "phone",
    "email",
    "website",
    "appointment_url",
    "languages",
    "uncertain",
)


def _write_city(data: CityData) -> City:
    city, _created = City.objects.update_or_create(
        slug=data.slug,
        defaults={
            "names": data.names,
            "state": data.state,
            "source_language": data.source_language,
            "timezone": data.timezone,
            "welcome_office_key": data.welcome_office,
            "fallback_service_key": data.fallback_service,
            "languages": data.languages,
        },
    )
    source_lang = data.source_language
    gone = city.services.exclude(key__in=[s.key for s in data.services])
    # Deleted services are announced too: whoever caches the city must drop them.
    changed_keys = {s.key for s in data.services} | set(gone.values_list("key", flat=True))
    gone.delete()

    offices = keyed_replace(city.offices, data.offices, fields=OFFICE_FIELDS)
    for office, item in offices:
        office.addresses.all().delete()
        models.OfficeAddress.objects.bulk_create(
            models.OfficeAddress(office=office, position=i, **address)
            for i, address in enumerate(item.addresses)
        )
        office.opening_hours.all().delete()
        models.OpeningHours.objects.bulk_create(
            models.OpeningHours(office=office, weekday=day, opens=opens, closes=closes)
            for day, opens, closes in item.opening_hours
        )
        _sources_replace(office, item.sources)
        office.texts.all().delete()
        models.OfficeText.objects.bulk_create(
            text_rows(models.OfficeText, office, item.texts, source_language=source_lang)
        )
    offices_by_key = {office.key: office for office, _item in offices}

    services = keyed_replace(
        city.services,
        data.services,
        fields=["life_situations", "uncertain"],
        extra=lambda item: {
            "leika_keys": item.leika,
            "related_keys": item.related,
            "text_layers": item.layers,
        },
    )
    for service, service_item in services:
        service.responsibilities.all().delete()
        models.Responsibility.objects.bulk_create(
            models.Responsibility(
                city=city, service=service, office=offices_by_key[key], position=i
            )
            for i, key in enumerate(service_item.offices)
        )
        _sources_replace(service, service_item.sources)
        service_rows = _service_text_rows(service, service_item, source_lang)
        service.texts.all().delete()
        models.ServiceText.objects.bulk_create(service_rows)
    # Whoever keeps derived data (the search index) re-reads the whole city after the commit.
    services_changed_later(city_id=city.pk, keys=changed_keys)
    return city


def _service_text_rows(
    service: models.Service, item: ServiceData, source_lang: str
) -> list[models.ServiceText]:
    """The text rows of a service as its (merged) files state them. A translation whose text is
    unchanged since the last load while its source text changed (in the city's file or in a
    layer every city inherits) stays tied to the old source: outdated. So is a translation taken
    from another layer than the source text beside it (it translates another text)."""
    previous = {(t.module, t.language): t for t in service.texts.all()}
    source_texts = item.texts.get(source_lang, {})
    source_layers = item.text_layers.get(source_lang, {})
    rows = []
    for lang, modules in item.texts.items():
        for module, text in modules.items():
            source_text = source_texts.get(module)
            digest = models.text_digest(source_text) if source_text is not None else ""
            status = item.statuses[lang]
            if lang != source_lang:
                before = previous.get((module, lang))
                if (
                    before is not None
                    and before.text == text
                    and before.source_digest
                    and before.source_digest != digest
                ):
                    status, digest = models.TranslationStatus.OUTDATED, before.source_digest
                elif item.text_layers.get(lang, {}).get(module) != source_layers.get(module):
                    status = models.TranslationStatus.OUTDATED
            else:
                before = previous.get((module, lang))
                if before is not None and before.text != text:
                    # Kept by digest, so editors can see what changed (as `text_set` does).
                    SourceTextVersion.objects.get_or_create(
                        digest=before.source_digest or models.text_digest(before.text),
                        defaults={"text": before.text},
                    )
            rows.append(
                models.ServiceText(
                    service=service,
                    module=module,
                    language=lang,
                    text=text,
                    status=status,
                    source_digest=digest,
                )
            )
    return rows


def _sources_replace(owner: models.Office | models.Service, sources: list[SourceData]) -> None:
    """The sources of an office or a service become those of its data file."""
    owner.sources.all().delete()
    owner_field = "office" if isinstance(owner, models.Office) else "service"
    models.Source.objects.bulk_create(
        models.Source(
            **{owner_field: owner},
            url=s.url,
            title=s.title,
            checked=s.checked,
            covers=s.covers,
            position=i,
        )
        for i, s in enumerate(sources)
    )


def service_text_update(
    *,
    service: models.Service,
    module: str,
    language: str,
    text: str,
    user: AbstractBaseUser | AnonymousUser | None = None,
) -> models.ServiceText:
    """Set one module's text; a change of the source text marks its translations outdated
    (and the search index hears of the changed service after the commit)."""
    return text_set(
        model=models.ServiceText, owner=service, part=module, language=language, text=text
    )


def office_text_update(
    *, office: models.Office, field: str, language: str, text: str
) -> models.OfficeText:
    """Set one office field's text; a change of the source text marks translations outdated."""
    return text_set(model=models.OfficeText, owner=office, part=field, language=language, text=text)


def translation_mark_reviewed(
    *, text: models.ServiceText, user: AbstractBaseUser
) -> models.ServiceText:
    """A reviewer confirms a translation matches the current source text."""
    return text_mark_reviewed(row=text, user=user)


def fact_check_record(
    *,
    city: City,
    subject: str,
    field: str,
    result: str,
    source_url: str,
    reviewer: AbstractBaseUser | AnonymousUser | None,
    checked_on: Any = None,
    note: str = "",
) -> models.FactCheck:
    """Record that `reviewer` opened `source_url` and checked one fact; raises InvalidInput."""
    problems = {}
    if not re.match(r"^(service|office|rule|thresholds):\S+$", subject or ""):
        problems["subject"] = 'must look like "service:<key>", "office:<key>" or "rule:<id>"'
    if not (field or "").strip():
        problems["field"] = "name the text module or field that was checked"
    if result not in models.FactCheckResult.values:
        problems["result"] = f"must be one of {', '.join(models.FactCheckResult.values)}"
    if not re.match(r"^https?://\S+$", source_url or ""):
        problems["source_url"] = "must be the http(s) address of the source that was opened"
    if problems:
        raise InvalidInput(problems)
    return models.FactCheck.objects.create(
        city=city,
        subject=subject,
        field=field.strip(),
        result=result,
        source_url=source_url,
        note=note.strip(),
        reviewer_id=reviewer.pk if isinstance(reviewer, AbstractBaseUser) else None,
        checked_on=checked_on or timezone.localdate(),
    )
