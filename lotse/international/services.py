"""Writes of the international app: loading a city's data, recording measurements, adding
goals. Texts are written with the shared translation workflow (`lotse.core.translation`)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lotse.core.audit import Action, audit_record
from lotse.core.models import City
from lotse.core.translation import TranslationStatus, text_digest, text_set
from lotse.international.loader import (
    InternationalData,
    InternationalDataError,
    Statuses,
    Texts,
    read_international_data,
)
from lotse.international.models import (
    OWNER_FIELDS,
    Association,
    Attraction,
    CouncilDecision,
    Direction,
    Event,
    Goal,
    InternationalText,
    Measurement,
    Partnership,
    Project,
)


class InternationalValidationError(Exception):
    """Raised by a service when its input is invalid; `fields` maps field -> problem."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in fields.items()))
        self.fields = fields


def international_load_city(*, slug: str, directory: Path | None = None) -> City:
    """Validate a city's international data and replace what it held, all or nothing.

    Measurements that staff recorded (they have `recorded_by`) survive a reload; the ones
    from the files are replaced.
    """
    city = City.objects.filter(slug=slug).first()
    if city is None:
        raise InternationalDataError(
            [f"city {slug!r}: unknown city (load its catalog first: catalog_load {slug})"]
        )
    if directory is None:
        directory = Path(settings.LOTSE_CITY_DATA_DIR) / slug / "international"
    data = read_international_data(directory, source_language=city.source_language)
    with transaction.atomic():
        _write(city, data)
    return city


def _text_rows(
    owner: str, obj: object, texts: Texts, statuses: Statuses, source_language: str
) -> list[InternationalText]:
    rows = []
    for field_name, per_language in texts.items():
        source = per_language.get(source_language, "")
        digest = text_digest(source) if source else ""
        for language, text in per_language.items():
            status = (
                TranslationStatus.ORIGINAL
                if language == source_language
                else statuses.get(language, TranslationStatus.MACHINE_ASSISTED)
            )
            rows.append(
                InternationalText(
                    **{owner: obj},
                    field=field_name,
                    language=language,
                    text=text,
                    status=status,
                    source_digest=digest,
                )
            )
    return rows


def _write(city: City, data: InternationalData) -> None:
    lang = city.source_language
    texts: list[InternationalText] = []

    city.partnerships.exclude(key__in=[p.key for p in data.partnerships]).delete()
    partners: dict[str, Partnership] = {}
    for position, item in enumerate(data.partnerships):
        partnership, _created = Partnership.objects.update_or_create(
            city=city,
            key=item.key,
            defaults={
                "country": item.country,
                "kind": item.kind,
                "status": item.status,
                "since": item.since,
                "contacts": item.contacts,
                "languages": item.languages,
                "sources": item.sources,
                "uncertain": item.uncertain,
                "position": position,
            },
        )
        partners[item.key] = partnership
        partnership.decisions.all().delete()
        CouncilDecision.objects.bulk_create(
            CouncilDecision(
                partnership=partnership,
                date=d.date,
                reference=d.reference,
                summary=d.summary,
                source_url=d.source_url,
            )
            for d in item.decisions
        )
        texts += _text_rows("partnership", partnership, item.texts, item.statuses, lang)

    city.int_projects.exclude(key__in=[p.key for p in data.projects]).delete()
    for position, project_data in enumerate(data.projects):
        project, _created = Project.objects.update_or_create(
            city=city,
            key=project_data.key,
            defaults={
                "partnership": partners.get(project_data.partner),
                "example": project_data.example,
                "position": position,
            },
        )
        texts += _text_rows("project", project, project_data.texts, project_data.statuses, lang)
        project.goals.exclude(key__in=[g.key for g in project_data.goals]).delete()
        for goal_position, goal_data in enumerate(project_data.goals):
            goal, _created = Goal.objects.update_or_create(
                project=project,
                key=goal_data.key,
                defaults={
                    "unit": goal_data.unit,
                    "baseline": goal_data.baseline,
                    "baseline_date": goal_data.baseline_date,
                    "target": goal_data.target,
                    "target_date": goal_data.target_date,
                    "direction": goal_data.direction,
                    "position": goal_position,
                },
            )
            goal.measurements.filter(recorded_by__isnull=True).delete()
            staff_dates = set(goal.measurements.values_list("date", flat=True))
            Measurement.objects.bulk_create(
                Measurement(goal=goal, date=d, value=v, note=note)
                for d, v, note in goal_data.measurements
                if d not in staff_dates
            )
            texts += _text_rows("goal", goal, goal_data.texts, goal_data.statuses, lang)

    city.associations.exclude(key__in=[a.key for a in data.associations]).delete()
    for association_data in data.associations:
        association, _created = Association.objects.update_or_create(
            city=city,
            key=association_data.key,
            defaults={
                "name": association_data.name,
                "languages": association_data.languages,
                "topics": association_data.topics,
                "regions": association_data.regions,
                "website": association_data.website,
                "email": association_data.email,
                "phone": association_data.phone,
                "sources": association_data.sources,
                "uncertain": association_data.uncertain,
            },
        )
        association.partnerships.set([partners[k] for k in association_data.partners])
        texts += _text_rows(
            "association", association, association_data.texts, association_data.statuses, lang
        )

    city.attractions.exclude(key__in=[a.key for a in data.attractions]).delete()
    attractions: dict[str, Attraction] = {}
    for position, attraction_data in enumerate(data.attractions):
        attraction, _created = Attraction.objects.update_or_create(
            city=city,
            key=attraction_data.key,
            defaults={
                "kind": attraction_data.kind,
                "street": attraction_data.street,
                "postal_code": attraction_data.postal_code,
                "locality": attraction_data.locality,
                "website": attraction_data.website,
                "sources": attraction_data.sources,
                "uncertain": attraction_data.uncertain,
                "position": position,
            },
        )
        attractions[attraction_data.key] = attraction
        texts += _text_rows(
            "attraction", attraction, attraction_data.texts, attraction_data.statuses, lang
        )

    city.int_events.exclude(key__in=[e.key for e in data.events]).delete()
    for event_data in data.events:
        event, _created = Event.objects.update_or_create(
            city=city,
            key=event_data.key,
            defaults={
                "attraction": attractions.get(event_data.attraction),
                "partnership": partners.get(event_data.partner),
                "start": event_data.start,
                "end": event_data.end,
                "url": event_data.url,
                "sources": event_data.sources,
            },
        )
        texts += _text_rows("event", event, event_data.texts, event_data.statuses, lang)

    # Texts are replaced as a whole, like the catalog's: the files are the source of truth.
    for owner in OWNER_FIELDS:
        lookup = "goal__project__city" if owner == "goal" else f"{owner}__city"
        InternationalText.objects.filter(**{lookup: city}).delete()
    InternationalText.objects.bulk_create(texts)


def _decimal(value: object, name: str, problems: dict[str, str]) -> Decimal | None:
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        problems[name] = _("Enter a number.")
        return None
    if not number.is_finite():
        problems[name] = _("Enter a number.")
        return None
    if number < 0:
        problems[name] = _("The value must not be negative.")
        return None
    return number


def measurement_record(
    *,
    goal: Goal,
    date: dt.date,
    value: Decimal,
    user: AbstractBaseUser | AnonymousUser | None,
    note: str = "",
    today: dt.date | None = None,
) -> Measurement:
    """Record one dated value of a goal's indicator (one per day; never negative, never in
    the future, never before the baseline)."""
    today = today or timezone.localdate()
    problems: dict[str, str] = {}
    if value < 0:
        problems["value"] = _("The value must not be negative.")
    if date > today:
        problems["date"] = _("The date lies in the future.")
    elif date < goal.baseline_date:
        problems["date"] = _("The date is before the goal's baseline date (%(date)s).") % {
            "date": goal.baseline_date.isoformat()
        }
    elif goal.measurements.filter(date=date).exists():
        problems["date"] = _("There already is a measurement on %(date)s.") % {
            "date": date.isoformat()
        }
    if problems:
        raise InternationalValidationError(problems)
    recorder = user if user is not None and user.is_authenticated else None
    try:
        with transaction.atomic():
            measurement = Measurement.objects.create(
                goal=goal,
                date=date,
                value=value,
                note=note.strip()[:300],
                recorded_by=recorder,  # type: ignore[misc]
            )
            audit_record(
                actor=recorder,  # type: ignore[arg-type]
                action=Action.MEASURE,
                object_type="measurement",
                object_id=measurement.pk,
                city_id=goal.project.city_id,
                details={"goal": goal.pk, "date": date.isoformat()},
            )
            return measurement
    except IntegrityError as exc:  # a concurrent recording of the same day
        raise InternationalValidationError(
            {"date": _("There already is a measurement on %(date)s.") % {"date": date.isoformat()}}
        ) from exc


def goal_create(
    *,
    project: Project,
    key: str,
    indicator: dict[str, str],
    unit: str,
    baseline: object,
    target: object,
    baseline_date: dt.date | None,
    target_date: dt.date | None,
    direction: str,
) -> Goal:
    """Add a measurable goal to a project; every invalid field is named in the error."""
    problems: dict[str, str] = {}
    base = _decimal(baseline, "baseline", problems)
    goal_target = _decimal(target, "target", problems)
    if direction not in Direction.values:
        problems["direction"] = _("Choose increase or decrease.")
    if baseline_date is None:
        problems["baseline_date"] = _("Enter a date.")
    if target_date is None:
        problems["target_date"] = _("Enter a date.")
    if baseline_date and target_date and target_date <= baseline_date:
        problems["target_date"] = _("The target date must be after the baseline date.")
    if base is not None and goal_target is not None and direction in Direction.values:
        if direction == Direction.INCREASE and goal_target <= base:
            problems["target"] = _("To increase, the target must be above the baseline.")
        if direction == Direction.DECREASE and goal_target >= base:
            problems["target"] = _("To decrease, the target must be below the baseline.")
    if not unit.strip():
        problems["unit"] = _("Enter a unit.")
    source = project.city.source_language
    if not indicator.get(source, "").strip():
        problems["indicator"] = _("Describe the indicator.")
    if project.goals.filter(key=key).exists():
        problems["key"] = _("This project already has a goal with this key.")
    if problems:
        raise InternationalValidationError(problems)
    assert base is not None and goal_target is not None
    assert baseline_date is not None and target_date is not None
    with transaction.atomic():
        goal = Goal.objects.create(
            project=project,
            key=key,
            unit=unit.strip(),
            baseline=base,
            target=goal_target,
            baseline_date=baseline_date,
            target_date=target_date,
            direction=direction,
            position=project.goals.count(),
        )
        for language, text in indicator.items():
            if text.strip():
                text_set(
                    model=InternationalText,
                    owner=goal,
                    part="indicator",
                    language=language,
                    text=text,
                )
    return goal
