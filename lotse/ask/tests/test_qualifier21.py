"""The value of the service asked, not of its neighbour (twenty-eighth session, round two, lane
qualifier21): the national visa named by its own name is a named permit (`rules.named_permit`),
so what extending it costs is told by its own fee line ("Extending a national visa costs 25
euros"), not by the general extension's 96 euros or none. Questions written for these tests, 12
languages."""

from __future__ import annotations

import pytest

from lotse.ask import rules
from lotse.ask.tests.searching import ask

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]

NATIONAL_VISA_EXTENDED = [
    "Was kostet die Verlängerung des nationalen Visums?",
    "How much does it cost to extend the national visa?",
    "Combien coûte la prolongation du visa national ?",
    "¿Cuánto cuesta prorrogar el visado nacional?",
    "Ulusal vizeyi uzatmak ne kadar?",
    "Ile kosztuje przedłużenie wizy krajowej?",
    "Cât costă prelungirea vizei naționale?",
    "Сколько стоит продление национальной визы?",
    "Скільки коштує продовження національної візи?",
    "Колко струва удължаването на националната виза?",
    "كم تكلفة تمديد التأشيرة الوطنية؟",
    "تمدید ویزای ملی چقدر هزینه دارد؟",
]


@pytest.mark.parametrize("question", NATIONAL_VISA_EXTENDED)
def test_the_national_visa_is_a_named_permit(question):
    assert rules.named_permit(question) == rules.NATIONAL_VISA


@pytest.mark.parametrize("question", NATIONAL_VISA_EXTENDED)
def test_the_national_visas_extension_is_told_its_own_fee(question):
    # de and es were routed to the general extension and told none
    fact = ask(question).fact
    assert fact is not None, question
    assert fact.service == "visa-national" and "25" in fact.text, (question, fact.text)


@pytest.mark.parametrize(
    "question,named",
    [
        # a residence permit named beside the visa is what is asked (the asker's visa)
        (
            "Ich bin mit einem nationalen Visum eingereist. Was kostet die Aufenthaltserlaubnis?",
            None,
        ),
        ("I came with a national visa. How much is the residence permit?", None),
        # a purpose named: that purpose's permit, as before
        (
            "Was kostet die Verlängerung meines nationalen Visums zum Studium?",
            "residence-permit-study",
        ),
        # a visa without its national name is not named
        ("Was kostet das Visum?", None),
    ],
)
def test_the_national_visa_beside_another_permit_is_not_named(question, named):
    assert rules.named_permit(question) == named


@pytest.mark.parametrize(
    "sentence,names",
    [
        ("Extending a national visa costs 25 euros.", True),
        ("Die Verlängerung eines nationalen Visums kostet 25 Euro.", True),
        ("Verlängerung um bis zu drei Monate: 96 Euro.", False),
        ("The visa costs 75 euros (section 46 AufenthV).", False),
    ],
)
def test_a_sentence_names_the_national_visa(sentence, names):
    assert rules.names_permit(sentence, rules.NATIONAL_VISA) is names


# A child naturalised together with the asker: the naturalisation's fees hold the minor's 51
# euros; the child words routed to the child benefit or family reunification (its minor's visa
# fee: 37.50 euros) first.
CHILD_WITH_PARENT = [
    "Meine zwei Kinder (9 und 12) sollen mit mir zusammen Deutsche werden. Was kostet das für "
    "die Kinder?",
    "My two children (9 and 12) should become German together with me. How much is it for the "
    "children?",
    "Mes deux enfants (9 et 12 ans) doivent être naturalisés avec moi. Combien ça coûte pour eux ?",
    "Mis dos hijos (9 y 12) se nacionalizan conmigo. ¿Cuánto cuesta para ellos?",
    "İki çocuğum (9 ve 12) benimle birlikte Alman vatandaşı olacak. Çocuklar için ne kadar?",
    "Moje dwoje dzieci (9 i 12 lat) mają zostać naturalizowane razem ze mną. Ile to kosztuje dla "
    "dzieci?",
    "Cei doi copii ai mei (9 și 12 ani) vor fi naturalizați împreună cu mine. Cât costă pentru "
    "copii?",
    "Мои двое детей (9 и 12 лет) должны получить гражданство вместе со мной. Сколько это стоит "
    "для детей?",
    "Мої двоє дітей (9 і 12 років) мають отримати громадянство разом зі мною. Скільки це коштує "
    "для дітей?",
    "Двете ми деца (9 и 12) ще получат гражданство заедно с мен. Колко струва за децата?",
    "طفلاي (9 و12 سنة) سيحصلان على الجنسية معي. كم التكلفة للأطفال؟",
    "دو فرزندم (۹ و ۱۲ ساله) همراه من شهروند آلمان می‌شوند. هزینه برای بچه‌ها چقدر است؟",
]


@pytest.mark.parametrize("question", CHILD_WITH_PARENT)
def test_a_child_naturalised_with_the_parent_is_the_naturalisation(question):
    answer = ask(question)
    assert answer.hits[0].key == "naturalisation", (question, [h.key for h in answer.hits[:3]])
    fact = answer.fact
    # never the minor's visa fee of family reunification or the child benefit's amount; the
    # naturalisation's 51 euros where a sentence is chosen (de, es, tr: none)
    assert fact is None or fact.service == "naturalisation", (question, fact.text)
    if fact is not None:
        assert "51" in fact.text, (question, fact.text)


@pytest.mark.parametrize(
    "question",
    [
        # the asker's own nationality, no citizenship acquired
        "Meine Kinder haben die syrische Staatsangehörigkeit wie ich. Bekommen sie Kindergeld?",
        "أطفالي معي ولديهم الجنسية السورية. هل يحصلون على إعانة الأطفال؟",
        # becoming a citizen, but not together with a child
        "I want to become a German citizen. How much does it cost?",
        # a child with the asker, no citizenship
        "My child lives with me. How much child benefit do I get?",
    ],
)
def test_no_child_naturalised_with_the_parent(question):
    assert not rules.child_naturalised_with_parent(question.lower())


def test_the_child_naturalised_with_the_parent_is_read():
    assert all(rules.child_naturalised_with_parent(q.lower()) for q in CHILD_WITH_PARENT)


# A fee asked with no word of extending: the national visa's fees state the visa (75 euros)
# and its extension (25 euros); the extension's line told the Persian (it shared "هزینه دارد")
# and was joined to the visa's in the others.
NATIONAL_VISA_FEE = [
    "Was kostet ein nationales Visum für Deutschland?",
    "What is the fee for the national visa?",
    "Combien coûte le visa national ?",
    "¿Cuánto cuesta el visado nacional?",
    "Ulusal vize kaç euro?",
    "Ile kosztuje wiza krajowa?",
    "Cât costă o viză națională?",
    "Сколько стоит национальная виза для Германии?",
    "Скільки коштує національна віза до Німеччини?",
    "Колко струва национална виза?",
    "كم تكلفة التأشيرة الوطنية لألمانيا؟",
    "ویزای ملی چقدر هزینه دارد؟",
]


@pytest.mark.parametrize("question", NATIONAL_VISA_FEE)
def test_the_fee_asked_is_not_told_the_extensions_line(question):
    fact = ask(question).fact
    assert fact is not None, question
    assert fact.service == "visa-national", (question, fact.service)
    assert "75" in fact.text and "25" not in fact.text, (question, fact.text)
