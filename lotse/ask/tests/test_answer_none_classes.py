"""Questions that got no answer although the routed service (or office) states the fact: when one
can come by in person, on which days and hours an office works, within what period / by when /
with what notice, whether a call is free, the upper limit of the thing a service is named
after, an office named by its abbreviation, and two services giving the same sentence.
Questions written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from lotse.ask import analysis, answers, selectors
from lotse.ask.tests.test_answers import _hit
from lotse.core.models import City

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "question",
    [
        # when one can come by in person: the opening hours
        "Wann kann ich persönlich beim Bürgerbüro vorbeikommen?",
        "Zu welchen Uhrzeiten kann man im Jobcenter vorbeischauen?",
        "When can I drop by the registry office in person?",
        "À quelles heures puis-je passer au service des étrangers en personne ?",
        "¿Cuándo puedo ir en persona a la oficina de vivienda?",
        "Jobcenter'a hangi saatlerde şahsen gidebilirim?",
        "Kiedy mogę osobiście przyjść do urzędu?",
        "Când pot veni personal la biroul de înmatriculare?",
        "Когда можно лично прийти в налоговую?",
        "Коли можна особисто прийти до центру зайнятості?",
        "Кога мога да отида лично в службата?",
        "متى يمكنني الحضور شخصيا إلى مكتب الأجانب؟",
        "چه ساعاتی می‌توانم حضوری به اداره مالیات مراجعه کنم؟",
        # on which days and at what hours an office works
        "Which days and hours is the citizens office working?",
        "An welchen Tagen und zu welchen Zeiten hat das Standesamt Sprechstunde?",
        "В какие дни и часы принимает налоговая?",
        "У які дні та години працює РАЦС?",
        "Zilele și orele de lucru ale primăriei?",
    ],
)
def test_coming_by_in_person_and_days_and_hours_ask_the_opening_hours(question):
    assert answers.classify(question) == "open"


def test_a_must_keeps_coming_in_person_a_time_limit():
    assert answers.classify("Wann muss ich persönlich beim Standesamt erscheinen?") == "deadline"


@pytest.mark.parametrize(
    "question",
    [
        # within what period
        "Innerhalb welcher Frist muss ich die Geburt melden?",
        "Within what period do I have to report a change of address?",
        "خلال أي فترة يجب أن أقدم طلب الإعانة؟",
        "В течение какого времени нужно зарегистрировать ребенка?",
        "Протягом якого терміну треба подати заяву?",
        "В какъв срок трябва да се регистрирам?",
        "Hangi süre içinde doğumu bildirmem gerekiyor?",
        "În ce termen trebuie să depun cererea?",
        # by when, with a must
        "¿Para cuándo tengo que presentar la declaración?",
        "Pour quand dois-je envoyer le formulaire ?",
        "Na kiedy trzeba złożyć wniosek o zasiłek?",
        # with what notice or lead time
        "Z jakim wyprzedzeniem muszę zgłosić wyprowadzkę?",
        "How much notice do I have to give my landlord?",
        "Mit wie viel Vorlauf muss ich den Kitaplatz anmelden?",
        "Con qué antelación hay que pedir la cita?",
        "За какое время до переезда нужно подать заявление?",
    ],
)
def test_within_what_period_by_when_and_notice_ask_a_time_limit(question):
    assert answers.classify(question) == "deadline"


def test_by_when_without_a_must_is_no_time_limit():
    assert answers.classify("¿Qué documentos necesito para cuándo me mude?") == "documents"


@pytest.mark.parametrize(
    "question",
    [
        "Is calling 112 free?",
        "Does it cost anything to call the helpline?",
        "Kostet der Anruf beim ärztlichen Notdienst etwas?",
        "L'appel au 116117 est-il gratuit ?",
        "¿Es gratuito llamar al 112?",
        "112'yi aramak ücretsiz mi?",
        "Czy dzwonienie na 112 jest bezpłatne?",
        "Costă ceva să sun la linia de ajutor?",
        "Звонить по номеру 112 бесплатно?",
        "Чи безкоштовно дзвонити на 112?",
        "Безплатно ли е да звъня на 112?",
        "هل الاتصال بخط المساعدة مجاني؟",
        "آیا تماس با ۱۱۲ رایگان است؟",
    ],
)
def test_whether_a_call_is_free_asks_a_cost(question):
    assert answers.classify(question) == "cost"


@pytest.mark.parametrize(
    "question",
    [
        "What is the phone number of the free helpline?",
        "Welche Nummer hat das kostenlose Hilfetelefon?",
        "Номер телефона бесплатной горячей линии?",
        "ما رقم الخط الساخن المجاني؟",
    ],
)
def test_the_number_of_a_free_line_is_still_a_phone_question(question):
    assert answers.classify(question) == "phone"


def test_an_upper_limit_of_the_services_own_thing_is_answered_without_a_figure():
    limit = answers._text._sentence(
        "Застава становить щонайбільше три місячні орендні плати без комунальних витрат.", "uk"
    )
    other = answers._text._sentence("Консультація входить у членський внесок.", "uk")
    topic = frozenset(analysis.analyze("застава", "uk"))
    best, _score = answers.sentences._best_sentence(
        [other, limit], set(), "money", "fees", quantity="maximum", topic_terms=topic
    )
    assert best is limit
    # without a limit asked, a sentence without a figure that holds only the service's own
    # word does not say how much
    assert answers.sentences._best_sentence([limit], set(), "money", "fees", topic_terms=topic) == (
        None,
        -1.0,
    )


def test_an_office_is_named_by_its_abbreviation_in_capitals():
    from lotse.catalog.models import Office, OfficeText, OfficeTextField

    city = City.objects.create(slug="testhausen", names={"de": "Testhausen"})
    names = {
        "chamber": {
            "de": "Industrie- und Handelskammer zu Testhausen (IHK)",
            "en": "Chamber of Industry and Commerce Testhausen (IHK)",
        },
        "victims": {"de": "Weisser RING Testhausen", "en": "Weisser RING Testhausen"},
        "consumers": {"de": "Verbraucherzentrale NRW", "en": "Consumer advice centre NRW"},
        "skilled": {"de": "Zentralstelle NRW", "en": "Central office NRW"},
    }
    for key, by_language in names.items():
        office = Office.objects.create(city=city, key=key)
        for language, text in by_language.items():
            OfficeText.objects.create(
                office=office, field=OfficeTextField.NAME, language=language, text=text
            )
    assert answers.named_office(city, "abbr", "IHK Testhausen'un adresi ne?") == "chamber"
    assert answers.named_office(city, "abbr", "Quelle est l'adresse de l'IHK ?") == "chamber"
    # a common word is no abbreviation in lower case, nor is one that two offices share
    assert answers.named_office(city, "abbr", "Can I ring them tomorrow?") is None
    assert answers.named_office(city, "abbr", "Where is the office in NRW?") is None


def _fact(service: str, text: str) -> answers.Fact:
    return answers.Fact(
        text=text,
        service=service,
        module="processing_time",
        language="en",
        source="https://example.org",
        checked=dt.date(2026, 1, 1),
    )


def test_two_close_services_giving_the_same_sentence_answer_with_the_one_named_more():
    card = "The card (eAT) is made by the Bundesdruckerei; this usually takes 6 weeks."
    top = [_hit("permit-training", 0.83), _hit("permit-skilled-work", 0.80)]
    first = _fact("permit-training", card)
    assert (
        selectors._same_sentence_rank(
            top, [0.3, 0.8], first, lambda: _fact("permit-skilled-work", card)
        )
        == 1
    )
    assert (
        selectors._same_sentence_rank(
            top, [0.8, 0.3], first, lambda: _fact("permit-skilled-work", card)
        )
        == 0
    )
    # another sentence, or a second far behind: no answer from this rule
    other = _fact("permit-skilled-work", "The decision usually takes three months.")
    assert selectors._same_sentence_rank(top, [0.3, 0.8], first, lambda: other) is None
    far = [_hit("permit-training", 0.95), _hit("permit-skilled-work", 0.80)]
    assert (
        selectors._same_sentence_rank(
            far, [0.3, 0.8], first, lambda: _fact("permit-skilled-work", card)
        )
        is None
    )


@pytest.mark.parametrize(
    "question",
    [
        "After how long can I request the number myself if nothing arrives?",
        "How long do I have to wait before I can apply again?",
        "Nach wie vielen Wochen kann ich die Steuer-ID selbst anfordern?",
        "Au bout de combien de temps puis-je redemander le numéro ?",
        "¿Después de cuánto tiempo puedo volver a solicitarlo?",
        "Ne kadar süre sonra tekrar başvurabilirim?",
        "Po jakim czasie mogę ponownie złożyć wniosek?",
        "După cât timp pot depune din nou cererea?",
        "Через сколько времени можно снова подать заявление?",
        "Через скільки тижнів можу повторно подати заяву?",
        "След колко време мога отново да подам молба?",
        "بعد كم من الوقت يمكنني تقديم الطلب مرة أخرى؟",
        "بعد از چه مدت می‌توانم دوباره درخواست بدهم؟",
    ],
)
def test_a_wait_before_one_may_act_is_recognised(question):
    assert answers.kinds.asks_wait_until_allowed(question)


def test_a_wait_before_one_may_act_reads_the_deadlines_when_no_processing_time_is_stated():
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    wait = "After how many months can I ask for my tax ID myself if no letter comes?"
    fact = answers.service_fact(city, generation, "tax-id", "processing_time", "en", wait)
    assert fact is not None and fact.module == "deadlines"
    # how long the letter takes is no wait before acting: the service states no time
    takes = "How long does the letter with my tax ID take?"
    assert answers.service_fact(city, generation, "tax-id", "processing_time", "en", takes) is None


def test_a_close_second_named_more_whose_sentence_tells_more_answers():
    question = "How much is the permanent permit for researchers with a doctorate?"
    top = [_hit("fast-track", 0.70), _hit("permanent-permit", 0.65)]
    first = _fact("fast-track", "The employer pays 411 euros for the procedure.")
    second = _fact("permanent-permit", "For researchers with a doctorate the fee is 147 euros.")
    rank = selectors._telling_second_rank(top, [0.4, 0.5], question, "cost", first, lambda: second)
    assert rank == 1
    # named no more than the first, or a sentence holding no more of the question: no answer
    assert (
        selectors._telling_second_rank(top, [0.5, 0.5], question, "cost", first, lambda: second)
        is None
    )
    plain = _fact("permanent-permit", "The fee is 147 euros.")
    assert (
        selectors._telling_second_rank(top, [0.4, 0.5], question, "cost", first, lambda: plain)
        is None
    )
    # a second far behind in score does not answer
    far = [_hit("fast-track", 0.90), _hit("permanent-permit", 0.65)]
    assert (
        selectors._telling_second_rank(far, [0.4, 0.5], question, "cost", first, lambda: second)
        is None
    )
