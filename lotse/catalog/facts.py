"""How trustworthy the catalog's facts are: the checks behind `manage.py facts_report`.

A fact is a (service or office, field) pair backed by sources. This module finds, per city:

- `stale`: the latest check of a fact (a source's `checked` date or a staff `FactCheck`) is older
  than the allowed age;
- `non-official`: every source backing a fact is outside `OFFICIAL_DOMAINS`;
- `unqualified-uncertain`: a number of an `uncertain` module is stated in a name, summary or
  body, in any language, without a qualifier such as "not officially confirmed";
- `source-scope`: a source is cited for something it cannot back (a law paragraph that the
  legal basis does not cite, a module the service does not have, a source whose title says it
  was not opened);
- `repealed`: a text cites a provision known to be repealed;
- `expiring`: a fact's `valid_to` falls within the warning window (or has passed).

Higher layers add their own findings through `FINDERS` (the plans app adds rule checks).
Blocking findings make the report fail (CI).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from lotse.catalog.loader import CityData, ServiceData, SourceData
from lotse.catalog.models import TextModule
from lotse.catalog.textfacts import numbers
from lotse.core.datafiles import yaml_safe_load

# Sites of public authorities, parliaments' and ministries' publications and statutory bodies.
# A source on any other site is secondary (news, blogs, law firms, commercial services); keep
# one only beside an official source. A domain matches itself and its subdomains.
OFFICIAL_DOMAINS: tuple[str, ...] = (
    # laws and official gazettes
    "gesetze-im-internet.de",
    "recht.bund.de",
    "bgbl.de",
    "eur-lex.europa.eu",
    "europa.eu",
    # federal authorities and federal portals
    "bund.de",
    "bundesregierung.de",
    "bamf.de",
    "arbeitsagentur.de",
    "familienkasse.de",
    "bzst.de",
    "bundesjustizamt.de",
    "auswaertiges-amt.de",
    "diplo.de",
    "make-it-in-germany.com",
    "anerkennung-in-deutschland.de",
    "bq-portal.de",
    "fimportal.de",
    "familienportal.de",
    "deutsche-rentenversicherung.de",
    "rundfunkbeitrag.de",
    # the state of NRW and its district governments
    "nrw.de",
    "land.nrw",
    "mkffi.nrw",
    "schulministerium.nrw",
    # the City of Dortmund and its Jobcenter
    "dortmund.de",
    "jobcenterdortmund.de",
    # the City of Düsseldorf, its Jobcenter, its university and student services
    "duesseldorf.de",
    "jobcenter-duesseldorf.de",
    "hhu.de",
    "stw-d.de",
    # other public bodies: chambers, statutory health insurers, public universities
    "ihk.de",
    "ihk-fosa.de",
    "tk.de",
    "aok.de",
    "tu-dortmund.de",
    "fh-dortmund.de",
    # other German municipalities and state portals (official, but about another place)
    "bochum.de",
    "stadt-koeln.de",
    "dorsten.de",
    "anhalt-bitterfeld.de",
    "kreis-paderborn.de",
    "service.berlin.de",
    "darmstadt.de",
    "ingolstadt.de",
    "overath.de",
    "vaterstetten.de",
    "verwaltungsportal.hessen.de",
    "salzkotten.de",
    "bornheim.de",
    "potsdam.de",
    "nottuln.de",
    "wardenburg.de",
    "luegde.de",
    "kaiserslautern-kreis.de",
    "ibbenbueren.de",
    "gemeinde-piding.de",
    "bayernportal.de",
    # standards bodies (country codes)
    "iso.org",
)

# Words that qualify an uncertain figure, per language (lower case; a text contains one).
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "de": ("nicht amtlich bestätigt", "nicht bestätigt", "voraussichtlich"),
    "en": ("not officially confirmed", "not confirmed", "expected"),
    "ar": ("غير مؤكد", "لم يتم تأكيد", "لم تُؤكَّد", "غير مؤكدة"),
    "uk": ("офіційно не підтверджено", "не підтверджено", "не підтверджені"),
    "ru": ("официально не подтверждено", "не подтверждено", "не подтверждены"),
    "tr": ("resmi olarak doğrulanmadı", "doğrulanmadı", "doğrulanmamış"),
    "fa": ("رسماً تأیید نشده", "تأیید نشده"),
    "pl": ("nie potwierdzono oficjalnie", "niepotwierdzon", "nie potwierdzono"),
    "ro": ("neconfirmat oficial", "neconfirmat", "nu sunt confirmate"),
    "fr": ("non confirmé officiellement", "non confirmé", "pas encore confirmé"),
    "es": ("no confirmado oficialmente", "no confirmad"),
    "bg": ("не е официално потвърдено", "не е потвърдено", "непотвърден"),
    "ja": ("公式には確認されていません", "確認されていません", "未確認", "見込み"),
}

# Provisions known to be repealed: what a text must not cite any more, and what replaced it.
REPEALED: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"(§|section)\s*66\s*(Abs\.\s*3|\(3\))\s*(EStG|Income Tax)", re.IGNORECASE),
        "§ 66 (3) EStG was repealed in 2019; the six-month limit is § 70 (1) EStG",
    ),
    (
        re.compile(r"gesetze-im-internet\.de/estg/__66\.html"),
        "the six-month limit is no longer in § 66 EStG (repealed 2019): cite § 70 (1) EStG",
    ),
)

# Words in a source's title that say it was not actually opened or does not confirm.
NOT_OPENED_RE = re.compile(
    r"could not be (opened|read|checked)|not (be )?opened|nicht geöffnet|nicht abrufbar",
    re.IGNORECASE,
)
GII_PARAGRAPH_RE = re.compile(r"gesetze-im-internet\.de/([a-z0-9_]+)/__(\d+[a-z]?)\.html")
# Fields a service source may cover that are not text modules.
SERVICE_FIELDS = {"offices", "leika", "name"}
# The modules a reader sees first, and so must qualify an uncertain figure themselves.
HEADLINE_MODULES = ("name", "summary", "body")


@dataclass(frozen=True)
class Finding:
    """One entry of the facts report / back-office work queue."""

    city: str
    layer: str  # "catalog" | "rules"
    kind: str
    subject: str  # "service:<key>", "office:<key>", "rule:<id>", "thresholds:<from>"
    field: str
    message: str
    blocking: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.city, self.subject, self.field)


# (city, today, max_age_days) -> findings; the plans app registers its rule checks here.
Finder = Callable[[CityData, dt.date, int], list[Finding]]
FINDERS: list[Finder] = []

KINDS = {
    "stale": "check older than the allowed age",
    "non-official": "only non-official sources",
    "unqualified-uncertain": "uncertain fact stated without a qualifier",
    "source-scope": "source cited for something it does not cover",
    "repealed": "cites a repealed provision",
    "expiring": "valid_to within the warning window",
    "rule-restates": "rule restates a catalog fact",
    "rule-contradicts": "rule contradicts the catalog",
    "threshold-confirmed-secondary": "threshold confirmed on a secondary source",
}


def is_official(url: str) -> bool:
    host = (urlparse(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in OFFICIAL_DOMAINS)


def _facts(sources: Iterable[SourceData]) -> dict[str, list[SourceData]]:
    by_field: dict[str, list[SourceData]] = {}
    for source in sources:
        for covered in source.covers or ["(unspecified)"]:
            by_field.setdefault(covered, []).append(source)
    return by_field


def qualified(text: str, language: str) -> bool:
    lowered = text.lower()
    return any(q in lowered for q in QUALIFIERS.get(language, QUALIFIERS["en"]))


YEAR_RE = re.compile(r"^(19|20)\d\d$")


def _significant(text: str) -> set[str]:
    """Figures worth tracking across modules: three digits or more, years left out."""
    return {n for n in numbers(text) if len(n) >= 3 and not YEAR_RE.match(n)}


def unqualified_uncertain(service: ServiceData) -> list[tuple[str, str, str]]:
    """(language, module, numbers) where a figure of an uncertain module is stated plainly.

    The unconfirmed figures are those the `uncertain` note names that the module states too."""
    german = service.texts.get("de", {})
    problems = []
    for module, note in service.uncertain.items():
        if module not in TextModule.values or module not in german:
            continue
        figures = _significant(german[module]) & _significant(note)
        if not figures:
            continue
        for lang, texts in sorted(service.texts.items()):
            for headline in HEADLINE_MODULES:
                if headline == module or headline in service.uncertain or headline not in texts:
                    continue
                text = texts[headline]
                stated = figures & _significant(text)
                if stated and not qualified(text, lang):
                    problems.append((lang, headline, f"{module}: {', '.join(sorted(stated))}"))
    return problems


def _source_scope(service: ServiceData) -> list[str]:
    problems = []
    german = service.texts.get("de", {})
    basis = german.get("legal_basis", "")
    for source in service.sources:
        if NOT_OPENED_RE.search(source.title):
            problems.append(f"{source.url}: its title says it was not opened")
        for covered in source.covers:
            if covered not in TextModule.values and covered not in SERVICE_FIELDS:
                problems.append(f"{source.url}: covers unknown field {covered!r}")
            elif covered in TextModule.values and covered not in german:
                problems.append(
                    f"{source.url}: covers {covered!r}, which the service does not state"
                )
        match = GII_PARAGRAPH_RE.search(source.url)
        if match and "legal_basis" in source.covers:
            paragraph = match.group(2)
            if not re.search(rf"(?<![\d.])({re.escape(paragraph)})(?![\d])", basis):
                problems.append(
                    f"{source.url}: backs the legal basis, but the legal basis cites no § {paragraph}"
                )
    return problems


def facts_report(
    city: CityData,
    *,
    today: dt.date,
    max_age_days: int = 180,
    warn_days: int = 90,
    checks: dict[tuple[str, str], dt.date] | None = None,
    finders: Iterable[Finder] | None = None,
) -> list[Finding]:
    """Every finding about the catalog of `city` plus those of the `finders` (by default every
    registered one, e.g. the plan rules), sorted: blocking first. `checks` maps (subject, field)
    to the date of the latest staff check (`FactCheck`), which counts like a source's check date."""
    checks = checks or {}
    oldest = today - dt.timedelta(days=max_age_days)
    findings: list[Finding] = []
    slug = city.slug

    def add(kind: str, subject: str, field: str, message: str, blocking: bool = False) -> None:
        findings.append(Finding(slug, "catalog", kind, subject, field, message, blocking))

    owners: list[tuple[str, list[SourceData], dict[str, str]]] = [
        (f"office:{o.key}", o.sources, o.uncertain) for o in city.offices
    ] + [(f"service:{s.key}", s.sources, s.uncertain) for s in city.services]
    for subject, sources, uncertain in owners:
        for field, backing in sorted(_facts(sources).items()):
            latest = max(s.checked for s in backing)
            staff = checks.get((subject, field))
            if staff and staff > latest:
                latest = staff
            if latest < oldest:
                add("stale", subject, field, f"last checked {latest.isoformat()}")
            if not any(is_official(s.url) for s in backing) and field not in uncertain:
                hosts = sorted({urlparse(s.url).hostname or s.url for s in backing})
                add("non-official", subject, field, f"only {', '.join(hosts)}")
    for service in city.services:
        subject = f"service:{service.key}"
        for lang, module, stated in unqualified_uncertain(service):
            add(
                "unqualified-uncertain",
                subject,
                f"{module}.{lang}",
                f"states the unconfirmed figures ({stated}) without a qualifier",
                blocking=True,
            )
        for problem in _source_scope(service):
            add("source-scope", subject, "sources", problem)
        texts = [s.url for s in service.sources] + [
            t for lang in ("de", "en") for t in service.texts.get(lang, {}).values()
        ]
        for pattern, why in REPEALED:
            if any(pattern.search(text) for text in texts):
                add("repealed", subject, "legal_basis", why, blocking=True)
        for module, validity in sorted(service.validity.items()):
            if validity.valid_to and validity.valid_to <= today + dt.timedelta(days=warn_days):
                state = "ended" if validity.valid_to < today else "ends"
                add(
                    "expiring",
                    subject,
                    module,
                    f"{state} {validity.valid_to.isoformat()}: {validity.note}",
                )
    for finder in FINDERS if finders is None else finders:
        findings.extend(finder(city, today, max_age_days))
    return sorted(findings, key=lambda f: (not f.blocking, f.layer, f.kind, f.subject, f.field))


def catalog_findings(city: CityData, **options: Any) -> list[Finding]:
    """The findings about the catalog alone (no registered finders); options as `facts_report`."""
    return facts_report(city, finders=(), **options)


def fact_checks_latest(slug: str) -> dict[tuple[str, str], dt.date]:
    """(subject, field) -> date of the latest confirmed or corrected staff check in `slug`."""
    from django.db.models import Max

    from lotse.catalog.models import FactCheck, FactCheckResult

    rows = (
        FactCheck.objects.filter(
            city__slug=slug,
            result__in=[FactCheckResult.CONFIRMED, FactCheckResult.CORRECTED],
        )
        .values("subject", "field")
        .annotate(latest=Max("checked_on"))
    )
    return {(row["subject"], row["field"]): row["latest"] for row in rows}


def city_slugs() -> list[str]:
    from django.conf import settings

    base = settings.LOTSE_CITY_DATA_DIR
    return sorted(p.name for p in base.iterdir() if (p / "city.yaml").is_file())


def city_report(
    slug: str,
    *,
    today: dt.date,
    max_age_days: int = 180,
    warn_days: int = 90,
    use_database: bool = True,
) -> list[Finding]:
    """The findings for one city's data files, counting staff checks from the database when
    it is available (the CI run has no loaded database: then only the files count)."""
    from django.conf import settings
    from django.db import DatabaseError

    from lotse.catalog.loader import read_city_data

    city = read_city_data(settings.LOTSE_CITY_DATA_DIR / slug)
    checks: dict[tuple[str, str], dt.date] = {}
    if use_database:
        try:
            checks = fact_checks_latest(slug)
        except DatabaseError:
            checks = {}
    return facts_report(
        city, today=today, max_age_days=max_age_days, warn_days=warn_days, checks=checks
    )


def texts_written_twice(data_dir: Path, *, min_length: int = 60) -> list[tuple[str, list[str]]]:
    """German module texts that more than one owner of the data tree writes verbatim — two
    cities, or a city and a layer: such a text belongs once in the federal or state layer
    (docs/data-format.md, "Content layers"). Short texts ("Keine.") are left out. Returns
    (the text's start, the files writing it) pairs."""
    owners: dict[str, dict[str, list[str]]] = {}
    files = [
        *sorted(data_dir.glob("federal/services/*.yaml")),
        *sorted(data_dir.glob("states/*/services/*.yaml")),
        *sorted(data_dir.glob("cities/*/services/*.yaml")),
    ]
    for path in files:
        owner = path.parent.parent.relative_to(data_dir).as_posix()
        data = yaml_safe_load(path.read_text(encoding="utf-8")) or {}
        german = ((data.get("text") or {}).get("de")) or {}
        for value in german.values():
            items = value if isinstance(value, list) else [value]
            text = "\n".join(" ".join(str(item).split()) for item in items)
            if len(text) >= min_length:
                owners.setdefault(text, {}).setdefault(owner, []).append(path.as_posix())
    return [
        (text[:80], [p for paths in by_owner.values() for p in paths])
        for text, by_owner in sorted(owners.items())
        if len(by_owner) > 1
    ]
