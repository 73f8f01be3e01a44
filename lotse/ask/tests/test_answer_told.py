"""A question of no type (a yes/no or open question: "Darf ich mit dem Deutschlandticket ICE
fahren?") is answered by the sentence of the top service that holds its rare words, when one
sentence holds enough of them and no other comes close (`answers.told_fact`)."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.ask.answers.sentences import TOLD_MARGIN, TOLD_MIN_WEIGHT
from lotse.ask.tests.searching import ask
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Kann ich mit dem Deutschlandticket auch im ICE fahren?", "de"),
        ("Is the ICE included in the Deutschlandticket?", "en"),
        ("Puis-je prendre un ICE avec le Deutschlandticket ?", "fr"),
        ("¿Puedo usar el Deutschlandticket en el ICE?", "es"),
        ("Pot folosi Deutschlandticket în ICE?", "ro"),
        ("آیا با دویچلند تیکت میشه سوار ICE شد؟", "fa"),
    ],
)
def test_a_question_of_no_type_is_told_by_the_sentence_holding_its_rare_word(question, language):
    found = ask(question, language)
    assert found.kind is None
    fact = found.fact
    assert fact is not None
    assert (fact.service, fact.module) == ("deutschlandticket", "body")
    assert "ICE" in fact.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Darf die Bank mir wegen schlechter Schufa ein Basiskonto verweigern?", "de"),
        ("Will my bank turn down a basic account if my Schufa score is bad?", "en"),
    ],
)
def test_whether_a_bank_may_refuse_is_told_by_the_body(question, language):
    fact = ask(question, language).fact
    assert fact is not None and fact.service == "bank-account" and "Schufa" in fact.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        # the general counselling, where questions that name no service go
        ("Hallo, ich bin neu hier, was soll ich machen?", "de"),
        ("Can you help me, I don't know anything?", "en"),
        # nothing the city offers
        ("Wie ist das Wetter morgen in Dortmund?", "de"),
    ],
)
def test_a_question_of_no_type_that_names_no_service_gets_no_answer(question, language):
    assert ask(question, language).fact is None


def _told(question: str, key: str, weights: dict[str, float]) -> answers.Fact | None:
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    return answers.told_fact(city, generation, key, "en", question, lambda t: weights.get(t, 0.1))


def test_a_told_sentence_must_hold_enough_and_lead_the_others():
    question = "Is the ICE included in the Deutschlandticket?"
    # "ice" alone weighs enough and no other sentence holds it
    fact = _told(question, "deutschlandticket", {"ice": TOLD_MIN_WEIGHT})
    assert fact is not None and "ICE" in fact.text
    # too little weight: no answer
    assert _told(question, "deutschlandticket", {"ice": TOLD_MIN_WEIGHT - 1}) is None


def test_two_sentences_holding_the_same_rare_words_give_no_answer():
    # "university degree" stands in the body and in the who-may text of the Blue Card: a
    # question about it is not told by one sentence
    question = "I have no university degree, can I still get it?"
    weights = {"universiti": TOLD_MIN_WEIGHT, "degre": TOLD_MARGIN}
    assert _told(question, "eu-blue-card", weights) is None


@pytest.mark.parametrize(
    ("question", "language"),
    [
        (
            "Kann man beim Sportverein erst einmal kostenlos mittrainieren, bevor man Mitglied wird?",
            "de",
        ),
        ("Is a trial session at a sports club free before I join?", "en"),
        ("Spor kulübüne üye olmadan önce ücretsiz deneme antrenmanı yapabilir miyim?", "tr"),
        ("Czy w klubie sportowym mogę najpierw za darmo spróbować treningu?", "pl"),
    ],
)
def test_a_cost_question_to_a_service_without_fees_is_told_by_the_body(question, language):
    # the sports clubs state no fees: the body's free trial answers the cost question
    found = ask(question, language)
    assert found.kind == "cost"
    fact = found.fact
    assert fact is not None
    assert (fact.service, fact.module) == ("sports-clubs", "body")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        (
            "Until when is family reunification suspended for people with subsidiary protection?",
            "en",
        ),
        ("Bis wann ist der Familiennachzug bei subsidiärem Schutz ausgesetzt?", "de"),
        ("До кога е спряно събирането на семейството при субсидиарна закрила?", "bg"),
    ],
)
def test_a_deadline_no_deadlines_sentence_tells_is_told_by_the_body(question, language):
    # the family reunification's deadlines module has no source and no date: the body's
    # sentence on the suspension, which names the date, answers
    fact = ask(question, language).fact
    assert fact is not None
    assert (fact.service, fact.module) == ("family-reunification", "body")
    assert "2027" in fact.text


def _told_as(question: str, key: str, kind: str, weights: dict[str, float]) -> answers.Fact | None:
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    return answers.told_fact(
        city, generation, key, "en", question, lambda t: weights.get(t, 0.1), kind
    )


def test_a_typed_question_is_told_only_by_a_body_sentence_of_its_type():
    # the sports clubs' free trial is a cost fact, not a time
    weights = {"trial": TOLD_MIN_WEIGHT, "session": TOLD_MIN_WEIGHT}
    question = "A free trial session?"
    fact = _told_as(question, "sports-clubs", "cost", weights)
    assert fact is not None and fact.module == "body"
    assert _told_as(question, "sports-clubs", "deadline", weights) is None
    # a fee line ("Residence permit: 100 euros for the first permit") tells a question of no
    # type, never a typed one: its type is the fees'
    weights = {"100": TOLD_MIN_WEIGHT + TOLD_MARGIN}
    question = "Is it 100 for the first one?"
    fact = _told_as(question, "residence-permit-self-employment", answers.TOLD_KIND, weights)
    assert fact is not None and fact.module == "fees"
    for kind in ("cost", "deadline", "validity"):
        assert _told_as(question, "residence-permit-self-employment", kind, weights) is None


@pytest.mark.parametrize(
    ("question", "language"),
    [
        # nearly every word is a name word of the vaccinations (measles, vaccine, daycare):
        # they weigh a share, and the sentence holds the one word that is not ("mandatory")
        ("Est-ce que le vaccin contre la rougeole est obligatoire à la crèche ?", "fr"),
        ("Чи обов'язкове щеплення від кору для школи?", "uk"),
        ("Kreş için kızamık aşısı zorunlu mu?", "tr"),
        ("Vaccinul rujeolic este obligatoriu pentru grădiniță?", "ro"),
        ("آیا واکسن سرخک برای مهدکودک اجباری است؟", "fa"),
    ],
)
def test_a_question_of_name_words_is_told_by_the_sentence_holding_its_other_word(
    question, language
):
    fact = ask(question, language).fact
    assert fact is not None
    assert (fact.service, fact.module) == ("vaccinations", "who")


def test_a_sentence_holding_name_words_only_tells_nothing():
    # "dog" and "tax" are the service's name words: no sentence holds another word
    fact = ask("Hund Steuer Hund Steuer?", "de").fact
    assert fact is None or fact.module != "body"
