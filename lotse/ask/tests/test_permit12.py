"""The permit or helpline asked, not its sibling (twenty-third session, lane permit12): a permit
question that names its purpose or its permit is answered from that permit's own sentence, not
the general extension's; a helpline question that names its emergency gets the number whose
sentence names that emergency. Questions and sentences written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers, rules, selectors
from lotse.ask.answers import kinds
from lotse.core.models import City

pytestmark = pytest.mark.ranking

STUDY = "residence-permit-study"
TRAINING = "residence-permit-training"
SELF_EMPLOYMENT = "residence-permit-self-employment"
BLUE_CARD = "eu-blue-card"

# (question, the permit it names), 12 languages
NAMED = [
    ("How much does it cost to extend my student residence permit?", STUDY),
    ("Was kostet die Verlängerung meiner Aufenthaltserlaubnis als Student?", STUDY),
    ("Combien coûte la prolongation de mon titre de séjour étudiant ?", STUDY),
    ("¿Cuánto cuesta prorrogar mi permiso de residencia de estudiante?", STUDY),
    ("Öğrenci oturum iznimi uzatmak ne kadar tutar?", STUDY),
    ("Ile kosztuje przedłużenie zezwolenia na pobyt dla studentów?", STUDY),
    ("Cât costă prelungirea permisului de ședere pentru studenți?", STUDY),
    ("Сколько стоит продление ВНЖ для студентов?", STUDY),
    ("Скільки коштує продовження посвідки на проживання для студентів?", STUDY),
    ("Колко струва удължаването на разрешението за пребиваване за студенти?", STUDY),
    ("كم تكلفة تمديد إقامة الطالب؟", STUDY),
    ("هزینه تمدید اقامت دانشجویی چقدر است؟", STUDY),
    ("Was kostet es, meine Aufenthaltserlaubnis für die Ausbildung zu verlängern?", TRAINING),
    ("How much does it cost to change my residence permit to self-employment?", SELF_EMPLOYMENT),
    ("I renewed my Blue Card, how long until the new card is printed?", BLUE_CARD),
    ("Przedłużyłem niebieską kartę, ile trwa wydanie nowej karty?", BLUE_CARD),
    ("Wie lange dauert der Druck der Karte für die Niederlassungserlaubnis?", rules.SETTLEMENT),
]


@pytest.mark.parametrize(("question", "key"), NAMED)
def test_a_permit_question_names_its_permit(question, key):
    assert rules.named_permit(question) == key


@pytest.mark.parametrize(
    "question",
    [
        # no permit named: studying or training itself
        "How much does studying in Dortmund cost?",
        "Wie lange dauert eine Ausbildung?",
        # two purposes, or a change of purpose to a job: the extension's change line
        "Tengo permiso de estudiante y encontré un trabajo cualificado, ¿cuánto cuesta cambiar?",
        "Ich wechsle den Aufenthaltszweck vom Studium zur Arbeit, was kostet das?",
        # "selbst" (myself) and the French "tu" name no purpose
        "Muss ich die Verlängerung meiner Aufenthaltserlaubnis selbst beantragen?",
        "Combien coûte la prolongation du titre de séjour si tu attends trop ?",
    ],
)
def test_no_one_permit_named(question):
    assert rules.named_permit(question) is None


def _fact(question: str) -> answers.Fact | None:
    city = City.objects.get(slug="dortmund")
    return selectors.search(city=city, query=question, limit=10).fact


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "key", "figure"),
    [
        # a student's extension: the study permit's "Extension of the residence permit 93
        # euros", not the general extension's first line (96 euros for up to three months)
        ("How much does it cost to extend my student residence permit?", STUDY, "93"),
        ("Ile kosztuje przedłużenie zezwolenia na pobyt dla studentów?", STUDY, "93"),
        ("Cât costă prelungirea permisului de ședere pentru studenți?", STUDY, "93"),
        ("Колко струва удължаването на разрешението за пребиваване за студенти?", STUDY, "93"),
        ("Сколько стоит продлить ВНЖ для учёбы?", STUDY, "93"),
        (
            "Я студентка, скільки треба заплатити, щоб продовжити посвідку на проживання?",
            STUDY,
            "93",
        ),
        # the extension line of the permit's own fees, not its first issue
        (
            "¿Cuánto cuesta renovar mi permiso de residencia para la formación profesional?",
            TRAINING,
            "93",
        ),
        ("Przedłużyłem niebieską kartę, ile trwa wydanie nowej karty?", BLUE_CARD, "6"),
    ],
)
def test_the_named_permit_answers(question, key, figure):
    fact = _fact(question)
    assert fact is not None and fact.service == key
    assert figure in fact.text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("There is a fire in my building, what number do I call?", "life"),
        ("Es brennt in unserem Haus, welche Nummer muss ich anrufen?", "life"),
        ("Il y a un incendie dans mon immeuble, quel numéro appeler ?", "life"),
        ("Hay un incendio en mi edificio, ¿a qué número llamo?", "life"),
        ("Binada yangın var, hangi numarayı aramalıyım?", "life"),
        ("W budynku jest pożar, pod jaki numer dzwonić?", "life"),
        ("E un incendiu în bloc, la ce număr sun?", "life"),
        ("В доме пожар, по какому номеру звонить?", "life"),
        ("У будинку пожежа, за яким номером дзвонити?", "life"),
        ("В сградата има пожар, на кой номер да се обадя?", "life"),
        ("في حريق في البناية، على أي رقم لازم اتصل؟", "life"),
        ("ساختمان ما آتش گرفته، به چه شماره‌ای زنگ بزنم؟", "life"),
        ("I feel really low at night, is there a number I can call?", "crisis"),
        ("Mir geht es nachts sehr schlecht und ich bin einsam, wen kann ich anrufen?", "crisis"),
        ("Je me sens très déprimé la nuit, quel numéro puis-je appeler ?", "crisis"),
        ("Me siento muy deprimida por la noche, ¿a qué número llamo?", "crisis"),
        ("Gece çok kötüyüm, konuşacak kimsem yok, hangi numarayı arayabilirim?", "crisis"),
        ("W nocy czuję się bardzo samotna i smutna, pod jaki numer zadzwonić?", "crisis"),
        ("Noaptea mă simt foarte trist, la ce număr pot suna?", "crisis"),
        ("Ночью мне очень плохо на душе, по какому номеру позвонить?", "crisis"),
        ("Вночі мені дуже важко на душі, за яким номером подзвонити?", "crisis"),
        ("През нощта ми е много тъжно и самотно, на кой номер да се обадя?", "crisis"),
        ("بحس بضيق نفسي بالليل، في رقم اقدر احكي فيه مع حدا؟", "crisis"),
        ("شب‌ها حالم خیلی بده و افسرده‌ام، به چه شماره‌ای زنگ بزنم؟", "crisis"),
    ],
)
def test_a_helpline_question_names_its_emergency(text, kind):
    assert kind in kinds.emergency_kinds(text)


def test_short_emergency_numbers_are_numbers_to_call():
    assert kinds.gives_number("112 is the emergency number for the fire brigade.")
    assert kinds.gives_number("Call the police on 110.")
    assert not kinds.gives_number("First issue 100 euros.")
    assert not kinds.gives_number("It costs 110 euros.")
    # a word that holds another kind's letters names nothing ("brauchen": "rauch", smoke)
    assert kinds.emergency_kinds("Frauen und Kinder, die Schutz brauchen.") == frozenset()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "number"),
    [
        # a fire: 112, not the medical on-call service's 116117, the text's first number
        ("There is a fire in my building, what number do I call?", "112"),
        ("Il y a un incendie dans mon immeuble, quel numéro appeler ?", "112"),
        ("W budynku jest pożar, pod jaki numer dzwonić?", "112"),
        ("В доме пожар, по какому номеру звонить?", "112"),
        ("У будинку пожежа, за яким номером дзвонити?", "112"),
        ("ساختمان ما آتش گرفته، به چه شماره‌ای زنگ بزنم؟", "112"),
        # a crisis at night: the Telefonseelsorge, wherever the routing put it among three
        ("I feel very bad at night and can't sleep, is there a number I can call?", "0800"),
        (
            "Mir geht es nachts sehr schlecht und ich bin einsam, welche Nummer kann ich anrufen?",
            "0800",
        ),
        ("Me siento muy deprimida por la noche, ¿hay un número al que pueda llamar?", "0800"),
        ("Noaptea mă simt foarte trist, la ce număr pot suna?", "0800"),
        ("Вночі мені дуже важко на душі, за яким номером можна подзвонити?", "0800"),
    ],
)
def test_the_number_for_the_emergency_named(question, number):
    fact = _fact(question)
    assert fact is not None and number in fact.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        # feeling low: no number of another emergency (the family doctor's 116117, a shelter's)
        "W nocy czuję się bardzo samotna i smutna, pod jaki numer mogę zadzwonić?",
        "Es brennt in unserem Haus, welche Nummer muss ich anrufen?",
    ],
)
def test_no_other_emergency_s_number(question):
    fact = _fact(question)
    assert fact is None or ("116117" not in fact.text and "800081" not in fact.text)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "number"),
    [
        # no emergency named: the line the question names, as before (not the police's 110
        # beside it, which the short numbers would otherwise let in)
        ("Какъв е номерът на горещата линия за жени, жертви на насилие у дома?", "116 016"),
        # a crime's victims: the victims' line, not the police (no kind of emergency)
        ("Is there a phone number I can call as a victim of a robbery?", "116 006"),
    ],
)
def test_a_line_named_without_an_emergency(question, number):
    fact = _fact(question)
    assert fact is not None and number in fact.text
