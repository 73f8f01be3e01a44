"""Small words of the guessed language count for it when there are two or more (langid15).

German questions built from small words that Polish texts also hold ("wie", "vom", "die") were
analysed as Polish and then answered in Polish or not at all; a single small word ("ile",
"nie", "для") stays with the content words, since it is as often another language's word.
"""

from __future__ import annotations

import pytest

from lotse.ask import selectors
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


def _analysed_in(question: str) -> str:
    city = City.objects.get(slug="dortmund")
    return selectors.search(city=city, query=question, mode="lexical", with_answer=False).language


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Wie ist die Telefonnummer vom Jobcenter?", "de"),
        ("Wie ist die Adresse vom Jobcenter?", "de"),
        ("Wie ist die Nummer vom Frauenhaus?", "de"),
        ("Wie kann ich einen Schwerbehindertenausweis beantragen?", "de"),
        ("ich bin schwanger, wie finde ich eine hebamme", "de"),
        ("Kann ich mir vom Finanzamt Steuern zurückholen? Wie läuft das?", "de"),
        ("Wie beantrage ich Kindergeld?", "de"),
        ("Care este adresa Jobcenter-ului din Dortmund?", "ro"),
        ("Кой има право на Bürgergeld?", "bg"),
    ],
)
def test_two_or_more_small_words_of_the_guessed_language_keep_the_question_in_it(
    question, language
):
    assert _analysed_in(question) == language


@pytest.mark.parametrize(
    ("question", "language"),
    [
        # "nie" is a Polish small word, "для" a Russian one: the content words decide
        ("Steuer-ID nie bekommen", "de"),
        ("бафег для студентив з украiни", "uk"),
    ],
)
def test_one_small_word_alone_does_not_decide_the_language(question, language):
    assert _analysed_in(question) == language


@pytest.mark.parametrize(
    ("question", "language"),
    [("Ile kosztuje Deutschlandticket?", "pl"), ("Kindergeld nasıl başvurulur?", "tr")],
)
def test_short_questions_without_small_words_keep_their_language(question, language):
    assert _analysed_in(question) == language


def test_a_german_phone_question_is_answered_in_german():
    city = City.objects.get(slug="dortmund")
    answer = selectors.search(city=city, query="Wie ist die Telefonnummer vom Frauenhaus Dortmund?")
    assert answer.language == "de"
    assert answer.fact is not None
    assert answer.fact.language == "de"
    assert "0231" in answer.fact.text
