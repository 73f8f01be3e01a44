"""Guess the language of a short question: the script first, then letters and small words.

Measured on the evaluation set (see docs/ask.md) against lingua-language-detector: this is
as accurate for our eleven languages on short questions and takes microseconds, not
milliseconds, and needs no package. Bulgarian (the twelfth) is told from Russian and Ukrainian
by its hard sign used as a vowel and its small words (`_cyrillic`); Japanese (the thirteenth)
by its script: any kana or kanji.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from lotse.ask.analysis import JAPANESE_CHARS, STOPWORDS, fold, tokens, word_set

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Letters Persian writes and Arabic does not (also `answers.kinds.reads_persian`).
FA_LETTERS = frozenset("پچژگکی")
_AR_LETTERS = set("ةيىكإأؤ")
# Small words of each language, compared with ي/ی and ك/ک unified (`_script_word`): an Arabic
# question typed on a Persian keyboard ("فی", "کیف") keeps its words' evidence, and the
# reverse. "من" is no evidence: the Persian "I" is the Arabic "from" / "who". Spoken words
# count as much as written ones: Levantine, Egyptian, Iraqi and Gulf "what / where / who /
# I want / why / like this / the one who" ("شو بدي وين"; not the bare "اين", which is the
# Persian "this" once ی is unified), everyday Persian "where is it /
# what is it / I want / is not" ("کجاست", "چیه", "میخوام", "نیست") and its "in" (در).
_FA_WORDS_WRITTEN = (
    "می است برای چطور کجا چه آیا را هست باید کنم دارم میخواهم در "
    "کجاست چیه چی میخوام هستم نیست میشه بشه کنه داره رو که اون چطوری"
)
_AR_WORDS_WRITTEN = (
    "في على هل كيف أين ماذا انا أنا الى إلى عن لي التي الذي "
    "شو ايش وين فين مين ليش ليه بدي بدنا عايز عاوز هيك اللي يلي هاد هلق ازاي شلون "
    "عندي منشان عشان علشان"
)
_SCRIPT_WORD = str.maketrans({"ی": "ي", "ک": "ك", "ى": "ي", "\u200c": ""})


def _script_word(word: str) -> str:
    """A word of Arabic script with the letters both keyboards write differently unified and
    the punctuation around it dropped."""
    return word.strip("،؟?!.,:؛;()\"'«»").translate(_SCRIPT_WORD)


_FA_WORDS = frozenset(_script_word(w) for w in _FA_WORDS_WRITTEN.split())
_AR_WORDS = frozenset(_script_word(w) for w in _AR_WORDS_WRITTEN.split())
_UK_LETTERS = set("іїєґ")
_RU_LETTERS = set("ыэё")
# Bulgarian has none of ы э ё і ї є ґ; its "ъ" is a vowel inside and at the end of words
# ("къде", "път", "съм"), while Russian writes "ъ" only as a sign before е/ё/ю/я ("объявление").
_BG_HARD_SIGN = re.compile(r"ъ(?![еёюя])")
_RU_HARD_SIGN = re.compile(r"ъ(?=[еёюя])")
# Small words of Bulgarian questions that Russian and Ukrainian do not use (folded "е" for "ё").
_BG_WORDS = frozenset(
    [
        "да",
        "се",
        "си",
        "съм",
        "сме",
        "сте",
        "са",
        "е",
        "ми",
        "ме",
        "къде",
        "какво",
        "кога",
        "колко",
        "трябва",
        "искам",
        "мога",
        "ако",
        "със",
        "във",
        "вече",
        "този",
        "тази",
        "това",
        "тези",
        "кой",
        "коя",
        "които",
        "имам",
        "нямам",
        "няма",
        "детето",
        "дете",
        "моят",
        "моята",
        "моето",
        "моите",
        "нашият",
        "току",
        "защо",
        "нещо",
        "сега",
        "тук",
        "също",
        "моля",
        "благодаря",
    ]
)
# Bulgarian word forms: adjectives in -ски/-ско after a consonant ("детски", "немски"; Russian
# writes -ский/-ские, Ukrainian -ський, and Russian nouns in -ска have a vowel before it:
# "выписки"), adjectives in -ен after -ал/-он/-тел ("безплатен", "професионален",
# "осигурителен"; Russian -ный), verbal nouns in -ване ("кандидатстване"; Russian -вание), and
# a final щ without the soft sign ("помощ", "нощ"; Russian "помощь").
_BG_FORMS = re.compile(
    r"(?<=[бвгджзклмнпрстфхцчшщ])ск[ио]\b|(?:[ао]л|[ао]н|тел|лат)ен\b|[^\W\d_]{3}ване\b|[^\W\d_]{2}щ\b"
)

# Small words that tell Ukrainian, Russian and Bulgarian apart (also read by `romanized` in
# the Cyrillic it transliterates Latin-typed questions into).
CYRILLIC_SMALL_WORDS: dict[str, frozenset[str]] = {
    "uk": frozenset(["як", "що", "мені", "чи", "та", "й", "де", "мій", "ми", "щоб"]),
    "ru": frozenset(["как", "что", "мне", "или", "мой", "мы", "чтобы", "где", "нужно"]),
    "bg": _BG_WORDS,
}

# Distinctive small words per Latin-script language, folded (no diacritics).
_LATIN_WORDS: dict[str, frozenset[str]] = {
    "de": word_set(
        "ich und der die das ist nicht wie wo was wann muss brauche bekomme mein "
        "meine mich mir kann bei fur mit auf einen eine ein wir sind habe hab gibt es "
        "noch schon zum zur vom beantragen antrag stadt amt kind kinder wohnung "
        "arbeit termin"
    ),
    "en": word_set(
        "the and is how where what when do does my i need can get to for of with have "
        "from a an in my our we you it apply application office child children work "
        "permit"
    ),
    "fr": word_set(
        "je et le la les est comment ou quoi mon ma mes pour avec des une un dans "
        "faire demande enfant travail titre besoin dois puis suis"
    ),
    "es": word_set(
        "yo y el la los las es como donde que mi mis para con una un del necesito "
        "puedo tengo hijo hija trabajo solicitar quiero cuanto"
    ),
    "tr": word_set(
        "ve bir bu ne nasil nerede icin ile mi mu benim ben var yok istiyorum nereye "
        "cocugum cocuk basvuru ogrenci calisma izni"
    ),
    "pl": word_set(
        "i w na jak gdzie co czy sie jest mam moj moja dla nie do po jestem "
        "potrzebuje dziecko prace mieszkanie zlozyc wniosek"
    ),
    "ro": word_set(
        "si in la cum unde ce sunt am pentru cu un o este vreau copil copilul meu mea "
        "nevoie lucru cerere pot trebuie"
    ),
}


@functools.cache
def latin_small_words() -> frozenset[str]:
    """The small words of the portal's Latin-script languages: the detector's own and the
    stop words (folded)."""
    return frozenset().union(
        *_LATIN_WORDS.values(), *(STOPWORDS[code] for code in (*_LATIN_WORDS, "en"))
    )


_LATIN_LETTERS: dict[str, str] = {
    "de": "äöüß",
    "tr": "ğış",
    "pl": "ąćęłńśźż",
    "ro": "ăâîșțşţ",
    "fr": "éèêàçœùûëï",
    "es": "ñ¿¡áíóú",
}
_GERMAN_ENDINGS = ("ung", "heit", "keit", "schaft", "geld", "amt", "schein", "bescheinigung")


def detect_language(text: str, *, default: str = "en") -> str:
    """The most likely language code of a question among the portal's languages."""
    if JAPANESE_CHARS.search(text):
        # Kana or kanji: Japanese, the only language of the portal written in them (a German
        # word inside, "Kindergeldの申請", does not change that).
        return "ja"
    if _ARABIC.search(text):
        return _arabic_or_farsi(text)
    if _CYRILLIC.search(text):
        return _cyrillic(text)
    return _latin(text, default)


def _arabic_or_farsi(text: str) -> str:
    ar, fa = arabic_scores(text)
    return "fa" if fa > ar else "ar"


def arabic_scores(text: str) -> tuple[int, int]:
    """Evidence for Arabic and for Persian in a text of Arabic script: own letters (2 each),
    small words (3 each), a Persian "mi-" verb, an Arabic article."""
    letters = set(text)
    fa = len(letters & FA_LETTERS) * 2
    ar = len(letters & _AR_LETTERS) * 2
    words = {_script_word(w) for w in text.split()}
    fa += 3 * len(words & _FA_WORDS)
    ar += 3 * len(words & _AR_WORDS)
    if any(w.startswith("می") and len(w) > 3 for w in text.split()):
        fa += 2
    if any(w.startswith("ال") for w in words):
        ar += 1
    return ar, fa


def cyrillic_scores(text: str) -> dict[str, float]:
    """Evidence for Ukrainian, Russian and Bulgarian: own letters, the hard sign, small words."""
    lowered = text.casefold()
    uk = float(sum(lowered.count(c) for c in _UK_LETTERS))
    ru = float(sum(lowered.count(c) for c in _RU_LETTERS) + len(_RU_HARD_SIGN.findall(lowered)))
    bg = 2.0 * len(_BG_HARD_SIGN.findall(lowered)) + len(_BG_FORMS.findall(lowered))
    words = set(tokens(lowered))
    uk += 2 * len(words & CYRILLIC_SMALL_WORDS["uk"])
    ru += 2 * len(words & CYRILLIC_SMALL_WORDS["ru"])
    bg += 2 * len(words & CYRILLIC_SMALL_WORDS["bg"])
    # "как" is Russian and Bulgarian: it only counts for Russian when nothing says Bulgarian.
    if "как" in words and bg >= 2:
        ru -= 2
    return {"uk": uk, "ru": ru, "bg": bg}


def _cyrillic(text: str) -> str:
    scores = cyrillic_scores(text)
    if scores["bg"] > scores["uk"] and scores["bg"] > scores["ru"]:
        return "bg"
    return "uk" if scores["uk"] > scores["ru"] else "ru"


def _latin(text: str, default: str) -> str:
    scores = latin_scores(text)
    best = max(scores, key=lambda c: scores[c])
    if scores[best] == 0:
        return default
    return best


def latin_scores(text: str) -> dict[str, float]:
    """Evidence for each Latin-script language: its letters and its small words."""
    lowered = text.casefold()
    scores = dict.fromkeys([*_LATIN_WORDS, "en"], 0.0)
    for code, letters in _LATIN_LETTERS.items():
        scores[code] += 1.5 * sum(1 for c in text.lower() if c in letters)
    # Letters shared by several languages (ö, ü: German and Turkish; ó: Polish and Spanish).
    for word in tokens(lowered):
        folded = fold(word)
        for code, words in _LATIN_WORDS.items():
            if folded in words:
                scores[code] += 2
        if word.endswith(_GERMAN_ENDINGS) and len(word) > 6:
            scores["de"] += 1
    if ("ç" in lowered and "ş" in lowered) or "ı" in lowered:
        scores["tr"] += 2
    return scores


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Greetings and courtesy words say nothing about what is asked, and little about the asker's
# language ("Hello" is typed in every language): they are left out before the language is
# judged. Casefolded; matched as whole words at the start of the question.
_GREETINGS = (
    "hello|hi|hey|dear|good morning|good afternoon|good evening|hallo|guten tag|guten morgen|"
    "guten abend|moin|servus|liebe|lieber|sehr geehrte|merhaba|selam|selamlar|iyi günler|"
    "günaydın|bonjour|bonsoir|salut|hola|buenos días|buenas tardes|buenas|bună ziua|buna ziua|"
    "bună|buna|salutare|cześć|czesc|dzień dobry|dzien dobry|witam|привіт|вітаю|добрий день|"
    "доброго дня|здравствуйте|привет|добрый день|здравейте|здрасти|добър ден|мерхаба|"
    "مرحبا|مرحباً|السلام عليكم|سلام|درود|salam|salaam|ciao"
)
_GREETING = re.compile(rf"^\W*(?:(?:{_GREETINGS})(?=\W|$)[\s,!.:;–-]*)+", re.IGNORECASE)


def without_greeting(text: str) -> str:
    """The question without the greeting it starts with ("Hello, where do I …" → "where do I …");
    a question that is only a greeting stays as it is."""
    rest = _GREETING.sub("", text.strip(), count=1)
    return rest if rest.strip() else text


_SCRIPT_OF = {
    "ar": "arabic",
    "fa": "arabic",
    "uk": "cyrillic",
    "ru": "cyrillic",
    "bg": "cyrillic",
    "ja": "japanese",
}


def script_of(language: str) -> str:
    return _SCRIPT_OF.get(language, "latin")


def text_script(text: str) -> str:
    """The script most letters of the text are written in (latin, cyrillic, arabic, japanese;
    a kana or kanji counts twice, as it stands for a syllable or a word)."""
    arabic = len(_ARABIC.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    japanese = len(JAPANESE_CHARS.findall(text))
    latin = sum(1 for c in text if c.isalpha()) - arabic - cyrillic - japanese
    counts = (
        ("latin", latin),
        ("cyrillic", cyrillic),
        ("arabic", arabic),
        ("japanese", 2 * japanese),
    )
    return max(counts, key=lambda p: p[1])[0]


def reader_language(
    page_language: str, question: str, question_language: str, *, romanized: bool = False
) -> str:
    """The language to answer a question asked on a page of `page_language` in.

    The page's language, which the person chose (or their browser did), unless the question is
    written in another script ("روضة أطفال" on the German page: Arabic). A question in the same
    script keeps the page's language even when it borrows a German word ("Anmeldung nasıl
    yapılır" on the Turkish page) or greets in another language ("Hello, …").

    `romanized`: the question is its language typed in Latin letters ("kif bsajjel ibni bl
    madrase"): it counts as written in that language's script. Whoever types Arabic, Persian
    or Bulgarian in Latin letters does so for want of the keyboard, and reads the script: on
    the German or English page they are answered in their language, on a page of the same
    script (Persian for Arabic) the page's language stays."""
    rest = _GREETING.sub("", question.strip(), count=1)
    if not any(c.isalpha() for c in rest):
        return page_language
    script = script_of(question_language) if romanized else text_script(rest)
    if script == script_of(page_language) or script != script_of(question_language):
        return page_language
    return question_language
