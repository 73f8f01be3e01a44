"""Text analysis: folding, stemming per language, compounds, typo neighbourhood, cleaning."""

from __future__ import annotations

from lotse.ask.analysis import analyze, clean_query, fold, split_compound, stem, within_one_edit
from lotse.ask.langdetect import detect_language


def test_umlauts_and_accents_fold_so_queries_without_them_match():
    assert analyze("Führerschein", "de") == analyze("Fuhrerschein", "de")
    assert fold("inscripción") == "inscripcion"
    assert fold("ß") == "ss"


def test_german_inflections_share_a_stem():
    assert stem("anmeldung", "de") == stem("anmeldungen", "de")
    assert stem("kinder", "de") == stem("kindern", "de")


def test_arabic_and_farsi_letter_variants_fold_to_one_form():
    assert fold("ی") == fold("ي")
    assert fold("ک") == fold("ك")
    assert fold("أ") == fold("ا")


def test_stop_words_are_dropped_but_content_words_kept():
    assert analyze("wo melde ich mich an", "de") == [stem("melde", "de")]


def test_compound_splits_into_known_parts_with_linking_s():
    known = {stem(w, "de") for w in ("aufenthalt", "erlaubnis")}
    parts = split_compound("aufenthaltserlaubnis", known.__contains__)
    assert parts == [stem("aufenthalt", "de"), stem("erlaubnis", "de")]


def test_compound_with_unknown_part_is_not_split():
    known = {stem("erlaubnis", "de")}
    assert split_compound("zzzzzzzerlaubnis", known.__contains__) is None


def test_one_edit_covers_insert_delete_substitute_and_swap():
    assert within_one_edit("meldebescheinigung", "meldebeschienigung")
    assert within_one_edit("beantragen", "beantragn")
    assert within_one_edit("health", "helth")
    assert within_one_edit("kita", "kiga") and not within_one_edit("kita", "auto")


def test_control_and_direction_characters_are_removed():
    assert clean_query("kita\x00\x07 platz\u202e\n\t") == "kita platz"


def test_language_is_detected_from_script_and_small_words():
    assert detect_language("روضة أطفال لابني") == "ar"
    assert detect_language("چطور می‌توانم ثبت نام کنم") == "fa"
    assert detect_language("я з України, як отримати тимчасовий захист") == "uk"
    assert detect_language("как получить налоговый номер") == "ru"
    assert detect_language("wo melde ich mich an") == "de"
    assert detect_language("my permit expires next month") == "en"
    assert detect_language("¿dónde me empadrono?") == "es"
    assert detect_language("gdzie się zameldować") == "pl"


def test_bulgarian_is_told_from_russian_and_ukrainian():
    assert detect_language("къде да се регистрирам в Дортмунд") == "bg"
    assert detect_language("как да си сменя шофьорската книжка") == "bg"
    assert detect_language("трябва ли ми виза") == "bg"
    # Russian keeps its own: "ъ" before е/ё/ю/я, "как" without Bulgarian words.
    assert detect_language("объявление о квартире") == "ru"
    assert detect_language("как получить налоговый номер") == "ru"
    assert detect_language("я з України, як отримати тимчасовий захист") == "uk"


def test_bulgarian_definite_article_is_stripped():
    assert stem("картата", "bg") == stem("карта", "bg") == "карта"
    assert stem("детето", "bg") == stem("дете", "bg")
    assert stem("разрешението", "bg") == stem("разрешение", "bg")
    assert stem("регистрацията", "bg") == stem("регистрация", "bg")
    assert stem("паспортът", "bg") == stem("паспорт", "bg")
    assert analyze("къде да се регистрирам", "bg") == ["регистрирам"]
