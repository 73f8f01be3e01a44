"""Plan rules take office, fee and deadline facts from the catalog instead of restating them.

A rule's `why` and `legal_basis` may explain a step, but which office handles it is the catalog's
answer (service -> offices), and fees and deadlines are the catalog service's modules. This
module finds where a rule's text says otherwise:

- it names an office that is not responsible for the rule's service in the city's catalog and is
  not declared as merely mentioned (`mentions: [office keys]`, e.g. the German mission a pre-approval
  is sent to) -> a contradiction;
- it names a responsible office -> a restatement (allowed, listed so staff can decide);
- it states an amount of money or a period (days, weeks, months, years) that the catalog service's
  text in that language does not state -> a contradiction.

Used by the tests and by `manage.py facts_report`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from lotse.catalog.facts import REPEALED, Finding, is_official
from lotse.catalog.loader import CityData
from lotse.plans.rulebook import Rule, RuleSet, ruleset

# Words people use for the offices in running text, beyond the catalog's own office names.
# Keys are catalog office keys; a city's catalog without that key simply has no such office.
OFFICE_ALIASES: dict[str, tuple[str, ...]] = {
    "migration-office": (
        "Amt für Migration",
        "Ausländerbehörde",
        "immigration office",
        "Migration Office",
    ),
    "central-skilled-immigration-office": (
        "Zentralstelle Fachkräfteeinwanderung",
        "ZFE",
        "Central Office for Skilled Immigration",
    ),
    "foreign-mission": (
        "Auslandsvertretung",
        "German mission",
        "Botschaft",
        "embassy",
        "consulate",
        "Konsulat",
    ),
    "employment-agency": (
        "Bundesagentur für Arbeit",
        "Agentur für Arbeit",
        "Federal Employment Agency",
        "employment agency",
    ),
    "jobcenter": ("Jobcenter",),
    "social-welfare-office": ("Sozialamt", "social welfare office"),
    "family-benefits-office": ("Familienkasse", "Family Benefits Office"),
    "registry-office": ("Standesamt", "registry office"),
    "buergerdienste": ("Bürgerdienste", "Citizens' Services", "citizens' office"),
    "youth-office": ("Jugendamt", "youth welfare office", "youth office"),
    "tax-office": ("Finanzamt", "tax office"),
    "federal-tax-office": ("Bundeszentralamt für Steuern", "BZSt", "Federal Central Tax Office"),
    "health-insurers": ("Krankenkasse", "health insurer", "health insurance fund"),
    "broadcasting-service": ("Beitragsservice",),
    "welcome-center": ("Welcome Center", "Welcome Centre", "MigraDo"),
    "bamf": ("BAMF", "Bundesamt für Migration", "Federal Office for Migration"),
    "road-traffic-office": ("Straßenverkehrsamt", "Fahrerlaubnisbehörde", "driving licence office"),
    "trade-office": ("Gewerbeamt", "Gewerbemeldestelle", "trade office"),
    "housing-office": ("Amt für Wohnen", "Wohnungsamt", "housing office"),
    "integration-centre": ("Integrationszentrum", "integration centre"),
    "pension-insurance": ("Rentenversicherung", "pension insurance"),
    "chamber-of-commerce": ("IHK", "Chamber of Industry and Commerce"),
    "school-office": ("Schulamt", "Schulverwaltungsamt", "school office"),
    "parental-allowance-office": (
        "Elterngeldstelle",
        "Versorgungsamt",
        "parental allowance office",
    ),
}

NUMBER_WORDS = {
    "de": {
        "ein": 1,
        "eine": 1,
        "einem": 1,
        "einen": 1,
        "einer": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "elf": 11,
        "zwölf": 12,
    },
    "en": {
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
    },
}
UNITS = {
    "de": {
        "tag": "day",
        "tage": "day",
        "tagen": "day",
        "woche": "week",
        "wochen": "week",
        "monat": "month",
        "monate": "month",
        "monaten": "month",
        "monats": "month",
        "jahr": "year",
        "jahre": "year",
        "jahren": "year",
        "jahres": "year",
        "euro": "eur",
        "eur": "eur",
        "€": "eur",
    },
    "en": {
        "day": "day",
        "days": "day",
        "week": "week",
        "weeks": "week",
        "month": "month",
        "months": "month",
        "year": "year",
        "years": "year",
        "euro": "eur",
        "euros": "eur",
        "eur": "eur",
        "€": "eur",
    },
}
# `%(name)s` placeholders are filled from thresholds.yaml, not restated: they are skipped.
PLACEHOLDER_RE = re.compile(r"%\([a-z_]+\)s")


@dataclass(frozen=True)
class RuleFinding:
    """One place where a rule's text restates or contradicts the catalog."""

    rule: str
    where: str
    kind: str  # "contradiction" | "restatement"
    message: str


@functools.cache
def _alias_pattern(alias: str) -> re.Pattern[str]:
    # Kept: a city has ~700 office names and aliases in 12 languages, checked against every rule
    # text; compiling them anew each time overflowed `re`'s own cache (9 min for facts-report).
    return re.compile(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", re.IGNORECASE)


def offices_named(text: str, city: CityData) -> set[str]:
    """Keys of the city's offices that `text` names (by catalog name or a common alias).

    Longer names are matched first and blanked out, so "Federal Central Tax Office" does not
    also count as "tax office"."""
    names = [
        (name, office.key)
        for office in city.offices
        for name in [*office.texts.get("name", {}).values(), *OFFICE_ALIASES.get(office.key, ())]
        if name
    ]
    found = set()
    for name, key in sorted(names, key=lambda item: -len(item[0])):
        pattern = _alias_pattern(name)
        if pattern.search(text):
            found.add(key)
            text = pattern.sub(lambda m: " " * len(m.group()), text)
    return found


def quantities(text: str, language: str) -> set[tuple[float, str]]:
    """(number, unit) pairs for money and periods in `text` ("drei Wochen" -> (3, "week"))."""
    words = NUMBER_WORDS.get(language, {})
    units = UNITS.get(language, UNITS["en"])
    text = PLACEHOLDER_RE.sub(" ", text)
    tokens = re.findall(r"\d+(?:[.,]\d+)*|[€]|[^\W\d_]+", text)
    found = set()
    for i, token in enumerate(tokens[:-1]):
        unit = units.get(tokens[i + 1].lower())
        if unit is None:
            continue
        value: float | None
        if token[0].isdigit():
            digits = token.replace(".", "").replace(",", ".") if language == "de" else token
            try:
                value = float(digits.replace(",", ""))
            except ValueError:
                continue
        else:
            value = words.get(token.lower())
        if value is not None:
            found.add((value, unit))
    # "€ 75" / "EUR 75"
    for i, token in enumerate(tokens[:-1]):
        if units.get(token.lower()) == "eur" and tokens[i + 1][0].isdigit():
            found.add((float(tokens[i + 1].replace(".", "").replace(",", ".")), "eur"))
    return found


def _equivalent(quantity: tuple[float, str]) -> set[tuple[float, str]]:
    value, unit = quantity
    same = {quantity}
    if unit == "year":
        same.add((value * 12, "month"))
    if unit == "week":
        same.add((value * 7, "day"))
    if unit == "month" and value % 12 == 0:
        same.add((value / 12, "year"))
    return same


def rule_findings(rules: RuleSet, city: CityData) -> list[RuleFinding]:
    """Every restatement and contradiction between the rules that apply to `city` and its catalog."""
    services = {service.key: service for service in city.services}
    office_keys = {office.key for office in city.offices}
    findings: list[RuleFinding] = []
    for rule in rules.for_city(city.slug):
        if rule.service not in services:
            continue
        service = services[rule.service]
        findings.extend(_office_findings(rule, service.offices, office_keys, city))
        findings.extend(_number_findings(rule, service.texts))
    return findings


def _office_findings(
    rule: Rule, responsible: list[str], office_keys: set[str], city: CityData
) -> list[RuleFinding]:
    findings = []
    for key in rule.mentions:
        if key not in office_keys:
            findings.append(
                RuleFinding(
                    rule.id,
                    rule.where,
                    "contradiction",
                    f"`mentions` names office {key!r}, which the catalog of {city.slug} lacks",
                )
            )
    texts = {f"why.{lang}": text for lang, text in rule.why.items()}
    texts["legal_basis"] = rule.legal_basis
    for field, text in sorted(texts.items()):
        for key in sorted(offices_named(text, city)):
            if key in responsible:
                findings.append(
                    RuleFinding(
                        rule.id,
                        rule.where,
                        "restatement",
                        f"{field} names the responsible office {key!r}; the catalog already says so",
                    )
                )
            elif key not in rule.mentions:
                findings.append(
                    RuleFinding(
                        rule.id,
                        rule.where,
                        "contradiction",
                        f"{field} names office {key!r}, but the catalog service {rule.service!r} "
                        f"is handled by {', '.join(responsible)}",
                    )
                )
    return findings


def _number_findings(rule: Rule, service_texts: dict[str, dict[str, str]]) -> list[RuleFinding]:
    findings = []
    for lang in ("de", "en"):
        catalog = " ".join(service_texts.get(lang, {}).values())
        known = set().union(*(_equivalent(q) for q in quantities(catalog, lang)))
        fields = {f"why.{lang}": rule.why.get(lang, "")}
        if lang == "en":
            fields["legal_basis"] = rule.legal_basis
        for field, text in fields.items():
            for value, unit in sorted(quantities(text, lang)):
                if not (_equivalent((value, unit)) & known):
                    findings.append(
                        RuleFinding(
                            rule.id,
                            rule.where,
                            "contradiction",
                            f"{field} states {value:g} {unit}, which the catalog service "
                            f"{rule.service!r} does not state in {lang}",
                        )
                    )
    return findings


def rules_report(city: CityData, today: dt.date, max_age_days: int) -> list[Finding]:
    """The rule layer's entries for the facts report (registered in PlansConfig.ready())."""
    rules = ruleset()
    oldest = today - dt.timedelta(days=max_age_days)
    findings = [
        Finding(
            city.slug,
            "rules",
            "rule-contradicts" if f.kind == "contradiction" else "rule-restates",
            f"rule:{f.rule}",
            f.where,
            f.message,
            blocking=f.kind == "contradiction",
        )
        for f in rule_findings(rules, city)
    ]
    for rule in rules.for_city(city.slug):
        subject = f"rule:{rule.id}"
        if rule.checked < oldest:
            findings.append(
                Finding(
                    city.slug, "rules", "stale", subject, "source", f"last checked {rule.checked}"
                )
            )
        if not is_official(rule.source) and not rule.uncertain:
            findings.append(
                Finding(city.slug, "rules", "non-official", subject, "source", rule.source)
            )
        for pattern, why in REPEALED:
            if pattern.search(rule.legal_basis) or pattern.search(rule.source):
                findings.append(
                    Finding(city.slug, "rules", "repealed", subject, "legal_basis", why, True)
                )
    for entry in rules.blue_card:
        subject = f"thresholds:blue_card_salary:{entry.valid_from.isoformat()}"
        if entry.confirmed and not is_official(entry.source):
            findings.append(
                Finding(
                    city.slug,
                    "rules",
                    "threshold-confirmed-secondary",
                    subject,
                    "confirmed",
                    f"marked confirmed on a secondary source ({entry.source})",
                    blocking=True,
                )
            )
        if entry.checked < oldest:
            findings.append(
                Finding(
                    city.slug, "rules", "stale", subject, "source", f"last checked {entry.checked}"
                )
            )
        if today <= entry.valid_to <= today + dt.timedelta(days=90):
            findings.append(
                Finding(
                    city.slug,
                    "rules",
                    "expiring",
                    subject,
                    "valid_to",
                    f"ends {entry.valid_to.isoformat()}; add the next period's figures",
                )
            )
    return findings
