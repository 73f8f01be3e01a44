"""Fewer wrong answers (fifteenth session): a sentence of the right service but of another kind
of fact gives no answer. A question counting hours is not answered in years or months, a
count per period ("how many days a year") only by a sentence that names the period too; a
question that names a year gets no sentence that names another year (Persian and
Arabic-Indic digits read as the catalog writes them); a validity question gets no deadline
sentence that sets a time limit to act or tells no period. A phone or hours question whose
office is only routed gets the line or desk of the service text it names. Questions and
sentences written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers
from lotse.ask.answers._text import _sentence
from lotse.ask.answers.kinds import asked_rate, asked_units, units_far_apart, units_in
from lotse.ask.answers.sentences import _best_sentence, years_in
from lotse.ask.selectors import city_index
from lotse.ask.tests.searching import ask
from lotse.core.models import City

pytestmark = pytest.mark.ranking


def _best(texts: list[str], language: str, question: str, terms: set[str]) -> str | None:
    """The deadline sentence `_best_sentence` picks for a question counting time."""
    units = asked_units(question)
    best, _score = _best_sentence(
        [_sentence(t, language) for t in texts],
        terms,
        "deadline",
        "deadlines",
        units,
        counted_time=bool(units),
        rate=asked_rate(question),
        language=language,
    )
    return best.text if best is not None else None


@pytest.mark.parametrize(
    ("asked", "stated", "far"),
    [
        ({"hour"}, {"year"}, True),
        ({"hour"}, {"month"}, True),
        ({"day"}, {"year"}, True),
        # a neighbouring unit answers ("how many days" -> "within two weeks")
        ({"day"}, {"week"}, False),
        ({"month"}, {"year"}, False),
        ({"hour"}, {"hour", "year"}, False),
        # no unit stated (a figure, "at once"): nothing to compare
        ({"hour"}, set(), False),
    ],
)
def test_units_far_apart(asked, stated, far):
    assert units_far_apart(frozenset(asked), frozenset(stated)) is far


def test_the_ukrainian_during_is_no_hour():
    assert units_in("інакше під час продовження можуть бути наслідки") == frozenset()
    assert units_in("курс триває 700 годин") == {"hour"}
    assert units_in("прием длится один час") == {"hour"}


@pytest.mark.parametrize(
    ("question", "language", "terms"),
    [
        ("Wie viele Stunden pro Woche darf ich als Azubi nebenbei arbeiten?", "de", {"azubi"}),
        ("How many hours does the first aid course last for the licence?", "en", {"cours"}),
        ("Ile godzin tygodniowo mogę pracować podczas nauki?", "pl", {"nauk"}),
    ],
)
def test_hours_asked_are_not_answered_in_years_or_months(question, language, terms):
    texts = {
        "de": ["Viele Betriebe suchen schon ein Jahr vorher nach Azubis."],
        "en": ["You may drive for six months with the old licence."],
        "pl": ["Wiele firm szuka uczniów z rocznym wyprzedzeniem, rok przed nauką."],
    }[language]
    assert _best(texts, language, question, terms) is None


def test_a_neighbouring_unit_still_answers():
    question = "How many days do I have to register after moving in?"
    assert _best(["Within two weeks after moving in."], "en", question, {"move"}) == (
        "Within two weeks after moving in."
    )


@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("How many days a year may a student work?", {"year"}),
        ("Wie viele Stunden pro Woche darf ich jobben?", {"week"}),
        ("Combien de jours par an peut-on travailler ?", {"year"}),
        ("¿Cuántos días al año puede trabajar un estudiante?", {"year"}),
        ("Ile dni w roku może pracować student?", {"year"}),
        ("Скільки годин на тиждень можна працювати?", {"week"}),
        ("Сколько дней в году можно работать?", {"year"}),
        ("Колко дни в годината може да работи студент?", {"year"}),
        ("Öğrenci haftada kaç saat çalışabilir?", {"week"}),
        ("Câte ore pe săptămână poate lucra un student?", {"week"}),
        ("الطالب كم ساعة في الأسبوع يشتغل؟", {"week"}),
        ("دانشجو در هفته چند ساعت می‌تواند کار کند؟", {"week"}),
        # no period: no rate
        ("How many days do I have to register?", set()),
        ("Wie viele Stunden dauert der Kurs?", set()),
    ],
)
def test_the_period_a_count_is_asked_per(question, rate):
    assert asked_rate(question) == rate


@pytest.mark.parametrize(
    ("question", "language", "texts", "expected"),
    [
        (
            "How many days a year may a student from abroad work?",
            "en",
            [
                "If you enter without a visa, apply within 90 days of entry, before any work.",
                "Beside your studies you may work up to 140 full days a year.",
            ],
            "Beside your studies you may work up to 140 full days a year.",
        ),
        (
            "Сколько дней в году может работать иностранный студент?",
            "ru",
            ["Подайте заявление в течение 90 дней после въезда, до начала работы."],
            None,
        ),
        (
            "Combien de jours par an un étudiant peut-il travailler ?",
            "fr",
            [
                "Déposez la demande dans les 90 jours après l'entrée, avant de travailler.",
                "À côté des études, vous pouvez travailler 140 jours entiers par an.",
            ],
            "À côté des études, vous pouvez travailler 140 jours entiers par an.",
        ),
    ],
)
def test_a_count_per_period_needs_the_period(question, language, texts, expected):
    assert answers.classify(question) in ("deadline", "validity", None)
    assert _best(texts, language, question, {"work", "travaill", "работ"}) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Combien de jours par an un étudiant peut-il travailler ?",
        "Combien d'heures par semaine puis-je travailler pendant ma formation ?",
        "Combien de jours par mois ai-je le droit de travailler ?",
    ],
)
def test_french_counted_units_per_period_ask_a_time_not_a_price(question):
    assert answers.classify(question) == "deadline"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Ab dem 1. Januar 2027 steigt er auf 14,60 Euro.", {"2027"}),
        ("für das Schuljahr 2025/26", {"2025", "2026"}),
        ("از اول ۲۰۲۷", {"2027"}),
        ("من ٢٠٢٦", {"2026"}),
        ("13,90 Euro, 1.603 Euro, 2.029 Euro", set()),
    ],
)
def test_years_in(text, years):
    assert years_in(text) == years


def _fact(key: str, kind: str, language: str, question: str) -> answers.Fact | None:
    city = City.objects.get(slug="dortmund")
    return answers.service_fact(city, city_index(city).generation, key, kind, language, question)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Wie hoch wird der Mindestlohn ab 2027 sein?", "de"),
        ("What will the minimum wage per hour be in 2027?", "en"),
        ("حداقل دستمزد ساعتی در سال ۲۰۲۷ چقدر خواهد بود؟", "fa"),
    ],
)
def test_the_asked_year_picks_its_sentence(question, language):
    fact = _fact("workers-rights-and-minimum-wage", "money", language, question)
    assert fact is not None
    assert "2027" in fact.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Wie hoch ist das Kindergeld im Jahr 2031?", "de"),
        ("How much child benefit will I get in 2031?", "en"),
        ("Скільки становитиме кіндергельд у 2031 році?", "uk"),
    ],
)
def test_a_sentence_of_another_year_is_no_answer(question, language):
    assert _fact("child-benefit", "money", language, question) is None
    # without a year the same module answers
    assert _fact("child-benefit", "money", language, question.replace("2031", "")) is not None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "held"),
    [
        (
            "Unter welcher Nummer erreiche ich den Arbeitgeber-Service, wenn ich Fachkräfte "
            "aus dem Ausland suche?",
            "555520",
        ),
        ("Which number can an employer call to hire staff from abroad?", "555520"),
        ("Wann hat der Ukraine-Infopoint geöffnet?", "7:30"),
        ("What are the opening hours of the Ukraine info point?", "7:30"),
        ("Коли працює Ukraine-Infopoint у Дортмунді?", "7:30"),
    ],
)
def test_a_line_of_the_service_text_the_question_names_beats_the_routed_office(question, held):
    fact = ask(question).fact
    assert fact is not None
    assert fact.module == "body"
    assert fact.office == ""
    assert held in fact.text


@pytest.mark.django_db
def test_an_office_the_question_names_keeps_its_card():
    fact = ask("Wann hat die Elterngeldstelle geöffnet?").fact
    assert fact is not None
    assert fact.office == "parental-allowance-office"


@pytest.mark.django_db
def test_several_numbers_of_the_service_text_give_no_line():
    city = City.objects.get(slug="dortmund")
    generation = city_index(city).generation
    question = "Welche Telefonnummer haben die Stellen für Frauen in Dortmund?"
    assert answers.own_line(city, generation, "womens-shelter", "phone", "de", question) is None
    question = "Unter welcher Nummer erreiche ich den Arbeitgeber-Service?"
    fact = answers.own_line(
        city, generation, "employer-recruitment-abroad", "phone", "de", question
    )
    assert fact is not None
    assert "555520" in fact.text


def _validity(texts: list[str], language: str) -> str | None:
    best, _score = _best_sentence(
        [_sentence(t, language) for t in texts], set(), "validity", "deadlines"
    )
    return best.text if best is not None else None


@pytest.mark.parametrize(
    ("texts", "language"),
    [
        (["Beantragen Sie die Verlängerung, bevor Ihr Visum abläuft."], "de"),
        (["Stellen Sie den Antrag innerhalb von 90 Tagen nach der Einreise."], "de"),
        (["Melden Sie sich spätestens zwei Wochen vor Ablauf bei der Behörde."], "de"),
        (["Apply within 90 days of entering the country."], "en"),
        (["Подайте заявление до истечения срока действия визы."], "ru"),
        (["Подават заявление в рамките на 90 дни след влизането."], "bg"),
        (["Złóż wniosek najpóźniej dwa tygodnie przed upływem terminu."], "pl"),
        (["Depuneți cererea în termen de 90 de zile de la intrare."], "ro"),
    ],
)
def test_a_validity_question_gets_no_time_limit_to_act(texts, language):
    assert _validity(texts, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Niederlassungserlaubnis gilt unbefristet.", "de"),
        ("The permit stays valid until 4 March 2027.", "en"),
        ("С правами из страны вне ЕС можно ездить только шесть месяцев.", "ru"),
        ("Bu izin süresiz geçerlidir.", "tr"),
    ],
)
def test_a_period_a_date_or_no_end_tells_how_long_it_holds(text, language):
    assert _validity([text], language) == text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("By what date must the application reach the university?", True),
        ("Bis zu welchem Datum muss ich mich bewerben?", True),
        ("À quelle date se termine l'inscription ?", True),
        ("¿Hasta qué fecha puedo inscribirme?", True),
        ("Hangi tarihe kadar başvurmalıyım?", True),
        ("Do jakiej daty trzeba złożyć wniosek?", True),
        ("Până la ce dată trebuie să depun cererea?", True),
        ("До какого числа нужно подать заявление?", True),
        ("До якої дати треба подати заяву?", True),
        ("До коя дата трябва да подам молбата?", True),
        ("حتى أي تاريخ لازم قدم الطلب؟", True),
        ("تا چه تاریخی باید درخواست بدهم؟", True),
        # by when, how long: no date asked
        ("By when do I have to register?", False),
        ("Bis wann muss ich mich anmelden?", False),
    ],
)
def test_a_date_asked(question, asked):
    assert answers.kinds.asks_date(question) is asked


def test_a_date_asked_is_answered_by_a_sentence_with_a_figure():
    texts = [
        "Deadlines depend on the study programme.",
        "Applications for the winter semester usually close on 15 July.",
    ]
    best, _score = _best_sentence(
        [_sentence(t, "en") for t in texts], {"appli"}, "deadline", "deadlines", dated=True
    )
    assert best is not None
    assert "15 July" in best.text
    best, _score = _best_sentence(
        [_sentence(texts[0], "en")], {"appli"}, "deadline", "deadlines", dated=True
    )
    assert best is None
