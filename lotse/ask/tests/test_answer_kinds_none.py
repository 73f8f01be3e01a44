"""Question types that were not recognised (no answer although the routed service states the
fact): at what time / on what date, a long wait, who has the right, an office's hours without
the Arabic article, and "right at the appointment". Questions written for these tests."""

import pytest

from lotse.ask import analysis, answers

pytestmark = pytest.mark.ranking


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # at what time of day: a point in time (the deadlines module)
        ("At what time must the bins be on the street?", "deadline"),
        ("Um wie viel Uhr muss der Sperrmüll draußen stehen?", "deadline"),
        ("À quelle heure faut-il sortir les poubelles ?", "deadline"),
        ("¿A qué hora hay que sacar la basura?", "deadline"),
        ("Çöpü saat kaçta dışarı koymalıyım?", "deadline"),
        ("O której godzinie trzeba wystawić śmieci?", "deadline"),
        ("La ce oră trebuie să scot gunoiul?", "deadline"),
        ("Во сколько нужно выставить мусор?", "deadline"),
        ("О котрій годині треба винести сміття?", "deadline"),
        ("В колко часа трябва да изнеса боклука?", "deadline"),
        ("في أي ساعة لازم طلّع الزبالة؟", "deadline"),
        ("ساعت چند باید زباله را بیرون بگذارم؟", "deadline"),
        # on what date
        ("On what date does the school year start?", "deadline"),
        ("An welchem Datum beginnt das Kitajahr?", "deadline"),
        ("À quelle date commence l'année scolaire ?", "deadline"),
        ("¿En qué fecha empieza el curso?", "deadline"),
        ("Okul yılı hangi tarihte başlıyor?", "deadline"),
        ("Jakiego dnia zaczyna się rok przedszkolny?", "deadline"),
        ("În ce dată începe anul școlar?", "deadline"),
        ("Какого числа начинается учебный год?", "deadline"),
        ("Якого числа починається навчальний рік?", "deadline"),
        ("На коя дата започва учебната година?", "deadline"),
        ("في أي تاريخ تبدأ السنة الدراسية؟", "deadline"),
        ("سال تحصیلی در چه تاریخی شروع می‌شود؟", "deadline"),
        # a long wait: how long it takes
        ("Do I have to wait long for the card?", "processing_time"),
        ("Muss ich lange auf den Bescheid warten?", "processing_time"),
        ("Faut-il attendre longtemps la décision ?", "processing_time"),
        ("¿Hay que esperar mucho la tarjeta?", "processing_time"),
        ("Kart için uzun süre beklemek gerekiyor mu?", "processing_time"),
        ("Czy długo się czeka na decyzję?", "processing_time"),
        ("Trebuie să aștept mult cardul?", "processing_time"),
        ("Долго ли ждать решения?", "processing_time"),
        ("Чи довго чекати на рішення?", "processing_time"),
        ("Дълго ли се чака решението?", "processing_time"),
        ("هل الانتظار طويل للبطاقة؟", "processing_time"),
        ("باید خیلی منتظر کارت بمانم؟", "processing_time"),
        # who has the right
        ("Who has the right to a counselling session?", "who"),
        ("Wer hat das Recht auf einen Beratungstermin?", "who"),
        ("Qui a le droit de venir à la consultation ?", "who"),
        ("¿Quién tiene derecho a la consulta?", "who"),
        ("Kimin danışmanlığa hakkı var?", "who"),
        ("Kto ma prawo do porady?", "who"),
        ("Cine are dreptul la consiliere?", "who"),
        ("Кто имеет право на консультацию?", "who"),
        ("Хто має право на консультацію?", "who"),
        ("Кой има право на консултация?", "who"),
        ("مين إله حق ياخد استشارة؟", "who"),
        ("مين بيحق له يروح عالاستشارة؟", "who"),
        ("چه کسی حق دارد مشاوره بگیرد؟", "who"),
        # an office's hours, the Arabic noun without its article
        ("ما هي ساعات دوام مكتب الهجرة؟", "open"),
        ("شو مواعيد دوام البلدية؟", "open"),
        # at what time an office opens is its hours, not a time limit
        ("At what time does the citizens' office open?", "open"),
        ("À quelle heure ouvre la mairie ?", "open"),
        ("Во сколько открывается ведомство?", "open"),
        ("La ce oră se deschide biroul?", "open"),
        # right at the appointment (or later): how long it takes
        ("Bekomme ich den Ausweis gleich beim Termin?", "processing_time"),
    ],
)
def test_unrecognised_question_types_in_many_languages(question, kind):
    assert answers.classify(question) == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # "во сколько обойдётся" asks a price, not an hour
        ("Во сколько обойдётся оформление паспорта?", "cost"),
        # a German appointment ("einen Termin") is no Polish time limit ("termin")
        ("Wie bekomme ich einen Termin und was muss ich mitbringen?", "documents"),
        ("Do kiedy mija termin złożenia wniosku?", "deadline"),
        ("Jaki jest termin na odwołanie?", "deadline"),
    ],
)
def test_new_type_words_keep_their_neighbours_apart(question, kind):
    assert answers.classify(question) == kind


@pytest.mark.parametrize(
    "question",
    [
        "What is the number of the helpline for victims of violence?",
        "Wie erreiche ich das Hilfetelefon für Schwangere?",
        "Quel est le numéro de la ligne d'écoute pour les victimes ?",
        "¿Cuál es la línea de ayuda para víctimas?",
        "Şiddet mağdurları için yardım hattının numarası nedir?",
        "Jaki jest numer telefonu zaufania dla ofiar przemocy?",
        "Care este linia de ajutor pentru victime?",
        "Какой номер у горячей линии для пострадавших?",
        "Який номер гарячої лінії для постраждалих?",
        "Кой е номерът на горещата линия за пострадали?",
        "ما هو رقم خط المساعدة للضحايا؟",
        "شماره خط کمک برای قربانیان خشونت چیست؟",
    ],
)
def test_a_helpline_is_a_phone_question_the_service_answers(question):
    assert answers.classify(question) == "phone"
    assert answers.asks_helpline(question)


def test_an_office_phone_question_asks_no_helpline():
    assert answers.classify("Welche Telefonnummer hat das Standesamt?") == "phone"
    assert not answers.asks_helpline("Welche Telefonnummer hat das Standesamt?")


def test_a_helpline_question_is_answered_by_the_sentence_that_gives_a_number():
    sentences = [
        answers._text._sentence(text, "en")
        for text in [
            "Women and their children find protection in a women's shelter.",
            "The helpline can be reached free of charge on 08000 116 016, day and night.",
            "Counselling is free of charge.",
        ]
    ]
    terms = set(analysis.analyze(answers.content_words("helpline number", "helpline"), "en"))
    best, _score = answers.sentences._best_sentence(sentences, terms, "helpline", "body")
    assert best is sentences[1]
    # a text without a number to call gives no answer
    best, _score = answers.sentences._best_sentence(
        [sentences[0], sentences[2]], terms, "helpline", "body"
    )
    assert best is None


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # whether a group gets it too: who may have it
        ("Can foster parents get child benefit too?", "who"),
        ("Bekommen auch Pflegeeltern Kindergeld?", "who"),
        ("Les parents d'accueil peuvent-ils aussi toucher l'allocation ?", "who"),
        ("¿Los abuelos también pueden recibir la ayuda?", "who"),
        ("Koruyucu aileler de alabilir mi?", "who"),
        ("Czy rodzice zastępczy też mogą dostać zasiłek?", "who"),
        ("Pot și ei primi alocația?", "who"),
        ("Приёмные родители тоже могут получить пособие?", "who"),
        ("Прийомні батьки також можуть отримати допомогу?", "who"),
        ("Приемните родители също могат ли да получат помощта?", "who"),
        ("الأهل بالتبني كمان بيحق لهم ياخدو المساعدة؟", "who"),
        ("والدین خوانده هم می‌توانند این کمک را بگیرند؟", "who"),
        # the least income one must have: an amount earned (`kinds._LIMIT_INCOME`, lane
        # count9), told by the who-may text's "mindestens 900 Euro" as an earning
        ("What is the minimum income for the child supplement?", "money"),
        ("Gibt es ein Mindesteinkommen für den Kinderzuschlag?", "money"),
        ("Какой минимальный доход нужен для пособия?", "money"),
        # what to attach to an application
        ("What do I have to attach to the application?", "documents"),
        ("Was muss ich dem Antrag beilegen?", "documents"),
        ("Que faut-il joindre à la demande ?", "documents"),
        ("¿Qué tengo que adjuntar a la solicitud?", "documents"),
        ("Başvuruya ne eklemem gerekiyor?", "documents"),
        ("Co trzeba dołączyć do wniosku?", "documents"),
        ("Ce trebuie să atașez la cerere?", "documents"),
        ("Что нужно приложить к заявлению?", "documents"),
        ("Що треба прикласти до заяви?", "documents"),
        ("Какво трябва да приложа към заявлението?", "documents"),
        ("شو لازم أرفق مع الطلب؟", "documents"),
        ("چه چیزی باید به درخواست پیوست کنم؟", "documents"),
        # paying back: a fee question
        ("Do I have to pay the loan back?", "cost"),
        ("Muss ich das BAföG zurückzahlen?", "cost"),
        ("Faut-il rembourser l'aide ?", "cost"),
        ("¿Hay que devolver la ayuda?", "cost"),
        ("Yardımı geri ödemem gerekiyor mu?", "cost"),
        ("Czy trzeba spłacać pożyczkę?", "cost"),
        ("Trebuie să rambursez ajutorul?", "cost"),
        ("Нужно ли возвращать пособие?", "cost"),
        ("Чи треба повертати допомогу?", "cost"),
        ("Трябва ли да върна парите?", "cost"),
        ("مين بيدفع تكاليف الدورة؟", "cost"),
        ("بازپرداخت وام لازم است؟", "cost"),
        ("بلیت ماهانه چند است؟", "cost"),
    ],
)
def test_who_too_attachments_and_paying_back(question, kind):
    assert answers.classify(question) == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # returning home is no paying back, "și" (and) no "too"
        ("Я возвращаюсь домой, нужно ли выписываться?", None),
        ("връщам се в България, трябва ли да се отпиша от адреса", "where"),
        ("Sunt mamă singură și primesc Bürgergeld, unde cer cardul?", "where"),
        # the hour is no price
        ("ساعت چند است؟", "deadline"),
    ],
)
def test_paying_back_and_too_keep_their_neighbours_apart(question, kind):
    assert answers.classify(question) == kind
