"""Factual questions the right service could answer but did not (twenty-second session, lane
none10): what happens when a duty is missed, done late or not at all, asks the penalty, in
the 12 languages. Questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.ask.answers import kinds
from lotse.ask.tests.searching import REGRESSED_BY_FUSION
from lotse.core.models import City

pytestmark = pytest.mark.ranking

# (question, language): a what-happens phrase and a duty done late, not done, or forgotten
CONSEQUENCES = [
    ("What happens if I register my new flat too late?", "en"),
    ("What happens if I don't register my business before I start?", "en"),
    ("What happens if I forget to register the dog?", "en"),
    ("Was passiert, wenn ich mich zu spät in der neuen Wohnung anmelde?", "de"),
    ("Was passiert, wenn ich mein Gewerbe nicht anmelde?", "de"),
    ("Welche Folgen hat es, wenn ich die Geburt zu spät melde?", "de"),
    ("Que se passe-t-il si je déclare mon nouveau logement trop tard ?", "fr"),
    ("Qu'est-ce qui se passe si je ne déclare pas mon activité commerciale ?", "fr"),
    ("Qu'est-ce qui arrive si j'oublie de déclarer mon chien ?", "fr"),
    ("¿Qué pasa si empadrono mi piso nuevo tarde?", "es"),
    ("¿Qué pasa si no registro mi negocio antes de empezar?", "es"),
    ("¿Qué ocurre si me inscribo tarde como demandante de empleo?", "es"),
    ("Yeni evimin kaydını geç yaptırırsam ne olur?", "tr"),
    ("İşyerimi kaydettirmezsem ne olur?", "tr"),
    ("Köpeği kaydettirmeyi unutursam ne olur?", "tr"),
    ("Co się stanie, jeśli za późno zamelduję się w nowym mieszkaniu?", "pl"),
    ("Co będzie, jeśli nie zarejestruję działalności gospodarczej?", "pl"),
    ("Co się stanie, jeśli zapomnę zgłosić psa?", "pl"),
    ("Ce se întâmplă dacă îmi înregistrez prea târziu locuința nouă?", "ro"),
    ("Ce se întâmplă dacă nu înregistrez afacerea înainte să încep?", "ro"),
    ("Ce se întâmplă dacă uit să înregistrez câinele?", "ro"),
    ("Что будет, если я поздно зарегистрируюсь в новой квартире?", "ru"),
    ("Что будет, если не зарегистрировать бизнес (Gewerbe)?", "ru"),
    ("Что будет, если я забуду зарегистрировать собаку?", "ru"),
    ("Що буде, якщо я запізнюся з реєстрацією нової квартири?", "uk"),
    ("Що станеться, якщо не зареєструвати свою справу (Gewerbe)?", "uk"),
    ("Що буде, якщо я забуду зареєструвати собаку?", "uk"),
    ("Какво ще стане, ако регистрирам новото жилище късно?", "bg"),
    ("Какво става, ако не регистрирам търговската си дейност (Gewerbe)?", "bg"),
    ("Какво става, ако забравя да регистрирам кучето?", "bg"),
    ("شو بصير إذا سجلت السكن الجديد متأخر؟", "ar"),
    ("ماذا يحدث إذا لم أسجل النشاط التجاري (Gewerbe)؟", "ar"),
    ("شو بيصير إذا نسيت سجل الكلب؟", "ar"),
    ("اگه ثبت محل سکونت جدید رو دیر انجام بدم چی میشه؟", "fa"),
    ("اگر کسب‌وکارم (Gewerbe) را ثبت نکنم چه اتفاقی می‌افتد؟", "fa"),
    ("اگه یادم بره سگ رو ثبت کنم چی میشه؟", "fa"),
]


@pytest.mark.parametrize(("question", "language"), CONSEQUENCES)
def test_what_happens_when_a_duty_is_missed_asks_the_penalty(question, language):
    assert kinds.asks_consequence(question)
    assert kinds.asked_quantity(question) == "penalty"
    # with no other type word, what missing a time limit costs: a deadline question
    assert kinds.classify(question) == "deadline"


@pytest.mark.parametrize(
    ("missed", "question"),
    [
        # nothing missed: what comes next, or a change of one's situation (beside a question
        # of the same language that misses a duty)
        ("What happens if I forget to register the dog?", "What happens after I register my flat?"),
        ("Was passiert, wenn ich mein Gewerbe nicht anmelde?", "Was passiert nach der Anmeldung?"),
        (
            "Que se passe-t-il si je déclare mon nouveau logement trop tard ?",
            "Que se passe-t-il après le dépôt de la demande ?",
        ),
        (
            "Ce se întâmplă dacă uit să înregistrez câinele?",
            "Ce se întâmplă cu dosarul meu dacă mă mut?",
        ),
        (
            "Что будет, если я забуду зарегистрировать собаку?",
            "Что будет с моим пособием, если я перееду?",
        ),
        ("İşyerimi kaydettirmezsem ne olur?", "Başvurudan sonra ne olur?"),
        ("اگه یادم بره سگ رو ثبت کنم چی میشه؟", "بعد از ثبت‌نام چی میشه؟"),
        ("شو بيصير إذا نسيت سجل الكلب؟", "شو بصير بعد ما سجلت؟"),
        # a duty missed, but no consequence asked: the time limit
        (
            "Welche Folgen hat es, wenn ich die Geburt zu spät melde?",
            "Bis wann muss ich mich anmelden, wenn ich es nicht sofort schaffe?",
        ),
        ("What happens if I register my new flat too late?", "Is it too late to register now?"),
    ],
)
def test_no_consequence_asked_without_a_duty_missed(missed, question):
    assert kinds.asked_quantity(missed) == "penalty"
    assert not kinds.asks_consequence(question)
    assert kinds.asked_quantity(question) != "penalty"


def _dortmund_fact(question: str, language: str) -> answers.Fact | None:
    city = City.objects.get(slug="dortmund")
    return selectors.search(city=city, query=question, limit=10, language=language).fact


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language", "service"),
    [
        ("What happens if I register my new flat too late?", "en", "residence-registration"),
        ("Was passiert, wenn ich mein Gewerbe nicht anmelde?", "de", "business-registration"),
        (
            "Was passiert, wenn ich mich zu spät arbeitsuchend melde?",
            "de",
            "job-seeker-registration",
        ),
        ("¿Qué pasa si empadrono mi piso nuevo tarde?", "es", "residence-registration"),
        pytest.param(
            "Yeni evimin kaydını geç yaptırırsam ne olur?",
            "tr",
            "residence-registration",
            marks=REGRESSED_BY_FUSION,
        ),
        (
            "Co będzie, jeśli nie zarejestruję działalności gospodarczej?",
            "pl",
            "business-registration",
        ),
        (
            "Ce se întâmplă dacă mă înregistrez prea târziu ca persoană în căutarea unui loc de "
            "muncă?",
            "ro",
            "job-seeker-registration",
        ),
        ("Что будет, если не зарегистрировать бизнес (Gewerbe)?", "ru", "business-registration"),
        (
            "Що буде, якщо я запізнюся з реєстрацією нової квартири?",
            "uk",
            "residence-registration",
        ),
        (
            "Какво ще стане, ако се регистрирам късно като търсещ работа?",
            "bg",
            "job-seeker-registration",
        ),
        ("ماذا يحدث إذا لم أسجل النشاط التجاري (Gewerbe)؟", "ar", "business-registration"),
        (
            "اگر کسب‌وکارم (Gewerbe) را ثبت نکنم چه اتفاقی می‌افتد؟",
            "fa",
            "business-registration",
        ),
    ],
)
def test_the_consequence_is_told_by_the_sentence_that_names_the_penalty(
    question, language, service
):
    # not the time limit ("Within two weeks after moving in.", "You must register the trade
    # at the same time as you start"): the fine or the blocking period
    fact = _dortmund_fact(question, language)
    assert fact is not None and fact.service == service
    assert "penalty" in kinds.stated_quantities(fact.text.casefold())


@pytest.mark.parametrize(
    "question",
    [
        # how long one may go on doing something: a period held or allowed
        "Wie lange darf man mit dem ausländischen Führerschein fahren?",
        "Combien de temps puis-je conduire avec mon permis étranger ?",
        "Je peux rester combien de temps sans visa ?",
        "Pendant combien de temps peut-on travailler avec ce titre ?",
        "¿Cuánto tiempo se puede conducir con una licencia extranjera?",
        "Ne kadar süre burada çalışabilirim?",
        "Jak długo można jeździć na zagranicznym prawie jazdy?",
        "Cât timp se poate conduce cu permisul străin?",
        "Сколько времени можно ездить с иностранными правами?",
        "Как долго я могу оставаться без визы?",
        "Скільки часу можна їздити з іноземними правами?",
        "Скільки часу я можу працювати з цим дозволом?",
        "Як довго я можу залишатися без візи?",
        "كم من الوقت يمكنني القيادة برخصتي الأجنبية؟",
        "لمتى بقدر سوق بالشهادة الأجنبية؟",
        "تا کی میتونم با گواهینامه خارجی رانندگی کنم؟",
        "چه مدت می‌تونم بدون ویزا بمونم؟",
    ],
)
def test_how_long_one_may_go_on_asks_the_period_held(question):
    assert kinds.classify(question) == "validity"


@pytest.mark.parametrize(
    ("allowed", "question"),
    [
        # waiting, taking, or within / after how long: how long it takes (beside a question of
        # the same language that asks how long one may go on)
        (
            "Сколько времени можно ездить с иностранными правами?",
            "Сколько времени можно ждать ответа?",
        ),
        (
            "Скільки часу можна їздити з іноземними правами?",
            "Скільки часу можна чекати на відповідь?",
        ),
        (
            "Combien de temps puis-je conduire avec mon permis étranger ?",
            "Combien de temps peut-on attendre la réponse ?",
        ),
        (
            "Je peux rester combien de temps sans visa ?",
            "En combien de temps on peut avoir un rendez-vous ?",
        ),
        (
            "Pendant combien de temps peut-on travailler avec ce titre ?",
            "Dans combien de temps je peux recevoir la carte ?",
        ),
        (
            "Combien de temps puis-je conduire avec mon permis étranger ?",
            "Je peux savoir combien de temps prend la procédure ?",
        ),
        ("Как долго я могу оставаться без визы?", "За сколько времени можно получить карту?"),
        ("Скільки часу я можу працювати з цим дозволом?", "За скільки часу можна отримати картку?"),
        (
            "Jak długo można jeździć na zagranicznym prawie jazdy?",
            "Jak długo można czekać na decyzję?",
        ),
        ("Ne kadar süre burada çalışabilirim?", "Ne kadar süre beklemem gerekiyor?"),
        (
            "كم من الوقت يمكنني القيادة برخصتي الأجنبية؟",
            "بعد كم من الوقت يمكنني التقديم مرة ثانية؟",
        ),
    ],
)
def test_a_wait_stays_how_long_it_takes(allowed, question):
    assert kinds.classify(allowed) == "validity"
    assert kinds.classify(question) == "processing_time"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Combien de temps puis-je conduire avec mon permis étranger ?", "fr"),
        ("Сколько времени можно ездить с иностранными правами после переезда?", "ru"),
        ("Скільки часу можна їздити з іноземними правами після переїзду?", "uk"),
        ("كم من الوقت يمكنني القيادة برخصتي الأجنبية؟", "ar"),
    ],
)
def test_how_long_one_may_drive_is_told_by_the_period_allowed(question, language):
    # read as a processing time, the question got no answer: the licence's six months do
    fact = _dortmund_fact(question, language)
    assert fact is not None and fact.service == "driving-licence-conversion"
    assert "duration" in kinds.stated_quantities(fact.text.casefold())
