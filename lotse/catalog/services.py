"""Writes to the catalog: loading a city's data, editing texts, the translation workflow."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction

from lotse.catalog.loader import CityData, read_city_data
from lotse.catalog.models import (
    Office,
    OfficeAddress,
    OfficeText,
    OpeningHours,
    Responsibility,
    Service,
    ServiceText,
    Source,
    TranslationStatus,
    text_digest,
)
from lotse.catalog.signals import services_changed_later
from lotse.core.models import City
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
        },
    )
    source_lang = data.source_language
    city.offices.exclude(key__in=[o.key for o in data.offices]).delete()
    gone = city.services.exclude(key__in=[s.key for s in data.services])
    # Deleted services are announced too: whoever caches the city must drop them.
    changed_keys = {s.key for s in data.services} | set(gone.values_list("key", flat=True))
    gone.delete()

    offices: dict[str, Office] = {}
    for item in data.offices:
        office, _ = Office.objects.update_or_create(
            city=city,
            key=item.key,
            defaults={
                "kind": item.kind,
                "phone": item.phone,
                "email": item.email,
                "website": item.website,
                "appointment_url": item.appointment_url,
                "languages": item.languages,
                "uncertain": item.uncertain,
            },
        )
        offices[item.key] = office
        office.addresses.all().delete()
        OfficeAddress.objects.bulk_create(
            OfficeAddress(office=office, position=i, **address)
            for i, address in enumerate(item.addresses)
        )
        office.opening_hours.all().delete()
        OpeningHours.objects.bulk_create(
            OpeningHours(office=office, weekday=day, opens=opens, closes=closes)
            for day, opens, closes in item.opening_hours
        )
        office.sources.all().delete()
        Source.objects.bulk_create(
            Source(
                office=office,
                url=s.url,
                title=s.title,
                checked=s.checked,
                covers=s.covers,
                position=i,
            )
            for i, s in enumerate(item.sources)
        )
        office.texts.all().delete()
        rows = []
        for text_field, per_language in item.texts.items():
            digest = text_digest(per_language.get(source_lang, ""))
            for lang, text in per_language.items():
                rows.append(
                    OfficeText(
                        office=office,
                        field=text_field,
                        language=lang,
                        text=text,
                        status=TranslationStatus.ORIGINAL
                        if lang == source_lang
                        else TranslationStatus.MACHINE_ASSISTED,
                        source_digest=digest,
                    )
                )
        OfficeText.objects.bulk_create(rows)

    for service_item in data.services:
        service, _ = Service.objects.update_or_create(
            city=city,
            key=service_item.key,
            defaults={
                "leika_keys": service_item.leika,
                "life_situations": service_item.life_situations,
                "related_keys": service_item.related,
                "uncertain": service_item.uncertain,
            },
        )
        service.responsibilities.all().delete()
        Responsibility.objects.bulk_create(
            Responsibility(city=city, service=service, office=offices[key], position=i)
            for i, key in enumerate(service_item.offices)
        )
        service.sources.all().delete()
        Source.objects.bulk_create(
            Source(
                service=service,
                url=s.url,
                title=s.title,
                checked=s.checked,
                covers=s.covers,
                position=i,
            )
            for i, s in enumerate(service_item.sources)
        )
        service.texts.all().delete()
        source_texts = service_item.texts.get(source_lang, {})
        service_rows = []
        for lang, modules in service_item.texts.items():
            for module, text in modules.items():
                source_text = source_texts.get(module)
                service_rows.append(
                    ServiceText(
                        service=service,
                        module=module,
                        language=lang,
                        text=text,
                        status=service_item.statuses[lang],
                        source_digest=text_digest(source_text) if source_text is not None else "",
                    )
                )
        ServiceText.objects.bulk_create(service_rows)
    # Whoever keeps derived data (the search index) re-reads the whole city after the commit.
    services_changed_later(city_id=city.pk, keys=changed_keys)
    return city


def service_text_update(
    *,
    service: Service,
    module: str,
    language: str,
    text: str,
    user: AbstractBaseUser | AnonymousUser | None = None,
) -> ServiceText:
    """Set one module's text; a change of the source text marks its translations outdated
    (and the search index hears of the changed service after the commit)."""
    return text_set(model=ServiceText, owner=service, part=module, language=language, text=text)


def office_text_update(*, office: Office, field: str, language: str, text: str) -> OfficeText:
    """Set one office field's text; a change of the source text marks translations outdated."""
    return text_set(model=OfficeText, owner=office, part=field, language=language, text=text)


def translation_mark_reviewed(*, text: ServiceText, user: AbstractBaseUser) -> ServiceText:
    """A reviewer confirms a translation matches the current source text."""
    return text_mark_reviewed(row=text, user=user)
