"""Resolving the answer language."""

from lotse.core.languages import is_rtl, resolve_language, supported_languages


def test_thirteen_languages_are_supported():
    assert supported_languages() == [
        "de",
        "en",
        "ar",
        "uk",
        "ru",
        "tr",
        "fa",
        "pl",
        "ro",
        "fr",
        "es",
        "bg",
        "ja",
    ]


def test_supported_language_is_used_as_is():
    resolved = resolve_language("ar")
    assert resolved.code == "ar"
    assert resolved.notice is None


def test_regional_variant_falls_back_to_its_base_language():
    assert resolve_language("pt-BR").code == "en"
    assert resolve_language("de-AT").code == "de"
    assert resolve_language("en_GB").code == "en"


def test_unsupported_language_falls_back_to_english_and_says_so():
    resolved = resolve_language("sw")
    assert resolved.code == "en"
    assert resolved.notice is not None
    assert "sw" in resolved.notice


def test_missing_language_means_english_without_notice():
    resolved = resolve_language(None)
    assert (resolved.code, resolved.notice) == ("en", None)


def test_arabic_and_farsi_are_right_to_left():
    assert is_rtl("ar") and is_rtl("fa")
    assert not is_rtl("de") and not is_rtl("uk")


def test_a_language_the_city_does_not_offer_falls_back_to_english_with_a_notice():
    offered = ["de", "en", "ar"]
    assert resolve_language("ar", offered=offered).code == "ar"
    resolved = resolve_language("ja", offered=offered)
    assert resolved.code == "en"
    assert resolved.notice and "ja" in resolved.notice
    assert resolve_language("ja").code == "ja"  # without a city: every language of Lotse
