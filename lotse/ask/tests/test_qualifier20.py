"""Which of several values of one service (twenty-eighth session, lane qualifier20): the residence
permit or its card asked is not told by the visa's fee line beside it (an opportunity-card
holder asking what the residence title costs), and the lowest of several thresholds asked
("from which degree do I already get some compensations") is told the lowest one, not the
severe disability's 50. Questions written for these tests, 12 languages."""

from __future__ import annotations

import pytest

from lotse.ask.answers import kinds
from lotse.ask.answers.qualifiers import asked_qualifiers, held_qualifiers
from lotse.ask.tests.searching import ask

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]

# An opportunity-card holder asks what the residence permit or its card costs; the card's fees
# state the visa (75 euros) and the permit issued here (100 euros).
PERMIT_ASKED = [
    "Ich bin mit der Chancenkarte hier. Was kostet der Aufenthaltstitel?",
    "I'm here on the opportunity card. What does the residence card cost?",
    "Je suis ici avec la carte d'opportunité. Combien coûte le titre de séjour ?",
    "Estoy aquí con la tarjeta de oportunidades. ¿Cuánto cuesta la tarjeta de residencia?",
    "Fırsat kartı ile buradayım. Oturma kartı ne kadar?",
    "Jestem tu z kartą szans. Ile kosztuje karta pobytu?",
    "Sunt aici cu cartea de oportunități. Cât costă permisul de ședere?",
    "Я здесь по карте возможностей. Сколько стоит вид на жительство?",
    "Я тут з картою можливостей. Скільки коштує посвідка на проживання?",
    "Тук съм с картата за възможности. Колко струва разрешението за пребиваване?",
    "أنا هنا ببطاقة الفرص. كم تكلفة الإقامة؟",
    "من با کارت فرصت اینجا هستم. کارت اقامت چقدر هزینه دارد؟",
]


@pytest.mark.parametrize("question", PERMIT_ASKED)
def test_the_residence_permit_is_asked(question):
    asked = asked_qualifiers(question)
    assert "residence-permit" in asked
    assert "visa" not in asked


@pytest.mark.parametrize(
    "question",
    [
        "I have a residence permit. How much is family reunification?",
        "Ich habe eine Aufenthaltserlaubnis. Was kostet der Familiennachzug?",
        "J'ai un titre de séjour, combien coûte le regroupement familial ?",
        "Mam kartę pobytu, ile kosztuje łączenie rodzin?",
        "عندي إقامة، كم تكلفة لم الشمل؟",
        "من اقامت دارم، هزینه پیوستن خانواده چقدر است؟",
    ],
)
def test_a_permit_the_asker_holds_is_not_asked(question):
    assert "residence-permit" not in asked_qualifiers(question)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Visum kostet 75 Euro (§ 46 AufenthV).",
        "The visa costs 75 euros (section 46 AufenthV).",
        "Визата струва 75 евро (§ 46 AufenthV).",
        "ویزا 75 یورو هزینه دارد (§ 46 AufenthV).",
    ],
)
def test_the_visa_line_holds_no_permit(sentence):
    held = held_qualifiers(sentence)
    assert "visa" in held
    assert "residence-permit" not in held


@pytest.mark.parametrize("question", PERMIT_ASKED)
def test_the_permit_asked_is_not_told_the_visa_fee(question):
    answer = ask(question)
    fact = answer.fact
    if fact is None or fact.service != "opportunity-card":
        # routed elsewhere (ru, uk, bg: the card's words name the lost documents or the permits)
        return
    assert "100" in fact.text, (question, fact.text)
    assert "75" not in fact.text, (question, fact.text)


@pytest.mark.parametrize(
    "question",
    [
        "Was kostet der Aufenthaltstitel als Blaue Karte EU?",
        "How much does the residence permit for the EU Blue Card cost?",
    ],
)
def test_a_module_without_the_permit_word_still_answers(question):
    # the Blue Card's lines name no residence permit ("First issue of the EU Blue Card 100
    # euros … The visa at the mission costs 75 euros"): the visa's line does not answer, the
    # module's other lines still do
    fact = ask(question).fact
    assert fact is not None, question
    assert fact.service == "eu-blue-card" and "75" not in fact.text, (question, fact.text)


@pytest.mark.parametrize(
    "question",
    [
        "Wenn ich ohne Visum eingereist bin, wie viel Zeit habe ich für den Antrag auf den "
        "Aufenthaltstitel?",
        "I'm American and came in without a visa. How many days do I have to apply for my "
        "residence permit?",
    ],
)
def test_the_permit_is_read_in_fee_questions_only(question):
    # a visa-free entry's time to apply is told by the visa's own sentence ("If you enter
    # without a visa …, you must apply within 90 days")
    fact = ask(question).fact
    assert fact is not None, question
    assert fact.service == "visa-national" and "90" in fact.text, (question, fact.text)


# The lowest of several thresholds asked ("already", "some"): the disability support states
# compensations from a GdB of 20 and the severe disability from 50.
LOWEST_TIER = [
    "Ab welchem Grad der Behinderung bekomme ich schon einige Nachteilsausgleiche?",
    "From which degree of disability do I already get some compensations?",
    "À partir de quel degré de handicap ai-je déjà droit à certaines compensations ?",
    "¿A partir de qué grado de discapacidad recibo ya algunas compensaciones?",
    "Od jakiego stopnia niepełnosprawności przysługują mi już pewne ulgi?",
    "De la ce grad de handicap primesc deja unele compensații?",
    "С какой степени инвалидности уже положены некоторые льготы?",
    "З якого ступеня інвалідності вже є певні пільги?",
    "От каква степен на увреждане получавам вече някои облекчения?",
    "من أي درجة إعاقة أحصل بالفعل على بعض التعويضات؟",
    "از چه درجه معلولیتی برخی امتیازات را می‌گیرم؟",
]


@pytest.mark.parametrize("question", LOWEST_TIER)
def test_the_lowest_tier_is_asked(question):
    assert "lowest-tier" in asked_qualifiers(question)


@pytest.mark.parametrize(
    "question",
    [
        "I already live here with another visa. How much does the switch cost?",
        "Ich habe schon einen Termin, welche Unterlagen brauche ich?",
        "Уже есть ВНЖ, сколько стоит продление?",
    ],
)
def test_already_outside_a_threshold_asks_no_tier(question):
    assert "lowest-tier" not in asked_qualifiers(question)


@pytest.mark.parametrize("question", LOWEST_TIER)
def test_the_lowest_tier_is_told_the_lowest_threshold(question):
    fact = ask(question).fact
    assert fact is not None, question
    assert "20" in fact.text and "50" not in fact.text, (question, fact.text)


@pytest.mark.parametrize(
    "question",
    [
        "Ab welchem GdB gilt man als schwerbehindert?",
        "From which degree of disability do I get the severe disability pass?",
        "З якого ступеня інвалідності видають посвідчення?",
    ],
)
def test_a_named_higher_threshold_keeps_its_own(question):
    fact = ask(question).fact
    assert fact is not None, question
    assert "50" in fact.text, (question, fact.text)


@pytest.mark.parametrize(
    "sentence",
    [
        "ومن درجة 20 توجد بالفعل تعويضات عن الأضرار (Nachteilsausgleiche).",
        "من درجة 50 تُعتبر من ذوي الإعاقة الشديدة.",
    ],
)
def test_the_arabic_from_word_with_and_states_a_threshold(sentence):
    assert "threshold" in kinds.stated_quantities(sentence)
