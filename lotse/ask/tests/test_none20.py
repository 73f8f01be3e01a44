"""An income above which a benefit is not paid, said with a plain negation (twenty-eighth
session, lane none20): "Above which income is parental allowance not paid?", "Hangi gelirin
üstünde Elterngeld ödenmez?", "Od jakiego dochodu nie przysługuje …?", "С какого дохода не
платят …?", "فوق أي دخل لا يُدفع …؟" ask the upper bound as "no longer" does (`kinds._NOT_HAD`
beside `_NO_LONGER_HAD`): they had no type (tr, pl, ar) or were a price told nothing (ro, bg)
or the fees' "the application is free" (ru, uk). And a least price asked ("What is the minimum
fee for converting …?") is told by a range of sums ("between 36.30 EUR and 82.50 EUR",
`kinds._RANGE_STATED`): the fees sentence stated no lower-limit word and the question got none
(en, de, fr). And the money one must show for a permit ("Wie viel Geld im Monat muss ich für die
Aufenthaltserlaubnis zur Ausbildung nachweisen?", `kinds._MONEY_SHOWN`) asks the means of living
(`asks_means`), told by the prerequisites' "gesicherter Lebensunterhalt (… 903 Euro im Monat)"
(`kinds._LIVING_STATED`), not by the fee ("Erste Erteilung 100 Euro", told before). Questions
written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers
from lotse.ask.answers import kinds
from lotse.ask.tests.searching import ask

pytestmark = pytest.mark.ranking

NOT_PAID_ABOVE = [
    ("Above which income is parental allowance not paid?", "en"),
    ("Ab welchem Einkommen bekommt man kein Elterngeld?", "de"),
    ("À partir de quel revenu l'Elterngeld n'est pas versé ?", "fr"),
    ("¿A partir de qué ingresos no se paga el Elterngeld?", "es"),
    ("Hangi gelirin üstünde Elterngeld ödenmez?", "tr"),
    ("Od jakiego dochodu nie przysługuje Elterngeld?", "pl"),
    ("De la ce venit nu se plătește Elterngeld?", "ro"),
    ("С какого дохода не платят Elterngeld?", "ru"),
    ("З якого доходу не платять Elterngeld?", "uk"),
    ("Над какъв доход не се плаща Elterngeld?", "bg"),
    ("فوق أي دخل لا يُدفع Elterngeld؟", "ar"),
    ("بالای چه درآمدی Elterngeld پرداخت نمی‌شود؟", "fa"),
]


def test_above_what_income_there_is_none_is_a_ceiling():
    # `test_answer_income_ceiling` had it as no ceiling (the lower bound of one thing or the
    # upper of another); "there is no" is the upper bound, as "kein … mehr" is (`test_body16`)
    assert kinds.asks_income_ceiling("Above what income is there no child supplement?")
    assert not kinds.asks_income_ceiling("Above what income is there a child supplement?")


@pytest.mark.parametrize(("question", "language"), NOT_PAID_ABOVE)
def test_an_income_above_which_it_is_not_paid_is_a_ceiling(question, language):
    assert kinds.asks_income_ceiling(question)
    assert answers.classify(question) == "money"


@pytest.mark.parametrize(
    "question",
    [
        # paying more above an income: no negation, no ceiling
        "À partir de quel revenu dois-je payer plus d'impôts ?",
        # the lower bound of getting it
        "Ab welchem Einkommen bekomme ich Kinderzuschlag?",
        # a negation before the income: not after the income-from words
        "Why is parental allowance not paid from what income I had?",
    ],
)
def test_no_negation_after_the_income_is_no_ceiling(question):
    assert not kinds.asks_income_ceiling(question)


def test_up_to_what_income_a_course_is_free_stays_a_price():
    # its fees state the limit: the paying word is the price's there
    assert (
        answers.classify("Până la ce venit este gratuit cursul de germană pentru muncă?") == "cost"
    )


@pytest.mark.django_db
@pytest.mark.parametrize(("question", "language"), NOT_PAID_ABOVE)
def test_an_income_above_which_it_is_not_paid_is_told_the_limit(question, language):
    fact = ask(question, language).fact
    assert fact is not None
    assert (fact.service, fact.module) == ("parental-allowance", "body")
    assert "175" in fact.text


# A range of sums states its lower end (the least price asked), 12 languages as the catalog
# writes them; a range of dates or a single sum states none.
@pytest.mark.parametrize(
    "sentence",
    [
        "In Dortmund conversion or exchange costs between 36.30 EUR and 82.50 EUR.",
        "In Dortmund kostet die Umschreibung oder der Umtausch zwischen 36,30 Euro und 82,50 Euro.",
        "À Dortmund, la conversion ou l'échange coûte entre 36,30 euros et 82,50 euros.",
        "En Dortmund, el canje o el cambio cuesta entre 36,30 euros y 82,50 euros.",
        "Dortmund'da çevirme veya değiştirme 36,30 Euro ile 82,50 Euro arasındadır.",
        "W Dortmundzie wymiana kosztuje od 36,30 euro do 82,50 euro.",
        "În Dortmund, preschimbarea sau schimbul costă între 36,30 euro și 82,50 euro.",
        "В Дортмунде обмен стоит от 36,30 до 82,50 евро.",
        "У Дортмунді обмін коштує від 36,30 до 82,50 євро.",
        "В Дортмунд подмяната или замяната струва между 36,30 евро и 82,50 евро.",
        "في دورتموند يكلّف التحويل أو الاستبدال بين 36,30 يورو و82,50 يورو.",
        "در دورتموند تبدیل یا تعویض بین 36,30 یورو و 82,50 یورو هزینه دارد.",
    ],
)
def test_a_range_of_sums_states_a_lower_limit(sentence):
    assert "minimum" in kinds.stated_quantities(sentence.casefold())


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Gebühr beträgt 36,30 Euro.",
        "Anträge vom 1. Januar bis 31. März.",
        "Kinder von 6 bis 14 Jahren zahlen 5 Euro.",
    ],
)
def test_one_sum_or_a_range_of_dates_states_no_lower_limit(sentence):
    assert "minimum" not in kinds.stated_quantities(sentence.casefold())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("What is the minimum fee for converting a foreign driving licence?", "en"),
        ("Wie viel kostet die Umschreibung des Führerscheins mindestens?", "de"),
        ("Quel est le tarif minimum pour échanger mon permis de conduire ?", "fr"),
        ("Cât costă cel puțin preschimbarea permisului de conducere?", "ro"),
        ("Сколько минимум стоит обмен водительских прав?", "ru"),
        ("حداقل هزینه تبدیل گواهینامه رانندگی چقدر است؟", "fa"),
    ],
)
def test_the_least_price_is_told_by_the_range(question, language):
    fact = ask(question, language).fact
    assert fact is not None
    assert (fact.service, fact.module) == ("driving-licence-conversion", "fees")
    assert "36" in fact.text


MONEY_SHOWN = [
    (
        "How much money per month must I show for the residence permit for vocational training?",
        "en",
    ),
    (
        "Wie viel Geld im Monat muss ich für die Aufenthaltserlaubnis zur Ausbildung nachweisen?",
        "de",
    ),
    (
        "Combien d'argent par mois dois-je justifier pour le titre de séjour pour une formation professionnelle ?",
        "fr",
    ),
    (
        "¿Cuánto dinero al mes debo demostrar para el permiso de residencia para la formación profesional?",
        "es",
    ),
    ("Mesleki eğitim oturma izni için ayda ne kadar para göstermem gerekiyor?", "tr"),
    (
        "Ile pieniędzy miesięcznie muszę wykazać do zezwolenia na pobyt w celu kształcenia zawodowego?",
        "pl",
    ),
    (
        "Câți bani pe lună trebuie să dovedesc pentru permisul de ședere pentru formare profesională?",
        "ro",
    ),
    (
        "Сколько денег в месяц нужно подтвердить для вида на жительство для профобучения (Ausbildung)?",
        "ru",
    ),
    (
        "Скільки грошей на місяць треба підтвердити для дозволу на проживання для професійного навчання?",
        "uk",
    ),
    (
        "Колко пари на месец трябва да докажа за разрешение за пребиваване за професионално обучение?",
        "bg",
    ),
    ("كم من المال شهريًا يجب أن أثبت للحصول على إقامة التدريب المهني؟", "ar"),
    ("چقدر پول در ماه باید برای اقامت آموزش حرفه‌ای نشان بدهم؟", "fa"),
]


@pytest.mark.parametrize(("question", "language"), MONEY_SHOWN)
def test_the_money_one_must_show_asks_the_means(question, language):
    assert kinds.asks_means(question)


@pytest.mark.parametrize(
    "question",
    [
        # "geldim" is "I came", the Spanish "para" is "for"
        "Almanya'ya yeni geldim, bana kim yol gösterir?",
        "¿Qué documento me dan para demostrar que sigo en situación legal?",
        # a fee beside it: the price
        "Wie viel kostet der Nachweis, dass ich genug Geld habe?",
    ],
)
def test_no_money_shown_or_a_fee_asks_no_means(question):
    assert not kinds.asks_means(question)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language"),
    [MONEY_SHOWN[i] for i in (0, 1, 4, 7, 9, 11)],
)
def test_the_money_one_must_show_is_told_the_means_of_living(question, language):
    fact = ask(question, language).fact
    assert fact is not None
    assert (fact.service, fact.module) == ("residence-permit-training", "prerequisites")
    assert "903" in fact.text
