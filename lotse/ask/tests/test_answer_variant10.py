"""The asked variant among a module's sentences (twenty-second session, lane variant10): two
sentences that state the same kind of value for two variants (an age for the general case and
one for a child in training, a time limit and a shorter one, a first fee and a later one) and
that nothing of the question chooses between are told together, whole, in text order; a
question that names one variant gets its sentence alone; words that only say how the question
is put ("if", "me") choose no variant. Sentences and questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers
from lotse.ask.analysis import analyze

pytestmark = pytest.mark.ranking

best = answers.sentences._best_sentence
sentence = answers._text._sentence


def question_terms(question, kind, language, topic=""):
    """The question's terms as `service_fact` reads them, the service's name words (`topic`)
    left out."""
    terms = set(answers.sentences.question_terms(question, kind, language))
    return terms - set(analyze(topic, language))


# (language, the service's name, question, general sentence, conditional sentence): an age the
# allowance is paid up to, in the general case and for a child in training
AGES = [
    (
        "de",
        "Zuschuss",
        "Bis zu welchem Alter wird der Zuschuss gezahlt?",
        "Der Zuschuss wird in der Regel bis zum 18. Geburtstag gezahlt.",
        "Macht Ihr Kind danach eine Lehre, wird der Zuschuss bis zum 25. Geburtstag gezahlt.",
    ),
    (
        "en",
        "allowance",
        "Until what age is the allowance paid?",
        "The allowance is usually paid until the 18th birthday.",
        "If your child then does an apprenticeship, the allowance is paid until the 25th birthday.",
    ),
    (
        "fr",
        "allocation",
        "Jusqu'à quel âge l'allocation est-elle versée ?",
        "L'allocation est versée en général jusqu'au 18e anniversaire.",
        "Si votre enfant fait ensuite un apprentissage, l'allocation est versée jusqu'au 25e "
        "anniversaire.",
    ),
    (
        "es",
        "subsidio",
        "¿Hasta qué edad se paga el subsidio?",
        "El subsidio se paga por lo general hasta los 18 años.",
        "Si su hijo hace después un aprendizaje, el subsidio se paga hasta los 25 años.",
    ),
    (
        "tr",
        "yardım",
        "Yardım hangi yaşa kadar ödenir?",
        "Yardım genellikle 18 yaşına kadar ödenir.",
        "Çocuğunuz sonra bir çıraklık yaparsa, yardım 25 yaşına kadar ödenir.",
    ),
    (
        "pl",
        "zasiłek",
        "Do jakiego wieku wypłaca się zasiłek?",
        "Zasiłek wypłaca się zwykle do ukończenia 18 lat.",
        "Jeśli dziecko potem uczy się zawodu, zasiłek wypłaca się do ukończenia 25 lat.",
    ),
    (
        "ro",
        "alocația",
        "Până la ce vârstă se plătește alocația?",
        "Alocația se plătește de regulă până la vârsta de 18 ani.",
        "Dacă copilul face apoi o ucenicie, alocația se plătește până la vârsta de 25 de ani.",
    ),
    (
        "ru",
        "пособие",
        "До какого возраста платят пособие?",
        "Пособие обычно платят до 18 лет.",
        "Если ребёнок потом учится профессии, пособие платят до 25 лет.",
    ),
    (
        "uk",
        "допомога",
        "До якого віку платять допомогу?",
        "Допомогу зазвичай платять до 18 років.",
        "Якщо дитина потім навчається професії, допомогу платять до 25 років.",
    ),
    (
        "bg",
        "помощ",
        "До каква възраст се плаща помощта?",
        "Помощта обикновено се плаща до 18 години.",
        "Ако детето след това учи професия, помощта се плаща до 25 години.",
    ),
    (
        "ar",
        "المساعدة",
        "حتى أي عمر تُدفع المساعدة؟",
        "تُدفع المساعدة عادةً حتى سن 18 عامًا.",
        "إذا تعلّم طفلك بعد ذلك مهنة، تُدفع المساعدة حتى سن 25 عامًا.",
    ),
    (
        "fa",
        "کمک",
        "کمک تا چه سنی پرداخت می‌شود؟",
        "کمک معمولاً تا 18 سالگی پرداخت می‌شود.",
        "اگر فرزندتان پس از آن حرفه‌ای بیاموزد، کمک تا 25 سالگی پرداخت می‌شود.",
    ),
]


@pytest.mark.parametrize(("language", "topic", "question", "general", "conditional"), AGES)
def test_two_ages_the_question_does_not_choose_between_are_told_together(
    language, topic, question, general, conditional
):
    sentences = [sentence(general, language), sentence(conditional, language)]
    terms = question_terms(question, "deadline", language, topic)
    told, _score = best(
        sentences, terms, "deadline", "body", quantity="age", language=language, contrast=True
    )
    assert told is not None
    assert told.text == f"{general} {conditional}"
    # without the contrastive reading (whether the service states the fact at all): the first
    told, _score = best(sentences, terms, "deadline", "body", quantity="age", language=language)
    assert told is sentences[0]


# the service's name: a card
CARD = {
    "de": "Karte",
    "en": "card",
    "fr": "carte",
    "es": "tarjeta",
    "tr": "kartın",
    "pl": "karta",
    "ro": "cardul",
    "ru": "карта",
    "uk": "картка",
    "bg": "картата",
    "ar": "البطاقة",
    "fa": "کارت",
}
# (language, question, fee of the first permit, fee of its extension, a question naming the
# extension)
FEES = [
    (
        "de",
        "Was kostet die Karte?",
        "Die erste Ausstellung der Karte kostet 100 Euro.",
        "Die Verlängerung kostet 93 Euro.",
        "Was kostet die Verlängerung der Karte?",
    ),
    (
        "en",
        "How much is the card?",
        "Issuing the card for the first time costs 100 euros.",
        "An extension costs 93 euros.",
        "How much is the extension of the card?",
    ),
    (
        "es",
        "¿Cuánto cuesta la tarjeta?",
        "La primera expedición de la tarjeta cuesta 100 euros.",
        "La prórroga cuesta 93 euros.",
        "¿Cuánto cuesta la prórroga de la tarjeta?",
    ),
    (
        "ru",
        "Сколько стоит карта?",
        "Первая выдача карты стоит 100 евро.",
        "Продление стоит 93 евро.",
        "Сколько стоит продление карты?",
    ),
    (
        "tr",
        "Kartın ücreti ne kadar?",
        "Kartın ilk verilmesi 100 Euro tutar.",
        "Uzatma 93 Euro tutar.",
        "Kartın uzatma ücreti ne kadar?",
    ),
    (
        "fr",
        "Combien coûte la carte ?",
        "La première délivrance de la carte coûte 100 euros.",
        "La prolongation de la carte coûte 93 euros.",
        "Combien coûte la prolongation de la carte ?",
    ),
    (
        "pl",
        "Ile kosztuje karta?",
        "Pierwsze wydanie karty kosztuje 100 euro.",
        "Przedłużenie karty kosztuje 93 euro.",
        "Ile kosztuje przedłużenie karty?",
    ),
    (
        "ro",
        "Cât costă cardul?",
        "Prima eliberare a cardului costă 100 de euro.",
        "Prelungirea cardului costă 93 de euro.",
        "Cât costă prelungirea cardului?",
    ),
    (
        "uk",
        "Скільки коштує картка?",
        "Перша видача картки коштує 100 євро.",
        "Продовження картки коштує 93 євро.",
        "Скільки коштує продовження картки?",
    ),
    (
        "bg",
        "Колко струва картата?",
        "Първото издаване на картата струва 100 евро.",
        "Удължаването на картата струва 93 евро.",
        "Колко струва удължаването на картата?",
    ),
    (
        "ar",
        "كم تكلفة البطاقة؟",
        "الإصدار الأول للبطاقة يكلف 100 يورو.",
        "تمديد البطاقة يكلف 93 يورو.",
        "كم تكلفة تمديد البطاقة؟",
    ),
    (
        "fa",
        "کارت چقدر هزینه دارد؟",
        "صدور اول کارت 100 یورو است.",
        "تمدید کارت 93 یورو است.",
        "تمدید کارت چقدر هزینه دارد؟",
    ),
]


@pytest.mark.parametrize(("language", "question", "first", "extension", "named"), FEES)
def test_a_fee_of_two_variants_is_told_together_unless_the_question_names_one(
    language, question, first, extension, named
):
    topic = CARD[language]
    sentences = [sentence(first, language), sentence(extension, language)]
    terms = question_terms(question, "cost", language, topic)
    told, _score = best(sentences, terms, "cost", "fees", language=language, contrast=True)
    assert told is not None
    assert told.text == f"{first} {extension}"
    # the question names the extension: its sentence alone
    terms = question_terms(named, "cost", language, topic)
    told, _score = best(sentences, terms, "cost", "fees", language=language, contrast=True)
    assert told is sentences[1]
    # a validity in years and the hours one may work: not two variants of one value (English)
    sentences = [
        sentence("The card is valid for up to one year.", "en"),
        sentence("You may work up to 20 hours a week.", "en"),
    ]
    terms = set(question_terms("How long is the card valid?", "validity", "en"))
    told, _score = best(sentences, terms, "validity", "body", language="en", contrast=True)
    assert told is sentences[0]
    # two periods of two things (how long it is granted, when to apply again): no word in
    # common beside the unit, not two variants of one value
    two_things = [
        sentence("The benefit is usually granted for 12 months.", "en"),
        sentence("Send the next application two months before the end.", "en"),
    ]
    terms = set(question_terms("For how long is it granted?", "validity", "en"))
    told, _score = best(two_things, terms, "validity", "deadlines", language="en", contrast=True)
    assert told is two_things[0]
    # the same figure twice is no choice either
    same = [
        sentence("The card costs 100 euros.", "en"),
        sentence("Its renewal also costs 100 euros.", "en"),
    ]
    terms = set(question_terms("How much is the card?", "cost", "en"))
    told, _score = best(same, terms, "cost", "fees", language="en", contrast=True)
    assert told is same[0]


# (language, question put with "if" and "me", a time limit in months, the shorter limit its
# condition gives in days)
LIMITS = [
    (
        "ru",
        "Когда нужно встать на учёт, если меня увольняют?",
        "Встаньте на учёт не позднее чем за три месяца до конца работы.",
        "Если до конца работы меньше трёх месяцев, — в течение трёх дней.",
    ),
    (
        "uk",
        "Коли треба стати на облік, якщо мене звільняють?",
        "Станьте на облік не пізніше ніж за три місяці до кінця роботи.",
        "Якщо до кінця роботи менше трьох місяців, — протягом трьох днів.",
    ),
    (
        "pl",
        "Kiedy muszę się zarejestrować, jeśli mnie zwalniają?",
        "Zgłoś się najpóźniej trzy miesiące przed końcem pracy.",
        "Jeśli do końca pracy jest mniej niż trzy miesiące – w ciągu trzech dni.",
    ),
    (
        "tr",
        "Eğer beni işten çıkarırlarsa ne zaman başvurmalıyım?",
        "Sözleşmenin bitiminden en geç üç ay önce kaydolun.",
        "Eğer bitime üç aydan az kaldıysa, üç gün içinde.",
    ),
    (
        "fr",
        "Quand dois-je m'inscrire si on me licencie ?",
        "Inscrivez-vous au plus tard trois mois avant la fin du contrat.",
        "Si la fin est dans moins de trois mois, dans les trois jours.",
    ),
    (
        "ro",
        "Când trebuie să mă înscriu dacă mă concediază?",
        "Înscrieți-vă cel târziu cu trei luni înainte de sfârșitul muncii.",
        "Dacă până la sfârșitul muncii sunt mai puțin de trei luni, în termen de trei zile.",
    ),
]


@pytest.mark.parametrize(("language", "question", "months", "days"), LIMITS)
def test_if_and_me_choose_no_variant(language, question, months, days):
    sentences = [sentence(months, language), sentence(days, language)]
    terms = set(question_terms(question, "deadline", language))
    told, _score = best(sentences, terms, "deadline", "deadlines", language=language, contrast=True)
    assert told is not None
    # the conditional sentence alone, chosen by the question's "if" or "me", never answers
    assert told.text.startswith(months)
