"""Review mend of the twenty-seventh session's first round (lanes lost17, qualifier18,
routing18, agree18, none18): each case was wrong on the merged lanes (eece6945) and is right
now; each guard is a lane's intended case, right before and after."""

from __future__ import annotations

import numpy as np
import pytest

from lotse.ask import answers, rules, selectors
from lotse.ask.answers import kinds, lost
from lotse.ask.answers.qualifiers import asked_qualifiers
from lotse.ask.tests.searching import ask
from lotse.core.models import City

pytestmark = pytest.mark.ranking

# (1) being here for a while: the words between the time and "here" are looked at, not dropped;
# (2) short phrase words and the letters' gap; (3) "come", "déménager" (finding numbers of the
# review)
KEPT = [
    (
        "Seit zwei Monaten warte ich aufs Elterngeld hier und weiß nicht, an wen ich mich wenden soll",
        "elterngeld",
    ),
    (
        "Seit zwei Monaten bekomme ich kein Kindergeld hier, ich weiß nicht an wen ich mich wenden soll",
        "kindergeld",
    ),
    ("صرلي شهرين بستنى الكيندرغيلد هون وما بعرف لمين روح", "الكيندرغيلد"),
    ("دو ماهه منتظر کمک هزینه فرزند اینجا هستیم و نمی دونم چیکار کنم", "فرزند"),
    ("سه ماهه منتظر کمک هزینه مسکن اینجا هستیم و نمی دونم چیکار کنم", "مسکن"),
    ("صرلنا شهر بستنى الإقامة هون وما منعرف لمين نروح", "الإقامة"),
    ("Ich verstehe den Unterhaltsvorschuss gar nicht", "unterhaltsvorschuss"),
    ("I don't know where to get the parental allowance forms", "parental"),
    ("I don't know where to get the parental allowance forms", "allowance"),
    ("I don't know what to do, my money from Jobcenter did not come this month", "jobcenter"),
    ("Je ne sais pas quoi faire avec la demande de Wohngeld, je dois déménager", "wohngeld"),
    ("Je ne sais pas à qui demander pour l'allocation logement, je dois déménager", "logement"),
]


@pytest.mark.parametrize(("question", "kept"), KEPT)
def test_a_service_word_beside_a_lost_phrase_is_kept(question, kept):
    assert kept in lost.without_lost_words(question).split() or kept in lost.without_lost_words(
        question
    )


# the lane's: a recent arrival told with how long still drops whom one came with and from where
DROPPED = [
    (
        "Wir sind seit zwei Wochen hier mit den Kindern und wissen nicht, wo wir anfangen sollen",
        "kindern",
    ),
    ("صرلنا أسبوعين هون مع الولاد وما منعرف من وين نبلش", "الولاد"),
    (
        "Nous venons de déménager de Hambourg à Dortmund et nous ne connaissons ni les administrations ni les démarches ici",
        "hambourg",
    ),
    ("Мы здесь две недели с детьми и не знаем, с чего начать", "детьми"),
    ("I keep getting so many letters and I don't know where to start", "letters"),
]


@pytest.mark.parametrize(("question", "dropped"), DROPPED)
def test_the_lanes_lost_words_still_go(question, dropped):
    assert lost.is_lost(question)
    assert dropped not in lost.without_lost_words(question)


# (3) drowning in debts is no overwhelmed phrase (the debts are the need)
@pytest.mark.django_db
def test_drowning_in_debts_is_the_debt_counselling():
    answer = ask("غرقانة بالديون وما بعرف شو اعمل")
    assert answer.hits[0].key == "debt-counselling"


def test_drowning_in_forms_stays_lost():
    assert lost.is_lost("جينا لهون بسبب شغل زوجي وأنا غرقانة بالاستمارات والدوائر")


# (4) a switch to no permit is no change of purpose
@pytest.mark.parametrize(
    "question",
    [
        "Combien coûte le renouvellement du titre de séjour ? Je dois passer à la préfecture ?",
        "Cât costă prelungirea permisului, trebuie să trec pe la ABH?",
        "I'm switching to a new employer, how much does it cost to extend my residence permit?",
        "Almanya'ya geçmek için vize ne kadar?",
        "Yeni işe geçmek istiyorum, oturma izni uzatma ne kadar?",
        "¿Cuánto cuesta renovar el permiso? Voy a cambiar a la nueva dirección",
        "Wechsel zum neuen Arbeitgeber: was kostet die Verlängerung der Aufenthaltserlaubnis?",
        "Хочу перейти на новую работу, сколько стоит продление ВНЖ?",
    ],
)
def test_a_switch_to_no_permit_is_no_change_of_purpose(question):
    assert "purpose-change" not in asked_qualifiers(question)


@pytest.mark.parametrize(
    "question",
    [
        "How much does it cost to switch to a self-employment permit?",
        "Was kostet der Wechsel zur Aufenthaltserlaubnis für Selbständige?",
        "Serbest meslek oturma iznine geçmek ne kadar?",
        "Cât costă trecerea la permisul pentru PFA?",
        "كم تكلفة التحويل إلى إقامة العمل الحر؟",
    ],
)
def test_a_switch_to_a_permit_is_still_a_change(question):
    assert "purpose-change" in asked_qualifiers(question)


# (5) a question about the visa asks the visa
@pytest.mark.parametrize(
    "question",
    [
        "Подскажите по визе: сколько она стоит для учёбы?",
        "Mam pytanie o wizę studencką, ile kosztuje?",
        "Am întrebări despre viza de studii, cât costă?",
        "I have questions about visa fees for study, how much?",
        "I have a question about the visa: how much is it for study?",
    ],
)
def test_a_question_about_the_visa_asks_the_visa(question):
    assert "visa" in asked_qualifiers(question)


@pytest.mark.parametrize(
    "question",
    [
        "Ich habe ein Visum, was kostet die Blaue Karte?",
        "I already live here with another visa. How much does it cost to switch to a self-employment permit?",
        "Mieszkam już tu z inną wizą. Ile kosztuje zmiana na zezwolenie dla samozatrudnionych?",
    ],
)
def test_the_askers_own_visa_is_still_not_asked(question):
    assert "visa" not in asked_qualifiers(question)


def _fee(key: str, question: str, language: str):
    """The fees sentence `key`'s text tells for `question`."""
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    return answers.service_fact(city, generation, key, "cost", language, question)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Подскажите по визе: сколько она стоит для учёбы?", "ru"),
        ("Mam pytanie o wizę studencką, ile kosztuje?", "pl"),
        ("Am întrebări despre viza de studii, cât costă?", "ro"),
    ],
)
def test_the_visa_asked_about_is_told_the_visa_fee(question, language):
    fact = _fee("residence-permit-study", question, language)
    assert fact is not None and "75" in fact.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language"),
    [
        (
            "Combien coûte le renouvellement du titre de séjour ? Je dois passer à la préfecture ?",
            "fr",
        ),
        ("Cât costă prelungirea permisului, trebuie să trec pe la ABH?", "ro"),
        (
            "I'm switching to a new employer, how much does it cost to extend my residence permit?",
            "en",
        ),
    ],
)
def test_an_extension_with_a_switch_to_no_permit_is_told_the_extension_fee(question, language):
    fact = _fee("residence-permit-extension", question, language)
    assert fact is not None and "96" in fact.text and "98" not in fact.text


# (6) a fee beside a blocked account is a fee
@pytest.mark.parametrize(
    "question",
    [
        "Was kostet die Aufenthaltserlaubnis zum Studium, wenn ich ein Sperrkonto habe?",
        "Wie viel kostet das Visum mit Sperrkonto?",
        "How much does the student visa cost if I have a blocked account?",
        "¿Cuánto cuesta la visa de estudiante si tengo una cuenta bloqueada?",
    ],
)
def test_a_fee_beside_a_blocked_account_is_no_means(question):
    assert not kinds.asks_means(question)


def test_the_sum_on_the_account_is_still_means():
    assert kinds.asks_means("How much money per month do I need on a blocked account?")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "language", "figure"),
    [
        (
            "Was kostet die Aufenthaltserlaubnis zum Studium, wenn ich ein Sperrkonto habe?",
            "de",
            "100",
        ),
        ("Wie viel kostet das Visum mit Sperrkonto?", "de", "75"),
    ],
)
def test_a_fee_beside_a_blocked_account_is_told_the_fee(question, language, figure):
    fact = _fee("residence-permit-study", question, language)
    assert fact is not None and figure in fact.text


def _first(question: str, keys: list[str]) -> str:
    """The first of the services (scored 1.0, 0.9 … in this order) after the rules."""
    scores = np.array([1.0 - 0.1 * i for i in range(len(keys))], dtype=np.float32)
    rules.adjust(scores, question, keys, kind=kinds.classify(question))
    return keys[int(np.argmax(scores))]


# (7) a paper not asked for the meantime keeps the extension first
@pytest.mark.parametrize(
    "question",
    [
        "Oturma iznimi uzatmak istiyorum. Bu arada, hangi belgeler gerekli?",
        "Mon titre expire bientôt. J'ai changé d'employeur entre-temps, quels documents dois-je apporter pour le renouvellement ?",
        "Ce documente trebuie să aduc la prelungire? Pașaportul e în curs de eliberare.",
        "My passport renewal is pending. Which documents do I need to extend my residence permit?",
        "Meine Aufenthaltserlaubnis läuft ab. Ich habe in der Zwischenzeit geheiratet, welche Dokumente brauche ich für die Verlängerung?",
    ],
)
def test_a_paper_not_for_the_meantime_keeps_the_extension(question):
    assert _first(question, [rules.EXTENSION, rules.FICTIONAL_CERTIFICATE]) == rules.EXTENSION


@pytest.mark.parametrize(
    "question",
    [
        "Meine Karte läuft ab, welches Papier bekomme ich in der Zwischenzeit?",
        "My permit expires soon, what paper do I get in the meantime?",
        "Mi tarjeta caduca, ¿qué documento me dan mientras tanto?",
        "Kartım bitiyor, uzatma başvurusu yaptım, bu arada hangi belge?",
        "اقامتم داره تموم میشه، در این مدت چه مدرکی دارم؟",
    ],
)
def test_a_paper_for_the_meantime_is_still_the_certificate(question):
    keys = [rules.EXTENSION, rules.FICTIONAL_CERTIFICATE]
    assert _first(question, keys) == rules.FICTIONAL_CERTIFICATE


# (8) a maintenance, a named benefit or an eviction beside a pension short of the rent
@pytest.mark.parametrize(
    ("question", "keys"),
    [
        (
            "Meine Rente reicht nicht für Miete und Essen, kann ich Grundsicherung bekommen?",
            [rules.BASIC_INCOME, rules.HOUSING_BENEFIT],
        ),
        (
            "La pension alimentaire de mon ex ne suffit pas pour le loyer",
            ["maintenance-advance", rules.HOUSING_BENEFIT],
        ),
        (
            "Mi pensión alimenticia no alcanza para el alquiler",
            ["maintenance-advance", rules.HOUSING_BENEFIT],
        ),
        (
            "Meine Rente reicht nicht für die Miete, mir droht die Räumung",
            ["homelessness-help", rules.HOUSING_BENEFIT],
        ),
        (
            "My pension doesn't cover the rent and I'm facing eviction",
            ["homelessness-help", rules.HOUSING_BENEFIT],
        ),
    ],
)
def test_another_need_beside_a_pension_short_of_the_rent(question, keys):
    assert _first(question, keys) == keys[0]


@pytest.mark.parametrize(
    "question",
    ["Meine Rente reicht nicht für die Miete", "Ma retraite ne suffit pas pour payer le loyer"],
)
def test_a_pension_short_of_the_rent_is_still_the_housing_benefit(question):
    keys = [rules.BASIC_INCOME, rules.PENSION_INSURANCE, rules.HOUSING_BENEFIT]
    assert _first(question, keys) == rules.HOUSING_BENEFIT


# (9) what one earned before the birth is the parental allowance's
@pytest.mark.parametrize(
    "question",
    [
        "Wie viel Geld bekomme ich monatlich für mein Baby, wenn ich vorher 2000 Euro netto verdient habe?",
        "How much money per month do we get for the baby if I earned 2,500 euros before the birth?",
        "¿Cuánto dinero al mes recibo para mi bebé si antes ganaba 2000 euros?",
        "Combien d'argent par mois pour mon bébé si je gagnais 2000 euros avant la naissance ?",
    ],
)
def test_earned_before_the_birth_keeps_the_parental_allowance(question):
    keys = [rules.PARENTAL_ALLOWANCE, rules.CHILD_BENEFIT]
    assert _first(question, keys) == rules.PARENTAL_ALLOWANCE


def test_monthly_money_for_a_baby_is_still_the_child_benefit():
    keys = [rules.PARENTAL_ALLOWANCE, rules.CHILD_BENEFIT]
    assert _first("Is there monthly money from the state for a baby?", keys) == rules.CHILD_BENEFIT


# (10) keeping or losing the basic income during a training
@pytest.mark.parametrize(
    "question",
    [
        "Verliere ich mein Bürgergeld, wenn ich beim Jobcenter eine Umschulung mache?",
        "Does my Bürgergeld continue during an apprenticeship?",
        "Est-ce que je perds le Bürgergeld si je fais une formation professionnelle ?",
    ],
)
def test_keeping_the_basic_income_during_a_training(question):
    keys = [rules.BASIC_INCOME, rules.JOB_CENTRE_HELP]
    assert _first(question, keys) == rules.BASIC_INCOME


def test_a_training_beside_the_buergergeld_is_still_the_help_into_work():
    keys = [rules.BASIC_INCOME, rules.JOB_CENTRE_HELP]
    question = "Ich bekomme Bürgergeld und möchte eine Umschulung machen"
    assert _first(question, keys) == rules.JOB_CENTRE_HELP


# (11) online, "hat", "hata" are no line
@pytest.mark.parametrize(
    "question",
    [
        "¿Cuánto cuesta pedir el número de la seguridad social en línea?",
        "Combien coûte la demande du numéro fiscal en ligne ?",
        "Was kostet es, wenn meine Steuernummer einen Fehler hat?",
        "Vergi numaramda hata var, yeni numara ne kadar?",
    ],
)
def test_online_or_an_error_is_no_line(question):
    assert not kinds.asks_number_to_call(question)


@pytest.mark.parametrize(
    "question",
    [
        "Is there a free helpline for women?",
        "Care este numărul liniei gratuite pentru femei?",
        "Quel est le numéro de la ligne gratuite pour les femmes ?",
        "Kadınlar için ücretsiz yardım hattı numarası nedir?",
    ],
)
def test_a_line_asked_is_still_a_call(question):
    assert kinds.asks_number_to_call(question)


# (12) how soon with a should; a noun or the deposit's "پیش" beside a how-much word
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How soon should I report my new address?", "deadline"),
        ("Wie bald sollten wir das Baby anmelden?", None),
        ("¿Qué tan pronto deberíamos registrar al bebé?", None),
        ("چقدر پیش باید بدم برای اجاره خونه؟", "cost"),
        ("Ile pieniędzy wcześniej muszę mieć na koncie?", "money"),
        # (before the lanes, too: "cât" read as a price)
        ("Cât de curând trebuie să mă înregistrez?", "deadline"),
    ],
)
def test_how_soon_and_how_much_earlier_misfires(question, kind):
    assert kinds.classify(question) == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        (
            "How soon can we get a first appointment at the family counselling centre?",
            "processing_time",
        ),
        ("Cu cât mai devreme trebuie să mă înregistrez?", "deadline"),
        ("Ile wcześniej trzeba zgłosić ślub?", "deadline"),
        ("چقدر زودتر باید ازدواج را ثبت کنیم؟", "deadline"),
    ],
)
def test_how_soon_and_how_much_earlier_still_read(question, kind):
    assert kinds.classify(question) == kind


# (13) the free line must be the one asked
@pytest.mark.django_db
def test_another_free_line_is_not_the_one_asked():
    fact = ask("Welche Nummer hat die kostenlose psychologische Beratung?").fact
    assert fact is None or "0800 111 0 111" not in fact.text
