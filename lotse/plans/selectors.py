"""Reads for plans: stored plans by token, the city's catalog titles, computed steps."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from lotse.catalog import selectors as catalog
from lotse.catalog.models import Service
from lotse.core.cities import city_find, city_get, city_zone
from lotse.core.errors import NotFound
from lotse.core.languages import city_languages
from lotse.core.models import City
from lotse.core.pagecache import city_memo
from lotse.core.tokens import token_hash
from lotse.core.translation import LanguageCoverage, TranslationStatus
from lotse.plans.models import Plan
from lotse.plans.planner import PlannedStep, plan_build
from lotse.plans.profile import Profile, ProfileError, profile_parse
from lotse.plans.rulebook import RuleSet, ruleset


class PlanNotFound(NotFound):
    """Raised for a token that matches no plan (the same answer whatever the reason)."""

    def __init__(self) -> None:
        super().__init__("plan", message=_("This plan does not exist. Please check the link."))


def plan_get(*, token: str) -> Plan:
    plan = (
        Plan.objects.select_related("city").filter(token_hash=token_hash(token)).first()
        if token
        else None
    )
    if plan is None:
        raise PlanNotFound
    return plan


def plan_exists(*, token: str, city: str) -> bool:
    """Whether the token opens a plan of that city (the device's remembered plan)."""
    return (
        bool(token) and Plan.objects.filter(token_hash=token_hash(token), city__slug=city).exists()
    )


def city_service_keys(slug: str) -> set[str]:
    # The city's catalog, kept for its page generation (renewed by every catalog change).
    return city_memo(
        slug,
        "plans:service-keys",
        lambda: set(Service.objects.filter(city__slug=slug).values_list("key", flat=True)),
    )


def _catalog_titles(city: City, language: str) -> dict[str, tuple[str, list[str]]]:
    """service key -> (title, names of its offices) in `language`: the part of the catalog a
    plan shows, read once per change of the city's catalog (lotse.core.pagecache.city_memo)
    instead of loading every service's texts for every plan."""

    def compute() -> dict[str, tuple[str, list[str]]]:
        return {
            s.key: (s.title(language), [office.name(language) for office in s.offices])
            for s in catalog.service_list(city=city)
        }

    return city_memo(city.slug, f"plans:catalog-titles:{language}", compute)


def city_exists(slug: str) -> bool:
    return City.objects.filter(slug=slug).exists()


def city_of(data: object) -> City | None:
    """The city a profile's raw answers name (`city`), or None (missing or unknown): one query,
    whose result the request passes on to `profile_from_data` and `plan_compute`."""
    slug = data.get("city") if isinstance(data, dict) else None
    return city_find(slug) if slug else None


def _today_in(city: City | None) -> dt.date:
    """Today in the city's own time zone (the project's zone for an unknown city)."""
    if city is None:
        return timezone.localdate()
    return timezone.localdate(timezone=city_zone(city))


def profile_from_data(
    data: object, *, rules: RuleSet | None = None, city: City | None = None
) -> Profile:
    """Validate raw answers against the rules' country lists and the city's catalog; `today`
    defaults to the date in the city's time zone. `city`: the answers' city when the caller
    has already read it (`city_of(data)`), so it is not read again."""
    named = data.get("city") if isinstance(data, dict) else None
    known = city if city is not None and city.slug == named else city_of(data)

    def exists(slug: str) -> bool:
        if known is not None and slug == known.slug:
            return True
        return city_exists(slug)

    return profile_parse(
        data,
        rules=rules or ruleset(),
        city_exists=exists,
        service_keys=city_service_keys,
        default_today=_today_in(known),
    )


@dataclass
class ComputedPlan:
    city: City
    profile: Profile
    language: str
    steps: list[PlannedStep]


def plan_compute(
    *, profile: Profile, language: str, rules: RuleSet | None = None, city: City | None = None
) -> ComputedPlan:
    """The ordered steps for a profile, titled from the city's catalog in `language`. `city`:
    the profile's city when the caller has already read it."""
    if city is None or city.slug != profile.city:
        city = city_get(slug=profile.city)
    services = _catalog_titles(city, language)
    titles = {key: title for key, (title, _offices) in services.items()}
    steps = plan_build(
        profile=profile,
        rules=rules or ruleset(),
        titles=titles,
        state=city.state,
        language=language,
    )
    for step in steps:
        step.offices = list(services[step.service][1])
    return ComputedPlan(city=city, profile=profile, language=language, steps=steps)


def plan_steps(*, plan: Plan, language: str) -> ComputedPlan:
    """Steps of a stored plan, computed again from its stored answers as of today (so due
    dates turn overdue and a permit's expiry comes closer as time passes)."""
    answers = {k: v for k, v in plan.profile.items() if k != "today"}
    # The plan's city, unless its answers name another (checked by both calls below).
    city = plan.city
    try:
        profile = profile_from_data(answers, city=city)
    except ProfileError as exc:
        # Answers stored under older, looser rules (e.g. a date in year 9999): leave out what
        # no longer passes rather than failing the private link for good.
        if {"city", "purpose"} & set(exc.fields):
            raise
        kept = {k: v for k, v in answers.items() if k not in exc.fields}
        profile = profile_from_data(kept, city=city)
    return plan_compute(profile=profile, language=language, city=city)


def why_coverage(city: City) -> list[LanguageCoverage]:
    """Per language: how many of the plan rules that apply to `city` explain their step
    (`why`) in that language. The source-language texts count as original; the others, which
    nobody at the city has reviewed, as machine-assisted."""
    rules = ruleset().for_city(city.slug)
    source = city.source_language
    total = sum(1 for r in rules if source in r.why)
    result = []
    for code in city_languages(city):
        present = sum(1 for r in rules if code in r.why and source in r.why)
        status = (
            TranslationStatus.ORIGINAL if code == source else TranslationStatus.MACHINE_ASSISTED
        )
        result.append(
            LanguageCoverage(
                language=code, total=total, counts={status: present} if present else {}
            )
        )
    return result
