"""Nones where the sentence is there (twenty-ninth session, lane none24), as classes in every
language; questions written for these tests.

- A count read past a word of roughness ("Скільки приблизно спортивних клубів …?", "Сколько
  примерно …"), the Arabic "كم عدد …" and "ما أقل عدد من …" (the noun after the number word): the
  count had read "приблизно" or "عدد" as the noun and found no sentence.
- The persons or people who sit on a body counted alike with its members ("Aus wie vielen
  Personen besteht der Integrationsrat?" / "hat 27 Mitglieder", `sentences.COUNTED_ALIKE`).
- A number asked of an office named by its own name, with no phone word ("Jaki jest numer do
  Familienkasse …?", `naming.number_office`): the office's phone; it had no type.
- A photo's size asked ("Ce dimensiune trebuie să aibă poza …?", "اندازه عکس … چقدر باید
  باشد؟"): the papers; it had no type, or (fa) a price told the conversion's fee.
"""

from __future__ import annotations

import pytest

from lotse.ask import answers
from lotse.ask.answers import kinds
from lotse.ask.selectors import city_index
from lotse.ask.tests.searching import ask
from lotse.core.models import City

pytestmark = pytest.mark.ranking

# --- a count read past a word of roughness, and the Arabic number word


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("Скільки приблизно спортивних клубів є в Дортмунді?", "клубів"),
        ("Сколько примерно спортивных клубов в Дортмунде?", "клубов"),
        ("Колко приблизително спортни клуба има в Дортмунд?", "клуба"),
        ("Ile mniej więcej klubów sportowych jest w Dortmundzie?", "klubów"),
        ("Câte cam cluburi sportive sunt în Dortmund?", "cluburi"),
        ("Wie viele ungefähr Sportvereine gibt es?", "sportvereine"),
        ("كم عدد أعضاء مجلس الاندماج في دورتموند؟", "أعضاء"),
        ("ما أقل عدد من الموظفين المطلوب لمجلس العمال؟", "الموظفين"),
        ("چه تعداد عضو در شورای ادغام هست؟", "عضو"),
    ],
)
def test_the_noun_counted_after_a_rough_or_number_word(question, noun):
    assert kinds.asked_count(question) == noun


@pytest.mark.parametrize(
    "question",
    [
        # a price asked roughly: the word after the rough word asks a type, no noun is counted
        "Сколько примерно стоит курс?",
        "Скільки приблизно коштує курс?",
        "Колко приблизително струва курсът?",
    ],
)
def test_a_rough_price_counts_no_noun(question):
    assert kinds.asked_count(question) is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Скільки приблизно спортивних клубів є в Дортмунді?", "uk"),
        ("Сколько примерно спортивных клубов в Дортмунде?", "ru"),
    ],
)
def test_roughly_how_many_clubs_is_told_the_count(question, language):
    fact = ask(question, language).fact
    assert fact is not None
    assert fact.service == "sports-clubs"
    assert "500" in fact.text


# --- the persons who sit on a body, counted as its members

PERSONS_ON_THE_COUNCIL = [
    ("How many people sit on the integration council in Dortmund?", "en"),
    ("Aus wie vielen Personen besteht der Integrationsrat in Dortmund?", "de"),
    ("Combien de personnes siègent au conseil d'intégration de Dortmund ?", "fr"),
    ("¿Cuántas personas forman el consejo de integración de Dortmund?", "es"),
    ("Z ilu osób składa się Integrationsrat w Dortmundzie?", "pl"),
    ("Din câte persoane este format Integrationsrat în Dortmund?", "ro"),
    ("Сколько человек входит в Integrationsrat Дортмунда?", "ru"),
    ("Скільки людей входить до Integrationsrat у Дортмунді?", "uk"),
    ("От колко души се състои Integrationsrat на Дортмунд?", "bg"),
    ("كم عدد أعضاء مجلس الاندماج في دورتموند؟", "ar"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("question", "language"), PERSONS_ON_THE_COUNCIL)
def test_the_persons_on_a_council_are_told_its_members(question, language):
    fact = ask(question, language).fact
    assert fact is not None
    assert (fact.service, fact.module) == ("integration-council-and-voting", "body")
    assert "27" in fact.text


def test_persons_are_counted_alike_with_members():
    from lotse.ask.answers.sentences import counted_terms

    assert counted_terms("personen", "de") & counted_terms("mitglieder", "de")
    assert counted_terms("души", "bg") & counted_terms("членове", "bg")


# --- a number asked of an office named by its own name

OFFICE_NUMBER = [
    ("What is the number of the Familienkasse for the child supplement?", "en"),
    ("Quel est le numéro de la Familienkasse pour le supplément pour enfants ?", "fr"),
    ("¿Cuál es el número de la Familienkasse para el suplemento infantil?", "es"),
    ("Familienkasse'nin çocuk ek ödeneği için numarası nedir?", "tr"),
    ("Jaki jest numer do Familienkasse w sprawie dodatku na dzieci?", "pl"),
    ("Care este numărul Familienkasse pentru alocația suplimentară pentru copii?", "ro"),
    ("Какой номер у Familienkasse по детской надбавке?", "ru"),
    ("Какъв е номерът на Familienkasse за Kinderzuschlag?", "bg"),
    ("شماره Familienkasse برای Kinderzuschlag چیست؟", "fa"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("question", "language"), OFFICE_NUMBER)
def test_the_number_of_a_named_office_is_its_phone(question, language):
    fact = ask(question, language).fact
    assert fact is not None
    assert fact.module == "phone"
    assert "5555 30" in fact.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        # a number the office gives is no phone of it
        "What is my Familienkasse customer number?",
        "Jaki jest numer klienta w Familienkasse?",
        "Welche Steuer-ID Nummer hat die Familienkasse von mir?",
        # a number word far from the office's name
        "Wo finde ich die Nummer auf dem Brief, den ich wegen meines Kindes bekommen habe, "
        "von der Familienkasse?",
    ],
)
def test_a_number_the_office_gives_is_no_phone(question):
    city = City.objects.get(slug="dortmund")
    generation = city_index(city).generation
    assert answers.number_office(city, generation, question) is None


# --- a photo's size

PHOTO_SIZE = [
    "What size must the photo be for converting my driving licence?",
    "Welche Größe muss das Foto für den Umtausch des Führerscheins haben?",
    "Quelle taille doit avoir la photo pour échanger le permis de conduire ?",
    "¿Qué tamaño debe tener la foto para canjear el permiso de conducir?",
    "Ehliyet değişimi için fotoğraf hangi boyutta olmalı?",
    "Jaki rozmiar musi mieć zdjęcie do wymiany prawa jazdy?",
    "Ce dimensiune trebuie să aibă poza pentru schimbarea permisului de conducere?",
    "Какого размера должно быть фото для обмена водительских прав?",
    "Якого розміру має бути фото для обміну водійських прав?",
    "Какъв размер трябва да е снимката за смяна на шофьорската книжка?",
    "ما هو حجم الصورة المطلوب لتبديل رخصة القيادة؟",
    "اندازه عکس برای تعویض گواهینامه رانندگی چقدر باید باشد؟",
]


@pytest.mark.parametrize("question", PHOTO_SIZE)
def test_a_photo_size_asks_the_papers(question):
    assert answers.classify(question) == "documents"


@pytest.mark.parametrize(
    "question",
    [
        # the photo's price
        "Wie viel kostet ein Foto in der richtigen Größe?",
        "هزینه عکس با اندازه درست چقدر است؟",
        # the Polish "poza" (besides) beside a size word is no photo
        "Ile kosztuje poza tym duży rozmiar?",
    ],
)
def test_a_photo_price_or_no_photo_stays(question):
    assert answers.classify(question) != "documents"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Ce dimensiune trebuie să aibă poza pentru schimbarea permisului de conducere?", "ro"),
        ("اندازه عکس برای تعویض گواهینامه رانندگی چقدر باید باشد؟", "fa"),
    ],
)
def test_a_photo_size_is_told_by_the_papers(question, language):
    fact = ask(question, language).fact
    assert fact is not None
    assert (fact.service, fact.module) == ("driving-licence-conversion", "documents")
    assert "35 x 45" in fact.text


# --- the Polish superlative adjective ("najwyższy", "najniższy") is the most or the least asked


@pytest.mark.parametrize(
    ("question", "quantity"),
    [
        ("Jaki jest najwyższy możliwy stopień niepełnosprawności GdB?", "maximum"),
        ("Jaka jest najwyższa kwota Elterngeld?", "maximum"),
        ("Jaki jest najniższy Elterngeld miesięcznie?", "minimum"),
    ],
)
def test_the_polish_superlative_asks_a_limit(question, quantity):
    assert kinds.asked_quantity(question) == quantity


@pytest.mark.django_db
def test_the_highest_degree_of_disability_is_told():
    fact = ask("Jaki jest najwyższy możliwy stopień niepełnosprawności GdB?", "pl").fact
    assert fact is not None
    assert (fact.service, fact.module) == ("disability-support", "body")
    assert "100" in fact.text
