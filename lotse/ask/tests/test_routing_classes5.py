"""Routing classes of the twentieth session (lane route10), each in the languages where it
exists: a question that names school and no daycare or preschool is not the daycare place's
nor a newborn's registration."""

from __future__ import annotations

import numpy as np
import pytest

from lotse.ask import rules

pytestmark = pytest.mark.ranking


def _first(question: str, keys: list[str]) -> str:
    """The first of two services (the first scoring 1.0, the second 0.9) after the rules."""
    scores = rules.adjust(np.array([1.0, 0.9], dtype=np.float32), question, keys)
    return keys[int(np.argmax(scores))]


@pytest.mark.parametrize(
    "question",
    [
        "Wie melde ich meine Tochter an der Grundschule an? Sie ist sieben.",
        "wo kann ich meinen sohn für die schule anmelden",
        "How do I sign my 8-year-old up for school here?",
        "comment inscrire mon fils à l'école primaire ?",
        "¿cómo apunto a mi hija en la escuela? tiene 7 años",
        "cum îmi înscriu copilul la școală?",
        "jak zapisać syna do szkoły podstawowej?",
        "как записать ребёнка в школу, ему 8 лет",
        "як записати доньку до школи?",
        "как да запиша детето си в училище?",
        "kızımı ilkokula nasıl yazdırırım?",
        "كيف أسجل ابني في المدرسة؟",
        "چطوری پسرم رو تو مدرسه ثبت نام کنم؟",
    ],
)
def test_school_named_is_not_the_daycare(question: str) -> None:
    assert _first(question, [rules.DAYCARE, rules.SCHOOL_ENROLMENT]) == rules.SCHOOL_ENROLMENT


@pytest.mark.parametrize(
    "question",
    [
        "welche Unterlagen brauche ich, um mein Kind in der Schule anzumelden?",
        "what papers do I need to register my child at a school?",
        "quels documents pour inscrire mon enfant à l'école ?",
        "çocuğumu okula kaydettirmek için hangi belgeler lazım?",
        "ما هي الأوراق المطلوبة لتسجيل طفلي في المدرسة؟",
        "какие документы нужны, чтобы записать ребенка в школу?",
    ],
)
def test_school_named_is_not_the_birth_registration(question: str) -> None:
    keys = [rules.BIRTH_REGISTRATION, rules.SCHOOL_ENROLMENT]
    assert _first(question, keys) == rules.SCHOOL_ENROLMENT


@pytest.mark.parametrize(
    "question",
    [
        "Mein Sohn ist drei, er soll vor der Schule noch in die Kita. Wie bekomme ich einen Platz?",
        "my daughter is 4, we need a kindergarten place until she starts school",
        "je cherche une place en crèche pour mon fils avant l'école",
        "busco guardería para mi hijo hasta que empiece la escuela",
        "caut un loc la grădiniță până merge la școală",
        "szukam miejsca w przedszkolu dla córki",
        "нужен детский сад до школы, сыну 3 года",
        "шукаю місце в дитячому садку, поки донька не піде до школи",
        "търся място в детска градина преди училище",
        "okul öncesi için kreş yeri arıyorum",
        "أبحث عن روضة لابني قبل المدرسة",
        "دنبال مهدکودک برای بچه‌ام قبل از مدرسه هستم",
    ],
)
def test_daycare_named_beside_school_keeps_the_daycare(question: str) -> None:
    assert _first(question, [rules.DAYCARE, rules.SCHOOL_ENROLMENT]) == rules.DAYCARE


@pytest.mark.parametrize(
    "question",
    [
        "Ich habe ein Jobangebot aus Dortmund bekommen, welches Visum brauche ich?",
        "I got a job offer from a hospital in Dortmund, which visa do I apply for?",
        "j'ai reçu une offre d'emploi à Dortmund, quel visa demander ?",
        "tengo una oferta de trabajo en Alemania, ¿qué visado necesito?",
        "am primit o ofertă de muncă în Dortmund, ce viză îmi trebuie?",
        "dostałem ofertę pracy w Dortmundzie, jaką wizę muszę mieć?",
        "мне прислали предложение о работе из Дортмунда, какую визу оформлять?",
        "отримала пропозицію роботи в Дортмунді, яка віза потрібна?",
        "имам оферта за работа в Германия, каква виза ми трябва?",
        "Dortmund'dan iş teklifi aldım, hangi vizeye başvurmalıyım?",
        "جاني عرض عمل من شركة في دورتموند، شو الفيزا اللي بحتاجها؟",
        "از یه شرکت تو دورتموند پیشنهاد کار گرفتم، چه ویزایی باید بگیرم؟",
    ],
)
def test_a_job_offer_held_is_not_the_opportunity_card(question: str) -> None:
    keys = [rules.OPPORTUNITY_CARD, "visa-national"]
    assert _first(question, keys) == "visa-national"


@pytest.mark.parametrize(
    "question",
    [
        "Ich habe noch kein Jobangebot, kann ich trotzdem nach Deutschland kommen?",
        "I don't have a job offer yet, can I come to Germany to look for work?",
        "je n'ai pas encore d'offre d'emploi, je peux venir chercher ?",
        "todavía no tengo oferta de trabajo, ¿puedo ir a buscar?",
        "nu am încă o ofertă de muncă, pot veni să caut?",
        "nie mam jeszcze oferty pracy, czy mogę przyjechać szukać?",
        "у меня нет предложения о работе, можно приехать искать?",
        "ще не маю пропозиції роботи, чи можна приїхати шукати?",
        "още нямам оферта за работа, мога ли да дойда да търся?",
        "henüz iş teklifim yok, Almanya'ya gelip iş arayabilir miyim?",
        "لسا ما عندي عرض عمل، فيني روح دور على شغل؟",
        "هنوز پیشنهاد کار ندارم، میتونم بیام دنبال کار بگردم؟",
        "I have a job offer, is the Chancenkarte still useful for me?",
    ],
)
def test_no_job_offer_keeps_the_opportunity_card(question: str) -> None:
    keys = [rules.OPPORTUNITY_CARD, "visa-national"]
    assert _first(question, keys) == rules.OPPORTUNITY_CARD


@pytest.mark.parametrize(
    "question",
    [
        "Bis zu welchem Alter bekommt man BAföG?",
        "how long does the BAföG office take to decide?",
        "à quel âge on ne peut plus toucher le BAföG ?",
        "¿hasta qué edad se puede pedir el BAföG?",
        "până la ce vârstă pot primi BAföG?",
        "do ilu lat można dostawać BAföG?",
        "до какого возраста дают бафёг?",
        "до якого віку можна отримувати BAföG?",
        "колко време се чака решение за BAföG?",
        "BAföG kaç yaşına kadar alınır?",
        "لحد أي عمر بيعطوا BAföG؟",
        "تا چند سالگی میشه BAföG گرفت؟",
    ],
)
def test_a_benefit_named_is_not_the_broadcasting_fee(question: str) -> None:
    keys = [rules.BROADCASTING_FEE, "student-finance-bafoeg"]
    assert _first(question, keys) == "student-finance-bafoeg"


@pytest.mark.parametrize(
    "question",
    [
        "Ich bekomme BAföG, muss ich trotzdem den Rundfunkbeitrag zahlen?",
        "I get BAföG, am I exempt from the TV licence fee?",
        "je touche le BAföG, je dois payer la redevance télé ?",
        "cobro BAföG, ¿tengo que pagar el impuesto de televisión?",
        "primesc BAföG, trebuie să plătesc taxa radio TV?",
        "dostaję BAföG, czy muszę płacić abonament RTV?",
        "получаю бафёг, надо ли платить за телевидение (GEZ)?",
        "отримую BAföG, чи треба платити за телебачення?",
        "получавам BAföG, трябва ли да плащам такса телевизия?",
        "BAföG alıyorum, televizyon ücreti ödemem gerekiyor mu?",
        "باخد BAföG، لازم ادفع رسوم التلفزيون؟",
        "BAföG میگیرم، باید هزینه تلویزیون بدم؟",
    ],
)
def test_the_fee_named_beside_a_benefit_keeps_the_fee(question: str) -> None:
    keys = [rules.BROADCASTING_FEE, "student-finance-bafoeg"]
    assert _first(question, keys) == rules.BROADCASTING_FEE
