"""The told sentence must be the kind of thing asked (twenty-eighth session, lane agree20): the
asked kind was not read, so a sentence of another kind was told. The last day to do something
is a time limit (not who may, not untyped; "apply to TU Dortmund" is one's own applying, not
whom a rule applies to); the street or address asked beside the papers to hand in, or a word of
paying, is where (not the documents list, not the fees); the German hours of the week
("Wochenstunden") count hours per week (agree19's hours check reads them). Questions written
for these tests."""

from __future__ import annotations

import pytest

from lotse.ask.answers import kinds
from lotse.ask.tests.searching import ask

pytestmark = pytest.mark.ranking

LAST_DAY = [
    "What is the last day to apply to TU Dortmund for a German-taught programme?",
    "Was ist der letzte Tag für die Bewerbung an der TU Dortmund?",
    "Quel est le dernier jour pour postuler à la TU Dortmund ?",
    "¿Cuál es el último día para solicitar plaza en la TU Dortmund?",
    "TU Dortmund'da Almanca bir bölüme son başvuru günü ne zaman?",
    "Son başvuru tarihi nedir?",
    "Jaki jest ostatni dzień na złożenie podania na TU Dortmund?",
    "Care este ultima zi pentru a aplica la TU Dortmund?",
    "Какой последний день подачи заявления в TU Dortmund?",
    "Який останній день подання заяви до TU Dortmund?",
    "Кой е последният ден за кандидатстване в TU Dortmund?",
    "ما هو آخر يوم للتقديم في جامعة دورتموند التقنية؟",
    "آخرین روز برای درخواست در دانشگاه فنی دورتموند کی است؟",
]


@pytest.mark.parametrize("question", LAST_DAY)
def test_the_last_day_is_a_time_limit(question):
    assert kinds.classify(question) == "deadline"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # one's own applying to a place is not whom a rule applies to
        ("How do I apply to TU Dortmund?", None),
        ("Does free movement also apply to Norwegians?", "who"),
        ("Does this rule apply to students?", "who"),
        # "son günlerde" (lately) is no last day
        ("Son günlerde çok yorgunum, ne yapabilirim?", None),
    ],
)
def test_applying_and_what_applies(question, kind):
    assert kinds.classify(question) == kind


STREET_ASKED = [
    "In welcher Straße ist das Jugendamt, wo ich die Unterlagen für den Unterhaltsvorschuss abgebe?",
    "On which street is the youth office where I hand in the papers for the maintenance advance?",
    "Dans quelle rue se trouve l'office de la jeunesse pour déposer les papiers de l'avance sur "
    "pension alimentaire ?",
    "¿En qué calle está la oficina de juventud para entregar los papeles del anticipo de "
    "manutención?",
    "Nafaka avansı belgelerini teslim etmek için Gençlik Dairesi hangi sokakta?",
    "Na jakiej ulicy jest urząd ds. młodzieży, gdzie składam dokumenty na zaliczkę alimentacyjną?",
    "Pe ce stradă este oficiul pentru tineret unde predau actele pentru avansul de întreținere?",
    "На какой улице находится ведомство по делам молодёжи, куда сдать документы на алименты?",
    "На якій вулиці управління у справах молоді, куди здати документи на аліментний аванс?",
    "На коя улица е службата за младежта, където се подават документите за издръжка?",
    "في أي شارع مكتب رعاية الشباب لتسليم أوراق سلفة النفقة؟",
    "اداره جوانان برای تحویل مدارک پیش‌پرداخت نفقه در کدام خیابان است؟",
]


@pytest.mark.parametrize("question", STREET_ASKED)
def test_the_street_asked_beside_the_papers_is_where(question):
    assert kinds.classify(question) == "where"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Welche Unterlagen brauche ich für den Unterhaltsvorschuss?", "documents"),
        ("What does the certificate of conduct cost?", "cost"),
        ("Welche Unterlagen brauche ich für die Ummeldung in eine neue Straße?", "documents"),
    ],
)
def test_the_papers_and_fees_asked_stay(question, kind):
    assert kinds.classify(question) == kind


@pytest.mark.parametrize(
    "question",
    [
        "Wie viele Wochenstunden darf ich während der Elternzeit in Teilzeit arbeiten?",
        "Wie viele Wochenarbeitsstunden sind beim Elterngeld erlaubt?",
    ],
)
def test_the_hours_of_the_week_count_hours_per_week(question):
    assert kinds.asked_rate(question) == {"week"}
    assert kinds.asked_units(question) == {"hour"}
    assert kinds.asked_value(kinds.classify(question), question) == "hours"


# end to end: the parental allowance's application deadline no longer tells the hours of the
# week (none, or a sentence of hours)
@pytest.mark.django_db
def test_the_hours_of_the_week_are_not_told_a_deadline():
    fact = ask("Wie viele Wochenstunden darf ich während der Elternzeit in Teilzeit arbeiten?").fact
    assert fact is None or "stunden" in fact.text.casefold(), fact


@pytest.mark.django_db
@pytest.mark.parametrize("question", [STREET_ASKED[0], STREET_ASKED[1], STREET_ASKED[-1]])
def test_the_street_asked_is_told_the_address(question):
    fact = ask(question).fact
    assert fact is not None and fact.module == "addresses", fact
    assert "Voßkuhle" in fact.text


@pytest.mark.django_db
@pytest.mark.parametrize("question", [LAST_DAY[0], LAST_DAY[4]])
def test_the_last_day_is_told_the_deadline(question):
    fact = ask(question).fact
    assert fact is not None and fact.service == "university-admission", fact
    assert fact.module == "deadlines" and "15" in fact.text
