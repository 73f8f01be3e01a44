"""Routing classes of the twenty-third session (lane sound12): a German administrative word typed
as heard, in Cyrillic, in Arabic or Persian letters or in Latin letters by ear, names the service
whose German name or synonym it sounds like (`analysis.sounded`, `selectors._sound_owner`), not
every service whose texts hold the German word or its misspelt parts."""

from __future__ import annotations

import pytest

from lotse.ask import analysis, selectors
from lotse.core.models import City

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


@pytest.fixture
def index():
    return selectors.city_index(City.objects.get(slug="dortmund"))


def _named_alone(question: str, language: str, index: selectors.CityIndex) -> list[str]:
    """The services the question's words give a lexical score to."""
    scores = selectors._lexical(question, language, index)
    return [index.keys[i] for i in scores.nonzero()[0]]


# Five German terms (and two more) in each way of writing them as heard.
SOUNDED = [
    # Cyrillic (Russian, Ukrainian, Bulgarian)
    ("киндергелт", "ru", "child-benefit"),
    ("ельтернгелт", "uk", "parental-allowance"),
    ("вонгелт", "bg", "housing-benefit"),
    ("бюргергелт", "ru", "basic-income-support"),
    ("анмелдунк", "bg", "residence-registration"),
    ("фиктсионсбешайнигунк", "uk", "fictional-certificate"),
    ("айнбюргерунк", "ru", "naturalisation"),
    # Arabic and Persian letters
    ("الكيندرقيلد", "ar", "child-benefit"),
    ("الترنقلد", "ar", "parental-allowance"),
    ("فونگلت", "fa", "housing-benefit"),
    ("بورکرگلت", "fa", "basic-income-support"),
    ("آنملدونک", "fa", "residence-registration"),
    ("فيكسيونسبشاينيغونغ", "ar", "fictional-certificate"),
    ("اینبورگرونک", "fa", "naturalisation"),
    # Latin letters by ear (English, French, Spanish, Turkish, Polish, Romanian)
    ("kindergelt", "tr", "child-benefit"),
    ("elterngelt", "en", "parental-allowance"),
    ("wongeld", "fr", "housing-benefit"),
    ("burgergelt", "pl", "basic-income-support"),
    ("anmeldunk", "es", "residence-registration"),
    ("fiktsionsbesheinigung", "ro", "fictional-certificate"),
    ("aynburgerung", "tr", "naturalisation"),
]


@pytest.mark.parametrize(("word", "language", "expected"), SOUNDED)
def test_a_german_name_typed_as_heard_names_its_service_alone(index, word, language, expected):
    # Before, the word stood for the German term (or its misspelt parts: "kind", "gelt") in
    # every service whose texts hold it: the child supplement scored as the child benefit.
    assert _named_alone(word, language, index) == [expected]


@pytest.mark.parametrize(
    ("question", "language", "expected"),
    [
        ("кой плаща киндергелт за бебето", "bg", "child-benefit"),
        ("kindergelt başvurusu nasıl yapılır", "tr", "child-benefit"),
        ("how to apply for fiktsionsbesheinigung", "en", "fictional-certificate"),
        ("can students get wongeld", "en", "housing-benefit"),
        ("cum primesc birgergeld", "ro", "basic-income-support"),
        ("كم قيمة الالترنغلد للأم", "ar", "parental-allowance"),
    ],
)
def test_a_question_with_a_german_name_typed_as_heard_is_routed_to_it(
    index, question, language, expected
):
    scores = selectors._lexical(question, language, index)
    assert index.keys[int(scores.argmax())] == expected


def test_a_german_name_written_apart_in_persian_letters_names_its_service(index):
    # each half is the sound of its part of the compound: "الكيندر" of kinder, "قيلد" of geld
    assert analysis.sounded_pair("الكيندر", "قيلد", index.sound_names) == (
        "child-benefit",
        "kindergeld",
    )
    assert analysis.sounded_pair("چنسن", "کارته", index.sound_names) == (
        "opportunity-card",
        "chancenkarte",
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a native word misspelt, whose consonants are a German name's
        ("социалного", "ru"),
        ("інтеграцийний", "uk"),
        ("integrasion", "es"),
        # a district, named in the texts of many services
        ("нордщат", "bg"),
        # a German question: a misspelt German word is a typo ("Anmeldung" is a course's too)
        ("anmeldng", "de"),
        ("kindergelt", "de"),
        # too short a sound to tell
        ("гелт", "ru"),
    ],
)
def test_a_word_that_only_sounds_like_a_name_names_nothing(index, text, language):
    assert selectors._sound_owner(text, language, index) is None


def test_two_native_words_in_cyrillic_are_no_german_name_written_apart(index):
    assert selectors._sound_owner("адресою", "uk", index, second="знаходиться") is None


def test_an_office_name_names_no_one_service_but_keeps_its_sound_from_naming_one(index):
    # "Jobcenter" serves several services; "аусландербехерде" has the consonants of both the
    # Ausländerbehörde (an office) and the Ausländerbeirat (the integration council's synonym)
    assert selectors._sound_owner("джобцентер", "ru", index) is None
    assert selectors._sound_owner("аусландербехерде", "ru", index) is None


def test_sound_keys_read_every_script_alike():
    german = analysis.german_sound_keys("kindergeld")
    for written in ("киндергелд", "كيندرغلد", "کیندرگلد", "kindergelt"):
        assert analysis.sound_keys(written) & german, written
    # a Persian word's leading و is the consonant w/v: "وهنگلد" is Wohngeld
    assert analysis.sound_keys("وهنگلد") & analysis.german_sound_keys("wohngeld")
    assert analysis.german_first_vowels("einbürgerung") == "ae"
    assert analysis.heard_first_vowel("айнбюргерунг") == "a"
    assert analysis.heard_first_vowel("yugendamt") == "u"
