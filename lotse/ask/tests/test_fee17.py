"""Which fee, which amount (twenty-sixth session, lane fee17): a fee asked beside a clause that
says something takes long, renewing as extending, a period named with its number ("d'un an",
"bir yıl"), the English article "an" as no year, the whole course's price, a rate's adverb after
the how-much word ("ile miesięcznie", "كم شهريا") and the noun between "wie viel" and
"bekomme". Questions written for these tests."""

from __future__ import annotations

import pytest

from lotse.ask import selectors
from lotse.ask.answers import kinds
from lotse.ask.answers._text import split_sentences
from lotse.ask.answers.qualifiers import asked_qualifiers
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


@pytest.mark.parametrize(
    "question",
    [
        "Die Bearbeitung meiner Aufenthaltserlaubnis als Fachkraft dauert noch, wie viel kostet "
        "solange die Fiktionsbescheinigung?",
        "Mi permiso de trabajo tarda, ¿cuánto pago por la Fiktionsbescheinigung mientras tanto?",
        "İş iznim uzun sürüyor, bu sürede Fiktionsbescheinigung için ne kadar ödüyorum?",
        "Moje zezwolenie na pracę długo trwa, ile zapłacę za Fiktionsbescheinigung?",
        "Permisul meu de muncă durează, cât plătesc pentru Fiktionsbescheinigung între timp?",
        "تصريح العمل يتأخر، كم أدفع مقابل Fiktionsbescheinigung خلال الانتظار؟",
        "اجازه کارم طول می‌کشد، در این مدت برای Fiktionsbescheinigung چقدر باید بدهم؟",
        # a period named with its number, no time asked
        "Prolonger mon titre de séjour d'un an, ça coûte combien ?",
        "prolongation de deux mois, combien ?",
        "Oturum iznimi bir yıl uzatmak ne kadar?",
        # the English article is no French year
        "How much is an extension of my residence permit?",
        # a rate's adverb after the how-much word
        "Ile miesięcznie wynosi Kindergeld na trójkę dzieci?",
        "كم شهريا الكيندرجيلد لثلاثة أولاد؟",
    ],
)
def test_a_fee_asked_is_a_cost(question):
    assert kinds.classify(question) == "cost"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a how-long word still asks the time
        ("Wie lange dauert die Bearbeitung und wie viel kostet sie?", "processing_time"),
        ("¿Cuánto tiempo tarda y cuánto pago?", "processing_time"),
        # a unit counted, no number before it
        ("Combien de mois dure la prolongation ?", "processing_time"),
        # the French year after a word of a year is still a year
        ("Combien de fois par an ?", "deadline"),
    ],
)
def test_a_time_asked_stays_a_time(question, kind):
    assert kinds.classify(question) == kind


def test_the_year_after_a_number_in_french():
    assert kinds.asked_period("prolonger d'un an, combien ?", "fr") == 365.0
    assert kinds.asked_period("prolongation pour un an", "fr") == 365.0
    assert kinds.asked_period("how much is an extension?", "en") is None


def test_a_rate_adverb_counts_nothing():
    assert kinds.asked_count("Ile miesięcznie wynosi Kindergeld na trójkę dzieci?") is None
    assert kinds.asked_count("كم شهريا الكيندرجيلد لثلاثة أولاد؟") is None


def test_the_noun_between_wie_viel_and_bekomme_names_the_thing():
    question = "Wie viel Kindergeld bekomme ich im Monat für drei Kinder?"
    assert "kindergeld" in kinds.content_words(question, kinds.classify(question))


@pytest.mark.parametrize(
    "question",
    [
        "Was kostet es, meine Aufenthaltserlaubnis zu erneuern?",
        "Öğrenci oturma iznimi yenilemek kaç euro?",
        "Ile kosztuje odnowienie karty pobytu?",
        "Cât costă reînnoirea permisului de ședere?",
        "Сколько стоит обновить вид на жительство?",
        "Скільки коштує поновлення посвідки?",
        "Колко струва да подновите разрешението?",
        "هزینه تجدید اقامت چقدر است؟",
    ],
)
def test_renewing_is_extending(question):
    assert "extension" in asked_qualifiers(question)


def test_the_romanian_refused_is_no_turkish_extension():
    assert "extension" not in asked_qualifiers("Mi-a fost refuzat permisul, ce fac?")


def test_a_currency_ends_its_sentence_before_a_figure():
    text = "Katkı payı: ders saati başına 2,29 Euro. 700 saatlik genel bir kurs 1.603 Euro tutar."
    assert split_sentences(text) == [
        "Katkı payı: ders saati başına 2,29 Euro.",
        "700 saatlik genel bir kurs 1.603 Euro tutar.",
    ]
    # an abbreviation before a figure still goes on
    assert len(split_sentences("Nach § 46 Abs. 2 Nr. 1 AufenthV kostet es 75 Euro.")) == 1


@pytest.mark.parametrize(
    ("question", "service", "amount"),
    [
        # a fee beside a clause that says the permit takes long: the fee, not the time
        (
            "Die Bearbeitung meiner Aufenthaltserlaubnis als Fachkraft dauert noch, wie viel "
            "kostet solange die Fiktionsbescheinigung?",
            "fictional-certificate",
            "13",
        ),
        (
            "Permisul meu de muncă durează, cât plătesc pentru Fiktionsbescheinigung între timp?",
            "fictional-certificate",
            "13",
        ),
        # renewing a study permit: its extension line, not the first issue
        ("Was kostet es, meine Aufenthaltserlaubnis fürs Studium zu erneuern?", None, "93"),
        ("Сколько стоит обновить вид на жительство для учёбы?", None, "93"),
        ("Скільки коштує поновлення посвідки на навчання?", None, "93"),
        # the study permit's synonyms hold the extension word ("продление ВНЖ студента")
        ("Сколько стоит продление ВНЖ для студентов?", None, "93"),
        # one year asked: the line for more than three months
        (
            "Prolonger mon titre de séjour d'un an, ça coûte combien ?",
            "residence-permit-extension",
            "93",
        ),
        ("Oturum iznimi bir yıl uzatmak ne kadar?", "residence-permit-extension", "93"),
        # the whole course, not its price per lesson or part
        ("Entegrasyon kursunun tamamı kendim ödersem kaç euro?", "integration-course", "1.603"),
        (
            "Ich bin Selbstzahler. Wie viel kostet mich der Integrationskurs komplett?",
            None,
            "1.603",
        ),
        ("As a self-payer, what does the full integration course cost me?", None, "1,603"),
        # an amount a month, not the retroactive months
        ("Ile miesięcznie wynosi Kindergeld na trójkę dzieci?", "child-benefit", "259"),
        ("كم شهريا الكيندرجيلد لثلاثة أولاد؟", "child-benefit", "259"),
        ("Wie viel Kindergeld bekomme ich im Monat für drei Kinder?", "child-benefit", "259"),
    ],
)
def test_the_asked_fee_answers(question, service, amount):
    city = City.objects.get(slug="dortmund")
    answer = selectors.search(city=city, query=question, limit=10)
    assert answer.fact is not None
    if service is not None:
        assert answer.fact.service == service
    assert answer.fact.module == "fees"
    assert amount in answer.fact.text
    # the first issue's 100 euros are no renewal's fee
    if amount == "93":
        assert "100" not in answer.fact.text
