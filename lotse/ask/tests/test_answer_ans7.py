"""Fewer wrong answers on parts 9-12 (nineteenth session, second round, lane ans7): the asked
quantity must be a stated quantity in force. A sentence that says the figure it names no
longer exists ("the option after only three years no longer exists") does not tell how many
years, weeks or euros it is now. Sentences and questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask.answers import kinds

pytestmark = pytest.mark.ranking


# A figure said to be gone, 12 languages (`kinds._NO_LONGER`).
@pytest.mark.parametrize(
    "sentence",
    [
        "Den verkürzten Weg nach zwei Jahren gibt es seit März nicht mehr.",
        "The shorter route after two years no longer exists since March.",
        "La voie raccourcie après deux ans n'existe plus depuis mars.",
        "La vía corta tras dos años ya no existe desde marzo.",
        "İki yıl sonraki kısa yol martan beri artık yoktur.",
        "Skrócona ścieżka po dwóch latach nie istnieje od marca.",
        "Calea scurtă după doi ani nu mai există din martie.",
        "Сокращённого пути через два года с марта больше нет.",
        "Скороченого шляху через два роки з березня більше немає.",
        "Съкратеният път след две години вече не съществува от март.",
        "لم يعد الطريق المختصر بعد سنتين قائمًا منذ مارس.",
        "راه کوتاه پس از دو سال از مارس دیگر وجود ندارد.",
    ],
)
def test_a_figure_said_to_be_gone(sentence):
    assert kinds.states_no_longer(sentence)


# Not gone: a time limit ("no longer possible after the birth"), a person without work any
# more, a figure in force.
@pytest.mark.parametrize(
    "sentence",
    [
        "Nach der Geburt ist der Antrag nicht mehr möglich.",
        "After the birth this is no longer possible.",
        "Когда у вас больше нет работы, зарегистрируйтесь сразу.",
        "Коли у вас більше немає роботи, зареєструйтеся одразу.",
        "Когато вече няма работа, се регистрирайте веднага.",
        "وإذا لم يعد لديك عمل، سجّل فورًا.",
        "Sie können nach drei Jahren den Antrag stellen.",
    ],
)
def test_no_figure_said_to_be_gone(sentence):
    assert not kinds.states_no_longer(sentence)


# How many years asked: the sentence of the figure in force answers, not the one of a figure
# said to be gone, whichever shares more words with the question.
@pytest.mark.parametrize(
    ("gone", "in_force", "language"),
    [
        (
            "Den verkürzten Antrag schon nach zwei Jahren gibt es nicht mehr.",
            "Den Antrag stellen Sie in der Regel nach vier Jahren.",
            "de",
        ),
        (
            "Сокращённого заявления уже через два года больше нет.",
            "Заявление обычно подают после четырёх лет.",
            "ru",
        ),
    ],
)
def test_a_gone_figure_does_not_answer(gone, in_force, language):
    from lotse.ask.answers._text import _sentence
    from lotse.ask.answers.sentences import _best_sentence

    only_gone = [_sentence(gone, language)]
    best, _score = _best_sentence(only_gone, set(), "deadline", "body", frozenset({"year"}))
    assert best is None
    both = [_sentence(gone, language), _sentence(in_force, language)]
    best, _score = _best_sentence(both, set(), "deadline", "body", frozenset({"year"}))
    assert best is not None
    assert best.text == in_force


# How many years asked: a calendar year and its year word ("seit dem 1. März 2023 gilt …",
# "2023 года") name a point in time, no count of years; the sentence that counts years answers.
@pytest.mark.parametrize(
    ("dated", "counted", "language"),
    [
        (
            "Seit dem 1. März 2023 gilt für die Anerkennung ein neues Gesetz.",
            "Die Anerkennung ist in der Regel nach vier Jahren möglich.",
            "de",
        ),
        (
            "С 1 марта 2023 года для признания действует новый закон.",
            "Признание обычно возможно после четырёх лет.",
            "ru",
        ),
        (
            "A new law has applied to recognition since 1 March 2023.",
            "Recognition is usually possible after four years.",
            "en",
        ),
    ],
)
def test_a_calendar_year_counts_no_years(dated, counted, language):
    from lotse.ask.answers._text import _sentence
    from lotse.ask.answers.sentences import _best_sentence, _only_calendar_years

    assert _only_calendar_years(dated)
    assert not _only_calendar_years(counted)
    sentences = [_sentence(dated, language), _sentence(counted, language)]
    best, _score = _best_sentence(sentences, set(), "deadline", "body", frozenset({"year"}))
    assert best is not None
    assert best.text == counted


# A date with a count of years beside it still counts them ("seit 2023, für drei Jahre").
def test_a_calendar_year_beside_a_count():
    from lotse.ask.answers.sentences import _only_calendar_years

    assert not _only_calendar_years("Seit 2023 gilt die Erlaubnis für drei Jahre.")
    assert not _only_calendar_years("Since 2023 the permit is valid for 3 years.")
