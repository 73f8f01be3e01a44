"""The rank rules let the answering sentence through when the rivals cannot tell the asked value
(twenty-second session, lane rank11): a rival sentence that counts in none of the question's
units of time or states the same figures does not compete (`selectors._telling_first_rank`,
`answers.states_figures_of`); a top service that states nothing of the asked kind leaves the
answer to the second's sentence that holds the question's words (`selectors._silent_first_rank`);
a second named by a whole name word, the first by none, answers when its sentence holds one of
the question's words (`answers.second_sentence_agrees`). Questions and sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from lotse.ask import answers, selectors
from lotse.ask.tests import ranking_parts

pytestmark = pytest.mark.ranking

_hit = ranking_parts.hit
TOP = [_hit("allowance", 0.80), _hit("tax", 0.79), _hit("housing", 0.60)]


def _fact(service: str, text: str, language: str, module: str = "deadlines") -> answers.Fact:
    return answers.Fact(
        text=text,
        service=service,
        module=module,
        language=language,
        source="s",
        checked=dt.date(2026, 1, 1),
    )


def _telling_first(question, kind, first, rival):
    return selectors._telling_first_rank(
        TOP,
        [0.8, 0.2, 0.0],
        kind,
        question,
        first,
        lambda: True,
        lambda i: rival if i == 1 else None,
        lambda i: False,
    )


# (language, question counting months, the first's sentence in months, a rival's in years that
# holds the question's words as much)
MONTHS_ASKED = [
    (
        "en",
        "For how many months back is the allowance paid if I apply late?",
        "The allowance is paid back for at most six months.",
        "If you apply late, the allowance is paid back for up to four years.",
    ),
    (
        "de",
        "Für wie viele Monate rückwirkend wird die Beihilfe gezahlt, wenn ich spät beantrage?",
        "Die Beihilfe wird rückwirkend höchstens für sechs Monate gezahlt.",
        "Wenn Sie spät beantragen, wird die Beihilfe rückwirkend bis zu vier Jahre gezahlt.",
    ),
    (
        "ro",
        "Pe câte luni în urmă se plătește ajutorul dacă depun cererea târziu?",
        "Ajutorul se plătește în urmă cel mult pentru șase luni.",
        "Dacă depuneți cererea târziu, ajutorul se plătește în urmă până la patru ani.",
    ),
    (
        "ru",
        "За сколько месяцев назад выплачивают пособие, если подать заявление поздно?",
        "Пособие выплачивают назад не более чем за шесть месяцев.",
        "Если подать заявление поздно, пособие выплачивают назад до четырёх лет.",
    ),
    (
        "tr",
        "Geç başvurursam yardım kaç ay geriye dönük ödenir?",
        "Yardım en fazla altı ay geriye dönük ödenir.",
        "Geç başvurursanız yardım dört yıla kadar geriye dönük ödenir.",
    ),
    (
        "es",
        "¿Por cuántos meses hacia atrás se paga la ayuda si la solicito tarde?",
        "La ayuda se paga hacia atrás como máximo por seis meses.",
        "Si la solicita tarde, la ayuda se paga hacia atrás hasta cuatro años.",
    ),
]


@pytest.mark.parametrize(("language", "question", "first", "rival"), MONTHS_ASKED)
def test_a_rival_counting_in_another_unit_does_not_compete(language, question, first, rival):
    top = _fact("allowance", first, language)
    other = _fact("tax", rival, language)
    assert answers.sentence_overlap(other, "deadline", question) >= answers.sentence_overlap(
        top, "deadline", question
    )
    # counting in the asked unit (or in none), a rival holding as many words still competes
    assert _telling_first(question, "deadline", other, other) is None
    assert _telling_first(question, "deadline", top, other) == 0


@pytest.mark.parametrize(
    ("language", "question", "first", "rival"),
    [
        (
            "de",
            "Was kostet die Änderung des Aufenthaltszwecks?",
            "Wenn Sie den Aufenthaltszweck ändern, kostet die Änderung 98 Euro.",
            "Änderung des Aufenthaltszwecks 98 Euro.",
        ),
        (
            "ar",
            "كم تكلفة تغيير غرض الإقامة؟",
            "إذا غيرت غرض الإقامة، فإن التغيير يكلف ٩٨ يورو.",
            "تغيير غرض الإقامة 98 يورو.",
        ),
        (
            "pl",
            "Ile kosztuje zmiana celu pobytu?",
            "Jeśli zmieniają Państwo cel pobytu, zmiana kosztuje 98 euro.",
            "Zmiana celu pobytu 98 euro.",
        ),
    ],
)
def test_a_rival_stating_the_same_figures_does_not_compete(language, question, first, rival):
    top = _fact("allowance", first, language, "fees")
    other = _fact("tax", rival, language, "fees")
    assert answers.states_figures_of(other, top)
    assert _telling_first(question, "cost", top, other) == 0
    # more figures: the rival tells variants (93 and 96) the first's sentence does not
    more = _fact("tax", rival.replace("98", "98 / 96").replace("٩٨", "98 / 96"), language, "fees")
    assert not answers.states_figures_of(more, top)


def test_sentences_without_figures_are_not_the_same_value():
    free = _fact("allowance", "Der Antrag ist kostenlos.", "de", "fees")
    assert not answers.states_figures_of(free, free)


def _silent_first(held, *, second=True, score=0.7):
    top = [_hit("birth", 0.78), _hit("daycare", score), _hit("vaccinations", 0.6)]
    fact = _fact("daycare", "Melden Sie den Bedarf sechs Monate vor dem Beginn.", "de")
    return selectors._silent_first_rank(
        top, lambda: fact if second else None, lambda i: held.get(i, 0)
    )


def test_the_second_answers_for_a_silent_first_when_its_sentence_holds_the_question():
    assert _silent_first({1: 2, 2: 1}) == 1
    assert _silent_first({1: 3}) == 1


def test_the_second_does_not_answer_for_a_silent_first_on_one_word_or_a_tie():
    assert _silent_first({1: 1}) is None
    assert _silent_first({1: 2, 2: 2}) is None
    assert _silent_first({1: 2}, second=False) is None
    assert _silent_first({1: 2}, score=0.4) is None


def test_a_second_named_by_a_whole_name_word_and_the_first_by_none_agrees_on_one_word():
    assert answers.second_sentence_agrees(1, 3, [0.0, 1.25, 0.0])
    # the first named too, the second by a synonym only, or holding no word: as before
    assert not answers.second_sentence_agrees(1, 3, [0.3, 1.25, 0.0])
    assert not answers.second_sentence_agrees(1, 3, [0.0, 0.5, 0.0])
    assert not answers.second_sentence_agrees(0, 3, [0.0, 1.25, 0.0])
    assert not answers.second_sentence_agrees(1, 3)


def test_a_silent_rival_named_by_a_synonym_word_only_does_not_veto():
    # the question names the two rivals (which state no deadline) by a common word of their
    # synonyms, 0.25 each, and the top service by none; its sentence holds the question's words
    question = "Wie früh kann ich mich abmelden, bevor ich aus der Wohnung ausziehe?"
    first = _fact(
        "allowance", "Abmelden können Sie sich frühestens eine Woche vor dem Auszug.", "de"
    )
    rank = selectors._telling_first_rank(
        TOP,
        [0.0, 0.25, 0.25],
        "deadline",
        question,
        first,
        lambda: True,
        lambda i: None,
        lambda i: False,
    )
    assert rank == 0
    # named by half a name word more, a silent rival still vetoes
    rank = selectors._telling_first_rank(
        TOP,
        [0.0, 0.5, 0.25],
        "deadline",
        question,
        first,
        lambda: True,
        lambda i: None,
        lambda i: False,
    )
    assert rank is None


def _promoted(scores, naming):
    return answers.answering_rank(scores, naming, min_score=0.5, min_lead=0.05)


def test_a_second_named_by_a_name_word_answers_further_behind_an_unnamed_first():
    # routed 0.19 ahead by a salary word, the first is named by no word of the question
    assert _promoted([0.80, 0.61, 0.55], [0.0, 1.5, 0.0]) == 1
    # the first named itself, the second named by less than a name word, or trailing by more
    # than OTHER_NAMED_LEAD: no answer, as before
    assert _promoted([0.80, 0.61, 0.55], [0.3, 1.5, 0.0]) is None
    assert _promoted([0.80, 0.61, 0.55], [0.0, 0.9, 0.0]) is None
    assert _promoted([0.90, 0.61, 0.55], [0.0, 1.5, 0.0]) is None
