"""Offices, phones and documents (twenty-fifth session, lane office15). Three classes: an office's
opening hours asked by its name in forms the open type missed; the form one needs is one of the
papers (a documents question); a phone question answered by an office card whose service's text
gives the asked line beside the card's own number (the women's shelter, the anonymous helpline)
gets that line, while the card's own line and the office by its name keep the card. Questions
written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import selectors
from lotse.ask.answers import kinds
from lotse.core.models import City

pytestmark = pytest.mark.ranking


def _fact(question: str):
    city = City.objects.get(slug="dortmund")
    return selectors.search(city=city, query=question, limit=10).fact


# (1) An office's hours asked by its name: each of these was read as no type before.
OFFICE_HOURS = [
    "Gewerbeamt hours?",
    "What are the hours of the Gewerbeamt?",
    "Kiedy czynny jest Gewerbeamt?",
    "Godziny pracy Gewerbeamt?",
    "Який розклад роботи Gewerbeamt?",
    "Какой график работы у Gewerbeamt?",
    "В кои часове работи Gewerbeamt?",
    "ما هي ساعات عمل Gewerbeamt؟",
    "أوقات عمل Gewerbeamt",
    "ساعت کار Gewerbeamt",
]


@pytest.mark.parametrize("question", OFFICE_HOURS)
def test_an_offices_hours_asked_by_name(question):
    assert kinds.classify(question) == "open"


# a count of working hours is no office's hours
@pytest.mark.parametrize(
    "question",
    [
        "Ile godziny pracy tygodniowo może mieć student?",
        "كم ساعات عمل مسموح للطالب؟",
        "چند ساعت کار در هفته مجاز است؟",
    ],
)
def test_a_count_of_working_hours_is_no_opening_hours(question):
    assert kinds.classify(question) != "open"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "В кои часове работи Gewerbeamt?",
        "ما هي ساعات عمل Gewerbeamt؟",
        "Kiedy czynny jest Gewerbeamt?",
    ],
)
def test_the_trade_offices_hours_answer(question):
    fact = _fact(question)
    assert fact is not None and fact.office == "trade-office" and "08:00" in fact.text


# (2) The form one needs is one of the papers, in the twelve languages.
DOG_FORM = [
    "Welches Formular brauche ich, um meinen Hund anzumelden?",
    "Which form do I need to register my dog?",
    "Quel formulaire faut-il pour déclarer mon chien ?",
    "¿Qué formulario necesito para registrar a mi perro?",
    "Köpeğimi kaydettirmek için hangi form gerekiyor?",
    "Jaki formularz jest potrzebny, żeby zarejestrować psa?",
    "Ce formular trebuie pentru a înregistra câinele?",
    "Какой бланк нужен, чтобы зарегистрировать собаку?",
    "Яка форма потрібна, щоб зареєструвати собаку?",
    "Какъв формуляр ми трябва, за да регистрирам куче?",
    "ما هو النموذج الذي أحتاجه لتسجيل كلبي؟",
    "برای ثبت سگم چه فرمی لازم است؟",
]


@pytest.mark.parametrize("question", DOG_FORM)
def test_the_form_asked_is_a_documents_question(question):
    assert kinds.classify(question) == "documents"


@pytest.mark.django_db
@pytest.mark.parametrize("question", DOG_FORM)
def test_the_dog_form_answers(question):
    fact = _fact(question)
    assert fact is not None and fact.module == "documents"
    assert "Anmeldung eines Hundes" in fact.text


# a pile of forms is no paper asked for; "employer" (کارفرما) and "please" (بفرمایید) hold no form
@pytest.mark.parametrize(
    "question",
    [
        "Hier gibt es so viele Regeln und Formulare, ich verstehe gar nichts. Wo fragt man am besten?",
        "In what form should I write to the office?",
        "کارفرما برای روند سریع نیروی متخصص چقدر باید بپردازد؟",
        "لطفاً بفرمایید شرایط آوردن همسر و فرزندانم به آلمان چیست؟",
    ],
)
def test_no_single_form_is_no_documents_question(question):
    assert kinds.classify(question) != "documents"


# (3) The line asked beside an office card: the women's association's card gives the counselling
# centre's number (0231 521008); the text gives the shelter's (0231 800081) and the national
# helpline's (08000 116 016) too.
SHELTER = [
    "What is the phone number of the women's shelter?",
    "Welche Telefonnummer hat das Frauenhaus in Dortmund?",
    "Quel est le numéro de téléphone du foyer pour femmes de Dortmund ?",
    "¿Cuál es el teléfono de la casa de acogida para mujeres?",
    "Kadın sığınma evinin telefon numarası nedir?",
    "Jaki jest numer telefonu do domu dla kobiet?",
    "Care este numărul de telefon al adăpostului pentru femei?",
    "Какой телефон у приюта для женщин?",
    "Какъв е телефонът на приюта за жени?",
    "شماره تلفن خانه امن زنان چیست؟",
]


@pytest.mark.django_db
@pytest.mark.parametrize("question", SHELTER)
def test_the_shelters_own_line_answers(question):
    fact = _fact(question)
    assert fact is not None and "800081" in fact.text and not fact.office


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "Gibt es eine Nummer, wo Frauen bei Gewalt anonym anrufen können?",
        "Is there a number women can call anonymously about violence?",
        "Existe-t-il un numéro que les femmes peuvent appeler anonymement ?",
    ],
)
def test_the_anonymous_line_asked_is_the_helpline(question):
    fact = _fact(question)
    assert fact is not None and "116 016" in fact.text


# the card's own line, and the office by its own name, keep the card (true before too)
@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "What is the phone number of the women's counselling centre?",
        "Quel est le numéro de téléphone du centre de conseil pour femmes ?",
        "Pod jaki numer zadzwonić do poradni dla kobiet w Dortmundzie?",
        "Quel est le numéro de téléphone de Frauen helfen Frauen à Dortmund ?",
        "Telefonnummer von Frauen helfen Frauen",
    ],
)
def test_the_cards_own_line_keeps_the_card(question):
    fact = _fact(question)
    assert fact is not None and fact.office == "womens-help-dortmund" and "521008" in fact.text
