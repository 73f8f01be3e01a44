"""Reads of the international app, shaped for the API and the pages with a fixed number of
queries (no query per partnership, project or goal)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch, Q
from django.utils import timezone

from lotse.core.loading import attributes
from lotse.core.models import City
from lotse.international import entities, models
from lotse.international.entities import EntityData as Described
from lotse.international.entities import SourcedData as Sourced
from lotse.international.progress import Progress, goal_progress


class InternationalNotFound(LookupError):
    """Raised when a project, goal or partner does not exist (what = 'project', …)."""

    def __init__(self, what: str, value: str) -> None:
        super().__init__(f"{what} {value!r} not found")
        self.what = what
        self.value = value


def _texts(rows: list[models.InternationalText]) -> entities.Texts:
    result: entities.Texts = {}
    for row in rows:
        result.setdefault(row.field, {})[row.language] = row.text
    return result


@dataclass(kw_only=True)
class PartnershipInfo(Sourced):
    country: str
    kind: str
    status: str
    since: int | None
    languages: list[str]
    contacts: list[dict[str, str]]
    decisions: list[dict[str, str]]

    def name(self, language: str) -> str:
        return self.text("name", language, self.key)


def partnership_list(*, city: City, kind: str | None = None) -> list[PartnershipInfo]:
    """All partnerships of a city, in data order (3 queries)."""
    rows = models.Partnership.objects.filter(city=city).prefetch_related("texts", "decisions")
    if kind:
        rows = rows.filter(kind=kind)
    return [
        PartnershipInfo(
            key=p.key,
            **attributes(p, entities.PARTNERSHIP_FIELDS),
            decisions=[
                {
                    "date": d.date.isoformat(),
                    "reference": d.reference,
                    "summary": d.summary,
                    "source": d.source_url,
                }
                for d in p.decisions.all()
            ],
            texts=_texts(list(p.texts.all())),
        )
        for p in rows
    ]


@dataclass(kw_only=True)
class GoalInfo(entities.GoalFields):
    id: int
    measurements: list[tuple[dt.date, Decimal]]
    progress: Progress

    def indicator(self, language: str) -> str:
        return self.text("indicator", language, self.key)


@dataclass(kw_only=True)
class ProjectInfo(Described):
    example: bool
    partner_key: str | None
    partner_texts: entities.Texts
    goals: list[GoalInfo]
    updated_at: dt.datetime

    def summary(self, language: str) -> str:
        return self.text("summary", language)

    def partner_name(self, language: str) -> str:
        return entities.pick(self.partner_texts, "name", language, self.partner_key or "")

    @property
    def states(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for goal in self.goals:
            counts[goal.progress.state] = counts.get(goal.progress.state, 0) + 1
        return counts


def _project_queryset(city: City) -> Any:
    return (
        models.Project.objects.filter(city=city)
        .select_related("partnership")
        .prefetch_related(
            "texts",
            "partnership__texts",
            Prefetch(
                "goals",
                queryset=models.Goal.objects.prefetch_related(
                    "texts",
                    Prefetch("measurements", queryset=models.Measurement.objects.order_by("date")),
                ),
            ),
        )
    )


def _project_info(project: models.Project, today: dt.date) -> ProjectInfo:
    goals = []
    for goal in project.goals.all():
        measurements = [(m.date, m.value) for m in goal.measurements.all()]
        goals.append(
            GoalInfo(
                id=goal.pk,
                key=goal.key,
                **attributes(goal, entities.GOAL_FIELDS),
                measurements=measurements,
                progress=goal_progress(
                    baseline=goal.baseline,
                    target=goal.target,
                    baseline_date=goal.baseline_date,
                    target_date=goal.target_date,
                    measurements=measurements,
                    today=today,
                ),
                texts=_texts(list(goal.texts.all())),
            )
        )
    partner = project.partnership
    return ProjectInfo(
        key=project.key,
        example=project.example,
        partner_key=partner.key if partner else None,
        partner_texts=_texts(list(partner.texts.all())) if partner else {},
        goals=goals,
        texts=_texts(list(project.texts.all())),
        updated_at=project.updated_at,
    )


def project_list(
    *, city: City, partner: str | None = None, today: dt.date | None = None
) -> list[ProjectInfo]:
    """All projects with goals and computed progress (7 queries whatever the number)."""
    today = today or timezone.localdate()
    projects = _project_queryset(city)
    if partner:
        if not models.Partnership.objects.filter(city=city, key=partner).exists():
            raise InternationalNotFound("partner", partner)
        projects = projects.filter(partnership__key=partner)
    return [_project_info(p, today) for p in projects]


def project_detail(*, city: City, key: str, today: dt.date | None = None) -> ProjectInfo:
    project = _project_queryset(city).filter(key=key).first()
    if project is None:
        raise InternationalNotFound("project", key)
    return _project_info(project, today or timezone.localdate())


def goal_get(*, city: City, goal_id: int) -> models.Goal:
    goal = (
        models.Goal.objects.filter(project__city=city, pk=goal_id).select_related("project").first()
    )
    if goal is None:
        raise InternationalNotFound("goal", str(goal_id))
    return goal


AssociationInfo = entities.AssociationData


def association_list(*, city: City, query: str = "") -> list[AssociationInfo]:
    """Associations, optionally filtered by a search over name, topics, regions, languages,
    partner cities and descriptions (case-insensitive, every word must match)."""
    rows = models.Association.objects.filter(city=city).prefetch_related(
        "texts",
        Prefetch("partnerships", queryset=models.Partnership.objects.prefetch_related("texts")),
    )
    result = []
    words = [w.casefold() for w in query.split() if w.strip()]
    for a in rows:
        partner_names = [t.text for p in a.partnerships.all() for t in p.texts.all()]
        info = AssociationInfo(
            key=a.key,
            **attributes(a, entities.ASSOCIATION_FIELDS),
            partners=[p.key for p in a.partnerships.all()],
            texts=_texts(list(a.texts.all())),
        )
        # The directory is small (tens of entries): matching in Python keeps it
        # language-agnostic without a search index.
        haystack = " ".join(
            [
                a.name,
                *info.topics,
                *info.regions,
                *info.languages,
                *info.partners,
                *partner_names,
                *(t for per in info.texts.values() for t in per.values()),
            ]
        ).casefold()
        if all(w in haystack for w in words):
            result.append(info)
    return result


@dataclass(kw_only=True)
class EventInfo(Sourced):
    start: dt.date
    end: dt.date | None
    url: str
    attraction: str | None


@dataclass(kw_only=True)
class AttractionInfo(Sourced):
    kind: str
    street: str
    postal_code: str
    locality: str
    website: str
    events: list[EventInfo] = field(default_factory=list)


def _event_info(e: models.Event) -> EventInfo:
    return EventInfo(
        key=e.key,
        start=e.start,
        end=e.end,
        url=e.url,
        attraction=e.attraction.key if e.attraction else None,
        sources=list(e.sources),
        texts=_texts(list(e.texts.all())),
    )


def attraction_list(*, city: City) -> list[AttractionInfo]:
    """The bundle: every attraction with its texts and events (4 queries)."""
    rows = models.Attraction.objects.filter(city=city).prefetch_related(
        "texts", Prefetch("events", queryset=models.Event.objects.prefetch_related("texts"))
    )
    return [
        AttractionInfo(
            key=a.key,
            **attributes(a, entities.ATTRACTION_FIELDS),
            texts=_texts(list(a.texts.all())),
            events=[_event_info(e) for e in a.events.all()],
        )
        for a in rows
    ]


def event_list(*, city: City, since: dt.date | None = None) -> list[EventInfo]:
    rows = (
        models.Event.objects.filter(city=city)
        .select_related("attraction")
        .prefetch_related("texts")
    )
    if since:
        rows = rows.filter(Q(end__gte=since) | Q(end__isnull=True, start__gte=since))
    return [_event_info(e) for e in rows.order_by("start")]
