"""Text analysis: folding, stemming per language, compounds, typo neighbourhood, cleaning."""

from __future__ import annotations

import pytest

from lotse.ask import analysis
from lotse.ask.langdetect import detect_language

pytestmark = pytest.mark.ranking


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


def test_short_bulgarian_questions_are_told_by_word_forms():
    # Adjectives in -ски/-ско and -ен, verbal nouns in -ване, a final щ without ь, "току що".
    assert detect_language("детски надбавки германия") == "bg"
    assert detect_language("курс по немски език") == "bg"
    assert detect_language("безплатен професионален курс") == "bg"
    assert detect_language("кандидатстване за жилище") == "bg"
    assert detect_language("току що пристигнах помощ") == "bg"
    # Russian and Ukrainian sentences with look-alike forms stay where they are.
    assert detect_language("выписки из банка для визы") == "ru"
    assert detect_language("помощь с переводом по-немецки") == "ru"
    assert detect_language("детские пособия в германии") == "ru"
    assert detect_language("бесплатный курс немецкого") == "ru"
    assert detect_language("що робити, якщо я щойно приїхав") == "uk"
    assert detect_language("дитячі виплати в німеччині") == "uk"
    assert detect_language("де знайти безкоштовні курси німецької") == "uk"


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


def test_turkish_typed_without_its_letters_is_read_back_by_vowel_harmony():
    # Fast-typed Turkish leaves out ç ğ ı ö ş ü; Snowball's suffixes carry those letters, so
    # the plain word keeps its ending (yardim -> yardi, while yardım -> yar). A word with none
    # of them marked also stands for the word read back by vowel harmony.
    for typed, written in (
        ("yardim", "yardım"),
        ("vatandasligi", "vatandaşlığı"),
        ("cocugumu", "çocuğumu"),
        ("sartlari", "şartları"),
    ):
        assert analysis.stem(typed, "tr") != analysis.stem(written, "tr")
        alternatives = [term for term, _ in analysis.alternative_stems(typed, "tr")]
        assert analysis.stem(written, "tr") in alternatives
    # A word typed with its letters, or a short one, is left alone.
    assert analysis.alternative_stems("yardım", "tr") == ()
    assert analysis.alternative_stems("kimi", "tr") == ()


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


def test_what_do_i_do_and_please_name_nothing_in_russian_ukrainian_bulgarian():
    # A text holding the verb ("what to do if the card is lost") took a question that only
    # ends in "what do I do".
    for language, question, matter in (
        ("bg", "Моля, картата ми изтича, какво да правя?", "картата ми изтича"),
        ("bg", "какво трябва да направя, картата ми изтича", "картата ми изтича"),
        ("ru", "Карта истекает, что мне делать, пожалуйста?", "Карта истекает"),
        ("ru", "что сделать, карта истекает", "карта истекает"),
        ("uk", "Картка закінчується, що робити, будь ласка?", "Картка закінчується"),
        ("uk", "що зробити, картка закінчується", "картка закінчується"),
    ):
        assert analysis.analyze(question, language) == analysis.analyze(matter, language)


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


def test_an_arabic_loanword_keeps_its_first_letter_with_and_without_the_article():
    # A long vowel after ب/ك/ف/ل is how Arabic writes a foreign word's vowels: the letter is
    # the word's own, not "with"/"like"/"for" (بورغرغيلد became ورغرغيلد, البورغرغيلد not).
    for word in ("بورغرغيلد", "كيندرغيلد", "فيكتسيون", "بيانات"):
        assert analysis.stem(word, "ar") == analysis.stem("ال" + word, "ar"), word
        assert analysis.stem(word, "ar") == analysis.stem("بال" + word, "ar"), word
    # A proclitic before a native noun still goes, also before one that begins with و.
    assert analysis.stem("بوظيفة", "ar") == analysis.stem("الوظيفة", "ar")
    assert analysis.stem("لوزارة", "ar") == analysis.stem("الوزارة", "ar")
    assert analysis.stem("لتسجيل", "ar") == analysis.stem("تسجيل", "ar")


def test_an_arabic_word_beginning_with_al_stems_alike_with_and_without_the_article():
    # أل/إل (hamza folded, often not written) read as the article: the word without the
    # article lost them, the word with it kept them (الإلغاء ≠ إلغاء).
    cancellation = analysis.stem("إلغاء", "ar")
    for form in ("الإلغاء", "الغاء", "والإلغاء", "بالإلغاء"):
        assert analysis.stem(form, "ar") == cancellation, form
    assert analysis.stem("الألمانية", "ar") == analysis.stem("ألمانية", "ar")
    assert analysis.stem("الالتزام", "ar") == analysis.stem("التزام", "ar")
    # A short word keeps its letters both ways (ألم "pain"); other nouns are untouched.
    assert analysis.stem("الألم", "ar") == analysis.stem("ألم", "ar") == "الم"
    assert analysis.stem("المدرسة", "ar") == analysis.stem("مدرسة", "ar")


def _alternatives(word: str, language: str) -> set[str]:
    return {term for term, _factor in analysis.alternative_stems(word, language)}


def test_an_arabic_verb_stands_also_for_its_verbal_noun():
    # Imperfect prefix (أ/ن/ي, spoken ب before it) or past ending around a root of three
    # letters: the measure-II noun تفعيل; with ا after the first letter: مفاعلة.
    registration = analysis.stem("التسجيل", "ar")
    for verb in ("أسجل", "سجلت", "بسجل", "نسجل", "وسجلنا"):
        assert registration in _alternatives(verb, "ar"), verb
    assert analysis.stem("التجديد", "ar") in _alternatives("أجدد", "ar")
    assert analysis.stem("التقديم", "ar") in _alternatives("وقدمت", "ar")
    assert analysis.stem("المعادلة", "ar") in _alternatives("بعادل", "ar")
    assert analysis.stem("السرقة", "ar") in _alternatives("انسرق", "ar")


def test_an_arabic_measure_iv_verb_with_a_weak_last_letter_stands_for_its_verbal_noun():
    # أفعى, imperfect أُفعي: the noun إفعاء, also with the object "it / them" on the verb.
    cancellation = analysis.stem("الإلغاء", "ar")
    for verb in ("ألغيه", "ألغي", "نلغيها", "يلغيهم"):
        assert cancellation in _alternatives(verb, "ar"), verb
    assert analysis.stem("إنهاء", "ar") in _alternatives("أنهي", "ar")
    # The sound إفعال is not read: its letters are the plural أفعال (أعمل "I work" ≠ أعمال).
    assert analysis.stem("أعمال", "ar") not in _alternatives("أعمل", "ar")
    assert analysis.stem("أجداد", "ar") not in _alternatives("نجددها", "ar")


def test_an_arabic_word_stands_also_for_itself_without_a_spoken_or_double_proclitic():
    assert analysis.stem("المدرسة", "ar") in _alternatives("عالمدرسة", "ar")
    assert analysis.stem("المواطن", "ar") in _alternatives("ولمواطن", "ar")
    # ... and with the first letter the stemmer took for a proclitic (a loanword of six).
    assert "فونغلد" in _alternatives("فونغلد", "ar")


def test_persian_possessive_endings_give_the_word_itself_as_an_alternative():
    for word, plain in (
        ("مدرکم", "مدرک"),
        ("پسرم", "پسر"),
        ("پاسپورتم", "پاسپورت"),
        ("پاسپورتمو", "پاسپورت"),
        ("پناهندگیم", "پناهندگی"),
        ("اقامتش", "اقامت"),
        ("نوجوونم", "نوجوان"),
    ):
        assert analysis.stem(plain, "fa") in _alternatives(word, "fa"), word
    # The stemmer itself leaves the short endings: اقامت, آموزش, نام end in them.
    for word in ("اقامت", "آموزش", "نام", "کارت"):
        assert analysis.stem(word, "fa") == analysis.fold(word), word


def test_persian_your_and_their_go_but_not_the_place_name_ending():
    # The catalog's formal texts attach "your" (تان) and "their" (شان).
    assert analysis.stem("فرزندتان", "fa") == analysis.stem("فرزند", "fa")
    assert analysis.stem("مدارکتان", "fa") == analysis.stem("مدارک", "fa")
    assert analysis.stem("درآمدشان", "fa") == analysis.stem("درآمد", "fa")
    assert analysis.stem("بیمارستان", "fa") != analysis.stem("بیمار", "fa")
    assert analysis.stem("دبیرستان", "fa") == analysis.fold("دبیرستان")


def test_everyday_arabic_and_persian_function_words_are_stop_words():
    assert analysis.analyze("قديش بياخد وقت هون؟ لسا ما وصلني شي، بس يلي معهم", "ar") == (
        analysis.analyze("بياخد وقت وصلني معهم", "ar")
    )
    assert analysis.analyze("ما هي الجهات التي يمكن أن تساعدني", "ar") == analysis.analyze(
        "الجهات تساعدني", "ar"
    )
    # Written with a zero-width non-joiner, a space or neither, "I want" is no content word.
    plain = analysis.analyze("کلاس زبان", "fa")
    for text in ("میخوام کلاس زبان", "می\u200cخوام کلاس زبان", "می خوام کلاس زبان"):
        assert analysis.analyze(text, "fa") == plain, text
    assert analysis.analyze("کلاس زبان چطوری پیدا کنم", "fa") == analysis.analyze(
        "کلاس زبان پیدا", "fa"
    )
    assert analysis.analyze("مدارک\u200cتان", "fa") == analysis.analyze("مدارک", "fa")


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


def test_a_french_plural_in_ers_is_stemmed_as_its_singular():
    # Snowball left "-ers" alone while it stripped the singular's "-er": "loyers" missed every
    # text about the "loyer", "étrangers" the "étranger".
    for singular in ("loyer", "étranger", "foyer", "boulanger", "hiver", "dossier"):
        assert analysis.stem(singular + "s", "fr") == analysis.stem(singular, "fr"), singular
    assert analysis.analyze("Aide pour payer les loyers", "fr") == analysis.analyze(
        "aide pour payer le loyer", "fr"
    )


def test_a_ukrainian_verb_stands_for_the_stem_of_its_verbal_noun():
    noun = analysis.stem("отримання", "uk")
    for verb in ("отримати", "отримав", "отримала"):
        assert analysis.stem(verb, "uk") != noun
        assert (noun, 0.8) in analysis.alternative_stems(verb, "uk")
    assert (analysis.stem("продовження", "uk"), 0.8) in analysis.alternative_stems(
        "продовжитися", "uk"
    )


def test_latin_lookalike_letters_in_a_cyrillic_word_are_read_as_cyrillic():
    # Latin "i", "o", "a", "e", "c" typed in a Ukrainian or Russian word.
    assert analysis.tokens("пiдвищення оренди, дoвiдка") == ["підвищення", "оренди", "довідка"]
    assert analysis.tokens("Jobcenter i Kindergeld") == ["jobcenter", "i", "kindergeld"]


def test_spoken_arabic_with_the_word_persian_shares_is_arabic():
    # "من" is the Persian "I" and the Arabic "from" / "who": no evidence either way; the
    # spoken "I want", "where", "who" are Arabic.
    assert detect_language("بدي سجل ابني بالمدرسة بس ما بعرف من وين") == "ar"
    assert detect_language("مين بيساعد بالشغل من هون") == "ar"
    assert detect_language("من کجا فرم بگیرم") == "fa"


def test_arabic_typed_on_a_persian_keyboard_is_arabic_and_the_reverse():
    # Persian ی / ک for ي / ك: the small words still count for their language.
    assert detect_language("کیف اسجل ابنی فی المدرسة") == "ar"
    assert detect_language("كجاست اداره ثبت نام") == "fa"


def test_a_persian_question_without_persian_letters_is_persian_by_its_small_words():
    assert detect_language("ثبت آدرس در دورتموند") == "fa"


def test_an_arabic_verb_with_the_object_me_stands_for_the_verb_and_its_noun():
    # "me" (ني) is no pronoun the stemmer strips (ألماني, مجاني end in it): an alternative.
    assert analysis.stem("طرد", "ar") in _alternatives("طردني", "ar")
    assert analysis.stem("طرد", "ar") in _alternatives("طردوني", "ar")
    assert analysis.stem("المساعدة", "ar") in _alternatives("بيساعدني", "ar")


def test_an_arabic_verb_of_the_t_measures_stands_for_its_own_letters_as_noun():
    # تفعّل / تفاعل: the verbal noun is the verb without its prefix, also after the spoken
    # "we" منـ and "you" بتـ; the passive with a past ending is the passive's noun.
    for verb, noun in (
        ("اتعلم", "التعلم"),
        ("منتعلم", "التعلم"),
        ("بتتعلم", "التعلم"),
        ("منتخانق", "التخانق"),
        ("انسرقت", "السرقة"),
    ):
        assert analysis.stem(noun, "ar") in _alternatives(verb, "ar"), verb


def test_everyday_words_of_other_arabic_dialects_and_spoken_persian_are_stop_words():
    assert analysis.analyze("شنو اكو حدا هاد بتاعي دلوقتي كده ابغى وش", "ar") == []
    assert analysis.analyze("کجاست نیست ندارم خیلی الان هنوز فقط میتونیم", "fa") == []


def test_words_snowball_stems_onto_another_common_word_keep_their_own_stem():
    # "loyer" (rent) was stemmed "loi" (law), "foyer" (shelter) "foi" (faith), the Spanish
    # "libros" (books) "libr" like "libre" (free): a rent question found the laws.
    assert analysis.stem("loyer", "fr") != analysis.stem("loi", "fr")
    assert analysis.stem("foyer", "fr") != analysis.stem("foi", "fr")
    assert analysis.stem("libros", "es") != analysis.stem("libre", "es")
    # Singular and plural still meet, and other words are stemmed as before.
    assert analysis.stem("loyers", "fr") == analysis.stem("loyer", "fr")
    assert analysis.stem("foyers", "fr") == analysis.stem("foyer", "fr")
    assert analysis.stem("libro", "es") == analysis.stem("libros", "es")
    assert analysis.stem("employer", "fr") == analysis.stem("emploi", "fr")


def test_spanish_everyday_words_for_the_dole_marrying_and_childbirth_keep_their_own_stem():
    # "paro" (the dole) was "par" like "parar"/"parado" (to stop, stopped); "casarse" (to
    # marry) "cas" like "casa" (house) and "caso" (case); "parto" (childbirth) and "partida"
    # (birth certificate) "part" like "parte" (part): the catalog's own synonyms matched nothing.
    assert analysis.stem("paro", "es") != analysis.stem("parado", "es")
    assert analysis.stem("paro", "es") != analysis.stem("parar", "es")
    for verb in ("casarse", "casarme", "casarnos", "casar"):
        assert analysis.stem(verb, "es") not in {
            analysis.stem("casa", "es"),
            analysis.stem("caso", "es"),
        }, verb
    assert len({analysis.stem(v, "es") for v in ("casarse", "casarme", "casarnos", "casar")}) == 1
    assert analysis.stem("parto", "es") != analysis.stem("parte", "es")
    assert analysis.stem("partida", "es") != analysis.stem("parte", "es")
    assert analysis.stem("partos", "es") == analysis.stem("parto", "es")
    # "casado" (married) and "parada" (a stop) are stemmed as before.
    assert analysis.stem("casado", "es") == analysis.stem("casa", "es")
    assert analysis.stem("parada", "es") == analysis.stem("parar", "es")


def test_arabic_vowel_marks_and_shadda_do_not_split_a_word():
    # A combining mark is no word character: "وقّع" was the two words "وق" and "ع".
    assert analysis.tokens("وقّع عقدًا، دوّر على مُساعدة") == ["وقع", "عقدا", "دور", "على", "مساعدة"]
    assert analysis.analyze("التّسجيل", "ar") == analysis.analyze("التسجيل", "ar")


def test_an_arabic_measure_eight_verb_stands_also_for_its_root_noun_and_verbal_noun():
    # افتعل, its imperfect and spoken forms: اشتغل / يشتغلوا / بتشتغل → شغل (work), اشتغال;
    # ينتخب / بنتخبو → انتخاب (election).
    work = analysis.stem("الشغل", "ar")
    for verb in ("اشتغل", "يشتغلوا", "بتشتغل", "نشتغل"):
        assert work in _alternatives(verb, "ar"), verb
    for verb in ("ينتخب", "بنتخبو", "انتخبنا"):
        assert analysis.stem("الانتخاب", "ar") in _alternatives(verb, "ar"), verb
    # A noun with ت second and a long vowel after it is no such verb (كتاب is not ك-ا-ب).
    assert not any(term.startswith("اكت") for term in _alternatives("كتاب", "ar"))


def test_german_words_in_arabic_or_persian_letters_have_the_german_skeleton():
    for german, written in (
        ("betriebsrat", "البترييبسرات"),
        ("jobcenter", "جاپ سنتر"),
        ("jobcenter", "الجوبسنتر"),
        ("burgergeld", "بورجرجيلد"),
        ("burgergeld", "البورغرغيلد"),
        ("auslanderbehorde", "اوسلندربهورده"),
        ("anmeldung", "أنملدونغ"),
        ("jugendamt", "يوغندامت"),
        ("ausbildung", "اوسبیلدونگ"),
        ("fiktionsbescheinigung", "فيكتسيونسبيشاينيغونغ"),
        ("caritas", "كاريتاس"),
    ):
        skeleton = analysis.script_skeleton(written.replace(" ", ""))
        assert skeleton in analysis.latin_skeletons(german), (german, written, skeleton)
    # Other German words keep other skeletons; a word in Latin letters has none.
    assert analysis.script_skeleton("البترييبسرات") not in analysis.latin_skeletons("betriebliche")
    assert analysis.script_skeleton("Betriebsrat") == ""


def test_tokens_of_a_short_text_are_remembered_and_each_caller_gets_its_own_list():
    text = "Wie melde ich meinen Zweitwohnsitz um"
    first = analysis.tokens(text)
    first.append("changed")
    hits = analysis._short_tokens.cache_info().hits
    assert analysis.tokens(text) == ["wie", "melde", "ich", "meinen", "zweitwohnsitz", "um"]
    assert analysis._short_tokens.cache_info().hits == hits + 1
    long_text = "Wohnung " * 100
    assert analysis.tokens(long_text) == ["wohnung"] * 100  # not kept: texts of the index


def test_german_words_in_cyrillic_letters_have_the_german_skeleton():
    for german, written in (
        ("standesamt", "штандесамт"),
        ("jobcenter", "джобцентр"),
        ("auslanderbehorde", "ауслендербехёрде"),
        ("auslanderbehorde", "ауслендербегорде"),  # Ukrainian г is h
        ("niederlassungserlaubnis", "нидерлассунгсерлаубнис"),
        ("fuhrungszeugnis", "фюрунгсцойгніс"),
        ("unterhaltsvorschuss", "унтерхальтсфоршус"),
        ("krankenkasse", "кранкенкасе"),
    ):
        assert analysis.cyrillic_skeletons(written) & analysis.latin_skeletons(german), written
    # Other German words keep other skeletons; a word in Latin or Arabic letters has none.
    assert not analysis.cyrillic_skeletons("штандесамт") & analysis.latin_skeletons("standort")
    assert analysis.cyrillic_skeletons("Standesamt") == set()
    assert analysis.cyrillic_skeletons("البترييبسرات") == set()


def test_a_german_womans_form_stands_for_the_person_noun():
    # Snowball keeps the "-in"/"-innen" of these (it strips only "-erin"): "Studentin" missed
    # every text saying "Student".
    for woman, person in (
        ("studentin", "student"),
        ("studentinnen", "studenten"),
        ("ärztin", "arzt"),
        ("kollegin", "kollege"),
        ("nachbarinnen", "nachbar"),
    ):
        assert analysis.stem(woman, "de") != analysis.stem(person, "de")
        assert analysis.stem(person, "de") in _alternatives(woman, "de"), woman
    # Too short a rest, or no woman's form at all: nothing.
    assert not _alternatives("lehrerin", "de")
    assert not _alternatives("bin", "de")


def _pl_alternatives(word: str) -> set[str]:
    return {term for term, _factor in analysis.alternative_stems(word, "pl")}


def test_polish_typed_without_diacritics_stands_for_the_written_word():
    for typed, written in [
        ("zarejestrowac", "zarejestrować"),
        ("wyrobic", "wyrobić"),
        ("lekarzow", "lekarzów"),
        ("zapisac", "zapisać"),
    ]:
        assert analysis.stem(typed, "pl") != analysis.stem(written, "pl")
        assert analysis.stem(written, "pl") in _pl_alternatives(typed)


def test_a_polish_softened_locative_stands_for_the_plain_noun():
    for locative, noun in [
        ("paszporcie", "paszport"),
        ("jobcenterze", "jobcenter"),
        ("ambasadzie", "ambasada"),
        ("bibliotece", "biblioteka"),
    ]:
        assert analysis.stem(locative, "pl") != analysis.stem(noun, "pl")
        assert analysis.stem(noun, "pl") in _pl_alternatives(locative)


def test_a_polish_stem_with_a_fleeting_e_meets_the_nominative():
    for case, nominative in [
        ("wniosku", "wniosek"),
        ("podatku", "podatek"),
        ("dodatku", "dodatek"),
    ]:
        assert analysis.stem(nominative, "pl") in _pl_alternatives(case)
        assert analysis.stem(case, "pl") in _pl_alternatives(nominative)


def test_polish_and_russian_question_wrappers_are_fillers_not_stop_words():
    for word in ["jestem", "jakiś", "żeby", "gdzieś", "słyszałam", "chciałbym", "moze"]:
        assert analysis.is_filler(word, "pl") and not analysis.is_stopword(word, "pl")
    for word in ["только", "прошу", "вчера", "слышала", "нужно"]:
        assert analysis.is_filler(word, "ru") and not analysis.is_stopword(word, "ru")
    for word in ["wniosek", "zasiłek", "mamy", "лекарство", "пособие"]:
        assert not analysis.is_filler(word, "pl" if word.isascii() or "ł" in word else "ru")


def test_a_persian_word_typed_without_its_zero_width_non_joiner_is_read_as_its_parts():
    # "حرفه‌ای" (professional), "هزینه‌اش" (its cost), "راه‌اندازی" (setting up) typed as one
    # word: the part before the ending alone, a compound's both parts.
    assert (analysis.stem("حرفه", "fa"), 1.0) in analysis.alternative_stems("حرفهای", "fa")
    assert (analysis.stem("هزینه", "fa"), 1.0) in analysis.alternative_stems("هزینهاش", "fa")
    parts = dict(analysis.alternative_stems("راهاندازی", "fa"))
    assert parts[analysis.stem("راه", "fa")] == 0.8
    assert parts[analysis.stem("اندازی", "fa")] == 0.8
    # A word with ه near its start is not cut ("شهر", "مهاجرت").
    assert analysis.alternative_stems("شهر", "fa") == ()
