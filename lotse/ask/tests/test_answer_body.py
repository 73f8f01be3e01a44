"""A question counting months or years of the thing a service is named after ("after how many
years can one be naturalised") is told by the body sentence that names the service and counts
the asked unit, though it shares no other word with the question
(`answers.sentences._names_asked_thing`); hours, days and weeks count a part of the thing, which
the question's own words must name."""

from __future__ import annotations

import pytest

from lotse.ask import selectors
from lotse.ask.answers._text import _sentence
from lotse.ask.answers.sentences import _names_asked_thing
from lotse.core.models import City

pytestmark = pytest.mark.ranking


@pytest.mark.django_db
def test_years_of_the_service_itself_are_told_by_the_body():
    city = City.objects.get(slug="dortmund")
    found = selectors.search(
        city=city,
        query="Au bout de combien d'années peut-on demander la naturalisation ?",
        limit=10,
        language="fr",
    )
    fact = found.fact
    assert fact is not None
    assert (fact.service, fact.module) == ("naturalisation", "body")
    assert "cinq ans" in fact.text


def test_only_months_and_years_are_counted_of_the_service_itself():
    sentence = _sentence("Ein Integrationskurs hat 700 Unterrichtsstunden in 2 Jahren.", "de")
    topic = frozenset({"integrationskur"})
    assert _names_asked_thing(frozenset({"year"}), topic, sentence)
    assert _names_asked_thing(frozenset({"month", "year"}), topic, sentence)
    # the hours of a course, the days of a year: a part the question must name
    assert not _names_asked_thing(frozenset({"hour"}), topic, sentence)
    assert not _names_asked_thing(frozenset({"day", "year"}), topic, sentence)
    # a sentence that does not name the service
    assert not _names_asked_thing(frozenset({"year"}), frozenset({"einburger"}), sentence)
    assert not _names_asked_thing(frozenset(), topic, sentence)
