"""Review 1 of the twenty-ninth session's merge (lane routing24's rules; findings 1, 2, 3, 4,
7, 10, 11 and 12): the example questions of each finding keep the service they had before
the lane (the one leading the scores stays first) or are no longer read by the lane's
predicate. Sentences from the review; every case failed on the merge (1396912f)."""

from __future__ import annotations

import numpy as np
import pytest

from lotse.ask import romanized, rules
from lotse.ask.analysis import casefold_dotted_i

pytestmark = pytest.mark.ranking

KEYS = [
    "residence-registration",
    rules.FREE_MOVEMENT,
    rules.DEREGISTRATION,
    rules.SKILLED_WORK,
    rules.JOB_SEEKER,
    rules.UNEMPLOYMENT_BENEFIT,
    rules.HOUSING_BENEFIT,
    "family-reunification",
    "asylum-counselling",
    rules.HEALTH_INSURANCE,
    rules.TAX_ID,
    "job-centre-employment-help",
    "temporary-protection",
    rules.WBS,
    rules.DEBT_COUNSELLING,
    "homelessness-help",
    "residence-permit-training",
    "vocational-training",
    rules.PENSION_INSURANCE,
    rules.SETTLEMENT,
    rules.TENANCY_RIGHTS,
]


def _first_after(question: str, leading: str) -> str:
    """The first service after the rules, when `leading` scores 0.9 and all others 0.3 (the
    review's probe)."""
    scores = np.array([0.9 if key == leading else 0.3 for key in KEYS], dtype=np.float32)
    rules.adjust(scores, question, list(KEYS))
    return KEYS[int(np.argmax(scores))]


# Finding 1: coming from (or through) an EU city says nothing of citizenship.
@pytest.mark.parametrize(
    ("question", "leading"),
    [
        (
            "Ми переїхали з Варшави до Німеччини, у нас паспорт України. Де отримати дозвіл на проживання?",
            "temporary-protection",
        ),
        (
            "Мы приехали из Варшавы, я гражданка Украины, нужно ли разрешение на проживание?",
            "temporary-protection",
        ),
        (
            "Jestem z Ukrainy, przyjechałam z Krakowa, jakie zezwolenie na pobyt potrzebuję?",
            "temporary-protection",
        ),
        (
            "Soy colombiana y vengo de Madrid, ¿necesito un permiso de residencia?",
            "family-reunification",
        ),
        (
            "I'm Syrian and came from Athens where I have protection, do I need a residence permit here?",
            "asylum-counselling",
        ),
        (
            "I came from Athens with my Syrian passport, where do I register my address?",
            "residence-registration",
        ),
    ],
)
def test_an_eu_city_come_from_is_no_eu_citizenship(question: str, leading: str) -> None:
    assert _first_after(question, leading) == leading


# Finding 2: settling for good, a refusal for good or a membership is no going home.
@pytest.mark.parametrize(
    "question",
    [
        "I want to stay permanently in Germany. I'm moving out of the refugee shelter into a flat, where do I register?",
        "Wir ziehen endgültig nach Berlin und ziehen aus der alten Wohnung in Köln aus, wo melden wir uns an?",
        "Хочу снять квартиру и окончательно остаться в Германии, где регистрироваться?",
        "Je veux m'installer définitivement ici, je quitte le foyer, où dois-je m'inscrire ?",
    ],
)
def test_settling_for_good_keeps_the_registration(question: str) -> None:
    assert _first_after(question, "residence-registration") == "residence-registration"


@pytest.mark.parametrize(
    "question",
    [
        "I want to stay permanently in Germany. I'm moving out of the refugee shelter into a flat, where do I register?",
        "Wir ziehen endgültig nach Berlin und ziehen aus der alten Wohnung in Köln aus, wo melden wir uns an?",
        "Хочу снять квартиру и окончательно остаться в Германии, где регистрироваться?",
        "Je veux m'installer définitivement ici, je quitte le foyer, où dois-je m'inscrire ?",
        "Quiero quedarme definitivamente en Alemania; me voy del albergue, ¿dónde me registro?",
        "Chcę zostać na stałe w Niemczech, wyjeżdżam z ośrodka, gdzie się zarejestrować?",
        "Almanya'da temelli kalmak istiyorum, yurttan ayrılıyorum, nereye kayıt olmalıyım?",
        "تم رفض طلب اللجوء بشكل نهائي، هل يجب أن أراجع دائرة الأجانب؟",
        "Mein Asylantrag wurde endgültig abgelehnt. Muss ich zurück nach Syrien? Welche Behörde informiert mich?",
        "I want to cancel my gym membership permanently, which office do I tell?",
    ],
)
def test_no_going_home_for_good(question: str) -> None:
    assert not rules.leaving_for_good(casefold_dotted_i(question))


# Finding 3: hired, asking what to do about another service or with a status held here.
@pytest.mark.parametrize(
    ("question", "leading"),
    [
        ("Мене взяли на роботу, що потрібно зробити з джобцентром?", "job-centre-employment-help"),
        (
            "A company in Berlin hired me, what do I need to do to register my address?",
            "residence-registration",
        ),
        (
            "Eine Firma hat mich eingestellt, was muss ich tun wegen der Krankenversicherung?",
            rules.HEALTH_INSURANCE,
        ),
    ],
)
def test_hired_asking_of_another_service_keeps_it(question: str, leading: str) -> None:
    assert _first_after(question, leading) == leading


@pytest.mark.parametrize(
    "question",
    [
        "Мене взяли на роботу, що потрібно зробити з джобцентром?",
        "A company in Berlin hired me, what do I need to do to register my address?",
        "Eine Firma hat mich eingestellt, was muss ich tun wegen der Krankenversicherung?",
        "Ich habe eine Duldung. Eine Firma hat mich eingestellt, was muss ich tun?",
        "Bir şirket beni işe aldı, vergi numarası için ne yapmam gerekiyor?",
        "Firma mnie zatrudniła, co muszę zrobić z ubezpieczeniem zdrowotnym?",
        "وظفوني بشركة، شو الإجراءات لإلغاء المساعدة من الجوب سنتر؟",
    ],
)
def test_hired_here_is_not_hired_from_abroad(question: str) -> None:
    assert not rules.hired_from_abroad(casefold_dotted_i(question))


# Finding 4: a landlord's notice is no dismissal.
@pytest.mark.parametrize(
    "question",
    [
        "Mein Vermieter kündigt mir die Wohnung, muss ich mich schon jetzt irgendwo melden?",
        "Der Vermieter kündigt mir, muss ich das jetzt schon dem Amt mitteilen und Bescheid geben?",
    ],
)
def test_a_landlords_notice_keeps_the_tenancy_rights(question: str) -> None:
    assert not rules.dismissed_from_work(casefold_dotted_i(question))
    assert _first_after(question, rules.TENANCY_RIGHTS) == rules.TENANCY_RIGHTS


# Finding 7: rent owed and an eviction threatened is no housing benefit question; a student is
# mostly not entitled to it.
@pytest.mark.parametrize(
    ("question", "leading"),
    [
        (
            "I need help with the rent, the landlord wants to evict me because I owe two months",
            "homelessness-help",
        ),
        ("Я студентка, мне нужна помощь на аренду квартиры, есть ли субсидия?", rules.WBS),
    ],
)
def test_rent_help_with_an_eviction_or_for_a_student_keeps_the_leader(
    question: str, leading: str
) -> None:
    assert _first_after(question, leading) == leading


# Finding 10: "zwalnia mnie z opłaty" exempts; "lets go" is no "lets me go".
@pytest.mark.parametrize(
    "question",
    [
        "Czy urząd zwalnia mnie z opłaty za kurs? Już teraz muszę się zgłosić?",
        "My boss says lets go to the office together, where do I report the new address?",
    ],
)
def test_an_exemption_or_lets_go_is_no_dismissal(question: str) -> None:
    assert not rules.dismissed_from_work(casefold_dotted_i(question))


# Finding 11: Zarqa is a Jordanian city, not "blue".
@pytest.mark.parametrize("word", ["zarqa", "zarqaa", "zarka"])
def test_zarqa_is_not_read_as_blue(word: str) -> None:
    lexicon = romanized.lexicon("ar")
    assert romanized._look_up(romanized._normal(word), lexicon) != "زرقاء"


# Finding 12: the Spanish "ya" before a verb is "already", not "now".
def test_ya_already_is_not_how_fast() -> None:
    assert not rules._HOW_FAST.search("ya me despidieron. ¿me tengo que registrar en la agentur?")
    assert rules._HOW_FAST.search("¿tengo que avisar ya a la agencia de empleo?")
