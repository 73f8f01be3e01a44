"""International models: partner cities, cooperation projects with measurable goals,
associations, attractions and events, and their texts per language with a translation status."""

from __future__ import annotations

import functools
import operator
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from lotse.core.models import City, CityKeyed
from lotse.core.translation import TranslatedText


class PartnershipKind(models.TextChoices):
    FORMAL = "formal", "Formal town twinning"
    PROJECT = "project", "Project partnership"
    PLANNED = "planned", "Planned partnership"


class PartnershipStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    PAUSED = "paused", "Paused"
    PLANNED = "planned", "Planned"
    IN_PREPARATION = "in_preparation", "In preparation"


class Direction(models.TextChoices):
    INCREASE = "increase", "Increase (higher is better)"
    DECREASE = "decrease", "Decrease (lower is better)"


class AttractionKind(models.TextChoices):
    MUSEUM = "museum", "Museum"
    ATTRACTION = "attraction", "Tourist attraction"


class TextField(models.TextChoices):
    """The translatable fields; which owner uses which is checked by the loader."""

    NAME = "name", "Name"
    TITLE = "title", "Title"
    SUMMARY = "summary", "Summary"
    DESCRIPTION = "description", "Description"
    INDICATOR = "indicator", "Indicator"


class Partnership(CityKeyed):
    """A partner city of a city: formal twinning, project partnership or a planned one."""

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="partnerships")
    key = models.SlugField(max_length=64)
    country = models.CharField(max_length=2, help_text="ISO 3166-1 alpha-2 (PS for Palestine).")
    kind = models.CharField(max_length=16, choices=PartnershipKind.choices)
    status = models.CharField(max_length=16, choices=PartnershipStatus.choices)
    since = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Year the partnership began (empty when unknown)."
    )
    contacts = models.JSONField(default=list, blank=True, help_text="[{name, role, email, url}]")
    languages = models.JSONField(default=list, blank=True, help_text="ISO 639-1 codes.")
    sources = models.JSONField(default=list, blank=True, help_text="[{url, title, checked}]")
    uncertain = models.JSONField(default=dict, blank=True, help_text="field -> what is unsure")
    position = models.PositiveSmallIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        ordering = ["city", "position", "key"]
        constraints = [
            models.UniqueConstraint(fields=["city", "key"], name="partnership_key_unique"),
            models.CheckConstraint(
                condition=Q(since__isnull=True) | Q(since__gte=1900, since__lte=2100),
                name="partnership_since_year",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=PartnershipKind.values), name="partnership_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=PartnershipStatus.values), name="partnership_status_valid"
            ),
        ]


class CouncilDecision(models.Model):
    """A decision of the city council behind a partnership (date, reference, what it decided)."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="decisions")
    date = models.DateField()
    reference = models.CharField(max_length=64, blank=True, help_text="Drucksache number.")
    summary = models.CharField(max_length=300)
    source_url = models.URLField(max_length=500, blank=True)

    class Meta:
        ordering = ["partnership", "date"]

    def __str__(self) -> str:
        return f"{self.partnership} {self.date}"


class Project(CityKeyed):
    """A cooperation project with measurable goals, usually with one partner city."""

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="int_projects")
    key = models.SlugField(max_length=64)
    partnership = models.ForeignKey(
        Partnership, null=True, blank=True, on_delete=models.SET_NULL, related_name="projects"
    )
    example = models.BooleanField(
        default=False, help_text="Made-up example data, shown with a visible marker."
    )
    position = models.PositiveSmallIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["city", "position", "key"]
        constraints = [
            models.UniqueConstraint(fields=["city", "key"], name="int_project_key_unique")
        ]


class Goal(models.Model):
    """A measurable goal: an indicator moves from a baseline to a target by a date."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="goals")
    key = models.SlugField(max_length=64)
    unit = models.CharField(max_length=32)
    baseline = models.DecimalField(max_digits=14, decimal_places=2)
    baseline_date = models.DateField()
    target = models.DecimalField(max_digits=14, decimal_places=2)
    target_date = models.DateField()
    direction = models.CharField(max_length=8, choices=Direction.choices)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        ordering = ["project", "position", "key"]
        constraints = [
            models.UniqueConstraint(fields=["project", "key"], name="goal_key_unique"),
            models.CheckConstraint(condition=Q(baseline__gte=0), name="goal_baseline_not_negative"),
            models.CheckConstraint(condition=Q(target__gte=0), name="goal_target_not_negative"),
            models.CheckConstraint(
                condition=Q(target_date__gt=F("baseline_date")), name="goal_dates_in_order"
            ),
            models.CheckConstraint(
                condition=(Q(direction=Direction.INCREASE) & Q(target__gt=F("baseline")))
                | (Q(direction=Direction.DECREASE) & Q(target__lt=F("baseline"))),
                name="goal_target_matches_direction",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.project}/{self.key}"


class Measurement(models.Model):
    """One dated value of a goal's indicator; from the data files or recorded by staff."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="measurements")
    date = models.DateField()
    value = models.DecimalField(max_digits=14, decimal_places=2)
    note = models.CharField(max_length=300, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["goal", "date"]
        constraints = [
            models.UniqueConstraint(fields=["goal", "date"], name="measurement_one_per_day"),
            models.CheckConstraint(condition=Q(value__gte=0), name="measurement_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.goal} {self.date}: {self.value}"


class Association(models.Model):
    """An international or diaspora association newcomers can turn to."""

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="associations")
    key = models.SlugField(max_length=64)
    name = models.CharField(max_length=200, help_text="The association's own name.")
    languages = models.JSONField(default=list, blank=True)
    topics = models.JSONField(default=list, blank=True)
    regions = models.JSONField(default=list, blank=True, help_text="Countries or regions.")
    partnerships: models.ManyToManyField[Partnership, models.Model] = models.ManyToManyField(
        Partnership, blank=True, related_name="associations"
    )
    website = models.URLField(max_length=500, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=64, blank=True)
    sources = models.JSONField(default=list, blank=True)
    uncertain = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("association")
        verbose_name_plural = _("associations")
        ordering = ["city", "name"]
        constraints = [
            models.UniqueConstraint(fields=["city", "key"], name="association_key_unique")
        ]

    def __str__(self) -> str:
        return self.name


class Attraction(CityKeyed):
    """A museum or attraction of the city, presented together as one bundle."""

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="attractions")
    key = models.SlugField(max_length=64)
    kind = models.CharField(max_length=16, choices=AttractionKind.choices)
    street = models.CharField(max_length=200)
    postal_code = models.CharField(max_length=10)
    locality = models.CharField(max_length=100)
    website = models.URLField(max_length=500, blank=True)
    sources = models.JSONField(default=list, blank=True)
    uncertain = models.JSONField(default=dict, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("attraction")
        verbose_name_plural = _("attractions")
        ordering = ["city", "position", "key"]
        constraints = [
            models.UniqueConstraint(fields=["city", "key"], name="attraction_key_unique")
        ]


class Event(CityKeyed):
    """A dated event at an attraction or within a partnership."""

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="int_events")
    key = models.SlugField(max_length=64)
    attraction = models.ForeignKey(
        Attraction, null=True, blank=True, on_delete=models.CASCADE, related_name="events"
    )
    partnership = models.ForeignKey(
        Partnership, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    start = models.DateField()
    end = models.DateField(null=True, blank=True)
    url = models.URLField(max_length=500, blank=True)
    sources = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["city", "start", "key"]
        constraints = [
            models.UniqueConstraint(fields=["city", "key"], name="int_event_key_unique"),
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=F("start")), name="event_dates_in_order"
            ),
        ]


OWNER_FIELDS = ("partnership", "project", "goal", "association", "attraction", "event")


def exactly_one_set(fields: tuple[str, ...]) -> Q:
    """A condition that holds when exactly one of the foreign keys `fields` is set."""
    alternatives = [
        functools.reduce(operator.and_, (Q(**{f"{f}__isnull": f != chosen}) for f in fields))
        for chosen in fields
    ]
    return functools.reduce(operator.or_, alternatives)


class InternationalText(TranslatedText):
    """One translatable field of one object in one language, with its translation status
    (the shared translated-text base: a changed source marks translations outdated)."""

    partnership = models.ForeignKey(
        Partnership, null=True, blank=True, on_delete=models.CASCADE, related_name="texts"
    )
    project = models.ForeignKey(
        Project, null=True, blank=True, on_delete=models.CASCADE, related_name="texts"
    )
    goal = models.ForeignKey(
        Goal, null=True, blank=True, on_delete=models.CASCADE, related_name="texts"
    )
    association = models.ForeignKey(
        Association, null=True, blank=True, on_delete=models.CASCADE, related_name="texts"
    )
    attraction = models.ForeignKey(
        Attraction, null=True, blank=True, on_delete=models.CASCADE, related_name="texts"
    )
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.CASCADE, related_name="texts"
    )
    field = models.CharField(max_length=16, choices=TextField.choices)

    owner_fields: ClassVar[tuple[str, ...]] = OWNER_FIELDS
    part_field: ClassVar[str] = "field"
    city_paths: ClassVar[dict[str, str]] = {
        owner: "project__city" if owner == "goal" else "city" for owner in OWNER_FIELDS
    }

    class Meta(TranslatedText.Meta):
        verbose_name = _("international text")
        verbose_name_plural = _("international texts")
        ordering = ["field", "language"]
        constraints = [
            # Exactly one owner: one alternative per owner, that owner set and all others empty.
            models.CheckConstraint(
                condition=exactly_one_set(OWNER_FIELDS),
                name="int_text_exactly_one_owner",
            ),
            *(
                models.UniqueConstraint(
                    fields=[owner, "field", "language"],
                    condition=Q(**{f"{owner}__isnull": False}),
                    name=f"int_text_unique_{owner}",
                )
                for owner in OWNER_FIELDS
            ),
        ]
