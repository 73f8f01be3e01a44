"""The answering sentence holds the variant the question qualifies its fact with (a child in
training, the mandatory or the voluntary tax return, a refused application, what is free, up to
which age); a sentence of the contrary variant never answers."""

from __future__ import annotations

import pytest

from lotse.ask import analysis, answers, selectors
from lotse.ask.answers.qualifiers import asked_qualifiers, held_qualifiers
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]

best = answers.sentences._best_sentence
sentence = answers._text._sentence


@pytest.mark.parametrize(
    ("question", "variant"),
    [
        (
            "Mein Sohn fängt im Herbst eine Ausbildung an, gibt es dann noch Kindergeld?",
            "in-training",
        ),
        ("Our daughter goes to university next year, is child benefit still paid?", "in-training"),
        ("Mon fils poursuit ses études, touche-t-on encore le Kindergeld ?", "in-training"),
        ("Дочь учится в колледже, платят ли ещё Kindergeld?", "in-training"),
        ("Oğlum üniversitede okuyor, Kindergeld devam eder mi?", "in-training"),
        ("Ist die Pflichtveranlagung bis Juli fällig?", "mandatory"),
        ("When is the compulsory tax return due?", "mandatory"),
        ("Термін для обов'язкової декларації?", "mandatory"),
        ("Kann ich die freiwillige Erklärung später abgeben?", "voluntary"),
        ("Ile mam czasu na dobrowolne zeznanie?", "voluntary"),
        ("Что будет с пошлиной, если мне откажут?", "refused"),
        ("Ce se întâmplă cu taxa dacă cererea e respinsă?", "refused"),
        ("اگر درخواستم رد شود، باید هزینه را بدهم؟", "refused"),
        # with its vowel mark
        ("إذا رُفض طلبي، هل أدفع الرسوم؟", "refused"),
        ("Welche Kita-Jahre sind beitragsfrei?", "free"),
        ("Hangi yıllar ücretsiz?", "free"),
        ("Until what age is the advance paid?", "age-up-to"),
        ("До якого віку платять аліменти від держави?", "age-up-to"),
    ],
)
def test_a_question_asks_for_its_variant(question, variant):
    assert variant in asked_qualifiers(question)


@pytest.mark.parametrize(
    "question",
    [
        # a "must" is no mandatory variant, collecting a card no withdrawal, free movement
        # nothing free, from which age no "up to"
        "Muss ich die Steuererklärung abgeben?",
        "Do I have to file a tax return?",
        "Vergi beyannamesi vermek zorunda mıyım?",
        "Où retirer mon titre de séjour ?",
        "Does free movement apply to me?",
        "From what age does my child get a daycare place?",
    ],
)
def test_a_question_without_a_qualifier_asks_none(question):
    # (the residence permit a question names, "titre de séjour", is the permit asked beside a
    # visa line, qualifier20: no variant of these classes)
    assert asked_qualifiers(question) - {"residence-permit"} == frozenset()


def _terms(text: str, language: str) -> set[str]:
    return set(analysis.analyze(text, language))


def test_the_sentence_of_the_asked_variant_answers_over_a_named_number():
    general = sentence("Kindergeld gibt es in der Regel bis zum 18. Geburtstag.", "de")
    studies = sentence(
        "Macht das Kind danach eine Ausbildung oder ein Studium, gibt es Kindergeld bis zum 25. "
        "Geburtstag.",
        "de",
    )
    terms = _terms("Sohn wird 18 und beginnt eine Lehre", "de")
    question = "Mein Sohn wird 18 und beginnt eine Ausbildung – bis zu welchem Alter?"
    # the number the question names picks the general sentence without the variant
    assert best([general, studies], terms, "who", "body", quantity="age")[0] is general
    chosen, _score = best(
        [general, studies],
        terms,
        "who",
        "body",
        quantity="age",
        asked_variants=asked_qualifiers(question),
    )
    assert chosen is studies


def test_a_sentence_of_the_contrary_variant_never_answers():
    mandatory = sentence(
        "Wer zur Abgabe verpflichtet ist, gibt die Erklärung bis zum 31. Juli ab.", "de"
    )
    voluntary = sentence("Eine freiwillige Erklärung geht bis zu vier Jahre später.", "de")
    terms = _terms("Erklärung später", "de")
    asked = asked_qualifiers("Bis wann geht die Pflichterklärung?")
    assert best([mandatory, voluntary], terms, "deadline", "deadlines")[0] is voluntary
    assert (
        best([mandatory, voluntary], terms, "deadline", "deadlines", asked_variants=asked)[0]
        is mandatory
    )
    # only the contrary variant stated: no answer
    assert best([voluntary], terms, "deadline", "deadlines", asked_variants=asked) == (None, -1.0)
    # and the other way round
    asked = asked_qualifiers("Bis wann geht die freiwillige Erklärung?")
    assert best([mandatory], terms, "deadline", "deadlines", asked_variants=asked) == (None, -1.0)


def test_an_age_asked_up_to_is_not_answered_by_where_a_range_begins():
    over = sentence("Für Kinder ab 12 Jahren gelten weitere Bedingungen.", "de")
    under = sentence("Alleinerziehende mit Kindern unter 18 Jahren.", "de")
    terms = _terms("Kinder Alleinerziehende", "de")
    asked = asked_qualifiers("Bis zu welchem Alter bekommen Alleinerziehende den Vorschuss?")
    assert best([over], terms, "who", "body", quantity="age")[0] is over
    assert best([over], terms, "who", "body", quantity="age", asked_variants=asked) == (None, -1.0)
    chosen, _score = best([over, under], terms, "who", "body", quantity="age", asked_variants=asked)
    assert chosen is under


def test_a_refused_application_and_what_is_free_pick_their_sentence():
    minors = sentence("Mineurs naturalisés en même temps : 51 euros.", "fr")
    refusal = sentence("En cas de refus, 75 pour cent de la taxe sont dus.", "fr")
    terms = _terms("même", "fr")
    question = "Je paie quand même si on me refuse la nationalité ?"
    assert best([minors, refusal], terms, "cost", "fees")[0] is minors
    assert (
        best([minors, refusal], terms, "cost", "fees", asked_variants=asked_qualifiers(question))[0]
        is refusal
    )
    fee = sentence("Za opiekę płaci się składkę zależną od dochodu.", "pl")
    free = sentence("Dwa ostatnie lata są bezpłatne.", "pl")
    # each holds one word of the question: the first one wins, unless freeness is asked
    terms = _terms("za lata", "pl")
    asked = asked_qualifiers("Za które lata nic się nie płaci, co jest za darmo?")
    assert best([fee, free], terms, "cost", "fees")[0] is fee
    assert best([fee, free], terms, "cost", "fees", asked_variants=asked)[0] is free


def test_a_qualifier_the_service_is_named_by_chooses_nothing():
    # every question about student finance speaks of studying
    assert "in-training" in held_qualifiers("BAföG Studium Ausbildungsförderung")
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    facts = answers.facts.service_facts(city, generation, "student-finance-bafoeg")
    assert facts is not None
    assert "in-training" not in answers.sentences._asked_variants(
        facts, "de", "Wie viel BAföG bekomme ich im Studium?"
    )


@pytest.mark.parametrize(
    ("key", "kind", "language", "question", "held"),
    [
        (
            "child-benefit",
            "who",
            "en",
            "My son is 19 and at university, until what age is child benefit paid?",
            "25",
        ),
        (
            "income-tax-return",
            "deadline",
            "pl",
            "Jaki jest termin na obowiązkowe zeznanie podatkowe?",
            "31",
        ),
        (
            "naturalisation",
            "cost",
            "de",
            "Was kostet die Einbürgerung, wenn mein Antrag abgelehnt wird?",
            "75",
        ),
    ],
)
def test_the_city_sentence_of_the_asked_variant_answers(key, kind, language, question, held):
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    fact = answers.service_fact(city, generation, key, kind, language, question)
    assert fact is not None and held in fact.text


@pytest.mark.parametrize(
    "question",
    [
        "Ich arbeite freiberuflich, was kostet mich die Rentenversicherung?",
        "I'm self-employed, how much do I pay for health insurance?",
        "Jestem samozatrudniona, ile płacę za ubezpieczenie?",
        "Я ФОП, скільки коштує страховка?",
    ],
)
def test_the_self_employed_ask_their_variant(question):
    assert "self-employed" in asked_qualifiers(question)


def test_a_sentence_for_employees_does_not_answer_the_self_employed():
    employees = sentence("Bei Angestellten zahlt der Arbeitgeber etwa die Hälfte.", "de")
    terms = _terms("Hälfte Beitrag", "de")
    asked = asked_qualifiers("Ich bin selbstständig, zahle ich die Hälfte?")
    assert best([employees], terms, "cost", "fees")[0] is employees
    assert best([employees], terms, "cost", "fees", asked_variants=asked) == (None, -1.0)


def test_a_top_service_stating_another_variant_does_not_hand_the_answer_to_the_second():
    # the health insurance states its fees for employees only; the second service (the
    # self-employed's residence permit) must not answer with its visa fee instead
    city = City.objects.get(slug="dortmund")
    result = selectors.search(
        city=city, query="Serbest meslek sahibiyim, sağlık sigortası ne kadar?", limit=3
    )
    assert result.hits[0].key == "health-insurance"
    assert result.fact is None
