"""A lost phrase over an unsure ranking (thirtieth session): a question that says it is lost goes
to the Welcome Center's counselling even when one of its words is a naming word ("formulaires",
"rendez-vous", "parler", "Termine"), as long as the ranking is unsure and that word names
neither of the ranking's first two services; a lost phrase beside a need the ranking is sure of
("where do I register my flat") still finds that need."""

from __future__ import annotations

from typing import Any

import pytest

from lotse.ask import answers
from lotse.ask.tests.searching import REGRESSED_BY_FUSION, ask_api, ask_lost

pytestmark = pytest.mark.ranking

# Each failed before: the naming word vetoed the lost phrase and a random service came first
# (pension insurance, migration or family counselling, recognition, lost documents).
LOST_OVER_A_STRAY_WORD: list[tuple[str, str]] = [
    (
        "fr",
        "Je me sens complètement perdue avec tous ces rendez-vous et ces formulaires, "
        "à qui je peux parler ?",
    ),
    ("ro", "Sunt complet pierdut cu toate programările și formularele astea, cu cine pot vorbi?"),
    ("en", "I'm totally lost with all these forms and appointments, who can I talk to?"),
    (
        "de",
        "Ich bin total überfordert mit den ganzen Formularen und Terminen, mit wem kann ich reden?",
    ),
    ("es", "Estoy totalmente perdida con tantos formularios y citas, ¿con quién puedo hablar?"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), LOST_OVER_A_STRAY_WORD)
def test_a_lost_phrase_over_an_unsure_ranking_goes_to_counselling(client, lang, question):
    data = ask_lost(client, question, lang)
    assert data["answer"] is None, (lang, question, data["answer"])


# A lost phrase beside a need the ranking is sure of: the need comes first, not counselling.
NEED_BESIDE_LOST: list[tuple[str, str, str]] = [
    (
        "en",
        "I just arrived and don't know where to start with registering my flat",
        "residence-registration",
    ),
    (
        "de",
        "Ich bin neu hier und weiß nicht, wo ich meine Wohnung anmelden muss",
        "residence-registration",
    ),
    (
        "fr",
        "Je viens d'arriver et je ne sais pas comment inscrire mon fils à l'école",
        "school-enrolment",
    ),
    ("es", "Acabo de llegar y no sé dónde pedir el Kindergeld", "child-benefit"),
]


# A lost phrase beside a need the ranking is sure of (first score LOST_UNSURE_TOP, 0.82, or more,
# or a lead of 0.12 or more), named by a word however common ("child", "benefit", "مدرسه"): the
# need first. Each went to counselling before (`selectors._naming_agrees`); the child benefit
# question again since the thirty-second session's fusion weights (unemployment benefit first).
SURE_NEED_BESIDE_LOST: list[Any] = [
    pytest.param(
        "en",
        "I'm lost, where do I apply for child benefit?",
        "child-benefit",
        marks=REGRESSED_BY_FUSION,
    ),
    ("fa", "تازه آمدم، چطور بچه‌ام را در مدرسه ثبت نام کنم؟", "school-enrolment"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question", "service"), NEED_BESIDE_LOST + SURE_NEED_BESIDE_LOST)
def test_a_lost_phrase_beside_a_sure_need_finds_the_need(client, lang, question, service):
    data = ask_api(client, question)
    first = [r["service"] for r in data["results"][:3]]
    assert data["lost"] is False, (lang, question, first)
    assert first[0] == service, (lang, question, first)


# A lost phrase beside a need over an unsure ranking (first score under 0.82, lead under 0.12):
# a word naming one of the first two services keeps the question routed (review 1 of the
# thirtieth session: the car was sent to counselling while "arabamı", my car, was not read as
# the catalog's "araba"; without the naming check both go to counselling).
NAMED_UNSURE: list[tuple[str, str, str]] = [
    ("tr", "Yeni geldim, arabamı nereye kaydettirebilirim?", "vehicle-registration"),
    ("tr", "Yeni geldim ve hiçbir şey bilmiyorum, doktor nasıl bulurum?", "family-doctor"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question", "service"), NAMED_UNSURE)
def test_a_word_naming_one_of_the_first_two_keeps_an_unsure_ranking(
    client, lang, question, service
):
    data = ask_api(client, question)
    first = [r["service"] for r in data["results"][:3]]
    assert data["lost"] is False, (lang, question, first)
    assert service in first[:2], (lang, question, first)
    assert first[0] != "welcome-counselling", (lang, question, first)


@pytest.mark.django_db
def test_an_office_named_beside_a_lost_phrase_is_no_lost_question(client):
    # "бюргербюро" is the citizens' office, named by ear: where it is, not counselling first
    # (the unsure ranking and the lost phrase alone would have made it lost).
    data = ask_api(client, "Куда идти в бюргербюро, на какой улице оно?")
    assert data["lost"] is False, data["results"][:3]
    assert data["answer"] is not None
    assert (data["answer"]["office"], data["answer"]["module"]) == ("buergerdienste", "addresses")


# A thing lost is no lost asker (review 2 of the thirtieth session: "completely lost" read as
# a lost phrase after another one sent these to counselling; the rule was dropped).
THING_LOST = [
    "I completely lost it",
    "I totally lost their letter",
    "My documents are completely lost",
    "My residence card got totally lost in the post",
    "The letter has been completely lost",
    "My papers were completely lost in the move",
    "I completely lost track of my appointment",
    "J'ai complètement perdu l'attestation",
    "J'ai complètement perdu des documents",
    "Mes papiers sont complètement perdus",
    "Am complet pierdut certificatul",
    "I completely lost my passport",
    "Pașaportul meu e complet pierdut",
]


@pytest.mark.parametrize("question", THING_LOST)
def test_a_thing_completely_lost_is_no_lost_asker(question):
    assert not answers.is_lost(question)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    ["My residence card got totally lost in the post", "Mes papiers sont complètement perdus"],
)
def test_papers_completely_lost_find_the_lost_documents(client, question):
    data = ask_api(client, question)
    first = [r["service"] for r in data["results"][:3]]
    assert data["lost"] is False, (question, first)
    assert first[0] == "lost-documents", (question, first)


@pytest.mark.django_db
def test_a_first_service_the_lost_phrase_itself_names_stays_behind_counselling(client):
    # "lost" ranks the lost documents first and "residence permit" is among their words too: the
    # phrase may be what ranked them, so the asker still gets counselling first
    ask_lost(client, "I'm completely lost, where can I get a residence permit?", "en")
