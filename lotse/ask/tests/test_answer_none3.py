"""More right answers where there was none (seventeenth session, lane ansNone3): the Ukrainian
apostrophe typed as the modifier letter ʼ splits a word as ' and ’ do; a where question no
office answers is told by the street the top service's own text names for it; "by phone" as
the way something happened, beside a where word, asks where to go. Questions written for these
tests."""

from __future__ import annotations

import pytest

from lotse.ask.analysis import analyze
from lotse.ask.answers import classify
from lotse.ask.answers.kinds import PHONE_NUMBER, asked_quantity, states_date
from lotse.ask.selectors import search
from lotse.core.models import City

pytestmark = pytest.mark.ranking


@pytest.mark.parametrize(
    "forms",
    [
        ("обовʼязково", "обов'язково", "обов’язково"),
        ("сімʼя", "сім'я", "сім’я"),
        ("зʼясувати", "з'ясувати", "з’ясувати"),
    ],
)
def test_the_ukrainian_apostrophe_splits_alike_however_typed(forms):
    analysed = {tuple(analyze(form, "uk")) for form in forms}
    assert len(analysed) == 1


@pytest.mark.parametrize(
    "question",
    [
        "A company sold me a contract over the phone. Where can I get help?",
        "Mir wurde am Telefon ein Vertrag verkauft. Wo bekomme ich Hilfe?",
        "On m'a vendu un contrat par téléphone, où puis-je aller ?",
        "Me vendieron un contrato por teléfono, ¿dónde me pueden ayudar?",
        "Telefonda bana bir sözleşme sattılar, nereye gidebilirim?",
        "Sprzedano mi umowę przez telefon, gdzie mogę pójść?",
        "Mi-au vândut un contract prin telefon, unde pot merge?",
        "Мне продали договор по телефону, куда идти?",
        "Мені продали договір по телефону, куди звернутися?",
        "Продадоха ми договор по телефона, къде да отида?",
        "بعولي عقد عبر الهاتف، وين بروح؟",
        "تلفنی یک قرارداد به من فروختند، کجا بروم؟",
    ],
)
def test_by_phone_beside_a_where_word_asks_where(question):
    assert classify(question) == "where"


@pytest.mark.parametrize(
    "question",
    [
        "What is the phone number of the consumer advice centre, and where is it?",
        "Wie ist die Telefonnummer der Verbraucherzentrale?",
        "Какой номер телефона у центра защиты прав потребителей?",
    ],
)
def test_a_number_asked_stays_a_phone_question(question):
    assert classify(question) == "phone"


def _fact(question: str):
    return search(city=City.objects.get(slug="dortmund"), query=question, limit=10).fact


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "service", "held"),
    [
        # where to find something free: the street the service's text names for it
        (
            "Без страховки: де можна безкоштовно показатися лікарю в Дортмунді?",
            "health-care-without-insurance",
            "Rheinische",
        ),
        (
            "Нямам здравна осигуровка. Къде мога безплатно да отида на лекар?",
            "health-care-without-insurance",
            "Rheinische",
        ),
        # a where question whose named office gives no address: the service's own street
        (
            "Gdzie są kursy VHS, na których można zrobić Schulabschluss?",
            "adult-education-centre",
            "Rheinische",
        ),
        # by phone, then where to go: the consumer advice's address
        (
            "Am Telefon hat man mir einen Vertrag untergeschoben, jetzt will ein Inkasso Geld. "
            "Wo kann ich in Dortmund hingehen?",
            "consumer-advice",
            "Reinoldistraße",
        ),
    ],
)
def test_a_where_question_no_office_answers_is_told_by_the_street(question, service, held):
    fact = _fact(question)
    assert fact is not None and fact.service == service
    assert held in fact.text


@pytest.mark.parametrize(
    "question",
    [
        "From which GdB do I count as severely disabled?",
        "À partir de quel GdB est-on considéré comme gravement handicapé ?",
        "¿A partir de qué GdB se considera discapacidad grave?",
        "De la ce GdB sunt considerat cu handicap grav?",
        "Hangi GdB ile ağır engelli sayılırım?",
        "Od jakiego GdB jest się osobą ciężko niepełnosprawną?",
        "С какого GdB человек считается тяжёлым инвалидом?",
        "Від якого GdB людину вважають особою з тяжкою інвалідністю?",
        "От какъв GdB се смята, че човек е с тежко увреждане?",
        "من أي GdB يعتبر الشخص ذا إعاقة شديدة؟",
        "از چه GdB معلولیت شدید حساب می‌شود؟",
    ],
)
def test_from_which_gdb_asks_a_threshold(question):
    assert asked_quantity(question) == "threshold"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "Від якого GdB людину вважають особою з тяжкою інвалідністю?",
        "ابتداءً من أي درجة يعتبر الإنسان من ذوي الإعاقة الشديدة؟",
    ],
)
def test_a_threshold_of_the_services_own_words_is_the_one_that_holds_them(question):
    # "from 20 there are compensations", "from 50 you count as severely disabled": the
    # question's "severe" is a name word of the service, and it picks the second
    fact = _fact(question)
    assert fact is not None and fact.service == "disability-support"
    assert "50" in fact.text


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Call the helpline on 50 - 12345 (area code 0231).", True),
        ("Rufen Sie 0231 50-12345 an.", True),
        ("Die Sprechzeiten sind 10 - 12 Uhr.", False),
        ("Das gilt für die Jahre 2025 und 2026.", False),
    ],
)
def test_a_number_parted_by_a_spaced_dash_is_a_phone_number(sentence, number):
    assert (PHONE_NUMBER.search(sentence) is not None) is number


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "Welche Nummer hat der Kinderschutz der Stadt Dortmund für Notfälle?",
        "Pod jaki numer dzwonić w Dortmundzie, gdy martwię się o dziecko (ochrona dzieci)?",
        "À quel numéro appeler la protection de l'enfance de la ville si je m'inquiète pour un "
        "enfant ?",
    ],
)
def test_a_helpline_number_parted_by_a_spaced_dash_answers(question):
    fact = _fact(question)
    assert fact is not None and fact.service == "youth-welfare-help"
    assert "12345" in fact.text


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("Die Museumsnacht ist jedes Jahr Ende September.", True),
        ("The festival takes place in early July.", True),
        ("Le marché a lieu fin octobre.", True),
        ("La fiesta es a principios de mayo.", True),
        ("Festival her yıl eylül sonunda yapılır.", True),
        ("Noc muzeów odbywa się pod koniec września.", True),
        ("Festivalul are loc la sfârșitul lunii septembrie.", True),
        ("Ночь музеев проходит в конце сентября.", True),
        ("Ніч музеїв відбувається наприкінці вересня.", True),
        ("Нощта на музеите е в края на септември.", True),
        ("تقام ليلة المتاحف في أواخر سبتمبر.", True),
        ("شب موزه‌ها در اواخر سپتامبر برگزار می‌شود.", True),
        ("Die Frist beginnt am 1.3. jedes Jahres.", True),
        # common words that are also month names elsewhere name no month
        ("Poți lucra mai mult de 20 de ore.", False),
        ("Le marché est ouvert le samedi.", False),
        ("Czerwony formularz trzeba złożyć w urzędzie.", False),
    ],
)
def test_a_month_or_a_day_in_figures_is_a_date(sentence, dated):
    assert states_date(sentence) is dated


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "¿Cuándo es la Noche de los Museos en la ciudad?",
        "Cuándo es la noche de los museos?",
    ],
)
def test_when_a_named_event_is_is_told_by_the_sentence_that_names_its_month(question):
    # every word of the question is a name word of the museums service: the sentence that
    # holds them and names a month answers the when question
    fact = _fact(question)
    assert fact is not None and fact.service == "culture-and-museums"
    assert "septiembre" in fact.text
