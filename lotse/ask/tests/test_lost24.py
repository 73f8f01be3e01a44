"""The lost, twenty-ninth session (lane lost24): lane lost23's swamped and aimless phrases with
the guards of its review (/work/briefs/s28/review3.md). "Lost" is a state of the speaker ("I'm
lost", "je suis perdue", "estoy perdida"), never a thing lost with one's documents; busy at
work is no lost state and the French "débordés" no overwhelmed list of parts of life; aimless
words are said of oneself, each ask a whole word, no medical word after them; a phrase's short
word is no stem of a service's word ("pod" / "podatkach"); debts between being swamped and the
letters are debt counselling's. Every sentence here written for this test (the review's among
them), none taken from an evaluation set."""

from __future__ import annotations

import pytest

from lotse.ask.answers.lost import is_lost, without_lost_words
from lotse.ask.tests.searching import ask_api

pytestmark = pytest.mark.ranking

# A thing lost with one's documents: the lost documents, not a lost asker (lane lost23 read the
# transitive "lost my wallet with my documents" as swamped and dropped the document words).
LOST_A_THING = [
    ("es", "He perdido mi cartera con todos mis documentos, ¿dónde voy?"),
    ("ro", "Am pierdut portofelul cu acte și card, unde merg?"),
    ("fr", "J'ai perdu mon sac avec mes papiers, où aller ?"),
]


@pytest.mark.parametrize(("lang", "question"), LOST_A_THING)
def test_a_thing_lost_with_the_documents_is_no_lost_phrase(lang, question):
    assert not is_lost(question), (lang, question)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "question"),
    [*LOST_A_THING, ("en", "I lost my wallet with all my documents, where do I go?")],
)
def test_a_thing_lost_with_the_documents_goes_to_the_lost_documents(client, lang, question):
    data = ask_api(client, question)
    first = [r["service"] for r in data["results"][:3]]
    assert data["lost"] is False, (lang, question, first)
    assert first[0] == "lost-documents", (lang, question, first)


def test_lost_stays_the_lost_documents_word_beside_a_lost_phrase():
    # ("where do I go" is a lost phrase; "lost" and "with" are no words of it)
    rest = without_lost_words("I lost my wallet with all my documents, where do I go?")
    assert "lost" in rest.split()
    assert "with" in rest.split()


def test_lost_as_the_speakers_state_in_the_offices_things_is_lost():
    assert is_lost("I'm totally lost in all the paperwork from the offices.")
    assert is_lost("Estoy perdida entre tantos trámites y citas.")
    assert is_lost("Je suis complètement perdue avec les formulaires.")


# The French overwhelmed: busy at work, the service named beside it (crèche, the housing
# allowance) stays.
KEEP_FRENCH = [
    ("Nous sommes débordés par le travail et le logement, on cherche une crèche", "crèche"),
    ("Je suis débordée au travail, où trouver une crèche ?", "crèche"),
    (
        "Je suis complètement dépassée par le formulaire de demande d'allocation logement",
        "logement",
    ),
    ("Je suis débordée avec le formulaire de la CAF pour le logement", "logement"),
]


@pytest.mark.parametrize(("question", "word"), KEEP_FRENCH)
def test_the_french_overwhelmed_keeps_the_service_word(question, word):
    assert word in without_lost_words(question).split(), question


def test_busy_at_work_is_no_lost_state():
    assert not is_lost("Je suis débordée au travail, où trouver une crèche ?")
    assert not is_lost("Nous sommes débordés par le travail et le logement.")


@pytest.mark.django_db
def test_the_housing_allowance_form_keeps_the_housing_allowance(client):
    question = "Je suis complètement dépassée par le formulaire de demande d'allocation logement"
    data = ask_api(client, question)
    first = [r["service"] for r in data["results"][:3]]
    assert data["lost"] is False, first
    assert "housing-benefit" in first, first


# Aimless words of a third person (a parent with dementia), an ask word inside another word
# ("wo" / "Wohnung", "кой" / "който", "biri" / "birinci", "who" / "whole", "کی" / "یکی"), or a
# medical word after them: no lost phrase.
NOT_AIMLESS = [
    (
        "de",
        "Mein Vater ist seit dem Schlaganfall desorientiert und braucht Pflege in seiner Wohnung",
    ),
    ("de", "Meine Mutter ist desorientiert, ich werde sie pflegen"),
    ("bg", "Баща ми е дезориентиран, който има деменция"),
    ("tr", "Babam amaçsız, birinci kez huzurevi arıyoruz"),
    ("en", "My grandfather is disoriented, whole days confused, he needs care"),
    ("en", "My father is disoriented, where can he get dementia care?"),
    ("de", "Ich fühle mich orientierungslos in meiner neuen Wohnung."),
    ("bg", "Чувствам се без посока, откакто мъжът ми, който работи нощем, замина."),
    ("tr", "Amaçsızım, birinci sınıftaki oğlum için okul arıyorum."),
    ("en", "I feel adrift, whole weeks go by like this."),
    ("fa", "سرگردانم، یکی از دوستانم می‌گوید باید صبر کنم"),
    ("en", "I feel disoriented since my stroke. Is there a place for me?"),
]


@pytest.mark.parametrize(("lang", "question"), NOT_AIMLESS)
def test_aimless_needs_the_speaker_a_whole_ask_word_and_no_medical_word(lang, question):
    assert not is_lost(question), (lang, question)


def test_aimless_of_oneself_with_an_ask_is_lost():
    assert is_lost("I feel disoriented. Is there a place for me?")
    assert is_lost("Ich fühle mich orientierungslos. Wo finde ich etwas in meiner neuen Wohnung?")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "service"),
    [
        ("Meine Mutter ist desorientiert, ich werde sie pflegen", None),
        ("Tonę w podatkach i pismach z urzędu, gdzie jest pomoc?", "income-tax-return"),
    ],
)
def test_a_named_need_beside_the_new_phrases_is_no_lost_asker(client, question, service):
    data = ask_api(client, question)
    first = [r["service"] for r in data["results"][:3]]
    assert data["lost"] is False, (question, first)
    assert service is None or first[0] == service, (question, first)


def test_a_short_phrase_word_is_no_stem_of_a_service_word():
    assert "podatkach" in without_lost_words(
        "Tonę w podatkach i pismach z urzędu, gdzie jest pomoc?"
    )


# Drowning in debts and letters: debt counselling's, in every language.
DEBTS_AND_LETTERS = [
    ("en", "I'm drowning in debts and letters from debt collectors, what can I do?"),
    ("de", "Ich ertrinke in Schulden und Briefen vom Inkasso."),
    ("fr", "Je me noie dans les dettes et les lettres de relance."),
    ("es", "Me ahogo en deudas y cartas de cobradores."),
    ("ro", "Mă înec în datorii și scrisori de la recuperatori."),
    ("pl", "Tonę w długach i pismach od windykatorów."),
    ("ru", "Мы тонем в долгах и письмах от коллекторов"),
    ("uk", "Я тону в боргах і листах від колекторів."),
    ("bg", "Давя се в дългове и писма от колектори."),
    ("tr", "Borçlar ve icra mektupları arasında boğuluyorum."),
    ("ar", "غرقان بالديون ورسائل شركات التحصيل."),
    ("fa", "توی بدهی‌ها و نامه‌های طلبکارها غرق شدم."),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), DEBTS_AND_LETTERS)
def test_debts_and_letters_keep_debt_counselling(client, lang, question):
    data = ask_api(client, question)
    first = [r["service"] for r in data["results"][:3]]
    assert data["lost"] is False, (lang, question, first)
    assert first[0] == "debt-counselling", (lang, question, first)


def test_debts_between_swamped_and_the_letters_are_no_swamped_phrase():
    assert not is_lost("Мы тонем в долгах и письмах от коллекторов")
    assert not is_lost("توی بدهی‌ها و نامه‌های طلبکارها غرق شدم.")
