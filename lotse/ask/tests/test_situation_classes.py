"""Situations told without the service's name (twenty-fourth session, lane situation13), each
in the languages where it exists: refused as a foreigner, feeling low, a purchase never
delivered, a child's class trip on benefits, income that does not cover the rent and food, a
trade done officially."""

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
        "Vermieter sagt am Telefon, er vermietet nicht an Ausländer. Wo kann ich mich beschweren?",
        "the landlord won't give us the flat because we are Syrian, what can we do",
        "the agent said the owner wants no foreigners in the building",
        "le propriétaire refuse de louer parce que je suis étranger",
        "en la inmobiliaria me dijeron que no alquilan a extranjeros",
        "proprietarul nu închiriază străinilor, e normal?",
        "właściciel nie wynajmie mieszkania, bo jestem obcokrajowcem",
        "хозяин сказал, что иностранцам не сдаёт",
        "хазяйка не здає квартиру, бо я іноземка",
        "хазяинът каза, че не дава на чужденци",
        "ev sahibi yabancı olduğum için daireyi vermedi",
        "صاحب البيت قال ما بأجر للأجانب، شو بعمل",
        "صاحبخونه بخاطر خارجی بودنم خونه رو بهم نداد",
    ],
)
def test_refused_as_a_foreigner_is_discrimination(question: str) -> None:
    keys = ["tenancy-rights", rules.ANTI_DISCRIMINATION]
    assert _first(question, keys) == rules.ANTI_DISCRIMINATION


@pytest.mark.parametrize(
    "question",
    [
        "Darf ich als Ausländer in Dortmund wählen?",
        "how can I rent a flat as a foreigner",
        "no sé si un extranjero puede votar aquí",
        "nie wiem czy cudzoziemiec może głosować",
        "ما افغانی هستیم، میتونیم تو دورتموند رای بدیم؟",
        "Yabancılar dairesinin telefon numarası kaç?",
    ],
)
def test_a_foreigner_named_otherwise_is_no_discrimination(question: str) -> None:
    keys = ["tenancy-rights", rules.ANTI_DISCRIMINATION]
    assert _first(question, keys) == "tenancy-rights"


@pytest.mark.parametrize(
    "question",
    [
        "Mir geht's seit Wochen mies, ich schlaf kaum. Wo krieg ich schnell Hilfe?",
        "I've been feeling really low for weeks and have no one to talk to",
        "je me sens très seul et je n'arrive plus à dormir, où parler à quelqu'un rapidement ?",
        "desde que llegué estoy fatal, no duermo y lloro todo el rato",
        "mă simt singură și nu pot să dorm de când am venit",
        "czuję się samotna, nie mogę spać, gdzie mogę porozmawiać?",
        "после переезда постоянно плачу, не с кем поговорить",
        "мені погано на душі, не можу спати",
        "от месеци не мога да спя, няма с кого да говоря",
        "aylardır uyuyamıyorum, kendimi yalnız hissediyorum",
        "من وقت ما جيت ما عم نام وحاسس حالي حزين",
        "از وقتی اومدم افسرده‌ام و شبا خوابم نمی‌بره",
    ],
)
def test_low_mood_is_the_mental_health_support(question: str) -> None:
    keys = ["accelerated-skilled-worker-procedure", rules.MENTAL_HEALTH]
    assert _first(question, keys) == rules.MENTAL_HEALTH
    assert rules.tells_low_mood(question)


@pytest.mark.parametrize(
    "question",
    [
        "Скільки я сам плачу адвокату, якщо отримаю Beratungshilfe?",
        "Ich bin alleinerziehend, bekomme ich Unterhaltsvorschuss?",
        "samotna matka, czy dostanę zaliczkę alimentacyjną?",
        "how long does the accelerated procedure take?",
    ],
)
def test_no_low_mood(question: str) -> None:
    assert not rules.tells_low_mood(question)


@pytest.mark.parametrize(
    "question",
    [
        "Hab online ein Handy bestellt und bezahlt, aber es ist nie angekommen. Wer hilft?",
        "I ordered a sofa online, paid, and it never arrived",
        "j'ai commandé un téléphone sur internet, jamais reçu, qui peut m'aider ?",
        "compré un móvil por internet y nunca llegó",
        "am comandat online un frigider și nu a ajuns",
        "kupiłem pralkę przez internet, przyszła zepsuta, a sklep nie chce oddać kasy",
        "заказал телефон в интернете, деньги списали, а посылка не пришла",
        "купив ноутбук онлайн, а він так і не прийшов",
        "купих телефон онлайн, но така и не го получих",
        "internetten telefon sipariş ettim, para ödedim ama gelmedi",
        "طلبت موبايل من النت ودفعت وما وصل",
        "یه گوشی اینترنتی خریدم، پولشو دادم ولی نرسید",
    ],
)
def test_a_purchase_never_delivered_is_consumer_advice(question: str) -> None:
    keys = ["tenancy-rights", "consumer-advice"]
    assert _first(question, keys) == "consumer-advice"


@pytest.mark.parametrize(
    "question",
    [
        "Wir kriegen Bürgergeld, zahlt jemand die Klassenfahrt von meinem Sohn?",
        "We're on Bürgergeld and my son's class trip costs 300 euros",
        "on touche le Bürgergeld, qui paie la sortie scolaire ?",
        "mi hijo quiere ir a natación pero no tenemos dinero",
        "copilul vrea la înot dar nu avem bani, primim ajutor social",
        "dziecko chce na basen, ale nie stać nas, jesteśmy na Bürgergeld",
        "мы на бюргергельде, ребёнок хочет в бассейн",
        "ми на бюргергельді, хто оплатить шкільну екскурсію?",
        "детето иска да тренира футбол, а ние сме на Bürgergeld",
        "Bürgergeld alıyoruz, okul gezisi için destek var mı?",
        "عايشين على الجوب سنتر والمدرسة عاملة رحلة مدرسية",
        "از جاب‌سنتر بورگرگلد می‌گیریم، بچه‌ها میخوان برن شنا",
    ],
)
def test_a_childs_activity_on_benefits_is_not_the_basic_income(question: str) -> None:
    keys = [rules.BASIC_INCOME, "education-and-participation"]
    assert _first(question, keys) == "education-and-participation"


@pytest.mark.parametrize(
    "question",
    [
        "ich mache einen Minijob, aber das Geld reicht nicht für Miete und Essen",
        "I work a minijob but the money isn't enough for rent and food",
        "j'ai un minijob mais ça ne suffit pas pour le loyer",
        "tengo un minijob pero no me alcanza para el alquiler y la comida",
        "lucrez minijob dar banii nu ajung de chirie",
        "mam minijob, ale nie starcza mi na czynsz i jedzenie",
        "работаю на минижобе, денег не хватает на аренду и еду",
        "працюю на мініджобі, грошей не вистачає на оренду",
        "работя мини джоб, но парите не стигат за наема и храната",
        "minijob yapıyorum ama para kiraya yetmiyor",
        "بشتغل ميني جوب بس المصاري ما بتكفي للأكل والإيجار",
        "مینی جاب دارم ولی پولش برای اجاره کافی نیست",
    ],
)
def test_income_short_of_rent_and_food_is_not_the_minijob(question: str) -> None:
    keys = [rules.MINI_JOBS, rules.BASIC_INCOME]
    assert _first(question, keys) == rules.BASIC_INCOME


@pytest.mark.parametrize(
    "question",
    [
        "хочу відкрити свій манікюрний кабінет вдома, щоб все було легально",
        "Chcę przyjmować zlecenia na własny rachunek, żeby działać legalnie",
        "I fix bikes at home and want to make my business official",
        "ich nähe zu Hause und will das Gewerbe offiziell machen",
        "evde pasta yapıp satıyorum, kendi işimi resmi olarak yapmak istiyorum",
    ],
)
def test_a_trade_done_officially_is_its_registration(question: str) -> None:
    keys = [rules.SELF_EMPLOYMENT_ADVICE, rules.BUSINESS]
    assert _first(question, keys) == rules.BUSINESS


@pytest.mark.parametrize(
    "question",
    [
        "Seit der Trennung geht mein 13-Jähriger nicht zur Schule, ich weiß nicht mehr weiter",
        "Our son is 14 and argues all the time, we are at our wits' end",
        "mon fils de 12 ans fait des crises, je n'y arrive plus toute seule",
        "mi hija de 15 años no me hace caso, ya no sé qué hacer",
        "fiul meu de 14 ani nu mai ascultă, nu mai știu ce să fac",
        "nie radzę sobie z synem, ma 13 lat",
        "не справляюсь с сыном-подростком, куда обратиться",
        "не знаю, що робити з донькою, їй 15",
        "не се справям с детето, на 12 години е",
        "oğlumla başa çıkamıyorum, 14 yaşında",
        "ابني عمره 13 وما عم بقدر عليه",
        "نمی‌دونم چطوری با پسرم رفتار کنم، ۱۴ سالشه",
    ],
)
def test_a_parent_who_cannot_cope_is_family_help(question: str) -> None:
    keys = [rules.SCHOOL_ENROLMENT, rules.FAMILY_COUNSELLING]
    assert _first(question, keys) == rules.FAMILY_COUNSELLING


@pytest.mark.parametrize(
    "question",
    [
        "Unser Sohn ist vorgestern zur Welt gekommen, wir sind noch etwas überfordert",
        "ich weiß nicht mehr weiter mit den Briefen vom Amt",
    ],
)
def test_cannot_cope_without_a_child_or_with_a_newborn_keeps_the_ranking(question: str) -> None:
    keys = [rules.SCHOOL_ENROLMENT, rules.FAMILY_COUNSELLING]
    assert _first(question, keys) == rules.SCHOOL_ENROLMENT
