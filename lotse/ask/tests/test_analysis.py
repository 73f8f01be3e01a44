"""Text analysis: folding, stemming per language, compounds, typo neighbourhood, cleaning."""

from __future__ import annotations

from lotse.ask import analysis
from lotse.ask.langdetect import detect_language


def test_umlauts_and_accents_fold_so_queries_without_them_match():
    assert analysis.analyze("Führerschein", "de") == analysis.analyze("Fuhrerschein", "de")
    assert analysis.fold("inscripción") == "inscripcion"
    assert analysis.fold("ß") == "ss"


def test_german_inflections_share_a_stem():
    assert analysis.stem("anmeldung", "de") == analysis.stem("anmeldungen", "de")
    assert analysis.stem("kinder", "de") == analysis.stem("kindern", "de")


def test_arabic_and_farsi_letter_variants_fold_to_one_form():
    assert analysis.fold("ی") == analysis.fold("ي")
    assert analysis.fold("ک") == analysis.fold("ك")
    assert analysis.fold("أ") == analysis.fold("ا")


def test_stop_words_are_dropped_but_content_words_kept():
    assert analysis.analyze("wo melde ich mich an", "de") == [analysis.stem("melde", "de")]


def test_stop_words_with_letters_that_fold_are_dropped():
    # The lists are looked up folded: ی/ک (Persian), ى (Arabic), й (Russian, Ukrainian).
    for word, language in [
        ("برای", "fa"),
        ("کجا", "fa"),
        ("که", "fa"),
        ("على", "ar"),
        ("متى", "ar"),
        ("мой", "ru"),
        ("мій", "uk"),
    ]:
        assert analysis.analyze(word, language) == [], (word, language)


def test_compound_splits_into_known_parts_with_linking_s():
    known = {analysis.stem(w, "de") for w in ("aufenthalt", "erlaubnis")}
    parts = analysis.split_compound("aufenthaltserlaubnis", known.__contains__)
    assert parts == [analysis.stem("aufenthalt", "de"), analysis.stem("erlaubnis", "de")]


def test_compound_with_unknown_part_is_not_split():
    known = {analysis.stem("erlaubnis", "de")}
    assert analysis.split_compound("zzzzzzzerlaubnis", known.__contains__) is None


def test_one_edit_covers_insert_delete_substitute_and_swap():
    assert analysis.within_one_edit("meldebescheinigung", "meldebeschienigung")
    assert analysis.within_one_edit("beantragen", "beantragn")
    assert analysis.within_one_edit("health", "helth")
    assert analysis.within_one_edit("kita", "kiga") and not analysis.within_one_edit("kita", "auto")


def test_control_and_direction_characters_are_removed():
    assert analysis.clean_query("kita\x00\x07 platz\u202e\n\t") == "kita platz"


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
    assert analysis.stem("картата", "bg") == analysis.stem("карта", "bg") == "карта"
    assert analysis.stem("детето", "bg") == analysis.stem("дете", "bg")
    assert analysis.stem("разрешението", "bg") == analysis.stem("разрешение", "bg")
    assert analysis.stem("регистрацията", "bg") == analysis.stem("регистрация", "bg")
    assert analysis.stem("паспортът", "bg") == analysis.stem("паспорт", "bg")
    assert analysis.analyze("къде да се регистрирам", "bg") == ["регистрирам"]


def test_a_hyphenated_name_is_also_one_word():
    text = "Mit dem Dortmund-Pass und der SV-Nummer, ohne Bindestrich"
    assert analysis.joined_words(text) == ["dortmundpass", "svnummer"]


def test_romanian_typed_without_diacritics_gets_the_same_stem():
    # The stemmer strips other suffixes from the folded spelling (grădiniț- vs gradin-), so
    # Romanian is folded before stemming.
    assert analysis.stem("grădiniță", "ro") == analysis.stem("gradinita", "ro")
    assert analysis.analyze("școală și grădiniță", "ro") == analysis.analyze(
        "scoala si gradinita", "ro"
    )


def test_arabic_final_alef_maqsura_and_my_on_a_feminine_noun_share_the_stem():
    # "عنوانى" is everyday writing for "عنواني" (my address); the stemmer only strips the
    # possessive from the second. "إقامتي" (my residence) kept its ت while "إقامتك" lost it.
    assert analysis.stem("عنوانى", "ar") == analysis.stem("العنوان", "ar")
    assert analysis.stem("إقامتي", "ar") == analysis.stem("الإقامة", "ar")
    assert analysis.stem("زوجتي", "ar") == analysis.stem("زوجة", "ar")
    assert analysis.stem("شهادتي", "ar") == analysis.stem("شهادة", "ar")
    # Short words and the plural in ات are left as they were.
    assert analysis.stem("وقتي", "ar") == analysis.stem("الوقت", "ar")
    assert analysis.analyze("فى", "ar") == []


def test_everyday_arabic_question_words_and_the_ru_uk_question_particles_are_stop_words():
    assert analysis.analyze("إقامتي بتخلص، شو لازم أعمل؟ وين بدي روح", "ar") == analysis.analyze(
        "إقامتي بتخلص أعمل روح", "ar"
    )
    assert analysis.analyze("нужна ли регистрация", "ru") == analysis.analyze(
        "нужна регистрация", "ru"
    )
    assert analysis.analyze("чи треба реєстрація", "uk") == analysis.analyze(
        "треба реєстрація", "uk"
    )


def test_ukrainian_adjective_and_ia_noun_cases_share_a_stem():
    assert analysis.stem("водійські", "uk") == analysis.stem("водійськими", "uk")
    assert analysis.stem("реєстрація", "uk") == analysis.stem("реєстрації", "uk")
    assert analysis.stem("реєстрацію", "uk") == analysis.stem("реєстрація", "uk")


def test_ascii_words_fold_to_themselves_as_the_full_folding_does():
    # `fold` returns ASCII unchanged without the Unicode passes: they must agree.
    words = ["".join(chr(c) for c in range(32, 127)), "Fuhrerschein", "anmeldung", "o'neil"]
    for word in words:
        assert analysis.fold(word) == analysis._fold.__wrapped__(word) == word


def test_a_cached_folding_is_the_folding():
    for word in ["Führerschein", "grădiniță", "ی", "ガソリン", "İkamet"]:
        first = analysis.fold(word)
        assert analysis.fold(word) == first == analysis._fold.__wrapped__(word)


def test_arabic_feminine_nouns_keep_their_ending_and_first_letter():
    # Snowball's Arabic stemmer made library (مكتبة) office (مكتب), university (جامعة) mosque
    # (جامع) and card (بطاقة) "energy" (طاق).
    assert analysis.stem("مكتبة", "ar") != analysis.stem("مكتب", "ar")
    assert analysis.stem("المكتبة", "ar") != analysis.stem("المكتب", "ar")
    assert analysis.stem("جامعة", "ar") != analysis.stem("جامع", "ar")
    assert analysis.stem("بطاقة", "ar") != analysis.stem("طاقة", "ar")


def test_arabic_forms_of_one_noun_share_a_stem():
    # With and without article, proclitic, pronoun suffix (ت before it was ة) and plural.
    library = analysis.stem("مكتبة", "ar")
    for form in ("المكتبة", "بالمكتبة", "للمكتبة", "بمكتبة", "مكتبات", "مكتبتي"):
        assert analysis.stem(form, "ar") == library, form
    assert analysis.stem("إقامتي", "ar") == analysis.stem("الإقامة", "ar")
    assert analysis.stem("تأمين", "ar") == analysis.stem("التأمين", "ar")
    assert analysis.stem("لتسجيل", "ar") == analysis.stem("التسجيل", "ar")
    assert analysis.stem("اللاجئين", "ar") == analysis.stem("لاجئ", "ar")


def test_persian_stems_keep_the_word_and_join_its_forms():
    # Snowball's Persian stemmer made university (دانشگاه) knowledge (دانش) and stemmed
    # German (آلمانی) and Germany (آلمان) apart.
    assert analysis.stem("دانشگاه", "fa") != analysis.stem("دانش", "fa")
    assert analysis.stem("آلمانی", "fa") == analysis.stem("آلمان", "fa")
    assert analysis.stem("کلاسهای", "fa") == analysis.stem("کلاس", "fa")
    # Spoken "خونه" is the written "خانه".
    assert analysis.stem("کتابخونه", "fa") == analysis.stem("کتابخانه", "fa")
    assert analysis.stem("خونه", "fa") == analysis.stem("خانه", "fa")


def test_a_story_question_marks_the_words_of_the_sentence_that_asks():
    question = "Мне платят 9 евро в час. Шеф не платит. Где мне объяснят мои права?"
    assert analysis.asking_words(question) == [False] * 9 + [True] * 5
    # Arabic question mark; a closing quote after it.
    assert analysis.asking_words("وصلت من شهر. كيف بقدر افتح حساب؟") == [False] * 3 + [True] * 4
    assert analysis.asking_words('Er sagt: "Geht das?" Danke.') == [True] * 4 + [False]


def test_a_question_of_one_kind_of_sentence_has_no_asking_part():
    assert analysis.asking_words("wo melde ich mich an?") is None
    assert analysis.asking_words("Ich suche eine Wohnung. Ich habe kein Geld.") is None
    assert analysis.asking_words("Wo? Wann?") is None
    assert analysis.asking_words("") is None
