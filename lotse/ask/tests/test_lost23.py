"""The lost, twenty-eighth session, round three (lane lost23): the vocabulary of being
swamped, drowned, buried, lost in the offices' things, and of being aimless or disoriented
with an ask for someone or somewhere, in every language. Every sentence here written for this
test, none taken from an evaluation set. Being under debts or losing a document is no lost
phrase's ("drowning in debt" keeps debt counselling, "lost my passport" the lost documents)."""

from __future__ import annotations

from typing import Any

import pytest

from lotse.ask.answers.lost import is_lost
from lotse.ask.tests.searching import REGRESSED_BY_FUSION, ask_api, ask_lost

pytestmark = pytest.mark.ranking

# Swamped, drowned, buried, lost in (or under) the papers, letters, offices, laws, system (each
# was not lost, or went to another service, before this change).
SWAMPED = [
    ("en", "I'm buried under paperwork from all these offices. Is there a place for that?"),
    ("de", "Ich versinke in Briefen und Formularen von den Ämtern."),
    ("fr", "Je croule sous les papiers et les courriers des administrations."),
    ("es", "Estoy enterrada en papeles y cartas de las oficinas."),
    ("ro", "Sunt îngropată în hârtii și birouri. Există un loc pentru asta?"),
    ("pl", "Jestem zasypana papierami z urzędów. Czy jest na to jakieś miejsce?"),
    ("ru", "Я завалена бумагами из всех учреждений. Есть ли для этого место?"),
    ("uk", "Я потонула в паперах і установах. Чи є для цього якесь місце?"),
    ("bg", "Затрупана съм с документи и писма. Има ли място за това?"),
    ("tr", "Bürokrasi ve formlar altında eziliyorum."),
    ("ar", "أنا مدفونة تحت الأوراق والرسائل."),
    ("fa", "لای این همه کاغذبازی و قوانین گم شدیم."),
]

# Aimless, disoriented, adrift, with someone or somewhere asked for.
AIMLESS: list[Any] = [
    ("en", "I feel so adrift here. Is there somewhere for newcomers?"),
    ("de", "Ich fühle mich orientierungslos. Gibt es jemanden, der mir in Ruhe alles erklärt?"),
    ("fr", "Je suis à la dérive depuis mon arrivée. Il existe un endroit pour ça ?"),
    ("es", "Estoy desorientada. ¿Hay algún sitio para eso?"),
    ("ro", "Mă simt în derivă aici. Există un loc pentru asta?"),
    ("pl", "Jestem bez celu, zupełnie zdezorientowana. Gdzie jest miejsce dla nowych?"),
    pytest.param(
        "ru",
        "Я совсем дезориентирована. Где есть место для новых людей?",
        marks=REGRESSED_BY_FUSION,
    ),
    ("uk", "Почуваюся дезорієнтованою. Чи є хтось, хто спокійно все пояснить?"),
    ("bg", "Чувствам се без посока. Къде има място за новодошли?"),
    ("tr", "Burada amaçsızım. Yeni gelenler için bir yer var mı?"),
    ("ar", "أنا بلا هدف هون. في مكان للقادمين الجدد؟"),
    ("fa", "سرگردانم. کسی هست که همه چیز رو با حوصله توضیح بده؟"),
]

# Debts one drowns in, a document lost, an old person disoriented: their services, not lost.
NOT_LOST = [
    ("en", "I'm drowning in debt, who can help me?"),
    ("de", "Ich ertrinke in Schulden, wer hilft mir?"),
    ("es", "Me ahogo en deudas, ¿dónde pido ayuda?"),
    ("ru", "Я утонула в долгах, куда обратиться?"),
    ("en", "I lost my passport, where do I go?"),
    ("ru", "Я потерял паспорт, куда идти?"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), SWAMPED + AIMLESS)
def test_swamped_or_aimless_askers_go_to_counselling(client, lang, question):
    data = ask_lost(client, question, lang)
    assert data["answer"] is None


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), NOT_LOST)
def test_debts_and_lost_documents_keep_their_service(client, lang, question):
    data = ask_api(client, question)
    assert data["lost"] is False, (lang, question, [r["service"] for r in data["results"][:3]])


def test_the_swamped_words_need_the_offices_things():
    assert is_lost("Ich versinke in Briefen und Formularen")
    assert not is_lost("Ich versinke in Schulden")
    # (only `_SWAMPED` reads it: not lost before lane lost23; review of lost23)
    assert is_lost("Je croule sous les formulaires.")
    assert not is_lost("Je suis noyé sous les dettes.")


def test_aimless_needs_an_ask_for_someone():
    # (only `_AIMLESS` reads it: not lost before lane lost23; review of lost23)
    assert is_lost("Ando sin rumbo aquí, ¿dónde hay un sitio para eso?")
    assert not is_lost("My grandmother is disoriented and has dementia.")


# Beside a lost phrase: the forms listed among the parts of life, someone who listens or takes
# the time, everything being new here (each went to another service before).
BESIDE = [
    ("fr", "Les lettres, les formulaires, le logement : je suis complètement débordée."),
    ("es", "Me siento perdida y nadie me escucha. ¿Hay alguien que se tome el tiempo?"),
    ("fr", "Je suis perdue. Il y a quelqu'un qui peut prendre le temps de m'écouter ?"),
    ("bg", "Всичко ми е ново тук и се чувствам объркана."),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), BESIDE)
def test_forms_listening_and_all_new_here_name_nothing_beside_a_lost_phrase(client, lang, question):
    ask_lost(client, question, lang)
