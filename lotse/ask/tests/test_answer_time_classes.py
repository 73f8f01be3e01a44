"""Processing times, time limits, who may and papers that got no answer: a service named more
than the routed one that states no processing time at all, and question words of these types
the patterns did not know. Questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import answers, selectors
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


@pytest.mark.parametrize(
    ("rival_answers", "rank"),
    [
        (False, 0),  # the service named more states nothing of the kind: the first answers
        (True, None),  # it does: it may be the one asked about, nobody answers
    ],
)
def test_a_rival_named_more_that_states_nothing_of_the_kind_does_not_veto(rival_answers, rank):
    found = answers.answering_rank(
        [0.95, 0.78, 0.5],
        [0.9, 1.7, 0.0],
        min_score=0.5,
        min_lead=0.05,
        answers_at=lambda i: rival_answers,
    )
    assert found == rank


def test_the_first_must_be_named_itself_to_answer_past_a_rival_named_more():
    found = answers.answering_rank(
        [0.95, 0.78, 0.5], [0.0, 1.7, 0.0], min_score=0.5, min_lead=0.05, answers_at=lambda i: False
    )
    assert found is None


@pytest.mark.parametrize(
    "question",
    [
        # "diploma" names the school certificates more, which state no processing time
        "Combien de temps prend la reconnaissance de mes diplômes étrangers ?",
        "Колко време отнема признаването на чуждестранната ми диплома?",
    ],
)
def test_the_processing_time_of_the_routed_service_answers(question):
    city = City.objects.get(slug="dortmund")
    answer = selectors.search(city=city, query=question)
    assert answer.fact is not None
    assert (answer.fact.service, answer.fact.module) == (
        "recognition-of-qualifications",
        "processing_time",
    )


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # the Arabic wage word inside the Persian "مهاجرت" (migration) asked no amount
        ("تمدید اقامت در اداره مهاجرت چقدر طول می‌کشد؟", "processing_time"),
        ("هزینه اقامت تحصیلی در اداره مهاجرت چقدر است؟", "cost"),
        ("كم الحد الأدنى للأجر في الساعة؟", "cost"),
        # a must that goes with receiving: how long it takes
        ("Combien de temps faut-il pour obtenir une carte de séjour ?", "processing_time"),
        ("Сколько времени нужно, чтобы получить налоговый номер?", "processing_time"),
        ("Скільки часу потрібно, щоб отримати довідку про реєстрацію?", "processing_time"),
        ("Ile czasu potrzeba, żeby dostać kartę pobytu?", "processing_time"),
        (
            "¿Cuánto tiempo se necesita para obtener el certificado de antecedentes?",
            "processing_time",
        ),
        ("how long until I actually receive my residence card?", "processing_time"),
        # checking an application, with a how-long word
        ("How long does the immigration office need to check a visa?", "processing_time"),
        ("Jak długo urząd sprawdza wniosek o zasiłek mieszkaniowy?", "processing_time"),
        ("Wie lange prüft die Ausländerbehörde meinen Antrag?", "processing_time"),
        # how long, though wages are what goes on
        ("Wie lange zahlt mir der Arbeitgeber das Gehalt, wenn ich krank bin?", "deadline"),
        ("Jak długo pracodawca płaci wynagrodzenie podczas choroby?", "deadline"),
        # until what day (Persian, Arabic)
        ("تا چه ماهی می‌توانم برای کیندرگلد درخواست بدهم؟", "deadline"),
        ("حتى أي يوم يمكنني إلغاء اشتراك تذكرة دويتشلاند؟", "deadline"),
        ("لحد أي يوم لازم سجل حالي بعد ما انتقلت؟", "deadline"),
        # whether one person may have it too
        ("Czy student też może dostać Wohngeld?", "who"),
        ("Чи може студент також отримувати житлову допомогу?", "who"),
        ("¿Un estudiante también puede recibir la ayuda para la vivienda?", "who"),
        ("Может ли пенсионер тоже получать жилищное пособие?", "who"),
        ("Може ли студент също да получава Wohngeld?", "who"),
        # after how long, no unit named
        ("Через скільки мені відповість Jobcenter?", "processing_time"),
        ("Через сколько меня позовут на консультацию?", "processing_time"),
        ("بعد قديش بيتصلوا فيني من الجوب سنتر؟", "processing_time"),
        # how long one can apply, no word of validity: until when
        ("Wie lange kann ich noch Elterngeld beantragen?", "deadline"),
        ("How long can I still apply for parental allowance after the birth?", "deadline"),
        ("Колко дълго мога да подам заявление за Elterngeld след раждането?", "deadline"),
        ("إلى متى يمكنني تقديم طلب الإعانة؟", "deadline"),
    ],
)
def test_time_who_and_cost_words_the_patterns_did_not_know(question, kind):
    assert answers.classify(question) == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Jak sprawdzić, ile mam wypracowanej emerytury?", "cost"),  # checking alone is no time
        ("Wie lange ist der Aufenthaltstitel gültig?", "validity"),  # a word of validity stays
        ("Mąż jest lekarzem, kto pomoże też jemu?", None),  # "może" inside "pomoże"
    ],
)
def test_the_new_words_keep_their_limits(question, kind):
    assert answers.classify(question) == kind


@pytest.mark.parametrize(
    ("sentence", "length"),
    [
        ("Der Lohn wird bis zu sechs Wochen weitergezahlt.", True),
        ("Nașterea trebuie anunțată în termen de o săptămână.", True),
        ("خلال أسبوع من الولادة.", True),
        ("Den Arbeitgeber informieren Sie sofort am ersten Tag.", False),
        ("Уведомете работодателя веднага в първия ден.", False),
    ],
)
def test_a_length_of_time_is_a_number_or_one_before_a_unit(sentence, length):
    assert answers.kinds.states_length(sentence.casefold()) is length


def test_a_how_long_time_limit_is_answered_by_a_length_not_a_point_in_time():
    city = City.objects.get(slug="dortmund")
    answer = selectors.search(
        city=city, query="Wie lange zahlt mir der Arbeitgeber das Gehalt, wenn ich krank bin?"
    )
    assert answer.fact is not None
    assert answer.fact.module == "deadlines"
    assert "sechs Wochen" in answer.fact.text


@pytest.mark.parametrize(
    "question",
    ["من عمر كم بقدر أتسجل في الجوب سنتر؟", "من أي عمر بيحق لي آخد مساعدة من الجوب سنتر؟"],
)
def test_an_arabic_age_in_years_answers_an_age_question(question):
    city = City.objects.get(slug="dortmund")
    answer = selectors.search(city=city, query=question)
    assert answer.fact is not None
    assert (answer.fact.service, answer.fact.module) == ("basic-income-support", "who")


@pytest.mark.parametrize(
    ("question", "waits"),
    [
        ("How long must I wait before I request my tax number again?", True),
        ("Combien de temps dois-je attendre avant de redemander mon numéro fiscal ?", True),
        ("Emeklilik primlerini geri almak için ne kadar süre beklemeliyim?", True),
        ("Jak długo muszę czekać, zanim będę mógł złożyć wniosek o zwrot składek?", True),
        ("Скільки чекати, перш ніж можна знову запросити податковий номер?", True),
        ("Колко да чакам, преди да мога да поискам данъчния номер отново?", True),
        ("How long do I wait until I get my residence card?", False),  # how long it takes
    ],
)
def test_waiting_before_one_acts_is_a_waiting_period(question, waits):
    assert answers.kinds.asks_wait_until_allowed(question) is waits


def test_a_waiting_period_answers_when_no_processing_time_does():
    city = City.objects.get(slug="dortmund")
    answer = selectors.search(
        city=city, query="Combien de temps dois-je attendre avant de redemander mon numéro fiscal ?"
    )
    assert answer.fact is not None
    assert (answer.fact.service, answer.fact.module) == ("tax-id", "deadlines")
