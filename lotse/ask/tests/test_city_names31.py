"""The city's name in every script names no service (thirty-first session): "Dortmund" was left
out of the words that name a service, "Дортмунд" and "دورتموند" were not, and named eleven
services (the Dortmund-Pass, the museums, housing, …). A lost asker who said "мы переехали в
Дортмунд" was then read as naming a service and not sent to the Welcome Center."""

from __future__ import annotations

import pytest

from lotse.ask import answers
from lotse.ask.selectors import city_index
from lotse.core.models import City

pytestmark = pytest.mark.ranking


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "in Dortmund"),
        ("ru", "в Дортмунд"),
        ("uk", "до Дортмунда"),
        ("bg", "в Дортмунд"),
        ("ar", "في دورتموند"),
        ("fa", "در دورتموند"),
    ],
)
def test_the_city_name_names_no_service_in_any_script(language, text):
    city = City.objects.get(slug="dortmund")
    generation = city_index(city).generation
    assert answers.named_services(city, generation, text, language) == frozenset()
    assert not answers.names_a_service(city, generation, text, language)


@pytest.mark.django_db
def test_the_city_is_named_in_the_readers_script():
    city = City.objects.get(slug="dortmund")
    assert city.name("ru") == "Дортмунд"
    assert city.name("ar") == "دورتموند"
    assert city.name("fr") == "Dortmund"
