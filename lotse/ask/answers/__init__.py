"""Answers to factual questions: the exact sentence (or list) of the city's own texts that
answers a question, with the source that covers it and the date it was checked.

Nothing is generated. A question is classified by keyword patterns in the portal's 12
languages (`classify`: cost, money, deadline, documents, processing time, validity, who may,
where / who is responsible, opening hours, phone); the routed top service (or an office the
question names) gives the module for that type, and lexical overlap picks the sentence inside
the module. A fact is only offered when a source of that service or office lists the module
in its `covers`; otherwise there is no answer (every answer is sourced and dated).

Facts (texts split into sentences, their terms, sources) are built once per service or office
and city index generation and kept in memory: the request only classifies and scores a few
sentences.

The package, one concern a module: `kinds` (question types), `lost` (the "I don't know where
to start" families), `_text` (catalog texts as sentences), `facts` (a city's facts, loaded and
cached), `naming` (how a question names services and offices, and which one answers),
`sentences` (the sentence or office line that answers) and `warm` (the tables built up front).
"""

from lotse.ask.answers._text import Sentence, has_digit, split_sentences
from lotse.ask.answers.facts import Fact, service_facts
from lotse.ask.answers.kinds import (
    OFFICE_TYPES,
    asked_count,
    asks_free_number,
    asks_helpline,
    asks_lasting,
    asks_line_number,
    asks_number_to_call,
    asks_where_free,
    classify,
    content_words,
    counted_hours,
    emergency_kinds,
    names_telephone,
    padded,
    states_clock_time,
    tells_asked_number,
    units_in,
)
from lotse.ask.answers.lost import (
    asks_help_with_papers,
    is_lost,
    names_a_need,
    without_generic_words,
    without_lost_words,
)
from lotse.ask.answers.naming import (
    NAMED_LEAD_MIN,
    NAMED_MARGIN,
    PROMOTE_GAP,
    answering_rank,
    holds_stems,
    named_office,
    named_services,
    names_a_service,
    names_nothing,
    names_the_first,
    naming_lead,
    naming_margin,
    naming_scores,
    number_office,
    routing_sure,
    second_sentence_agrees,
    topic_terms,
    words_naming,
)
from lotse.ask.answers.offices import (
    described_office,
    described_offices,
    office_by_sound,
    without_described_offices,
)
from lotse.ask.answers.sentences import (
    COUNT_KIND,
    COUNT_MODULES,
    COUNT_OVERRIDES,
    TOLD_KIND,
    TOLD_TYPED,
    agreeing_fact,
    counts_a_unit,
    counts_digits,
    free_line,
    lasting_fact,
    line_over_card,
    office_cards,
    office_fact,
    own_line,
    sentence_agrees,
    sentence_overlap,
    service_fact,
    states_figures_of,
    told_fact,
    told_typed,
)
from lotse.ask.answers.warm import warm

__all__ = [
    "COUNT_KIND",
    "COUNT_MODULES",
    "COUNT_OVERRIDES",
    "NAMED_LEAD_MIN",
    "NAMED_MARGIN",
    "OFFICE_TYPES",
    "PROMOTE_GAP",
    "TOLD_KIND",
    "TOLD_TYPED",
    "Fact",
    "Sentence",
    "agreeing_fact",
    "answering_rank",
    "asked_count",
    "asks_free_number",
    "asks_help_with_papers",
    "asks_helpline",
    "asks_lasting",
    "asks_line_number",
    "asks_number_to_call",
    "asks_where_free",
    "classify",
    "content_words",
    "counted_hours",
    "counts_a_unit",
    "counts_digits",
    "described_office",
    "described_offices",
    "emergency_kinds",
    "free_line",
    "has_digit",
    "holds_stems",
    "is_lost",
    "lasting_fact",
    "line_over_card",
    "named_office",
    "named_services",
    "names_a_need",
    "names_a_service",
    "names_nothing",
    "names_telephone",
    "names_the_first",
    "naming_lead",
    "naming_margin",
    "naming_scores",
    "number_office",
    "office_by_sound",
    "office_cards",
    "office_fact",
    "own_line",
    "padded",
    "routing_sure",
    "second_sentence_agrees",
    "sentence_agrees",
    "sentence_overlap",
    "service_fact",
    "service_facts",
    "split_sentences",
    "states_clock_time",
    "states_figures_of",
    "tells_asked_number",
    "told_fact",
    "told_typed",
    "topic_terms",
    "units_in",
    "warm",
    "without_described_offices",
    "without_generic_words",
    "without_lost_words",
    "words_naming",
]
