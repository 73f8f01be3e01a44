"""The newcomer's profile: parsing and validating the answers the planner works from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from dataclasses import asdict, dataclass, field
from typing import Any

from lotse.core.errors import InvalidInput
from lotse.core.http import MAX_DATE, MIN_DATE
from lotse.plans.rulebook import GERMAN_LEVELS, PERSPECTIVES, PURPOSES, QUALIFICATIONS, RuleSet

BOOLEAN_FIELDS = (
    "qualification_recognised",
    "job_offer",
    "in_germany",
    "registered",
    "has_housing",
    "spouse_coming",
    "expecting_baby",
    "drives_car",
)
DATE_FIELDS = ("today", "arrival_date", "permit_expires")
ALL_FIELDS = (
    "city",
    "today",
    "citizenship",
    "purpose",
    "qualification",
    "qualification_recognised",
    "job_offer",
    "annual_salary_eur",
    "in_germany",
    "registered",
    "has_housing",
    "arrival_date",
    "permit_expires",
    "current_permit",
    "children_ages",
    "spouse_coming",
    "expecting_baby",
    "drives_car",
    "lang",
    "german_level",
    # Our addition to the contract's profile: whose to-do list (see docs/decisions).
    "perspective",
)
MAX_SALARY = 100_000_000
MAX_CHILDREN = 20
OLDEST_CHILD = 25


class ProfileError(InvalidInput):
    """Raised when profile answers are invalid; `fields` maps each bad field to the reason."""

    def __init__(self, fields: dict[str, str]) -> None:
        names = ", ".join(sorted(fields))
        super().__init__(
            fields, code="invalid_profile", message=f"Please check these fields: {names}."
        )


@dataclass(frozen=True)
class Profile:
    city: str
    today: dt.date
    purpose: str
    citizenship: str | None = None
    qualification: str | None = None
    qualification_recognised: bool = False
    job_offer: bool = False
    annual_salary_eur: float | None = None
    in_germany: bool = False
    registered: bool = False
    has_housing: bool = False
    arrival_date: dt.date | None = None
    permit_expires: dt.date | None = None
    current_permit: str | None = None
    children_ages: tuple[int, ...] = field(default_factory=tuple)
    spouse_coming: bool = False
    expecting_baby: bool = False
    drives_car: bool = False
    lang: str | None = None
    german_level: str | None = None
    perspective: str = "newcomer"

    def as_json(self) -> dict[str, Any]:
        """The profile as JSON-ready data (dates as ISO strings); parses back to the same."""
        data = asdict(self)
        for name in DATE_FIELDS:
            if data[name] is not None:
                data[name] = data[name].isoformat()
        data["children_ages"] = list(self.children_ages)
        return {k: v for k, v in data.items() if v is not None}


def _date(value: Any) -> dt.date:
    if not isinstance(value, str):
        raise ValueError("expected a date as YYYY-MM-DD")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError("not a valid date (YYYY-MM-DD)") from None
    # Deadlines are computed from these dates: the ends of the calendar would overflow.
    if not MIN_DATE <= day <= MAX_DATE:
        raise ValueError(f"must lie between {MIN_DATE.isoformat()} and {MAX_DATE.isoformat()}")
    return day


def _optional(
    data: dict[str, Any],
    name: str,
    check: Callable[[Any], Any],
    values: dict[str, Any],
    errors: dict[str, str],
) -> None:
    """An optional field: when given, `check` turns it into its value or raises ValueError with
    the message for the field."""
    value = data.get(name)
    if value is None:
        return
    try:
        values[name] = check(value)
    except ValueError as exc:
        errors[name] = str(exc)


def _one_of(allowed: Collection[str]) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value not in allowed:
            raise ValueError("one of: " + ", ".join(allowed))
        return value

    return check


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("expected true or false")
    return value


def _salary(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("expected a number")
    if not 0 <= value <= MAX_SALARY or value != value:
        raise ValueError("must be between 0 and 100,000,000")
    return float(value)


def _children_ages(value: Any) -> tuple[int, ...]:
    if (
        not isinstance(value, list)
        or len(value) > MAX_CHILDREN
        or not all(
            isinstance(a, int) and not isinstance(a, bool) and 0 <= a <= OLDEST_CHILD for a in value
        )
    ):
        raise ValueError("expected a list of ages (whole numbers 0 to 25)")
    return tuple(value)


def _language(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 16:
        raise ValueError("expected a language code such as de")
    return value


def profile_parse(
    data: Any,
    *,
    rules: RuleSet,
    city_exists: Any,
    service_keys: Any,
    default_today: dt.date,
) -> Profile:
    """Validate raw answers (JSON object) into a Profile or raise ProfileError naming fields.

    `city_exists(slug) -> bool` and `service_keys(slug) -> set[str]` look the city up, so
    this module stays free of database access.
    """
    if not isinstance(data, dict):
        raise ProfileError({"profile": "expected a JSON object"})
    errors: dict[str, str] = {}
    for name in data:
        if name not in ALL_FIELDS:
            errors[str(name)[:64]] = "unknown field"
    values: dict[str, Any] = {}

    city = data.get("city")
    if not isinstance(city, str) or not city:
        errors["city"] = "required: the city slug, e.g. dortmund"
    elif not city_exists(city):
        errors["city"] = "unknown city"
    else:
        values["city"] = city

    purpose = data.get("purpose")
    if purpose not in PURPOSES:
        errors["purpose"] = "required, one of: " + ", ".join(PURPOSES)
    else:
        values["purpose"] = purpose

    for name in DATE_FIELDS:
        _optional(data, name, _date, values, errors)
    values.setdefault("today", default_today)

    for name in BOOLEAN_FIELDS:
        _optional(data, name, _boolean, values, errors)

    def country(value: Any) -> str:
        code = value.upper() if isinstance(value, str) else None
        if code is None or not rules.in_list("iso3166_alpha2", code):
            raise ValueError("unknown country code (ISO 3166-1 alpha-2, e.g. IN)")
        return code

    def permit(value: Any) -> str:
        known = (
            "city" in values and isinstance(value, str) and value in service_keys(values["city"])
        )
        if not known:
            raise ValueError("unknown service key")
        return str(value)

    _optional(data, "citizenship", country, values, errors)
    _optional(data, "qualification", _one_of(QUALIFICATIONS), values, errors)
    _optional(data, "annual_salary_eur", _salary, values, errors)
    _optional(data, "children_ages", _children_ages, values, errors)
    _optional(data, "current_permit", permit, values, errors)
    _optional(data, "lang", _language, values, errors)
    _optional(data, "german_level", _one_of(GERMAN_LEVELS), values, errors)
    _optional(data, "perspective", _one_of(PERSPECTIVES), values, errors)

    if errors:
        raise ProfileError(errors)
    return Profile(**values)
