"""Office questions: the phone / where words in 12 languages, and offices named by what they are
("the foreigners' office", "اداره مهاجرت", "ЗАГС") rather than by their own name."""

from __future__ import annotations

import pytest

from lotse.ask import answers, rules, selectors
from lotse.ask.answers import offices
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # which number / call / reach
        ("Nüfus dairesine (Standesamt) hangi numaradan ulaşabilirim?", "phone"),
        ("Pod jaki numer dzwonić do Deutsche Rentenversicherung?", "phone"),
        ("По какому номеру звонить в ЗАГС?", "phone"),
        ("За яким номером можна додзвонитися до джобцентру?", "phone"),
        ("На кой номер да звъня в службата?", "phone"),
        ("Unter welcher Nummer erreiche ich das Jobcenter?", "phone"),
        ("Which number do I ring for the registry office?", "phone"),
        ("¿A qué número llamo para la oficina de extranjería?", "phone"),
        ("شو رقم الهاتف تبع مكتب الهجرة؟", "phone"),
        # how do I get there, everyday "where"
        ("Wie komme ich zum Standesamt?", "where"),
        ("How do I get to the Jobcenter?", "where"),
        ("Как добраться до ЗАГСа?", "where"),
        ("Jak dojechać do urzędu stanu cywilnego?", "where"),
        ("Nüfus dairesi nerde?", "where"),
        ("مكتب الهجرة وينو؟", "where"),
        ("چطوری برم اداره مهاجرت؟", "where"),
        # a number that is no phone number
        ("Vergi numarası nasıl alırım?", None),
        ("Jaki jest mój numer podatkowy?", None),
        ("Wie bekomme ich eine Steuernummer?", None),
    ],
)
def test_phone_and_where_words(question, kind):
    assert answers.classify(question) == kind


def test_the_number_of_a_phone_number_is_a_type_word():
    """ "Number" names the tax number and the social security number: in "phone number" it only
    says what is asked, and goes with the phone word."""
    for question in (
        "Quel est le numéro de téléphone du service des étrangers ?",
        "شماره تلفن اداره مهاجرت چند است؟",
        "What is the phone number of the immigration office?",
        "Podaj numer telefonu do urzędu.",
    ):
        rest = answers.content_words(question, "phone")
        assert not any(w in rest for w in ("numéro", "شماره", "number", "numer")), rest


@pytest.mark.parametrize(
    ("question", "office"),
    [
        # the foreigners' / immigration office in the asker's words (no "Ausländerbehörde")
        (
            "Quel est le numéro de téléphone du service des étrangers de Dortmund ?",
            "migration-office",
        ),
        ("شماره تلفن اداره مهاجرت دورتموند چند است؟", "migration-office"),
        ("What is the phone number of the foreigners' office?", "migration-office"),
        ("¿Dónde está la oficina de extranjería?", "migration-office"),
        ("Yabancılar dairesinin adresi nerede?", "migration-office"),
        ("Какво е работното време на службата за чужденци?", "migration-office"),
        ("По какому адресу находится ведомство по делам иностранцев?", "migration-office"),
        ("Де знаходиться відомство у справах іноземців?", "migration-office"),
        ("Gdzie jest urząd ds. cudzoziemców?", "migration-office"),
        ("Unde este biroul pentru străini?", "migration-office"),
        ("وين مكتب الأجانب؟", "migration-office"),
        # the registry office, the women's counselling centre
        ("Телефон ЗАГСа?", "registry-office"),
        ("Nüfus dairesinin telefon numarası?", "registry-office"),
        ("Numărul de telefon al oficiului de stare civilă?", "registry-office"),
        ("شو رقم تلفون مركز استشارات النساء في دورتموند؟", "womens-help-dortmund"),
        ("Telefon der Frauenberatungsstelle?", "womens-help-dortmund"),
    ],
)
def test_an_office_described_in_the_askers_words_answers(question, office):
    city = City.objects.get(slug="dortmund")
    fact = selectors.search(city=city, query=question).fact
    assert fact is not None and fact.office == office


def test_a_description_names_the_office_of_that_kind_with_the_shortest_name():
    """Two offices' German names hold "Bürgerdienste" (the citizens' services and their driving
    licence team): "the citizens' office" is the first."""
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    found, _rest = offices.described_offices(city, generation, "Where is the citizens' office?")
    assert found == {"buergerdienste"}


def test_a_described_office_answers_only_when_the_question_is_about_it():
    """The question describes the immigration office but names child benefit: the office
    answers only when it is an office of one of the top services."""
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    question = "Where is the immigration office for Kindergeld?"

    def described(top_offices: list[str]) -> str | None:
        return answers.described_office(city, generation, question, "where", "en", top_offices)

    assert described(["family-benefits-office"]) is None
    assert described(["family-benefits-office", "migration-office"]) == "migration-office"
    # Nothing else named: the described office, whatever the top services.
    plain = "Where is the immigration office?"
    assert (
        answers.described_office(
            city, generation, plain, "where", "en", ["on-call-medical-service"]
        )
        == "migration-office"
    )
    # Two offices described: none of them.
    both = "Is the registry office or the immigration office responsible?"
    assert answers.described_office(city, generation, both, "where", "en", []) is None


@pytest.mark.parametrize(
    ("question", "damped"),
    [
        ("Quel est le numéro de téléphone du service des étrangers ?", True),
        ("Telefonnummer vom Standesamt", True),
        ("شماره تلفن اداره مهاجرت چند است؟", True),
        # an emergency, a doctor, an emergency number: the emergency service is meant
        ("Welche Nummer rufe ich an, wenn mein Kind nachts krank ist?", False),
        ("What number do I call in an emergency?", False),
        ("На кой номер да звъня за лекар през уикенда?", False),
        ("شماره تلفن اورژانس چند است؟", False),
        # no phone question: untouched
        ("Wo ist das Standesamt?", False),
    ],
)
def test_a_phone_question_holds_back_the_emergency_service_unless_it_asks_for_one(question, damped):
    import numpy as np

    keys = ["tax-id", rules.EMERGENCY_SERVICE]
    scores = np.array([0.8, 0.9], dtype=np.float32)
    before = scores.copy()
    rules.adjust(scores, question, keys, kind=answers.classify(question))
    assert bool(scores[1] < before[1]) is damped
    assert scores[0] == before[0]


def test_a_phone_question_naming_no_emergency_does_not_route_to_the_emergency_service():
    city = City.objects.get(slug="dortmund")
    for question in (
        "Quel est le numéro de téléphone du service des étrangers de Dortmund ?",
        "شماره تلفن اداره مهاجرت دورتموند چند است؟",
    ):
        hits = selectors.search(city=city, query=question).hits
        assert hits and hits[0].key != rules.EMERGENCY_SERVICE


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("Where is the youth welfare office?", "youth-office"),
        ("Адрес ведомства по делам молодёжи?", "youth-office"),
        ("Gdzie jest urząd skarbowy?", "tax-office"),
        ("Vergi dairesinin telefonu?", "tax-office"),
        ("Адрес налоговой инспекции?", "tax-office"),
        ("Wo ist das Gesundheitsamt?", "health-office"),
        ("¿Dónde está la oficina de sanidad?", "health-office"),
        ("آدرس اداره بهداشت کجاست؟", "health-office"),
        ("Où est la caisse d'allocations familiales ?", "family-benefits-office"),
        ("Unde este oficiul de asistență socială?", "social-welfare-office"),
        ("وين مكتب الشؤون الاجتماعية؟", "social-welfare-office"),
        ("Where is the housing office?", "housing-office"),
        ("Адреса житлового відділу?", "housing-office"),
        ("Where is the pension insurance?", "pension-insurance"),
        ("كيف بوصل عالجوب سنتر؟", "jobcenter"),
        ("Телефон Агенции по заетостта?", "employment-agency"),
    ],
)
def test_the_families_of_office_descriptions(question, office):
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    found, _rest = offices.described_offices(city, generation, question)
    assert found == {office}


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # which street: the address
        ("In welcher Straße ist das Standesamt?", "where"),
        ("What street is the registry office on?", "where"),
        ("Dans quelle rue se trouve le service des étrangers ?", "where"),
        ("¿En qué calle está la oficina de extranjería?", "where"),
        ("Nüfus dairesi hangi sokakta?", "where"),
        ("Przy jakiej ulicy jest urząd stanu cywilnego?", "where"),
        ("Pe ce stradă este oficiul de stare civilă?", "where"),
        ("На какой улице находится ЗАГС?", "where"),
        ("На якій вулиці РАЦС?", "where"),
        ("На коя улица е службата за чужденци?", "where"),
        ("مكتب الهجرة بأي شارع؟", "where"),
        ("اداره مهاجرت کدوم خیابونه؟", "where"),
        # at what hours an office works or receives
        ("W jakich godzinach przyjmuje urząd skarbowy?", "open"),
        ("В какие часы принимает ЗАГС?", "open"),
        ("У які години працює РАЦС?", "open"),
        ("В какви часове работи службата за чужденци?", "open"),
        ("În ce ore lucrează oficiul de stare civilă?", "open"),
        ("Nüfus dairesi hangi saatlerde çalışıyor?", "open"),
        ("À quelles heures ferme le service des étrangers ?", "open"),
        ("¿A qué hora cierra la oficina de extranjería?", "open"),
        ("ما هي ساعات الدوام في مكتب الهجرة؟", "open"),
        ("ساعت‌های اداری اداره مهاجرت؟", "open"),
        # hours that are no office's: the time of a deadline, one's own working hours
        ("W jakich godzinach mogę pracować jako student?", None),
    ],
)
def test_street_and_office_hours_words(question, kind):
    assert answers.classify(question) == kind


@pytest.mark.parametrize(
    ("question", "office", "street"),
    [
        ("In welcher Straße ist das Jobcenter?", "jobcenter", "Steinstraße"),
        ("Jobcenter hangi sokakta?", "jobcenter", "Steinstraße"),
    ],
)
def test_a_which_street_question_is_answered_with_the_office_address(question, office, street):
    city = City.objects.get(slug="dortmund")
    fact = selectors.search(city=city, query=question).fact
    assert fact is not None and fact.office == office and street in fact.text


def test_an_hours_question_about_the_office_of_a_service_is_answered_by_that_office():
    """ "At what hours does the office where one registers a business work": no office named,
    the routed service's office answers."""
    city = City.objects.get(slug="dortmund")
    question = "W jakich godzinach przyjmuje urząd, w którym zgłasza się działalność gospodarczą?"
    fact = selectors.search(city=city, query=question).fact
    assert fact is not None and fact.office == "trade-office" and fact.module == "opening_hours"


def test_an_office_description_names_no_service():
    """ "Göç dairesi" (the immigration office) holds "göç", a word of migration counselling's
    name: left in, it names that service more than the family reunification asked about, and
    the routed answer is held back."""
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    question = "Göç dairesi aile birleşimi başvurusunu ne kadar sürede inceliyor?"
    rest = answers.without_described_offices(city, generation, question)
    assert "göç" not in rest and "dairesi" not in rest and "birleşimi" in rest
    keys = ["family-reunification", "migration-counselling"]
    kind = "processing_time"
    with_office = answers.naming_scores(city, generation, question, kind, "tr", keys)
    without = answers.naming_scores(city, generation, rest, kind, "tr", keys)
    assert with_office[1] > 0 and without[1] == 0
    # A question that describes no office is left as it is.
    plain = "Aile birleşimi ne kadar sürer?"
    assert answers.without_described_offices(city, generation, plain) == plain


@pytest.mark.parametrize(
    ("question", "office"),
    [
        # the trade office, by its German short name or in the asker's words
        ("Wann hat die Gewerbestelle geöffnet?", "trade-office"),
        ("Where is the business registration office?", "trade-office"),
        ("Какой адрес у отдела по регистрации бизнеса?", "trade-office"),
        ("آدرس اداره ثبت کسب و کار کجاست؟", "trade-office"),
        # the parental allowance office
        ("Telefonnummer vom Versorgungsamt?", "parental-allowance-office"),
        ("Where is the parental benefit office?", "parental-allowance-office"),
        ("Адреса відділу батьківської допомоги?", "parental-allowance-office"),
        # the two chambers, also by their abbreviations typed in lower case
        ("Adres izby przemysłowo-handlowej?", "chamber-of-commerce"),
        ("wo ist die ihk", "chamber-of-commerce"),
        ("Ticaret odasının telefonu nedir?", "chamber-of-commerce"),
        ("Где находится торгово-промышленная палата?", "chamber-of-commerce"),
        ("عنوان غرفة التجارة؟", "chamber-of-commerce"),
        ("Adresse de la chambre des métiers ?", "chamber-of-crafts"),
        ("hwk adresi?", "chamber-of-crafts"),
        ("Телефон ремісничої палати?", "chamber-of-crafts"),
        # the federal office: its description holds the foreigners' office's one
        ("Адрес Федерального ведомства по делам миграции и беженцев?", "bamf"),
        ("¿Dónde está la oficina federal de migración?", "bamf"),
        ("Адрес БАМФ?", "bamf"),
        # the school office, the welcome centre, the consumer and tenants' associations
        ("Ce număr de telefon are biroul de școli?", "school-office"),
        ("Телефон на отдела за образование?", "school-office"),
        ("آدرس ولکام سنتر کجاست؟", "welcome-center"),
        ("Dónde está el centro de bienvenida?", "welcome-center"),
        (
            "Où se trouve l'association de défense des consommateurs ?",
            "verbraucherzentrale-dortmund",
        ),
        ("Tüketici merkezi nerede?", "verbraucherzentrale-dortmund"),
        ("Gdzie jest stowarzyszenie lokatorów?", "tenants-association"),
        ("رقم جمعية المستأجرين؟", "tenants-association"),
    ],
)
def test_more_offices_described_in_the_askers_words(question, office):
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    found, _rest = offices.described_offices(city, generation, question)
    assert found == {office}


def test_a_question_describing_an_office_gets_no_other_offices_card():
    """The question describes one office and is routed to a service of another (its other words
    name child benefit, the parental allowance): no card is better than the other office's."""
    city = City.objects.get(slug="dortmund")
    for question, described in (
        (
            "What is the phone number of the immigration office for the child benefit application?",
            "migration-office",
        ),
        ("Where is the job centre for the parental allowance?", "jobcenter"),
    ):
        fact = selectors.search(city=city, query=question).fact
        assert fact is None or fact.office in (described, ""), (question, fact)


@pytest.mark.parametrize(
    ("question", "office"),
    [
        # German office names in Cyrillic, Arabic or Persian letters, or with ae / oe / ue
        ("Где находится Фамилиенкассе?", "family-benefits-office"),
        ("Адрес Штандесамт?", "registry-office"),
        ("Де знаходиться Югендамт?", "youth-office"),
        ("Адрес Социаламт в Дортмунде?", "social-welfare-office"),
        ("Къде е Гевербеамт?", "trade-office"),
        ("Адрес Джобцентра?", "jobcenter"),
        ("أين يقع الشتاندسامت؟", "registry-office"),
        ("عنوان الفينانزامت؟", "tax-office"),
        ("آدرس اشتاندزامت کجاست؟", "registry-office"),
        ("Auslaenderbehoerde adresi?", "migration-office"),
        # an everyday word with a name's consonants but not its first vowel
        ("Къде е програмата?", None),
    ],
)
def test_an_office_name_in_another_script_or_spelt_by_ear(question, office):
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    assert offices.office_by_sound(city, generation, question) == office


def test_an_office_name_spelt_by_ear_answers_with_its_card():
    """ "Социаламт" was routed to the residence registration, and the citizens' office's
    address answered."""
    city = City.objects.get(slug="dortmund")
    fact = selectors.search(city=city, query="Адрес Социаламт в Дортмунде?").fact
    assert fact is not None and fact.office == "social-welfare-office"
