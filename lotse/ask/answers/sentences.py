"""The fact that answers a question: an office's address, hours or phone, or the sentence (or
list) of a service's module that the question's content words pick.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import replace

from django.utils.dates import WEEKDAYS_ABBR
from django.utils.translation import override

from lotse.ask.analysis import analyze, tokens
from lotse.ask.answers._text import Sentence, Words, _cuts, _sentence, _terms, has_digit
from lotse.ask.answers.facts import Fact, ServiceFacts, SourceRef, _offices, service_facts
from lotse.ask.answers.kinds import (
    HELPLINE_STEPS,
    MEASURES,
    OFFICE_TYPES,
    PAYING,
    PHONE_NUMBER,
    SERVICE_MODULES,
    applies_to_people,
    asked_count,
    asked_payment,
    asked_period,
    asked_quantity,
    asked_rate,
    asked_units,
    asked_value,
    asks_age_reached,
    asks_amount,
    asks_begin,
    asks_clock_time,
    asks_completed_period,
    asks_date,
    asks_earning,
    asks_expiry,
    asks_fee,
    asks_figure,
    asks_for_how_long,
    asks_from_when,
    asks_how_long,
    asks_income_ceiling,
    asks_lasting,
    asks_means,
    asks_minimum,
    asks_period_held,
    asks_retroactive,
    asks_since,
    asks_time_before,
    asks_time_stated,
    asks_wait_until_allowed,
    asks_waiting,
    asks_when,
    asks_when_paid,
    asks_whole,
    content_words,
    continues_earning,
    counted_hours,
    counted_spans,
    emergency_kinds,
    gives_number,
    numbers_in,
    period_bound,
    states_applying_free,
    states_clock_time,
    states_date,
    states_duration,
    states_lasting,
    states_length,
    states_minimum,
    states_no_longer,
    states_only_upper_bound,
    states_time,
    states_value,
    tells_time,
    tells_value,
    units_far_apart,
    units_in,
    within_bound,
)
from lotse.ask.answers.kinds import MONTH_PATTERN as _MONTH_PATTERN
from lotse.ask.answers.qualifiers import BY_NAME as QUALIFIERS
from lotse.ask.answers.qualifiers import asked_qualifiers, held_qualifiers
from lotse.catalog.models import TextModule
from lotse.catalog.selectors import fallback_order
from lotse.core.models import City


def _source(sources: list[SourceRef], covers: tuple[str, ...]) -> SourceRef | None:
    """The most recently checked source whose `covers` lists one of these fields."""
    matching = [s for s in sources if s.covers & set(covers)]
    return max(matching, key=lambda s: s.checked) if matching else None


def _sourced_module(
    facts: ServiceFacts, module: str, language: str
) -> tuple[SourceRef, str] | None:
    """The source that covers a service's module and the language its text is read in (the
    asker's, else the next of `fallback_order` the module has), or None (no such source or
    text: no answer from it)."""
    source = _source(facts.sources, (module,))
    if source is None:
        return None
    text_language = _text_language(facts, module, language)
    return (source, text_language) if text_language else None


def _text_language(facts: ServiceFacts, module: str, language: str) -> str:
    """The language a service's module is read in: the asker's, else the next of
    `fallback_order` the module has ("" when it has none)."""
    return next((c for c in fallback_order(language) if (module, c) in facts.whole), "")


def _module_fact(key: str, module: str, text: str, language: str, source: SourceRef) -> Fact:
    """A service module's sentence (or list) as an answer, with its source and date."""
    return Fact(
        text=text,
        service=key,
        module=str(module),
        language=language,
        source=source.url,
        checked=source.checked,
    )


def _hours_text(hours: list[tuple[int, dt.time, dt.time]], language: str) -> str:
    """Opening hours as stored, one entry per weekday and interval (weekday names in the
    asker's language from Django's locale data; times as stored)."""
    with override(language):
        return "; ".join(
            f"{WEEKDAYS_ABBR[day]} {opens:%H:%M}–{closes:%H:%M}"
            for day, opens, closes in hours
            if day in WEEKDAYS_ABBR
        )


def office_cards(
    city: City, generation: str, keys: list[str], language: str
) -> list[dict[str, str]]:
    """Name (in the reader's language), address and phone of these offices, in this order."""
    offices, _aliases = _offices(city, generation)
    cards = []
    for key in keys:
        office = offices.get(key)
        if office is None:
            continue
        name_language = next((c for c in fallback_order(language) if c in office.names), "")
        cards.append(
            {
                "key": key,
                "name": office.names.get(name_language, key),
                "address": office.address,
                "phone": office.phone,
            }
        )
    return cards


def office_fact(
    city: City, generation: str, office_key: str, kind: str, language: str, service: str
) -> Fact | None:
    offices, _aliases = _offices(city, generation)
    office = offices.get(office_key)
    if office is None:
        return None
    covers = OFFICE_TYPES[kind]
    source = _source(office.sources, covers)
    if source is None:
        return None
    name_language = next((c for c in fallback_order(language) if c in office.names), "")
    name = office.names.get(name_language, office.key)
    text = ""
    text_language = name_language or language
    if kind == "where" and office.address:
        text = f"{name}: {office.address}"
    elif kind == "phone" and office.phone:
        text = f"{name}: {office.phone}"
    elif kind == "open":
        if office.hours and "opening_hours" in source.covers:
            text = f"{name}: {_hours_text(office.hours, language)}"
        else:
            note_language = next(
                (c for c in fallback_order(language) if c in office.hours_note), ""
            )
            if note_language:
                text = office.hours_note[note_language]
                text_language = note_language
    if not text:
        return None
    return Fact(
        text=text,
        service=service,
        module=covers[0],
        language=text_language,
        source=source.url,
        checked=source.checked,
        office=office.key,
    )


NAMED_NUMBER_WEIGHT = 2.0
# A unit of time the question counts in ("in how many days") picks, among the sentences of a
# time module, the one that counts in it ("within three days") over one that counts months,
# and over one that shares a single other word of the question ("Сколько недель работодатель
# платит зарплату": not "Работодателя сообщайте сразу в первый день").
NAMED_UNIT_WEIGHT = 1.5
TIME_KINDS = frozenset({"deadline", "processing_time", "validity"})
# Modules read after the question type's own ones for a question that asks this quantity: an
# age limit is a condition of who may apply, a rate is a fee or told in the body.
QUANTITY_MODULES: dict[str, tuple[str, ...]] = {
    "age": (TextModule.WHO, TextModule.BODY),
    "percent": (TextModule.FEES, TextModule.BODY),
    "threshold": (TextModule.WHO, TextModule.BODY),
    "maximum": (TextModule.FEES, TextModule.BODY),
    "minimum": (TextModule.FEES, TextModule.BODY),
    "repay": (TextModule.FEES, TextModule.BODY),
    "instalments": (TextModule.FEES, TextModule.BODY),
    # how often: the deadlines ("Die Wahlen finden alle vier Jahre statt"), else the body
    "frequency": (TextModule.DEADLINES, TextModule.BODY),
    # how much one may or must earn: a limit of the body or a condition of who may have it
    # ("Ihr Bruttoeinkommen muss mindestens 600 Euro … betragen")
    "earning": (TextModule.FEES, TextModule.BODY, TextModule.WHO),
    # the money one must have on a blocked account (`kinds.asks_means`): a condition of the
    # permit, never its fee ("… blocked account 11,904 euros a year (992 euros a month)")
    "means": (TextModule.PREREQUISITES, TextModule.WHO, TextModule.BODY),
    # a language level: a condition of who may, or the body
    "level": (TextModule.WHO, TextModule.BODY),
    # a penalty: the body ("… kann eine Sperrzeit von einer Woche verhängen"), the deadlines
    "penalty": (TextModule.BODY, TextModule.DEADLINES),
    # a physical measure (a weight, an engine's capacity, a length, an area): a condition of
    # who may or must, or the body ("große Hunde (ab 20 Kilogramm …)")
    **dict.fromkeys(MEASURES, (TextModule.WHO, TextModule.BODY)),
}
# The quantities a question of no type may ask that a told sentence must state
# (`told_fact`): a language level, how often, a share, a penalty, a physical measure.
TOLD_QUANTITIES = frozenset({"level", "frequency", "percent", "penalty", *MEASURES})
# What one may or must earn is asked in an amount question only ("Wie lange muss ich
# verdienen?" asks a time).
_EARNING_KINDS = frozenset({"money", "cost"})
# An upper limit is read only in an amount question: in a fee question it may bound something
# else than the fee ("… prorrogar el permiso por tres meses como máximo"), and "höchstens drei
# Monate" in a time question is its own type's business.
_MAXIMUM_KINDS = frozenset({"money"})
# A list of variants with their amounts ("bis zu drei Monate: 96 Euro / mehr als drei Monate:
# 93 Euro", "Viza la ambasadă: 75 / Permisul de ședere: 100") answers a fee question with
# the line whose qualifier holds the question's words, the service's own name words too: each
# held term at this weight (it chooses among lines; it does not outweigh a content word), when
# they make at least VARIANT_SHARE of the qualifier ("Permisul de ședere: 100 de euro"), not
# one word of a long sub-case ("Minderjährige Kinder, die mit den Eltern eingebürgert werden
# …: 51 Euro" for "Was kostet die Einbürgerung?").
AMOUNT_KINDS = frozenset({"money", "cost"})
VARIANT_WEIGHT = 0.3
VARIANT_SHARE = 1 / 3
# A lower limit asked with a pay word ("Wie viel muss mir mein Arbeitgeber mindestens pro
# Stunde zahlen?") wants the sentence that states one ("der Mindestlohn"), not a free service.
# (An amount question already wants a figure; there "minimum" mostly names the minimum wage.)
_MINIMUM_KINDS = frozenset({"cost"})
# A sentence that says how far back something is paid ("… wird höchstens drei Monate
# rückwirkend gezahlt") answers a deadline question that does not ask that only when no
# neighbour does: "Dans quel délai faut-il demander …?" wants "Déposez la demande au cours des
# trois premiers mois", which shares as many of its words.
RETROACTIVE_PENALTY = 0.9
# A from-when question ("С какого момента я должен платить …?") prefers the sentence that says
# when something starts ("Обязанность платить начинается с первого числа …") over a neighbour
# that tells what else to do then and shares one word with it ("после въезда"); two shared
# words still outweigh it.
START_WEIGHT = 1.2
# A way of paying (back, in instalments) is asked in a fee or amount question.
_PAYMENT_KINDS = frozenset({"money", "cost"})
# A time question that asks when something is paid ("Când se plătește taxa pe câine?", "кога се
# плаща данъкът за куче", `kinds.asks_when_paid`) prefers, by this weight, a sentence that says
# when one pays ("Обязанность платить начинается …", "O plătiți trimestrial, la 15 februarie
# …"), in the deadlines or else in the fees, to another time limit of the service ("Înregistrați
# câinele în două săptămâni"), which shares no word with it once its pay word is read as a type
# word (or one by chance: "Lunar?" and "ale lunii"). As much as a counted unit of time.
PAID_WEIGHT = NAMED_UNIT_WEIGHT
# From when one has a right ("ab wann hat mein Kind ein Recht auf einen Kitaplatz?", read as
# a who question, `kinds.classify`) asks an age or a point in time: a sentence of who may that
# states neither ("Eltern … mit Kindern bis zum Schulbeginn") does not answer it, one that
# states one does ("Der Rechtsanspruch gilt ab dem ersten Geburtstag").
_FROM_WHEN_STATED = frozenset({"age", "start"})


def _holds(term: str, sentence: Sentence | Words) -> bool:
    return (
        term in sentence.terms
        or term in sentence.tails
        or term in sentence.cuts
        or not sentence.terms.isdisjoint(_cuts(term))
    )


def _overlap(query_terms: set[str], sentence: Sentence) -> int:
    """Question terms the sentence holds, as a word (or another form of it: STEM_EXTRA) or as
    the tail of a compound."""
    return sum(1 for t in query_terms if _holds(t, sentence))


def _names_limited(quantity: str | None, topic_terms: frozenset[str], sentence: Sentence) -> bool:
    """A limit asked ("Яка максимальна застава?") of the thing the service is named after: the
    fees sentence that states the limit of it ("Застава становить щонайбільше три місячні
    орендні плати") speaks of the asked thing though its word is the service's own name word."""
    return quantity in ("maximum", "minimum") and _overlap(set(topic_terms), sentence) > 0


# The asked thing of a question counting years or months may be the service itself: "after how
# many years can I get citizenship" is told by "… after five years of legal residence you can get
# citizenship", "for how many years is the self-employment permit first granted" by "the permit
# is first granted for at most three years". A permit or a stay is counted in months and years,
# and the body states its one such period; hours, days and weeks count parts of the thing (a
# course's 700 hours are not its orientation part's, a week's working hours not the course's),
# so there the question's own words must name the part.
_WHOLE_UNITS = frozenset({"month", "year"})


def _names_asked_thing(
    units: frozenset[str], topic_terms: frozenset[str], sentence: Sentence
) -> bool:
    """Whether a sentence names the service the question counts months or years of."""
    return bool(units) and units <= _WHOLE_UNITS and _overlap(set(topic_terms), sentence) > 0


# The weight of each of the service's name words a threshold sentence holds (`_best_sentence`):
# below a question word's 1, above the position's 0.1.
THRESHOLD_NAMED_WEIGHT = 0.5
# A sentence that goes on from the one before it ("Ab einem GdB von 50 gelten Sie als
# schwerbehindert." "Dann können Sie einen Schwerbehindertenausweis bekommen."): what a
# threshold gives is told there, so the question's words it holds ("з якого ступеня видають
# посвідчення?") choose the threshold before it. A then-word or an in-that-case among its first
# words, 12 languages (casefolded).
_GOES_ON = re.compile(
    r"^(?:\S+\s+){0,3}?(?:then|in that case|dann|in diesem fall|alors|dans ce cas|entonces|"
    r"en ese caso|o zaman|bu durumda|wtedy|w takim przypadku|atunci|în acest caz|тогда|"
    r"в этом случае|тоді|у такому разі|тогава|в такъв случай|عندها|وعندها|عندئذ|وعندئذ|حينها|"
    r"في هذه الحالة|آنگاه|در این صورت)(?!\w)"
)


def _best_sentence(
    sentences: list[Sentence],
    query_terms: set[str],
    kind: str,
    module: str,
    units: frozenset[str] = frozenset(),
    quantity: str | None = None,
    prefer: str | None = None,
    duration: bool = False,
    counted_time: bool = False,
    topic_terms: frozenset[str] = frozenset(),
    named_units: frozenset[str] = frozenset(),
    retroactive: bool = False,
    from_when: bool = False,
    asked_variants: frozenset[str] = frozenset(),
    length: bool = False,
    rate: frozenset[str] = frozenset(),
    language: str = "",
    dated: bool = False,
    paid: bool = False,
    whole: bool = False,
    before: bool = False,
    begins: bool = False,
    period: float | None = None,
    holding: bool = False,
    expiry: bool = False,
    since: bool = False,
    completed: bool = False,
    contrast: bool = False,
    period_held: bool = False,
    amount_of_thing: bool = False,
    emergency: frozenset[str] = frozenset(),
    clock: bool = False,
    unextended: bool = False,
) -> tuple[Sentence | None, float]:
    best: Sentence | None = None
    best_score = -1.0
    passing: list[tuple[int, Sentence, float]] = []  # (position, sentence, score)
    # The variant the question qualifies the fact with (`qualifiers`): a sentence of the
    # contrary variant never answers, nor does a module that states only that one.
    contrary = _contrary(asked_variants)
    # (a class that is not `alone` only keeps its contrary's sentences from answering)
    alone = frozenset(q for q in asked_variants if QUALIFIERS[q].alone)
    if (alone_contrary := _contrary(alone)) and _states_only_contrary(
        sentences, alone, alone_contrary
    ):
        return None, -1.0
    must_hold = _held_somewhere(sentences, asked_variants)
    general_contrary = frozenset(
        c
        for q in asked_variants
        if QUALIFIERS[q].general and (c := QUALIFIERS[q].contrary) is not None
    )
    # the numbers a helpline module gives, when the question names its emergency: with one
    # number there is no other line to mistake it for
    numbers: frozenset[str] = (
        frozenset().union(*(numbers_in(s.text) for s in sentences))
        if kind == "helpline" and emergency
        else frozenset()
    )
    # A fee question that names a period ("ein Jahr verlängern") among lines for periods
    # ("bis zu drei Monate: 96 Euro"): the line of its period, and none when no line has it,
    # rather than the first line of the list.
    other_variants: set[int] = set()
    period_lines: set[int] = set()  # the lines whose bound holds the asked period
    if kind in AMOUNT_KINDS and named_units:
        variants = [i for i, s in enumerate(sentences) if s.qualifier]
        timed = [i for i in variants if sentences[i].units]
        if len(variants) >= 2 and timed:
            other_variants = {i for i in timed if named_units.isdisjoint(sentences[i].units)}
            # Lines that bound the period ("bis zu drei Monate: 96 Euro", "mehr als drei Monate:
            # 93 Euro") and a period asked ("für ein Jahr verlängern"): the line whose bound
            # holds it, though it counts in another unit
            bounds = [period_bound(sentences[i].text.split(":", 1)[0], language) for i in timed]
            if period is not None and all(bounds):
                period_lines = {
                    i
                    for i, bound in zip(timed, bounds, strict=True)
                    if bound is not None and within_bound(period, bound)
                }
                other_variants = set(timed) - period_lines
            if len(other_variants) == len(timed):
                return None, -1.0
    # A "how much" fee question takes, among the module's sentences, those that state an
    # amount (or that nothing is paid) when there are any: "Zgłoszenie jest płatne zgodnie z
    # taryfą opłat NRW" says that one pays, its neighbour "26 euro" how much.
    preferred = prefer is not None and any(prefer in s.quantities for s in sentences)
    # the whole asked ("the whole course"): not the price per lesson or part when a sentence
    # states an amount without one (`kinds.states_per_unit`)
    per_unit = [whole and "per_unit" in s.quantities for s in sentences]
    whole_stated = any(s.has_digit and not per for s, per in zip(sentences, per_unit, strict=True))
    unplaced: list[float] = []  # a threshold sentence's score without its position
    # the question's words (the service's name words too) that choose a line of a list of
    # variants: read only for an amount question
    asked = query_terms | topic_terms if kind in AMOUNT_KINDS else frozenset()
    asked_cuts = frozenset(cut for t in asked for cut in _cuts(t))
    # A fee asked without a word of extending (qualifier21): the line of the extension ("Die
    # Verlängerung eines nationalen Visums kostet 25 Euro") does not tell what the thing costs
    # when another line of the module states an amount ("Die Gebühr … beträgt 75 Euro"); the
    # Persian "ویزای ملی آلمان چقدر هزینه دارد؟" shared "هزینه دارد" with the extension's line.
    first_issue = unextended and any(
        s.has_digit and "extension" not in s.variants for s in sentences
    )
    for position, sentence in enumerate(sentences):
        if preferred and prefer not in sentence.quantities:
            continue
        if position in other_variants:
            continue
        if first_issue and "extension" in sentence.variants:
            continue
        # a period asked that a line's bound holds: a sentence without a figure beside it
        # does not tell that period's price (fee17: "People receiving social benefits may be
        # exempt" shared a word with an extension asked for one year)
        if period_lines and position not in period_lines and not sentence.has_digit:
            continue
        if whole_stated and per_unit[position]:
            continue
        # nor a sentence without a figure (fee17: the exemption's "… can be exempted on
        # request" shared a verb with "کل دوره … چقدر می‌شود؟", the whole course's price),
        # unless the question asks what is free
        if whole and whole_stated and not sentence.has_digit and "free" not in asked_variants:
            continue
        if not contrary.isdisjoint(sentence.variants) and asked_variants.isdisjoint(
            sentence.variants
        ):
            continue
        if not must_hold <= sentence.variants:
            continue
        # the general case asked ("not in training"): a sentence of its contrary never answers,
        # whatever other variant it shares with the question (the age up to which)
        if not general_contrary.isdisjoint(sentence.variants):
            continue
        # A question that asks an age or a percentage is answered only by a sentence that
        # states one: no answer beats a sentence of the right type about something else.
        # (an earned sum may go on from the sentence before: "… beträgt der gesetzliche
        # Mindestlohn 13,90 Euro …" "Ab dem 1. Januar 2027 steigt er auf 14,60 Euro.")
        if (
            quantity is not None
            and quantity not in sentence.quantities
            and not (
                quantity == "earning"
                and position > 0
                and continues_earning(
                    sentence.text.casefold(), sentences[position - 1].text.casefold()
                )
            )
        ):
            continue
        # A figure asked (how many years, weeks, euros): a sentence that says the figure it
        # names no longer exists ("… schon nach drei Jahren … gibt es nicht mehr") does not tell
        # the one in force (`kinds.states_no_longer`).
        if (units or quantity is not None or duration or counted_time) and states_no_longer(
            sentence.text
        ):
            continue
        if duration and "duration" not in sentence.quantities:
            continue
        if counted_time and not (sentence.has_digit or "duration" in sentence.quantities):
            continue
        # When a paper expires (`kinds.asks_expiry`): a period, a date or no end answers ("gilt
        # drei Jahre", "bis 31. Dezember", "unbefristet"), not "Eine Aufenthaltserlaubnis gilt nur für
        # eine bestimmte Zeit" nor "apply while your permit is still valid".
        # (a figure alone is no period: "§ 81 Abs. 4")
        if expiry and not (
            "duration" in sentence.quantities
            or states_date(sentence.text.casefold())
            or _UNLIMITED.search(sentence.text.casefold())
        ):
            continue
        # How many years asked: a calendar year and its year word ("С 27 июня 2024 года
        # действует …", "since 2024") name a point in time, not a count of years; a sentence
        # that, without them and the days of its months, has neither a figure nor a unit of
        # time does not answer.
        if "year" in units and _only_calendar_years(sentence.text):
            continue
        # A how-long time limit that counts no unit of its own ("Wie lange bekomme ich meinen
        # Lohn weiter …?") is answered by a length ("bis zu sechs Wochen") or a figure ("bis zum
        # 31. Juli"), not by a point in time ("Den Arbeitgeber informieren Sie sofort am ersten
        # Tag", which shares "Arbeitgeber" with the question).
        if length and not (sentence.has_digit or states_length(sentence.text.casefold())):
            continue
        # how far in advance asked: a sentence that states no time before something (a time
        # limit after an event: "Про народження треба повідомити протягом одного тижня" to
        # "За скільки часу наперед треба повідомити, що потрібне місце в садочку?")
        if before and "before" not in sentence.quantities:
            continue
        # when something begins asked: a sentence that states no start
        if begins and "start" not in sentence.quantities:
            continue
        # a date asked: a sentence without a figure names none
        if dated and not sentence.has_digit:
            continue
        # a clock time asked ("at what time", "um wie viel Uhr", "قبل أي ساعة"; number12): a
        # sentence that states no time of day ("Put the bin out on collection day") is no answer
        if clock and not states_clock_time(sentence.text):
            continue
        # since when something exists, or from when a rule changes (`kinds.asks_since`): a
        # sentence that names no year and no date ("Der Antrag wirkt auf den ersten Tag des
        # Monats zurück") tells a time limit, not the date
        if since and not (years_in(sentence.text) or states_date(sentence.text)):
            continue
        # a period to have completed (`kinds.asks_completed_period`): a sentence that states a
        # length ("mindestens 12 Monate", "after five years"), not a date ("since 27 June 2024")
        if completed and not states_length(sentence.text.casefold()):
            continue
        # for how long something is had: a time limit to act ("în termen de 90 de zile") is no
        # length held
        if holding and _WITHIN.search(sentence.text.casefold()):
            continue
        # months or years something is granted, paid or received, or one lives here before a
        # right (`kinds.asks_period_held`): a length counted ("für 12 Monate bewilligt", "after
        # five years"), not a time limit to act ("at the latest three months before your job
        # ends", "two months before the end") nor the unit named without a count ("from the
        # first day of the month")
        # the amount of the thing itself asked, no fee ("How much Elterngeld is paid at most?",
        # `kinds.asks_fee`): that applying is free tells the fee of applying, not the amount
        if amount_of_thing and states_applying_free(sentence.text.casefold()):
            continue
        if period_held and (
            not states_length(sentence.text.casefold())
            or _WITHIN.search(sentence.text.casefold())
            or ("before" in sentence.quantities and "retroactive" not in sentence.quantities)
        ):
            continue
        # a time asked: a sentence that says no time at all ("Wer sich zu spät anmeldet, kann
        # ein Bußgeld bekommen") does not tell when; a quantity asked instead (a penalty) is
        # told by its own kind of sentence, timed or not
        if (
            kind == "deadline"
            and quantity is None
            and module != TextModule.FEES
            and not _places_in_time(sentence)
        ):
            continue
        if (
            kind == "who"
            and from_when
            and not sentence.has_digit
            and _FROM_WHEN_STATED.isdisjoint(sentence.quantities)
        ):
            continue
        # hours asked, a year or months told ("Viele Betriebe suchen schon ein Jahr vorher"):
        # the sentence counts something else; in a how-long question too ("كم ساعة بالأسبوع
        # بياخد ابني" is not told "من شهر إلى ثلاثة أشهر")
        if units and _other_scale(units, sentence, language):
            continue
        # "how many days a year": a sentence that names the year too ("140 Tage im Jahr"), not
        # one that counts days from something ("within 90 days of entry")
        if rate and not rate <= (sentence.units | asked_rate(sentence.text)):
            continue
        # ... and counts the counted unit itself: "İzin … bir ila iki yıl geçerlidir" names the
        # year of "yılda kaç gün" but counts no days (a validity, not the days one may work)
        if rate and (units - rate) and (units - rate).isdisjoint(sentence.units):
            continue
        # An amount is a figure: a fees sentence that only says something else is free ("Die
        # Beratung ist kostenlos") does not say how much someone earns or receives; one
        # without a figure answers only when it speaks of the thing asked ("Die Kaution beträgt
        # höchstens drei Monatsmieten").
        overlap = _overlap(query_terms, sentence)
        # a body sentence that states a start answers a when-does-it-begin question when it
        # holds a word of the question beside the service's names
        # (since when, or from when a rule is compulsory: a sentence with a date that names the
        # service, "Seit dem 1. März 2020 gilt das Masernschutzgesetz", to "Seit wann ist die
        # Masernimpfung Pflicht?", whose words are all the service's names)
        if (
            (begins or since)
            and module == TextModule.BODY
            and not (overlap or (since and _overlap(set(topic_terms), sentence)))
        ):
            continue
        # a body sentence answers a question counting time when it counts the asked unit of
        # the asked thing (`_names_asked_thing`); in a validity question, a sentence that says
        # how long it holds (a word of validity) is about the asked thing ("لكم سنة بيعطوني
        # الإقامة؟" to "يكون التصريح في البداية ساريًا لمدة ثلاث سنوات")
        if (
            counted_time
            and module == TextModule.BODY
            and (
                not (
                    overlap
                    or _names_asked_thing(units, topic_terms, sentence)
                    or (kind == "validity" and sentence.validity)
                )
                or units.isdisjoint(sentence.units)
            )
        ):
            continue
        if (
            kind == "money"
            and not sentence.has_digit
            and (
                module != TextModule.FEES
                or not (overlap or _names_limited(quantity, topic_terms, sentence))
            )
        ):
            continue
        # a word of validity that says whom it holds for ("Das gilt für Gewerbetreibende …")
        # tells no period
        if (
            kind == "validity"
            and module == TextModule.BODY
            and (not sentence.validity or applies_to_people(sentence.text))
        ):
            continue
        if kind == "validity" and module == TextModule.DEADLINES and not _tells_holding(sentence):
            continue
        # a helpline question is answered only by a sentence that gives a number to call
        # (or, when the question names its emergency, a short emergency number: "112 is the
        # emergency number for … the fire brigade")
        if kind == "helpline" and not gives_number(sentence.text, short=bool(emergency)):
            continue
        # ... and, among several numbers, only by one whose sentence names the emergency the
        # question names ("there is a fire": 112, not the medical on-call 116117 nor "if you
        # are unsure, call 112"; "I feel very low at night": the crisis line, not 112 nor
        # 116117; `kinds.EMERGENCY_KINDS`): a module that names none gives no number
        if len(numbers) > 1 and emergency.isdisjoint(
            _named_emergencies(sentences, position, module)
        ):
            continue
        score = overlap - 0.1 * position
        # A number the question names (a year, an amount) picks the sentence that holds it,
        # over a neighbour that shares more of its words ("the minimum wage in 2027").
        score += NAMED_NUMBER_WEIGHT * sum(
            1 for t in query_terms if t.isdigit() and t in sentence.terms
        )
        if kind in TIME_KINDS and not units.isdisjoint(sentence.units):
            score += NAMED_UNIT_WEIGHT
        # the asked period picks its line as a counted unit picks its sentence, over a
        # sentence that shares a word with the question ("Wechseln Sie den Aufenthaltszweck
        # …" to "… für zwei Jahre verlängern" in Persian)
        if position in period_lines:
            score += NAMED_UNIT_WEIGHT
        if kind in ("money", "cost") and sentence.has_digit:
            score += 0.5
        if kind in AMOUNT_KINDS and sentence.qualifier:
            held = sum(
                1
                for q in sentence.qualifier
                if q in asked or q in asked_cuts or not _cuts(q).isdisjoint(asked)
            )
            if held >= VARIANT_SHARE * len(sentence.qualifier):
                score += VARIANT_WEIGHT * held
        if kind == "validity" and sentence.validity:
            score += 0.5
        score += sum(QUALIFIERS[q].weight for q in asked_variants & sentence.variants)
        # a from-when question is answered by how far back it counts ("wird rückwirkend ab
        # dem Ersten des Monats gezahlt"): no penalty there
        if (
            kind == "deadline"
            and not (retroactive or from_when)
            and "retroactive" in sentence.quantities
        ):
            score -= RETROACTIVE_PENALTY
        # (from when a rule is compulsory too, in words FROM_WHEN does not read: "از کی …
        # اجباری است؟")
        if (from_when or since) and kind == "deadline" and "start" in sentence.quantities:
            score += START_WEIGHT
        if paid and PAYING.search(sentence.text.casefold()):
            score += PAID_WEIGHT
        # a how-far-back question is answered by the sentence that says how far back it pays
        if retroactive and kind == "deadline" and "retroactive" in sentence.quantities:
            score += START_WEIGHT
        if quantity == "threshold":
            # among thresholds ("ab 20 …", "ab 50 gelten Sie als schwerbehindert"), the one
            # that holds the service's own name words the question uses ("тяжко інвалідом":
            # "Від ступеня 50 ви вважаєтеся особою з тяжкою інвалідністю")
            score += THRESHOLD_NAMED_WEIGHT * _overlap(set(topic_terms), sentence)
            following = sentences[position + 1] if position + 1 < len(sentences) else None
            if following is not None and _GOES_ON.search(following.text.casefold()):
                score += THRESHOLD_NAMED_WEIGHT * _overlap(query_terms | topic_terms, following)
            unplaced.append(score + 0.1 * position)
        passing.append((position, sentence, score))
        if score > best_score:
            best, best_score = sentence, score
    # Two sentences that state a threshold ("ab 20 …", "ab 50 …") and hold the question's words
    # equally: which threshold is asked is not known, and no answer beats the first of them.
    if unplaced and unplaced.count(max(unplaced)) > 1:
        return None, -1.0
    if contrast and best is not None:
        return _contrasted(passing, kind, quantity, language, best, best_score)
    return best, best_score


# The asked variant among a module's sentences (`_contrasted`): when two sentences state the
# same kind of value (two amounts, two periods counted in a common unit, two ages) with
# different figures, and nothing of the question chooses between them (its words, a unit it
# counts, a number or qualifier it names: their scores without the position are equal), the
# question does not say which variant it asks ("Bis zu welchem Alter gibt es Kindergeld?" to
# "… in der Regel bis zum 18. Geburtstag." and "Macht Ihr Kind danach eine Ausbildung, … bis
# zum 25."). A clerk then tells both as the text does: the two sentences together, whole, in
# text order. The first alone (by position) told the general case and dropped the other; no
# answer, or the sentence with the fewest words of its own, lost many right answers (see the
# README).
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")  # a figure as written: "2,29", "1.603", "18"


def _same_value_kind(first: Sentence, second: Sentence, kind: str, quantity: str | None) -> bool:
    """Whether two sentences state the same kind of value: the asked quantity (an age, a
    limit), an amount of money, or a time counted in a unit both name."""
    if quantity is not None:
        return True
    if kind in AMOUNT_KINDS:
        return "amount" in first.quantities and "amount" in second.quantities
    if kind in TIME_KINDS:
        return bool(first.units & second.units)
    return False


# A currency word, as the catalog writes it in the 12 languages ("Euro", "EUR", "євро", "يورو").
_CURRENCY = re.compile(r"^(?:eur|euro|euros|евро|євро|يورو|یورو)$")


def _one_frame(first: Sentence, second: Sentence, language: str) -> bool:
    """Whether two sentences speak of one thing: a word of the first, not a figure, a unit of
    time or a currency, that the second holds too ("nationales Visum" in "… beträgt 75 Euro" and
    in "Die Verlängerung eines nationalen Visums kostet 25 Euro"). Two values of two things
    ("für 12 Monate bewilligt" and "den neuen Antrag zwei Monate vor dem Ende") share none."""
    for word in tokens(first.text):
        folded = word.casefold()
        if has_digit(folded) or _CURRENCY.match(folded) or units_in(folded):
            continue
        if any(_holds(term, second) for term in analyze(word, language) if len(term) > 2):
            return True
    return False


def _figures(text: str) -> frozenset[str]:
    """The figures a text states, as written, Persian and Arabic-Indic digits read as Western."""
    return frozenset(_FIGURE.findall(text.translate(_WESTERN_DIGITS)))


def _contrasted(
    passing: list[tuple[int, Sentence, float]],
    kind: str,
    quantity: str | None,
    language: str,
    best: Sentence,
    best_score: float,
) -> tuple[Sentence, float]:
    """The best sentence, or the two sentences tied for it that state variants of the asked
    value (`_same_value_kind`, other figures) together, in text order."""
    unplaced = [
        (score + 0.1 * position, position, sentence) for position, sentence, score in passing
    ]
    high = max(u for u, _, _ in unplaced)
    tied = sorted((p, s) for u, p, s in unplaced if abs(u - high) < 1e-9)
    if len(tied) != 2 or all(s is not best for _, s in tied):
        return best, best_score
    (_, first), (_, second) = tied
    if not _same_value_kind(first, second, kind, quantity):
        return best, best_score
    first_figures, second_figures = _figures(first.text), _figures(second.text)
    if first_figures == second_figures and (kind in AMOUNT_KINDS or first_figures):
        # the same figures twice state one value; an amount needs its figures ("kostenlos"
        # beside "26 Euro" is no variant of the sum), a time or an age may be counted in words
        # ("drei Monate" beside "drei Tage")
        return best, best_score
    if kind in AMOUNT_KINDS and not (first_figures and second_figures):
        return best, best_score
    if not _one_frame(first, second, language):
        return best, best_score
    joined = Sentence(
        text=f"{first.text} {second.text}",
        terms=first.terms | second.terms,
        has_digit=True,
        validity=first.validity or second.validity,
    )
    return joined, best_score


# Words of a question that say how it is put, not what it asks, and that the analyzer keeps
# (its stop lists miss them): the condition's "if" ("якщо мене звільняють" chose "Якщо між тим
# … — протягом трьох днів" by "якщо", and "мене" by the cut of "менше") and the asker's "me".
# A sentence that holds them states a condition of its own, not the asker's.
_FUNCTION_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("si", "me", "moi"),
    "tr": ("eğer", "beni", "bana", "benim"),
    "pl": ("jeśli", "jeżeli", "gdy", "mnie", "mi"),
    "ro": ("dacă", "mine", "mă", "îmi"),
    "ru": ("если", "меня", "мне"),
    "uk": ("якщо", "мене", "мені"),
    "bg": ("когато", "мене", "ми"),
    "ar": ("عندما",),
}


@functools.lru_cache(maxsize=16)
def _function_stems(language: str) -> frozenset[str]:
    return frozenset(t for w in _FUNCTION_WORDS.get(language, ()) for t in analyze(w, language))


def question_terms(query: str, kind: str, language: str) -> frozenset[str]:
    """The question's terms that choose its sentence: its content words (type words left out)
    in the text's language, without one-letter terms and function words (`_FUNCTION_WORDS`)."""
    terms = {t for t in analyze(content_words(query, kind), language) if len(t) > 1}
    return frozenset(terms - _function_stems(language))


# Persian and Arabic-Indic digits read as the catalog writes them ("۲۰۲۷" is 2027).
_WESTERN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
# A year (1900-2099), and a school or tax year written "2025/26" (both years).
_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?:/(\d\d)(?!\d))?(?![\d.,]\d)")


# A calendar year with the word after it ("2024 года", "2025 r.", "2023 yılında"), and a day
# before a month name or a day and month in figures ("27 июня", "1. Januar", "15.03."): the
# parts of a date, which count nothing.
_YEAR_WORD = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?:/\d\d)?(?![\d.,]\d)\s*\S*")
_DAY_OF_MONTH = re.compile(
    r"\b\d{1,2}\.?\s*(?:de\s+)?(?=" + _MONTH_PATTERN + r")|\b\d{1,2}\.\d{1,2}\."
)


def _only_calendar_years(text: str) -> bool:
    """Whether a sentence names a calendar year and, without its dates (`_YEAR_WORD`,
    `_DAY_OF_MONTH`), has neither a figure nor a unit of time."""
    western = text.translate(_WESTERN_DIGITS).casefold()
    if not _YEAR.search(western):
        return False
    rest = _DAY_OF_MONTH.sub(" ", _YEAR_WORD.sub(" ", western))
    return not has_digit(rest) and not states_duration(rest)


def years_in(text: str) -> frozenset[str]:
    """The years a text names ("ab dem 1. Januar 2027", "2025/26": 2025 and 2026)."""
    years: set[str] = set()
    for m in _YEAR.finditer(text.translate(_WESTERN_DIGITS)):
        years.add(m.group(1))
        if m.group(2):
            years.add(m.group(1)[:2] + m.group(2))
    return frozenset(years)


# How long something holds is told by a period or a date, or by holding without end ("gilt
# unbefristet"); "Beantragen Sie die Verlängerung vor Ablauf" tells none, nor does a holding
# word of another paper ("до истечения срока действия визы": apply before the visa expires).
# A time limit to act ("innerhalb von 90 Tagen", "в рамките на 90 дни", "spätestens zwei
# Wochen vor Ablauf") is a deadline, not how long a permit holds. Casefolded, 12 languages.
_UNLIMITED = re.compile(
    r"unbefristet|unbegrenzt|unlimited|indefinite|permanent|illimit|ind[ée]termin|indefinid|"
    r"ilimitad|süresiz|suresiz|bezterminow|nieograniczon|nelimitat|nedeterminat|бессрочн|"
    r"безстроков|безсрочн|безсрочен|неограничен|необмежен|غير محدود|دائم|نامحدود"
)
_WITHIN = re.compile(
    r"\bwithin\b|innerhalb|dans un d[ée]lai|dans les \d|en un plazo|dentro de|"
    r"(?:gün|hafta|ay|yıl)\w* (?:içinde|icinde|zarfında)|w ci[ąa]gu|w terminie|"
    r"[îi]n termen de|[îi]n decurs de|в течение|в пределах|протягом|упродовж|впродовж|"
    r"в рамките на|в срок от|في غضون|خلال \S+ (?:يوم|أيام|ايام|أسبوع|اسابيع|أسابيع|شهر|أشهر)|"
    r"ظرف|"
    # at the latest
    r"at the latest|no later than|spätestens|au plus tard|a m[áa]s tardar|en geç|en gec|"
    r"najpóźniej|najpozniej|cel târziu|cel tarziu|не позднее|не позже|не пізніше|найпізніше|"
    r"най-късно|كحد أقصى قبل|في موعد أقصاه|حداکثر تا|دیرتر از"
)


# Words that place something in time without a figure or a unit, casefolded, 12 languages:
# during, at any time, as soon as, before / after / until / from, none or no time limit
# ("während der Schwangerschaft", "jederzeit", "sobald", "vor Ablauf", "Keine.", "No hay
# plazo."). A deadlines sentence without them, a figure, a unit or a date ("Wer sich zu spät
# anmeldet, kann ein Bußgeld bekommen", "کسی که دیر ثبت‌نام کند ممکن است جریمه شود") states
# no time and answers no deadline question.
_TIME_WORDS = re.compile(
    r"\bduring\b|\bwhile\b|any ?time|as soon as|\bbefore\b|\bafter\b|\buntil\b|\bfrom\b|\bsince\b|"
    r"\bby the\b|\bnone\b|\bno (?:deadline|time limit)|\bwhen\b|"
    r"während|jederzeit|sobald|\bvor\b|\bnach\b|\bbis\b|\bab\b|\bseit\b|\bkeine?\b|\bwenn\b|"
    r"\bpendant\b|tout moment|d[èe]s que|\bavant\b|\bapr[èe]s\b|jusqu|\bà partir\b|\bdepuis\b|"
    r"\baucun|\blorsque\b|\bquand\b|\bdurante\b|cualquier momento|en cuanto|tan pronto|\bantes\b|"
    r"despu[ée]s|\bhasta\b|\bdesde\b|no hay|ning[úu]n|\bcuando\b|s[ıi]ras[ıi]nda|her zaman|"
    r"\bönce|\bonce\b|sonra|kadar|itibaren|\byok\b|\biken\b|\bw trakcie\b|\bpodczas\b|"
    r"w każdej chwili|gdy tylko|jak tylko|\bprzed\b|\bpo\b|\bdo\b|\bod\b|\bbrak\b|nie ma|\bgdy\b|"
    r"\bkiedy\b|[îi]n timpul|oric[âa]nd|de [îi]ndat[ăa]|imediat ce|[îi]nainte|dup[ăa]|p[âa]n[ăa]|"
    r"\bde la\b|nu exist|\bc[âa]nd\b|во время|в любое время|как только|\bдо\b|\bперед\b|"
    r"\bпосле\b|\bс\b|\bот\b|\bнет\b|\bкогда\b|під час|будь-коли|щойно|як тільки|"
    r"\bпісля\b|\bз\b|\bвід\b|немає|\bколи\b|по време на|по всяко време|\bщом\b|\bпреди\b|"
    r"\bслед\b|няма|\bкогато\b|أثناء|اثناء|خلال|في أي وقت|بمجرد|حالما|فور|قبل|بعد|حتى|"
    r"منذ|ابتداء|اعتبارا|لا يوجد|ليس هناك|عندما|در طول|در دوران|هر زمان|به محض|پیش از|قبل از|"
    r"پس از|بعد از|(?<!\w)تا(?!\w)|(?<!\w)از(?!\w)|ندارد|وقتی|هنگام"
)


def _places_in_time(sentence: Sentence) -> bool:
    """Whether a sentence places something in time: a figure, a unit of time or at once, a
    start, a time before, a frequency, a date, or a word of time (`_TIME_WORDS`)."""
    if sentence.has_digit or sentence.units:
        return True
    if sentence.quantities & {"duration", "start", "before", "retroactive", "frequency"}:
        return True
    text = sentence.text.casefold()
    return states_date(text) or _TIME_WORDS.search(text) is not None


def _tells_holding(sentence: Sentence) -> bool:
    """Whether a deadlines sentence tells how long something holds: a period, a date or no
    end, and no time limit to act."""
    text = sentence.text.casefold()
    if _WITHIN.search(text):
        return False
    return sentence.has_digit or "duration" in sentence.quantities or bool(_UNLIMITED.search(text))


def _names_other_year(years: frozenset[str], text: str) -> bool:
    """Whether a sentence names years and none of the asked ones."""
    stated = years_in(text) if years else frozenset()
    return bool(stated) and stated.isdisjoint(years)


def _other_scale(asked: frozenset[str], sentence: Sentence, language: str) -> bool:
    """Whether a sentence counts time only in units two steps or more from the asked ones
    (`kinds.units_far_apart`). Not read in Bulgarian, whose "година" (a year) is the
    Ukrainian hour: one unit in `kinds.units_in`."""
    if language == "bg" and "hour" in asked | sentence.units:
        return False
    return units_far_apart(asked, sentence.units)


def _contrary(asked_variants: frozenset[str]) -> frozenset[str]:
    return (
        frozenset(c for q in asked_variants if (c := QUALIFIERS[q].contrary) is not None)
        - asked_variants
    )


def _states_only_contrary(
    sentences: list[Sentence], asked_variants: frozenset[str], contrary: frozenset[str]
) -> bool:
    """Whether a module speaks of the contrary variant and never of the asked one."""
    if asked_variants and all(QUALIFIERS[q].general for q in asked_variants):
        # the general case asked ("not in training"): every sentence is of the contrary variant
        return bool(sentences) and all(s.variants & contrary for s in sentences)
    return not any(s.variants & asked_variants for s in sentences) and any(
        s.variants & contrary for s in sentences
    )


def _held_somewhere(sentences: list[Sentence], asked_variants: frozenset[str]) -> frozenset[str]:
    """The asked variants that must be held: those required that a sentence of the module holds."""
    return frozenset(
        q
        for q in asked_variants
        if QUALIFIERS[q].required and any(q in s.variants for s in sentences)
    )


def _asked_variants(
    facts: ServiceFacts, language: str, query: str, kind: str | None = None
) -> frozenset[str]:
    """The question's qualifiers that choose among the service's sentences: not those its
    own name or synonyms hold ("Studium" in every BAföG question; a `name_only` class: its
    name), nor those not read in the question's type (`QualifierClass.kinds`; kind None: every
    class)."""
    asked = frozenset(
        q
        for q in asked_qualifiers(query)
        if kind is None or (kinds := QUALIFIERS[q].kinds) is None or kind in kinds
    )
    if not asked:
        return asked
    named = held_qualifiers(facts.names.get(language, ""))
    held = held_qualifiers(" ".join(facts.naming_texts.get(language, ())))
    return frozenset(
        q for q in asked if q not in named and (QUALIFIERS[q].name_only or q not in held)
    )


@functools.lru_cache(maxsize=256)
def _city_terms(names: tuple[str, ...], language: str) -> frozenset[str]:
    """Terms of the city's names: "in Dortmund" places the question, it does not say which
    sentence answers it ("Die genaue Gebühr in Dortmund ist nicht bestätigt" is no fee)."""
    return frozenset(t for name in names for t in analyze(name, language))


def _city_name_terms(city: City, language: str) -> frozenset[str]:
    """`_city_terms` of a city's slug and its names in every language."""
    return _city_terms(tuple(sorted({city.slug, *dict(city.names).values()})), language)


def service_fact(
    city: City,
    generation: str,
    key: str,
    kind: str,
    language: str,
    query: str,
    *,
    qualified: bool = True,
) -> Fact | None:
    """The sentence (or list) of a service's module that answers a question of this type.
    `qualified=False`: whatever variant the question qualifies the fact with (`qualifiers`),
    i.e. whether the service states a fact of this type at all."""
    facts = service_facts(city, generation, key)
    if facts is None:
        return None
    query = query.translate(_WESTERN_DIGITS)
    if kind == COUNT_KIND:
        return _count_fact(facts, key, language, query)
    candidates: list[tuple[float, Fact]] = []
    # ~70 µs of regex a question: only a time question reads its units
    units = asked_units(query) if kind in TIME_KINDS else frozenset()
    quantity = asked_quantity(query)
    if quantity == "maximum" and kind not in _MAXIMUM_KINDS:
        quantity = None
    if quantity == "minimum" and kind not in _MINIMUM_KINDS:
        quantity = None
    if quantity == "earning" and kind not in _EARNING_KINDS:
        quantity = None
    # By which date a child must turn six (`kinds.asks_age_reached`): the age's cut-off, told
    # by a sentence that states the age ("… for children who turn six by 30 September", in the
    # body or who may), not by the time limit to register ("register by the deadline in the
    # city's letter")
    if quantity is None and kind == "deadline" and asks_age_reached(query):
        quantity = "age"
    # A wage or salary asked in an amount question ("What salary do I need for the Blue Card?",
    # `kinds.asks_earning`), or an earning whose upper limit a fee question does not read
    # ("¿Cuánto se gana en un minijob como máximo?"): told only by a sentence that states a sum
    # earned, not by the permit's fee
    if quantity is None and kind in _EARNING_KINDS and asks_earning(query):
        quantity = "earning"
    # Paying back or in instalments is what such a money question is about ("BAföG'ü geri
    # ödemem gerekiyor mu?"): a sentence about it answers, not "Başvuru ücretsizdir".
    payment = asked_payment(query) if kind in _PAYMENT_KINDS else None
    if payment is not None:
        quantity = payment
    # the money one must have on a blocked account (`kinds.asks_means`), whatever else the
    # question names: told by a sentence that states that sum, not by a fee
    means = kind in AMOUNT_KINDS and asks_means(query)
    if means:
        quantity = "means"
    # A how-long question is answered by a sentence that states a duration (a unit of time,
    # or at once): "Die Karte wird in der Bundesdruckerei hergestellt" and "Die Stadt nennt
    # keine feste Bearbeitungszeit" say no time.
    duration = kind == "processing_time"
    # A deadline or validity question that counts a unit of time ("how many hours a week",
    # "за скільки місяців", "چند ماه") is answered by a sentence that states a duration or a
    # figure (a clock time: "до 7 ч."): "Es gibt meist keine feste Bewerbungsfrist" and
    # "Beantragen Sie die Verlängerung vor Ablauf" give neither.
    counted_time = kind in ("deadline", "validity") and bool(units)
    # (a how-long question's rate too: "how many hours a week does it take" is told per week)
    rate = asked_rate(query) if units else frozenset()
    # "how many days a year": the days are counted, the year is the period they are counted
    # per (`rate`, which `asked_units` already leaves out of the units); a sentence that counts
    # years ("the permit is usually valid for one to two years") counts something else, one
    # that counts days a year answers
    years = years_in(query)
    dated = kind == "deadline" and asks_date(query)
    prefer = "amount" if kind == "cost" and asks_amount(query) else None
    named_units = units_in(query.casefold()) if kind in AMOUNT_KINDS else frozenset()
    # (read on every amount question: the Romanian year "an" is no unit `units_in` reads)
    period = asked_period(query, language) if kind in AMOUNT_KINDS else None
    if period is not None and not named_units and language in ("ro", "fr"):
        # the Romanian or French year "an" ("pentru un an", "d'un an"), which `units_in` leaves
        # to the English article
        named_units = frozenset({"year"})
    retroactive = kind == "deadline" and asks_retroactive(query)
    from_when = kind in ("deadline", "who") and asks_from_when(query)
    paid = kind == "deadline" and asks_when_paid(query)
    whole = kind in AMOUNT_KINDS and asks_whole(query)
    before = kind == "deadline" and asks_time_before(query)
    begins = kind == "deadline" and asks_begin(query)
    length = kind == "deadline" and not units and not from_when and asks_how_long(query)
    holding = kind == "deadline" and asks_for_how_long(query)
    expiry = kind == "validity" and asks_expiry(query)
    # How long one must have worked or lived (`kinds.asks_completed_period`): a condition, told
    # by the body or who may ("… mindestens 12 Monate … gearbeitet haben"), not by a time limit
    # to act ("spätestens drei Monate vor dem Ende", excluded like a length held)
    completed = kind == "deadline" and asks_completed_period(query)
    # since when something exists or from when a rule changes: a year or a date, read in the
    # time limits and then the body ("Seit dem 27. Juni 2024 gilt ein neues …")
    since = kind in ("deadline", "validity") and asks_since(query)
    # months or years something is granted or paid, or one lives here before a right: a length
    period_held = (
        kind in ("deadline", "validity") and asks_period_held(query) and not asks_retroactive(query)
    )
    # a how-much question with no word of a fee, paying or applying asks the amount of the
    # thing, which "Applying is free of charge" does not tell
    amount_of_thing = kind in AMOUNT_KINDS and not asks_fee(query)
    # the emergency a helpline question names, and a clock time asked in a deadline question
    emergency = emergency_kinds(query, asked=True) if kind == "helpline" else frozenset()
    clock = kind == "deadline" and asks_clock_time(query)
    # up to what income: a lower limit ("at least 600 euros") does not tell it
    ceiling = quantity == "earning" and asks_income_ceiling(query)
    # the least income asked ("the minimum income for the child supplement"): the most one
    # gets ("up to 297 euros per child") does not tell it
    floor = quantity == "earning" and not ceiling and asks_minimum(query)
    # a fee asked with no word of extending or renewing (`_best_sentence`)
    unextended = kind == "cost" and "extension" not in asked_qualifiers(query)
    modules = SERVICE_MODULES[kind]
    if paid:
        # when something is paid may stand with its amount ("O plătiți trimestrial, la 15 …")
        modules = (*modules, TextModule.FEES)
    if kind == "processing_time" and asks_wait_until_allowed(query):
        # a wait before one may act: after the processing time, a waiting period of the
        # deadlines ("Якщо лист не прийшов, через три місяці можна запросити номер")
        modules = (*modules, TextModule.DEADLINES)
    elif (
        kind == "processing_time"
        and asks_waiting(query)
        and _sourced_module(facts, TextModule.PROCESSING_TIME, language) is None
    ):
        # waiting for something of a service that states no processing time: the deadlines'
        # wait before one may ask again ("If no letter has arrived after three months, you can
        # request the number"; body15)
        modules = (*modules, TextModule.DEADLINES)
    # the time counted may be one allowed rather than a time limit, told in the body ("bis zu
    # … ganze Tage im Jahr"): a body sentence that counts the asked unit answers when no
    # deadlines sentence counts it ("spätestens zwei Wochen vor Ablauf" to a days-a-year
    # question)
    unit_answered = False
    # When something begins ("when does school start", `kinds.asks_begin`) is often told in the
    # body ("compulsory schooling starts on 1 August …"), not among the deadlines to register:
    # a body sentence that states a start and holds a word of the question answers when no
    # deadlines sentence states one.
    body_fallback = (
        (counted_time or begins) and kind == "deadline" and TextModule.BODY not in modules
    )
    if body_fallback:
        modules = (*modules, TextModule.BODY)
    if completed:
        # the body only: the deadlines are time limits to act ("spätestens drei Monate vor dem
        # Ende", "frühestens 24 Kalendermonate nach …"), never a period to have completed
        modules = (TextModule.BODY,)
    if since:
        modules = tuple(dict.fromkeys((*modules, TextModule.BODY)))
    # what a helpline number is for, named (the pharmacy, an appointment): the steps too, read
    # only when the body gives no sentence for it (`kinds.HELPLINE_STEPS`)
    steps_fallback = kind == "helpline" and not emergency.isdisjoint(STEPS_PURPOSES)
    if steps_fallback:
        modules = (*modules, *HELPLINE_STEPS)
    if quantity is not None:
        # the sentence that states the asked quantity may stand in another module ("ab dem
        # ersten Geburtstag" among who may have a place, "bis 25" in the body)
        modules = tuple(dict.fromkeys((*modules, *QUANTITY_MODULES[quantity])))
    if means:
        # (the fees state what one pays, never the sum one must have)
        modules = QUANTITY_MODULES["means"]
    for rank, module in enumerate(modules):
        if body_fallback and module == TextModule.BODY and unit_answered:
            continue
        if steps_fallback and module in HELPLINE_STEPS and candidates:
            continue
        sourced = _sourced_module(facts, module, language)
        if sourced is None:
            continue
        source, text_language = sourced
        sentences = facts.sentences(module, text_language)
        query_terms = set(question_terms(query, kind, text_language))
        topic = facts.topic(text_language)
        topic_terms = frozenset(query_terms & topic)
        query_terms -= topic
        query_terms -= _city_name_terms(city, text_language)
        asked_variants = (
            _asked_variants(facts, text_language, query, kind) if qualified else frozenset()
        )
        if module == TextModule.DOCUMENTS:
            text = facts.whole[(module, text_language)]
            score = 1.0
        else:
            if ceiling:
                sentences = [s for s in sentences if not states_minimum(s.text)]
            if floor:
                sentences = [s for s in sentences if not states_only_upper_bound(s.text)]
            sentence, score = _best_sentence(
                sentences,
                query_terms,
                kind,
                module,
                units,
                quantity,
                prefer,
                duration,
                counted_time,
                topic_terms,
                named_units,
                retroactive,
                from_when,
                asked_variants,
                length,
                rate,
                text_language,
                dated,
                paid,
                whole,
                before,
                begins,
                period,
                holding,
                expiry,
                since,
                completed,
                contrast=qualified,
                period_held=period_held,
                amount_of_thing=amount_of_thing,
                emergency=emergency,
                clock=clock,
                unextended=unextended,
            )
            if sentence is None:
                continue
            # The asker names 2027, the best sentence tells the rule of 2026 (a sentence that
            # names the asked year would have won, `NAMED_NUMBER_WEIGHT`): the service does
            # not tell the asked year's fact, and a weaker sentence of it is no answer either.
            if _names_other_year(years, sentence.text):
                return None
            text = _with_named_purpose(sentences, sentence, module, emergency)
            unit_answered = unit_answered or begins or not units.isdisjoint(sentence.units)
        candidates.append(
            (score - 0.3 * rank, _module_fact(key, module, text, text_language, source))
        )
    if not candidates:
        return None
    return max(candidates, key=lambda c: c[0])[1]


# What a helpline number is for, read in the steps when the body names it with no number
# (number17): the emergency pharmacy and an appointment booked by phone.
STEPS_PURPOSES = frozenset({"pharmacy", "appointment"})


def _named_emergencies(sentences: list[Sentence], position: int, module: str) -> frozenset[str]:
    """What a sentence's number is for (`kinds.emergency_kinds`): what it names, or in a step
    that names nothing, what the sentence before it names: a step is one instruction split in
    sentences ("Finding an emergency pharmacy: every pharmacy has a notice … You can also search
    at www.aponet.de or call 0800 00 22833 …")."""
    own = emergency_kinds(sentences[position].text)
    if own or module not in HELPLINE_STEPS or position == 0:
        return own
    return emergency_kinds(sentences[position - 1].text)


def _with_named_purpose(
    sentences: list[Sentence], sentence: Sentence, module: str, emergency: frozenset[str]
) -> str:
    """The answer's text: the sentence, and in a step whose purpose the sentence before it
    names (`_named_emergencies`), both, in text order (an exact passage of the step)."""
    if not emergency or module not in HELPLINE_STEPS:
        return sentence.text
    position = next((i for i, s in enumerate(sentences) if s is sentence), 0)
    if position == 0 or not emergency.isdisjoint(emergency_kinds(sentence.text)):
        return sentence.text
    return f"{sentences[position - 1].text} {sentence.text}"


# A count question ("how many lessons has the course", `kinds.asked_count`) is answered from the
# service's body or who-may text by the one sentence that puts a number before the counted
# noun ("Der Kurs umfasst 700 Unterrichtsstunden"); two such sentences compete, and no answer
# beats guessing between them.
COUNT_KIND = "count"
# The types a bare how-much word gives ("Скільки уроків …" reads as a fee question): a counted
# noun makes them a count question.
COUNT_OVERRIDES = frozenset({None, "cost", "money"})
# the body, the who-may text and the papers' items ("proof of a first-aid course (at least 9
# lessons)": the item that counts the asked noun, not the whole list)
COUNT_MODULES = (TextModule.BODY, TextModule.WHO, TextModule.DOCUMENTS)
# A figure of the city told only in the short text ("Dortmund hat mehr als 30 Museen", "über
# 500 Sportvereine"): the summary is read when none of `COUNT_MODULES` counts the noun (the
# body's own count, when there is one, is the fuller sentence).
COUNT_SUMMARY = TextModule.SUMMARY


def states_count(
    sentence: str, language: str, counted: frozenset[str], through_units: bool = True
) -> bool:
    """Whether a sentence puts a number before a word of the counted noun (another form of it,
    or a German compound ending in it); `through_units=False`: with no unit of time beside the
    number."""
    spans = [
        _sentence(span, language) for span in counted_spans(sentence.casefold(), through_units)
    ]
    if any(_holds(term, span) for span in spans for term in counted):
        return True
    if language not in _BROKEN_PLURALS:
        return False
    # Arabic (and the Arabic words of Persian) counts with a singular after "how many" ("كم
    # طفل") and a broken plural after a number ("تسعة أطفال"): one noun when their root
    # letters are the same
    roots = {r for term in counted if len(r := _root_letters(term)) >= 3}
    return any(_root_letters(t) in roots for span in spans for t in span.terms)


# Languages whose nouns have broken plurals: a singular and its plural share the root's
# letters only (طفل / أطفال, درس / دروس, مدرسة / مدارس).
_BROKEN_PLURALS = frozenset({"ar", "fa"})
# the long vowels, the hamza's seats and the article: what a broken plural adds to the root
_NOT_ROOT = re.compile(r"[اويىءئؤآأإ]")


def _root_letters(term: str) -> str:
    """An Arabic term's letters without its article, its feminine ending (folded to ه) and its
    long vowels and hamza seats: the root a singular and its broken plural share."""
    if term.startswith("ال") and len(term) > 4:
        term = term[2:]
    if term.endswith("ه"):
        term = term[:-1]
    return _NOT_ROOT.sub("", term)


# Nouns counted alike: a question counts "Mitarbeiter", "kids", "служители", the sentence
# "Beschäftigte", "children", "работници" (12 languages). A counted noun of a class also counts
# the other words of its class.
COUNTED_ALIKE: tuple[tuple[str, str], ...] = (
    (
        "employees",
        "mitarbeiter mitarbeitern mitarbeitende beschäftigte beschäftigten arbeitnehmer "
        "arbeitnehmern angestellte angestellten employees employee workers staff "
        "salariés employés travailleurs empleados trabajadores çalışan çalışanı işçi personel "
        "pracowników pracownicy zatrudnionych angajați angajati salariați lucrători "
        "сотрудников сотрудники работников работники працівників працівники співробітників "
        "служители служителите работници работниците موظف موظفين موظفا عمال عامل "
        "کارمند کارمندان کارگر کارگران",
    ),
    (
        "children",
        "kinder kindern kids kid children child enfants enfant gamins niños niñas hijos "
        "çocuk çocuklar dzieci dzieciaków copii copiii copilași детей дети ребёнка ребенка "
        "дітей діти дитини деца децата أطفال اطفال ولاد بچه بچه‌ها کودک کودکان",
    ),
    (
        # the members of a body: a question counts the persons or people who sit on it ("How
        # many people sit on the integration council?", "Aus wie vielen Personen besteht …?",
        # "От колко души се състои …?"), the sentence its members ("hat 27 Mitglieder";
        # none24)
        "members",
        "members member people persons mitglieder mitgliedern personen leute membres "
        "personnes miembros personas üye üyesi üyeden kişi kişiden członków członkowie osób "
        "osoby membri membrii persoane членов члены человек людей членів члени осіб людей "
        "членове члена души أعضاء عضو عضوا عضوًا أشخاص شخص عضو اعضا اعضای نفر",
    ),
    (
        # daycares: a question counts "روضة", "Kindergärten", "crèches", the sentence "حضانات",
        # "Kitas", "structures d'accueil"
        "daycares",
        "kita kitas kindergarten kindergärten kindertagesstätte kindertagesstätten daycare "
        "daycares nursery nurseries crèche crèches garderie garderies guardería guarderías "
        "kreş kreşler anaokulu anaokulları przedszkole przedszkola przedszkoli żłobek żłobki "
        "grădiniță grădinițe gradinita gradinite садик садика садиков садок садки садочок "
        "садочки градина градини روضة روضات حضانة حضانات مهدکودک مهدکودک‌ها",
    ),
)


# Units a count question may count, each language's words of its own (the Ukrainian hour
# "година" is the Bulgarian year): the hours and lessons of a course, counted alike (a question
# counts "hours", the text "700 Unterrichtsstunden", "700 حصة دراسية", "9 Unterrichtseinheiten",
# "400 bis 500 Unterrichtsstunden"), and the digits of a number ("11 Ziffern", "11 haneli", "11
# رقمًا"). A question that counts such a unit is answered only by a sentence that counts it
# (`counts_a_unit`): no fee sentence stands in for it.
COUNTED_UNITS: dict[str, tuple[str, str]] = {
    "de": (
        "stunde stunden unterrichtsstunde unterrichtsstunden unterrichtseinheit "
        "unterrichtseinheiten lektion lektionen",
        "ziffer ziffern stellen stellig",
    ),
    # ("700 teaching units", "at least 9 lessons")
    "en": ("hour hours lesson lessons unit units", "digit digits"),
    "fr": ("heure heures leçon leçons unité unités", "chiffre chiffres"),
    "es": (
        "hora horas clase clases lección lecciones sesión sesiones unidad unidades",
        "dígito dígitos cifra cifras",
    ),
    "tr": ("saat saati saatlik ders dersi dersler", "hane haneli rakam rakamlı"),
    "pl": (
        "godzina godzin godziny lekcja lekcji lekcje zajęcia zajęć jednostka jednostek jednostki",
        "cyfra cyfry cyfr",
    ),
    "ro": ("oră ore ora lecție lecții unitate unități", "cifră cifre"),
    "ru": ("час часа часов урок урока уроков занятие занятия занятий", "цифра цифры цифр"),
    "uk": ("година години годин урок уроки уроків заняття занять", "цифра цифри цифр"),
    "bg": ("час часа часове урок урока уроци занятие занятия", "цифра цифри"),
    "ar": ("ساعة ساعات حصة حصص درس دروس", "رقم أرقام رقما رقمًا خانة خانات"),
    "fa": ("ساعت ساعته جلسه جلسات درس", "رقم رقمی ارقام"),
}


@functools.lru_cache(maxsize=256)
def _alike_terms(language: str) -> tuple[frozenset[str], ...]:
    return tuple(
        frozenset(t for t in analyze(words, language) if len(t) > 1)
        for words in (*(w for _n, w in COUNTED_ALIKE), *COUNTED_UNITS.get(language, ()))
    )


@functools.lru_cache(maxsize=256)
def _unit_terms(language: str, lessons: bool = False) -> frozenset[str]:
    """The terms of `COUNTED_UNITS` in a language (`lessons`: of its hours and lessons only)."""
    units = COUNTED_UNITS.get(language, ())
    read = units[:1] if lessons else units
    return frozenset(t for words in read for t in analyze(words, language) if len(t) > 1)


def counts_digits(noun: str, language: str) -> bool:
    """Whether a counted noun is the digits of a number (`COUNTED_UNITS`: "digits", "Ziffern",
    "rakam", "цифр", "خانة")."""
    units = COUNTED_UNITS.get(language, ())
    if len(units) < 2:
        return False
    digits = frozenset(t for t in analyze(units[1], language) if len(t) > 1)
    return not digits.isdisjoint(analyze(noun, language))


def counted_terms(noun: str, language: str) -> frozenset[str]:
    """The terms of a counted noun and of the nouns counted alike (`COUNTED_ALIKE`,
    `COUNTED_UNITS`)."""
    counted = frozenset(t for t in analyze(noun, language) if len(t) > 1)
    alike = [terms for terms in _alike_terms(language) if terms & counted]
    return counted.union(*alike)


def counts_a_unit(noun: str, language: str) -> bool:
    """Whether a counted noun is a unit of `COUNTED_UNITS` (hours, lessons, digits)."""
    return not _unit_terms(language).isdisjoint(analyze(noun, language))


def counting_sentences(sentences: list[Sentence], language: str, noun: str) -> list[Sentence]:
    """The sentences that state a count of the noun (`states_count`)."""
    counted = counted_terms(noun, language)
    if not counted:
        return []
    # a sentence that counts the noun itself ("bis zu sechs Kitas") over one that counts units
    # of time of it ("die letzten zwei Kita-Jahre"); "drei Monatsmieten" when no other counts
    direct = [s for s in sentences if states_count(s.text, language, counted, through_units=False)]
    return direct or [s for s in sentences if states_count(s.text, language, counted)]


def _count_fact(facts: ServiceFacts, key: str, language: str, query: str) -> Fact | None:
    """The one sentence of the body or who-may text (or item of the papers; else of the summary,
    `COUNT_SUMMARY`) that counts the asked noun (or the asked hours, `kinds.counted_hours`);
    none when no sentence or more than
    one does, or when the noun is a unit and the question names a part of the thing that the
    counting sentence does not (`_names_another_part`)."""
    noun = asked_count(query) or counted_hours(query)
    if noun is None:
        return None
    found: list[tuple[Fact, Sentence, list[Sentence]]] = []
    for module in (*COUNT_MODULES, COUNT_SUMMARY):
        if module == COUNT_SUMMARY and found:
            break
        sourced = _sourced_module(facts, module, language)
        if sourced is None:
            continue
        source, text_language = sourced
        sentences = facts.sentences(module, text_language)
        found.extend(
            (_module_fact(key, module, sentence.text, text_language, source), sentence, sentences)
            for sentence in counting_sentences(sentences, text_language, noun)
        )
    if len(found) != 1:
        return None
    fact, sentence, sentences = found[0]
    lessons = _unit_terms(fact.language, lessons=True)
    if not lessons.isdisjoint(analyze(noun, fact.language)) and _names_another_part(
        facts, query, noun, sentence, sentences, fact.language
    ):
        return None
    return fact


# The hours of a course are counted for the whole course and for its parts ("600 Stunden
# Deutsch und 100 Stunden Orientierungskurs"), and a service's other names often name a part
# of it: the name's gloss ("Integration course (German and orientation)") and its synonyms
# ("orientation course", "DTZ"). A question that names the thing by such a word ("How many
# hours is the orientation course?", "بخش Orientierungskurs چند ساعته؟", "Сколько часов длится
# ориентационный курс?") while the text speaks of it in another sentence than the one that
# counts the unit ("The integration course consists of a language course and an orientation
# course." "A general course has 700 teaching units.") asks about the part: that count does
# not answer it. The name itself (before its bracket or dash, in the text's language and in
# German, as askers write "Integrationskurs" in any language) names the whole.
_NAME_GLOSS = re.compile(r"\s*(?:\(|–|—|\s-\s).*$")


def _names_another_part(
    facts: ServiceFacts,
    query: str,
    noun: str,
    counting: Sentence,
    sentences: list[Sentence],
    language: str,
) -> bool:
    """Whether a question word of the service's other names (its name's gloss, its synonyms;
    not its name itself) is held by another sentence of the module and not by the counting one."""
    terms = {t for t in analyze(content_words(query, COUNT_KIND), language) if len(t) > 1}
    # the names and synonyms in the text's language and in German, read as the text's words
    # (a German synonym, "Orientierungskurs", is written as it is in every language)
    named = {
        t
        for name_language in (language, "de")
        for text in facts.naming_texts.get(name_language, ())
        for t in _terms(text, language)
    }
    heads = {
        t
        for name_language in (language, "de")
        for t in _terms(_NAME_GLOSS.sub("", facts.names.get(name_language, "")), language)
    }
    parts = (terms & named) - heads - counted_terms(noun, language)
    return any(
        not _holds(t, counting) and any(_holds(t, s) for s in sentences if s is not counting)
        for t in parts
    )


# A phone or opening-hours question that names no office and describes none is answered by the
# routed service's first office. The service's own text may give the line or desk the question
# speaks of: the employers' service's free number beside the employment agency's switchboard,
# the Ukraine info point's hours where the immigration office has none. One body sentence that
# states a number to call (a clock time) and holds a content word of the question, or follows
# one that does ("Neu Angekommene können sich im Ukraine-Infopoint anmelden. Servicezeiten …
# 7:30 bis 12:00 Uhr"), answers instead; none when several do (the women's shelter's three
# numbers: which one is asked is not known).
_CLOCK_TIME = re.compile(r"(?<![\d:.,])\d{1,2}:\d{2}(?![\d:])")
# A where question no office answers (the routed office has no address, or the question asks
# where to find something free, `kinds.asks_where_free`) may be told by the one body sentence of
# the routed service that names a street and holds a content word of the question ("Diese Kurse
# finden an der Rheinischen Straße statt", "волонтери-лікарі допомагають у практиці Gast-Haus на
# вулиці Rheinische Straße"). Streets keep their German names in every language of the texts: a
# capitalised name ending in a street word ("Reinoldistraße", "Südwall", "Friedensplatz") or a
# street word of its own after a name ("Rheinische Straße"); a postcode before a city name.
_STREET = re.compile(
    r"\b[A-ZÄÖÜ][\w-]*(?:straße|strasse|str\.|platz|wall|weg|allee|gasse|damm|ufer)(?!\w)|"
    r"\b[A-ZÄÖÜ][\w-]*(?:e|er|en) (?:Straße|Strasse|Platz|Weg|Allee|Wall)(?!\w)|"
    r"\b\d{5} [A-ZÄÖÜ]\w+"
)
_OWN_LINE = {"phone": PHONE_NUMBER, "open": _CLOCK_TIME, "where": _STREET}


def own_line(
    city: City,
    generation: str,
    key: str,
    kind: str,
    language: str,
    query: str,
    *,
    named: bool = True,
) -> Fact | None:
    """The one body sentence of a service that gives the asked number or hours of a line or
    desk the question names (`_OWN_LINE`), or None. `named=False`: the one such sentence of
    the body whether or not it (or the sentence before it) holds a word of the question."""
    pattern = _OWN_LINE.get(kind)
    if pattern is None:
        return None

    def keep(sentences: list[Sentence], i: int, terms: set[str]) -> bool:
        return pattern.search(sentences[i].text) is not None and (
            not named or _named_here(terms, sentences, i)
        )

    return _one_body_sentence(city, generation, key, language, content_words(query, kind), keep)


def free_line(city: City, generation: str, key: str, language: str, query: str) -> Fact | None:
    """The one body sentence of a service that gives a phone number and says it is free to
    call ("… or free of charge on 0800 4 555520", agree18), or None (none, or several). It (or
    the sentence before it) must hold a word of the question besides its free and number words:
    another free line of the service (a crisis line beside the counselling asked) is not the
    one asked (review of agree18)."""

    def keep(sentences: list[Sentence], i: int, terms: set[str]) -> bool:
        text = sentences[i].text
        return (
            PHONE_NUMBER.search(text) is not None
            and "free" in held_qualifiers(text)
            and _named_here({t for t in terms if "free" not in held_qualifiers(t)}, sentences, i)
        )

    return _one_body_sentence(city, generation, key, language, content_words(query, "phone"), keep)


def _named_here(terms: set[str], sentences: list[Sentence], i: int) -> bool:
    """Whether the sentence, or the one before it, holds a term of the question."""
    return bool(_overlap(terms, sentences[i]) or (i > 0 and _overlap(terms, sentences[i - 1])))


def _one_body_sentence(
    city: City,
    generation: str,
    key: str,
    language: str,
    content: str,
    keep: Callable[[list[Sentence], int, set[str]], bool],
) -> Fact | None:
    """The one body sentence of a service that `keep` takes (given the question's `content`
    terms in the text's language), or None (none, or several)."""
    facts = service_facts(city, generation, key)
    if facts is None:
        return None
    sourced = _sourced_module(facts, TextModule.BODY, language)
    if sourced is None:
        return None
    source, text_language = sourced
    sentences = facts.sentences(TextModule.BODY, text_language)
    terms = {t for t in analyze(content, text_language) if len(t) > 1}
    terms -= _city_name_terms(city, text_language)
    found = [sentence for i, sentence in enumerate(sentences) if keep(sentences, i, terms)]
    if len(found) != 1:
        return None
    return _module_fact(key, TextModule.BODY, found[0].text, text_language, source)


# An office card's phone is one number; the service's text may give several lines beside it and
# say whose each is ("Das Frauenhaus Dortmund (Telefon 0231 800081) …", "Die
# Frauenberatungsstelle Dortmund (Telefon 0231 521008) …", "Das Hilfetelefon … 08000 116 016"
# beside the women's association's card, 0231 521008). When the text states the card's number in
# one sentence and the question's words are held by another numbered sentence strictly more
# than by any other (the shelter, the anonymous line asked), that sentence's line is what the
# question asks for, not the card's; asked of the card's own line (the counselling centre) or of
# the office by its own name ("Frauen helfen Frauen": its alias words are left out of the
# question's), the card answers. A text
# that never states the card's number says nothing of whose it is: the card answers.
def _phone_digits(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    return "0" + digits[2:] if digits.startswith("49") else digits


def line_over_card(
    city: City, generation: str, key: str, office_key: str, language: str, query: str
) -> Fact | None:
    """The body sentence of a service that gives the line a phone question asks for, in place
    of its office's card (see above), or None (the card answers)."""
    offices, aliases = _offices(city, generation)
    office = offices.get(office_key)
    facts = service_facts(city, generation, key)
    if office is None or not office.phone or facts is None:
        return None
    sourced = _sourced_module(facts, TextModule.BODY, language)
    if sourced is None:
        return None
    source, text_language = sourced
    card = _phone_digits(office.phone)
    numbered = [
        (sentence, {_phone_digits(m.group()) for m in PHONE_NUMBER.finditer(sentence.text)})
        for sentence in facts.sentences(TextModule.BODY, text_language)
        if PHONE_NUMBER.search(sentence.text)
    ]
    if not any(card in numbers for _sentence_of, numbers in numbered):
        return None
    terms = {t for t in analyze(content_words(query, "phone"), text_language) if len(t) > 1}
    terms -= _city_name_terms(city, text_language)
    # the office's own name ("Frauen helfen Frauen") asks for the office as a whole
    terms -= set(analyze(" ".join(w for w, k in aliases.items() if k == office_key), text_language))
    scored = sorted(
        ((_overlap(terms, sentence), card in numbers, sentence) for sentence, numbers in numbered),
        key=lambda row: -row[0],
    )
    best, holds_card, sentence = scored[0]
    if best == 0 or holds_card or (len(scored) > 1 and scored[1][0] == best):
        return None
    return _module_fact(key, TextModule.BODY, sentence.text, text_language, source)


def sentence_overlap(fact: Fact, kind: str, query: str, topic: frozenset[str] = frozenset()) -> int:
    """How many content words of the question (its type words and `topic` left out) an
    answering sentence holds. A whole list (documents) says nothing either way: 0."""
    if fact.module == TextModule.DOCUMENTS:
        return 0
    query = query.translate(_WESTERN_DIGITS)
    terms = {t for t in analyze(content_words(query, kind), fact.language) if len(t) > 1}
    return _overlap(terms - topic, _sentence(fact.text, fact.language))


def states_figures_of(rival: Fact, first: Fact) -> bool:
    """Whether the rival's answering sentence states the same figures as the first's (and the
    first's states one): the two tell the same value ("… kostet 98 Euro" in the extension and
    "Änderung des Aufenthaltszwecks 98 Euro" in the work permit), so the rival's sentence holding
    as many of the question's words is no reason to doubt which one answers. A rival stating
    more figures (93 and 96 Euro for two lengths of an extension) tells variants the first's
    does not, and still competes."""
    figures = _figures(first.text)
    return bool(figures) and figures == _figures(rival.text)


def sentence_agrees(fact: Fact, kind: str, query: str, topic: frozenset[str]) -> bool:
    """Whether an answering sentence holds a content word of the question (its type words and
    the service's own name/synonym terms, `topic`, left out): the sentence is about the asked
    thing, not only of the asked type. A whole list (documents) says nothing either way: no."""
    return sentence_overlap(fact, kind, query, topic) > 0


# A question of no type ("Can a bank refuse a basic account because of my Schufa?", "Darf man
# mit dem Deutschlandticket ICE fahren?", "kto wystawia zaświadczenie do P-Konto?") is answered
# by the sentence of the top service that holds its rare words: each word the sentence holds
# (the service's name words and the city's names left out) weighs its IDF in the city's index,
# so "can", "if", "also" weigh little and "Schufa", "ICE", "eVB" much. It answers only when it
# holds TOLD_MIN_WEIGHT and leads every other sentence by TOLD_MARGIN: two sentences that hold
# the same rare word ("Nebenwohnung" in the who-may text and in the body) leave the asker to
# read the service. Chosen on the answers dev set: weight 2.5-3.0 and margin 1.0 gave 18
# more correct answers on parts 0-10 and no wrong one; weight 2.0 or margin 0.5 wrong ones.
TOLD_KIND = "told"
TOLD_MODULES = (
    TextModule.BODY,
    TextModule.WHO,
    TextModule.DEADLINES,
    TextModule.PROCESSING_TIME,
    TextModule.FEES,
)
TOLD_MIN_WEIGHT = 3.0
TOLD_MARGIN = 1.0
# A question nearly all of whose words are the service's own name words ("Is the measles
# vaccination mandatory for daycare?" to the vaccinations, whose names hold measles, vaccination
# and daycare) could never weigh TOLD_MIN_WEIGHT with them left out. Its name words weigh this
# share of their IDF instead, and the winning sentence must hold a word of the question that is
# no name word ("mandatory"): the name alone tells nothing.
TOLD_NAME_SHARE = 0.5


# A typed question whose type's module gives no sentence at all (the sports clubs state no
# fees, the family reunification no deadlines: "¿se puede probar un entrenamiento gratis?",
# "hasta cuándo está parada la reagrupación familiar?") may be told like a question of no type
# (`told_fact`), when the winning sentence is one of the service's general texts (body, who
# may) and states a fact of the asked type: a figure or a free word for a cost, a unit of time
# or a year for a time. A sentence of another type answers no how-much or until-when question:
# not "Die Vereine stellen sich vor", nor a fee line's "100 Euro für die erste Erteilung" to
# "for how many years is it first granted".
TOLD_TYPED_MODULES = frozenset({TextModule.BODY, TextModule.WHO})


def _states_money(text: str) -> bool:
    return has_digit(text) or "free" in held_qualifiers(text)


def _states_time(text: str) -> bool:
    return bool(units_in(text.casefold()) or years_in(text))


def _states_lasting(text: str) -> bool:
    return states_duration(text.casefold())


# A processing time only when the question asks how long the thing itself lasts
# (`asks_lasting`: "Cât durează un Ausbildung?", told by "Ucenicia durează de obicei trei ani"):
# "how long" also asks how long a right lasts ("Колко дълго работодателят продължава да
# плаща", a time limit of the deadlines) or how long an office takes, which a body sentence
# tells only by chance.
TOLD_TYPED: dict[str, Callable[[str], bool]] = {
    "cost": _states_money,
    "money": _states_money,
    "deadline": _states_time,
    "validity": _states_time,
    "processing_time": _states_lasting,
}


def told_typed(kind: str, query: str) -> bool:
    """Whether a question of this type whose module gives the top service no sentence may be
    told by a body or who-may sentence of the type (`TOLD_TYPED`)."""
    return kind in TOLD_TYPED and (kind != "processing_time" or asks_lasting(query))


def _told_weights(
    city: City,
    facts: ServiceFacts,
    query: str,
    kind: str,
    text_language: str,
    weight: Callable[[str], float],
) -> tuple[dict[str, float], set[str]]:
    """The weight of each term of the question in a told sentence: its IDF, the city's names
    left out, the service's name words (and parts of its name compounds) at TOLD_NAME_SHARE of
    it. Also the name words among them."""
    terms = {t for t in analyze(content_words(query, kind), text_language) if len(t) > 1}
    terms -= _city_name_terms(city, text_language)
    topic = facts.topic(text_language)
    # a part of a name compound is a name word too ("steuer" of "Hundesteuer")
    named = {
        t
        for t in terms
        if t in topic or (len(t) >= 4 and any(len(n) > len(t) and t in n for n in topic))
    }
    weights = {t: weight(t) for t in terms - named}
    weights.update({t: TOLD_NAME_SHARE * weight(t) for t in named})
    return weights, named


def lasting_fact(city: City, generation: str, key: str, language: str) -> Fact | None:
    """How long the service's thing lasts, for a question that asks it (`asks_lasting`) of a
    service that states no processing time: the one body sentence that says it lasts a time
    (`states_lasting`: "Majoritatea formărilor durează trei ani"); none when no sentence or
    several do. The question's words need not be held: its lasting verb and the service are
    what it asks about, and a translated name ("formărilor" for "Ausbildung") is no shared word."""
    facts = service_facts(city, generation, key)
    if facts is None:
        return None
    module = TextModule.BODY
    sourced = _sourced_module(facts, module, language)
    if sourced is None:
        return None
    source, text_language = sourced
    found = [s.text for s in facts.words(module, text_language) if states_lasting(s.text)]
    if len(found) != 1:
        return None
    return _module_fact(key, module, found[0], text_language, source)


def told_fact(
    city: City,
    generation: str,
    key: str,
    language: str,
    query: str,
    weight: Callable[[str], float],
    kind: str = TOLD_KIND,
) -> Fact | None:
    """The sentence of a service's texts that holds the rare words of a question of no type
    (`weight`: a term's IDF), or None when none holds enough or another comes close. `kind`:
    a type of `TOLD_TYPED` whose module told nothing; the sentence must state a fact of it."""
    facts = service_facts(city, generation, key)
    if facts is None:
        return None
    # every module's sentences compete, a module no source covers too (its sentence gives no
    # answer, but a close rival there still means the question is not told by one sentence)
    scored: list[tuple[float, int, int, str, str]] = []  # weight, rank, position, text, language
    weights_in: dict[str, dict[str, float]] = {}  # the question's terms' weights, per language
    named_in: dict[str, set[str]] = {}  # those of them that are the service's name words
    when = kind == TOLD_KIND and asks_when(query)
    # a quantity asked that only its own kind of sentence states ("Na jakim poziomie?", "how
    # often", "what share", "what fine"): only the sentences that state it compete
    asked = asked_quantity(query)
    if asked not in TOLD_QUANTITIES:
        asked = None
    # a time question that counts a unit ("Ile godzin w tygodniu mogę pracować …?", hours a
    # week): only the sentences that count that unit, per the asked period too, compete; one
    # that counts months ("łącznie do 14 miesięcy") tells another time (as `_other_scale` and
    # the rate check do for the type's own module)
    counted = asked_units(query) if kind in TIME_KINDS else frozenset()
    rate = asked_rate(query) if counted else frozenset()
    for rank, module in enumerate(TOLD_MODULES):
        text_language = _text_language(facts, module, language)
        if not text_language:
            continue
        weights = weights_in.get(text_language)
        if weights is None:
            weights, named_in[text_language] = _told_weights(
                city, facts, query, kind, text_language, weight
            )
            weights_in[text_language] = weights
        # which sentences state the asked quantity: the whole sentences' own `quantities`,
        # read once a process (`words` then gives those sentences too)
        stating = (
            [asked in s.quantities for s in facts.sentences(module, text_language)]
            if asked is not None
            else None
        )
        counting = (
            [
                not counted.isdisjoint(s.units) and rate <= (s.units | asked_rate(s.text))
                for s in facts.sentences(module, text_language)
            ]
            if counted
            else None
        )
        for position, sentence in enumerate(facts.words(module, text_language)):
            held_terms = [t for t in weights if _holds(t, sentence)]
            # a sentence that holds name words only tells nothing the name does not, unless
            # the question asks when and the sentence names a month or a date: "¿cuándo es la
            # noche de los museos?", "… a finales de septiembre … la Noche de los Museos"
            if (stating is not None and not stating[position]) or (
                counting is not None and not counting[position]
            ):
                held = 0.0
            elif any(t not in named_in[text_language] for t in held_terms) or (
                when and states_date(sentence.text)
            ):
                held = sum(weights[t] for t in held_terms)
            else:
                held = 0.0
            scored.append((held, rank, position, sentence.text, text_language))
    if not scored:
        return None
    held, rank, _position, text, text_language = min(scored, key=lambda s: (-s[0], s[1], s[2]))
    rival = max((s[0] for s in scored if s[3] != text), default=0.0)
    if held < TOLD_MIN_WEIGHT or held - rival < TOLD_MARGIN:
        return None
    # a limit or a year asked ("bis zu welchem Einkommen", "с какого года"): a sentence without
    # a figure does not state it ("… wenn Ihr Haushaltseinkommen nicht zu hoch ist")
    if asks_figure(query) and not has_digit(text):
        return None
    # a question of no type that names a figure (an age, a weight, a level "A1", a year, an
    # amount) asks about what it counts: a sentence that states no figure at all says nothing
    # of it ("Must my wife show an A1 certificate for the family reunification?" was told the
    # body's "your family applies for the visa at the embassy" by the words "apply" and
    # "family"). A typed question is told only by a sentence that states its type's fact.
    if kind == TOLD_KIND and has_digit(query) and not has_digit(text):
        return None
    module = TOLD_MODULES[rank]
    states = TOLD_TYPED.get(kind)
    if states is not None and (module not in TOLD_TYPED_MODULES or not states(text)):
        return None
    source = _source(facts.sources, (module,))
    return _module_fact(key, module, text, text_language, source) if source is not None else None


def agreeing_fact(
    city: City, generation: str, kind: str | None, query: str, fact: Fact | None
) -> Fact | None:
    """The told fact when its sentence states the kind of value asked (`kinds.asked_value`,
    `kinds.states_value`: a lower limit, hours a week), else the next sentence of the same
    module of the same service that states it (`kinds.tells_value`; in text order after the
    told one, then before it), else none; the told one when its text is not one of the
    module's sentences (agree19). Office cards are left as they are."""
    if fact is None or fact.office:
        return fact
    asked = asked_value(kind, query)
    if asked is None:
        return _timed_fact(city, generation, kind, query, fact)
    if states_value(asked, fact.text):
        return fact
    neighbours = _module_neighbours(city, generation, fact)
    if neighbours is None:
        return fact
    for sentence in neighbours:
        if tells_value(asked, sentence.text):
            return _retold(fact, sentence.text, "agree")
    # the most one gets is no answer to the least, a sentence of months none to hours a week;
    # a most asked keeps its sentence when no other states the most in euros (a limit without
    # a figure, "höchstens drei Monatsmieten", is told as it is: agree24)
    return fact if asked == "ceiling" else None


def _module_neighbours(city: City, generation: str, fact: Fact) -> list[Sentence] | None:
    """The other sentences of the told fact's module of its service, in the order they stand in
    for it (after the told one in text order, then before it, nearest first); None when the
    told text is not one of the module's sentences (agree19, agree21)."""
    facts = service_facts(city, generation, fact.service)
    sentences = facts.sentences(fact.module, fact.language) if facts is not None else []
    told = next((i for i, s in enumerate(sentences) if s.text in fact.text), None)
    if told is None:
        return None
    return [*sentences[told + 1 :], *reversed(sentences[:told])]


def _retold(fact: Fact, text: str, step: str) -> Fact:
    """The fact with another sentence of its module, the step that chose it before its path."""
    return replace(fact, text=text, path=f"{step}:{fact.path}" if fact.path else step)


# The modules whose sentences tell a time (agree21, `_timed_fact`): a body sentence that states
# a figure may count something else (an amount, an age).
_TIME_MODULES = frozenset({TextModule.DEADLINES, TextModule.PROCESSING_TIME})


def _timed_fact(city: City, generation: str, kind: str | None, query: str, fact: Fact) -> Fact:
    """A time asked (`kinds.asks_time_stated`: by when, how long, how many days) and told a
    sentence of the deadlines or processing time that states none (`kinds.states_time`: "Die
    Fristen hängen vom Studiengang ab", "This depends on the mission"): the next sentence of the
    same module that states one with a figure (`kinds.tells_time`: a date, a day of the week, a
    time of day, a span, a number; after the told one, then before it), else the told one (a
    module with nothing better keeps it: agree21)."""
    if (
        fact.module not in _TIME_MODULES
        or not asks_time_stated(kind, query)
        or states_time(fact.text)
    ):
        return fact
    for sentence in _module_neighbours(city, generation, fact) or []:
        if tells_time(sentence.text):
            return _retold(fact, sentence.text, "timed")
    return fact
