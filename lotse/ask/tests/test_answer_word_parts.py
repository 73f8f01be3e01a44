"""A type word is a whole word, not a piece of another one ("струва" in "зареєструвати", "сколько"
in "несколько", "валид" in "инвалидность"); a question that counts units of time is answered only
by a sentence that states a time; an age asked with a bare how-much word is a condition of who
may apply; the number that blocks a lost card stands in the service's text. Questions written
for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.ask.tests.searching import ask
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


def _dortmund() -> tuple[City, str]:
    city = City.objects.get(slug="dortmund")
    return city, selectors.city_index(city).generation


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # Ukrainian "register" holds the Bulgarian "costs" (струва): an address question stays one
        ("Де треба зареєструвати новонароджену дитину, яка адреса?", "where"),
        ("Куди мені піти, щоб зареєструватися за новою адресою?", "where"),
        ("Чи треба реєструвати собаку?", None),
        # "несколько" (several), "оскільки" (because), "няколко" (several) ask no amount
        ("У меня несколько вопросов о пособии на ребёнка", None),
        ("Маю питання, оскільки не розумію листа", None),
        ("Имам няколко въпроса за детските надбавки", None),
        # "состоит" (consists) is no "стоит" (costs)
        ("Из чего состоит интеграционный курс?", None),
        # "инвалидность" (disability) is no validity word
        ("Какие льготы есть при инвалидности?", None),
        # "предприниматель" (entrepreneur) asks no opening hours
        ("Я предприниматель из Турции, с чего начать?", None),
        # the same words standing alone still type the question
        ("Сколько стоит загранпаспорт?", "cost"),
        ("Колко струва таксата?", "cost"),
        ("Скільки коштує реєстрація?", "cost"),
        # Persian "به عنوان" is "as", not "address"; "عنوان" alone is the address
        ("به عنوان دانشجو کار کردن مجاز است؟", None),
        ("عنوان اداره اتباع کجاست؟", "where"),
    ],
)
def test_a_type_word_inside_another_word_types_nothing(question, kind):
    assert answers.classify(question) == kind


@pytest.mark.parametrize(
    "question",
    [
        "Сколько обычно обрабатывают заявку на пособие?",
        "Скільки опрацьовують заяву на допомогу?",
        "Колко време обработват молбата?",
    ],
)
def test_processing_an_application_is_how_long_it_takes(question):
    assert answers.classify(question) == "processing_time"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("بعمر كم بيقدر الولد يروح عالروضة؟", "who"),
        ("من عمر كم بيحق لي المساعدة؟", "who"),
        # a fee word makes it a fee question, whatever the age
        ("من عمر كم لازم ادفع رسوم الباص؟", "cost"),
    ],
)
def test_an_age_asked_with_a_bare_how_much_word(question, kind):
    assert answers.classify(question) == kind


@pytest.mark.parametrize(
    "question",
    [
        "Which number do I call to block my lost residence card?",
        "Unter welcher Nummer kann ich meine verlorene Karte sperren lassen?",
        "À quel numéro appeler pour bloquer ma carte perdue ?",
        "¿A qué número llamo para bloquear mi tarjeta?",
        "Kartımı bloke etmek için hangi numarayı aramalıyım?",
        "Pod jaki numer dzwonić, żeby zablokować zgubioną kartę?",
        "La ce număr sun ca să blochez cardul pierdut?",
        "По какому номеру заблокировать потерянную карту?",
        "За яким номером заблокувати втрачену картку?",
        "На кой номер да се обадя, за да блокирам картата?",
        "ما هو رقم توقيف البطاقة الضائعة؟",
        "برای مسدود کردن کارت گم‌شده به چه شماره‌ای زنگ بزنم؟",
    ],
)
def test_blocking_a_card_is_asked_of_the_service_text(question):
    assert answers.classify(question) == "phone"
    assert answers.asks_helpline(question)


def test_the_blocking_number_comes_from_the_lost_documents_text():
    result = ask("I lost my residence card with the online function, which number blocks it?", "en")
    assert result.fact is not None
    assert result.fact.service == "lost-documents"
    assert "116 116" in result.fact.text


def test_a_question_counting_time_gets_no_sentence_without_a_time():
    sentences = [
        answers._text._sentence(text, "en")
        for text in [
            "There is usually no fixed application deadline.",
            "Apply for the extension before your permit expires.",
        ]
    ]
    question = "How many hours a week may I work beside my training?"
    assert answers.classify(question) == "deadline"
    units = answers.kinds.asked_units(question)
    assert units == {"hour"}
    best, _score = answers.sentences._best_sentence(
        sentences, {"work", "train"}, "deadline", "deadlines", units, counted_time=True
    )
    assert best is None


def test_time_allowed_is_answered_from_the_body_when_no_deadline_counts_it():
    city, generation = _dortmund()
    question = "How many days a year am I allowed to work as a student?"
    fact = answers.service_fact(
        city, generation, "residence-permit-study", "deadline", "en", question
    )
    assert fact is not None
    assert fact.module == "body"
    assert "days a year" in fact.text
    # a deadline that counts the asked unit still answers from the deadlines
    fact = answers.service_fact(
        city,
        generation,
        "residence-registration",
        "deadline",
        "en",
        "How many weeks do I have to register after moving?",
    )
    assert fact is not None
    assert fact.module == "deadlines"


def test_a_clock_time_answers_a_question_counting_hours():
    city, generation = _dortmund()
    question = "До колко часа сутринта трябва да е навън едрият боклук?"
    fact = answers.service_fact(city, generation, "waste-separation", "deadline", "bg", question)
    assert fact is not None
    assert "7 ч." in fact.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("I was attacked on the street, is there a phone number where victims get support?", "en"),
        ("Gibt es eine Telefonnummer, wo ich als Opfer einer Straftat Hilfe bekomme?", "de"),
        ("Y a-t-il un numéro de téléphone pour les victimes d'agression ?", "fr"),
    ],
)
def test_a_phone_question_no_office_answers_gets_the_number_of_the_service_text(question, language):
    result = ask(question, language)
    assert result.fact is not None
    assert result.fact.service == "victim-support"
    assert result.fact.module == "body"
    assert "116 006" in result.fact.text


def test_an_office_phone_question_still_gets_the_office_card():
    result = ask("What is the phone number of the Standesamt?", "en")
    assert result.fact is not None
    assert result.fact.office == "registry-office"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        # (the course's lessons are counted now: its "700 teaching units", hours and lessons
        # alike, `sentences.COUNTED_UNITS`; its classrooms are not)
        ("How many classrooms does the integration course have?", "en"),
        ("Скільки аудиторій має інтеграційний курс?", "uk"),
    ],
)
def test_a_count_question_gets_no_fee_sentence_without_a_figure(question, language):
    # the course's text counts no classrooms; its fee sentences ("who gets Bürgergeld can be
    # exempted") answer no how-many question
    result = ask(question, language)
    assert result.hits[0].key == "integration-course"
    assert result.fact is None


def test_a_count_question_on_money_keeps_its_amount():
    result = ask("Скільки кіндергельду дають на дитину?", "uk")
    assert result.fact is not None
    assert "259" in result.fact.text


def test_the_degree_of_disability_is_no_earnings_rate():
    assert answers.classify("La reconnaissance du taux de handicap est-elle payante ?") == "cost"
    assert answers.classify("Quel est le taux du salaire minimum ?") == "money"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # bringing a family member asks who may come, not which papers
        ("Can I bring my wife and kids to Germany?", "who"),
        ("¿Puedo traer a mis padres a Alemania?", "who"),
        ("Pot să-mi aduc soția în Germania?", "who"),
        ("Can I also bring my husband?", "who"),
        # papers brought for or with a family member stay a documents question
        ("Which documents do I bring for my children?", "documents"),
        ("What should I bring with my son to the school registration?", "documents"),
        ("Was muss ich für mein Kind mitbringen?", "documents"),
        ("Ce acte trebuie să aduc pentru copii?", "documents"),
        # what to take along, and a photo, are papers
        ("شو لازم آخد معي على الموعد؟", "documents"),
        ("De ce am nevoie pentru permisul de conducere?", "documents"),
        ("какое фото нужно для паспорта?", "documents"),
        ("Do I need a photo for the Anmeldung?", "documents"),
        # where to have a photo taken, or its price, is asked by the other type words
        ("Where can I take passport photos?", "where"),
        ("Wie viel kostet ein Foto?", "cost"),
        # Turkish "ödüyor muyum" (do I pay), Romanian "programul biroului" (the office's hours)
        ("Danışmanlık için para ödüyor muyum?", "cost"),
        ("Care este programul biroului de înmatriculare?", "open"),
    ],
)
def test_bringing_people_taking_papers_paying_and_hours(question, kind):
    assert answers.classify(question) == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Ab wann hat mein Baby Anspruch auf einen Platz in der Kita?", "who"),
        ("From when is a child entitled to a daycare place?", "who"),
        ("À partir de quand a-t-on droit à une place en crèche ?", "who"),
        # from when one must pay is a date
        ("Ab wann muss ich den Rundfunkbeitrag zahlen?", "deadline"),
    ],
)
def test_from_when_one_has_a_right_asks_who_has_it(question, kind):
    assert answers.classify(question) == kind


@pytest.mark.parametrize(
    ("question", "retroactive"),
    [
        ("How many months back is the allowance paid?", True),
        ("За скільки місяців назад виплачують допомогу?", True),
        ("Pe câte luni în urmă primesc banii?", True),
        # "ago" in a story is no question of how far back
        ("Я приехал три месяца назад, когда надо зарегистрироваться?", False),
    ],
)
def test_how_many_months_back_is_a_retroactive_question(question, retroactive):
    assert answers.kinds.asks_retroactive(question) is retroactive


def test_a_how_far_back_question_gets_the_sentence_on_how_far_back_it_pays():
    city, generation = _dortmund()
    question = "How many months back is Elterngeld paid if I apply late?"
    fact = answers.service_fact(city, generation, "parental-allowance", "deadline", "en", question)
    assert fact is not None
    assert "retroactively" in fact.text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a bare when-can / when-must asks a point in time
        ("When can I apply for the next Wohngeld?", "deadline"),
        ("kiedy mogę złożyć kolejny wniosek o zasiłek?", "deadline"),
        ("Когда можно вернуть свои пенсионные взносы?", "deadline"),
        # a visit asked with it is no deadline
        ("When can I come to the office?", None),
        ("Когда можно прийти в ведомство?", "open"),
        # paying back without a fee word is a money question
        ("Muss das BAföG zurückgezahlt werden?", "money"),
        ("Est-ce que le BAföG doit être remboursé entièrement ?", "money"),
        # whom one may bring
        ("Кого можно забрать к себе в Германию?", "who"),
        ("Whom can I bring to Germany with a Blue Card?", "who"),
    ],
)
def test_when_may_paying_back_and_whom(question, kind):
    assert answers.classify(question) == kind


def test_a_validity_question_gets_no_deadline_sentence_that_tells_no_period():
    sentences = [
        answers._text._sentence(text, "en")
        for text in [
            "Apply for the extension at the foreigners' office in good time.",
            "The card holds for four years.",
        ]
    ]
    best, _score = answers.sentences._best_sentence(
        sentences[:1], {"card"}, "validity", "deadlines"
    )
    assert best is None
    best, _score = answers.sentences._best_sentence(sentences, {"card"}, "validity", "deadlines")
    assert best is sentences[1]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("I applied, when will the answer come and how long does it take?", "processing_time"),
        ("Başvurdum, cevap ne zaman gelir, ne kadar sürer?", "processing_time"),
        # with a must it asks by when
        ("When must I apply and how long do I have?", "deadline"),
        ("Какъв размер трябва да е снимката за паспорта?", "documents"),
        ("Ce program are biroul de la primărie?", "open"),
    ],
)
def test_when_it_comes_photo_size_and_office_hours(question, kind):
    assert answers.classify(question) == kind


@pytest.mark.parametrize(
    ("question", "kind", "helpline"),
    [
        # whether there is a (free) phone asks its number, not whether calling is free
        ("Is there a free phone line for victims of violence?", "phone", False),
        ("¿Hay algún teléfono gratuito para mujeres?", "phone", False),
        ("Gibt es ein kostenloses Telefon für Frauen in Not?", "phone", False),
        # a line answered around the clock is a helpline
        ("Is there a phone I can call 24 hours a day as a woman in danger?", "phone", True),
        ("Gibt es ein Telefon, das rund um die Uhr erreichbar ist?", "phone", True),
        # whether calling is free stays a cost question
        ("Is calling the hotline free?", "cost", None),
    ],
)
def test_is_there_a_phone_and_around_the_clock(question, kind, helpline):
    assert answers.classify(question) == kind
    if helpline is not None:
        assert answers.asks_helpline(question) is helpline


@pytest.mark.parametrize(
    ("sentence", "language", "validity"),
    [
        # "disabled" holds the validity word: a disability sentence is no answer to "how long valid"
        ("Инвалидността се удостоверява от службата.", "bg", False),
        ("Удостоверение об инвалидности выдаёт ведомство.", "ru", False),
        ("An invalid card must be replaced.", "en", False),
        ("El certificado de inválido lo emite la oficina.", "es", False),
        # the validity words themselves still count
        ("Картата е валидна пет години.", "bg", True),
        ("The card is valid for five years.", "en", True),
        ("La tarjeta es válida durante cinco años.", "es", True),
    ],
)
def test_a_validity_cue_is_not_part_of_disabled(sentence, language, validity):
    from lotse.ask.answers._text import _sentence

    assert _sentence(sentence, language).validity is validity
