"""The sentence that asks decides a question's type (thirty-first session): a question of several
sentences, one of which ends in a question mark, is typed by that sentence when it has a type;
the others tell the asker's story ("Хочу отнести документы лично" beside "По какому адресу
находится …?"). A question of one sentence, or whose asking sentence has no type, is typed by
all its words as before."""

from __future__ import annotations

import pytest

from lotse.ask import answers
from lotse.ask.tests.searching import ask

# Each was typed by a word of its story before: the papers one brings, a fee one mentions.
ASKING_CLAUSE_TYPES: list[tuple[str, str]] = [
    (
        "По какому адресу находится Ausländerbehörde в Дортмунде? Несу документы на продление.",
        "where",
    ),
    ("Where is the Foreigners' Office? I want to hand in my documents in person.", "where"),
    ("Ich habe alle Unterlagen schon kopiert. Wo ist das Bürgerbüro?", "where"),
]


@pytest.mark.parametrize(("question", "kind"), ASKING_CLAUSE_TYPES)
def test_the_asking_sentence_types_the_question(question, kind):
    assert answers.classify(question) == kind


# The asking sentence has no type of its own, or there is one sentence: all the words type it.
WHOLE_QUESTION_TYPES: list[tuple[str, str]] = [
    ("I need the documents for registering my flat. Can you help me?", "documents"),
    ("Was kostet die Anmeldung?", "cost"),
]


@pytest.mark.parametrize(("question", "kind"), WHOLE_QUESTION_TYPES)
def test_a_question_without_a_typed_asking_sentence_keeps_its_type(question, kind):
    assert answers.classify(question) == kind


def test_two_asking_sentences_are_typed_together():
    # the whole question's words decide, as before the rule: the first type pattern that matches
    question = "Welche Unterlagen brauche ich? Wo ist das Bürgerbüro?"
    assert answers.classify(question) == answers.kinds._typed(question)


@pytest.mark.django_db
def test_an_address_asked_beside_papers_is_answered_with_the_office_address():
    # failed before: the Ausländerbehörde's address was answered with the list of documents
    found = ask(
        "По какому адресу находится Ausländerbehörde в Дортмунде? Несу документы на продление.",
        "ru",
    )
    assert found.fact is not None
    assert found.fact.module == "addresses"
    assert found.fact.office == "migration-office"
