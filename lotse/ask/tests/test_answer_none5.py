"""More right answers where there was none (eighteenth session, second round, lane ansNone5): a
service whose answering sentence speaks of the service the question names (or is routed to),
when that one states nothing of the asked kind (`selectors._rival_named_rank`). Questions
written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


@pytest.mark.parametrize(
    "question",
    [
        # routed to free movement a hair before the settlement permit, which "permanent
        # residence" names more and which states no time: free movement's sentence holds the
        # words ("… право на постоянно пребиваване")
        "Гражданин на ЕС съм, след колко години имам право на постоянно пребиваване?",
        "أخي بولندي ويعيش هنا، بعد كم سنة بيصير إله حق الإقامة الدائمة؟",
    ],
)
def test_the_top_service_answers_past_a_silent_rival_its_sentence_names(question):
    city = City.objects.get(slug="dortmund")
    fact = selectors.search(city=city, query=question, limit=10).fact
    assert fact is not None and fact.service == "eu-free-movement"


@pytest.mark.parametrize(
    "question",
    [
        # routed clearly to the settlement permit, which states no time; the second's sentence
        # names it ("After 27 months you can get a settlement permit")
        "I have an EU Blue Card: after how many months may I apply for a settlement permit?",
        "I am a Polish citizen of the EU: after how many years do I have a right of permanent residence?",
        "Аз съм гражданин на ЕС. След колко години ще имам право на постоянно пребиваване?",
    ],
)
def test_a_second_whose_time_names_the_silent_top_service_answers(question):
    city = City.objects.get(slug="dortmund")
    fact = selectors.search(city=city, query=question, limit=10).fact
    assert fact is not None and fact.service in {"eu-blue-card", "eu-free-movement"}
    assert fact.module == "body"


def test_words_naming_and_holding():
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    stems = answers.words_naming(
        city,
        generation,
        "Nach wie vielen Jahren bekomme ich eine Niederlassungserlaubnis?",
        "deadline",
        "de",
        "settlement-permit",
    )
    assert stems
    assert answers.holds_stems(
        stems, "Nach 5 Jahren bekommen Sie die Niederlassungserlaubnis.", "de"
    )
    assert not answers.holds_stems(stems, "Nach 5 Jahren bekommen Sie einen Pass.", "de")
    assert not answers.holds_stems(frozenset(), "Nach 5 Jahren.", "de")


def test_a_second_of_another_kind_does_not_answer_for_a_silent_top_service():
    # who may, papers, amounts: a sentence naming the top service's words is no answer to it
    assert "who" not in selectors.RIVAL_NAMED_KINDS
    assert "documents" not in selectors.RIVAL_NAMED_KINDS
    assert "deadline" in selectors.RIVAL_NAMED_KINDS


@pytest.mark.parametrize(
    "question",
    [
        "dupa cati ani pot cere cetatenia?",
        "Dupa cati ani primesc drept de sedere permanenta?",
    ],
)
def test_a_romanian_how_many_typed_without_diacritics_counts_time(question):
    # "câți" typed "cati": after how many years is a time, as "după câți ani" is
    assert answers.classify(question) == answers.classify(question.replace("cati", "câți"))
    assert answers.classify(question) is not None


# The Polish how-many word in its case form "ilu" ("po ilu latach", after how many years) with
# the years and months as their case forms write them ("latach", "miesiącach"): a time question
# (before, no time was asked and free movement's who-may sentence answered the EU citizen).
@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("Jako obywatel UE, po ilu latach mam prawo stałego pobytu?", "year"),
        ("po ilu miesiącach dostanę odpowiedź?", "month"),
        ("Za ile miesięcy muszę się zgłosić?", "month"),
    ],
)
def test_the_polish_case_forms_of_how_many_and_the_units_ask_a_time(question, unit):
    assert answers.kinds.asked_units(question) == {unit}


def test_an_eu_citizen_asking_in_polish_after_how_many_years_is_told_the_years():
    city = City.objects.get(slug="dortmund")
    fact = selectors.search(
        city=city, query="Jako obywatel UE, po ilu latach mam prawo stałego pobytu?", limit=10
    ).fact
    assert fact is not None and fact.service == "eu-free-movement" and fact.module == "body"
    assert "pięciu latach" in fact.text
