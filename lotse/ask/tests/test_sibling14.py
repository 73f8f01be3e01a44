"""The fact of the service asked, not of its sibling (twenty-fifth session, lane sibling14): a
question that names one service of a sibling group by its own thing (the health insurance beside
the pension insurance, the unemployment benefit beside the basic income, a language course
beside the integration course, primary school beside school enrolment, the self-employment
permit beside the business registration) is not answered by the sibling's sentence; a question
that names the permit held and the permit applied for asks of the one applied for. Questions
written for these tests."""

from __future__ import annotations

import re

import pytest

from lotse.ask import answers, rules, selectors
from lotse.core.models import City

pytestmark = pytest.mark.ranking

HEALTH = "health-insurance"
PENSION = "pension-insurance"
UNEMPLOYMENT = "unemployment-benefit"
BASIC_INCOME = "basic-income-support"
LANGUAGE_COURSE = "language-course"
INTEGRATION = "integration-course"
SCHOOL_TYPES = "school-types-nrw"
ENROLMENT = "school-enrolment"
SELF_EMPLOYMENT = "residence-permit-self-employment"
SKILLED_WORK = "residence-permit-skilled-work"
BLUE_CARD = "eu-blue-card"


# (question, the service whose fact it got, the sibling it names)
NAMED = [
    # the health insurance's rate, 12 languages
    ("Wie hoch ist der Beitragssatz der Krankenversicherung?", PENSION, HEALTH),
    ("What is the contribution rate for health insurance?", PENSION, HEALTH),
    ("Quel est le taux de cotisation de l'assurance maladie ?", PENSION, HEALTH),
    ("¿Cuál es la cotización del seguro médico?", PENSION, HEALTH),
    ("Sağlık sigortası prim oranı ne kadar?", PENSION, HEALTH),
    ("Ile wynosi składka zdrowotna?", PENSION, HEALTH),
    ("Cât este contribuția la asigurarea de sănătate?", PENSION, HEALTH),
    ("Сколько процентов составляет взнос в больничную кассу?", PENSION, HEALTH),
    ("Який внесок на медичне страхування?", PENSION, HEALTH),
    ("Колко е вноската за здравно осигуряване?", PENSION, HEALTH),
    ("كم نسبة اشتراك التأمين الصحي من الراتب؟", PENSION, HEALTH),
    ("نرخ حق بیمه درمانی چقدر است؟", PENSION, HEALTH),
    # and the pension insurance's
    ("Wie hoch ist der Beitrag zur Rentenversicherung?", HEALTH, PENSION),
    ("Quel est le taux de cotisation retraite ?", HEALTH, PENSION),
    ("Emeklilik sigortası primi yüzde kaç?", HEALTH, PENSION),
    ("نرخ حق بیمه بازنشستگی چقدر است؟", HEALTH, PENSION),
    # the unemployment benefit and the basic income
    ("Wie lange bekomme ich höchstens Arbeitslosengeld?", BASIC_INCOME, UNEMPLOYMENT),
    ("¿Cuánto tiempo como máximo se cobra el paro?", BASIC_INCOME, UNEMPLOYMENT),
    ("Jak długo maksymalnie można dostawać zasiłek dla bezrobotnych?", BASIC_INCOME, UNEMPLOYMENT),
    ("ما هي أطول مدة لإعانة البطالة؟", BASIC_INCOME, UNEMPLOYMENT),
    ("Wie lange bekommt man Bürgergeld?", UNEMPLOYMENT, BASIC_INCOME),
    ("Wie viel ist Arbeitslosengeld 2?", UNEMPLOYMENT, BASIC_INCOME),
    # a language course and the integration course
    ("How much does one module of the language course cost?", INTEGRATION, LANGUAGE_COURSE),
    ("Сколько стоит один модуль языкового курса?", INTEGRATION, LANGUAGE_COURSE),
    ("Was kostet ein Modul im Integrationskurs?", LANGUAGE_COURSE, INTEGRATION),
    # primary school, not school enrolment
    ("Wie viele Jahre dauert die Grundschule?", ENROLMENT, SCHOOL_TYPES),
    ("Колко години е началното училище?", ENROLMENT, SCHOOL_TYPES),
    ("المدرسة الابتدائية كم سنة؟", ENROLMENT, SCHOOL_TYPES),
    # the self-employment permit beside a business
    (
        "سأسجل نشاطي التجاري كعامل حر، كم رسوم تصريح الإقامة؟",
        "business-registration",
        SELF_EMPLOYMENT,
    ),
    (
        "Quiero abrir mi empresa, ¿cuánto cuesta el permiso de residencia?",
        "self-employment-advice",
        SELF_EMPLOYMENT,
    ),
]


@pytest.mark.parametrize(("question", "service", "key"), NAMED)
def test_a_question_names_one_sibling(question, service, key):
    assert rules.named_sibling(question, service) == key


@pytest.mark.parametrize(
    ("question", "service"),
    [
        # both siblings named: neither is the asked one by its name
        ("Muss ich als Rentner noch Krankenversicherung zahlen?", PENSION),
        ("Wie lange bekomme ich Arbeitslosengeld, bevor ich Bürgergeld bekomme?", BASIC_INCOME),
        ("Ist der Sprachkurs im Integrationskurs enthalten?", INTEGRATION),
        ("Wann melde ich mein Kind an der Grundschule an?", ENROLMENT),
        ("Ab welchem Alter kommt mein Kind in die Grundschule?", ENROLMENT),
        # school enrolment's words name no enrolment over primary school's facts
        ("Welche Unterlagen brauche ich für die Anmeldung an der Schule?", SCHOOL_TYPES),
        # a permit already held beside the business: the business's own matter
        (
            "Ya tengo permiso de residencia, ¿cuánto cuesta registrar mi negocio?",
            "business-registration",
        ),
        # another group's word: the fact's own group decides
        ("Wie viele Jahre dauert die Grundschule?", PENSION),
        # none of the group
        ("Wie viel kostet das Deutschlandticket?", HEALTH),
    ],
)
def test_no_one_sibling_named(question, service):
    assert rules.named_sibling(question, service) is None


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("Tengo la tarjeta azul y pedí la residencia permanente, ¿cuánto tarda la tarjeta?", None),
        (
            "I finished my studies and found a job; how long is the card for the skilled worker permit?",
            None,
        ),
    ],
)
def test_two_permits_named_read_no_one_permit(question, key):
    # the rule of the twenty-third session stays: two permits are no one permit named
    assert rules.named_permit(question) is key


@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "Tengo la tarjeta azul y pedí la residencia permanente, ¿cuánto tarda la tarjeta?",
            rules.SETTLEMENT,
        ),
        ("У меня голубая карта, подал на бессрочный ВНЖ, сколько делают карту?", rules.SETTLEMENT),
        (
            "عندي البطاقة الزرقاء وقدمت على الإقامة الدائمة، كم يستغرق إصدار البطاقة؟",
            rules.SETTLEMENT,
        ),
        (
            "Mavi kartım var, süresiz oturum için başvurdum, kart ne kadar sürede basılır?",
            rules.SETTLEMENT,
        ),
        (
            "I finished my studies and found a job; how long is the card for the skilled worker permit?",
            SKILLED_WORK,
        ),
        (
            "Skończyłem studia, ile trwa wyrobienie karty pobytowej dla wykwalifikowanego pracownika?",
            SKILLED_WORK,
        ),
        ("كم تكلفة أول إقامة عمل للعمالة الماهرة؟", SKILLED_WORK),
    ],
)
def test_the_permit_moved_to(question, key):
    assert rules.permit_moved_to(question) == key


@pytest.mark.parametrize(
    "question",
    [
        # one permit only, or the Blue Card beside the skilled worker: no move to read
        "Wie lange dauert die Herstellung der Karte für die Niederlassungserlaubnis?",
        "Ich habe die Blaue Karte und möchte die Aufenthaltserlaubnis als Fachkraft, was kostet das?",
        "Tengo la tarjeta azul y un trabajo cualificado, ¿cuánto tarda la tarjeta?",
        # a change of purpose is the extension's matter
        "Ich wechsle vom Studium zur Niederlassungserlaubnis, was kostet der Wechsel des Aufenthaltszwecks?",
    ],
)
def test_no_permit_moved_to(question):
    assert rules.permit_moved_to(question) is None


def _fact(question: str) -> answers.Fact | None:
    city = City.objects.get(slug="dortmund")
    return selectors.search(city=city, query=question, limit=10).fact


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "key", "figure"),
    [
        # routed to the pension insurance, which told its 18.6 %
        ("What is the contribution rate for health insurance?", HEALTH, "14.6"),
        # the Blue Card routed first told its own card time
        (
            "Tengo la tarjeta azul y pedí la residencia permanente, ¿cuánto tarda la tarjeta?",
            rules.SETTLEMENT,
            "6",
        ),
        (
            "عندي البطاقة الزرقاء وقدمت على الإقامة الدائمة، كم يستغرق إصدار البطاقة؟",
            rules.SETTLEMENT,
            "6",
        ),
        (
            "У меня голубая карта, подал на бессрочный ВНЖ, сколько делают карту?",
            rules.SETTLEMENT,
            "6",
        ),
        # routed to the business registration, which told its 26 euros
        ("سأسجل نشاطي التجاري كعامل حر، كم رسوم تصريح الإقامة؟", SELF_EMPLOYMENT, "100"),
    ],
)
def test_the_named_sibling_answers(question, key, figure):
    fact = _fact(question)
    assert fact is not None
    assert fact.service == key
    # the figure as a number of its own, not a digit inside "16" or "2026"
    assert re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d.,]?\d)", fact.text)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        # the Blue Card's "apply before your visa expires" was told for the settlement card
        "Ich habe eine Blaue Karte und jetzt die Niederlassungserlaubnis beantragt. Wie lange dauert die Karte?",
        "J'ai une carte bleue et j'ai demandé le titre de séjour permanent, combien de temps pour la carte ?",
    ],
)
def test_no_blue_card_sentence_for_the_settlement_permit(question):
    fact = _fact(question)
    assert fact is None or fact.service != BLUE_CARD


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "key", "figure"),
    [
        # the siblings asked keep their own answers
        ("Wie hoch ist der Beitrag zur Rentenversicherung?", PENSION, "18,6"),
        ("Quel est le taux de cotisation retraite ?", PENSION, "18,6"),
        ("Wie hoch ist der Beitragssatz der Krankenversicherung?", HEALTH, "14,6"),
        ("Was kostet die Gewerbeanmeldung?", "business-registration", "26"),
        (
            "With a Blue Card, after how many months can I apply for the settlement permit?",
            BLUE_CARD,
            "21",
        ),
        (
            "Was kostet die Niederlassungserlaubnis, wenn ich eine Blaue Karte habe?",
            rules.SETTLEMENT,
            "113",
        ),
    ],
)
def test_the_sibling_asked_keeps_its_answer(question, key, figure):
    fact = _fact(question)
    assert fact is not None
    assert fact.service == key
    # the figure as a number of its own, not a digit inside "16" or "2026"
    assert re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d.,]?\d)", fact.text)
