"""More right answers where there was none (eighteenth session, lane ansNone4): a child under a
number is an age limit though the years go unsaid; an Arabic count question counts with the
singular what the sentence counts with a broken plural; "how many hours a week" counts hours
per week, and "an" before its how-much word is no French year. Questions and sentences written
for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.ask.answers._text import _sentence
from lotse.ask.answers.kinds import (
    asked_period,
    asked_units,
    content_words,
    period_bound,
    stated_quantities,
)
from lotse.ask.answers.sentences import counted_terms, states_count
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


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


@pytest.mark.parametrize(
    ("line", "language", "bound"),
    [
        ("Verlängerung um bis zu sechs Wochen", "de", ("up_to", 42.0)),
        ("Renewal for more than two years", "en", ("over", 730.0)),
        ("İki haftaya kadar izin", "tr", ("up_to", 14.0)),
        ("Dört aydan uzun kalış", "tr", ("over", 120.0)),
        ("Продление на срок до пяти месяцев", "ru", ("up_to", 150.0)),
        ("Продовження на строк понад два роки", "uk", ("over", 730.0)),
        ("Przedłużenie o ponad cztery tygodnie", "pl", ("over", 28.0)),
        ("Удължаване с повече от две години", "bg", ("over", 730.0)),
        ("Prelungire cu până la patru săptămâni", "ro", ("up_to", 28.0)),
        ("Séjour de plus de six mois", "fr", ("over", 180.0)),
        ("Estancia por hasta cinco días", "es", ("up_to", 5.0)),
        ("الإقامة لأكثر من أربعة أشهر", "ar", ("over", 120.0)),
        ("اقامت برای حداکثر پنج ماه", "fa", ("up_to", 150.0)),
    ],
)
def test_a_line_bounds_a_period(line, language, bound):
    assert period_bound(line, language) == bound


@pytest.mark.parametrize(
    ("question", "language", "days"),
    [
        ("How much to renew my card for one year?", "en", 365.0),
        ("Was kostet es, die Karte um zwei Jahre zu verlängern?", "de", 730.0),
        ("Kartı bir yıllığına uzatmak ne kadar?", "tr", 365.0),
        ("كم يكلف تجديد البطاقة لسنتين؟", "ar", 730.0),
        ("Колко струва удължаването на картата с една година?", "bg", 365.0),
        # the question bounds the period itself: its words pick the line
        ("Was kostet es für mehr als 3 Monate?", "de", None),
        # two periods: which one is asked is not known
        ("For two months or for a year, what does it cost?", "en", None),
    ],
)
def test_the_period_a_question_asks(question, language, days):
    assert asked_period(question, language) == days


@pytest.mark.parametrize(
    ("question", "language", "amount"),
    [
        ("How much is it to renew my permit for one year?", "en", "93"),
        ("I only need two more months, what does the extension cost?", "en", "96"),
        ("تمدید اقامت برای دو سال چقدر هزینه دارد؟", "fa", "93"),
        ("Ile zapłacę za przedłużenie pobytu o rok?", "pl", "93"),
    ],
)
def test_a_fee_line_is_chosen_by_the_period_it_bounds(question, language, amount):
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    fact = answers.service_fact(
        city, generation, "residence-permit-extension", "cost", language, question
    )
    assert fact is not None and amount in fact.text


@pytest.mark.parametrize(
    "question",
    [
        "When does my daughter start primary school if she turns six in August?",
        "When does compulsory school start for a child who turns six in July?",
        "Când începe școala obligatorie pentru copilul meu?",
    ],
)
def test_when_it_begins_is_told_by_the_body_when_the_deadlines_state_no_start(question):
    city = City.objects.get(slug="dortmund")
    fact = selectors.search(city=city, query=question, limit=10).fact
    # "compulsory schooling starts on 1 August …", not the registration deadline
    assert fact is not None and fact.service == "school-enrolment" and fact.module == "body"
    assert "1 August" in fact.text or "1 august" in fact.text


@pytest.mark.parametrize(
    "question",
    [
        "Ab welchem GdB bekomme ich einen Schwerbehindertenausweis?",
        "Od jakiego stopnia dostanę legitymację Schwerbehindertenausweis?",
        "Hangi dereceden itibaren kart alabilirim?",
        "À partir de quel GdB obtient-on la carte ?",
    ],
)
def test_the_threshold_whose_next_sentence_tells_what_it_gives_answers(question):
    city = City.objects.get(slug="dortmund")
    fact = selectors.search(city=city, query=question, limit=10).fact
    # the threshold of 50, followed by "then you can get the pass", not the 20 of the
    # compensations
    assert fact is not None and fact.service == "disability-support" and "50" in fact.text


def test_a_french_from_word_with_an_elided_article_states_a_threshold():
    assert "threshold" in stated_quantities("à partir d'un taux de 40, vous avez droit à l'aide.")


def _hits(*scores):
    return [
        selectors.SearchHit(
            key=f"s{i}",
            title="",
            title_language="",
            score=score,
            lexical=0.0,
            semantic=0.0,
            offices=[],
        )
        for i, score in enumerate(scores)
    ]


def _fact():
    import datetime as dt

    return answers.Fact(
        text="Up to 120 days a year.",
        service="s0",
        module="body",
        language="en",
        source="",
        checked=dt.date(2026, 12, 1),
    )


def test_a_close_second_that_states_no_fact_of_the_kind_leaves_the_answer_to_the_first():
    rank = selectors._silent_rival_rank
    hits = _hits(0.87, 0.84, 0.80)
    assert rank(hits, [0.1, 0.0, 0.0], _fact(), lambda: True, lambda: True) == 0
    # the second states a fact of the kind: which of the two is asked is not known
    assert rank(hits, [0.1, 0.0, 0.0], _fact(), lambda: True, lambda: False) is None
    # the second is named more, or a third clearly more
    assert rank(hits, [0.1, 0.5, 0.0], _fact(), lambda: True, lambda: True) is None
    assert rank(hits, [0.1, 0.0, 1.0], _fact(), lambda: True, lambda: True) is None
    # the first's sentence holds no word of the question
    assert rank(hits, [0.1, 0.0, 0.0], _fact(), lambda: False, lambda: True) is None
    # a clear lead is the routing's own business (`answering_rank`)
    assert rank(_hits(0.9, 0.6, 0.5), [0.1, 0.0, 0.0], _fact(), lambda: True, lambda: True) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "We usually offer a quick first appointment.",
        "Meist gibt es schnell einen ersten Termin.",
        "Zwykle jest szybki pierwszy termin.",
        "Обычно первую встречу дают быстро.",
        "عادة يوجد موعد أول سريع.",
    ],
)
def test_quickly_states_a_duration(sentence):
    assert "duration" in stated_quantities(sentence.casefold())


@pytest.mark.parametrize(
    "question",
    [
        "Wie lange wartet man auf einen Termin bei der Schuldnerberatung?",
        "Borç danışmanlığında ne kadar beklemem gerekir?",
        "Сколько ждать консультацию по долгам?",
    ],
)
def test_a_wait_is_told_by_a_quick_first_consultation(question):
    city = City.objects.get(slug="dortmund")
    fact = selectors.search(city=city, query=question, limit=10).fact
    assert fact is not None and fact.service == "debt-counselling"
    assert fact.module == "processing_time"


def test_the_german_almost_is_no_quick():
    assert "duration" not in stated_quantities("das ist fast immer möglich.")


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The card is issued for two years at first.", "en"),
        ("Die Erlaubnis wird zunächst für zwei Jahre erteilt, später ausgestellt für fünf.", "de"),
        ("Сначала карту выдают максимум на два года.", "ru"),
        ("Спочатку картку видають на два роки.", "uk"),
        ("تكون البطاقة سارية لمدة سنتين.", "ar"),
    ],
)
def test_granted_or_issued_for_a_period_is_a_validity_cue(sentence, language):
    assert _sentence(sentence, language).validity


def test_how_long_a_permit_is_granted_for_is_told_by_the_body():
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    fact = answers.service_fact(
        city,
        generation,
        "residence-permit-self-employment",
        "validity",
        "en",
        "For how many years do I get the self-employment permit the first time?",
    )
    assert fact is not None and "three years" in fact.text


def test_a_spanish_count_of_plazos_states_instalments():
    assert "instalments" in stated_quantities("puede pagarla en dos plazos iguales.")
    # a lone "plazos" is time limits
    assert "instalments" not in stated_quantities("los plazos se indican en la carta.")
