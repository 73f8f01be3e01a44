"""Fewer wrong answers (nineteenth session, lane ansWrong6): the asked quantity must be the
stated quantity. A question that asks how often, what share or how much one may earn is told
only by a sentence that states a frequency, a percentage or a sum earned; a how-long question
that counts hours is not told in months; "how long before" in spoken Arabic is a time, not a
price. Sentences and questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers
from lotse.ask.answers import kinds

pytestmark = pytest.mark.ranking


# How often, 12 languages: a frequency asked (`kinds._FREQUENCY_ASKED`).
@pytest.mark.parametrize(
    "question",
    [
        "How often do I have to renew the parking permit?",
        "Wie oft muss ich den Bewohnerparkausweis erneuern?",
        "Tous les combien faut-il renouveler la carte de stationnement ?",
        "¿Cada cuánto hay que renovar la tarjeta de aparcamiento?",
        "Otopark kartını ne sıklıkla yenilemem gerekiyor?",
        "Park kartı kaç yılda bir yenilenir?",
        "Jak często trzeba odnawiać kartę parkingową?",
        "Cât de des trebuie reînnoit permisul de parcare?",
        "Как часто нужно продлевать парковочное разрешение?",
        "Як часто треба подовжувати паркувальний дозвіл?",
        "Колко често трябва да подновявам разрешението за паркиране?",
        "كل كم سنة لازم جدد بطاقة الموقف؟",
        "هر چند وقت یک بار باید کارت پارکینگ را تمدید کنم؟",
    ],
)
def test_how_often_asks_a_frequency(question):
    assert kinds.asked_quantity(question) == "frequency"


# How many times (a count) and an age ask no frequency.
@pytest.mark.parametrize(
    ("question", "quantity"),
    [
        ("How many times can the permit be extended?", None),
        ("Wie viele Male darf ich die Prüfung wiederholen?", None),
        ("كم سن لازم يكون الولد حتى يروح عالروضة؟", "age"),
    ],
)
def test_no_frequency_asked(question, quantity):
    assert kinds.asked_quantity(question) == quantity


@pytest.mark.parametrize(
    ("sentence", "frequency"),
    [
        ("Die Wahl findet alle fünf Jahre im Frühjahr statt.", True),
        ("The election takes place every five years in spring.", True),
        ("L'élection a lieu tous les cinq ans au printemps.", True),
        ("La elección se celebra cada cinco años en primavera.", True),
        ("Seçim her beş yılda bir ilkbaharda yapılır.", True),
        ("Wybory odbywają się co pięć lat wiosną.", True),
        ("Alegerile au loc la fiecare cinci ani, primăvara.", True),
        ("Выборы проходят каждые пять лет весной.", True),
        ("Вибори відбуваються кожні п'ять років навесні.", True),
        ("Изборите се провеждат на всеки пет години през пролетта.", True),
        ("تجري الانتخابات كل خمس سنوات في الربيع.", True),
        ("انتخابات هر پنج سال یک بار در بهار برگزار می‌شود.", True),
        # no deadline, a time limit: no frequency
        ("Es gibt keine Frist.", False),
        ("Stellen Sie den Antrag innerhalb von zwei Wochen.", False),
        ("No hay plazo.", False),
    ],
)
def test_a_frequency_is_stated(sentence, frequency):
    assert ("frequency" in kinds.stated_quantities(sentence.casefold())) is frequency


# A share asked in words (en, de, fr, es, tr, pl, ro, ru, uk, bg, ar, fa): a percentage.
@pytest.mark.parametrize(
    "question",
    [
        "What share of my wage does the sick pay replace?",
        "Welchen Anteil meines Lohns ersetzt das Krankengeld?",
        "Quelle part de mon salaire remplace l'indemnité maladie ?",
        "¿Qué parte de mi sueldo sustituye la prestación por enfermedad?",
        "Hastalık parası maaşımın ne kadarını karşılıyor?",
        "Jaką część pensji pokrywa zasiłek chorobowy?",
        "Ce parte din salariu acoperă indemnizația de boală?",
        "Какую часть зарплаты возмещает больничное пособие?",
        "Яку частку зарплати покриває лікарняна допомога?",
        "Каква част от заплатата покрива болничното обезщетение?",
        "أي جزء من راتبي يغطيه بدل المرض؟",
        "چه بخشی از حقوقم را پول بیماری جبران می‌کند؟",
    ],
)
def test_a_share_asks_a_percentage(question):
    assert kinds.asked_quantity(question) == "percent"


# How much one may or must earn (12 languages): a sum earned.
@pytest.mark.parametrize(
    "question",
    [
        "How much can a student earn without losing the grant?",
        "Wie viel darf ein Student verdienen, ohne das Stipendium zu verlieren?",
        "Combien un étudiant peut-il gagner sans perdre la bourse ?",
        "¿Cuánto puede ganar un estudiante sin perder la beca?",
        "Bir öğrenci bursu kaybetmeden ne kadar kazanabilir?",
        "Ile może zarabiać student, żeby nie stracić stypendium?",
        "Cât poate câștiga un student fără să piardă bursa?",
        "Сколько может зарабатывать студент, не теряя стипендию?",
        "Скільки може заробляти студент, щоб не втратити стипендію?",
        "Колко може да изкарва студент, без да загуби стипендията?",
        "قديش بيقدر الطالب يكسب بدون ما يخسر المنحة؟",
        "یک دانشجو چقدر می‌تواند درآمد داشته باشد بدون اینکه بورسیه را از دست بدهد؟",
    ],
)
def test_earning_is_asked(question):
    assert kinds.asked_quantity(question) == "earning"


@pytest.mark.parametrize(
    ("sentence", "earning"),
    [
        ("Ihr Einkommen darf 700 Euro im Monat nicht übersteigen.", True),
        ("The earnings limit is 700 euros a month.", True),
        ("Le plafond est de 700 euros par mois.", True),
        ("Доход не должен превышать 700 евро в месяц.", True),
        ("الحد هو 700 يورو في الشهر.", True),
        # a rate of the wage, the benefit's own amount: no sum earned
        ("Vom Lohn gehen 3,6 Prozent an die Rentenversicherung.", False),
        ("Die Beihilfe beträgt bis zu 150 Euro im Monat.", False),
        ("Допомога становить до 150 євро на місяць.", False),
    ],
)
def test_a_sum_earned_is_stated(sentence, earning):
    assert ("earning" in kinds.stated_quantities(sentence.casefold())) is earning


# "How long before" with the before-word first (spoken Arabic): a time before, not a price.
@pytest.mark.parametrize(
    "question",
    [
        "قبل قديش لازم سجل ابني بالمدرسة؟",
        "قبل كم لازم اعطي خبر للمؤجر؟",
        "قبل أديش لازم قدم الطلب؟",
    ],
)
def test_arabic_before_how_much_asks_a_time_before(question):
    assert answers.classify(question) == "deadline"
    assert kinds.asks_time_before(question)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "Wie oft wird der Betriebsrat gewählt?",
        "Jak często wybiera się radę zakładową?",
        "¿Con qué frecuencia se elige al comité de empresa?",
    ],
)
def test_how_often_is_told_by_a_frequency(question):
    from lotse.ask.selectors import search
    from lotse.core.models import City

    fact = search(city=City.objects.get(slug="dortmund"), query=question, limit=10).fact
    assert fact is not None
    assert "frequency" in kinds.stated_quantities(fact.text.casefold())


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "Wie viel darf ich höchstens verdienen, bis es kein Minijob mehr ist? Welcher Betrag?",
        "Bis zu welchem Betrag kann ich mit einem Minijob verdienen?",
        "Скільки потрібно заробляти одинокому батькові, щоб отримувати Kinderzuschlag?",
    ],
)
def test_earning_is_told_by_a_sum_earned(question):
    from lotse.ask.selectors import search
    from lotse.core.models import City

    fact = search(city=City.objects.get(slug="dortmund"), query=question, limit=10).fact
    assert fact is None or "earning" in kinds.stated_quantities(fact.text.casefold())


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "What share of my previous pay do I get as unemployment benefit?",
    ],
)
def test_a_share_is_told_by_a_percentage(question):
    from lotse.ask.selectors import search
    from lotse.core.models import City

    fact = search(city=City.objects.get(slug="dortmund"), query=question, limit=10).fact
    assert fact is not None
    assert "percent" in kinds.stated_quantities(fact.text.casefold())


# Hours asked in a how-long question: not told by a sentence that counts months (two units or
# more apart, `kinds.units_far_apart`, as in a deadline question).
def test_hours_are_not_told_in_months():
    from lotse.ask.answers._text import _sentence
    from lotse.ask.answers.sentences import _best_sentence

    months = [_sentence("Die Aufnahme dauert meist ein bis drei Monate.", "de")]
    best, _score = _best_sentence(
        months, set(), "processing_time", "processing_time", frozenset({"hour"}), duration=True
    )
    assert best is None
    weeks = [_sentence("Die Aufnahme dauert meist zwei Tage.", "de")]
    best, _score = _best_sentence(
        weeks, set(), "processing_time", "processing_time", frozenset({"hour"}), duration=True
    )
    assert best is not None


# A language level asked (12 languages) is told only by a sentence that names one (A1 … C2).
@pytest.mark.parametrize(
    "question",
    [
        "Does my wife need German before she comes? What level?",
        "Muss meine Frau vorher Deutsch können? Auf welchem Niveau?",
        "Ma femme doit-elle parler allemand avant ? Quel niveau ?",
        "¿Mi marido necesita alemán antes? ¿Qué nivel?",
        "Eşim gelmeden Almanca bilmeli mi? Ne seviyede?",
        "Czy mąż musi znać niemiecki? Na jakim poziomie?",
        "Soția trebuie să știe germană înainte? Ce nivel?",
        "Жена должна знать немецкий до приезда? Какой уровень?",
        "Чоловік має знати німецьку до приїзду? Який рівень?",
        "Съпругата трябва ли да знае немски преди идването? Какво ниво?",
        "لازم مرتي تعرف ألماني قبل ما تجي؟ أي مستوى؟",
        "همسرم باید قبل از آمدن آلمانی بلد باشد؟ چه سطحی؟",
    ],
)
def test_a_level_is_asked(question):
    assert kinds.asked_quantity(question) == "level"


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Für die Einbürgerung brauchen Sie Deutsch auf dem Niveau B1.", True),
        ("Spouses usually need basic German (level A1) before arrival.", True),
        ("Le cours se termine par un test (DTZ).", False),
        ("Die Aufnahme ist nur in Härtefällen möglich.", False),
    ],
)
def test_a_level_is_stated(sentence, level):
    assert ("level" in kinds.stated_quantities(sentence.casefold())) is level


# For how long something is had (12 languages; not the Bulgarian "за колко време", also
# "within how long").
@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("For how long do I get the permit?", True),
        ("Für wie lange bekomme ich die Erlaubnis?", True),
        ("Pour combien de temps reçoit-on le titre ?", True),
        ("¿Por cuánto tiempo me dan el permiso?", True),
        ("İzni ne kadar süreliğine alırım?", True),
        ("Na jak długo dostanę zezwolenie?", True),
        ("Pe cât timp primesc permisul?", True),
        ("На какой срок дают разрешение?", True),
        ("На який строк дають дозвіл?", True),
        ("За какъв срок дават разрешението?", True),
        ("لأي مدة بيعطوني الإقامة؟", True),
        ("برای چه مدت اقامت می‌دهند؟", True),
        ("How long does it take to get the permit?", False),
        ("За колко време дават разрешението?", False),
    ],
)
def test_for_how_long_is_asked(question, held):
    assert kinds.asks_for_how_long(question) is held


def _best(texts, language, kind="deadline", **flags):
    from lotse.ask.answers._text import _sentence
    from lotse.ask.answers.sentences import _best_sentence

    sentences = [_sentence(text, language) for text in texts]
    best, _score = _best_sentence(sentences, set(), kind, "deadlines", **flags)
    return best.text if best is not None else None


# A length held is not told by a time limit to act.
def test_for_how_long_is_not_told_by_a_time_limit():
    within = "Stellen Sie den Antrag innerhalb von 90 Tagen nach der Einreise."
    assert _best([within], "de", holding=True) is None
    assert _best([within], "de") == within


# A deadline question is not told by a sentence that places nothing in time.
@pytest.mark.parametrize(
    ("text", "language", "told"),
    [
        ("Wer den Hund zu spät anmeldet, kann ein Bußgeld bekommen.", "de", False),
        ("Whoever registers the dog late may be fined.", "en", False),
        ("کسی که سگ را دیر ثبت کند ممکن است جریمه شود.", "fa", False),
        ("Melden Sie den Hund innerhalb von zwei Wochen an.", "de", True),
        ("Keine.", "de", True),
        ("Die Hilfe beantragen Sie während der Schwangerschaft.", "de", True),
        ("Beantragen Sie die Verlängerung vor Ablauf.", "de", True),
    ],
)
def test_a_deadline_is_told_by_a_time(text, language, told):
    assert (_best([text], language) is not None) is told


# A penalty asked (12 languages): what one risks, told only by a sentence that names a penalty.
@pytest.mark.parametrize(
    "question",
    [
        "What is the fine if I register my dog late?",
        "Welche Strafe droht, wenn ich den Hund zu spät anmelde?",
        "Quelle amende si je déclare mon chien en retard ?",
        "¿Qué multa hay si registro al perro tarde?",
        "Köpeği geç kaydettirirsem ne ceza alırım?",
        "Jaka kara grozi za spóźnioną rejestrację psa?",
        "Ce amendă primesc dacă înregistrez câinele târziu?",
        "Какой штраф, если поздно зарегистрировать собаку?",
        "Який штраф, якщо пізно зареєструвати собаку?",
        "Каква глоба има, ако регистрирам кучето късно?",
        "شو الغرامة إذا سجلت الكلب متأخر؟",
        "اگه سگ رو دیر ثبت کنم چه جریمه‌ای داره؟",
    ],
)
def test_a_penalty_is_asked(question):
    assert kinds.asked_quantity(question) == "penalty"


@pytest.mark.parametrize(
    ("question", "quantity"),
    [
        # so that I am not fined: the time limit is asked
        ("تا کی وقت دارم سگ رو ثبت کنم که جریمه نشم؟", None),
        ("Is the dog tax fine for a small dog?", None),
    ],
)
def test_no_penalty_asked(question, quantity):
    assert kinds.asked_quantity(question) == quantity


@pytest.mark.parametrize(
    ("sentence", "penalty"),
    [
        ("Wer zu spät kommt, riskiert eine Sperrzeit von einer Woche.", True),
        ("A late registration can cost a fine of up to 1,000 euros.", True),
        ("Za spóźnienie grozi grzywna.", True),
        ("За опоздание грозит штраф.", True),
        ("Melden Sie sich drei Monate vorher.", False),
    ],
)
def test_a_penalty_is_stated(sentence, penalty):
    assert ("penalty" in kinds.stated_quantities(sentence.casefold())) is penalty


# A penalty asked (read as a deadline question) is told by a penalty that names no time.
def test_a_penalty_needs_no_time():
    fine = "Wer den Hund nicht anmeldet, muss mit einem Bußgeld rechnen."
    assert _best([fine], "de", quantity="penalty") == fine
    assert _best([fine], "de") is None


@pytest.mark.django_db
def test_a_penalty_is_told_by_a_penalty():
    from lotse.ask.selectors import search
    from lotse.core.models import City

    fact = search(
        city=City.objects.get(slug="dortmund"),
        query="What is the penalty if I register as a job seeker too late?",
        limit=10,
    ).fact
    assert fact is None or "penalty" in kinds.stated_quantities(fact.text.casefold())
