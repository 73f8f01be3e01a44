"""The lost, twenty-fourth session (lane lost14): getting lost in the offices (reflexive and
present forms: "I get lost", "je m'y perds", "me pierdo", "mă pierd", "kayboluyorum", "عم ضيع
بين", "total verloren"), whom to address ("à qui je peux m'adresser", "who should I address"),
"who can tell me" in the infinitive ("хто може підказати"), the Arabic "my papers" with "with"
written onto it ("بأوراقي"), the system as a whole beside a lost phrase ("rien au système ici"),
a greeting ("Здравейте": health's first letters) and a longer "blicke … nicht durch". Sentences
written for this test, not taken from an evaluation set; a question that names its service or
need keeps it."""

from __future__ import annotations

import pytest

from lotse.ask.tests.searching import ask_api, ask_lost

pytestmark = pytest.mark.ranking

LOST = [
    # getting lost in it
    ("de", "Ich bin hier neu und fühle mich ehrlich gesagt ganz schön verloren mit den Behörden"),
    ("de", "Wer hilft mir mit meinen Papieren? Bin neu hier und total verloren"),
    ("en", "I get lost with all these offices here, who can help?"),
    ("tr", "Bu kadar dairenin arasında kayboluyorum, kim yardım eder?"),
    ("ar", "عم ضيع بين كل هالدوائر، مين بيساعدني؟"),
    ("uk", "Я гублюся в усіх цих установах, хто допоможе?"),
    ("ru", "Я путаюсь во всех этих конторах, кто поможет?"),
    ("pl", "Gubię się w tych wszystkich urzędach, kto pomoże?"),
    ("bg", "Губя се във всички тези служби, кой ще ми помогне?"),
    ("ro", "Mă pierd printre toate birourile astea, cine mă ajută?"),
    ("fr", "Je m'y perds avec tous ces bureaux ici, qui peut m'aider ?"),
    ("fr", "On s'y perd avec toutes ces administrations, qui peut m'aider ?"),
    ("es", "Me pierdo con tantas oficinas, ¿quién me ayuda?"),
    ("fa", "بین این همه اداره گم میشم، کی کمکم میکنه؟"),
    # my papers, in spoken Arabic
    ("ar", "مين بيساعدني بأوراقي؟ أنا جديد هون وحاسس حالي ضايع"),
    ("ar", "مين بيقدر يساعدني بأوراقي؟ انا لسا جديد هون"),
    # whom to address
    ("fr", "Je ne comprends rien à comment tout fonctionne ici, à qui je peux m'adresser ?"),
    ("en", "I'm new here, who should I address?"),
    ("ro", "Sunt nou aici, cui mă pot adresa?"),
    # who can tell me (infinitive)
    ("uk", "Хто може підказати, куди мені йти з документами? Я тут новенька"),
    ("ru", "Кто может подсказать, куда мне идти с бумагами? Я тут новенький"),
    # the system as a whole
    ("fr", "Je suis perdu, je ne comprends rien au système ici"),
    ("en", "I'm new and I don't get the system here at all, who can help?"),
    ("de", "Ich bin neu und verstehe das System hier nicht, wer kann helfen?"),
    ("es", "Soy nuevo y no entiendo el sistema, ¿quién me orienta?"),
    # a greeting
    ("bg", "Здравейте, току-що пристигнахме и не знаем откъде да започнем"),
    ("ru", "Здравствуйте, я тут новенький и не знаю, с чего начать"),
    # a long "blicke … nicht durch"
    ("de", "Ich blicke bei den vielen Ämtern, Briefen und Formularen hier überhaupt nicht durch"),
]

# Before this change 18 of these 28 failed; the Farsi, Ukrainian, Russian, Polish and Bulgarian
# "getting lost", the Romanian "cui mă pot adresa", both "who can tell me", the German system and
# the Russian greeting already went to counselling (kept as guards of their class).
NOT_LOST = [
    ("Ich habe meinen Pass verloren, wer hilft mir?", "lost-documents"),
    ("I lost my residence card, who can I turn to?", "lost-documents"),
    ("I got lost documents, who can I contact?", None),
    ("J'ai perdu mon passeport, à qui je dois m'adresser ?", "lost-documents"),
    ("Perdí mi pasaporte, ¿a quién puedo dirigirme?", "lost-documents"),
    ("Mi-am pierdut buletinul, cine mă poate ajuta?", "lost-documents"),
    ("ضيعت جوازي، لمين بروح؟", "lost-documents"),
    ("I don't understand the school system here, who can explain?", None),
    ("Ich verstehe das Schulsystem nicht, wer kann mir helfen?", "school-types-nrw"),
    ("Nie rozumiem systemu szkolnego w Niemczech, kto pomoże?", "school-types-nrw"),
    ("Je ne comprends rien au système de points de la carte d'opportunité", "opportunity-card"),
    ("Okul sistemini anlamıyorum, kim açıklayabilir?", "school-types-nrw"),
    ("Здравейте, колко струва лична карта?", None),
    ("Хто може підказати, як подати на Kindergeld?", "child-benefit"),
    ("À qui dois-je m'adresser pour changer mon adresse ?", None),
    ("Who should I address my tax return to?", "income-tax-return"),
    ("Me pierdo con los horarios del autobús, ¿dónde los veo?", "local-public-transport"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), LOST)
def test_lost_askers_go_to_counselling(client, lang, question):
    data = ask_lost(client, question, lang)
    assert data["answer"] is None


@pytest.mark.django_db
@pytest.mark.parametrize(("question", "service"), NOT_LOST)
def test_a_named_service_or_need_is_not_lost(client, question, service):
    data = ask_api(client, question)
    assert data["lost"] is False, (question, [r["service"] for r in data["results"][:3]])
    if service is not None:
        assert data["results"][0]["service"] == service
