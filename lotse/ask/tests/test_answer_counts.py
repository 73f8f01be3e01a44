"""A count question ("how many <noun> …") is answered from a service's body by the one sentence
that puts a number before the counted noun, or not at all."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.ask.analysis import analyze
from lotse.ask.answers.kinds import asked_count
from lotse.ask.answers.sentences import states_count
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("How many seats does the council have?", "seats"),
        ("Wie viele Sitze hat der Rat?", "sitze"),
        ("Combien de membres compte le conseil ?", "membres"),
        ("¿Cuántos asientos tiene el consejo?", "asientos"),
        ("Meclisin kaç koltuğu var?", "koltuğu"),
        ("Ilu członków ma rada?", "członków"),
        ("Câți membri are consiliul?", "membri"),
        ("Сколько членов в совете?", "членов"),
        ("Скільки членів у раді?", "членів"),
        ("Колко членове има съветът?", "членове"),
        ("كم عضو في المجلس؟", "عضو"),
        ("شورا چند عضو دارد؟", "عضو"),
        # a cost, money or time asked: another type's question
        ("Сколько стоит паспорт?", None),
        ("Ile kosztuje paszport?", None),
        ("How many euros is the fee?", None),
        ("Kaç gün sürer?", None),
        ("How many weeks does it take?", None),
        ("Wie viel kostet der Pass?", None),
        # an amount verb after it asks how much, not how many
        ("Ile wynosi zasiłek dla bezrobotnych?", None),
        ("Wie viel beträgt der Zuschuss?", None),
    ],
)
def test_a_count_question_names_what_it_counts(question, noun):
    assert asked_count(question) == noun


@pytest.mark.parametrize(
    ("sentence", "language", "noun", "states"),
    [
        ("Der Rat hat 31 Sitze.", "de", "Sitze", True),
        ("Ein Kurs hat 300 Lehrstunden.", "de", "Stunden", True),
        ("The council has nine elected members.", "en", "members", True),
        ("Совет состоит из семи избранных членов.", "ru", "членов", True),
        ("Consiliul are cel puțin cinci membri.", "ro", "membri", True),
        # the noun without a number before it, or a number of something else
        ("The members are elected every 4 years.", "en", "members", False),
        ("Der Rat tagt 12 Mal im Jahr; seine Sitze werden gewählt.", "de", "Sitze", False),
        # a year is no count
        ("Seit 2026 Sitze im Rat für alle Bezirke.", "de", "Sitze", False),
    ],
)
def test_a_sentence_states_a_count_of_the_noun(sentence, language, noun, states):
    assert states_count(sentence, language, frozenset(analyze(noun, language))) is states


def _dortmund_fact(question: str, language: str) -> answers.Fact | None:
    city = City.objects.get(slug="dortmund")
    return selectors.search(city=city, query=question, limit=10, language=language).fact


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Steuer-ID: wie viele Ziffern stehen darin?", "de"),
        ("My tax number, how many digits should it be?", "en"),
        ("Ile cyfr liczy mój numer podatkowy Steuer-ID?", "pl"),
    ],
)
def test_a_count_question_gets_the_body_sentence_with_the_count(question, language):
    fact = _dortmund_fact(question, language)
    assert fact is not None and fact.module == "body" and "11" in fact.text


def test_two_sentences_that_count_the_noun_compete():
    sentence = answers._text._sentence
    seats = sentence("Der Rat hat 31 Sitze.", "de")
    other = sentence("Der Ausschuss hat 9 Sitze.", "de")
    plain = sentence("Die Sitze werden alle fünf Jahre gewählt.", "de")
    counting = answers.sentences.counting_sentences
    assert counting([seats, plain], "de", "Sitze") == [seats]
    # two counts of seats: which one is asked is not known (the caller answers none)
    assert counting([seats, other, plain], "de", "Sitze") == [seats, other]


def test_a_count_question_no_sentence_counts_gets_no_answer():
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    fact = answers.service_fact(
        city, generation, "tax-id", answers.COUNT_KIND, "en", "how many letters?"
    )
    assert fact is None
    fact = answers.service_fact(
        city, generation, "tax-id", answers.COUNT_KIND, "en", "how many digits?"
    )
    assert fact is not None and "11" in fact.text


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        # a counter or "in all" between the how-many word and the noun counts nothing
        ("Bir sınıfta kaç tane öğrenci var?", "öğrenci"),
        ("Evde kaç adet oda var?", "oda"),
        ("Скільки всього учнів у класі?", "учнів"),
        ("Сколько всего мест в группе?", "мест"),
        # the noun glossed in brackets counts with its gloss
        ("La câte grădinițe (Kita) pot înscrie copilul?", "grădinițe kita"),
        ("How many daycares (Kitas) can I choose?", "daycares kitas"),
    ],
)
def test_a_counter_word_or_a_gloss_beside_the_counted_noun(question, noun):
    assert asked_count(question) == noun


@pytest.mark.parametrize(
    ("noun", "sentence", "language"),
    [
        ("Mitarbeiter", "Ab fünf ständigen Beschäftigten.", "de"),
        ("employees", "With at least five permanent workers.", "en"),
        ("kids", "Usually up to nine children per room.", "en"),
        ("служители", "С поне петима постоянни работници.", "bg"),
        ("сотрудников", "Не менее пяти постоянных работников.", "ru"),
    ],
)
def test_nouns_counted_alike_count_each_other(noun, sentence, language):
    counted = answers.sentences.counted_terms(noun, language)
    assert states_count(sentence, language, counted)
    assert not states_count(sentence, language, frozenset(analyze(noun, language)) - counted)


def test_a_count_of_the_noun_itself_beats_a_count_of_years_of_it():
    sentence = answers._text._sentence
    kitas = sentence("Sie können Ihr Kind bei bis zu sechs Kitas anmelden.", "de")
    years = sentence("Die letzten zwei Jahre Kita sind beitragsfrei.", "de")
    counting = answers.sentences.counting_sentences
    assert counting([kitas, years], "de", "Kitas") == [kitas]
    # a count through a unit of time still answers when nothing counts the noun itself
    rent = sentence("Die Kaution beträgt höchstens drei Monate Miete.", "de")
    assert counting([rent], "de", "Miete") == [rent]


@pytest.mark.parametrize(
    ("question", "language", "key", "number"),
    [
        (
            "Wie viele Beschäftigte braucht eine Firma für einen Betriebsrat?",
            "de",
            "works-council-and-trade-unions",
            "fünf",
        ),
        ("How many kids are in one Kinderstube group?", "en", "kinderstube", "nine"),
        ("Kita-Portal'da kaç tane Kita seçebilirim?", "tr", "daycare-place", "altı"),
    ],
)
def test_a_count_question_gets_the_count_of_a_noun_counted_alike(question, language, key, number):
    fact = _dortmund_fact(question, language)
    assert fact is not None and fact.service == key and number in fact.text
