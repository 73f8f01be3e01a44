"""Writes of the international app: loading a city's data, recording measurements, adding
goals. Texts are written with the shared translation workflow (`lotse.core.translation`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import IntegrityError, transaction
from django.db.models import Manager, Model
from django.utils import timezone
from django.utils.translation import gettext as _

from lotse.core.audit import Action, audit_record
from lotse.core.languages import city_languages
from lotse.core.loading import keyed_replace, text_rows
from lotse.core.models import City
from lotse.core.translation import text_set
from lotse.international import models
from lotse.international.entities import (
    ASSOCIATION_FIELDS,
    ATTRACTION_FIELDS,
    GOAL_FIELDS,
    PARTNERSHIP_FIELDS,
    EntityData,
)
from lotse.international.loader import (
    InternationalData,
    InternationalDataError,
    read_international_data,
)

M = TypeVar("M", bound=Model)
E = TypeVar("E", bound=EntityData)


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
    data = read_international_data(
        directory, source_language=city.source_language, languages=city_languages(city)
    )
    with transaction.atomic():
        _write(city, data)
    return city


def _write(city: City, data: InternationalData) -> None:
    texts: list[models.InternationalText] = []

    def add_texts(row: Model, item: EntityData) -> None:
        texts.extend(
            text_rows(
                models.InternationalText,
                row,
                item.texts,
                source_language=city.source_language,
                statuses=item.statuses,
            )
        )

    def replace(rows: Manager[M], items: Sequence[E], **options: Any) -> list[tuple[M, E]]:
        """The rows become the file's items (`keyed_replace`); their texts are collected."""
        pairs = keyed_replace(rows, items, **options)
        for row, item in pairs:
            add_texts(row, item)
        return pairs

    partnerships = replace(city.partnerships, data.partnerships, fields=PARTNERSHIP_FIELDS)
    partners = {partnership.key: partnership for partnership, _item in partnerships}
    for partnership, item in partnerships:
        partnership.decisions.all().delete()
        models.CouncilDecision.objects.bulk_create(
            models.CouncilDecision(
                partnership=partnership,
                date=d.date,
                reference=d.reference,
                summary=d.summary,
                source_url=d.source_url,
            )
            for d in item.decisions
        )

    projects = keyed_replace(
        city.int_projects,
        data.projects,
        fields=["example"],
        extra=lambda item: {"partnership": partners.get(item.partner)},
    )
    for project, project_data in projects:
        add_texts(project, project_data)  # before its goals' texts, in file order
        for goal, goal_data in replace(project.goals, project_data.goals, fields=GOAL_FIELDS):
            goal.measurements.filter(recorded_by__isnull=True).delete()
            staff_dates = set(goal.measurements.values_list("date", flat=True))
            models.Measurement.objects.bulk_create(
                models.Measurement(goal=goal, date=d, value=v, note=note)
                for d, v, note in goal_data.measurements
                if d not in staff_dates
            )

    associations = replace(city.associations, data.associations, fields=ASSOCIATION_FIELDS)
    for association, association_data in associations:
        association.partnerships.set([partners[k] for k in association_data.partners])

    attractions = replace(city.attractions, data.attractions, fields=ATTRACTION_FIELDS)
    attraction_by_key = {attraction.key: attraction for attraction, _item in attractions}
    replace(
        city.int_events,
        data.events,
        fields=["start", "end", "url", "sources"],
        extra=lambda item: {
            "attraction": attraction_by_key.get(item.attraction),
            "partnership": partners.get(item.partner),
        },
    )

    # Texts are replaced as a whole, like the catalog's: the files are the source of truth.
    for owner in models.OWNER_FIELDS:
        lookup = "goal__project__city" if owner == "goal" else f"{owner}__city"
        models.InternationalText.objects.filter(**{lookup: city}).delete()
    models.InternationalText.objects.bulk_create(texts)


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
    goal: models.Goal,
    date: dt.date,
    value: Decimal,
    user: AbstractBaseUser | AnonymousUser | None,
    note: str = "",
    today: dt.date | None = None,
) -> models.Measurement:
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
            measurement = models.Measurement.objects.create(
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
    project: models.Project,
    key: str,
    indicator: dict[str, str],
    unit: str,
    baseline: object,
    target: object,
    baseline_date: dt.date | None,
    target_date: dt.date | None,
    direction: str,
) -> models.Goal:
    """Add a measurable goal to a project; every invalid field is named in the error."""
    problems: dict[str, str] = {}
    base = _decimal(baseline, "baseline", problems)
    goal_target = _decimal(target, "target", problems)
    if direction not in models.Direction.values:
        problems["direction"] = _("Choose increase or decrease.")
    if baseline_date is None:
        problems["baseline_date"] = _("Enter a date.")
    if target_date is None:
        problems["target_date"] = _("Enter a date.")
    if baseline_date and target_date and target_date <= baseline_date:
        problems["target_date"] = _("The target date must be after the baseline date.")
    if base is not None and goal_target is not None and direction in models.Direction.values:
        if direction == models.Direction.INCREASE and goal_target <= base:
            problems["target"] = _("To increase, the target must be above the baseline.")
        if direction == models.Direction.DECREASE and goal_target >= base:
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
        goal = models.Goal.objects.create(
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
                    model=models.InternationalText,
                    owner=goal,
                    part="indicator",
                    language=language,
                    text=text,
                )
    return goal
