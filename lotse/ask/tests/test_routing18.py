"""Top-1 classes of the check parts (twenty-seventh session, lane routing18), each in the 12
languages: a pension that does not cover the rent is the housing benefit's; the paper to hold in
the meantime, beside an extension or an expiring card, is the fictional certificate; money every
month for a baby or a child is the child benefit, not the parental allowance; a Bürgergeld
recipient who wants vocational training or retraining asks for the Jobcenter's help into work.
Sentences written for this test, not taken from an evaluation set; every positive case failed
before."""

from __future__ import annotations

import numpy as np
import pytest

from lotse.ask import rules

pytestmark = pytest.mark.ranking


def _first(question: str, keys: list[str], kind: str | None = None) -> str:
    """The first of the services (scored 1.0, 0.9, 0.8 … in this order) after the rules."""
    scores = np.array([1.0 - 0.1 * i for i in range(len(keys))], dtype=np.float32)
    rules.adjust(scores, question, keys, kind=kind)
    return keys[int(np.argmax(scores))]


PENSION_KEYS = [
    rules.BASIC_INCOME,
    rules.PENSION_INSURANCE,
    "maintenance-advance",
    rules.HOUSING_BENEFIT,
]


@pytest.mark.parametrize(
    "question",
    [
        "Meine Rente reicht nicht für die Miete",
        "My pension doesn't cover the rent, is there help?",
        "Ma retraite ne suffit pas pour payer le loyer",
        "Mi pensión no alcanza para el alquiler",
        "Pensia mea nu ajunge pentru chirie",
        "Moja emerytura nie wystarcza na czynsz",
        "Моей пенсии не хватает на аренду квартиры",
        "Моєї пенсії не вистачає на оренду",
        "Пенсията ми не стига за наема",
        "Emekli maaşım kiraya yetmiyor",
        "راتبي التقاعدي ما بيكفي الإيجار",
        "حقوق بازنشستگیم کفاف اجاره رو نمیده",
    ],
)
def test_pension_short_of_the_rent_is_the_housing_benefit(question: str) -> None:
    assert _first(question, PENSION_KEYS) == rules.HOUSING_BENEFIT


@pytest.mark.parametrize(
    "question",
    [
        # a wage short of rent and food, or a pension question with no rent: not put first
        "My salary is not enough for rent and food",
        "Wie hoch ist meine Rente später?",
        "Моей пенсии не хватает на жизнь",
    ],
)
def test_no_pension_short_of_the_rent_keeps_the_order(question: str) -> None:
    assert _first(question, PENSION_KEYS) != rules.HOUSING_BENEFIT


MEANTIME_KEYS = [rules.EXTENSION, "lost-documents", rules.FICTIONAL_CERTIFICATE]


@pytest.mark.parametrize(
    "question",
    [
        "Meine Karte läuft ab, welches Papier bekomme ich in der Zwischenzeit?",
        "My permit expires soon, what paper do I get in the meantime?",
        "I need a paper while my extension is pending",
        "Mon titre expire bientôt et j'ai demandé la prolongation, quel papier en attendant ?",
        "Mi tarjeta caduca, ¿qué documento me dan mientras tanto?",
        "Permisul expiră, ce hârtie primesc între timp?",
        "Karta mi wygasa, jaki dokument w międzyczasie?",
        "Карта заканчивается, я подал на продление, какой документ на время ожидания?",
        "Дозвіл закінчується, який документ тим часом?",
        "Картата ми изтича, какъв документ междувременно?",
        "Kartım bitiyor, uzatma başvurusu yaptım, bu arada hangi belge?",
        "اقامتي عم تخلص وقدمت على التمديد، شو الورقة بهالفترة؟",
        "اقامتم داره تموم میشه، در این مدت چه مدرکی دارم؟",
    ],
)
def test_paper_in_the_meantime_is_the_fictional_certificate(question: str) -> None:
    assert _first(question, MEANTIME_KEYS) == rules.FICTIONAL_CERTIFICATE


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # no extension or card named, a processing time, the temporary protection: not put first
        ("What do I do in the meantime?", None),
        ("My extension is pending, how long does it take?", "processing_time"),
        ("Mein Aufenthalt nach §24 läuft ab, was gilt in der Zwischenzeit?", None),
    ],
)
def test_meantime_without_a_bridged_permit_is_not_put_first(
    question: str, kind: str | None
) -> None:
    assert _first(question, MEANTIME_KEYS, kind) != rules.FICTIONAL_CERTIFICATE


CHILD_MONEY_KEYS = [rules.PARENTAL_ALLOWANCE, rules.CHILD_BENEFIT]


@pytest.mark.parametrize(
    "question",
    [
        "Gibt es monatlich Geld vom Staat für ein Baby?",
        "Is there monthly money from the state for a baby?",
        "Y a-t-il de l'argent chaque mois de l'État pour un bébé ?",
        "¿Hay dinero mensual del estado por un bebé?",
        "Primim bani lunar de la stat pentru copil?",
        "Czy jest co miesiąc pieniądze od państwa na dziecko?",
        "Есть ли ежемесячные деньги от государства на ребёнка?",
        "Отримуємо щомісяця гроші на дитину від держави?",
        "Има ли всеки месец пари от държавата за бебе?",
        "Devletten bebek için aylık para var mı?",
        "في مصاري شهرية من الدولة للبيبي؟",
        "ماهانه از دولت برای بچه پول میدن؟",
    ],
)
def test_monthly_money_for_a_child_is_the_child_benefit(question: str) -> None:
    assert _first(question, CHILD_MONEY_KEYS) == rules.CHILD_BENEFIT


@pytest.mark.parametrize(
    "question",
    [
        # a parent at home, not working or on leave, or the allowance named: kept first
        "Is there monthly money while I stay home with the baby?",
        "Bebek doğunca evde kalacağım, devlet bana aylık para veriyor mu?",
        "Wie viel Elterngeld bekomme ich pro Monat für mein Kind?",
        "مرتي بدها تقعد بالبيت مع البيبي، في مصاري شهرية؟",
    ],
)
def test_parent_at_home_keeps_the_parental_allowance(question: str) -> None:
    assert _first(question, CHILD_MONEY_KEYS) == rules.PARENTAL_ALLOWANCE


TRAINING_KEYS = [rules.BASIC_INCOME, rules.JOB_CENTRE_HELP]


@pytest.mark.parametrize(
    "question",
    [
        "Ich bekomme Bürgergeld und möchte eine Umschulung machen",
        "I get Bürgergeld, can the Jobcenter pay for further training?",
        "Je touche le Bürgergeld, le Jobcenter paie-t-il une formation professionnelle ?",
        "Cobro Bürgergeld, ¿el Jobcenter paga una formación profesional?",
        "Primesc Bürgergeld, Jobcenter plătește o recalificare?",
        "Otrzymuję Bürgergeld, czy Jobcenter zapłaci za przekwalifikowanie?",
        "Получаю бюргергельд, оплатит ли джобцентр переобучение?",
        "Отримую Bürgergeld, чи оплатить джобцентр перекваліфікацію?",
        "Получавам Bürgergeld, ще плати ли Jobcenter преквалификация?",
        "Bürgergeld alıyorum, Jobcenter meslek eğitimi öder mi?",
        "آخذ بورغرغيلد بس بدي دورة تدريب مهني يدفعها الجوب سنتر",
        "بورگرگلد می‌گیرم، جاب سنتر دوره آموزشی حرفه‌ای رو پرداخت می‌کنه؟",
    ],
)
def test_training_beside_the_buergergeld_is_the_help_into_work(question: str) -> None:
    assert _first(question, TRAINING_KEYS) == rules.JOB_CENTRE_HELP


def test_money_during_training_keeps_the_basic_income() -> None:
    question = "Bekomme ich weiter Geld vom Jobcenter während der Umschulung?"
    assert _first(question, TRAINING_KEYS) == rules.BASIC_INCOME
