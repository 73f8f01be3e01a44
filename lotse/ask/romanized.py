"""Questions typed in Latin letters for languages written in other scripts.

People type Arabic in "Arabizi" ("kif bsajjel ibni bl madrase", digits for the letters Latin
lacks: 2 ء, 3 ع, 5 خ, 7 ح), Persian in "Finglish" ("pasportam gom shode"), and Bulgarian,
Russian and Ukrainian in transliteration ("trqbva li mi", "kak poluchit' spravku"). Their
words are in no index, and the Latin-script detector took them for Polish, Spanish or Turkish.

- Detection (`read`): small everyday words of each language in their Latin forms (the
  romanized lexicons' `small_words`, the Slavic lists below), digits inside words (Arabizi),
  the Persian verb prefix "mi-", Slavic letter groups (zh, shch, ya/yu, -tsya, -iy). It must beat
  the evidence for the portal's Latin-script languages (`langdetect.latin_scores`), so a
  Polish, Spanish or Turkish question stays what it is.
- Bulgarian, Russian, Ukrainian: a deterministic transliteration back to Cyrillic, one table per
  language, each reading both common conventions ("ya"/"ja", "sh"/"š", chat "q" for я and "4"
  for ч in Bulgarian). Which language: the small words, in Latin form and in each table's
  Cyrillic (the word lists of the Cyrillic detector). The question is then searched in Cyrillic.
- Arabic and Persian: turning Latin letters back into script loses too much (vowels, which of
  two s or h). Instead a compact lexicon per language (`data/romanized/<lang>.yaml`) maps the
  everyday words people use about the services to the catalog's own words in script; the
  question is searched as those words plus its words the lexicon does not hold (German names:
  "Kindergeld", "Jobcenter"). Spellings vary, so a word is also looked up without its glued
  article or pronoun, and by its consonant skeleton when that names one entry only.

Tables are built once; a question costs a few regex scans and dictionary look-ups.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lotse.ask import langdetect
from lotse.ask.analysis import tokens, word_set
from lotse.core.datafiles import yaml_safe_load

DATA = Path(__file__).parent / "data" / "romanized"

# Words in Latin letters (and the apostrophe or digits Arabizi writes inside them).
_WORD = re.compile(r"[^\W_]+(?:['’ʼ`][^\W_]+)*", re.UNICODE)
_NON_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f']", re.UNICODE)
# Arabizi writes the letters Latin lacks as digits inside words: "3ala", "ta2meen", "7abibi",
# "sho5l". Not a level or paragraph ("B1", "A2", "16a", "18b") nor an ordinal ("2nd", "3rd").
_ARABIZI_DIGIT = re.compile(
    r"(?<![\w])(?:[a-z]*[a-z][23579][a-z]+|[23579][a-z]{2,})(?![\w])", re.IGNORECASE
)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|er|e|te|ten|ste|sten|ci|ncu|nci|inci)$")
# Persian present tense: "mikham", "mitoonam", "mikone", "miram" (mi- + stem + ending).
_FA_VERB = re.compile(
    r"\b(?:mi|nemi)[bcdfghjklmnprstvxz][a-z]{1,9}(?:am|im|id|and|an|e|i|ad|ish|ash)\b"
)

LANGUAGES = frozenset({"ar", "fa", "bg", "ru", "uk"})
MIN_EVIDENCE = 4.0  # at least two clear words (or one and a digit word)


@dataclass(frozen=True)
class Romanized:
    """A question typed in Latin letters for `language`, and the text it is searched as."""

    language: str
    text: str


# --- Bulgarian, Russian, Ukrainian -------------------------------------------------------

# Small words in Latin form, as people type them (both conventions); weight 2 each, 1 for
# words other languages of the portal also have ("da", "se", "ne", "na").
_SLAVIC_WORDS: dict[str, frozenset[str]] = {
    "bg": word_set(
        "kakvo kakvo kade kude kyde kyde koga kolko zashto zasto tryabva triabva trqbva "
        "tryabwa trjabva iskam iskame iskate moga mozhe moje mojem mozhem sam sum sym sme ste "
        "shte shta 6te 6ta che 4e vav vuv sas sus imam imash ima nyama nqma nyamam nqmam "
        "tova tozi tazi tezi tuk veche oshte oshe sashto mnogo malko dobre dete deteto detsa "
        "rabota rabotata raboti rabotya pari parite smetka smetkata smetki tok toka zaplata "
        "zaplatata lichna karta kartata bolnitsa lekar doktor kazhete kajete molya zdraveyte "
        "blagodarya struva struvat plashtam plashta plati platya lichnata lichna zdravna "
        "zdravnata osiguryovka obshtina obshtinata uchilishte uchilishteto gradina zhilishte "
        "jilishte naem naema bolen bolna rabotodatel shefat pomosht mi li ot "
        # "Germany" in its cases and chat spellings: most questions name the country.
        "germaniya germaniq germaniia"
    ),
    "ru": word_set(
        "chto shto 4to chego gde kuda kogda pochemu zachem skolko skol'ko mne menya menia "
        "nuzhno nuzhen nuzhna nado mozhno mogu hochu khochu pomogite pomogi podskazhite "
        "skazhite eto etot eta vy moy moya moyu moego moemu moi svoy est' uzhe tozhe eshche "
        "yeshche esche ochen' ochen tolko tol'ko mozhet esli chtoby chtob ili dlya cherez posle "
        "vse vsyo budet byl byla bylo rabota rabotu rabotat' kvartira kvartiru rebenok "
        "rebenka rebyonok deti detey syn doch' muzh zhena den'gi dengi platit' platit "
        "poluchit' poluchit spravka spravku dokumenty poteryal poteryala stoit stoimost' "
        "oformit' zapisat'sya vrach bol'nitsa shkola detskiy posobie nalog strakhovka "
        "zhil'e arenda uchit'sya yazyk nemetskiy kursy ya kak dlia "
        "germanii germaniyu germaniya"
    ),
    "uk": word_set(
        "shcho scho shho yak yaka yake yaki de meni mene chy potribno treba mozhna mozhu "
        "khochu hochu dlya koly skilky skil'ky navishcho chomu moya miy mij moyi moye ye "
        "yest' nemaye nema vzhe tezh duzhe til'ky tilky yakshcho yaksho yakscho abo ale "
        "dytyna dytynu dytyny dity ditey robota robotu roboty hroshi groshi dopomoha "
        "dopomoga dopomozhit' dopomozhit dovidka dovidku kvartyra kvartyru zhytlo otrymaty "
        "zaplatyty koshtuye otrymaty oformyty zapysatysya likar likarnya dytsadok sadochok "
        "podatok strakhuvannya orenda navchannya mova nimetska kursy ya "
        # The official transliteration (passports, road signs) writes я/ю/є as "ia"/"iu"/"ie"
        # and и as "y": "dlia", "iakshcho", "strakhuvannia"; and "Germany" in its cases.
        "dlia iak iaka iake iaki iakshcho shchob navchannia strakhuvannia dopomohy "
        "nimechchyna nimechchyni nimechchynu nimechchyny"
    ),
}
# Words that also are words of the portal's Latin-script languages: they count 1, not 2.
_SHARED = word_set(
    "da se si mi me ne na ot za e ya de ye kak est ima sam sin tam pari li vse moi ste sme "
    "tok karta doktor chy"
)
# Letter groups of transliterated Slavic that the portal's Latin-script languages rarely
# write (Polish writes sz/cz/rz/w, Turkish ş/ç, Spanish ch but not zh).
_SLAVIC_GROUPS = re.compile(
    r"zh|shch|sht(?=[aeiouy])|(?<=[bcdfgklmnprstvz])(?:ya|yu|ja|ju)|"
    r"(?:t'?sya|t'?sa|yy|iy|ij|yj|ogo|ovat'?|ennyy|skiy|skaya|yat|yaet|aty|yty)\b|"
    r"[šžč]|"
    # Bulgarian chat "q" for я after a consonant at a word's end ("napravq", "pravq"; the
    # portal's Latin-script languages write q before u), and the preposition "v" ("в").
    r"(?<=[bcdfgklmnprstvz])q\b|\bv\b"
)
_POLISH = re.compile(r"sz|cz|rz|dz|ow\b|\bw\b|[ąęłńóśźż]")

# Transliteration: longest match first. Both conventions: "ya"/"ja"/"ia", "sh"/"š",
# "zh"/"ž", "ch"/"č", "shch"/"šč"; Bulgarian chat writing: "q" я, "4" ч, "6" ш, "w" в.
_COMMON = {
    "shch": "щ",
    "šč": "щ",
    "sch": "щ",
    "zh": "ж",
    "ž": "ж",
    "kh": "х",
    "ch": "ч",
    "č": "ч",
    "sh": "ш",
    "š": "ш",
    "ts": "ц",
    "ya": "я",
    "ja": "я",
    "yu": "ю",
    "ju": "ю",
    "a": "а",
    "b": "б",
    "v": "в",
    "w": "в",
    "g": "г",
    "d": "д",
    "e": "е",
    "z": "з",
    "k": "к",
    "l": "л",
    "m": "м",
    "n": "н",
    "o": "о",
    "p": "п",
    "r": "р",
    "s": "с",
    "t": "т",
    "u": "у",
    "f": "ф",
    "c": "ц",
    "x": "кс",
    "j": "й",
    "'": "ь",
    "’": "ь",
}
_TABLES: dict[str, dict[str, str]] = {
    "ru": {
        **_COMMON,
        "yo": "ё",
        "jo": "ё",
        "ye": "е",
        "je": "е",
        "ia": "я",
        "iu": "ю",
        "i": "и",
        "y": "ы",
        "h": "х",
        "q": "я",
    },
    "uk": {
        **_COMMON,
        "yi": "ї",
        "ji": "ї",
        "ï": "ї",
        "ye": "є",
        "je": "є",
        "ie": "є",
        "ia": "я",
        "iu": "ю",
        "yo": "йо",
        "i": "і",
        "y": "и",
        "h": "г",
        "g": "г",
        "q": "я",
    },
    "bg": {
        **_COMMON,
        "sht": "щ",
        "6t": "щ",
        "yo": "йо",
        "ye": "е",
        "ia": "я",
        "iu": "ю",
        "i": "и",
        "y": "ъ",
        "ă": "ъ",
        "ŭ": "ъ",
        "h": "х",
        "q": "я",
        "4": "ч",
        "6": "ш",
    },
}
# Whole words whose vowel the letters do not tell (Bulgarian ъ typed "a", "u" or "y";
# Russian э typed "e").
_WORDS: dict[str, dict[str, str]] = {
    "bg": {
        "sam": "съм",
        "sum": "съм",
        "sym": "съм",
        "kade": "къде",
        "kude": "къде",
        "kyde": "къде",
        "sas": "със",
        "sus": "със",
        "vav": "във",
        "vuv": "във",
        "sashto": "също",
        "pat": "път",
        "put": "път",
        "zashto": "защо",
        "zasto": "защо",
        "oshte": "още",
        "oshe": "още",
        "deteto": "детето",
        "shte": "ще",
        "6te": "ще",
        "shta": "ща",
    },
    "ru": {
        "eto": "это",
        "etot": "этот",
        "eta": "эта",
        "eti": "эти",
        "etogo": "этого",
        "etom": "этом",
        "ekzamen": "экзамен",
        "esche": "ещё",
        "eshche": "ещё",
        "4to": "что",
        "shto": "что",
    },
    "uk": {"scho": "що", "shho": "що", "sho": "що", "yakscho": "якщо", "yaksho": "якщо"},
}


_AFTER_VOWEL_Y = re.compile(r"(?<=[aeiouy])y(?![aeiou])")


@functools.cache
def _pattern(language: str) -> re.Pattern[str]:
    """One alternation of the table's Latin letters and letter groups, longest first."""
    keys = sorted(_TABLES[language], key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys))


def transliterate(text: str, language: str) -> str:
    """Latin-typed Bulgarian, Russian or Ukrainian in Cyrillic, word by word (other
    characters kept)."""
    return _WORD.sub(lambda m: _cyrillic_word(m.group(0), language), text)


def _cyrillic_word(word: str, language: str) -> str:
    lowered = word.casefold()
    whole = _WORDS[language].get(lowered)
    if whole is not None:
        return whole
    if lowered.isdigit() or not any(c.isalpha() for c in lowered):
        return word
    table = _TABLES[language]
    # "y" after a vowel is й ("moy", "kakoy"), unless it starts "ya", "yu", "ye", "yo", "yi".
    parts = _AFTER_VOWEL_Y.split(lowered)
    cyrillic = "й".join(_pattern(language).sub(lambda m: table[m.group(0)], p) for p in parts)
    if language == "bg":
        # Bulgarian writes "ьо" after a consonant ("шофьор", "фризьор"), "йо" elsewhere.
        cyrillic = _BG_SOFT_O.sub("ьо", cyrillic)
    return cyrillic


_BG_SOFT_O = re.compile(r"(?<=[бвгдзклмнпрстфхцчшщж])йо")


def _slavic_scores(words: list[str], lowered: str) -> tuple[float, dict[str, float]]:
    """Evidence that the text is Latin-typed Slavic, and for each of bg, ru, uk."""
    by_language = dict.fromkeys(_TABLES, 0.0)
    groups = len(_SLAVIC_GROUPS.findall(lowered))
    if not groups and not any(
        word in small and word not in _SHARED for word in words for small in _SLAVIC_WORDS.values()
    ):
        return 0.0, by_language
    for word in words:
        for code, small in _SLAVIC_WORDS.items():
            if word in small:
                by_language[code] += 1.0 if word in _SHARED else 2.0
    # Also the small words of each table's Cyrillic (the word lists the Cyrillic detector
    # reads): they tell the three apart, and add to the evidence.
    # A word other languages also write ("mi", "se", "de") counted once already.
    telling = " ".join(w for w in words if w not in _SHARED)
    for code in by_language:
        cyrillic = set(tokens(transliterate(telling, code)))
        by_language[code] += 1.5 * len(cyrillic & langdetect.CYRILLIC_SMALL_WORDS[code])
    polish = len(_POLISH.findall(lowered))
    total = max(by_language.values()) + min(groups, 4) - 1.5 * polish
    return total, by_language


# Letters of the portal's Latin-script languages that Latin-typed Slavic does not write: a
# question holding one is typed in its own language (`read_by_terms` leaves it alone).
_LATIN_LANGUAGE_LETTERS = re.compile("[äöüßçşğıąćęłńśźżăâîșțţéèêàœùûëïñáíóú¿¡]")
# Bulgarian ъ is typed "a" (the official transliteration: "balgarski", "darzhava"), "u" or "y".
_BG_HARD_VOWEL_TYPED = "ау"


def _cyrillic_readings(word: str, language: str) -> list[str]:
    """The Cyrillic word a Latin-typed word is, first as the table reads it; for Bulgarian
    also with one "а" or "у" read as the ъ it often stands for ("balgarski" → "български")."""
    plain = _cyrillic_word(word, language)
    if language != "bg":
        return [plain]
    readings = [plain]
    for i, letter in enumerate(plain):
        if letter in _BG_HARD_VOWEL_TYPED and i > 0:
            readings.append(plain[:i] + "ъ" + plain[i + 1 :])
    return readings


def read_by_terms(
    text: str,
    slavic_term: Callable[[str, str], bool],
    latin_languages: Callable[[str], frozenset[str]],
    known: Callable[[str], bool] | None = None,
) -> Romanized | None:
    """Bulgarian, Russian or Ukrainian typed in Latin letters without the small words `read`
    looks for ("kurs po nemski bezplaten", "registratsiya na kola s balgarski nomera"): most
    short questions name things only. Read as the catalog's words: the question is the Slavic
    language whose catalog texts hold (`slavic_term`: the Cyrillic word's stem is an index
    term of that language) two of its words or more, more of them than any Latin-script
    language's texts hold as typed (`latin_languages`: the languages whose texts hold a Latin
    word's stem; a German name counts for German). A question with a letter of a Latin-script
    language (ä, ç, ł, ș, é, ñ …) is typed in that language and is left alone."""
    if _NON_LATIN.search(text) or _LATIN_LANGUAGE_LETTERS.search(text.casefold()):
        return None
    words = [m.group(0) for m in _WORD.finditer(text.casefold())]
    # A small word of a Latin-script language ("was ist das", "co to jest") is no Slavic
    # word, though its letters may spell one ("вас", "ест").
    small = langdetect.latin_small_words()
    content = [w for w in words if len(w) > 2 and w.isalpha() and w not in small]
    if len(content) < 2:
        return None
    latin: dict[str, int] = {}
    for word in content:
        for code in latin_languages(word):
            latin[code] = latin.get(code, 0) + 1
    latin_best = max(latin.values(), default=0)
    small_evidence = max(langdetect.latin_scores(text).values())
    if latin_best >= len(content) or 2 * len(content) < small_evidence:
        return None  # no Slavic reading could win (most questions of Latin-script languages)
    chosen = _catalog_readings(content, slavic_term)
    language = max(("bg", "ru", "uk"), key=lambda c: (len(chosen[c]), c == "bg"))
    hits = len(chosen[language])
    # Two words or more, more than any Latin-script language's texts hold, and as much
    # evidence as that language's small words ("kurs po nemski": one "po").
    if hits < 2 or hits <= latin_best or 2 * hits < small_evidence:
        return None
    return _in_cyrillic(words, language, chosen[language], known)


# --- Arabic and Persian -------------------------------------------------------------------


@dataclass(frozen=True)
class _Lexicon:
    words: dict[str, str]  # normalised Latin word -> catalog words in script ("" drops it)
    skeletons: dict[str, str]  # consonant skeleton -> catalog words (only unambiguous ones)
    small: dict[str, float]  # detection evidence per normalised word
    prefixes: tuple[str, ...]  # glued articles and prepositions, longest first
    suffixes: tuple[str, ...]  # glued pronouns and endings, longest first


_DIGITS = str.maketrans({"2": "", "3": "", "7": "h", "5": "kh", "6": "t", "9": "q", "8": "gh"})
_REPEAT = re.compile(r"(.)\1+")
_LATIN_VOWELS = re.compile(r"[aeiou]")


@functools.lru_cache(maxsize=1 << 14)
def _normal(word: str) -> str:
    """A Latin-typed word in one spelling: lower case, no accents, Arabizi digits as letters,
    no apostrophes, doubled letters single ("sajjel" = "sajel", "khoone" = "khone"), a final
    "h" after a vowel dropped ("madraseh" = "madrase")."""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c)
    )
    plain = re.sub(r"['’ʼ`]", "", plain.translate(_DIGITS))
    plain = _REPEAT.sub(r"\1", plain)
    if len(plain) > 3 and plain.endswith("h") and plain[-2] in "aeiou":
        plain = plain[:-1]
    return plain


def _skeleton(normal: str) -> str:
    """The first letter and the consonants after it ("madrase" -> "mdrs")."""
    return normal[:1] + _LATIN_VOWELS.sub("", normal[1:])


def warm() -> None:
    """Load the lexicons and letter tables (≈ 0.1 s of CPU, read from YAML and compiled)
    before a process takes questions: the first question in Latin letters would wait for
    them (`selectors.process_warm`)."""
    for language in sorted(_TABLES):
        _pattern(language)
    for language in ("ar", "fa"):
        lexicon(language)


@functools.cache
def lexicon(language: str) -> _Lexicon:
    """The romanized lexicon of Arabic or Persian (data/romanized/<language>.yaml)."""
    data = yaml_safe_load((DATA / f"{language}.yaml").read_text(encoding="utf-8"))
    words: dict[str, str] = {}
    for target, spellings in (data.get("question_words") or {}).items():
        for spelling in spellings:
            words.setdefault(_normal(str(spelling)), str(target))
    for target, spellings in (data.get("words") or {}).items():
        for spelling in spellings:
            normal = _normal(str(spelling))
            # Folded to two letters ("m3a2" -> "ma") a word is some small word: not looked up.
            if len(normal) >= 3:
                words.setdefault(normal, str(target))
    small_words = [*(data.get("small_words") or []), *(data.get("shared_words") or [])]
    for spelling in small_words:
        # A small word the lexicon maps to nothing names nothing: it is left out.
        words.setdefault(_normal(str(spelling)), "")
    by_skeleton: dict[str, set[str]] = {}
    for normal, target in words.items():
        skeleton = _skeleton(normal)
        if target and len(skeleton) >= 4:
            by_skeleton.setdefault(skeleton, set()).add(target)
    skeletons = {s: next(iter(t)) for s, t in by_skeleton.items() if len(t) == 1}
    # Evidence is read on the words as typed: folded, "3am" would be the English "am".
    small: dict[str, float] = {}
    for spelling in data.get("small_words") or []:
        small[str(spelling).casefold()] = 2.0
    for spelling in data.get("shared_words") or []:
        small.setdefault(str(spelling).casefold(), 0.5)
    return _Lexicon(
        words=words,
        skeletons=skeletons,
        small=small,
        prefixes=tuple(sorted((_normal(p) for p in data.get("prefixes") or []), key=len)[::-1]),
        suffixes=tuple(sorted((_normal(s) for s in data.get("suffixes") or []), key=len)[::-1]),
    )


def _look_up(normal: str, lex: _Lexicon) -> str | None:
    """The catalog words of a normalised word: as it is, without a glued article or
    preposition and/or pronoun ending, then by its consonant skeleton."""
    forms = [normal]
    for prefix in lex.prefixes:
        if normal.startswith(prefix) and len(normal) - len(prefix) >= 3:
            forms.append(normal[len(prefix) :])
    for form in list(forms):
        for suffix in lex.suffixes:
            if form.endswith(suffix) and len(form) - len(suffix) >= 3:
                forms.append(form[: -len(suffix)])
    for form in forms:
        if form in lex.words:
            return lex.words[form]
    for form in forms:
        skeleton = _skeleton(form)
        if len(skeleton) >= 4 and skeleton in lex.skeletons:
            return lex.skeletons[skeleton]
    return None


def _arabic_script_scores(words: list[str], lowered: str) -> dict[str, float]:
    """Evidence for Arabic and for Persian typed in Latin letters: small words, Arabizi digits,
    Persian verb forms (each 2), words of the lexicon (0.5: "bank", "doktor", "pasport" are
    words of other languages too). Zero unless some small word, digit word or verb form is
    there: nouns alone say nothing of the language."""
    scores = {"ar": 0.0, "fa": 0.0}
    scores["ar"] += 2.0 * sum(1 for w in _ARABIZI_DIGIT.findall(lowered) if not _ORDINAL.match(w))
    scores["fa"] += 2.0 * len(_FA_VERB.findall(lowered))
    for code in scores:
        lex = lexicon(code)
        nouns = 0.0
        for word in words:
            weight = lex.small.get(word)
            if weight is not None:
                scores[code] += weight
            elif len(word) >= 4 and lex.words.get(_normal(word)):
                nouns += 0.5
        scores[code] = scores[code] + nouns if scores[code] >= 2.0 else 0.0
    return scores


def _searched_as(words: list[str], language: str) -> str:
    """The question as the catalog's words in script, plus the words the lexicon does not
    hold (German names, places, numbers)."""
    lex = lexicon(language)
    out: list[str] = []
    for word in words:
        if word.isdigit() or _ORDINAL.match(word):
            out.append(word)
            continue
        target = _look_up(_normal(word), lex)
        if target is None:
            if not _ARABIZI_DIGIT.fullmatch(word) or _ORDINAL.match(word):
                out.append(word)
        elif target:
            out.append(target)
    return " ".join(out)


# --- Both ---------------------------------------------------------------------------------


def read(
    text: str,
    known: Callable[[str], bool] | None = None,
    slavic_term: Callable[[str, str], bool] | None = None,
) -> Romanized | None:
    """The question as Arabic, Persian, Bulgarian, Russian or Ukrainian typed in Latin
    letters, or None (another script, or one of the portal's Latin-script languages).

    `known`: whether a Latin word is a term of the city's index (German or English: such a
    word stays as it is in a transliterated question, "Kindergeld", "Jobcenter").
    `slavic_term`: whether the city's texts of a Slavic language hold a Cyrillic word (its
    stem): the words the catalog holds in one of the three languages count for it beside the
    small words (many Bulgarian questions carry no small word Russian lacks: "tarsya kvartira
    v dortmund evtina"), and a Bulgarian word is read with the ъ its "a" or "u" stands for."""
    if _NON_LATIN.search(text):
        return None
    lowered = text.casefold()
    words = [m.group(0) for m in _WORD.finditer(lowered)]
    if not any(any(c.isalpha() for c in w) for w in words):
        return None
    slavic, by_language = _slavic_scores(words, lowered)
    arabic = _arabic_script_scores(words, lowered)
    candidates = {"slavic": slavic, **arabic}
    best = max(candidates, key=lambda c: candidates[c])
    score = candidates[best]
    if score < MIN_EVIDENCE - 1:
        return None
    latin = max(langdetect.latin_scores(text).values())
    # Clear evidence ahead of the Latin-script languages', or a short question's one telling
    # word well ahead of theirs.
    if not (score >= MIN_EVIDENCE and score > latin) and not (
        score >= MIN_EVIDENCE - 1 and score >= latin + 2
    ):
        return None
    if best != "slavic":
        return Romanized(best, _searched_as(words, best))
    chosen: dict[str, dict[str, str]] = {code: {} for code in ("bg", "ru", "uk")}
    if slavic_term is not None:
        chosen = _catalog_readings(words, slavic_term)
    language = max(
        ("bg", "ru", "uk"), key=lambda c: (by_language[c] + 1.5 * len(chosen[c]), c == "ru")
    )
    return _in_cyrillic(words, language, chosen[language], known)


def _catalog_readings(
    words: list[str], slavic_term: Callable[[str, str], bool]
) -> dict[str, dict[str, str]]:
    """For each of bg, ru, uk: the question's words (three letters or more) whose Cyrillic
    reading the city's texts of that language hold, with that reading."""
    chosen: dict[str, dict[str, str]] = {}
    for code in ("bg", "ru", "uk"):
        found: dict[str, str] = {}
        for word in words:
            if len(word) > 2 and word.isalpha():
                readings = _cyrillic_readings(word, code)
                reading = next((r for r in readings if slavic_term(r, code)), None)
                if reading is not None:
                    found[word] = reading
        chosen[code] = found
    return chosen


def _in_cyrillic(
    words: list[str],
    language: str,
    chosen: dict[str, str],
    known: Callable[[str], bool] | None,
) -> Romanized:
    """The question in Cyrillic: each word as the catalog holds it (`chosen`), a German or
    English index word (five letters or more) and a number as typed, else by the table."""
    kept = known or (lambda _w: False)
    cyrillic = " ".join(
        w
        if (len(w) >= 5 and kept(w)) or w.isdigit()
        else chosen.get(w) or _cyrillic_word(w, language)
        for w in words
    )
    return Romanized(language, cyrillic)
