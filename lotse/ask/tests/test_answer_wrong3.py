"""Fewer wrong answers (sixteenth session, lane ansWrong3): a sentence that says something
holds from an ordinal day, week or month on ("from the fourth day") states a start, so a
from-when question takes it over a neighbour that only shares a word with it ("inform your
employer on the first day"). Questions and sentences written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask.answers.kinds import stated_quantities
from lotse.ask.selectors import search
from lotse.core.models import City

pytestmark = pytest.mark.ranking


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("You need the form from the third week of the course.", True),
        ("Die Bescheinigung brauchen Sie vom dritten Tag an.", True),
        ("Il faut le certificat dès le troisième jour.", True),
        ("El certificado se pide desde el tercer día.", True),
        ("Rapor ikinci günden itibaren gerekir.", True),
        ("Rapor üçüncü haftadan sonra verilir.", True),
        ("Zasiłek przysługuje od trzeciego miesiąca.", True),
        ("Plata se face din a treia lună de ședere.", True),
        ("Пособие платят с третьего месяца.", True),
        ("Виплата від третього місяця проживання.", True),
        ("Помощта се плаща от третата седмица.", True),
        ("يُدفع المبلغ من الشهر الثالث.", True),
        ("کمک از ماه سوم پرداخت می‌شود.", True),
        # a point in time or a time limit is no start
        ("Tell the office on the second visit.", False),
        ("Уведомете службата в третия ден.", False),
        ("Within 14 days from receipt of the letter.", False),
        ("Wynagrodzenie jest wypłacane do sześciu tygodni.", False),
    ],
)
def test_an_ordinal_start_is_a_start(sentence, start):
    assert ("start" in stated_quantities(sentence.casefold())) is start


def _fact(question: str):
    return search(city=City.objects.get(slug="dortmund"), query=question, limit=10).fact


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("From which day do I need a sick note from the doctor for my employer?", "fourth"),
        (
            "Когато съм болен, от кой ден трябва да дам на работодателя бележка от лекаря?",
            "четвъртия",
        ),
        ("Din ce zi de boală trebuie să aduc adeverință medicală la angajator?", "patra"),
        ("از کدام روز بیماری باید گواهی پزشک به کارفرما بدهم؟", "چهارم"),
    ],
)
def test_from_which_day_a_sick_note_is_needed_is_told_by_the_ordinal_day(question, held):
    fact = _fact(question)
    assert fact is not None and fact.service == "work-accident-and-sick-leave"
    assert held in fact.text
