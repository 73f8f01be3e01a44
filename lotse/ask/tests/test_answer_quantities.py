"""A question that asks a quantity (an age, a percentage, an income limit, which day) gets a
sentence that states it, or no answer."""

from __future__ import annotations

import pytest

from lotse.ask import analysis, answers, selectors
from lotse.ask.answers.kinds import asked_quantity, classify, stated_quantities
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # which day of a count is a point in time, not "how much"
        ("Ab dem wievielten Tag brauche ich ein Attest?", "deadline"),
        ("Raporu kaçıncı günden itibaren vermem gerekiyor?", "deadline"),
        ("À partir du combientième jour faut-il un certificat ?", "deadline"),
        # an income limit is an amount, not a fee
        ("Wie hoch ist die Einkommensgrenze für den WBS?", "money"),
        ("Wohngeld gelir sınırı ne kadar?", "money"),
        ("Jaki jest próg dochodowy dla mieszkania socjalnego?", "money"),
        ("Какой порог дохода для социальной квартиры?", "money"),
        ("Скільки становить межа доходу для WBS?", "money"),
        ("سقف درآمد برای WBS چقدر است؟", "money"),
        ("كم حد الدخل للحصول على WBS؟", "money"),
        # an age limit without another type word: who may have it
        ("Up to what age can I get BAföG?", "who"),
        ("До какого возраста дают Kindergeld?", "who"),
        ("Hasta qué edad se cobra el Kindergeld?", "who"),
        ("Do jakiego wieku przysługuje Kindergeld?", "who"),
    ],
)
def test_quantity_questions_get_their_type(question, kind):
    assert classify(question) == kind


@pytest.mark.parametrize(
    ("question", "quantity"),
    [
        ("From what age does my child get a daycare place?", "age"),
        ("Ab welchem Alter bekommt mein Kind einen Kita-Platz?", "age"),
        ("À partir de quel âge mon enfant a-t-il droit à une crèche ?", "age"),
        ("Kreşe kaç yaşından itibaren gidebilir?", "age"),
        ("De la ce vârstă are copilul dreptul la grădiniță?", "age"),
        ("З якого віку дитина має право на садок?", "age"),
        ("От каква възраст има право на детска градина?", "age"),
        ("کودک از چه سنی حق مهدکودک دارد؟", "age"),
        ("من أي عمر يحق لطفلي مكان في الحضانة؟", "age"),
        ("Wie viel Prozent vom Bruttolohn zahle ich für die Krankenkasse?", "percent"),
        ("Jaki procent pensji idzie na emeryturę?", "percent"),
        ("بیمه درمانی چند درصد از حقوق است؟", "percent"),
        ("Wie viel kostet die Anmeldung?", None),
    ],
)
def test_asked_quantity_in_many_languages(question, quantity):
    assert asked_quantity(question) == quantity


@pytest.mark.parametrize(
    ("sentence", "quantities"),
    [
        ("Eltern mit Kindern bis zum Schulbeginn, die in Dortmund wohnen.", set()),
        ("Der Rechtsanspruch gilt ab dem ersten Geburtstag.", {"age"}),
        ("El derecho se aplica a partir del primer cumpleaños.", {"age"}),
        ("کمک‌هزینه فرزند معمولاً تا تولد 18 سالگی پرداخت می‌شود.", {"age"}),
        ("Kindergeld gibt es in der Regel bis 18 Jahre.", {"age"}),
        ("Детям до 25 лет при учёбе.", {"age"}),
        ("Am 31. Juli 2026 endet die Frist.", set()),
        ("Innerhalb von 2 Wochen nach dem Umzug.", set()),
        ("Verlängerung um mehr als drei Monate: 93 Euro.", set()),
        ("Der Beitragssatz beträgt 14,6 % des Bruttolohns.", {"percent"}),
        ("Stawka składki wynosi 18,6 procent wynagrodzenia brutto.", {"percent"}),
    ],
)
def test_stated_quantities(sentence, quantities):
    assert stated_quantities(sentence.casefold()) & {"age", "percent"} == quantities


def test_an_age_question_takes_the_sentence_that_states_an_age():
    school = answers._text._sentence(
        "Eltern mit Kindern bis zum Schulbeginn haben einen Anspruch auf einen Kita-Platz.", "de"
    )
    birthday = answers._text._sentence("Der Anspruch gilt ab dem ersten Geburtstag.", "de")
    terms = set(analysis.analyze("Kindern Anspruch Kita-Platz", "de"))
    # without the asked quantity the neighbour that shares more words wins
    assert answers.sentences._best_sentence([school, birthday], terms, "who", "who")[0] is school
    best, _score = answers.sentences._best_sentence(
        [school, birthday], terms, "who", "who", quantity="age"
    )
    assert best is birthday
    # no sentence states an age: no answer
    assert answers.sentences._best_sentence([school], terms, "who", "who", quantity="age") == (
        None,
        -1.0,
    )


def test_a_percentage_question_is_not_answered_by_a_sentence_without_one():
    costs = answers._text._sentence(
        "Bei einem Arbeitsunfall trägt die Unfallversicherung die Kosten der Behandlung.", "de"
    )
    terms = set(analysis.analyze("Bruttolohn Versicherung Behandlung", "de"))
    assert answers.sentences._best_sentence([costs], terms, "money", "fees")[0] is costs
    assert answers.sentences._best_sentence(
        [costs], terms, "money", "fees", quantity="percent"
    ) == (None, -1.0)


def test_an_age_question_reads_the_body_when_its_module_states_no_age():
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    # a time question ("until how many years of age"): the deadlines speak of months back,
    # the body of the age up to which child benefit is paid
    fact = answers.service_fact(
        city,
        generation,
        "child-benefit",
        "deadline",
        "de",
        "Bis zu welchem Alter wird Kindergeld gezahlt?",
    )
    assert fact is not None and fact.module == "body" and "18" in fact.text


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Ile trzeba zapłacić za zgłoszenie działalności?", True),
        ("Was kostet ein Reisepass?", True),
        ("Wie teuer ist die Ummeldung?", True),
        ("ثبت شرکت چقدر هزینه دارد؟", True),
        ("Combien coûte la carte ?", True),
        ("Muss ich für die Beratung bezahlen?", False),
        ("Is the counselling free?", False),
    ],
)
def test_a_fee_question_asks_an_amount_or_whether_one_pays(question, asks):
    assert answers.kinds.asks_amount(question) is asks


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("Zgłoszenie jest płatne zgodnie z taryfą opłat NRW (Gebührentarif NRW).", False),
        ("ثبت، طبق تعرفه هزینه‌های NRW هزینه دارد.", False),
        ("Die Gebühr richtet sich nach dem Aufwand.", False),
        ("W NRW wynosi to zwykle 26 euro dla osób fizycznych.", True),
        ("Die Anmeldung ist kostenlos.", True),
        ("No hay tasas.", True),
        ("Административных сборов нет.", True),
        ("За другу дитину внесок не сплачується.", True),
        ("لغو ثبت معمولاً رایگان است.", True),
        ("Minderjährige zahlen die Hälfte.", True),
    ],
)
def test_a_sentence_states_an_amount(sentence, amount):
    assert ("amount" in stated_quantities(sentence.casefold())) is amount


def test_a_how_much_fee_question_takes_the_sentence_with_the_amount():
    payable = answers._text._sentence(
        "Zgłoszenie jest płatne zgodnie z taryfą opłat NRW (Gebührentarif NRW).", "pl"
    )
    amount = answers._text._sentence(
        "W NRW wynosi to zwykle 26 euro dla osób fizycznych i 33 euro dla osób prawnych.", "pl"
    )
    terms = set(analysis.analyze("zgłoszenie taryfą", "pl"))
    best = answers.sentences._best_sentence
    assert best([payable, amount], terms, "cost", "fees")[0] is payable
    assert best([payable, amount], terms, "cost", "fees", prefer="amount")[0] is amount
    # no sentence states an amount: the best of the others still answers
    assert best([payable], terms, "cost", "fees", prefer="amount")[0] is payable


def test_a_how_much_fee_question_gets_the_figure_of_its_service():
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    fact = answers.service_fact(
        city,
        generation,
        "business-registration",
        "cost",
        "pl",
        "Ile trzeba zapłacić za zgłoszenie działalności?",
    )
    assert fact is not None and "26" in fact.text


def test_a_sentence_ending_in_a_colon_keeps_what_it_introduces():
    text = (
        "Mieszkańcy Dortmundu, którzy otrzymują jedno z tych świadczeń:\n"
        "Bürgergeld (SGB II); pomoc społeczna (SGB XII).\n"
        "Ponadto rodziny z niskimi dochodami."
    )
    assert answers.split_sentences(text) == [
        "Mieszkańcy Dortmundu, którzy otrzymują jedno z tych świadczeń:\n"
        "Bürgergeld (SGB II); pomoc społeczna (SGB XII).",
        "Ponadto rodziny z niskimi dochodami.",
    ]
    listed = "Bring:\n- your passport\n- a photo\nThen book an appointment."
    assert answers.split_sentences(listed) == [
        "Bring:\nyour passport\na photo",
        "Then book an appointment.",
    ]
    # a colon inside a line is no introduction
    assert answers.split_sentences("Extension: 96 euros.\nFirst issue: 100 euros.") == [
        "Extension: 96 euros.",
        "First issue: 100 euros.",
    ]


@pytest.mark.parametrize(
    "question",
    [
        "What is the maximum housing benefit for a family?",
        "Wie viel Wohngeld bekommt man höchstens?",
        "Quel est le plafond de l'allocation logement ?",
        "¿Cuál es el importe máximo de la ayuda?",
        "Kira yardımı en fazla ne kadar olabilir?",
        "Jaka jest maksymalna kwota dodatku mieszkaniowego?",
        "Care este suma maximă pentru alocația de locuire?",
        "Какая максимальная сумма жилищного пособия?",
        "Яка найбільша допомога на житло?",
        "Колко най-много може да е помощта за жилище?",
        "ما هو الحد الأقصى لبدل السكن؟",
        "حداکثر کمک هزینه مسکن چقدر است؟",
    ],
)
def test_a_maximum_question_asks_an_upper_limit(question):
    assert asked_quantity(question) == "maximum"


@pytest.mark.parametrize(
    "question",
    [
        "Was ist das Höchste, was der Vermieter als Kaution verlangen darf?",
        "Яку максимальну заставу може взяти власник?",
        "بیشترین ودیعه‌ای که صاحبخانه می‌تواند بگیرد؟",
        "What is the maximum housing benefit for a family?",
        "Quel est le plafond de l'allocation logement ?",
        "Jaka jest maksymalna kaucja za mieszkanie?",
        "Какой максимальный залог может требовать арендодатель?",
        "ما هو الحد الأقصى للتأمين الذي يطلبه المالك؟",
    ],
)
def test_a_maximum_question_without_another_type_word_is_an_amount(question):
    assert classify(question) == "money"


@pytest.mark.parametrize(
    ("sentence", "maximum"),
    [
        ("Es beträgt mindestens 300 Euro und höchstens 1.800 Euro im Monat.", True),
        ("In a mini-job you can earn up to 603 euros a month.", True),
        ("Seit dem 1. Januar 2026 liegt die Grenze bei 603 Euro im Monat.", True),
        ("Застава може становити щонайбільше три місячні орендні плати.", True),
        ("Elterngeld beträgt 65 bis 67 Prozent des Nettoeinkommens.", False),
        ("Die Gebühr beträgt 37 Euro.", False),
    ],
)
def test_a_sentence_states_an_upper_limit(sentence, maximum):
    assert ("maximum" in stated_quantities(sentence.casefold())) is maximum


def test_a_maximum_amount_question_takes_the_sentence_with_the_limit():
    rate = answers._text._sentence(
        "Elterngeld beträgt meist 65 bis 67 Prozent des Nettoeinkommens vor der Geburt.", "de"
    )
    limit = answers._text._sentence(
        "Es gibt mindestens 300 Euro und höchstens 1.800 Euro im Monat.", "de"
    )
    terms = set(analysis.analyze("Elterngeld Nettoeinkommens Monat", "de"))
    best = answers.sentences._best_sentence
    assert best([rate, limit], terms, "money", "body")[0] is rate
    assert best([rate, limit], terms, "money", "body", quantity="maximum")[0] is limit
    # no sentence states a limit: no answer
    assert best([rate], terms, "money", "body", quantity="maximum") == (None, -1.0)


@pytest.mark.parametrize(
    "question",
    [
        "Until what time must I put the bins out?",
        "Bis wie viel Uhr muss der Sperrmüll draußen stehen?",
        "Jusqu'à quelle heure faut-il sortir les poubelles ?",
        "¿Hasta qué hora hay que sacar la basura?",
        "Çöpü saat kaça kadar çıkarmalıyım?",
        "Do jakiej godziny trzeba zgłosić odbiór?",
        "Până la ce oră trebuie scos gunoiul?",
        "До которого часа нужно выставить мусор?",
        "До якої години треба подати заяву?",
        "До колко часа трябва да изнеса боклука?",
        "حتى أي ساعة يجب إخراج القمامة؟",
        "تا چه ساعتی باید زباله را بیرون بگذارم؟",
        "When are the works council elections held?",
        "Wann finden die Betriebsratswahlen statt?",
        "Quand ont lieu les élections du comité d'entreprise ?",
        "Kiedy odbywają się wybory do rady zakładowej?",
        "Когда проходят выборы в совет?",
        "Коли відбуваються вибори до ради?",
        "Кога се провежда изборът на съвет?",
        "متى تجرى انتخابات مجلس العمال؟",
    ],
)
def test_until_what_hour_and_when_it_takes_place_are_deadlines(question):
    assert classify(question) == "deadline"
