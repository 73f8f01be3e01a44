"""Fewer wrong answers (eighteenth session, lane ansWrong5). A full stop of an abbreviation
inside a sentence ("2027 г.", "Urząd ds.", "np.", "bzw.", "7 a.m.") no longer cuts the sentence,
so the answer keeps the amount or time that follows it. Sentences and questions written for
these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers

pytestmark = pytest.mark.ranking


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a year after a date, the sentence going on in lowercase (bg, pl, uk)
        (
            "От 1 март 2028 г. таксата става 30 евро. Плаща се в брой.",
            ["От 1 март 2028 г. таксата става 30 евро.", "Плаща се в брой."],
        ),
        (
            "Od 1 marca 2028 r. opłata wynosi 30 euro. Płaci się gotówką.",
            ["Od 1 marca 2028 r. opłata wynosi 30 euro.", "Płaci się gotówką."],
        ),
        (
            "З 1 березня 2028 р. збір становить 30 євро. Платять готівкою.",
            ["З 1 березня 2028 р. збір становить 30 євро.", "Платять готівкою."],
        ),
        # a year that ends the sentence still ends it
        (
            "Правилото важи от 2028 г. Питайте в службата.",
            ["Правилото важи от 2028 г.", "Питайте в службата."],
        ),
        # abbreviations that never end a sentence, whatever follows (pl, de, en, fr, es, tr, ru,
        # uk, bg)
        (
            "Wniosek przyjmuje Urząd ds. Cudzoziemców. Termin trzeba zarezerwować.",
            ["Wniosek przyjmuje Urząd ds. Cudzoziemców.", "Termin trzeba zarezerwować."],
        ),
        (
            "Potrzebne są dokumenty, np. Paszport i zdjęcie. Opłata wynosi 20 euro.",
            ["Potrzebne są dokumenty, np. Paszport i zdjęcie.", "Opłata wynosi 20 euro."],
        ),
        (
            "Der Antrag geht an das Amt bzw. Die Stelle im Rathaus. Er kostet 20 Euro.",
            ["Der Antrag geht an das Amt bzw. Die Stelle im Rathaus.", "Er kostet 20 Euro."],
        ),
        (
            "Bringen Sie Papiere mit, z. B. Ihren Pass. Die Gebühr ist 20 Euro.",
            ["Bringen Sie Papiere mit, z. B. Ihren Pass.", "Die Gebühr ist 20 Euro."],
        ),
        (
            "Bring papers, e.g. Your passport. The fee is 20 euros.",
            ["Bring papers, e.g. Your passport.", "The fee is 20 euros."],
        ),
        (
            "Apportez des papiers, p. ex. Votre passeport. Les frais sont de 20 euros.",
            ["Apportez des papiers, p. ex. Votre passeport.", "Les frais sont de 20 euros."],
        ),
        (
            "Traiga documentos, p. ej. Su pasaporte. La tasa es de 20 euros.",
            ["Traiga documentos, p. ej. Su pasaporte.", "La tasa es de 20 euros."],
        ),
        (
            "Formu doldurun (bkz. Dosya numarası). Ücret 20 Euro.",
            ["Formu doldurun (bkz. Dosya numarası).", "Ücret 20 Euro."],
        ),
        (
            "Заполните форму (см. номер дела). Сбор 20 евро.",
            ["Заполните форму (см. номер дела).", "Сбор 20 евро."],
        ),
        (
            "Заповніть форму (див. Номер справи). Збір 20 євро.",
            ["Заповніть форму (див. Номер справи).", "Збір 20 євро."],
        ),
        (
            "Нужна е т.нар. Референтна професия. Таксата е 20 евро.",
            ["Нужна е т.нар. Референтна професия.", "Таксата е 20 евро."],
        ),
        # a clock hour and a registered association, the sentence going on
        (
            "The bins must be out by 6 a.m. on the day. Late bins stay full.",
            ["The bins must be out by 6 a.m. on the day.", "Late bins stay full."],
        ),
        (
            "Кофите трябва да са навън до 6 ч. сутринта. Късните остават пълни.",
            ["Кофите трябва да са навън до 6 ч. сутринта.", "Късните остават пълни."],
        ),
        (
            "Es berät der Verein Hilfe e.V. seine Mitglieder. Der Beitrag ist 5 Euro.",
            ["Es berät der Verein Hilfe e.V. seine Mitglieder.", "Der Beitrag ist 5 Euro."],
        ),
        (
            "Dafür hat Netz e. V., ein Verbund, das Angebot. Es ist frei.",
            ["Dafür hat Netz e. V., ein Verbund, das Angebot.", "Es ist frei."],
        ),
        # a paragraph break still cuts
        ("Urząd ds.\nCudzoziemców.", ["Urząd ds.", "Cudzoziemców."]),
    ],
)
def test_an_abbreviation_keeps_its_sentence(text, sentences):
    assert answers.split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "През май 2028 г. Съветът реши таксата да е 40 евро. Плаща се веднъж.",
            ["През май 2028 г. Съветът реши таксата да е 40 евро.", "Плаща се веднъж."],
        ),
        (
            "W maju 2028 r. Sejm podniósł opłatę do 40 euro. Płaci się raz.",
            ["W maju 2028 r. Sejm podniósł opłatę do 40 euro.", "Płaci się raz."],
        ),
        (
            "З 1 травня 2028 р. Уряд підняв збір до 40 євро. Платять раз.",
            ["З 1 травня 2028 р. Уряд підняв збір до 40 євро.", "Платять раз."],
        ),
    ],
)
def test_a_date_alone_is_no_sentence(text, sentences):
    assert answers.split_sentences(text) == sentences


# The spoken Persian "کی" (who / when) with a must and a third-person verb asks who must do it,
# not by when (`kinds._WHO_MUST`); with the first person or a subject it stays a time.
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("ثبت ازدواج رو کی باید انجام بده؟", "who"),
        ("کی باید فرم رو امضا کنه، من یا همسرم؟", "who"),
        ("اجاره خونه رو کی باید بپردازه، من یا هم‌اتاقیم؟", "who"),
        ("کی باید بپردازد؟", "who"),
        ("کی باید برای کلاس ثبت نام کنم؟", "deadline"),
        ("کی باید نامه برسه؟", "deadline"),
        ("تا کی باید درخواست بدم؟", "deadline"),
    ],
)
def test_persian_ki_with_a_third_person_asks_who(question, kind):
    assert answers.classify(question) == kind


@pytest.mark.django_db
def test_who_pays_the_agent_is_not_told_a_deadline():
    from lotse.ask.selectors import search
    from lotse.core.models import City

    fact = search(
        city=City.objects.get(slug="dortmund"),
        query="پول بنگاه مسکن رو کی باید بده؟ من یا صاحب خونه؟",
        limit=10,
    ).fact
    assert fact is None or fact.module != "deadlines"


# A count per period with the period first ("yılda kaç gün", "pro Woche wie viele Stunden"):
# the counted unit is asked, the period is the rate's (`kinds.asked_units`, `kinds.asked_rate`;
# before, the period's match took the how-much word and the counted unit went unread).
@pytest.mark.parametrize(
    ("question", "unit", "period"),
    [
        ("Öğrenci olarak yılda kaç gün çalışabilirim?", "day", "year"),
        ("Haftada kaç saat çalışabilirim?", "hour", "week"),
        ("Pro Woche wie viele Stunden darf ich jobben?", "hour", "week"),
        ("W tygodniu ile godzin mogę pracować?", "hour", "week"),
        ("В неделю сколько часов можно работать?", "hour", "week"),
        ("Per week how many hours may I work?", "hour", "week"),
    ],
)
def test_a_period_before_the_count_keeps_the_counted_unit(question, unit, period):
    from lotse.ask.answers.kinds import asked_rate, asked_units

    assert asked_units(question) == {unit}
    assert asked_rate(question) == {period}


# ... and the sentence that answers is the one that counts that unit, not a validity that names
# the period ("İzin … bir ila iki yıl geçerlidir" to "yılda kaç gün").
@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "Pe an câte zile pot lucra cu permisul de studii?",
        "Öğrenim oturumuyla yılda kaç gün işte çalışmama izin verilir?",
        "Im Jahr wie viele Tage darf ich neben dem Studium arbeiten?",
    ],
)
def test_days_a_year_are_told_by_the_days(question):
    from lotse.ask.selectors import search
    from lotse.core.models import City

    fact = search(city=City.objects.get(slug="dortmund"), query=question, limit=10).fact
    assert fact is None or "140" in fact.text
    assert fact is None or fact.service == "residence-permit-study"


# A limit or a year asked of a question of no type is told only by a sentence with a figure
# (`kinds.asks_figure`, `sentences.told_fact`).
@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Bis zu welchem Einkommen gibt es Wohngeld?", True),
        ("Up to what income do I get housing benefit?", True),
        ("Jusqu'à quel revenu a-t-on droit à l'aide ?", True),
        ("¿Hasta qué ingresos se recibe la ayuda?", True),
        ("Hangi gelire kadar yardım alınır?", True),
        ("Do jakiego dochodu przysługuje pomoc?", True),
        ("Până la ce venit primesc ajutorul?", True),
        ("До какого дохода дают помощь?", True),
        ("До якого доходу дають допомогу?", True),
        ("До какъв доход се дава помощта?", True),
        ("حتى أي دخل أحصل على المساعدة؟", True),
        ("تا چه درآمدی کمک می‌دهند؟", True),
        ("Seit welchem Jahr gilt die Regel?", True),
        ("From which year does the rule apply?", True),
        ("С какого года действует правило?", True),
        ("Od którego roku obowiązuje ta zasada?", True),
        ("از چه سالی این قانون اجرا می‌شود؟", True),
        # "do" / "до" as "to", not "up to"
        ("Do którego kosza wyrzucać butelki?", False),
        ("До якого офісу мені йти?", False),
        ("Do jakiego urzędu mam iść?", False),
        ("Wer bekommt Wohngeld?", False),
    ],
)
def test_a_limit_or_a_year_is_asked(question, asked):
    from lotse.ask.answers.kinds import asks_figure

    assert asks_figure(question) is asked


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "Up to what income can a single person get a WBS?",
        "До какого дохода одинокий человек получает WBS?",
        "Seit welchem Jahr ist die Masernimpfung für Kita-Kinder Pflicht?",
        "From which year is the measles vaccination compulsory for daycare?",
        "Od którego roku szczepienie na odrę jest obowiązkowe w przedszkolu?",
        "از چه سالی واکسن سرخک برای مهدکودک اجباری است؟",
    ],
)
def test_a_limit_or_a_year_is_not_told_without_a_figure(question):
    from lotse.ask.answers._text import has_digit
    from lotse.ask.selectors import search
    from lotse.core.models import City

    fact = search(city=City.objects.get(slug="dortmund"), query=question, limit=10).fact
    assert fact is None or has_digit(fact.text)


# A second service's fee that the employer pays does not answer in place of the routed one for
# an asker who speaks of no employer (`selectors._employers_fee`); asked of the employer, or of
# the fast-track procedure itself, it still answers.
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "employers"),
    [
        ("كم أدفع مقابل أول تصريح إقامة عمل للعمالة الماهرة؟", False),
        ("Wie viel zahlt der Arbeitgeber für das beschleunigte Fachkräfteverfahren?", True),
        ("How much does the employer pay for the accelerated skilled worker procedure?", True),
        ("Was kostet das beschleunigte Fachkräfteverfahren?", True),
    ],
)
def test_the_employers_fee_answers_only_the_employer(question, employers):
    from lotse.ask.selectors import search
    from lotse.core.models import City

    fact = search(city=City.objects.get(slug="dortmund"), query=question, limit=10).fact
    if employers:
        assert fact is not None and "411" in fact.text
    else:
        assert fact is None or "411" not in fact.text


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Der Arbeitgeber zahlt 411 Euro.", True),
        ("The employer pays the fee.", True),
        ("L'employeur paie les frais.", True),
        ("Ücreti işveren öder.", True),
        ("Opłatę ponosi pracodawca.", True),
        ("Taxa o plătește angajatorul.", True),
        ("Сбор платит работодатель.", True),
        ("Збір сплачує роботодавець.", True),
        ("Таксата се плаща от работодателя.", True),
        ("يدفع صاحب العمل الرسوم.", True),
        ("کارفرما هزینه را می‌پردازد.", True),
        ("Die Gebühr beträgt 100 Euro.", False),
    ],
)
def test_the_employer_is_named(text, named):
    from lotse.ask.answers.kinds import names_employer

    assert names_employer(text) is named


# Whether everyone or each must pay asks who pays, not how much (`kinds._EVERYONE_PAYS`); with a
# how-much word it stays a fee question.
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Wir sind drei Studenten in einer Wohnung, muss jeder die Gebühr zahlen?", "who"),
        ("Three of us share a flat, does everyone have to pay the fee?", "who"),
        ("Nous sommes trois en colocation, chacun doit payer la redevance ?", "who"),
        ("Somos tres en el piso, ¿cada uno tiene que pagar la cuota?", "who"),
        ("Üç kişi aynı evde oturuyoruz, herkes ücreti ödemek zorunda mı?", "who"),
        ("Mieszkamy w trójkę, czy każdy z nas musi płacić opłatę?", "who"),
        ("Locuim trei într-un apartament, fiecare trebuie să plătească taxa?", "who"),
        ("Нас трое в квартире, каждый должен платить сбор?", "who"),
        ("Нас троє в квартирі, кожен має платити збір?", "who"),
        ("Трима сме в квартира, всеки трябва ли да плаща таксата?", "who"),
        ("ساكنين ثلاثة بشقة، كل واحد لازم يدفع الرسوم؟", "who"),
        ("سه نفر در یک خانه هستیم، هر نفر باید هزینه را پرداخت کند؟", "who"),
        ("Wie viel muss jeder für die Gebühr zahlen?", "cost"),
        ("How much does everyone have to pay for the fee?", "cost"),
    ],
)
def test_whether_everyone_pays_asks_who(question, kind):
    assert answers.classify(question) == kind
