"""Question types whose words the patterns did not know (sixteenth session): the Russian fee
"сбор" and the Polish "płacą", the spoken Arabic "am I entitled" with its pronoun written on,
"what is needed for it" as a papers question, and "when will it come" as a how-long question;
and a routed service named by no word of the question that answers a how-long question past a
rival named only by a common word that states no processing time. Questions written for these
tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a fee: the Russian "сбор", the Polish present tense of paying
        ("Какой сбор берут за натурализацию?", "cost"),
        ("Сбор за оформление справки большой?", "cost"),
        ("Czy dzieci płacą mniej za bilet?", "cost"),
        ("Ile płacę za naturalizację?", "cost"),
        # am I entitled, the pronoun written onto the verb
        ("بيحقلي آخد Wohngeld؟", "who"),
        ("يحقلي أطلب Kindergeld إذا ما بشتغل؟", "who"),
        ("بيحق لنا ناخد إعانة الأطفال؟", "who"),
        # what is needed for it: the papers
        ("Que faut-il pour demander le Wohngeld ?", "documents"),
        ("De quoi ai-je besoin pour la carte de séjour ?", "documents"),
        ("co trzeba mieć do zameldowania?", "documents"),
        ("Czego potrzebuję do wniosku o Elterngeld?", "documents"),
        ("Что нужно иметь для регистрации по месту жительства?", "documents"),
        ("Що потрібно мати для заяви на Kindergeld?", "documents"),
        ("Какво ми трябва за регистрация на адрес?", "documents"),
        ("Ehliyet değişimi için nelere ihtiyaç var?", "documents"),
        ("Was wird für die Ummeldung benötigt?", "documents"),
        ("What is needed to open a bank account?", "documents"),
        ("¿Qué se necesita para empadronarse?", "documents"),
        ("Ce trebuie să am pentru înscriere?", "documents"),
        ("ماذا أحتاج لفتح حساب بنكي؟", "documents"),
        ("برای پاسپورت چی لازم دارم؟", "documents"),
        # when the awaited thing will come: how long it takes
        ("Залишився без квартири, коли буде зустріч із соціальним працівником?", "processing_time"),
        ("кога ще получа решение за помощта?", "processing_time"),
        ("Когда придёт ответ из ведомства?", "processing_time"),
        ("امتى بيوصل الكرت؟", "processing_time"),
        ("When will the card arrive?", "processing_time"),
        ("Wann bekomme ich den Bescheid?", "processing_time"),
        ("Quand vais-je recevoir la réponse ?", "processing_time"),
        ("¿Cuándo recibiré la tarjeta?", "processing_time"),
        ("Karar ne zaman gelir?", "processing_time"),
        ("Kiedy dostanę decyzję?", "processing_time"),
        ("Când primesc răspunsul?", "processing_time"),
        ("کی جواب درخواستم می‌رسد؟", "processing_time"),
    ],
)
def test_type_words_that_were_missed(question, kind):
    assert answers.classify(question) == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # what to do is no papers question
        ("Qu'est-ce qu'il faut faire après un déménagement ?", None),
        ("Co trzeba zrobić po przeprowadzce?", None),
        # a when with a must, or an event, keeps its type
        ("Кога трябва да се регистрирам?", "deadline"),
        ("Кога ще се проведат изборите?", "deadline"),
    ],
)
def test_type_words_that_stay(question, kind):
    assert answers.classify(question) == kind


@pytest.mark.parametrize(
    ("rival_naming", "rank"),
    [
        (0.17, 0),  # named only by a common word of its synonyms: the clear first answers
        (1.0, None),  # named by a name word: it vetoes a first the question does not name
    ],
)
def test_an_unnamed_first_answers_past_a_weakly_named_rival_that_states_nothing(rival_naming, rank):
    found = answers.answering_rank(
        [0.85, 0.7, 0.6],
        [0.0, rival_naming, 0.0],
        min_score=0.5,
        min_lead=0.05,
        answers_at=lambda i: False,
    )
    assert found == rank


@pytest.mark.parametrize(
    "question",
    [
        "Живея на улицата. Кога ще говоря със социален работник?",
        "Нямам жилище, кога ще ме приеме социален работник?",
    ],
)
def test_the_first_talk_of_the_homelessness_help_answers(question):
    city = City.objects.get(slug="dortmund")
    answer = selectors.search(city=city, query=question)
    assert answer.fact is not None
    assert (answer.fact.service, answer.fact.module) == ("homelessness-help", "processing_time")


@pytest.mark.parametrize(
    ("question", "service"),
    [
        # "Visum" inside the compound names the national visa, a hair ahead of the fast-track
        # procedure: named, it answers with its own processing time
        ("Wie lange dauert der Visumantrag ungefähr?", "visa-national"),
        ("Wie lange dauert die Wohngeldbearbeitung?", "housing-benefit"),
    ],
)
def test_a_german_compound_names_what_its_parts_name(question, service):
    city = City.objects.get(slug="dortmund")
    answer = selectors.search(city=city, query=question)
    assert answer.fact is not None
    assert (answer.fact.service, answer.fact.module) == (service, "processing_time")


def test_naming_reads_the_parts_of_a_german_compound():
    city = City.objects.get(slug="dortmund")
    generation = selectors.index_generation(city)
    keys = ["visa-national", "accelerated-skilled-worker-procedure"]
    naming = answers.naming_scores(
        city, generation, "Wie lange dauert das Visumverfahren?", "processing_time", "de", keys
    )
    assert naming[0] > naming[1]
