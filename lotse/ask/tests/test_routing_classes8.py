"""Routing classes of the twenty-fourth session (lane sibling13), sibling services, each in the
languages where it exists: one's own debts are the debt counselling's, not the consumer
advice's, unless a contract or an order is cancelled or never delivered; a permit application
not yet decided or answered is the fictional certificate's, not the extension's."""

from __future__ import annotations

import numpy as np
import pytest

from lotse.ask import rules

pytestmark = pytest.mark.ranking


def _first(question: str, keys: list[str]) -> str:
    """The first of two services (the first scoring 1.0, the second 0.9) after the rules."""
    scores = rules.adjust(np.array([1.0, 0.9], dtype=np.float32), question, keys)
    return keys[int(np.argmax(scores))]


DEBTS = [
    "Ich habe überall Schulden und bekomme Briefe vom Inkasso, wer hilft mir?",
    "I can't pay my debts anymore, free debt advice",
    "j'ai des dettes partout, qui peut m'aider gratuitement ?",
    "tengo muchas deudas y me llaman de una agencia de cobro, ¿quién me ayuda?",
    "am datorii peste tot, cine mă poate ajuta gratuit?",
    "mam długi w kilku firmach, gdzie dostanę darmową pomoc?",
    "у меня куча долгов, коллекторы звонят, где помогают разобраться?",
    "у мене борги скрізь, хто безкоштовно допоможе?",
    "имам дългове навсякъде, кой ще ми помогне безплатно?",
    "her yerde borcum var, ücretsiz kim yardım eder?",
    "عندي ديون كتير ورسائل من شركة تحصيل، مين بيساعدني؟",
    "همه جا بدهی دارم، کی مجانی کمکم می‌کنه؟",
]


@pytest.mark.parametrize("question", DEBTS)
def test_own_debts_are_the_debt_counselling(question: str) -> None:
    keys = [rules.CONSUMER_ADVICE, "debt-counselling"]
    assert _first(question, keys) == "debt-counselling"


@pytest.mark.parametrize(
    "question",
    [
        "Ich habe ein Abo gekündigt und jetzt fordert ein Inkasso Schulden, die ich nicht habe",
        "I cancelled the contract but a collection agency says I have debts with them",
        "j'ai commandé en ligne, jamais livré, et maintenant on me réclame des dettes",
        "я расторг договор, а теперь коллекторы говорят про долг",
        "عملت عقد موبايل وما عم بقدر الغيه وهلأ شركة تحصيل ديون عم تبعتلي رسائل",
        "sipariş hiç gelmedi ama şimdi borç mektubu geliyor",
    ],
)
def test_a_cancelled_contract_or_an_order_keeps_the_consumer_advice(question: str) -> None:
    keys = [rules.CONSUMER_ADVICE, "debt-counselling"]
    assert _first(question, keys) == rules.CONSUMER_ADVICE


@pytest.mark.parametrize(
    "question",
    [
        "Mein Aufenthaltstitel läuft bald ab und die Ausländerbehörde hat noch nicht entschieden",
        "My permit expires next week and my renewal has still not been processed",
        "Mon titre de séjour expire et l'Ausländerbehörde n'a toujours pas traité ma demande",
        "mi permiso caduca y todavía no me han respondido de extranjería",
        "permisul expiră săptămâna viitoare și nu mi-au răspuns încă",
        "karta pobytu wygasa, a urząd nadal nie rozpatrzył wniosku",
        "ВНЖ заканчивается, а ведомство до сих пор не рассмотрело заявление",
        "дозвіл закінчується, а відомство ще не розглянуло заяву",
        "разрешението ми изтича, а службата още не е разгледала молбата",
        "oturum iznim bitiyor, henüz cevap gelmedi",
        "إقامتي بتخلص الشهر الجاي ولسا ما ردوا على طلب التمديد",
        "اقامتم داره تموم میشه و هنوز جواب ندادن",
    ],
)
def test_an_application_not_yet_decided_is_the_fictional_certificate(question: str) -> None:
    keys = [rules.EXTENSION, rules.FICTIONAL_CERTIFICATE]
    assert _first(question, keys) == rules.FICTIONAL_CERTIFICATE


@pytest.mark.parametrize(
    "question",
    [
        "mein aufenthalt läuft in 3 wochen ab, wie verlängere ich ihn?",
        "how much does it cost to extend my residence permit?",
        "prolongation titre de séjour, quels documents ?",
    ],
)
def test_a_plain_extension_keeps_the_extension(question: str) -> None:
    keys = [rules.EXTENSION, rules.FICTIONAL_CERTIFICATE]
    assert _first(question, keys) == rules.EXTENSION


@pytest.mark.parametrize(
    "question",
    [
        "Wie finde ich eine Wohnung in Dortmund? Wir suchen seit Monaten.",
        "We are a family looking for a rental apartment, what options do we have, including subsidised housing?",
        "comment trouver un appartement à Dortmund ?",
        "¿cómo buscar un piso de alquiler en Dortmund?",
        "nu găsesc apartament în Dortmund, cine ajută?",
        "szukam mieszkania od dwóch miesięcy, kto pomaga?",
        "как найти квартиру в Дортмунде без SCHUFA?",
        "шукаємо квартиру вже пів року, де шукати?",
        "как да намеря жилище под наем в Дортмунд с малък бюджет?",
        "Dortmund'da ucuz ev nasıl bulurum?",
        "نبحث عن شقة منذ سنة ولم نجد شيئاً، من يساعد؟",
        "چند ماهه دنبال خونه‌ایم، کسی کمک می‌کنه؟",
        "WBS هم داریم، چطوری خونه پیدا کنیم؟",
        "we already have a WBS, how do we find a flat?",
    ],
)
def test_looking_for_a_flat_is_the_housing_search(question: str) -> None:
    assert _first(question, [rules.WBS, rules.HOUSING_SEARCH]) == rules.HOUSING_SEARCH


@pytest.mark.parametrize(
    "question",
    [
        "szukam mieszkania socjalnego, co to jest ten WBS?",
        "on cherche un appartement, il faut un papier pour les logements sociaux, comment l'obtenir ?",
        "wie finde ich eine Sozialwohnung, was brauche ich dafür?",
        "how do I get a WBS to look for a council flat?",
    ],
)
def test_social_housing_or_the_wbs_asked_keeps_the_wbs(question: str) -> None:
    assert _first(question, [rules.WBS, rules.HOUSING_SEARCH]) == rules.WBS


@pytest.mark.parametrize(
    "question",
    [
        "Контракт не продовжать. Що зробити, щоб отримувати гроші, поки шукаю нову роботу?",
        "мене звільняють, як отримувати допомогу, поки не знайду роботу?",
    ],
)
def test_getting_money_in_the_ukrainian_imperfective_is_the_benefit(question: str) -> None:
    # "отримувати" (to be getting) was no word of getting money: only "отримати" was.
    keys = [rules.JOB_SEEKER, rules.UNEMPLOYMENT_BENEFIT]
    assert _first(question, keys) == rules.UNEMPLOYMENT_BENEFIT


@pytest.mark.parametrize(
    "question",
    [
        "Ich habe ein Jobangebot mit 55.000 Euro brutto im Jahr, welcher Aufenthaltstitel?",
        "got a job offer in dortmund, 58k a year, which permit do I need?",
        "on m'a proposé 50 000 € par an, quel titre de séjour ?",
        "me ofrecen un trabajo por 60.000 al año, ¿qué permiso pido?",
        "am o ofertă cu salariu de 60.000 pe an, ce permis de ședere?",
        "dostałem ofertę pracy za 60 tysięcy euro brutto rocznie, jaki dokument?",
        "мне предложили работу с зарплатой 60 тысяч в год, какой ВНЖ нужен?",
        "мені запропонували роботу з зарплатою 60 тисяч на рік, який дозвіл?",
        "имам оферта за работа със заплата 55 хиляди годишно, какво разрешение?",
        "yıllık 58 bin euro brüt maaşla iş teklifi aldım, hangi oturum izni?",
        "عندي عرض شغل براتب 60 ألف يورو بالسنة، شو الإقامة المناسبة؟",
        "یه پیشنهاد کار با حقوق سالانه ۶۰ هزار یورو دارم، چه اقامتی بگیرم؟",
    ],
)
def test_a_yearly_salary_of_tens_of_thousands_is_the_blue_card(question: str) -> None:
    keys = ["residence-permit-skilled-work", rules.BLUE_CARD]
    assert _first(question, keys) == rules.BLUE_CARD


@pytest.mark.parametrize(
    "question",
    [
        "I have a job offer as an electrician, which residence permit do I need?",
        "the fee is 100 euro, how long is the skilled-work permit valid?",
        "Ich habe 10.000 Euro gespart, welche Aufenthaltserlaubnis als Fachkraft brauche ich?",
    ],
)
def test_no_salary_of_tens_of_thousands_keeps_the_skilled_work_permit(question: str) -> None:
    keys = ["residence-permit-skilled-work", rules.BLUE_CARD]
    assert _first(question, keys) == "residence-permit-skilled-work"
