"""Fewer wrong answers (sixteenth session, lane ansWrong2): a second service named no more than
another of the top three does not answer for a first that states nothing of the asked kind; a
top service the question names by no word, while it names another by a whole name word, does
not answer with a sentence that holds none of its words; a time question about paying is
answered by the sentence that says when one pays; from when one has a right is answered by an
age or a start; where to find something free is not asked as a price. Questions written for
these tests."""

from __future__ import annotations

import functools

import pytest

from lotse.ask import answers
from lotse.ask.selectors import search
from lotse.core.models import City

pytestmark = pytest.mark.ranking

rank = functools.partial(answers.answering_rank, min_score=0.5, min_lead=0.05)


@pytest.mark.parametrize(
    ("naming", "second_answers"),
    [
        ([0.0, 0.5, 0.0], True),  # the second named alone
        ([1.0, 0.92, 0.0], True),  # named less than the first, by half a name word
        ([0.39, 0.39, 0.1], False),  # named as much as the first: a tie names neither
        ([0.5, 0.5, 0.0], False),
        ([0.0, 0.5, 0.5], False),  # named as much as the third
        ([1.5, 1.0, 1.0], False),
    ],
)
def test_a_tie_in_naming_lets_no_second_answer_for_the_first(naming, second_answers):
    scores = [0.83, 0.75, 0.72]
    found = rank(scores, naming, first_answers=lambda: False)
    assert (found == 1) is second_answers


def test_a_top_service_named_by_nothing_answers_only_with_a_sentence_of_the_question():
    # the routed service leads by more than OTHER_NAMED_LEAD, the question names another by a
    # whole name word ("WBS") and the first by none
    scores, naming = [0.77, 0.5, 0.44], [0.0, 1.5, 0.5]
    assert rank(scores, naming, sentence_agrees=lambda: False) is None
    assert rank(scores, naming, sentence_agrees=lambda: True) == 0
    # named by a common word only ("Kind" in a daycare question): no veto
    assert rank(scores, [0.0, 0.33, 0.0], sentence_agrees=lambda: False) == 0
    # a helpline's name holds a phone word the type words take away: the naming says nothing
    assert rank(scores, naming, sentence_agrees=lambda: False, names_by_content=False) == 0


def _fact(question: str) -> answers.Fact | None:
    return search(city=City.objects.get(slug="dortmund"), query=question, limit=10).fact


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "Wie viel darf ich verdienen, damit ich einen WBS bekomme?",
        "Ich lebe mit meiner Frau. Wie viel dürfen wir im Jahr verdienen für den WBS?",
    ],
)
def test_the_minijob_share_is_no_answer_to_a_wbs_income_question(question):
    fact = _fact(question)
    assert fact is None or fact.service == "housing-entitlement-certificate"


@pytest.mark.parametrize(
    ("question", "paid"),
    [
        ("Wann wird die Hundesteuer bezahlt?", True),
        ("When do I pay the dog tax?", True),
        ("Quand faut-il payer l'impôt sur les chiens ?", True),
        ("¿Cuándo se paga el impuesto del perro?", True),
        ("Kiedy płaci się podatek od psa?", True),
        ("Când trebuie să plătesc taxa pentru câine?", True),
        ("Когда платить налог на собаку?", True),
        ("Кога трябва да платя данъка за кучето?", True),
        ("مالیات سگ کی پرداخت می‌شود؟", True),
        ("Köpek vergisi ne zaman ödenir?", True),
        # not a pay word: a place, a number, free
        ("When should I register my child for a daycare place?", False),
        ("Wann bekomme ich die Anzahl der Punkte?", False),
        ("Wann ist die Beratung kostenlos?", False),
    ],
)
def test_asks_when_paid(question, paid):
    assert answers.kinds.asks_when_paid(question) is paid


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("Wann wird die Hundesteuer bezahlt?", "15."),
        ("When do I pay the dog tax?", "15 February"),
        ("Quand faut-il payer l'impôt sur les chiens ?", "15 février"),
        ("¿Cuándo se paga el impuesto del perro?", "15 de febrero"),
        ("Kiedy płaci się podatek od psa?", "15 lutego"),
        ("Когда платить налог на собаку?", "15 февраля"),
        ("Кога трябва да платя данъка за кучето?", "15 февруари"),
        ("Când trebuie să plătesc taxa pentru câine?", "15 februarie"),
    ],
)
def test_when_the_dog_tax_is_paid_is_told_by_its_payment_dates(question, held):
    fact = _fact(question)
    assert fact is not None
    assert (fact.service, fact.module) == ("dog-registration-and-tax", "fees")
    assert held in fact.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("From when does my son have a right to a Kita place?", "first birthday"),
        ("À partir de quand mon enfant a-t-il droit à une place en crèche ?", "premier"),
        ("Od kiedy dziecko ma prawo do miejsca w przedszkolu?", "pierwszych urodzin"),
        ("С какого момента ребёнок имеет право на место в детском саду?", "первого дня"),
        ("Від коли дитина має право на місце в садочку?", "першого дня"),
    ],
)
def test_from_when_one_has_a_right_is_answered_by_an_age(question, held):
    fact = _fact(question)
    assert fact is not None
    assert (fact.service, fact.module) == ("daycare-place", "who")
    assert held in fact.text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("I have no health insurance, where can I see a doctor for free?", None),
        ("Ich bin nicht versichert. Wo kann ich kostenlos zum Arzt gehen?", None),
        ("Je n'ai pas d'assurance, où puis-je voir un médecin gratuitement ?", None),
        ("Sigortam yok, nerede ücretsiz doktora gidebilirim?", None),
        ("Nie mam ubezpieczenia, gdzie mogę iść do lekarza za darmo?", None),
        ("Nu am asigurare, unde pot merge gratuit la doctor?", None),
        ("Нет страховки, где можно бесплатно сходить к врачу?", None),
        ("Нямам осигуровка, има ли някъде безплатен лекар?", None),
        ("بیمه ندارم، کجا می‌توانم رایگان پیش دکتر بروم؟", None),
        # whether it is free, or how much it costs where: a price
        ("Is the language course free?", "cost"),
        ("¿Es gratis la consulta del Gast-Haus?", "cost"),
        ("Wo ist es kostenlos und wie viel kostet es sonst?", "cost"),
    ],
)
def test_where_to_find_something_free_is_no_price_question(question, kind):
    assert answers.classify(question) == kind


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "I have no health insurance, where can I see a doctor for free?",
        "Nu am asigurare, unde pot merge gratuit la doctor?",
        "بیمه ندارم، کجا می‌توانم رایگان پیش دکتر بروم؟",
    ],
)
def test_where_to_see_a_doctor_for_free_gets_no_fee_sentence(question):
    fact = _fact(question)
    assert fact is None or fact.module != "fees"
