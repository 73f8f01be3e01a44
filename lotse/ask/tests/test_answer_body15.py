"""Facts of the body or the processing time that got no answer (twenty-fifth session, lane
body15): how long until the result, how long the office needs, how long until something
happens to the asker are how long it takes, not a time limit. Questions written for these
tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.ask.answers import kinds
from lotse.core.models import City

pytestmark = pytest.mark.ranking

# A how-long word and the office's work awaited (a result, an answer, the office needing time,
# something happening "until"), no must, in the 12 languages: these were read as deadlines.
AWAITED = [
    "How long until a social worker sees me in the emergency shelter?",
    "How long does the office need for the recognition of my degree?",
    "Wie lange braucht das Amt für die Anerkennung meines Abschlusses?",
    "Wie lange bis zum Ergebnis beim Familiennachzug?",
    "Combien de temps met l'administration pour la reconnaissance de mon diplôme ?",
    "Combien de temps jusqu'au résultat du regroupement familial ?",
    "¿Cuánto tiempo hasta que me vea un trabajador social en el albergue?",
    "¿Cuánto tiempo hasta el resultado del reconocimiento de mi título?",
    "Tanınma sonucu ne kadar sürede çıkar?",
    "Ile czasu potrzebuje urząd na uznanie dyplomu?",
    "Jak długo do wyniku łączenia rodzin?",
    "Cât timp până la rezultatul recunoașterii diplomei?",
    "Сколько времени до результата по воссоединению семьи?",
    "Скільки часу до відповіді щодо визнання диплома?",
    "Колко време до резултата за признаване на дипломата?",
    "كم من الوقت حتى تصدر نتيجة معادلة الشهادة؟",
    "چه مدت تا نتیجه شناسایی مدرک؟",
]


@pytest.mark.parametrize("question", AWAITED)
def test_the_office_work_awaited_is_how_long_it_takes(question):
    assert kinds.classify(question) == "processing_time"


@pytest.mark.parametrize(
    "question",
    [
        # a must, a time one has, a time before an act, or a named time limit: by when
        "How long do I have until I must register?",
        "Wie lange habe ich bis zur Anmeldung Zeit?",
        "How long before the wedding must I register?",
        "Combien de temps avant le mariage faut-il s'inscrire ?",
        "Сколько времени до окончания срока подачи?",
        "How long is the answer deadline for the objection?",
        "How long is the answer period for the objection?",
    ],
)
def test_a_time_limit_stays_a_deadline(question):
    assert kinds.classify(question) == "deadline"


def _dortmund_fact(question: str, language: str) -> answers.Fact | None:
    city = City.objects.get(slug="dortmund")
    return selectors.search(city=city, query=question, limit=10, language=language).fact


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language", "service"),
    [
        (
            "How long until a social worker sees me in the emergency shelter?",
            "en",
            "homelessness-help",
        ),
        (
            "¿Cuánto tiempo hasta que me vea un trabajador social en el albergue?",
            "es",
            "homelessness-help",
        ),
        (
            "Wie lange braucht das Amt für die Anerkennung meines Abschlusses?",
            "de",
            "recognition-of-qualifications",
        ),
        (
            "Combien de temps met l'administration pour la reconnaissance de mon diplôme ?",
            "fr",
            "recognition-of-qualifications",
        ),
        ("Ile czasu potrzebuje urząd na uznanie dyplomu?", "pl", "recognition-of-qualifications"),
        (
            "Колко време до резултата за признаване на дипломата?",
            "bg",
            "recognition-of-qualifications",
        ),
        ("Сколько времени до результата по воссоединению семьи?", "ru", "family-reunification"),
        ("Wie lange bis zum Ergebnis beim Familiennachzug?", "de", "family-reunification"),
    ],
)
def test_the_processing_time_answers(question, language, service):
    fact = _dortmund_fact(question, language)
    assert fact is not None
    assert (fact.service, fact.module) == (service, "processing_time")


# Waiting for something of a service that states no processing time (the tax ID's letter): the
# deadlines' wait before one may ask again answers, in the 12 languages.
WAITING_FOR_THE_LETTER = [
    ("Wie lange muss ich auf den Brief mit der Steuer-ID warten?", "de"),
    ("How long should I wait for my tax ID letter?", "en"),
    ("Combien de temps dois-je attendre la lettre avec mon numéro fiscal ?", "fr"),
    ("¿Cuánto tiempo tengo que esperar la carta con mi número fiscal (Steuer-ID)?", "es"),
    ("Vergi numarası mektubunu ne kadar beklemem gerekiyor?", "tr"),
    ("Jak długo mam czekać na list z numerem podatkowym?", "pl"),
    ("Сколько ждать письмо с налоговым номером (Steuer-ID)?", "ru"),
    ("Скільки чекати лист з податковим номером?", "uk"),
    ("كم لازم أنتظر رسالة الرقم الضريبي؟", "ar"),
    ("شماره مالیاتی هنوز برام نیومده، چقدر باید صبر کنم؟", "fa"),
]


@pytest.mark.parametrize(
    "question",
    [q for q, _ in WAITING_FOR_THE_LETTER]
    + ["Cât timp trebuie să aștept scrisoarea?", "Колко да чакам писмото?"],
)
def test_waiting_is_read(question):
    assert kinds.asks_waiting(question)


@pytest.mark.parametrize(
    "question", ["How long does the recognition take?", "Wie lange dauert die Anmeldung?"]
)
def test_taking_is_no_waiting(question):
    assert not kinds.asks_waiting(question)


@pytest.mark.django_db
@pytest.mark.parametrize(("question", "language"), WAITING_FOR_THE_LETTER)
def test_the_wait_for_a_letter_is_told_by_the_deadlines(question, language):
    fact = _dortmund_fact(question, language)
    assert fact is not None
    assert (fact.service, fact.module) == ("tax-id", "deadlines")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language", "service"),
    [
        # a service that states its processing time keeps it
        ("Wie lange muss ich auf das Wohngeld warten?", "de", "housing-benefit"),
        (
            "Wie lange muss ich auf einen Termin für die Anmeldung warten?",
            "de",
            "residence-registration",
        ),
    ],
)
def test_a_stated_processing_time_still_answers_a_wait(question, language, service):
    fact = _dortmund_fact(question, language)
    assert fact is not None
    assert (fact.service, fact.module) == (service, "processing_time")


@pytest.mark.parametrize(
    "question",
    [
        "Jak długo czeka się na decyzję w sprawie Kindergeld?",
        "Wie lange muss ich auf den Bescheid warten?",
        "How long do I wait for a decision on child benefit?",
        "Сколько ждать решения по Kindergeld?",
    ],
)
def test_a_decision_waited_for_is_no_letter_waited_for(question):
    # the office's processing time, which a deadlines sentence does not tell
    assert not kinds.asks_waiting(question)
