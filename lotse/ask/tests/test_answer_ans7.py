"""Fewer wrong answers on parts 9-12 (nineteenth session, second round, lane ans7): the asked
quantity must be a stated quantity in force. A sentence that says the figure it names no
longer exists ("the option after only three years no longer exists") does not tell how many
years, weeks or euros it is now. Sentences and questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask.answers import kinds


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
