"""Catalog texts as sentences: split as written, analysed once per text and language, with the
compound tails and shortened stems a question word may match.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lotse.ask.analysis import analyze
from lotse.ask.answers.kinds import reads_persian, stated_quantities, units_in
from lotse.ask.answers.qualifiers import held_qualifiers

# Cue words of "how long is it valid": a sentence holding one answers the question better.
# Not inside "invalid", "inválido", "инвалид" (disabled): a disability text is no validity cue.
_VALIDITY_CUE = re.compile(
    r"(?<!in)valid|gültig|gilt|only .* (?:months|years)|valable|(?<!in)válid|geçerli|ważn|"
    r"valabil|действ|дійсн|(?<!ин)валид|صالح|معتبر|اعتبار|drive|fahren|months|monate|mois|meses|ay\b|miesięcy|"
    r"luni|месяц|місяц|месеца|أشهر|ماه|有効|か月|ヶ月|年間|"
    # granted or issued for a period ("The permit is first granted for a maximum of three
    # years", "Сначала разрешение выдают не более чем на три года", "ساريًا لمدة")
    r"(?:granted|issued) for|erteilt für|ausgestellt für|délivrée? pour|accordée? pour|"
    r"se (?:concede|expide) por|wydawan\w* na|eliberat\w* pentru|"
    r"выда[её]т\w*(?: \S+){0,4} на|выдают(?: \S+){0,4} на|вида[єю]т\w*(?: \S+){0,4} на|"
    r"ساري|سارية|يُمنح لمدة|يمنح لمدة",
)
_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """Whether a text holds a figure (an amount, a count, a clock time)."""
    return _DIGIT.search(text) is not None


# A line of a list of variants with their amounts: a qualifier, a colon, a figure
# ("Verlängerung um bis zu drei Monate: 96 Euro.", "Viza la ambasadă: 75 de euro.").
_VARIANT_LINE = re.compile(r"^([^:\n]{3,100}):\s*[^\n]{0,20}\d")
# A full stop after a one- or two-digit number is a German ordinal ("bis zum 31. Juli", "ab
# dem 1. Januar"), not a sentence end: the date stays with its sentence.
_SENTENCE = re.compile(
    r"(?<=[.!?؟।])(?<!\b\d\.)(?<!\b\d\d\.)\s+(?=[^\s\d])|(?<=[。！？])\s*(?=\S)|\n+|"
    # an amount's currency ends its sentence though a figure begins the next (fee17: "Katkı
    # payı: ders saati başına 2,29 Euro. 700 saatlik genel bir kurs … 1.603 Euro tutar." was one
    # sentence, so the price per lesson and the whole course's were one answer); no
    # abbreviation is a currency
    r"(?:(?<=\beuro\.)|(?<=\beuros\.)|(?<=\bEuro\.)|(?<=\bEUR\.)|(?<=\bевро\.)|(?<=\bєвро\.)|"
    r"(?<=يورو\.)|(?<=یورو\.)|(?<=€\.))\s+(?=\d)"
)
# The full stop of an abbreviation that never ends a sentence, so the sentence goes on after it
# whatever follows: "Urząd ds. Migracji", "np. Muzeum", "m.in. Verbraucherzentrale", "tzw.",
# "(zob. sygnatura", "z. B.", "bzw. NRW", "ggf. Legalisation", "d. h.", "u. a.", "sog.", "ca.",
# "e.g.", "i.e.", "approx.", "p. ex.", "env.", "p. ej.", "aprox.", "(bkz. dosya", "örn.",
# "т.нар.", "т. е.", "напр.", "вж.", "(див. номер" (the abbreviations the catalog texts of the 12
# languages write inside a sentence; none is a word that ends one). Read at the end of the text
# before a split, case as written.
_NEVER_END = re.compile(
    r"(?<![\w.'’-])(?:ds|np|m\.\s?in|tzw|zob|ok|z\.\s?B|bzw|ggf|d\.\s?h|u\.\s?a|sog|ca|vgl|inkl|"
    r"evtl|bspw|e\.\s?g|i\.\s?e|approx|incl|p\.\s?ex|env|cf|p\.\s?ej|aprox|bkz|örn|т\.\s?нар|"
    r"т\.\s?зв|т\.\s?н|т\.\s?е|т|напр|вж|див)\.$"
)
# The full stop of an abbreviation that may end a sentence, which then goes on only with a
# lowercase word, a bracket, a quotation mark or a dash: the year after a date ("От 1 януари
# 2027 г. тя се повишава на 14,60 евро." was cut to "От 1 януари 2027 г.", the amount lost;
# Polish "r.", Ukrainian "р."),
# a clock hour ("до 7 ч. сутринта", "7 a.m. on collection day", "godz."), a registered
# association ("e.V. seine Mitglieder", "e.V. („Жени помагат"), a Roman ordinal ("belgesi II.
# kısım"), "и т. п.", "и т. д.", "и др.", "itd.", "itp.", "vb.", "usw.", "etc.", "(см. номер",
# "куб. см", a street or number ("Str.", "ul.", "вул.", "ул.", "Nr.", "nr.").
_MAY_END = re.compile(
    r"(?:(?<=\d)\s?(?:г|r|р|ч|h|godz|Uhr)|(?<![\w.'’-])(?:e\.\s?V|a\.\s?m|p\.\s?m|I|II|III|IV|п|д|др|"
    r"itd|itp|vb|usw|etc|см|куб|Str|str|ul|вул|ул|Nr|nr|No))\.$"
)
# A piece that is only a date ending in the year's abbreviation: a word, a day, a month, the year
# ("През март 2026 г. Бундестагът реши …", "Od 1 marca 2028 r. Urząd …"): no sentence, so it
# keeps what follows whatever its case (a date alone must never be an answer).
_DATE_ONLY = re.compile(r"^\S+(?:\s+\d{1,2}\.?)?(?:\s+\S+)?\s+\d{4}\s?(?:г|r|р|год|rok)\.$")
# The first letter of a two-letter abbreviation written apart ("z. B.", "d. h.", "u. a.", "p.
# ex.", "p. ej.", "m. in.", "e. g.", "i. e.", "windo e. V., der Verbund …"): its full stop is
# no sentence end when the second half follows (`_SECOND_HALF`, the pairs as written).
_FIRST_HALF = re.compile(r"(?<![\w.'’-])([zdupmei])\.$")
_SECOND_HALF = {
    "z": ("B.",),
    "d": ("h.",),
    "u": ("a.",),
    "p": ("ex.", "ej."),
    "m": ("in.",),
    "e": ("g.", "V."),
    "i": ("e.",),
}


def _goes_on(before: str, after: str) -> bool:
    """Whether a full stop at the end of `before` is an abbreviation's, inside the sentence that
    `after` continues (`_NEVER_END`, `_MAY_END`), not a sentence end."""
    if _NEVER_END.search(before) or _DATE_ONLY.match(before):
        return True
    first = _FIRST_HALF.search(before)
    if first and after.startswith(_SECOND_HALF[first.group(1)]):
        return True
    return bool(_MAY_END.search(before)) and (after[:1].islower() or after[:1] in '(«„"“–')


def _split(text: str) -> list[str]:
    """`text` cut at `_SENTENCE`, except after an abbreviation inside a sentence (`_goes_on`);
    a line break always cuts."""
    pieces: list[str] = []
    start = 0
    for cut in _SENTENCE.finditer(text):
        if "\n" not in cut.group() and _goes_on(text[start : cut.start()], text[cut.end() :]):
            continue
        pieces.append(text[start : cut.start()])
        start = cut.end()
    pieces.append(text[start:])
    return pieces


@dataclass
class Sentence:
    text: str
    terms: frozenset[str]
    has_digit: bool
    validity: bool
    # German: the compound tails of its words (`_tails`)
    tails: frozenset[str] = frozenset()
    # its terms without their last letters (`_cuts`): another form of one of its words
    cuts: frozenset[str] = frozenset()
    # the units of time it names (`kinds.units_in`: "day", "week", ...)
    units: frozenset[str] = frozenset()
    # the quantities it states (`kinds.stated_quantities`: "age", "percent")
    quantities: frozenset[str] = frozenset()
    # a line of a list of variants ("qualifier: amount"): the terms of its qualifier
    qualifier: frozenset[str] = frozenset()
    # the variants it speaks of (`qualifiers.held_qualifiers`: "in-training", "voluntary", ...)
    variants: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=65536)
def _terms(text: str, language: str) -> tuple[str, ...]:
    """`analyze` of a catalog text, remembered: cities share most names, synonyms and
    sentences (the federal and state layers), so a second city's tables cost lookups, not
    analysis. Bounded; catalog texts only (never a question)."""
    return tuple(analyze(text, language))


def split_sentences(text: str) -> list[str]:
    """Sentences and list items of a text module, exactly as written (bullets dropped). A
    sentence that ends in a colon introduces what follows ("… die eine dieser Leistungen
    beziehen:" and the line of benefits, or its list items): alone it answers nothing, so it
    keeps the next line, or all the list items that follow it."""
    parts: list[str] = []
    open_colon = False  # the last part ends in a colon: what follows joins it
    joined_items = False  # list items are joining it
    for piece in _split(text):
        piece = piece.strip()
        item = piece.startswith(("- ", "• ", "– "))
        if item:
            piece = piece[2:].strip()
        if not piece:
            continue
        if open_colon and (item or not joined_items):
            parts[-1] = f"{parts[-1]}\n{piece}"
            joined_items = item
            open_colon = item
            continue
        parts.append(piece)
        open_colon = piece.endswith(":")
        joined_items = False
    return parts


@dataclass(frozen=True)
class Words:
    """A sentence's words only: what a question's words are looked up in, without the type
    features of a `Sentence` (units, quantities, variants), which cost three times as much to
    read and which a question of no type does not need (`sentences.told_fact`)."""

    text: str
    terms: frozenset[str]
    tails: frozenset[str] = frozenset()
    cuts: frozenset[str] = frozenset()


def _words(text: str, language: str) -> Words:
    terms = frozenset(_terms(text, language))
    return Words(
        text=text,
        terms=terms,
        tails=_tails(terms) if language in COMPOUND_LANGUAGES else frozenset(),
        cuts=frozenset(cut for term in terms for cut in _cuts(term)),
    )


def _sentence(text: str, language: str) -> Sentence:
    return _ReadSentence(text, language)


class _ReadSentence(Sentence):
    """A catalog sentence as `_sentence` reads it: its words at once, its type features (the
    validity cue, units, quantities, qualifier, variants: some forty patterns, three quarters
    of the cost of reading a sentence) each when a question first looks at it, then kept.
    A module's sentences are read when a question first needs them, and most questions look at
    few of the features (a question that asks no quantity never reads `quantities`): the same
    values as reading them all at once, for less. Equal to a `Sentence` of the same values."""

    def __init__(self, text: str, language: str) -> None:
        words = _words(text, language)
        self.text = text
        self.terms = words.terms
        self.tails = words.tails
        self.cuts = words.cuts
        self.has_digit = has_digit(text)
        self.language = language

    # Most sentences state no unit, quantity, qualifier or variant: an empty feature is the one
    # shared empty set (`_NONE`), not an object of its own (≈ 200 bytes each, five a sentence).
    @functools.cached_property
    def validity(self) -> bool:  # type: ignore[override]
        return bool(_VALIDITY_CUE.search(self.text.casefold()))

    @functools.cached_property
    def units(self) -> frozenset[str]:  # type: ignore[override]
        return units_in(self.text.casefold(), reads_persian(self.text, self.language)) or _NONE

    @functools.cached_property
    def quantities(self) -> frozenset[str]:  # type: ignore[override]
        return stated_quantities(self.text.casefold()) or _NONE

    @functools.cached_property
    def qualifier(self) -> frozenset[str]:  # type: ignore[override]
        return _qualifier(self.text, self.language) or _NONE

    @functools.cached_property
    def variants(self) -> frozenset[str]:  # type: ignore[override]
        return held_qualifiers(self.text) or _NONE

    def read_features(self) -> None:
        """Reads every type feature now (`answers.warm`), so no question pays their first
        reading: about 0.3-0.6 ms a sentence, most of it `stated_quantities`' patterns."""
        for name in _FEATURES:
            getattr(self, name)


_NONE: frozenset[str] = frozenset()
# The type features of a `_ReadSentence`, each read on first need (or by `read_features`).
_FEATURES = ("validity", "units", "quantities", "qualifier", "variants")


def _qualifier(text: str, language: str) -> frozenset[str]:
    variant = _VARIANT_LINE.match(text)
    return frozenset(_terms(variant.group(1), language)) if variant else frozenset()


# A question word of at least this many letters also matches a German sentence word that ends
# with it, at least three letters longer: a compound ("Stunde" in "Unterrichtsstunde",
# "Gebühr" in "Verwaltungsgebühr"). The tails are built with the sentence, once.
COMPOUND_TAIL_MIN = 4
COMPOUND_LANGUAGES = frozenset({"de"})


def _tails(terms: frozenset[str]) -> frozenset[str]:
    return frozenset(
        term[i:] for term in terms for i in range(3, len(term) - COMPOUND_TAIL_MIN + 1)
    )


# Two stems are one word when one is the other plus at most STEM_EXTRA letters and the shorter
# has at least STEM_MIN: the stemmers leave some forms of a word apart ("година" -> "годи",
# "годину" -> "годин"; Farsi "بیشتر" (more) and "بیش"), and the sentence that holds the asked
# form of the word must not lose to a neighbour that only shares a filler.
STEM_MIN = 3
STEM_EXTRA = 2


@functools.lru_cache(maxsize=4096)
def _cuts(term: str) -> frozenset[str]:
    """The term without its last 1 .. STEM_EXTRA letters, each at least STEM_MIN long."""
    return frozenset(term[:-k] for k in range(1, STEM_EXTRA + 1) if len(term) - k >= STEM_MIN)
