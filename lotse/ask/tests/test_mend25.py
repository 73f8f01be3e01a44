"""The twenty-fifth session's review mend: patterns that matched too much or were shadowed.

Each case failed on the merged lanes (67203978) and holds after the mend.
"""

from __future__ import annotations

import re

import pytest

from lotse.ask import rules
from lotse.ask.answers import kinds
from lotse.ask.answers.qualifiers import asked_qualifiers
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


@pytest.mark.parametrize(
    "question",
    [
        # sibling14 had defined a second `_INTEGRATION_NAMED` (without "uyum", "إندماج",
        # "اینتگرا"), which the older right-or-obligation rule then read.
        "Uyum kursuna katılım hakkım olup olmadığını nasıl öğrenebilirim?",
        "هل يحق لي دورة الإندماج؟",
        "آیا حق دارم در کلاس اینتگراسیون شرکت کنم؟",
    ],
)
def test_the_integration_course_named_with_a_right_holds_the_language_course_back(question):
    assert rules._INTEGRATION_NAMED.search(question.casefold())
    assert rules._ENTITLED_OR_OBLIGED.search(question.casefold())


@pytest.mark.parametrize(
    "question",
    [
        "Jestem czynny zawodowo, czy muszę płacić składkę?",
        "Kiedy muszę złożyć wniosek, jeśli jestem czynna zawodowo?",
        "What are the hours a student may work per week?",
    ],
)
def test_being_in_work_or_working_hours_are_no_opening_hours(question):
    assert kinds.classify(question) != "open"


@pytest.mark.parametrize(
    "question", ["What are the hours of the Bürgeramt?", "Kiedy czynny jest urząd?"]
)
def test_opening_hours_asked_stay_opening_hours(question):
    assert kinds.classify(question) == "open"


@pytest.mark.parametrize(
    "question",
    [
        "Nie wiem czy muszę złożyć zeznanie podatkowe",
        "Не знаю обязан ли я подавать декларацию",
        "I don't know if I have to file a tax return",
        "أنا مش موظف، هل يجب أن أقدم الإقرار الضريبي؟",
    ],
)
def test_not_knowing_whether_one_must_is_no_voluntary_case(question):
    assert "voluntary" not in asked_qualifiers(question)


@pytest.mark.parametrize(
    "question",
    ["Nie muszę składać zeznania, ile lat wstecz mogę?", "Я не обязан подавать декларацию"],
)
def test_the_obligation_negated_still_asks_the_voluntary_case(question):
    assert asked_qualifiers(question) == frozenset({"voluntary"})


@pytest.mark.parametrize(
    ("question", "service", "named"),
    [
        ("How expensive is health insurance?", "pension-insurance", "health-insurance"),
        ("What language is taught in primary school?", "school-enrolment", "school-types-nrw"),
    ],
)
def test_a_sibling_word_inside_another_word_names_no_sibling(question, service, named):
    assert rules.named_sibling(question, service) == named


@pytest.mark.parametrize(
    ("text", "got"),
    [("iki yıl türkiye'de kaldım", False), ("yeni oturum aldım", True), ("oturumu aldık", True)],
)
def test_staying_is_no_permit_received(text, got):
    assert bool(re.search(rules._GOT, text)) is got


@pytest.mark.parametrize(
    "question",
    ["Сколько времени ждать разрешение на работу?", "Колко време да чакам разрешението?"],
)
def test_a_permit_waited_for_is_no_decision_awaited(question):
    assert kinds.asks_waiting(question)


def test_a_turkish_question_naming_the_integration_course_and_a_right_finds_it_first():
    from lotse.ask import selectors

    city = City.objects.get(slug="dortmund")
    answer = selectors.search(
        city=city,
        query="Uyum kursuna katılım hakkım olup olmadığını nasıl öğrenebilirim?",
        with_answer=False,
    )
    assert answer.hits[0].key == "integration-course"
