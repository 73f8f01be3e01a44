"""A Turkish verb as its verbal noun (thirtieth session): Snowball's Turkish stemmer leaves a
verb's tense on it ("uzatırım", "uzatacağım", "yenilenir"), so the word is no index term while
the catalog says "uzatma" (extension), "yenileme" (renewal); the query side reads the verb's
root with -ma/-me, -mak/-mek (`analysis._tr_verb_alternatives`)."""

from __future__ import annotations

import pytest

from lotse.ask.analysis import alternative_stems
from lotse.ask.tests.searching import ask_api

pytestmark = pytest.mark.ranking


@pytest.mark.parametrize(
    ("word", "noun"),
    [
        ("uzatırım", "uzatma"),  # I extend
        ("uzatacağımı", "uzatma"),  # that I will extend
        ("uzatılır", "uzatma"),  # is extended
        ("yenilenir", "yenileme"),  # is renewed: the passive -n after a vowel
        ("değiştiririm", "degistirme"),  # I change
        ("başvurabilirim", "basvurma"),  # I can apply
    ],
)
def test_a_turkish_verb_reads_as_its_verbal_noun(word, noun):
    assert noun in {term for term, _ in alternative_stems(word, "tr")}


@pytest.mark.parametrize("word", ["kütüphane", "pasaport", "ehliyet", "öderim"])
def test_a_noun_or_a_short_root_gets_no_verb_reading(word):
    # no verb ending after a root of three letters: nothing to read ("öderim": root "öd")
    assert not [term for term, factor in alternative_stems(word, "tr") if factor == 0.8]


@pytest.mark.django_db
def test_a_future_verb_finds_the_extension_fee(client):
    # failed before: "uzatacağım" was no index term and the fee question got no answer
    data = ask_api(client, "Oturumumu uzatacağım, harç ne kadar?")
    assert data["results"][0]["service"] == "residence-permit-extension"
    assert data["answer"] is not None
    assert (data["answer"]["service"], data["answer"]["module"]) == (
        "residence-permit-extension",
        "fees",
    )


@pytest.mark.parametrize(("word", "term"), [("arabamı", "arap"), ("arabayı", "arap")])
def test_a_turkish_word_also_reads_as_the_stem_of_its_stem(word, term):
    # Snowball stems the bare "araba" (the catalog's "araba kaydı") to "arap", "arabamı" to "araba"
    assert (term, 1.0) in alternative_stems(word, "tr")


@pytest.mark.parametrize("word", ["odamı", "kiramı", "ehliyetimi"])
def test_a_stem_that_stems_to_itself_gives_no_second_reading(word):
    assert not [term for term, factor in alternative_stems(word, "tr") if factor == 1.0]
