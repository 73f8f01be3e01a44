"""The sentence that asks decides a question's type (thirty-first session): a question of several
sentences, one of which ends in a question mark, is typed by that sentence when it has a type;
the others tell the asker's story ("Хочу отнести документы лично" beside "По какому адресу
находится …?"). A question of one sentence, or whose asking sentence has no type, is typed by
all its words as before; so is one whose asking sentence asks where to read the fact or who
can tell it ("Where can I find it?"), or comes first with nothing but its type words ("Wie
lange? Ich meine …"). A dot after a shortened word or a number ("z.B.", "1. Mai") ends no
sentence."""

from __future__ import annotations

import pytest

from lotse.ask import answers
from lotse.ask.tests.searching import ask, ask_api

# Each was typed by a word of its story before: the papers one brings, a fee one mentions.
ASKING_CLAUSE_TYPES: list[tuple[str, str]] = [
    (
        "По какому адресу находится Ausländerbehörde в Дортмунде? Несу документы на продление.",
        "where",
    ),
    ("Where is the Foreigners' Office? I want to hand in my documents in person.", "where"),
    ("Ich habe alle Unterlagen schon kopiert. Wo ist das Bürgerbüro?", "where"),
    # a bare asking sentence that comes last still decides
    ("My residence permit expires in May. When should I apply?", "deadline"),
    # review 2: a year, a date or an amount before the dot ends the story's sentence
    ("My residence permit expires in 2027. When should I apply?", "deadline"),
    ("Mein Termin ist am 15.03.2027. Welche Unterlagen muss ich mitbringen?", "documents"),
    # review 2: a list's "usw.", "etc.", "itd.", "vb.", "и т.д." before a capital ends it too
    ("Ich habe Pass, Fotos, Unterlagen usw. Wo ist das Bürgerbüro?", "where"),
    ("Ich habe alle Unterlagen (Pass, Foto usw.). Wo ist das Bürgerbüro?", "where"),
    ("Mam paszport, zdjęcia, dokumenty itd. Gdzie jest urząd?", "where"),
    ("У меня есть паспорт, фото, документы и т.д. Где находится Ausländerbehörde?", "where"),
    ("Pasaport, fotoğraf, belgeler vb. Yabancılar dairesi nerede?", "where"),
    # review 2: where to find an office is where it is, not where to read a fact
    ("Where can I find the Bürgerbüro? I need to bring my documents.", "where"),
    ("Где найти Ausländerbehörde? Мне нужно сдать документы.", "where"),
    # review 2: a short question first that names its thing by a pronoun is not bare
    ("Wo ist das? Ich muss meine Unterlagen abgeben.", "where"),
    # "nerede" (where) is no "de" (too) before "başvurabilir": where, not who may
    ("Pasaportumu kaybettim. Süresiz oturum iznine nerede başvurabilirim?", "where"),
]


@pytest.mark.parametrize(("question", "kind"), ASKING_CLAUSE_TYPES)
def test_the_asking_sentence_types_the_question(question, kind):
    assert answers.classify(question) == kind


# The asking sentence has no type of its own, or there is one sentence: all the words type it.
WHOLE_QUESTION_TYPES: list[tuple[str, str]] = [
    ("I need the documents for registering my flat. Can you help me?", "documents"),
    ("Was kostet die Anmeldung?", "cost"),
    # review 1: a dot after a shortened word or a number ends no sentence
    ("Wie lange dauert die Einbürgerung, z.B. wenn ich alle Unterlagen habe?", "processing_time"),
    (
        "Wie lange dauert die Einbürgerung, wenn ich am 1. Mai alle Unterlagen abgebe?",
        "processing_time",
    ),
    ("Сколько стоит продление ВНЖ, т.к. у меня нет документов?", "cost"),
    ("Was kostet ein Kinderreisepass inkl. Foto?", "cost"),
    ("Was kostet... äh... der Reisepass für mein Kind mit Foto?", "cost"),
    # a dot before a small letter ends no sentence ("ds." is "do spraw")
    (
        "Na jakiej ulicy jest urząd ds. młodzieży, gdzie składam dokumenty na zaliczkę "
        "alimentacyjną?",
        "where",
    ),
    # review 1: the asking sentence asks where to read the fact or who can tell it
    ("I need the list of documents for the Anmeldung. Where can I find it?", "documents"),
    (
        "Ich möchte wissen, wie lange die Einbürgerung dauert. Wer kann mir das sagen?",
        "processing_time",
    ),
    ("Мне нужно узнать, сколько стоит загранпаспорт. Где это посмотреть?", "cost"),
    (
        "I need the list of documents for the Anmeldung. Where can I find this information?",
        "documents",
    ),
    ("Кто может помочь? Мне нужен номер телефона Ausländerbehörde.", "phone"),
    # review 1: a bare question first, the story after it says what is asked
    ("Wie lange? Ich meine, wie lange ist die Fiktionsbescheinigung gültig.", "validity"),
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


# review 2: a lone dot raised IndexError, and the API and the search page answered 500
@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "Hallo. . Wo ist das Bürgerbüro?",
        ". Wo ist das Bürgerbüro?",
        "Ich habe alle Unterlagen . . Wo ist das Amt?",
        ". .",
        "…",
    ],
)
def test_a_lone_dot_is_no_server_error(client, question):
    data = ask_api(client, question)
    assert data["query"] == question
    response = client.get("/de/dortmund/search/", {"q": question})
    assert response.status_code == 200
