"""The lost, twenty-sixth session (lane lost16): lost askers who say they are overwhelmed were
sent to a service a word of their story named. Everything is too much or grows over one's head
("das wird mir alles zu viel", "todo me supera", "wszystko mnie przerasta", "فوق طاقتي"), one
cannot cope or manages nothing any more, one's head spins from the offices, panic from their
letters, a pile of letters one cannot read, knowing nobody and not knowing one's way around the
offices ("kennen uns mit den Ämtern nicht aus"), with the parts of one's life listed as what
weighs (the flat, the papers, work), being alone here, and coming to join the spouse ("join",
"rejoindre", "reunirme" are the family reunification's words). Sentences written for this test,
not taken from an evaluation set; a question that names its service or need keeps it."""

from __future__ import annotations

import pytest

from lotse.ask.tests.searching import ask_api, ask_lost

pytestmark = pytest.mark.ranking

# Each of these went to a service before this change (lost False).
LOST = [
    ("de", "Das wird mir alles zu viel: die Wohnung, die Ämter, der neue Job"),
    ("de", "Seit wir mit den Kindern hergezogen sind, kriege ich hier nichts mehr auf die Reihe"),
    ("en", "It's all getting too much for me: the flat, the paperwork, the job"),
    ("en", "Between the town hall, the forms and the language I just can't manage any more"),
    ("tr", "Her şey üstüme üstüme geliyor: ev, evraklar, iş"),
    ("ar", "كل شي صار فوق طاقتي: البيت والأوراق والشغل"),
    ("uk", "Мені все це вже не під силу: житло, папери, робота"),
    ("uk", "У мене голова йде обертом від усіх цих установ"),
    ("ru", "Я больше не справляюсь: квартира, бумаги, работа"),
    ("pl", "Wszystko mnie przerasta: mieszkanie, papiery, praca"),
    ("bg", "Всичко ми идва в повече: квартирата, документите, работата"),
    ("ro", "Nu mai fac față: locuința, actele, serviciul"),
    ("fr", "Tout ça me dépasse : le logement, les papiers, le travail"),
    ("fr", "J'ai la tête qui tourne avec toutes ces administrations"),
    ("es", "Todo me supera: el piso, los papeles, el trabajo"),
    ("fa", "دیگه از پس خونه و مدارک و کار برنمیام"),
    ("de", "Ich bin allein hier, kenne niemanden und verstehe die Briefe nicht"),
    ("en", "I'm all alone here, I don't know anybody and I don't understand the letters I get"),
    ("ro", "Sunt singură aici, nu cunosc pe nimeni și nu înțeleg scrisorile"),
    ("fr", "Je suis seule ici, je ne connais personne et je ne comprends pas les courriers"),
    ("es", "Estoy sola aquí, no conozco a nadie y no entiendo las cartas"),
    ("de", "Auf meinem Tisch liegt ein Stapel Briefe auf Deutsch, die ich nicht lesen kann"),
    ("en", "There's a stack of letters in German on my table that I can't read"),
    ("ar", "عندي كومة رسائل بالألماني ما بقدر اقراها"),
    ("uk", "У мене ціла купа листів німецькою, які я не можу прочитати"),
    ("ru", "У меня куча писем на немецком, которые я не могу прочитать"),
    ("pl", "Mam stos listów po niemiecku, których nie umiem przeczytać"),
    ("bg", "Имам купчина писма на немски, които не мога да прочета"),
    ("ro", "Am un teanc de scrisori în germană pe care nu le pot citi"),
    ("fr", "J'ai une pile de lettres en allemand que je n'arrive pas à lire"),
    ("es", "Tengo un montón de cartas en alemán que no puedo leer"),
    ("de", "Wir sind aus Hamburg hergezogen und kennen uns mit den Ämtern hier nicht aus"),
    ("en", "I came to join my husband and feel completely lost"),
    ("uk", "Я приїхала до чоловіка і почуваюся зовсім розгубленою"),
    ("fr", "Je suis venue rejoindre mon mari et je me sens complètement perdue"),
    ("es", "Vine a reunirme con mi marido y me siento totalmente perdida"),
    (
        "de",
        "Wir sind seit zwei Wochen mit den Kindern hier und wissen nicht, wo wir anfangen sollen und zu wem wir gehen sollen",
    ),
    ("pl", "Mieszkam tu od miesiąca i już się gubię w tych wszystkich urzędach"),
    ("ro", "M-am mutat cu copiii și simt că nu reușesc nimic"),
    ("es", "Me mudé con los niños y siento que no consigo nada"),
    (
        "de",
        "Ich habe Panik wegen der Briefe von so vielen Ämtern, wo kann ich mit jemandem sprechen?",
    ),
]

# Guards: a named service or need keeps its question (all passed before as well).
NOT_LOST = [
    ("Ich bin allein und habe heute Nacht keinen Schlafplatz", "homelessness-help"),
    ("I feel so lonely and depressed, I need a psychologist", "mental-health-support"),
    ("Die Mahnungen stapeln sich und ich kann die Raten nicht mehr bezahlen", "debt-counselling"),
    (
        "We moved from Berlin to Dortmund, how do I register my new address?",
        "residence-registration",
    ),
    ("I want to bring my wife to join me here, what do I need?", "family-reunification"),
    # one part of life alone, said as a need, keeps its service
    ("It's all too much, I need a flat for my family", None),
    ("Mir wird alles zu viel, ich brauche dringend eine Wohnung", None),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), LOST)
def test_overwhelmed_askers_go_to_counselling(client, lang, question):
    data = ask_lost(client, question, lang)
    assert data["answer"] is None


@pytest.mark.django_db
@pytest.mark.parametrize(("question", "service"), NOT_LOST)
def test_a_named_service_or_need_is_not_lost(client, question, service):
    data = ask_api(client, question)
    assert data["lost"] is False, (question, [r["service"] for r in data["results"][:3]])
    if service is not None:
        assert data["results"][0]["service"] == service


def test_a_single_part_of_life_is_kept_beside_the_overwhelmed_phrase():
    from lotse.ask.answers.lost import without_lost_words

    assert "wohnung" in without_lost_words("Mir wird alles zu viel, ich brauche eine Wohnung")
    assert "wohnung" not in without_lost_words(
        "Das wird mir alles zu viel: die Wohnung, die Ämter, der neue Job"
    )


# Feeling lonely beside a lost phrase: the newcomer who knows nobody yet, not a need of its own
# (`rules.tells_low_mood(..., loneliness=False)`); "samotna" is the single parent's word. Each
# went to a service before.
LONELY_LOST = [
    ("en", "I don't understand how anything works here and I feel so lonely"),
    ("tr", "Burada yalnızım, kimseyi tanımıyorum ve gelen mektupları anlamıyorum"),
    ("de", "Ich verstehe hier nichts, wie alles funktioniert, und fühle mich so einsam"),
    ("fr", "Je ne comprends rien à comment ça marche ici et je me sens tellement seule"),
    ("es", "No entiendo nada de cómo funcionan las cosas aquí y me siento muy sola"),
    ("ru", "Я ничего не понимаю, как тут всё устроено, и мне так одиноко"),
    ("pl", "Nic nie rozumiem, jak tu wszystko działa, i czuję się samotna"),
    ("ro", "Nu înțeleg nimic din cum merg lucrurile aici și mă simt singură"),
]

# Loneliness with another sign of low mood, or without a lost phrase, is no lost asker.
LONELY_NOT_LOST = [
    "I feel so lonely and depressed, I need a psychologist",
    "Ich fühle mich einsam und kann nachts nicht schlafen, an wen kann ich mich wenden?",
    "I'm so lonely and I can't sleep, who can help me?",
    "I feel lonely, is there a club or a place to meet people?",
]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), LONELY_LOST)
def test_lonely_newcomers_beside_a_lost_phrase_go_to_counselling(client, lang, question):
    ask_lost(client, question, lang)


@pytest.mark.django_db
@pytest.mark.parametrize("question", LONELY_NOT_LOST)
def test_loneliness_with_low_mood_or_no_lost_phrase_is_not_lost(client, question):
    assert ask_api(client, question)["lost"] is False


def test_loneliness_alone_counts_as_low_mood_only_when_asked():
    from lotse.ask.rules import tells_low_mood

    assert tells_low_mood("I feel so lonely here")
    assert not tells_low_mood("I feel so lonely here", loneliness=False)
    assert tells_low_mood("I feel so lonely and I can't sleep", loneliness=False)
