"""A time asked is told a sentence that states one; a call asked with a conjugated verb is a
phone question (twenty-eighth session, round two, lane agree21).

(1) A deadline, processing-time or validity question told a sentence of the deadlines or
processing time that states no time ("Die Fristen hängen vom Studiengang ab", "This depends on
the mission", "Apply early") is told the module's next sentence that states one with a figure
(a date, a day of the week, a time of day, a span, a number); a module with nothing better keeps
its sentence, and an honest figureless time (none, at any time, before an event, at once, not
retroactively) is kept. (2) "Wen rufe ich an …?", "¿A quién llamo …?", "kimi arayabilirim",
"بمن أتصل" ask a number to call; one's name ("me llamo", "je m'appelle") and a call received
("Wer ruft mich an?", "beni kim aradı") do not. Questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask.answers import kinds
from lotse.ask.tests.searching import ask

pytestmark = pytest.mark.ranking

# --- (1) the told time ------------------------------------------------------------------------

# The university's deadlines: "The deadlines depend on the programme." (or "Apply early.") was
# told, while the next sentence gives 15 January / 15 July.
UNIVERSITY_DEADLINE = [
    ("de", "Bis wann muss ich mich an der TU Dortmund bewerben?"),
    ("fr", "Jusqu'à quand puis-je candidater à la TU Dortmund ?"),
    ("es", "¿Hasta cuándo puedo presentar la solicitud en la TU Dortmund?"),
    ("pl", "Do kiedy mogę składać wniosek na TU Dortmund?"),
    ("ru", "До какого срока можно подать заявку в TU Dortmund?"),
    ("uk", "До якого терміну можна подати заявку до TU Dortmund?"),
    ("bg", "До кога мога да кандидатствам в TU Dortmund?"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "question"), UNIVERSITY_DEADLINE)
def test_a_deadline_is_told_the_sentence_with_the_date(language, question):
    fact = ask(question).fact
    assert fact is not None, question
    assert (fact.service, fact.module) == ("university-admission", "deadlines"), question
    assert "15" in fact.text, (question, fact.text)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "Welche Fristen gelten beim beschleunigten Fachkräfteverfahren?",
        "در روند سریع نیروی کار متخصص چه مهلت‌هایی وجود دارد؟",
    ],
)
def test_time_limits_asked_are_told_with_their_span(question):
    # "The law sets short time limits." states none; the next sentence counts two months
    fact = ask(question).fact
    assert fact is not None, question
    assert fact.module == "deadlines", question
    assert kinds.tells_time(fact.text), (question, fact.text)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "held"),
    [
        # the module states no time with a figure: its sentence is kept, not none
        ("Bis wann muss ich mich für den Integrationskurs anmelden?", "zeitnah"),
        # an honest time without a figure is kept beside a sentence with one
        ("By when must I apply for the EU Blue Card?", "before your visa expires"),
        ("Bis wann muss ich mich für eine Ausbildung bewerben?", "keine feste"),
    ],
)
def test_a_sentence_without_a_figure_is_kept_when_nothing_better_or_honest(question, held):
    fact = ask(question).fact
    assert fact is not None, question
    assert held in fact.text, (question, fact.text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Fristen hängen vom Studiengang ab.",
        "Deadlines depend on the programme.",
        "Les délais dépendent de la formation.",
        "Los plazos dependen de la carrera.",
        "Süreler bölüme göre değişir.",
        "Terminy zależą od kierunku.",
        "Termenele depind de program.",
        "Сроки зависят от программы.",
        "Строки залежать від програми.",
        "Сроковете зависят от специалността.",
        "المواعيد تختلف حسب التخصص.",
        "مهلت‌ها به رشته بستگی دارد.",
        "Das Gesetz sieht kurze Fristen vor.",
        "Das hängt von der Auslandsvertretung ab.",
        "Die Karte wird in der Bundesdruckerei hergestellt.",
        # early or as soon as possible: a figure tells it better
        "Bewerben Sie sich früh.",
        "Apply as early as possible.",
        "Preséntela lo antes posible.",
        "Подайте заявлението възможно най-рано.",
        "Дозвіл діє лише обмежений час.",
    ],
)
def test_a_sentence_that_only_speaks_of_the_time_states_none(sentence):
    assert not kinds.states_time(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Keine.",
        "Es gibt keine feste Frist.",
        "There is usually no fixed application deadline.",
        "Il n'y a pas de délai.",
        "Sabit bir başvuru süresi yoktur.",
        "Niciunul.",
        "لا توجد مهلة ثابتة.",
        "You can apply at any time.",
        "Apply for the Blue Card before your visa expires.",
        "Mavi Kart'a vizenizin süresi dolmadan başvurun.",
        "Proszę złożyć wniosek, zanim wygaśnie wiza.",
        "Подайте заявление до истечения срока действия визы.",
        "Gehen Sie sofort zur Beratung.",
        "سجّل الشقة فور انتقالك إليها.",
        "Arbeitslosengeld wird nicht rückwirkend gezahlt.",
        "Melden Sie die Änderung unverzüglich.",
    ],
)
def test_an_honest_time_without_a_figure_is_stated(sentence):
    assert kinds.states_time(sentence)
    assert not kinds.tells_time(sentence)


@pytest.mark.parametrize(
    ("sentence", "tells"),
    [
        ("An der TU Dortmund endet die Bewerbung am 15. Januar.", True),
        ("Die Beratung ist montags und donnerstags.", True),
        ("Sperrmüll muss bis 7 Uhr draußen stehen.", True),
        ("Das dauert in der Regel sechs Wochen.", True),
        ("Le dépôt se fait le mardi.", True),
        ("Запис відбувається у середу.", True),
        ("Bewerben Sie sich früh.", False),
        ("Дозвіл діє лише обмежений час.", False),
    ],
)
def test_a_time_with_a_figure(sentence, tells):
    assert kinds.tells_time(sentence) is tells


@pytest.mark.parametrize(
    ("kind", "question", "asked"),
    [
        ("deadline", "Bis wann muss ich mich anmelden?", True),
        ("processing_time", "Wie lange dauert das Visum?", True),
        ("validity", "Wie lange gilt die Chancenkarte?", True),
        # another quantity asked (a penalty, an age) is told by its own kind of sentence
        ("deadline", "Was passiert, wenn ich mich zu spät anmelde?", False),
        ("deadline", "Bis zu welchem Alter muss ich mein Kind anmelden?", False),
        ("cost", "Was kostet das Visum?", False),
    ],
)
def test_which_questions_ask_a_stated_time(kind, question, asked):
    assert kinds.asks_time_stated(kind, question) is asked


# --- (2) the call asked with a conjugated verb ----------------------------------------------------

CALL_ASKED = [
    "Wen rufe ich an, wenn die Apotheke geschlossen ist?",
    "Wo rufe ich am Wochenende an, wenn mein Kind krank ist?",
    "Qui j'appelle si la pharmacie est fermée ?",
    "¿A quién llamo si la farmacia está cerrada?",
    "¿A quién llamamos de noche si el niño tiene fiebre?",
    "Eczane kapalıysa kimi arayabilirim?",
    "Gece çocuğum hastalanırsa kimi aramalıyım?",
    "Pe cine sunăm dacă farmacia e închisă?",
    "بمن أتصل إذا كانت الصيدلية مغلقة؟",
    "بمن نتصل في الليل إذا مرض الطفل؟",
]


@pytest.mark.parametrize("question", CALL_ASKED)
def test_a_call_asked_with_a_conjugated_verb_is_a_phone_question(question):
    assert kinds.classify(question) == "phone"


@pytest.mark.parametrize(
    "question",
    [
        # the languages whose call verbs were read already stay phone questions
        "Who do I call if the pharmacy is closed?",
        "Do kogo dzwonię, gdy apteka jest zamknięta?",
        "Кому мне звонить, если аптека закрыта?",
        "Кому дзвонити, якщо аптека зачинена?",
        "На кого да се обадя, ако аптеката е затворена?",
        "به کی زنگ بزنم اگر داروخانه بسته باشد؟",
    ],
)
def test_the_other_languages_call_asked_stays_a_phone_question(question):
    assert kinds.classify(question) == "phone"


@pytest.mark.parametrize(
    "question",
    [
        # a call received, one's own name, a thing's name: no number asked
        "Wer ruft mich vom Jobcenter an?",
        "Warum ruft mich die Ausländerbehörde an?",
        "¿Quién me llama del Jobcenter?",
        "Me llamo Ana, ¿dónde me registro?",
        "Comment s'appelle le bureau des étrangers ?",
        "Je m'appelle Ana et je cherche un logement.",
        "Jobcenter beni aradı, ne yapmalıyım?",
        "Beni kim aradı?",
        "İş arıyorum, nereye gitmeliyim?",
        "Someone from the Jobcenter called me, what now?",
    ],
)
def test_a_call_received_or_a_name_is_no_phone_question(question):
    assert kinds.classify(question) != "phone"


PHARMACY_CALL = [
    "Wen rufe ich an, wenn ich eine Notdienst-Apotheke suche?",
    "Qui j'appelle pour trouver une pharmacie de garde ?",
    "¿A quién llamo para encontrar una farmacia de guardia?",
    "Nöbetçi eczaneyi bulmak için kimi arayabilirim?",
    "Pe cine sunăm ca să găsim o farmacie de gardă?",
    "بمن أتصل لأجد صيدلية مناوبة؟",
]


@pytest.mark.django_db
@pytest.mark.parametrize("question", PHARMACY_CALL)
def test_the_call_asked_is_told_the_number(question):
    fact = ask(question).fact
    assert fact is not None, question
    assert "22833" in fact.text, (question, fact.text)
