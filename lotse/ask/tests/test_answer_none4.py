"""More right answers where there was none (eighteenth session, lane ansNone4): a child under a
number is an age limit though the years go unsaid; an Arabic count question counts with the
singular what the sentence counts with a broken plural; "how many hours a week" counts hours
per week, and "an" before its how-much word is no French year. Questions and sentences written
for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.ask.answers._text import _sentence
from lotse.ask.answers.kinds import asked_units, content_words, stated_quantities
from lotse.ask.answers.sentences import counted_terms, states_count
from lotse.core.models import City

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "sentence",
    [
        "Families whose child is under 21 and in school.",
        "Parents with children under 16 who live with them.",
        "Eltern mit Kindern unter 14, die im Haushalt leben.",
        "Les parents d'un enfant de moins de 12 qui vit au foyer.",
    ],
)
def test_a_child_under_a_number_is_an_age(sentence):
    assert "age" in stated_quantities(sentence.casefold())


@pytest.mark.parametrize(
    "sentence",
    [
        "The child must be under 25 kg for the car seat.",
        "Children under 3,50 euros a meal eat for free.",
        "Fees are under 25 euros.",
    ],
)
def test_an_amount_or_a_measure_under_a_number_is_no_age(sentence):
    assert "age" not in stated_quantities(sentence.casefold())


def test_an_age_asked_is_answered_by_a_child_under_a_number():
    under = _sentence("Parents whose child is under 21 and still at school.", "en")
    other = _sentence("Parents who live in Dortmund with their child.", "en")
    fact, _score = answers.sentences._best_sentence(
        [other, under], {"child"}, "who", "who", quantity="age"
    )
    assert fact is under


@pytest.mark.parametrize(
    ("noun", "sentence"),
    [
        # a singular after "how many", a broken plural after the number
        ("طفل", "في المجموعة عادة حتى ثمانية أطفال."),
        ("درس", "يضم البرنامج عشرة دروس في الأسبوع."),
        ("مدرسة", "في الحي ثلاث مدارس ابتدائية."),
        # "six" in the feminine form before its noun
        ("ساعة", "يستغرق الكورس ست ساعات."),
    ],
)
def test_an_arabic_count_reads_the_broken_plural(noun, sentence):
    assert states_count(sentence, "ar", counted_terms(noun, "ar"))


def test_an_arabic_count_of_another_root_is_no_count():
    assert not states_count("في المجموعة عادة حتى ثمانية أطفال.", "ar", counted_terms("كتاب", "ar"))


@pytest.mark.parametrize(
    ("noun", "sentence", "language"),
    [
        ("روضة", "يمكنك التسجيل في ما يصل إلى خمس حضانات.", "ar"),
        ("Kindergärten", "Sie können sich bei bis zu vier Kitas anmelden.", "de"),
        ("crèches", "Vous pouvez inscrire votre enfant dans trois garderies.", "fr"),
        ("przedszkoli", "Można zapisać dziecko do czterech żłobków.", "pl"),
    ],
)
def test_daycares_are_counted_alike(noun, sentence, language):
    assert states_count(sentence, language, counted_terms(noun, language))


@pytest.mark.parametrize(
    ("question", "units"),
    [
        ("For an apprenticeship, how many hours a week can I work?", {"hour"}),
        ("With an internship, how many days do I get off?", {"day"}),
    ],
)
def test_an_article_before_the_how_many_word_is_no_year(question, units):
    assert units <= asked_units(question)
    # and the words before it stay content words
    assert "internship" in content_words(question, "deadline") or "apprenticeship" in (
        content_words(question, "deadline")
    )


def test_hours_a_week_asked_after_an_article_are_answered():
    city = City.objects.get(slug="dortmund")
    fact = selectors.search(
        city=city,
        query="I hold a residence permit for an Ausbildung: how many hours a week may I work besides?",
        limit=10,
    ).fact
    assert fact is not None and fact.service == "residence-permit-training" and "20" in fact.text


def test_days_a_year_are_counted_per_year():
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    fact = answers.service_fact(
        city,
        generation,
        "residence-permit-study",
        "deadline",
        "tr",
        "Üniversitede okurken izin bir yılda kaç gün işe gitmeye yetiyor?",
    )
    # the days a year, not the sentence that counts the years the permit holds ("izin … bir ila
    # iki yıl geçerlidir"), which shares "izin" with the question
    assert fact is not None and "140" in fact.text
