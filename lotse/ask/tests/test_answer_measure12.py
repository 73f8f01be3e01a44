"""The asked measure must be in the answer (twenty-third session, lane measure12). Four classes,
each in the twelve languages: a physical measure asked (a weight, an engine's capacity, a
length, an area) is told only by a sentence with a figure in its unit; a date asked (by or until
which day, from when something is compulsory) only by a sentence that names a date; the amount
of a benefit never by "applying is free"; months or years something is granted, paid or lived
here only by a counted length, not by a time limit to act. Sentences and questions written for
these tests."""

from __future__ import annotations

import pytest

from lotse.ask.answers import kinds
from lotse.ask.answers._text import _sentence
from lotse.ask.answers.sentences import _best_sentence
from lotse.ask.tests.searching import ask

pytestmark = pytest.mark.ranking


# (1) A physical measure asked, 12 languages (`kinds.asked_measure`, `asked_quantity`).
@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("How many kilos may my suitcase weigh on the bus?", "weight"),
        ("Wie schwer darf ein Anhänger ohne eigene Zulassung sein?", "weight"),
        ("Jusqu'à combien de kilos un colis est-il gratuit ?", "weight"),
        ("¿Cuántos kilos puede pesar el paquete?", "weight"),
        ("Kedim kaç kilo olmalı?", "weight"),
        ("Ile kilogramów może ważyć paczka?", "weight"),
        ("Câte kilograme poate avea bagajul?", "weight"),
        ("Сколько килограммов можно везти?", "weight"),
        ("Скільки кілограмів може важити посилка?", "weight"),
        ("Колко килограма може да тежи колетът?", "weight"),
        ("كم كيلو مسموح للطرد؟", "weight"),
        ("بسته تا چند کیلو مجاز است؟", "weight"),
        ("Bis zu welchem Hubraum gilt ein Roller als Mofa?", "volume"),
        ("Quelle cylindrée faut-il pour un permis de moto ?", "volume"),
        ("Motor hacmi kaç cc olmalı?", "volume"),
        ("Какой объём двигателя у мопеда?", "volume"),
        ("How tall must the fence be?", "length"),
        ("Ab welcher Höhe braucht ein Zaun eine Genehmigung?", "length"),
        ("¿Qué altura puede tener la valla?", "length"),
        ("Какой высоты может быть забор?", "length"),
        ("How many square metres may a flat have for one person?", "area"),
        ("Wie viele Quadratmeter Wohnfläche stehen einer Person zu?", "area"),
        ("Combien de mètres carrés pour une personne ?", "area"),
        ("Сколько квадратных метров положено на человека?", "area"),
        ("چند متر مربع برای یک نفر مجاز است؟", "area"),
    ],
)
def test_a_measure_is_asked(question, measure):
    assert kinds.asked_quantity(question) == measure


# A figure with its unit is the asker's case, not the asked measure; a how-much question of
# money or time asks none.
@pytest.mark.parametrize(
    "question",
    [
        "Mein Hund wiegt 30 kg, was kostet die Steuer?",
        "Mi gato pesa 5 kilos, ¿tengo que registrarlo?",
        "How much does the bus ticket cost?",
        "Wie lange dauert die Zulassung?",
    ],
)
def test_no_measure_is_asked(question):
    assert kinds.asked_quantity(question) not in kinds.MEASURES


# A measure asked is a condition of the rule, not a validity, a fee or a time.
@pytest.mark.parametrize(
    "question",
    [
        "Ab wie viel Kilogramm gilt eine Katze als schwer?",
        "À partir de combien de kilos faut-il déclarer le colis ?",
        "Bis wie viel ccm darf ich ohne Führerschein fahren?",
        "من كم كيلو لازم أسجل الطرد؟",
    ],
)
def test_a_measure_question_asks_a_condition(question):
    assert kinds.classify(question) == "who"


@pytest.mark.parametrize(
    ("sentence", "measures"),
    [
        ("Pakete bis 31,5 kg werden angenommen.", {"weight"}),
        ("Motorräder bis 50 ccm brauchen nur ein Versicherungskennzeichen.", {"volume"}),
        ("Les mopeds jusqu'à 50 cm cubes n'ont pas besoin de permis.", {"volume"}),
        ("Мопеды до 50 куб. см регистрировать не нужно.", {"volume"}),
        ("Zäune über 2 Meter Höhe brauchen eine Genehmigung.", {"length"}),
        ("Заборы выше 2 метров требуют разрешения.", {"length"}),
        ("Pro Person gelten 45 Quadratmeter als angemessen.", {"area"}),
        ("برای هر نفر 45 متر مربع مناسب است.", {"area"}),
        ("الكلاب من 25 كيلوغرامًا يجب تسجيلها.", {"weight"}),
        ("Собак від 25 кілограмів треба зареєструвати.", {"weight"}),
        # dates and prices state no measure
        ("Sie zahlen am 15. Mai und am 15. November.", set()),
        ("Die Anmeldung kostet 27,90 Euro.", set()),
    ],
)
def test_a_measure_is_stated(sentence, measures):
    assert kinds.stated_measures(sentence.casefold()) == measures


def test_a_measure_is_told_only_by_its_unit():
    sentences = [
        _sentence("Die Steuer zahlen Sie am 15. Februar und am 15. August.", "de"),
        _sentence("Die Anmeldung kostet 30 Euro.", "de"),
        _sentence("Schwere Katzen (ab 8 Kilogramm) melden Sie zusätzlich an.", "de"),
    ]
    best, _score = _best_sentence(sentences, set(), "who", "body", quantity="weight")
    assert best is sentences[2]
    assert _best_sentence(sentences[:2], set(), "who", "body", quantity="weight")[0] is None
    assert _best_sentence(sentences, set(), "who", "body", quantity="area")[0] is None


# A percentage asked in the Romanian "la sută" and the spoken Arabic "بالمية" words.
@pytest.mark.parametrize(
    "question", ["Cât la sută din pensie se reține?", "كم بالمية بيقطعوا من المعاش؟"]
)
def test_a_percentage_in_everyday_words_is_asked(question):
    assert kinds.asked_quantity(question) == "percent"


def test_a_percentage_in_romanian_words_is_stated():
    assert "percent" in kinds.stated_quantities("se rețin 9,3 la sută din pensie.")


# (2) A date asked: until or by which day, 12 languages (`kinds.asks_date`).
@pytest.mark.parametrize(
    "question",
    [
        "Until which day can I hand in the form for the sports club?",
        "Bis zu welchem Tag kann ich den Antrag für den Sportverein abgeben?",
        "Jusqu'à quel jour puis-je rendre le formulaire ?",
        "¿Hasta qué día puedo entregar el formulario?",
        "Formu hangi güne kadar verebilirim?",
        "Do jakiego dnia mogę oddać formularz?",
        "Până în ce zi pot depune formularul?",
        "До какого дня можно сдать анкету?",
        "До якого дня можна здати анкету?",
        "До кой ден мога да подам формуляра?",
        "حتى أي يوم يمكنني تقديم الاستمارة؟",
        "تا چه روزی می‌توانم فرم را بدهم؟",
    ],
)
def test_a_day_of_the_calendar_is_asked(question):
    assert kinds.asks_date(question)
    assert kinds.classify(question) == "deadline"


# From when something is compulsory asks the date the rule holds from, 12 languages.
@pytest.mark.parametrize(
    "question",
    [
        "From when is the helmet compulsory for cyclists?",
        "Ab wann ist der Fahrradhelm Pflicht?",
        "À partir de quand le casque est-il obligatoire ?",
        "¿A partir de cuándo es obligatorio el casco?",
        "Kask ne zamandan itibaren zorunlu?",
        "Od kiedy kask jest obowiązkowy?",
        "De când este casca obligatorie?",
        "С какого момента шлем обязателен?",
        "З якого часу шолом обов'язковий?",
        "От кога каската е задължителна?",
        "من متى الخوذة إلزامية؟",
        "از کی کلاه ایمنی اجباری است؟",
    ],
)
def test_from_when_compulsory_asks_a_date(question):
    assert kinds.asks_since(question)
    assert kinds.classify(question) == "deadline"


def test_a_compulsory_rule_is_told_by_the_date_in_the_body():
    # a body sentence with a date that holds only the service's own name words answers
    named = _sentence("Die Helmpflicht gilt seit dem 1. Mai 2031.", "de")
    best, _score = _best_sentence(
        [named], set(), "deadline", "body", since=True, topic_terms=frozenset({"helmpflicht"})
    )
    assert best is named


# (3) The amount of the thing asked, no fee (`kinds.asks_fee`): "applying is free" is no answer.
@pytest.mark.parametrize(
    "question",
    [
        "How much Pflegegeld is paid at most?",
        "Wie viel Pflegegeld gibt es höchstens?",
        "Quel est le montant maximum de l'allocation ?",
        "¿Cuánto es la ayuda como máximo?",
        "Yardım en fazla ne kadar?",
        "Ile wynosi zasiłek maksymalnie?",
        "Cât este ajutorul maxim?",
        "Сколько составляет пособие максимум?",
        "Скільки становить допомога максимум?",
        "Колко е помощта максимум?",
        "كم أقصى مبلغ للمساعدة؟",
        "حداکثر کمک چقدر است؟",
    ],
)
def test_the_amount_of_a_benefit_asks_no_fee(question):
    assert not kinds.asks_fee(question)


@pytest.mark.parametrize(
    "question",
    [
        "How much does the application cost?",
        "Muss ich für den Antrag etwas bezahlen?",
        "La demande est-elle gratuite ?",
        "¿Cuánto cuesta la solicitud?",
        "Başvuru ücreti ne kadar?",
        "Ile kosztuje wniosek?",
        "Cât costă cererea?",
        "Сколько стоит заявление?",
        "Скільки коштує заява?",
        "Колко струва заявлението?",
        "كم رسوم الطلب؟",
        "هزینه درخواست چقدر است؟",
    ],
)
def test_a_fee_is_asked(question):
    assert kinds.asks_fee(question)


@pytest.mark.parametrize(
    ("sentence", "free"),
    [
        ("Applying is free of charge.", True),
        ("Der Antrag ist kostenlos.", True),
        ("Başvuru ücretsizdir.", True),
        ("Заява безкоштовна.", True),
        ("الطلب مجاني.", True),
        ("درخواست رایگان است.", True),
        ("The counselling is free.", False),
        ("The application costs 20 euros.", False),
    ],
)
def test_applying_free_is_stated(sentence, free):
    assert kinds.states_applying_free(sentence.casefold()) is free


def test_applying_free_does_not_tell_the_amount():
    sentences = [_sentence("Der Antrag ist kostenlos.", "de")]
    assert _best_sentence(sentences, set(), "cost", "fees", amount_of_thing=True)[0] is None
    assert _best_sentence(sentences, set(), "cost", "fees")[0] is sentences[0]


# (4) Months or years something is granted, paid or lived here, 12 languages.
@pytest.mark.parametrize(
    "question",
    [
        "For how many months is the care allowance granted?",
        "Für wie viele Monate wird das Pflegegeld bewilligt?",
        "Pendant combien de mois l'allocation est-elle versée ?",
        "¿Durante cuántos meses se paga la ayuda?",
        "Yardım kaç ay boyunca ödenir?",
        "Przez ile miesięcy wypłacają zasiłek?",
        "Câte luni se plătește ajutorul?",
        "Сколько месяцев выплачивают пособие?",
        "Скільки місяців виплачують допомогу?",
        "Колко месеца се изплаща помощта?",
        "كم شهر يصرفون المساعدة؟",
        "چند ماه کمک پرداخت می‌شود؟",
        "How many years must I live here before I can vote?",
        "Сколько лет нужно прожить здесь, чтобы голосовать?",
    ],
)
def test_a_period_held_is_asked(question):
    assert kinds.asks_period_held(question)


@pytest.mark.parametrize(
    "question",
    [
        "How many days do I have to register the car?",
        "Wie lange dauert die Bearbeitung?",
        "How many months before the end must I apply?",
        # how far back it is paid
        "¿Cuántos meses me pagan hacia atrás?",
        "برای چند ماه قبل پرداخت می‌کنند؟",
        "Za ile miesięcy wstecz wypłacają zasiłek?",
    ],
)
def test_no_period_held_is_asked(question):
    assert not kinds.asks_period_held(question)


def test_a_period_held_is_told_only_by_a_counted_length():
    limit = _sentence("Melden Sie sich spätestens drei Monate vor dem Ende.", "de")
    before = _sentence("Den neuen Antrag stellen Sie zwei Monate vor dem Ende.", "de")
    unit = _sentence("Die Hilfe gilt ab dem ersten Tag des Monats.", "de")
    length = _sentence("Die Hilfe wird meist für sechs Monate bewilligt.", "de")
    for sentence in (limit, before, unit):
        assert (
            _best_sentence(
                [sentence], set(), "validity", "deadlines", frozenset({"month"}), period_held=True
            )[0]
            is None
        )
    best, _score = _best_sentence(
        [limit, before, unit, length],
        set(),
        "validity",
        "deadlines",
        frozenset({"month"}),
        period_held=True,
    )
    assert best is length


# On the city's texts: the question of each class is not told by the other kind of figure.
@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "Ab wie viel Kilogramm gilt ein Hund als groß?",
        "À partir de combien de kilos mon chien est-il un grand chien ?",
        "من كم كيلو بيصير الكلب كبير؟",
        "Какой объём двигателя можно без регистрации?",
    ],
)
def test_a_measure_is_not_told_by_a_date_or_a_price(question):
    fact = ask(question).fact
    assert fact is None or kinds.stated_measures(fact.text.casefold())


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "From when is school compulsory for my son?",
        "À partir de quand l'école est-elle obligatoire pour ma fille ?",
        "С какого момента школа обязательна для сына?",
        "از کی مدرسه برای پسرم اجباری است؟",
    ],
)
def test_from_when_compulsory_is_told_by_a_date(question):
    fact = ask(question).fact
    assert fact is not None and "1" in fact.text and fact.module == "body"
