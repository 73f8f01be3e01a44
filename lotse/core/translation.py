"""The translated-text base, once for every app: one abstract model, one write workflow, one
coverage report.

A translated text is one row per (owner, part, language): the owner is the object the text
belongs to (a service, an office, a partner city …), the part names which of its texts it is
(a FIM text module such as `summary`, or a field such as `description`). The row in the
city's source language is the original; every other row is a translation that remembers the
digest of the source text it was made from. Changing the source marks every translation made
from another source text `outdated` — by digest, not by timestamps, so a revert or clock skew
cannot fool it (docs/decisions/0002-text-module-rows-with-digest.md).

Every write goes through `text_set`, `text_delete` and `text_mark_reviewed` (the admin does so
through `TranslatedTextAdminMixin`); each sends `text_changed`, which the owning app may use to
announce its own domain change (the catalog does, for the search index).
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models, transaction
from django.db.models import Count, Q
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lotse.core.languages import city_languages
from lotse.core.models import SourceTextVersion


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class TranslationStatus(models.TextChoices):
    """The statuses of a text; the labels are what staff read (in their language)."""

    ORIGINAL = "original", _("original")
    MACHINE_ASSISTED = "machine-assisted", _("machine-assisted")
    REVIEWED = "reviewed", _("reviewed")
    OUTDATED = "outdated", _("outdated")


# Sent after every write through this module (inside the writing transaction):
# sender = the model class, owner = the owning object, part, language, deleted (bool).
text_changed = Signal()


class TranslatedText(models.Model):
    """One text of one owner in one language, with its translation status.

    A subclass adds the foreign key(s) to its owner(s) and the part field, and names them:
    `owner_fields` (one, or several nullable ones of which exactly one is set), `part_field`,
    and `city_paths` (owner field -> attribute path from the owner to its City)."""

    language = models.CharField(max_length=8)
    text = models.TextField()
    status = models.CharField(max_length=20, choices=TranslationStatus.choices)
    source_digest = models.CharField(
        max_length=64, blank=True, help_text="Digest of the source text this translation follows."
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    owner_fields: ClassVar[tuple[str, ...]] = ()
    part_field: ClassVar[str] = ""
    city_paths: ClassVar[dict[str, str]] = {}

    class Meta:
        abstract = True
        # The work queues and the coverage report select texts by language and status.
        indexes = [models.Index(fields=["language", "status"])]

    def __str__(self) -> str:
        return f"{self.owner} {self.part} [{self.language}]"

    @property
    def owner(self) -> models.Model | None:
        for name in self.owner_fields:
            value = getattr(self, name)
            if value is not None:
                return value
        return None

    @property
    def part(self) -> str:
        return str(getattr(self, self.part_field))

    def items(self) -> list[str]:
        return [line.strip() for line in self.text.splitlines() if line.strip()]

    @classmethod
    def owner_field_for(cls, owner: models.Model) -> str:
        """The name of the foreign key that points to an owner of this type."""
        for name in cls.owner_fields:
            related = cls._meta.get_field(name).related_model
            if isinstance(owner, related):  # type: ignore[arg-type]
                return name
        raise ValueError(f"{type(owner).__name__} owns no {cls.__name__}")

    @classmethod
    def owner_city(cls, owner: models.Model) -> Any:
        value: Any = owner
        for attr in cls.city_paths[cls.owner_field_for(owner)].split("__"):
            value = getattr(value, attr)
        return value

    @classmethod
    def for_city(cls, city: Any) -> models.QuerySet[Any]:
        """Every text of this model that belongs to `city`."""
        condition = Q()
        for owner, path in cls.city_paths.items():
            condition |= Q(**{f"{owner}__{path}": city})
        return cls._default_manager.filter(condition)


T = TypeVar("T", bound=TranslatedText)


def _group(model: type[T], owner: models.Model, part: str) -> dict[str, Any]:
    return {model.owner_field_for(owner): owner, model.part_field: part}


def text_set(
    *,
    model: type[T],
    owner: models.Model,
    part: str,
    language: str,
    text: str,
    reviewed_by: AbstractBaseUser | None = None,
) -> T:
    """Set one text in one language.

    In the source language: the row becomes the original, and every translation made from
    another source text becomes outdated; the text it replaces is kept by digest
    (`SourceTextVersion`) so editors can see what changed. In another language: the
    translation records the digest of the source it follows and starts machine-assisted (a
    reviewer confirms it with `text_mark_reviewed`) — unless a person wrote it by hand
    (`reviewed_by`): then it is reviewed by that person."""
    text = text.strip()
    group = _group(model, owner, part)
    source_language = model.owner_city(owner).source_language
    rows = model._default_manager.filter(**group)
    with transaction.atomic():
        if language == source_language:
            digest = text_digest(text)
            previous = rows.filter(language=language).first()
            for old in (previous,) if previous is not None else ():
                SourceTextVersion.objects.get_or_create(
                    digest=old.source_digest or text_digest(old.text), defaults={"text": old.text}
                )
            row, _created = rows.update_or_create(
                **group,
                language=language,
                defaults={
                    "text": text,
                    "status": TranslationStatus.ORIGINAL,
                    "source_digest": digest,
                    "reviewed_by": None,
                    "reviewed_at": None,
                },
            )
            (
                rows.exclude(language=source_language)
                .exclude(source_digest=digest)
                .update(status=TranslationStatus.OUTDATED, updated_at=timezone.now())
            )
        else:
            source = rows.filter(language=source_language).first()
            if source is not None:
                SourceTextVersion.objects.get_or_create(
                    digest=source.source_digest or text_digest(source.text),
                    defaults={"text": source.text},
                )
            by_hand = reviewed_by is not None and reviewed_by.is_authenticated
            row, _created = rows.update_or_create(
                **group,
                language=language,
                defaults={
                    "text": text,
                    "status": (
                        TranslationStatus.REVIEWED
                        if by_hand
                        else TranslationStatus.MACHINE_ASSISTED
                    ),
                    "source_digest": source.source_digest if source else "",
                    "reviewed_by": reviewed_by if by_hand else None,
                    "reviewed_at": timezone.now() if by_hand else None,
                },
            )
        text_changed.send(sender=model, owner=owner, part=part, language=language, deleted=False)
    return row


def text_delete(*, row: TranslatedText) -> None:
    """Delete one text (its translations stay; deleting a source leaves them without one)."""
    owner, part, language = row.owner, row.part, row.language
    with transaction.atomic():
        row.delete()
        text_changed.send(sender=type(row), owner=owner, part=part, language=language, deleted=True)


def text_source(row: TranslatedText) -> TranslatedText | None:
    """The source-language row of the same owner and part (None when there is none)."""
    owner = row.owner
    if owner is None:
        return None
    model = type(row)
    language = model.owner_city(owner).source_language
    result: TranslatedText | None = model._default_manager.filter(
        **_group(model, owner, row.part), language=language
    ).first()
    return result


def source_changes(row: TranslatedText) -> tuple[str, str | None]:
    """For a translation: (the current source text, the source text it was made from — None
    when that version is not known; equal to the current one when nothing changed)."""
    source = text_source(row)
    if source is None:
        return "", None
    if not row.source_digest or row.source_digest == source.source_digest:
        return source.text, source.text
    version = SourceTextVersion.objects.filter(digest=row.source_digest).first()
    return source.text, version.text if version is not None else None


def text_diff_html(old: str, new: str) -> str:
    """A word-level diff of two texts as HTML (<del> removed, <ins> added), escaped."""
    from django.utils.html import escape

    before, after = re.split(r"(\s+)", old), re.split(r"(\s+)", new)
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape("".join(before[a1:a2])))
            continue
        if a2 > a1:
            parts.append(f"<del>{escape(''.join(before[a1:a2]))}</del>")
        if b2 > b1:
            parts.append(f"<ins>{escape(''.join(after[b1:b2]))}</ins>")
    return "".join(parts)


def text_mark_reviewed(*, row: T, user: AbstractBaseUser | AnonymousUser) -> T:
    """A reviewer confirms a translation matches the current source text."""
    owner = row.owner
    if owner is None:
        raise ValueError("the text has no owner")
    if row.language == type(row).owner_city(owner).source_language:
        raise ValueError("the source text is the original and is not reviewed as a translation")
    source = text_source(row)
    row.status = TranslationStatus.REVIEWED
    row.source_digest = source.source_digest if source else ""
    row.reviewed_by = user if user.is_authenticated else None  # type: ignore[assignment]
    row.reviewed_at = timezone.now()
    with transaction.atomic():
        row.save(
            update_fields=["status", "source_digest", "reviewed_by", "reviewed_at", "updated_at"]
        )
        text_changed.send(
            sender=type(row), owner=owner, part=row.part, language=row.language, deleted=False
        )
    return row


def translated_models() -> list[type[TranslatedText]]:
    """Every concrete model built on the base, in app order (services, offices, international)."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TranslatedText) and not model._meta.abstract
    ]


STATUSES = tuple(TranslationStatus.values)


@dataclass
class LanguageCoverage:
    """How many of a model's texts one language has, by status. `total` is the number of
    texts that exist in the source language (what every language should have)."""

    language: str
    total: int
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def present(self) -> int:
        return sum(self.counts.values())

    @property
    def missing(self) -> int:
        return max(self.total - self.present, 0)

    @property
    def own_language(self) -> int:
        """Texts shown in this language and not behind their source."""
        return min(self.present - self.counts.get(TranslationStatus.OUTDATED, 0), self.total)

    @property
    def current(self) -> int:
        return self.own_language

    @property
    def percent(self) -> int:
        return round(100 * self.own_language / self.total) if self.total else 100

    @property
    def reviewed(self) -> int:
        """Translations a person confirmed (originals count for the source language)."""
        return self.count(TranslationStatus.REVIEWED) + self.count(TranslationStatus.ORIGINAL)

    @property
    def reviewed_percent(self) -> int:
        return min(100, round(100 * self.reviewed / self.total)) if self.total else 100

    @property
    def machine_percent(self) -> int:
        machine = self.count(TranslationStatus.MACHINE_ASSISTED)
        return min(100, round(100 * machine / self.total)) if self.total else 0

    def count(self, status: str) -> int:
        return self.counts.get(status, 0)


@dataclass
class ModelCoverage:
    label: str
    languages: list[LanguageCoverage]
    note: str = ""


# Translated texts kept outside the database (e.g. the plan rules' `why` texts in data files):
# an app above core adds a function city -> coverage per language in its AppConfig.ready().
_PROVIDERS: list[tuple[str, Callable[[Any], list[LanguageCoverage]], str]] = []


def coverage_provider_register(
    *, label: str, coverage: Callable[[Any], list[LanguageCoverage]], note: str = ""
) -> None:
    if all(existing != label for existing, _f, _n in _PROVIDERS):
        _PROVIDERS.append((label, coverage, note))


def text_coverage(
    *, model: type[TranslatedText], city: Any, languages: Iterable[str] | None = None
) -> list[LanguageCoverage]:
    """Per language: the model's texts of `city` by status, and how many are missing (2 queries)."""
    rows = model.for_city(city)
    total = rows.filter(language=city.source_language).count()
    counts: dict[str, dict[str, int]] = {}
    for row in rows.values("language", "status").annotate(n=Count("id")).order_by():
        counts.setdefault(row["language"], {})[row["status"]] = row["n"]
    codes = list(languages) if languages is not None else city_languages(city)
    return [LanguageCoverage(language=c, total=total, counts=counts.get(c, {})) for c in codes]


def translation_coverage_all(*, city: Any) -> list[ModelCoverage]:
    """The coverage of every translated model of a city, then of the registered file-based
    texts."""
    result = [
        ModelCoverage(
            label=str(model._meta.verbose_name_plural),
            languages=text_coverage(model=model, city=city),
        )
        for model in translated_models()
    ]
    result += [
        ModelCoverage(label=label, languages=coverage(city), note=note)
        for label, coverage, note in _PROVIDERS
    ]
    return result
