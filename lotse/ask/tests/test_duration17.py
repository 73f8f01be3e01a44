"""How long, by when, within how many days (twenty-sixth session, lane duration17): the card of a
permit named by its purpose or name is not taken by the card-named services (the opportunity
card, the Blue Card, the lost documents' blocked card) nor the fictional certificate; the French
name of the settlement permit names it; "I have" told before the asking sentence is no time one
has; an office checking for a counted time takes time; entering without a visa is no EU
citizen's case; the Russian and Ukrainian how-many words after a preposition ("в течение
скольких дней"). Questions written for these tests, several languages."""

from __future__ import annotations

import numpy as np
import pytest

from lotse.ask import rules, selectors
from lotse.ask.answers import kinds
from lotse.core.models import City

pytestmark = pytest.mark.ranking

CARD_QUESTIONS = [
    # (question, language, the named permit)
    (
        "Combien de temps faut-il pour recevoir la carte du permis d'établissement ?",
        "fr",
        "settlement-permit",
    ),
    (
        "I gave my fingerprints for the settlement permit. How long until the card is ready?",
        "en",
        "settlement-permit",
    ),
    (
        "Ich habe alles für meine Aufenthaltserlaubnis als Fachkraft abgegeben. Wie lange "
        "dauert die Karte?",
        "de",
        "residence-permit-skilled-work",
    ),
    (
        "Ya di mis huellas para el permiso de residencia permanente. ¿Cuánto tarda la tarjeta?",
        "es",
        "settlement-permit",
    ),
    (
        "Oddałem odciski palców do karty stałego pobytu. Ile trwa wyprodukowanie karty?",
        "pl",
        "settlement-permit",
    ),
    (
        "Am dat amprentele pentru permisul de ședere ca student. Cât durează până primesc cardul?",
        "ro",
        "residence-permit-study",
    ),
    (
        "برای اقامت دائم انگشت‌نگاری کردم. کارت چقدر طول می‌کشه تا آماده بشه؟",
        "fa",
        "settlement-permit",
    ),
]


@pytest.mark.parametrize(("question", "language", "named"), CARD_QUESTIONS)
def test_the_card_of_a_named_permit_holds_the_card_named_services_back(question, language, named):
    assert rules.card_permit_asked(question) == named
    rivals = rules.card_rivals(question)
    assert {"opportunity-card", "lost-documents", "fictional-certificate"} <= set(rivals)
    assert named not in rivals


def test_the_card_rivals_keep_what_the_question_names():
    # the Blue Card named, a loss told, the fictional certificate asked: kept
    assert "eu-blue-card" not in rules.card_rivals(
        "Ich habe eine Blaue Karte und die Niederlassungserlaubnis beantragt. Wie lange dauert "
        "die Karte?"
    )
    assert "lost-documents" not in rules.card_rivals(
        "I lost my settlement permit card. How long does the new card take?"
    )
    assert "fictional-certificate" not in rules.card_rivals(
        "Wie lange dauert die Fiktionsbescheinigung für die Niederlassungserlaubnis?"
    )
    # no permit named: nothing held back
    assert rules.card_rivals("How long does the card take?") == ()


def test_the_card_rivals_are_held_back_only_in_a_processing_time_question():
    keys = ["settlement-permit", "opportunity-card", "lost-documents"]
    question = "Süresiz oturum izni kartı ne kadar sürede basılıyor?"
    taking = np.array([0.5, 0.8, 0.7], dtype=np.float32)
    rules.adjust(taking, question, keys, kind="processing_time", language="tr")
    assert taking[1] < 0.8 and taking[2] < 0.7
    fee = np.array([0.5, 0.8, 0.7], dtype=np.float32)
    rules.adjust(fee, question, keys, kind="cost", language="tr")
    assert fee[2] == pytest.approx(0.7)


def test_the_french_name_of_the_settlement_permit_names_it():
    assert rules.named_permit("Combien coûte le permis d'établissement ?") == "settlement-permit"
    assert rules.named_permit("Combien coûte le permis d’établissement ?") == "settlement-permit"


@pytest.mark.django_db
@pytest.mark.parametrize(("question", "language", "named"), CARD_QUESTIONS)
def test_the_card_of_a_named_permit_is_told_by_that_permit(question, language, named):
    city = City.objects.get(slug="dortmund")
    answer = selectors.search(city=city, query=question, language=language, limit=5)
    assert answer.fact is not None
    assert answer.fact.service == named and answer.fact.module == "processing_time"


@pytest.mark.parametrize(
    "question",
    [
        "Ich habe alles für meine Aufenthaltserlaubnis als Fachkraft abgegeben. Wie lange "
        "dauert die Karte?",
        "J'ai donné mes empreintes pour le titre de séjour étudiant. Combien de temps pour la "
        "carte ?",
    ],
)
def test_a_have_told_before_the_asking_sentence_is_no_time_held(question):
    assert kinds.classify(question) == "processing_time"


@pytest.mark.parametrize(
    "question",
    [
        "How much time do I have to register?",
        "Wie viel Zeit habe ich für die Anmeldung?",
        "Combien de temps ai-je pour déclarer mon adresse ?",
    ],
)
def test_a_time_held_in_the_asking_sentence_stays_a_time_limit(question):
    assert kinds.classify(question) == "deadline"


@pytest.mark.parametrize(
    "question",
    [
        "Wie viele Wochen prüft die Behörde meinen Antrag auf die Aufenthaltserlaubnis für "
        "Selbstständige?",
        "Combien de semaines l'administration vérifie-t-elle la demande de titre de séjour pour "
        "indépendant ?",
        "Колко седмици службата проверява молбата за самостоятелна заетост?",
        "كم أسبوع بتفحص الدائرة طلب إقامة العمل الحر؟",
    ],
)
def test_an_office_checking_for_a_counted_time_takes_time(question):
    assert kinds.classify(question) == "processing_time"


WITHOUT_VISA = [
    (
        "Ich bin ohne Visum eingereist. Innerhalb von wie vielen Tagen muss ich die "
        "Aufenthaltserlaubnis als Fachkraft beantragen?",
        "de",
    ),
    ("Vizesiz girdim. Mavi Kart için kaç gün içinde başvurmam gerekiyor?", "tr"),
    ("Am intrat fără viză. În câte zile trebuie să cer permisul de ședere?", "ro"),
    ("Wjechałem bez wizy. W ciągu ilu dni muszę złożyć wniosek o pobyt?", "pl"),
    ("دخلت ألمانيا بدون فيزا، خلال كم يوم لازم أقدم على الإقامة؟", "ar"),
    ("بدون ویزا وارد آلمان شدم. ظرف چند روز باید برای اقامت درخواست بدهم؟", "fa"),
    ("Я в'їхав без візи. За скільки днів треба подати заяву на дозвіл на проживання?", "uk"),
    ("Entré sin visado. ¿En cuántos días tengo que pedir la tarjeta azul?", "es"),
]


@pytest.mark.parametrize(("question", "language"), WITHOUT_VISA)
def test_entering_without_a_visa_holds_the_free_movement_back(question, language):
    rivals = rules.entered_without_visa_rivals(question)
    assert "eu-free-movement" in rivals and "opportunity-card" in rivals
    assert kinds.classify(question) == "deadline"


def test_a_visa_had_holds_nothing_back():
    assert rules.entered_without_visa_rivals("Ich bin mit einem Visum eingereist.") == ()
    # the training permit named is kept
    assert "residence-permit-training" not in rules.entered_without_visa_rivals(
        "I entered without a visa. Within how many days must I apply for the Ausbildung permit?"
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language", "named"),
    [
        (
            "Vizesiz girdim. Mavi Kart için kaç gün içinde başvurmam gerekiyor?",
            "tr",
            "eu-blue-card",
        ),
        (
            "Ich bin ohne Visum eingereist. Innerhalb von wie vielen Tagen muss ich die "
            "Aufenthaltserlaubnis als Fachkraft beantragen?",
            "de",
            "residence-permit-skilled-work",
        ),
    ],
)
def test_entering_without_a_visa_is_told_the_90_days(question, language, named):
    city = City.objects.get(slug="dortmund")
    answer = selectors.search(city=city, query=question, language=language, limit=5)
    assert answer.fact is not None and answer.fact.service == named
    assert answer.fact.module == "deadlines" and "90" in answer.fact.text


@pytest.mark.parametrize(
    "question",
    [
        "Я въехал без визы. В течение скольких дней я должен подать на голубую карту?",
        "Протягом скількох днів треба подати заяву після в'їзду без візи?",
    ],
)
def test_the_how_many_word_after_a_preposition_counts_time(question):
    assert kinds.classify(question) == "deadline"


def test_an_age_or_several_is_no_count_of_time():
    assert kinds.classify("Со скольких лет можно работать?") != "deadline"
    assert kinds.classify("В нескольких днях?") is None
