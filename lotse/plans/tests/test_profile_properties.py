"""Property tests (Hypothesis) of the plan profile parser: any JSON gives a Profile or a
ProfileError naming fields, never another exception; valid profiles round-trip; dates and
numbers outside their range are refused by name."""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lotse.core.http import MAX_DATE, MIN_DATE
from lotse.plans import profile
from lotse.plans.rulebook import PERSPECTIVES, PURPOSES, QUALIFICATIONS, ruleset

RULES = ruleset()
TODAY = dt.date(2026, 11, 1)
PERMITS = {"visa-national", "eu-blue-card"}
PROPERTY = settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


def parse(data: object) -> profile.Profile:
    return profile.profile_parse(
        data,
        rules=RULES,
        city_exists=lambda slug: slug == "dortmund",
        service_keys=lambda slug: PERMITS,
        default_today=TODAY,
    )


json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
field_names = st.sampled_from(profile.ALL_FIELDS) | st.text(max_size=12)


@PROPERTY
@given(st.dictionaries(field_names, json_values, max_size=8) | json_values)
def test_any_json_gives_a_profile_or_an_error_naming_fields(data):
    try:
        parsed = parse(data)
    except profile.ProfileError as exc:
        assert exc.fields
        assert all(isinstance(k, str) and isinstance(v, str) and v for k, v in exc.fields.items())
    else:
        assert parsed.city == "dortmund" and parsed.purpose in PURPOSES


dates = st.dates(min_value=MIN_DATE, max_value=MAX_DATE)
valid_profiles = st.fixed_dictionaries(
    {"city": st.just("dortmund"), "purpose": st.sampled_from(PURPOSES)},
    optional={
        "today": dates.map(dt.date.isoformat),
        "arrival_date": dates.map(dt.date.isoformat),
        "permit_expires": dates.map(dt.date.isoformat),
        "citizenship": st.sampled_from(["IN", "DE", "TR", "UA", "SY", "US", "BR"]),
        "qualification": st.sampled_from(QUALIFICATIONS),
        "annual_salary_eur": st.floats(min_value=0, max_value=profile.MAX_SALARY),
        "children_ages": st.lists(st.integers(0, 25), max_size=20),
        "current_permit": st.sampled_from(sorted(PERMITS)),
        "lang": st.sampled_from(["de", "en", "ar", "xx"]),
        "perspective": st.sampled_from(PERSPECTIVES),
        **{name: st.booleans() for name in profile.BOOLEAN_FIELDS},
    },
)


@PROPERTY
@given(valid_profiles)
def test_valid_profiles_parse_and_round_trip_through_json(data):
    parsed = parse(data)
    assert parse(parsed.as_json()) == parsed


@PROPERTY
@given(
    st.sampled_from(profile.DATE_FIELDS),
    st.dates(max_value=MIN_DATE - dt.timedelta(days=1))
    | st.dates(min_value=MAX_DATE + dt.timedelta(days=1)),
)
def test_dates_outside_the_supported_range_are_refused_by_name(field, day):
    try:
        parse({"city": "dortmund", "purpose": "work", field: day.isoformat()})
    except profile.ProfileError as exc:
        assert field in exc.fields
    else:
        raise AssertionError(f"{field}={day} was accepted")


@PROPERTY
@given(st.floats(allow_nan=True, allow_infinity=True) | st.integers())
def test_salary_is_accepted_exactly_when_finite_and_in_range(value):
    data = {"city": "dortmund", "purpose": "work", "annual_salary_eur": value}
    expected_ok = math.isfinite(value) and 0 <= value <= profile.MAX_SALARY
    try:
        parsed = parse(data)
    except profile.ProfileError as exc:
        assert not expected_ok
        assert set(exc.fields) == {"annual_salary_eur"}
    else:
        assert expected_ok and parsed.annual_salary_eur == float(value)
