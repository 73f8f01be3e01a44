"""Catalog models: services and offices of a city, their texts per language, and sources.

Texts follow the FIM/XZuFi text modules. Each text is one row per (object, module,
language) with a translation status; a translation remembers the digest of the source
text it was made from, so a change of the source marks it outdated.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lotse.core.models import City, CityKeyed
from lotse.core.translation import TranslatedText, TranslationStatus, text_digest

__all__ = ["TranslationStatus", "text_digest"]  # re-exported: apps import them from here


class TextModule(models.TextChoices):
    """Text modules of a service (FIM "Leistungsbeschreibung"), in display order."""

    NAME = "name", "Name (Leistungsbezeichnung)"
    SUMMARY = "summary", "Short text (Kurztext)"
    BODY = "body", "Full text (Volltext)"
    WHO = "who", "Who it is for (Ansprechpunkt / Adressat)"
    PREREQUISITES = "prerequisites", "Prerequisites (Voraussetzungen)"
    STEPS = "steps", "Procedure (Verfahrensablauf)"
    DOCUMENTS = "documents", "Required documents (Erforderliche Unterlagen)"
    FEES = "fees", "Fees (Kosten)"
    DEADLINES = "deadlines", "Deadlines (Fristen)"
    PROCESSING_TIME = "processing_time", "Processing time (Bearbeitungsdauer)"
    LEGAL_BASIS = "legal_basis", "Legal basis (Rechtsgrundlage)"
    FORMS = "forms", "Forms (Formulare)"
    ONLINE_SERVICE = "online_service", "Online service (Onlinedienst)"
    NOTES = "notes", "Notes (Hinweise)"
    SYNONYMS = "synonyms", "Synonyms (search terms)"


# Modules that hold one item per line (steps, documents, …).
LIST_MODULES = frozenset(
    {
        TextModule.STEPS,
        TextModule.DOCUMENTS,
        TextModule.LEGAL_BASIS,
        TextModule.FORMS,
        TextModule.SYNONYMS,
    }
)
REQUIRED_EVERYWHERE = (TextModule.NAME, TextModule.SUMMARY)
REQUIRED_FULL = (
    TextModule.NAME,
    TextModule.SUMMARY,
    TextModule.BODY,
    TextModule.WHO,
    TextModule.STEPS,
    TextModule.DOCUMENTS,
    TextModule.FEES,
    TextModule.DEADLINES,
    TextModule.LEGAL_BASIS,
)


class OfficeTextField(models.TextChoices):
    NAME = "name", "Name"
    DESCRIPTION = "description", "Description"
    ACCESSIBILITY = "accessibility", "Accessibility"
    OPENING_HOURS_NOTE = "opening_hours_note", "Opening hours note"


class LifeSituation(models.TextChoices):
    ARRIVING = "arriving", "Arriving"
    WORK = "work", "Work"
    FAMILY = "family", "Family"
    HOUSING = "housing", "Housing"
    EVERYDAY = "everyday", "Everyday life"
    HEALTH = "health", "Health"
    EDUCATION = "education", "Education"
    COUNSELLING = "counselling", "Advice and protection"
    COMMUNITY = "community", "Community and leisure"


class OfficeKind(models.TextChoices):
    CITY = "city", "City administration"
    STATE = "state", "State authority"
    FEDERAL = "federal", "Federal authority"
    OTHER = "other", "Other body"


class Office(CityKeyed):
    """An office (Organisationseinheit) that provides services to newcomers."""

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="offices")
    key = models.SlugField(max_length=64)
    kind = models.CharField(max_length=16, choices=OfficeKind.choices, default=OfficeKind.CITY)
    phone = models.CharField(max_length=64, blank=True)
    email = models.EmailField(blank=True)
    website = models.URLField(max_length=500, blank=True)
    appointment_url = models.URLField(max_length=500, blank=True)
    languages = models.JSONField(default=list, help_text="Languages spoken (ISO 639-1).")
    uncertain = models.JSONField(default=dict, blank=True, help_text="field -> what is unsure")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        ordering = ["city", "key"]
        constraints = [
            models.UniqueConstraint(fields=["city", "key"], name="office_key_unique_per_city")
        ]


class OfficeText(TranslatedText):
    """One translatable field of an office in one language, with its translation status."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="texts")
    field = models.CharField(max_length=32, choices=OfficeTextField.choices)

    owner_fields: ClassVar[tuple[str, ...]] = ("office",)
    part_field: ClassVar[str] = "field"
    city_paths: ClassVar[dict[str, str]] = {"office": "city"}

    class Meta(TranslatedText.Meta):
        verbose_name = _("office text")
        verbose_name_plural = _("office texts")
        ordering = ["office", "field", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["office", "field", "language"], name="office_text_unique"
            )
        ]


class AddressType(models.TextChoices):
    VISITOR = "visitor", "Visitor address"
    POSTAL = "postal", "Postal address"
    DELIVERY = "delivery", "Delivery address"


class OfficeAddress(models.Model):
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="addresses")
    type = models.CharField(max_length=16, choices=AddressType.choices)
    street = models.CharField(max_length=200, blank=True)
    postal_code = models.CharField(max_length=10, blank=True)
    locality = models.CharField(max_length=100)
    note = models.CharField(max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["office", "position"]

    def __str__(self) -> str:
        return f"{self.street}, {self.postal_code} {self.locality}"


class OpeningHours(models.Model):
    """One opening interval on one weekday (0 = Monday)."""

    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField()
    opens = models.TimeField()
    closes = models.TimeField()

    class Meta:
        ordering = ["office", "weekday", "opens"]
        constraints = [
            models.CheckConstraint(
                condition=Q(weekday__gte=0, weekday__lte=6), name="opening_weekday_range"
            ),
            models.CheckConstraint(condition=Q(closes__gt=models.F("opens")), name="opening_order"),
        ]

    def __str__(self) -> str:
        return f"{self.weekday} {self.opens:%H:%M}-{self.closes:%H:%M}"


class Service(CityKeyed):
    """A procedure a newcomer goes through (Leistung), with a stable key per city."""

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="services")
    key = models.SlugField(max_length=64)
    leika_keys = models.JSONField(default=list, blank=True)
    life_situations = models.JSONField(default=list, blank=True)
    related_keys = models.JSONField(default=list, blank=True)
    uncertain = models.JSONField(default=dict, blank=True, help_text="field -> what is unsure")
    text_layers = models.JSONField(
        default=dict,
        blank=True,
        help_text="text module -> content layer of its source text: federal, state or city",
    )
    offices: models.ManyToManyField[Office, Responsibility] = models.ManyToManyField(
        Office, through="Responsibility", related_name="services"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["city", "key"]
        constraints = [
            models.UniqueConstraint(fields=["city", "key"], name="service_key_unique_per_city")
        ]


class ServiceText(TranslatedText):
    """One text module of a service in one language, with its translation status."""

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="texts")
    module = models.CharField(max_length=32, choices=TextModule.choices)

    owner_fields: ClassVar[tuple[str, ...]] = ("service",)
    part_field: ClassVar[str] = "module"
    city_paths: ClassVar[dict[str, str]] = {"service": "city"}

    class Meta(TranslatedText.Meta):
        verbose_name = _("service text")
        verbose_name_plural = _("service texts")
        ordering = ["service", "module", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["service", "module", "language"], name="service_text_unique"
            )
        ]


class Responsibility(models.Model):
    """Which office is responsible for which service in which city."""

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="responsibilities")
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="responsibilities")
    office = models.ForeignKey(Office, on_delete=models.CASCADE, related_name="responsibilities")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["service", "position"]
        verbose_name_plural = "responsibilities"
        constraints = [
            models.UniqueConstraint(fields=["service", "office"], name="responsibility_unique")
        ]

    def __str__(self) -> str:
        return f"{self.service} -> {self.office.key}"


class Source(models.Model):
    """Where a fact comes from and when it was last checked; belongs to a service or office."""

    service = models.ForeignKey(
        Service, null=True, blank=True, on_delete=models.CASCADE, related_name="sources"
    )
    office = models.ForeignKey(
        Office, null=True, blank=True, on_delete=models.CASCADE, related_name="sources"
    )
    url = models.URLField(max_length=500)
    title = models.CharField(max_length=300)
    checked = models.DateField()
    covers = models.JSONField(default=list, blank=True, help_text="Fields this source backs.")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(service__isnull=False) & Q(office__isnull=True))
                | (Q(service__isnull=True) & Q(office__isnull=False)),
                name="source_belongs_to_exactly_one",
            )
        ]

    def __str__(self) -> str:
        return self.url


class FactCheckResult(models.TextChoices):
    CONFIRMED = "confirmed", "Source opened; confirms the fact"
    CORRECTED = "corrected", "Source opened; the data was corrected to match"
    NOT_CONFIRMED = "not-confirmed", "Could not confirm (mark the fact uncertain)"


class FactCheck(models.Model):
    """A staff member opened a source on a day and checked one fact (subject + field) with it.

    A confirmed or corrected check counts like a source's `checked` date in the facts report,
    so the fact leaves the "check too old" work queue."""

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="fact_checks")
    subject = models.CharField(
        max_length=160, help_text='"service:<key>", "office:<key>", "rule:<id>" or "thresholds:…"'
    )
    field = models.CharField(max_length=160, help_text="The text module or field checked.")
    result = models.CharField(max_length=16, choices=FactCheckResult.choices)
    source_url = models.URLField(max_length=500)
    note = models.TextField(blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    checked_on = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("fact check")
        verbose_name_plural = _("fact checks")
        ordering = ["-checked_on", "-created_at"]
        indexes = [models.Index(fields=["city", "subject", "field"])]

    def __str__(self) -> str:
        return f"{self.city.slug} {self.subject} {self.field} {self.result} {self.checked_on}"
