"""Type errors of yes/no and time questions: whether a call is paid, paid for the months
before applying, how long something can take, for how long it is granted, a Turkish dative
that is no call; from when a benefit counts; a second service's sentence that holds fewer of
the question's words than the first's."""

from __future__ import annotations

import pytest

from lotse.ask import analysis, answers

pytestmark = pytest.mark.ranking


@pytest.mark.parametrize(
    "question",
    [
        "Is calling the emergency number 112 free of charge?",
        "Do I have to pay when I call the hotline for women?",
        "Kostet der Anruf beim ärztlichen Bereitschaftsdienst etwas?",
        "Est-ce que l'appel au 116 117 est gratuit ?",
        "¿Es gratis llamar a la línea de ayuda?",
        "Acil hattı 112'yi aramak ücretli mi?",
        "Czy połączenie z numerem 112 jest płatne?",
        "Costă ceva dacă sun la linia de urgență?",
        "Звонок по номеру 112 бесплатный?",
        "Чи треба платити, якщо я подзвоню на гарячу лінію?",
        "Трябва ли да платя, ако се обадя на телефона за помощ?",
        "هل أدفع شيئاً إذا اتصلت بخط المساعدة؟",
        "آیا تماس با خط کمک زنان هزینه دارد؟",
    ],
)
def test_whether_a_call_is_paid_is_a_cost_question(question):
    assert answers.classify(question) == "cost"


@pytest.mark.parametrize(
    "question",
    [
        "Which number can I call for free advice?",
        "Welche Nummer rufe ich kostenlos an?",
        "What is the phone number of the women's helpline?",
        "Care e numărul liniei de ajutor pentru femei?",
    ],
)
def test_which_number_to_call_stays_a_phone_question(question):
    assert answers.classify(question) == "phone"


@pytest.mark.parametrize(
    "question",
    [
        "Kursuna kayıt olurken hangi belgeleri getirmeliyim?",
        "Pasaport başvurusuna giderken yanımda neler olmalı?",
        "Oturma izni başvurusuna hangi evraklar lazım?",
    ],
)
def test_a_turkish_dative_in_suna_is_no_call(question):
    assert answers.classify(question) == "documents"


@pytest.mark.parametrize(
    "question",
    [
        "¿Me pagan el subsidio de los meses anteriores a la solicitud?",
        "Bekomme ich das Elterngeld auch für die Monate vor dem Antrag?",
        "Do they pay housing benefit for the months before I applied?",
        "Est-ce qu'on me paie les mois précédant la demande ?",
        "Başvurudan önceki aylar için de para ödeniyor mu?",
        "Czy dostanę pieniądze za miesiące przed złożeniem wniosku?",
        "Pe câte luni în urmă se plătește ajutorul?",
        "Платят ли пособие за месяцы до подачи заявления?",
        "Чи платять допомогу за минулі місяці?",
        "Плащат ли помощта за месеците преди подаване на заявлението?",
        "هل يدفعون الإعانة عن الأشهر السابقة للطلب؟",
        "آیا برای ماه‌های قبل از درخواست هم پول می‌دهند؟",
    ],
)
def test_paid_for_the_months_before_applying_asks_how_far_back(question):
    assert answers.kinds.asks_retroactive(question)
    assert answers.classify(question) == "deadline"


@pytest.mark.parametrize(
    "question",
    ["How much does the application cost?", "Wie viel kostet der Antrag?"],
)
def test_a_fee_for_the_application_is_not_retroactive(question):
    assert not answers.kinds.asks_retroactive(question)
    assert answers.classify(question) == "cost"


@pytest.mark.parametrize(
    "question",
    [
        "How long can the check of the documents take?",
        "How long may the approval take?",
        "Cât poate dura verificarea dacă avem acte străine?",
        "Ne kadar sürebilir kontrol?",
        "Скільки може тривати перевірка?",
        "Колко може да трае проверката?",
        "Wie lange kann die Prüfung dauern?",
    ],
)
def test_how_long_it_can_take_is_processing_time(question):
    assert answers.classify(question) == "processing_time"


@pytest.mark.parametrize(
    "question",
    [
        "For how long is housing benefit usually approved?",
        "Für wie lange wird das Wohngeld bewilligt?",
        "¿Por cuánto tiempo se concede la ayuda de vivienda?",
        "Pour combien de temps l'aide au logement est-elle accordée ?",
        "Konut yardımı ne kadar süreyle onaylanır?",
        "Na jak długo przyznaje się dodatek mieszkaniowy?",
        "Pe cât timp se acordă ajutorul pentru locuință?",
        "На какой срок назначают жилищное пособие?",
        "На який строк призначають житлову допомогу?",
        "За какъв срок се отпуска помощта за жилище?",
        "لأي مدة تتم الموافقة على إعانة السكن؟",
        "کمک اجاره برای چه مدتی تأیید می‌شود؟",
    ],
)
def test_for_how_long_it_is_granted_is_validity(question):
    assert answers.classify(question) == "validity"


@pytest.mark.parametrize(
    ("language", "question", "sentences"),
    [
        (
            "ar",
            "من أي يوم تُحسب الإعانة إذا تأخرت في الطلب؟",
            ["لا تُصرف الإعانة إلا بطلب.", "ويسري الطلب بأثر رجعي من اليوم الأول من الشهر."],
        ),
        (
            "de",
            "Ab wann wird das Geld gezahlt, wenn ich den Antrag spät stelle?",
            [
                "Das Geld gibt es nur auf Antrag.",
                "Der Antrag gilt rückwirkend ab dem Ersten des Monats.",
            ],
        ),
        (
            "en",
            "From when is the benefit counted if I apply late?",
            [
                "The benefit is only paid on application.",
                "The application counts retroactively from the first day of the month.",
            ],
        ),
    ],
)
def test_from_when_takes_the_sentence_of_how_far_back_it_counts(language, question, sentences):
    assert answers.classify(question) == "deadline"
    parsed = [answers._text._sentence(text, language) for text in sentences]
    terms = set(analysis.analyze(answers.content_words(question, "deadline"), language))
    best, _score = answers.sentences._best_sentence(
        parsed, terms, "deadline", "deadlines", from_when=answers.kinds.asks_from_when(question)
    )
    assert best is parsed[1]


def test_a_second_sentence_holding_fewer_question_words_does_not_answer():
    # the first's sentence holds the asked thing and the shared verb; the second's only the verb
    assert not answers.second_sentence_agrees(1, 2)
    assert answers.second_sentence_agrees(2, 2)
    assert answers.second_sentence_agrees(1, 0)
    assert answers.second_sentence_agrees(0, 0)
    assert not answers.second_sentence_agrees(0, 1)
