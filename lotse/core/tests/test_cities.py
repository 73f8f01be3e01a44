"""The city of a request (lotse.core.cities): one written-out query gives the whole city."""

from __future__ import annotations

import pytest

from lotse.core.cities import city_find, city_get
from lotse.core.errors import NotFound
from lotse.core.models import City

pytestmark = pytest.mark.django_db


def test_city_find_reads_the_whole_city_in_one_query(django_assert_num_queries):
    expected = City.objects.get(slug="dortmund")
    with django_assert_num_queries(1):
        city = city_find("dortmund")
    assert city == expected
    for field in City._meta.concrete_fields:
        assert getattr(city, field.attname) == getattr(expected, field.attname), field.name
    assert isinstance(city.names, dict) and city.names  # JSON decoded as by the ORM


def test_an_unknown_or_odd_slug_is_no_city(django_assert_num_queries):
    assert city_find("atlantis") is None
    with django_assert_num_queries(0):
        assert city_find(None) is None
        assert city_find(["dortmund"]) is None
    with pytest.raises(NotFound):
        city_get(slug="atlantis")
