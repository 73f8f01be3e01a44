"""Amounts, counts and ranges of the body that got no answer (twenty-sixth session, lane body16):
a rate said as an adjective or adverb ("horas semanales", "annual income"), an income from which
something is no longer had (its upper bound), and a question of no type that names a sibling
routed below another of its group. Questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import selectors
from lotse.ask.answers import kinds
from lotse.ask.tests.searching import REGRESSED_BY_FUSION
from lotse.core.models import City

pytestmark = pytest.mark.ranking


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("En NRW se prevén normalmente de 10 a 12 horas semanales de apoyo en alemán.", "week"),
        ("A weekly course of 20 hours.", "week"),
        ("Le cours compte 20 heures hebdomadaires.", "week"),
        ("Kurs ma 20 godzin tygodniowych.", "week"),
        ("Cursul are 20 de ore săptămânal.", "week"),
        ("Еженедельная нагрузка 20 часов.", "week"),
        ("Щотижневе навантаження 20 годин.", "week"),
        ("Седмичен курс от 20 часа.", "week"),
        ("20 ساعة أسبوعيًا", "week"),
        ("20 ساعة بالأسبوع", "week"),
        ("A monthly payment of 250 euros.", "month"),
        ("Un versement mensuel de 250 euros.", "month"),
        ("Un pago mensual de 250 euros.", "month"),
        ("Świadczenie miesięczne 250 euro.", "month"),
        ("O plată lunară de 250 de euro.", "month"),
        ("Ежемесячная выплата 250 евро.", "month"),
        ("Щомісячна виплата 250 євро.", "month"),
        ("Месечна помощ от 250 евро.", "month"),
        ("250 يورو شهريًا", "month"),
        ("An annual income of 23,540 euros.", "year"),
        ("Un revenu annuel de 23 540 euros.", "year"),
        ("Unos ingresos anuales de 23.540 euros.", "year"),
        ("Un venit anual de 23.540 de euro.", "year"),
        ("Dochód roczny 23 540 euro.", "year"),
        ("Ежегодный доход 23 540 евро.", "year"),
        ("Щорічний дохід 23 540 євро.", "year"),
        ("Годишен доход от 23 540 евро.", "year"),
        ("23540 يورو سنويًا", "year"),
    ],
)
def test_a_rate_said_as_an_adjective_is_a_rate(text, period):
    assert kinds.asked_rate(text) == frozenset({period})


@pytest.mark.parametrize(
    "text",
    [
        # an age ("18-годишна", "18-roczny") or a word that holds the letters is no rate
        "Кандидатът трябва да е 18-годишна възраст.",
        "Dziecko 3-roczne.",
        "Read the manual first.",
        "The semantics of lunaria.",
    ],
)
def test_no_rate_in_an_age_or_another_word(text):
    assert kinds.asked_rate(text) == frozenset()


# An income from or above which something is no longer had, 12 languages: its upper bound.
INCOME_NO_LONGER = [
    "Ab welchem Einkommen gibt es kein Elterngeld mehr?",
    "Above what income do I no longer get parental allowance?",
    "À partir de quel revenu n'a-t-on plus droit à l'allocation parentale ?",
    "¿A partir de qué ingresos ya no se recibe el subsidio parental?",
    "Hangi gelirden sonra artık ebeveyn parası alamam?",
    "Od jakiego dochodu nie przysługuje już zasiłek rodzicielski?",
    "De la ce venit nu mai primesc indemnizația parentală?",
    "З якого доходу вже не дають батьківську допомогу?",
    "От какъв доход вече не се полага родителски помощи?",
    "من أي دخل لم يعد يحق لي الحصول على إعانة الوالدين؟",
    "از چه درآمدی دیگر کمک هزینه والدین تعلق نمی گیرد؟",
]


@pytest.mark.parametrize("question", INCOME_NO_LONGER)
def test_the_income_from_which_it_is_no_longer_had_is_a_ceiling(question):
    assert kinds.asks_income_ceiling(question)
    assert kinds.classify(question) == "money"


def test_an_income_from_which_it_is_had_stays_as_it_was():
    # the lower bound of one thing: no ceiling, no type
    assert not kinds.asks_income_ceiling("Ab welchem Einkommen bekomme ich Kinderzuschlag?")
    assert kinds.classify("Ab welchem Einkommen bekomme ich Kinderzuschlag?") is None


@pytest.mark.parametrize(
    "question",
    [
        "كم ساعة ألماني بالأسبوع بياخد ابني بالمدرسة؟",
        "كم ساعة في الأسبوع بياخد ابني دروس ألماني؟",
    ],
)
def test_hours_a_week_got_are_a_rate_not_a_processing_time(question):
    # the spoken verb of taking is getting too: the hours counted per week are a rate
    assert kinds.classify(question) == "deadline"


@pytest.mark.parametrize(
    "question",
    [
        # no rate: how long it takes
        "كم يوم بياخد الطلب؟",
        # a rate, but a verb of lasting, not of getting
        "Wie viele Stunden pro Woche dauert die Ausbildung in der Berufsschule?",
    ],
)
def test_a_time_taken_stays_a_processing_time(question):
    assert kinds.classify(question) == "processing_time"


def _dortmund(question: str, language: str) -> selectors.SearchAnswer:
    city = City.objects.get(slug="dortmund")
    return selectors.search(city=city, query=question, limit=10, language=language)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language", "service", "stated"),
    [
        # the rate said as an adjective ("horas semanales") answers hours a week
        (
            "¿Cuántas horas de alemán a la semana tiene un alumno nuevo en la escuela?",
            "es",
            "language-support-for-children",
            "10 a 12",
        ),
        ("Ab welchem Einkommen gibt es kein Elterngeld mehr?", "de", "parental-allowance", "175"),
        (
            "Hangi gelirden sonra artık ebeveyn parası alamam?",
            "tr",
            "parental-allowance",
            "175",
        ),
        (
            "كم ساعة ألماني بالأسبوع بياخد ابني بالمدرسة؟",
            "ar",
            "language-support-for-children",
            "10 إلى 12",
        ),
        # no type, primary school named, school enrolment routed first
        ("Which grades does primary school cover?", "en", "school-types-nrw", "1 to 4"),
        pytest.param(
            "Какие классы охватывает начальная школа?",
            "ru",
            "school-types-nrw",
            "с 1 по 4",
            marks=REGRESSED_BY_FUSION,
        ),
    ],
)
def test_the_stated_figure_answers(question, language, service, stated):
    fact = _dortmund(question, language).fact
    assert fact is not None
    assert fact.service == service
    assert stated in fact.text


@pytest.mark.django_db
def test_a_ceiling_is_not_told_by_the_minimum():
    # the child supplement's minimum income is no answer to the income it stops at
    fact = _dortmund("Ab welchem Einkommen gibt es keinen Kinderzuschlag mehr?", "de").fact
    assert fact is None or not kinds.states_minimum(fact.text)
