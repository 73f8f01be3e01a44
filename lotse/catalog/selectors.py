"""Reads from the catalog, shaped for the API and the portal with a fixed number of queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import gettext as _

from lotse.catalog import models
from lotse.core.cities import city_get as city_get  # re-exported: older callers
from lotse.core.errors import NotFound
from lotse.core.languages import speaks as speaks_language
from lotse.core.models import City
from lotse.core.pagecache import city_memo
from lotse.core.translation import LanguageCoverage, text_coverage


class CatalogNotFound(NotFound):
    """Raised when a city, service or office does not exist (what = 'city', 'service', …)."""

    @classmethod
    def in_city(
        cls, what: str, key: str, city: City, language: str, message: str
    ) -> CatalogNotFound:
        """`key` names no `what` of the city; `message` has %(key)s and %(city)s."""
        return cls(what, key, message=message % {"key": key[:64], "city": city.name(language)})


def fallback_order(language: str) -> list[str]:
    """The languages tried, in order, when a text is missing in the asked language."""
    order = [language, settings.FALLBACK_LANGUAGE, "de"]
    return list(dict.fromkeys(order))


@dataclass(frozen=True)
class LocalText:
    """A text in the language it could be shown in."""

    text: str
    language: str
    status: str

    @property
    def items(self) -> list[str]:
        return [line.strip() for line in self.text.splitlines() if line.strip()]

    @property
    def is_fallback(self) -> bool:
        return False


def pick(texts: dict[str, LocalText], language: str) -> LocalText | None:
    for code in fallback_order(language):
        if code in texts:
            return texts[code]
    return None


def city_list() -> QuerySet[City]:
    return City.objects.order_by("slug")


@dataclass
class OfficeRef:
    key: str
    names: dict[str, str]

    def name(self, language: str) -> str:
        for code in fallback_order(language):
            if code in self.names:
                return self.names[code]
        return self.key


@dataclass
class ServiceSummary:
    key: str
    titles: dict[str, str]
    summaries: dict[str, str]
    life_situations: list[str]
    offices: list[OfficeRef]

    def title(self, language: str) -> str:
        for code in fallback_order(language):
            if code in self.titles:
                return self.titles[code]
        return self.key

    def summary(self, language: str) -> str:
        for code in fallback_order(language):
            if code in self.summaries:
                return self.summaries[code]
        return ""


def _office_name_prefetch(prefix: str = "", languages: list[str] | None = None) -> Prefetch[Any]:
    queryset = models.OfficeText.objects.filter(field="name")
    if languages is not None:
        queryset = queryset.filter(language__in=languages)
    return Prefetch(f"{prefix}texts", queryset=queryset, to_attr="name_texts")


TEXT_FIELDS = ("id", "service_id", "module", "language", "text", "status")


def service_list(
    *, city: City, keys: set[str] | None = None, languages: list[str] | None = None
) -> list[ServiceSummary]:
    """Services of a city (all, or those with `keys`) with titles and summaries in every
    language, or only in `languages` (a page needs its language's fallback order) (4 queries)."""
    services = models.Service.objects.filter(city=city)
    if keys is not None:
        services = services.filter(key__in=keys)
    short_texts = models.ServiceText.objects.filter(
        module__in=[models.TextModule.NAME, models.TextModule.SUMMARY]
    )
    if languages is not None:
        short_texts = short_texts.filter(language__in=languages)
    services = services.order_by("key").prefetch_related(
        Prefetch("texts", queryset=short_texts.only(*TEXT_FIELDS), to_attr="short_texts"),
        Prefetch(
            "responsibilities",
            queryset=models.Responsibility.objects.select_related("office").prefetch_related(
                _office_name_prefetch("office__", languages)
            ),
        ),
    )
    result = []
    for service in services:
        titles: dict[str, str] = {}
        summaries: dict[str, str] = {}
        for text in service.short_texts:
            into = titles if text.module == models.TextModule.NAME else summaries
            into[text.language] = text.text
        result.append(
            ServiceSummary(
                key=service.key,
                titles=titles,
                summaries=summaries,
                life_situations=list(service.life_situations),
                offices=[
                    OfficeRef(
                        key=r.office.key,
                        names={t.language: t.text for t in getattr(r.office, "name_texts", [])},
                    )
                    for r in service.responsibilities.all()
                ],
            )
        )
    return result


@dataclass
class SourceInfo:
    number: int
    url: str
    title: str
    checked: dt.date
    covers: list[str]


@dataclass
class OpeningDay:
    weekday: int
    intervals: list[tuple[dt.time, dt.time]]


@dataclass
class OfficeDetail:
    key: str
    kind: str
    language: str
    texts: dict[str, LocalText]
    addresses: list[dict[str, str]]
    opening_hours: list[OpeningDay]
    phone: str
    email: str
    website: str
    appointment_url: str
    languages: list[str]
    sources: list[SourceInfo]
    uncertain: dict[str, str]
    services: list[ServiceSummary] = field(default_factory=list)

    @property
    def name(self) -> str:
        text = self.texts.get("name")
        return text.text if text else self.key

    def sources_for(self, section: str) -> list[SourceInfo]:
        return [s for s in self.sources if not s.covers or section in s.covers]

    def machine_assisted_fields(self) -> list[str]:
        return _with_status(self.texts, models.TranslationStatus.MACHINE_ASSISTED)

    def outdated_fields(self) -> list[str]:
        return _with_status(self.texts, models.TranslationStatus.OUTDATED)


def _with_status(texts: dict[str, LocalText], status: str) -> list[str]:
    """The parts shown with this translation status (what the page warns the reader about)."""
    return [name for name, text in texts.items() if text.status == status]


def _sources(items: list[models.Source]) -> list[SourceInfo]:
    return [
        SourceInfo(number=i + 1, url=s.url, title=s.title, checked=s.checked, covers=list(s.covers))
        for i, s in enumerate(items)
    ]


def _opening_days(hours: list[models.OpeningHours]) -> list[OpeningDay]:
    days: dict[int, list[tuple[dt.time, dt.time]]] = {}
    for interval in hours:
        days.setdefault(interval.weekday, []).append((interval.opens, interval.closes))
    return [OpeningDay(weekday=d, intervals=sorted(days[d])) for d in sorted(days)]


def _office_detail(office: models.Office, language: str) -> OfficeDetail:
    by_field: dict[str, dict[str, LocalText]] = {}
    for text in office.texts.all():
        by_field.setdefault(text.field, {})[text.language] = LocalText(
            text=text.text, language=text.language, status=text.status
        )
    texts = {name: t for name, per in by_field.items() if (t := pick(per, language)) is not None}
    return OfficeDetail(
        key=office.key,
        kind=office.kind,
        language=language,
        texts=texts,
        addresses=[
            {
                "type": a.type,
                "street": a.street,
                "postal_code": a.postal_code,
                "locality": a.locality,
                "note": a.note,
            }
            for a in office.addresses.all()
        ],
        opening_hours=_opening_days(list(office.opening_hours.all())),
        phone=office.phone,
        email=office.email,
        website=office.website,
        appointment_url=office.appointment_url,
        languages=list(office.languages),
        sources=_sources(list(office.sources.all())),
        uncertain=dict(office.uncertain),
    )


OFFICE_PREFETCH = ("addresses", "opening_hours", "sources")


def _office_prefetch(language: str, prefix: str = "") -> list[Any]:
    """What an office detail needs: its texts only in the language's fallback order."""
    texts = models.OfficeText.objects.filter(language__in=fallback_order(language))
    return [
        Prefetch(f"{prefix}texts", queryset=texts),
        *(f"{prefix}{name}" for name in OFFICE_PREFETCH),
    ]


def office_list(*, city: City, language: str, speaks: str | None = None) -> list[OfficeDetail]:
    """The city's offices; with `speaks` (a base language code) only those serving in it."""
    offices = (
        models.Office.objects.filter(city=city)
        .order_by("key")
        .prefetch_related(*_office_prefetch(language))
    )
    return [
        _office_detail(office, language)
        for office in offices
        if speaks is None or speaks_language(office.languages, speaks)
    ]


def office_keys_speaking(*, city: City, speaks: str) -> set[str]:
    """Keys of the city's offices that serve in the language `speaks` (a base code)."""
    return {
        key
        for key, languages in models.Office.objects.filter(city=city).values_list(
            "key", "languages"
        )
        if speaks_language(languages or [], speaks)
    }


def office_languages(*, city: City) -> list[str]:
    """Every language some office of the city serves in (codes as in the data)."""
    found: dict[str, None] = {}
    for languages in models.Office.objects.filter(city=city).values_list("languages", flat=True):
        found.update(dict.fromkeys(str(code).lower() for code in languages or []))
    return list(found)


def office_detail(
    *, city: City, key: str, language: str, with_services: bool = True
) -> OfficeDetail:
    office = (
        models.Office.objects.filter(city=city, key=key)
        .prefetch_related(*_office_prefetch(language))
        .first()
    )
    if office is None:
        raise CatalogNotFound.in_city(
            "office", key, city, language, _("There is no office “%(key)s” in %(city)s.")
        )
    detail = _office_detail(office, language)
    if not with_services:
        return detail
    keys = set(office.responsibilities.values_list("service__key", flat=True))
    detail.services = service_list(city=city, keys=keys, languages=fallback_order(language))
    return detail


def welcome_office(*, city: City, language: str) -> OfficeDetail | None:
    """The city's Welcome Center (the "never not responsible" contact shown on every page),
    without its service list."""
    if not city.welcome_office_key:
        return None
    try:
        return office_detail(
            city=city, key=city.welcome_office_key, language=language, with_services=False
        )
    except CatalogNotFound:
        return None


def welcome_office_kept(*, city: City, language: str) -> OfficeDetail | None:
    """`welcome_office` as every page shows it: kept in the shared cache for the city's current
    data (`city_memo`), so the portal's and the booking pages' boxes are one entry, read once
    per change of the city's data."""
    return city_memo(
        city.slug, f"welcome:{language}", lambda: welcome_office(city=city, language=language)
    )


@dataclass
class ServiceDetail:
    key: str
    language: str
    leika_keys: list[str]
    life_situations: list[str]
    texts: dict[str, LocalText]
    titles: dict[str, str]
    summaries: dict[str, str]
    offices: list[OfficeDetail]
    sources: list[SourceInfo]
    uncertain: dict[str, str]
    related: list[ServiceSummary]
    updated_at: dt.datetime
    # Per text module: the content layer its source text comes from (federal, state, city).
    layers: dict[str, str] = field(default_factory=dict)

    @property
    def title(self) -> str:
        text = self.texts.get(models.TextModule.NAME)
        return text.text if text else self.key

    def text(self, module: str) -> str:
        text = self.texts.get(module)
        return text.text if text else ""

    def items(self, module: str) -> list[str]:
        text = self.texts.get(module)
        return text.items if text else []

    def forms(self) -> list[dict[str, str]]:
        result = []
        for line in self.items(models.TextModule.FORMS):
            title, _sep, url = line.partition(" | ")
            result.append({"title": title.strip(), "url": url.strip()})
        return result

    def sources_for(self, section: str) -> list[SourceInfo]:
        return [s for s in self.sources if not s.covers or section in s.covers]

    def fallback_modules(self) -> list[str]:
        return [m for m, t in self.texts.items() if t.language != self.language]

    def outdated_modules(self) -> list[str]:
        return _with_status(self.texts, models.TranslationStatus.OUTDATED)

    def machine_assisted_modules(self) -> list[str]:
        return _with_status(self.texts, models.TranslationStatus.MACHINE_ASSISTED)


def service_detail(*, city: City, key: str, language: str) -> ServiceDetail:
    """One service in one language (missing modules fall back to English, then German).

    Reads only what the page shows: the texts of the language's fallback order, the title
    and summary in every language (the API lists them), the offices' texts likewise."""
    languages = fallback_order(language)
    text_rows = models.ServiceText.objects.filter(
        Q(language__in=languages)
        | Q(module__in=[models.TextModule.NAME, models.TextModule.SUMMARY])
    )
    service = (
        models.Service.objects.filter(city=city, key=key)
        .prefetch_related(
            Prefetch("texts", queryset=text_rows.only(*TEXT_FIELDS)),
            "sources",
            Prefetch(
                "responsibilities",
                queryset=models.Responsibility.objects.select_related("office").prefetch_related(
                    *_office_prefetch(language, "office__")
                ),
            ),
        )
        .first()
    )
    if service is None:
        raise CatalogNotFound.in_city(
            "service", key, city, language, _("There is no service “%(key)s” in %(city)s.")
        )
    by_module: dict[str, dict[str, LocalText]] = {}
    for text in service.texts.all():
        by_module.setdefault(text.module, {})[text.language] = LocalText(
            text=text.text, language=text.language, status=text.status
        )
    texts = {m: t for m, per in by_module.items() if (t := pick(per, language)) is not None}
    related = service_list(city=city, keys=set(service.related_keys), languages=languages)
    return ServiceDetail(
        key=service.key,
        language=language,
        leika_keys=list(service.leika_keys),
        life_situations=list(service.life_situations),
        texts=texts,
        titles={lang: t.text for lang, t in by_module.get(models.TextModule.NAME, {}).items()},
        summaries={
            lang: t.text for lang, t in by_module.get(models.TextModule.SUMMARY, {}).items()
        },
        offices=[_office_detail(r.office, language) for r in service.responsibilities.all()],
        sources=_sources(list(service.sources.all())),
        uncertain=dict(service.uncertain),
        related=related,
        updated_at=service.updated_at,
        layers={m: layer for m, layer in (service.text_layers or {}).items() if m in texts},
    )


def translation_coverage(*, city: City) -> list[LanguageCoverage]:
    """Per language: how many of the city's service texts exist, by status (the shared
    coverage report; every language is expected to carry every module)."""
    return text_coverage(model=models.ServiceText, city=city)


def is_list_module(module: str) -> bool:
    return module in models.LIST_MODULES
