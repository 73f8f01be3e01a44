"""The "I don't know where to start" families: whether a question says its asker does not know
where to turn (`is_lost`), the question without those phrases and the words said around them
(`without_lost_words`), and without the words that name nothing anywhere
(`without_generic_words`).
"""

from __future__ import annotations

import functools
import re

from lotse.ask.analysis import JAPANESE_CHARS, fold

# The end of a clause (a comma, a full stop, a question mark, or the end of the question).
_CLAUSE_END = r"(?=\s*(?:[,.;:!?،؟]|$))"
# A place asked for itself ("is there a place where I can go in person?"): up to two words
# between its verb and the end of the clause.
_PLACE_END = r"(?: [\w'-]+){0,2}" + _CLAUSE_END


def _too_many(quantity: str, things: str, joins: str, *, listed: bool) -> str:
    """Too many (`quantity`) of the offices' things (`things`); `listed`: two or more of them,
    joined by commas or `joins` ("trop de courriers et de rendez-vous", "trop de papiers, trop
    de bureaux")."""
    thing = rf"(?:{things})\b"
    more = rf"(?:,? (?:(?:{joins}) )?(?:\w+ ){{0,2}}{thing})"
    return rf"(?:{quantity}) (?:\w+ ){{0,2}}{thing}" + (more + "+" if listed else "")


# Too many papers, letters, offices (lane lost20), per language: the quantity, the things, the
# words that join a list of them. Turkish, Arabic and Persian (which say the quantity after the
# thing as well) are written out in `_too_many_in`.
_TOO_MANY_WORDS: tuple[tuple[str, str, str], ...] = (
    (
        "too many|so many",
        "papers|letters|offices|forms|documents|authorities|appointments|rules|procedures|agencies",
        "and|or",
    ),
    (
        "zu viele|zu vielen|so viele|so vielen",
        "papiere|papieren|briefe|briefen|ämter|ämtern|behörden|formulare|formularen|dokumente|"
        "termine|terminen|regeln|unterlagen|stellen|schreiben",
        "und|oder",
    ),
    (
        "trop de|tant de|tellement de",
        "papiers|lettres|courriers|bureaux|administrations|formulaires|documents|démarches|"
        "rendez-vous|règles|guichets|services",
        "et|ou",
    ),
    (
        "demasiados|demasiadas|tantos|tantas",
        "papeles|cartas|oficinas|formularios|documentos|trámites|citas|reglas|ventanillas|"
        "administraciones",
        "y|o",
    ),
    (
        "prea multe|atâtea|atât de multe",
        "hârtii|scrisori|birouri|formulare|acte|documente|instituții|programări|reguli|ghișee",
        "și|sau",
    ),
    (
        "za dużo|za wiele|zbyt dużo|zbyt wiele|tyle",
        "papierów|listów|urzędów|formularzy|dokumentów|pism|przepisów|terminów|biur|spraw",
        "i|oraz|lub",
    ),
    (
        "слишком много|столько",
        "бумаг|писем|учреждений|ведомств|контор|анкет|документов|инстанций|правил",
        "и|или",
    ),
    (
        "забагато|занадто багато|стільки",
        "паперів|листів|установ|відомств|контор|анкет|документів|інстанцій|правил",
        "і|й|та|або",
    ),
    (
        "твърде много|прекалено много|толкова много",
        "документи|писма|служби|институции|формуляри|хартии|правила|бюра|гишета",
        "и|или",
    ),
)
_TR_THINGS = r"(?:evrak|mektup|daire|kurum|form|belge|kağıt|randevu|kural)\w*"
_AR_THINGS = r"(?:أوراق|اوراق|رسائل|دوائر|مكاتب|استمارات|معاملات|مواعيد|ورق)"
_AR_MANY = r"(?:كتير|كثيرة|كتيرة|كتار|كثير)"
_FA_THINGS = r"(?:کاغذ|نامه|اداره|فرم|مدارک)\w*"


def _too_many_in(*, listed: bool) -> tuple[str, ...]:
    """Too many papers, letters, offices in every language; `listed`: a list of two or more
    (an overwhelmed phrase of its own), else one (a word said beside a lost phrase: "je suis
    perdu, trop de papiers")."""
    if listed:
        own = (
            rf"(?:çok fazla|fazlasıyla|o kadar çok|bu kadar çok) (?:\w+ ){{0,2}}{_TR_THINGS}"
            rf"(?:,? (?:(?:ve|veya) )?(?:\w+ ){{0,2}}{_TR_THINGS})+",
            rf"{_AR_THINGS} {_AR_MANY}،? ?(?:و ?)?(?:ال)?{_AR_THINGS}|"
            rf"{_AR_MANY} (?:من )?(?:ال)?{_AR_THINGS} (?:و ?)?(?:ال)?{_AR_THINGS}",
            rf"{_FA_THINGS} (?:\w+ )?(?:خیلی زیاد|زیاده|زیاد)،? (?:و )?{_FA_THINGS}|"
            rf"(?:این همه|اینقدر|این قدر) (?:\w+ )?{_FA_THINGS} (?:و )?{_FA_THINGS}",
        )
    else:
        own = (
            rf"(?:çok fazla|fazlasıyla|o kadar çok|bu kadar çok) (?:\w+ ){{0,2}}{_TR_THINGS}",
            rf"{_AR_THINGS} {_AR_MANY}(?!\w)|{_AR_MANY} (?:من )?(?:ال)?{_AR_THINGS}(?!\w)",
            rf"{_FA_THINGS} (?:\w+ )?(?:خیلی زیاد|زیاده|زیاد)(?!\w)|(?:این همه|اینقدر|این قدر) (?:\w+ )?{_FA_THINGS}",
        )
    return tuple(_too_many(q, t, j, listed=listed) for q, t, j in _TOO_MANY_WORDS) + own


_TOO_MANY = _too_many_in(listed=True)


# Papers that got lost are no lost asker ("Dokumenty zagubione w urzędach", "zagubione
# dokumenty", "Мой паспорт потерялся", "Мої документи загубилися"; the older note of review 1 of
# the twenty-ninth session): the Polish, Russian and Ukrainian lost words not right after a
# paper or thing as their subject, nor (Polish) before it. Lookbehinds, one per word (fixed
# widths); folded with the patterns.
_PAPER_SUBJECTS: tuple[str, ...] = (
    "dokument",
    "dokumenty",
    "paszport",
    "papiery",
    "karta",
    "list",
    "listy",
    "pismo",
    "pisma",
    "dowód",
    "akta",
    "legitymacja",
    "zaświadczenie",
    "wniosek",
    "portfel",
    "rzeczy",
    "паспорт",
    "документ",
    "документы",
    "бумаги",
    "бумага",
    "письмо",
    "письма",
    "карта",
    "карточка",
    "справка",
    "удостоверение",
    "заявление",
    "кошелёк",
    "кошелек",
    "вещи",
    "документи",
    "папери",
    "папір",
    "лист",
    "листи",
    "картка",
    "довідка",
    "посвідчення",
    "заява",
    "гаманець",
    "речі",
)
_NOT_PAPERS_BEFORE = "".join(f"(?<!{word} )" for word in _PAPER_SUBJECTS)
_NOT_PAPERS_AFTER = (
    r"(?!\w* (?:(?:moje|mój|moja|moich|nasze|nasz|wszystkie|te|ich|jego|jej) )?(?:dokument|paszport|papier|dowód|dowod|kart|list|pism|akt|legitymac|"
    r"zaświadcz|portfel|rzecz)\w*)"
)


# Swamped, drowned, buried, lost in the offices' things (lane lost23), per language: the words
# of being under them, the words that join them to what one is under, the things. Always with
# the things ("drowning in debt" is debt counselling's, "lost my passport" the lost documents'):
# the things words of `_TOO_MANY_WORDS` and the laws, the system, the bureaucracy.
_SWAMPED_WORDS: tuple[tuple[str, str, str], ...] = (
    (
        "swamped|buried|drowning|drowned|drown|sinking|snowed under|overwhelmed|crushed|"
        "(?:(?<!\\w)(?:i'?m|i am|we'?re|we are|feel|feeling|felt|get|getting|got) (?:\\w+ )?lost)",
        "in|by|under|with|among|between",
        "papers|paperwork|letters|mail|offices|forms|documents|authorities|appointments|rules|"
        "laws|procedures|agencies|bureaucracy|system",
    ),
    (
        "ertrinke|ertrinken|ertrunken|ersticke|ersticken|versinke|versinken|gehe unter|gehen unter|"
        "begraben|überschwemmt|überhäuft|erschlagen|überrollt|verliere mich|verirrt|"
        "(?:(?<!\\w)(?:bin|sind|fühle mich|fühlen uns|fühl mich) (?:\\w+ )?verloren)",
        "in|im|unter|von|vom|zwischen",
        "papieren|papierkram|briefen|post|ämtern|behörden|formularen|dokumenten|terminen|regeln|"
        "gesetzen|unterlagen|bürokratie|system",
    ),
    # (the speaker's "suis / sommes / on est … perdu", not a thing that "est perdu" or "s'est
    # perdue": "Mon passeport est perdu avec mes papiers"; review 1 of the twenty-ninth session)
    (
        "(?:(?<!\\bai )(?<!\\ba )(?<!\\bas )(?<!\\bavons )(?<!\\bont )(?:noyée?s?|submergée?s?|ensevelie?s?|"
        "enterrée?s?|débordée?s?|dépassée?s?|écrasée?s?))|croule|croulons|coule|me perds|nous perdons|"
        "(?:(?<!\\w)(?<!')(?:suis|sommes|sens|sentons|on est) (?:\\w+ )?(?:perdue?s?|paumée?s?))|"
        # a person who "est perdu(e)", not a thing (review 2 of the twenty-ninth session)
        "(?:(?<!\\w)(?:il|elle|ils|elles|(?:ma|mon|mes|notre|nos) (?:mère|père|mari|femme|fils|fille|"
        "sœur|soeur|frère|parents|enfants|grand-mère|grand-père)) (?:est|sont) (?:\\w+ )?(?:perdue?s?|paumée?s?))",
        "dans|sous|par|entre|avec|parmi",
        "papiers|paperasse|lettres|courriers|bureaux|administrations|formulaires?|documents|"
        "démarches|rendez-vous|règles|lois|guichets|bureaucratie|système",
    ),
    (
        "(?:(?<!\\bhe )(?<!\\bha )(?<!\\bhas )(?<!\\bhemos )(?<!\\bhan )(?:ahogad[oa]s?|hundid[oa]s?|enterrad[oa]s?|"
        "sepultad[oa]s?|desbordad[oa]s?|abrumad[oa]s?|agobiad[oa]s?))|me ahogo|me hundo|me pierdo|"
        "(?:(?<!\\w)(?:estoy|estamos|siento|sentimos|ando|andamos) (?:\\w+ )?perdid[oa]s?)",
        "en|entre|con|por|bajo",
        "papeles|papeleo|cartas|oficinas|formularios|documentos|trámites|citas|reglas|leyes|"
        "ventanillas|burocracia|sistema",
    ),
    (
        "(?:(?<!\\bam )(?<!\\bai )(?<!\\ba )(?<!\\bau )(?:înecat|înecată|înecați|îngropat|îngropată|îngropați|"
        "sufocat|sufocată|copleșit|copleșită))|mă înec|mă pierd|mă sufoc|"
        "(?:(?<!\\w)(?:sunt|suntem|simt|simțim) (?:\\w+ )?(?:pierdut|pierdută|pierduți))",
        "în|de|sub|cu|printre|între",
        "hârtii|scrisori|birouri|formulare|acte|documente|instituții|programări|reguli|legi|"
        "ghișee|birocrație|sistem",
    ),
    (
        "tonę|toniemy|utonęłam|utonąłem|zasypan\\w*|zawalon\\w*|zakopan\\w*|przytłoczon\\w*|"
        + _NOT_PAPERS_BEFORE
        + "zagubion\\w*"
        + _NOT_PAPERS_AFTER
        + "|gubię się|pogrąż\\w*",
        "w|we|pod|przez|wśród|między",
        "papierach|papierów|papierami|listach|listami|urzędach|urzędami|formularzach|"
        "formularzami|dokumentach|dokumentami|pismach|pismami|przepisach|biurokracji|systemie",
    ),
    (
        "утонул|утонула|утонули|тону|тонем|завален|завалена|завалены|погряз|погрязла|погрязли|"
        "захлёбываюсь|закопался|закопалась|"
        + _NOT_PAPERS_BEFORE
        + "(?:потерялся|потерялась|потерялись)|запутался|запуталась",
        "в|во|под|среди|между",
        "бумагах|бумаг|бумагами|письмах|писем|учреждениях|ведомствах|анкетах|документах|"
        "инстанциях|правилах|законах|бюрократии|системе",
    ),
    (
        "тону|тонемо|потонула|потонув|потонули|завалена|завалений|завалені|загрузла|загруз|"
        + _NOT_PAPERS_BEFORE
        + "(?:загубилася|загубився|загубилися)|заплуталася|заплутався",
        "в|у|під|серед|між",
        "паперах|паперів|паперами|листах|листів|установах|відомствах|анкетах|документах|"
        "інстанціях|правилах|законах|бюрократії|системі",
    ),
    (
        "давя се|удавих се|удавена|удавен|затрупана|затрупан|затрупани|заринат|заринати|"
        "потънала|потънал|потънах|изгубих се|загубих се|"
        "(?:(?<!\\w)(?:съм|сме|чувствам се|се чувствам) (?:\\w+ )?(?:изгубен|загубен)(?:а|и)?)|"
        "(?:(?:изгубен|загубен)(?:а|и)? (?:съм|сме))",
        "в|във|под|сред|между|с",
        "документи|писма|служби|институции|формуляри|хартии|правила|закони|бюра|гишета|"
        "бюрокрация|системата",
    ),
)
_SWAMPED_BARE: tuple[tuple[str, str], ...] = (
    (
        "zasypan\\w*|zawalon\\w*|przytłoczon\\w*",
        "papierami|listami|pismami|formularzami|dokumentami|urzędami",
    ),
    ("завален|завалена|завалены", "бумагами|письмами|анкетами|документами"),
    ("завалена|завалений|завалені", "паперами|листами|анкетами|документами"),
    ("затрупана|затрупан|затрупани", "документи|писма|формуляри|хартии"),
)
_TR_SWAMPED_THINGS = (
    r"(?:evrak|mektup|daire|kurum|form|belge|kağıt|randevu|kural|yasa|kanun|bürokrasi|sistem)\w*"
)
_AR_SWAMPED_THINGS = r"(?:أوراق|اوراق|رسائل|رسايل|دوائر|دواير|مكاتب|استمارات|معاملات|مواعيد|ورق|قوانين|بيروقراطية|نظام)"
_FA_SWAMPED_THINGS = (
    r"(?:کاغذ|نامه|اداره|ادارات|فرم|مدارک|قانون|قوانین|بوروکراسی|سیستم|کاغذبازی)\w*"
)


# A debt between being swamped and the letters ("drowning in debts and letters", "тонем в
# долгах и письмах"): debt counselling's, no lost phrase (review of lost23; a lookahead, whose
# words are no phrase words).
_NOT_DEBT = (
    r"(?!(?:debt|schuld|dette|deuda|datori|dług|долг|борг|дълг|задължени|kredit|credit|кредит|"
    r"بدهی|قرض|قسط|طلبکار)\w*)"
)


def _swamped_in() -> tuple[str, ...]:
    """Swamped, drowned, buried, lost in (or under) the offices' things, in every language
    (Turkish and Persian say the things first, Arabic writes "in" onto them)."""
    own = (
        rf"{_TR_SWAMPED_THINGS} (?:\w+ ){{0,3}}(?:arasında |içinde |altında )?"
        r"(?:kayboldum|kayboluyorum|kaybolduk|gömüldüm|gömülüyorum|boğuldum|boğuluyorum|battım|eziliyorum)",
        r"(?:غرقت|غرقان|غرقانة|غرقانين|غارق|غارقة|مدفون|مدفونة|ضايع|ضايعة|ضائع|ضائعة|تايه|تايهة|تائه|تائهة)"
        rf" (?:\w+ )?(?:ب|في |بين |تحت |وسط )(?:هالـ?|هذه |ال)?{_AR_SWAMPED_THINGS}",
        rf"(?:تو|توی|در|بین|میان|زیر|لای) (?:{_NOT_DEBT}\w+ ){{0,4}}"
        rf"{_FA_SWAMPED_THINGS} (?:{_NOT_DEBT}\w+ ){{0,3}}(?:گم|غرق) (?:شدم|شدیم|شده ?ام|شده ?ایم|می ?شوم|میشم)",
    )
    return (
        tuple(
            rf"(?:{state}) (?:{_NOT_DEBT}\w+ ){{0,2}}(?:{joins}) (?:{_NOT_DEBT}\w+ ){{0,3}}(?:{things})\b"
            for state, joins, things in _SWAMPED_WORDS
        )
        # Polish, Russian, Ukrainian and Bulgarian say what one is under in the instrumental
        # or with "с" ("zasypana papierami", "завалена бумагами"), no preposition needed
        + tuple(
            rf"(?:{state}) (?:{_NOT_DEBT}\w+ ){{0,2}}(?:{things})\b"
            for state, things in _SWAMPED_BARE
        )
        + own
    )


_SWAMPED = _swamped_in()

# Aimless, disoriented, adrift (lane lost23), said of oneself (a first-person frame: "I feel",
# "je suis", "me siento", "чувствам се", the Turkish and Persian first-person endings; "my
# father is disoriented" is not lost; review of lost23) with an ask for someone or somewhere
# to turn to later in the question (a lookahead: the ask is not the phrase's word; each ask a
# whole word, "wo" is not "Wohnung", "кой" not "който", "biri" not "birinci"), and no medical
# word after it ("disoriented since the stroke, where can I get dementia care?").
_ASKS_SOMEONE: tuple[str, ...] = (
    r"(?=.{0,160}(?<!\w)(?:where|someone|somebody|who|is there)(?!\w))",
    r"(?=.{0,160}(?<!\w)(?:wo|wohin|jemand|jemanden|wer|gibt es)(?!\w))",
    r"(?=.{0,160}(?<!\w)(?:où|quelqu'un|qui|y a-t-il|existe)(?!\w))",
    r"(?=.{0,160}(?<!\w)(?:dónde|donde|alguien|quién|hay algún|hay alguna)(?!\w))",
    r"(?=.{0,160}(?<!\w)(?:unde|cineva|cine|există)(?!\w))",
    r"(?=.{0,160}(?<!\w)(?:gdzie|ktoś|kto|czy jest)(?!\w))",
    r"(?=.{0,160}(?<!\w)(?:куда|где|кто-то|кто|к кому|есть ли)(?!\w))",
    r"(?=.{0,160}(?<!\w)(?:куди|де|хтось|хто|до кого|чи є)(?!\w))",
    r"(?=.{0,160}(?<!\w)(?:къде|някой|кой|към кого|има ли)(?!\w))",
    r"(?=.{0,160}(?<!\w)(?:nereye|nerede|kimse|biri|kime|var mı)(?!\w))",
    r"(?=.{0,160}(?<!\w)(?:أين|وين|فين|حدا|أحد|احد|مين|من يمكن|في مكان|هل يوجد)(?!\w))",
    r"(?=.{0,160}(?<!\w)(?:کجا|کسی|کی|جایی|چه کسی)(?!\w))",
)
_MEDICAL = (
    r"(?!.{0,160}(?<!\w)(?:dementia|alzheimer\w*|stroke|care|nursing|doctor|hospital|medication|"
    r"demenz\w*|schlaganfall|pflege\w*|arzt|krankenhaus|medikament\w*|démence|avc|soins|médecin|hôpital|"
    r"demencia|ictus|cuidados?|médico|demență|îngrijire|medic|spital|demencj\w*|udar\w*|opiek\w*|lekarz\w*|"
    r"szpital\w*|деменц\w*|инсульт\w*|уход\w*|врач\w*|больниц\w*|інсульт\w*|догляд\w*|лікар\w*|инсулт\w*|"
    r"грижи|лекар\w*|болниц\w*|demans|felç|inme|bakım\w*|doktor\w*|hastane\w*|huzurevi\w*|خرف|زهايمر|جلطة|"
    r"رعاية|طبيب|دكتور|مستشفى|آلزایمر|دمانس|سکته|پرستار\w*|مراقبت|دکتر|پزشک|بیمارستان)(?!\w))"
)
_AIMLESS_WORDS: tuple[str, ...] = (
    r"(?<!\w)(?:i'?m|i am|i feel|we'?re|we are|we feel|feeling|i've been|i have been) (?:\w+ ){0,3}"
    r"(?:aimless|adrift|disoriented|disorientated)",
    r"(?<!\w)(?:ich bin|bin ich|wir sind|sind wir|fühle mich|fühlen uns|fühl mich) (?:\w+ ){0,3}"
    r"(?:orientierungslos|ziellos|planlos|desorientiert)",
    r"(?<!\w)(?:je suis|on est|nous sommes|je me sens|nous nous sentons) (?:\w+ ){0,3}"
    r"(?:désorientée?s?|sans repères|à la dérive)",
    r"(?<!\w)(?:estoy|estamos|me siento|nos sentimos|ando|andamos|voy|vamos) (?:\w+ ){0,3}"
    r"(?:sin rumbo|desorientad[oa]s?|a la deriva)",
    r"(?<!\w)(?:sunt|suntem|mă simt|ne simțim) (?:\w+ ){0,3}(?:dezorientat\w*|fără direcție|în derivă)",
    r"(?<!\w)(?:jestem|jesteśmy|czuję się|czujemy się) (?:\w+ ){0,3}"
    r"(?:zdezorientowan\w*|bez celu|bez kierunku)",
    r"(?<!\w)(?:я|мы|чувствую себя|себя чувствую) (?:\w+ ){0,3}"
    r"(?:дезориентирован\w*|без ориентиров|потерянн\w*)",
    r"(?<!\w)(?:я|ми|почуваюся|почуваюсь|почуваємося|відчуваю себе) (?:\w+ ){0,3}"
    r"(?:дезорієнтован\w*|без орієнтирів)",
    r"(?<!\w)(?:(?:аз|ние|чувствам се|се чувствам) (?:\w+ ){0,3}(?:дезориентиран\w*|без посока)|"
    r"(?:дезориентиран\w*|без посока) (?:съм|сме))",
    r"(?<!\w)(?:amaçsız(?:ım|ız)|amaçsız (?:\w+ )?hissed\w*|yönümü kaybettim|pusulamı kaybettim)",
    r"(?<!\w)(?:أنا|انا|احنا|نحن|إحنا|حاسس|حاسة|حاسه|أشعر|اشعر|بحس|حاسين) (?:\w+ ){0,3}"
    r"(?:بلا هدف|مشتت|مشتتة|ضايع|ضايعة)",
    r"(?<!\w)(?:(?:بی ?هدف|سرگردان|سرگردون|گم ?گشته)(?:م|یم)(?!\w)|(?:احساس|حس) (?:می ?کنم|میکنم) "
    r"(?:\w+ ){0,3}(?:بی ?هدف|سرگردان|سرگردون|گم ?گشته))",
)
_AIMLESS = tuple(
    f"(?:{words}){_MEDICAL}{ask}" for words, ask in zip(_AIMLESS_WORDS, _ASKS_SOMEONE, strict=True)
)


# Busy at work is no lost state ("débordée au travail"; review of lost23): a lookahead, whose
# words are no phrase words.
_NOT_AT_WORK = r"(?! (?:de|du|au|par (?:le|mon)|avec (?:le|mon)) (?:travail|boulot))"


# "I don't know where to start / who is responsible": no service named, send to counselling.
# Families of meaning, each said in all the search's languages (de en tr ar uk ru pl bg ro fr es
# fa, Arabic and Farsi also as spoken, ja where it has them). They are matched on folded text
# (`_lost_fold`: no diacritics, one form of Arabic/Farsi letters, "ı" = "i", the Farsi
# half-space a space), so "weiss nicht", "nu stiu", "bilmiyorum"/"bılmıyorum" and
# "نمیدونم"/"نمی‌دونم" are one phrase; write the patterns with their diacritics, they are
# folded the same way.
_LOST_FAMILIES: dict[str, tuple[str, ...]] = {
    # Not knowing or understanding where / who / what / how (to start, to turn).
    "not_knowing": (
        r"(?:don'?t|do not|dont|didn'?t) (?:even |really |still |honestly )?(?:know|understand|get) (?:\w+ ){0,2}(?:where|who|what|how|which)",
        r"(?:no|not the (?:slightest|faintest)) (?:idea|clue)|\bclueless\b|have no clue|"
        r"(?:don'?t|do not|can'?t|cannot) understand (?:anything|a thing|(?:\w+ ){0,4}at all)|understand nothing",
        r"(?:wei(?:ß|ss)|wissen|verstehe?|blicke?) (?:\w+ ){0,2}(?:nicht|nichts|überhaupt nicht)(?: (?:mal|einmal|mehr|genau))?,? (?:\w+ ){0,2}(?:wo|wer|was|wie|welche[rsnm]?|wohin|womit|an wen)\b",
        r"verstehe (?:\w+ ){0,3}(?:überhaupt|gar) nicht|keine ahnung|keinen plan|(?:weiß|weiss|wissen) (?:\w+ )?nicht (?:mehr )?weiter\b|(?:blicke?|checke?|raffe?) (?:\w+,? ){0,10}nicht(?: mehr)? durch|verstehe (?:hier )?(?:gar )?nichts|(?:hier )?(?:gar |überhaupt )?nichts (?:mehr )?(?:zu )?versteh",
        r"ne sais (?:toujours |vraiment |même )?(?:pas|rien)|ne rien comprendre|ne comprends (?:toujours |vraiment )?(?:pas|rien)|(?:j'|je )?sais pas (?:où|qui|quoi|comment|par)|aucune idée",
        r"no (?:sé|se|sabemos|entiendo|entendemos) (?:nada|(?:\w+ ){0,2}(?:dónde|quién|qué|cómo|por|a qué|adónde|cuál))|ni idea",
        r"bilmiyorum|bilmiyoruz|anlamıyorum|anlamıyoruz|anlamıyormuş(?:um|uz)|hiçbir fikrim yok|fikrim yok",
        r"لا (?:أعرف|نعرف|أفهم|نفهم|أدري)|ما (?:ب|بن|م|عم )?(?:عرف|نعرف|اعرف|أعرف|فهم|افهم|أفهم|نفهم|بعرف|بفهم)|"
        r"مش (?:عارف|فاهم|عارفة|فاهمة)|ما (?:فاهم|فاهمة|فهمان|فهمانة)|مو (?:عارف|فاهم|عارفة|فاهمة)|ما عندي (?:أي )?فكرة|ما ادري|ما أدري|مدري",
        r"نمی ?(?:دانم|دانیم|دونم|دونیم|فهمم|فهمیم)|هیچ (?:ایده|نظری)",
        r"не (?:знаю|знаем|понимаю|понимаем|представляю)|понятия не имею|без понятия",
        r"не (?:знаю|знаємо|розумію|розуміємо)|гадки не маю|уявлення не маю",
        r"nie (?:wiem|wiemy|rozumiem|rozumiemy)|nie mam pojęcia|bez pojęcia",
        r"не (?:знам|знаем|разбирам|разбираме)|нямам(?:е)? (?:никаква )?(?:представа|идея)",
        r"nu (?:știu|știm|înțeleg|înțelegem)|habar n-am|habar nu am|nu am (?:nicio )?idee",
        r"(?:どこ|誰|だれ|何)(?:に|を|から)?.{0,12}(?:分から|わから|分かり|わかり)",
    ),
    # Where to start, what comes first, the first steps.
    "first_steps": (
        r"(?:where|how) (?:to|do i|do we|should i|should we|can i) (?:start|begin)|where to turn|"
        r"first steps?|step one|"
        r"what (?:do|should|must|shall|have|need|am|are) (?:i|we) (?:\w+ ){0,3}(?:do|handle|take care of|sort out|deal with) first|"
        r"what (?:comes|to do) first|where do i begin",
        r"wo (?:fange|fangen|soll|sollen) (?:ich|wir) (?:\w+ )?an|wo anfangen|wo (?:ich|wir) (?:\w+ )?anfangen|womit (?:soll ich |sollen wir )?anfangen|"
        r"erste(?:n)? schritte?|als (?:erstes|erster|allererstes)|was (?:\w+ ){0,3}zuerst",
        r"par (?:quoi|où) (?:je |on )?(?:dois |doit )?commence|premières? (?:étapes?|démarches?|pas)|"
        r"(?:faire|fais|faut-il faire|commencer) en premier|d'abord faire",
        r"por (?:dónde|donde|qué) (?:empiezo|empezar|empezamos|comienzo|comenzar)|primeros pasos|"
        r"hacer primero|qué (?:hago|hacemos) primero|qué (?:\w+ ){0,3}primero",
        r"nereden başla|nereden başla|ilk (?:adım|olarak|önce|iş)|önce ne yap|ilk ne yap|neye başla",
        r"من (?:أين|وين|فين|اين) (?:أبدأ|ابدأ|ابدا|نبدأ|نبدا|بلش|ابلش|أبلش|نبلش)|أول (?:خطوة|شي|شيء)|"
        r"الخطوات الأولى|(?:أعمل|اعمل|أفعل|افعل|نعمل|نفعل) (?:\w+ )?(?:أولا|اولا|أول شي|بالأول)",
        r"از کجا (?:شروع|باید شروع)|اول (?:باید|چه|چیکار|چی)|قدم (?:اول|های اول)|اولین (?:قدم|کار)",
        r"з чого (?:почати|починати|почину|починаю|взагалі почати|взагалі починати)|перші кроки|"
        r"що (?:\w+ )?(?:робити|зробити) (?:спочатку|насамперед|в першу чергу)|"
        r"с чего (?:\w+ )?(?:начать|начинать|начну)|первые шаги|"
        r"что (?:\w+ )?(?:делать|сделать) (?:сначала|в первую очередь|прежде всего)",
        r"od czego (?:\w+ )?(?:zacząć|zaczynać|zacznę)|pierwsze kroki|(?:co|czym) (?:\w+ ){0,2}najpierw",
        r"откъде да (?:започна|почна|започнем)|къде да започна|какво да (?:направя|правя) (?:първо|най-напред)|първи(?:те)? стъпки",
        r"(?:de unde|cu ce) (?:să )?(?:încep|începem|pornesc)|primii pași|ce (?:\w+ ){0,4}(?:mai întâi|întâi|prima dată)",
        r"何から始め|どこから始め|最初に何を",
        # Lane lost20 (twenty-eighth session): the order of the steps ("I don't know in which
        # order", "in welcher Reihenfolge", "dans quel ordre") and which of them comes first
        # ("welches Verfahren kommt zuerst", "qué trámite va primero", "ce procedură e prima").
        r"(?:in )?(?:which|what) order\b|the (?:right )?order (?:of|to do|in which)|which (?:\w+ ){0,3}first\b",
        r"(?:in )?welcher reihenfolge|die (?:richtige )?reihenfolge|"
        # which one comes or is done first, not which paper one needs first ("Welche
        # Versicherung brauche ich zuerst?"; review of lost20)
        r"welche[srnm]? (?:\w+ ){0,2}(?:(?:kommt|kommen|ist|sind) zuerst|zuerst (?:kommt|kommen|dran|erledig\w*|mach\w*|tun))",
        r"(?:dans )?quel ordre|l'ordre des (?:démarches|étapes|choses)|(?:vient|viennent|passe|passent|est|sont) en premier"
        + _CLAUSE_END,
        r"(?:en )?qué orden|el orden de (?:los |las )?(?:trámites|pasos|cosas)|(?:va|van|viene|vienen|es|son) primero"
        + _CLAUSE_END,
        r"(?:în )?ce ordine|ordinea (?:pașilor|lucrurilor|procedurilor)|(?:e|este|vine|sunt|vin) (?:prima|primul|primele|primii|întâi)"
        + _CLAUSE_END,
        r"(?:w )?jakiej kolejności|(?:jest|idzie|są) (?:pierwsz\w*|najpierw)" + _CLAUSE_END,
        r"(?:в )?каком порядке|порядок действий|(?:какая|какой|какое|какие) (?:\w+ ){0,2}(?:перв\w*|сначала)"
        + _CLAUSE_END,
        r"(?:в|у) якому порядку|порядок дій|(?:яка|який|яке|які) (?:\w+ ){0,2}(?:перш\w*|спочатку)"
        + _CLAUSE_END,
        r"(?:в )?какъв ред\b|в каква последователност|(?:коя|кой|кое|кои) (?:\w+ ){0,3}(?:е |са )?(?:първ\w*|най-напред)"
        + _CLAUSE_END,
        # (not "-madan önce", "-dan önce": before something; review of lost20)
        r"hangi sıra(?:yla|da)|hangi(?:si)? (?:\w+ ){0,3}(?<!d[ae]n )(?<!t[ae]n )önce\b"
        + _CLAUSE_END,
        r"(?:ب)?(?:أي|اي) ترتيب|(?:أي|اي) (?:\w+ ){0,2}(?:أول|اول)" + _CLAUSE_END,
        r"(?:به )?چه ترتیبی|ترتیب (?:کارها|مراحل)|(?:کدوم|کدام) (?:\w+ ){0,2}(?:اوله|اول است|اول)"
        + _CLAUSE_END,
    ),
    # Who is responsible for me / my case; nobody tells me.
    "who_responsible": (
        r"who(?:'s| is)? (?:\w+ )?(?:responsible|in charge)|which (?:office|authority) is (?:responsible|in charge)|"
        r"(?:nobody|no one|noone|no-one) (?:\w+ ){0,3}(?:tells|told|explains|explained|says|said|will tell|(?:can|could|will|would) (?:tell|explain|say))|"
        # which office handles what, who does what
        r"(?:which|what) (?:office|authority|agency|department|place)s? (?:\w+ ){0,2}(?:handles?|does|is for|are for|deals? with|takes care of) what|"
        r"who (?:does|handles|is responsible for|is for) what|what is (?:\w+ )?for what",
        r"wer (?:\w+ ){0,6}zuständig|(?:niemand|keiner) (?:\w+ ){0,2}(?:sagt|erklärt|kann (?:\w+ )?(?:sagen|erklären))|"
        r"wer (?:\w+ )?(?:macht|ist für) was|(?:welches|welche) (?:amt|behörde|stelle|büro) (?:\w+ ){0,3}(?:für )?was|was (?:\w+ )?wofür",
        r"qui (?:est (?:responsable|compétent)|s'occupe) de (?:moi|mon|ma|mes)|personne ne (?:me |m'|nous )?(?:dit|explique|peut (?:me |m')?(?:dire|expliquer))|"
        r"(?:quel|quelle)s? (?:bureau|service|administration|guichet)s? (?:\w+ ){0,2}(?:s'occupe|fait|est pour|gère) (?:\w+ )?quoi|qui fait quoi",
        r"quién (?:es (?:el )?responsable|se (?:encarga|ocupa)) de (?:mí|mi|mis)|nadie (?:me |nos )?(?:dice|explica|puede (?:decir|explicar))|"
        r"qué (?:oficina|administración|sitio|lugar) (?:\w+ ){0,2}(?:me toca|nos toca|corresponde|se encarga de qué|es para qué)|quién hace qué",
        r"kim(?:in)? (?:\w+ )?sorumlu|hangi daire(?:nin)? (?:\w+ )?sorumlu|kimse (?:bana )?(?:\w+ )?söylemiyor|kimse (?:bir şey )?açıklamıyor|"
        r"kimse (?:bana )?(?:\w+ )?(?:söyleyemiyor|açıklayamıyor|anlatmıyor)|hangi (?:daire|kurum|ofis)(?:nin)? (?:neye|ne iş)|kim neye bakıyor|kim ne yapıyor",
        r"(?:من|مين|منو) (?:هو |هي )?(?:المسؤول|المسؤولة|الجهة المسؤولة|المختص)|الجهة المسؤولة|"
        r"(?:ما|محد|ولا) (?:حدا|أحد|احد|حد) (?:عم |بي|ب)?(?:يقلي|يقول|قلي|بقلي|يخبرني|يشرح)|لا أحد (?:\w+ )?(?:يقول|يخبرني|يشرح|يستطيع)|"
        r"(?:أي|اي|انو|أنو|ياتو) (?:دائرة|دايرة|مكتب|جهة) (?:\w+ ){0,2}(?:لشو|لأي شي|عن ماذا|مسؤولة عن شو)|مين مسؤول عن شو",
        r"(?:کی|چه کسی|کدام اداره|کدوم اداره) (?:\w+ ){0,2}مسئول|هیچ ?کس (?:\w+ ){0,2}(?:نمی ?(?:گوید|گه|گن)|توضیح نمی)|"
        r"(?:کدام|کدوم) (?:اداره|دفتر) (?:\w+ ){0,2}(?:برای چیه|مال چیه|کار چی)|کی مسئول چیه",
        r"кто (?:\w+ ){0,2}(?:отвечает|ответственн|занимается)|никто (?:\w+ ){0,2}(?:не говорит|не объясняет|не скажет|не может (?:\w+ )?(?:сказать|объяснить)|не подскажет)|"
        r"(?:в )?(?:какое|какую|какой|какая) (?:ведомство|учреждение|инстанци|контор|ведомства) (?:\w+ ){0,3}(?:идти|обращаться|обратиться|за что)|что к чему|кто за что",
        r"хто (?:\w+ ){0,2}(?:відповідає|відповідальн|займається)|ніхто (?:\w+ ){0,2}(?:не каже|не пояснює|не скаже|не може (?:\w+ )?(?:сказати|пояснити)|не підкаже)|"
        r"(?:в |до )?(?:яке|яку|який|яка|якої) (?:відомство|установ|інстанці|контор) (?:\w+ ){0,3}(?:йти|звертатися|звернутися|за що)|що до чого|хто за що",
        r"kto (?:\w+ ){0,4}(?:odpowiada|zajmuje|jest odpowiedzialny)|który urząd (?:\w+ ){0,2}(?:zajmuje|odpowiada)|"
        r"nikt (?:mi |nam )?nie (?:mówi|powie|wyjaśni|tłumaczy|potrafi|umie|może)|który urząd (?:\w+ )?(?:jest )?od czego|co do czego|kto za co",
        r"кой (?:\w+ ){0,2}(?:отговаря|отговорен|се занимава)|никой (?:не )?(?:ми )?(?:казва|обяснява)|никой не ми|никой не може|"
        r"коя (?:служба|институция) (?:\w+ ){0,2}за какво|кой за какво",
        r"cine (?:\w+ ){0,2}(?:se ocupă|răspunde|e responsabil|este responsabil)|nimeni nu(?:-mi| îmi| ne)? (?:spune|explică|poate)|"
        r"(?:ce|care) (?:birou|instituție|oficiu) (?:\w+ ){0,2}(?:se ocupă de ce|e pentru ce)|cine ce face|ce și cum",
    ),
    # Sent from one office to the next.
    "runaround": (
        r"sends? (?:me|us) (?:\w+ ){0,2}(?:to another|somewhere else|elsewhere|back and forth|around)|"
        r"from one (?:office|place|authority|desk) to (?:another|the next|the other)|(?:passed|pushed|sent) around",
        r"von einem (?:amt|büro|ort|schalter|stelle) zu[mr]? (?:anderen|nächsten)|hin und her geschickt|"
        r"(?:schicken|schickt|verweisen|verweist) (?:\w+ ){0,2}(?:mich|uns) (?:\w+ ){0,2}(?:weiter|woanders ?hin|hin und her|zum nächsten|zu anderen)",
        r"d'un (?:bureau|service|guichet) à l'autre|(?:on )?me (?:renvoie|renvoient|balade|baladent)",
        r"de una oficina a otra|de un (?:sitio|lado|lugar) a otro|me (?:manda|mandan|envía|envían|pasa|pasan) (?:de|a otr)",
        r"başka (?:bir )?(?:yere|daireye|ofise) gönder|bir (?:daireden|yerden|ofisten) (?:diğerine|ötekine|başkasına)|oradan oraya",
        r"من (?:مكتب|دائرة|دايرة|مكان) (?:ل|الى |إلى |ل)(?:مكتب|دائرة|دايرة|مكان)|(?:بيبعتوني|يبعتوني|يرسلونني|بيحولوني|يحولونني)",
        r"از (?:\w+ )?(?:اداره|دفتر|جا) به (?:\w+ )?(?:اداره|دفتر|جا)|(?:منو|مرا) (?:\w+ ){0,2}(?:پاس|می ?فرستن|می ?فرستند)|"
        r"پاس ?کاری|پاسم (?:می ?دن|می ?دهند)",
        r"из (?:одного|одной) (?:\w+ )?(?:в|к) (?:друго|третье)|(?:отправляют|посылают|футболят|гоняют) (?:\w+ ){0,2}(?:в друг|из|от|по)|"
        r"футболят|в одной (?:конторе|инстанции)|идти в другую|(?:отправляет|посылает) (?:\w+ ){0,2}(?:в друг|куда-то)",
        r"з (?:одного|однієї) (?:\w+ )?(?:в|до) (?:інш|друг)|футболять|(?:відправляють|посилають|футболять|ганяють) (?:\w+ ){0,2}(?:в інш|з|від|по)|(?:відправляє|посилає) (?:\w+ ){0,2}(?:деінде|в інш|кудись)",
        r"z jednego (?:\w+ )?do (?:drugiego|innego)|(?:odsyłają|odsyła|odesłali|odsyłany|odsyłana)",
        r"от едно (?:\w+ )?(?:на|в) (?:друго|друг)|(?:пращат|препращат|прехвърлят) ме",
        r"de la un (?:birou|ghișeu|loc) la altul|mă (?:trimit|plimbă|trimite) (?:de la|(?:în|la|într-o) (?:altă parte|alt loc|alt birou))",
        # Lane lost20 (twenty-eighth session): going round in circles (between the offices), in
        # every language ("ich drehe mich im Kreis", "tourner en rond", "kręcę się w kółko").
        r"(?:go|going|goes|went|run|running|walk|walking|turn|turning) (?:\w+ )?(?:round|around) in circles|(?:round|around) in circles",
        r"(?:drehe|drehen|dreht|laufe|laufen|läuft) (?:\w+ ){0,5}im kreis",
        r"(?:tourne|tournons|tourner|tournes) en rond",
        r"(?:dando|doy|damos) vueltas (?:en (?:círculo|círculos|redondo)|entre|de (?:una|oficina))|vueltas en (?:círculo|círculos|redondo)",
        r"(?:mă|ne) (?:\w+ )?(?:învârt|învârtim|învârtesc) (?:\w+ )?în cerc|(?:merg|mergem) în cerc",
        r"(?:kręcę|kręcimy|krążę|krążymy|chodzę|chodzimy) (?:\w+ )?(?:się )?w kółko",
        r"(?:хожу|ходим|бегаю|бегаем|кружу|кружусь|кружимся) (?:\w+ )?по кругу",
        r"(?:ходжу|ходимо|бігаю|бігаємо|кружляю) (?:\w+ )?по колу",
        r"(?:въртя|въртим|въртиш|обикалям|обикаляме) (?:\w+ )?(?:се )?(?:в кръг|в омагьосан кръг)",
        r"kısır döngü\w*|(?:dönüp duruyor|dolanıp duruyor)\w*|daireden daireye",
        r"(?:لف|بلف|عم لف|نلف|عم نلف) (?:و|وا)(?:أدور|ادور|بدور|ندور|دور)|(?:حلقة|دوامة) مفرغة",
        r"دور خودم(?:ون)? (?:\w+ )?(?:می ?چرخم|می ?چرخیم|چرخیدم)",
    ),
    # Who can help me, where do I turn.
    "where_turn": (
        r"who (?:can|could|will) (?:\w+ )?(?:help|guide|advise|explain)|where (?:do|can|should|could) (?:i|we) (?:turn|get help|go for help|find help)|(?:who|whom) to (?:turn to|ask|contact)|"
        r"(?:who|whom) (?:do|should|can|could|must) (?:i|we) (?:turn to|ask|talk to|contact|address|approach)|where (?:do|should|can|must) (?:i|we) go(?: now| then| from here)?\s*(?:\?|$)|"
        r"(?:is there|there is) (?:\w+ ){0,2}(?:someone|somebody|anyone|a place|an office) (?:\w+ ){0,2}(?:explain|guide|help|advise)",
        r"(?:wohin|an wen) (?:\w+ ){0,2}(?:ich|wir) (?:\w+ ){0,2}wenden|wer (?:\w+ )?(?:kann|könnte) (?:\w+ ){0,2}(?:(?:weiter)?helfen|erklären|beraten)|"
        r"wer hilft (?:mir|uns)|(?:gibt es|es gibt) (?:\w+ ){0,3}(?:stelle|jemand|jemanden|ort),? (?:\w+ ){0,4}(?:erklärt|hilft|berät)",
        r"vers qui (?:me |nous )?tourner|à qui (?:je |on |nous )?(?:peux |pourrais |dois |devrais |puis-je |peut-on |faut-il )?(?:m'|me |nous |s')?adresser|qui (?:peut|pourrait) m'(?:aider|orienter|expliquer)|"
        r"(?:où|ou) (?:dois-je|je dois|aller) (?:aller|demander)",
        r"quién (?:me |nos )?(?:puede|podría) (?:\w+ )?(?:ayudar|orientar|explicar)|a quién (?:acudo|acudir|me dirijo|pregunto)|"
        r"(?:algún|algun) (?:lugar|sitio|sitio|persona) (?:\w+ ){0,2}(?:orienten|expliquen|ayuden)",
        r"kime (?:danış|başvur|gid|sor)|kim (?:bana )?yardım ede|yol gösteren|nereye (?:gitmem|gideyim|başvur)",
        r"(?:مين|من) (?:\w+ )?(?:بيقدر|يقدر|يستطيع|ممكن) (?:\w+ )?(?:يساعدني|يساعدنا|يشرح|مساعدتي)|"
        r"(?:لمين|إلى من|الى من|لوين|وين) (?:\w+ )?(?:بروح|أروح|اروح|ألجأ|الجأ|أتوجه|اتوجه)|(?:مكان|حدا|أحد) (?:\w+ )?(?:يشرح|يشرحل)",
        r"کجا (?:بروم|برم|مراجعه)|به (?:کی|چه کسی|کجا) (?:\w+ )?(?:مراجعه|رو بیارم|بگم)|"
        r"(?:کی|چه کسی) (?:\w+ )?(?:می ?تونه|می ?تواند) (?:\w+ )?کمک",
        r"куда (?:\w+ )?(?:обратиться|идти|пойти)|кто (?:\w+ )?(?:объяснит|подскажет|поможет)|к кому (?:\w+ )?обратиться|кто (?:\w+ )?(?:может|сможет) (?:\w+ ){0,2}(?:помочь|объяснить|подсказать|посоветовать)|"
        r"(?:есть ли|где) (?:\w+ ){0,2}(?:место|кто-то|кто-нибудь)(?:,)? (?:\w+ ){0,3}(?:объясн|помо)",
        r"куди (?:\w+ )?(?:звернутися|йти|піти)|хто (?:\w+ )?(?:пояснить|підкаже|допоможе)|до кого (?:\w+ )?звернутися|хто (?:\w+ )?(?:може|зможе) (?:\w+ ){0,2}(?:допомогти|пояснити|підказати|порадити)",
        r"gdzie (?:\w+ )?(?:mam|mogę|możemy|mamy) (?:iść|pójść|się zwrócić|szukać pomocy)|do kogo (?:\w+ )?(?:się )?zwrócić|"
        r"kto (?:\w+ )?(?:może|mógłby) (?:\w+ ){0,2}pomóc|kto (?:mi |nam )?(?:pomoże|wyjaśni|wytłumaczy|podpowie)|gdzie (?:\w+ )?pytać",
        r"кой (?:\w+ ){0,2}(?:ще ми помогне|може да (?:ми )?помогне)|към кого да се обърна|къде да (?:отида|се обърна)",
        r"unde (?:pot|putem|să) (?:cere ajutor|merg|mă adresez)|cui (?:să )?(?:mă adresez|mă adresăm)|cine (?:mă|ne) poate (?:ajuta|îndruma)|"
        r"(?:unde|cui|la cine) (?:mă|ne) (?:pot|putem|poți|să) (?:adresa|adresez|adresăm|îndrepta|îndrept)|"
        r"(?:unde|cui|la cine) (?:să )?(?:mă|ne) (?:adresez|adresăm|îndrept)",
        # Lane lost20 (twenty-eighth session): a place one can go to (in person), asked as such
        # ("is there a place where I can go", "gibt es eine Stelle, wo ich hingehen kann", "il
        # existe un lieu où je peux passer"): "lieu", "passer" are services' words. The place is
        # asked for itself: at most two words ("in person") end the clause after the verb, so "a
        # place I can go to play with my child" is a need.
        r"(?:(?:is there|there is|are there) (?:\w+ ){0,2}(?:a place|places|somewhere|an office|a centre|a center|a service|a desk) (?:\w+ ){0,4}(?:go|turn|walk|ask|talk|drop)\b)"
        + _PLACE_END,
        r"(?:(?:gibt es|es gibt) (?:\w+ ){0,2}(?:einen ort|eine stelle|ein büro|eine anlaufstelle|irgendwo|einen platz),? (?:\w+ ){0,5}(?:hingehen|hinkommen|gehen|wenden|fragen|reden|vorbeikommen)\b)"
        + _PLACE_END,
        r"(?:(?:il y a|il existe|y a-t-il|existe-t-il|est-ce qu'il y a) (?:\w+ ){0,2}(?:un endroit|un lieu|un bureau|un service|un guichet) (?:[\w']+ ){0,4}(?:aller|passer|m'adresser|parler|demander|venir)\b)"
        + _PLACE_END,
        r"(?:(?:hay|existe) (?:\w+ ){0,2}(?:algún |un |una )?(?:sitio|lugar|oficina) (?:\w+ ){0,4}(?:ir|acudir|atiendan|atienda|hablar|preguntar|pasar)\b)"
        + _PLACE_END,
        r"(?:(?:există|e|este) (?:\w+ ){0,2}(?:un loc|un birou|vreun loc|vreun birou) (?:\w+ ){0,4}(?:merg|mă duc|vorbesc|întreb|vin)\b|unde (?:pot|putem|aș putea) (?:să )?(?:merg|merge|mergem|mă duc)\b)"
        + _PLACE_END,
        r"(?:(?:czy )?(?:jest|istnieje) (?:\w+ ){0,2}(?:miejsce|biuro|punkt),? (?:\w+ ){0,4}(?:pójść|przyjść|iść|zapytać|porozmawiać|zgłosić)\b)"
        + _PLACE_END,
        r"(?:(?:есть ли|есть) (?:\w+ ){0,2}(?:место|контора|офис|пункт),? (?:\w+ ){0,4}(?:прийти|пойти|обратиться|поговорить|спросить)\b)"
        + _PLACE_END,
        r"(?:(?:чи є|є) (?:\w+ ){0,2}(?:місце|офіс|пункт),? (?:\w+ ){0,4}(?:прийти|піти|звернутися|поговорити|запитати)\b|де (?:можна|можу|можемо) (?:\w+ ){0,2}(?:поговорити|прийти)\b)"
        + _PLACE_END,
        r"(?:има ли (?:\w+ ){0,2}(?:място|къде|офис|служба),? (?:\w+ ){0,4}(?:отида|отидем|обърна|питам|попитам|говоря)\b)"
        + _PLACE_END,
        r"(?:(?:gidebileceğim|gidebileceğimiz|başvurabileceğim|konuşabileceğim|sorabileceğim|danışabileceğim) (?:\w+ )?(?:bir )?(?:yer|ofis|kurum|daire)\w*)"
        + _PLACE_END,
        r"(?:(?:في|فيه|هل يوجد|في شي|هل في) (?:\w+ )?(?:مكان|مكتب) (?:\w+ ){0,4}(?:روح|اروح|أروح|نروح|احكي|أحكي|اسأل|أسأل)(?!\w))"
        + _PLACE_END,
        r"(?:جایی (?:هست|هستش|وجود داره|وجود دارد) (?:\w+ ){0,4}(?:برم|بریم|مراجعه|بپرسم|صحبت|حرف))"
        + _PLACE_END,
    ),
    # Where to get help at all ("some", "general" help), whom to ask, someone who explains.
    "get_help": (
        r"where (?:can|do|could|should) (?:i|we) (?:get|find) (?:some |any )?(?:general )?(?:help|support|advice|guidance)(?: in general)?|"
        r"(?:who|whom) (?:can|could) (?:i|we) ask|(?:is there|there is) (?:\w+ ){0,2}(?:someone|somebody|anyone) (?:who|to|that) (?:\w+ ){0,2}(?:explains?|helps?)",
        r"wo (?:\w+ )?(?:bekomme|bekommen|kriege|kriegen|finde|finden) (?:ich|wir|man) (?:\w+ ){0,2}(?:hilfe|unterstützung|rat)\b|"
        r"wen (?:kann|könnte|soll|sollen|können) (?:ich|wir|man) (?:\w+ )?(?:fragen|ansprechen)",
        r"(?:yardım\w*|destek\w*) (?:nereden|nerede|kimden) (?:\w+ )?(?:al|bul)|nereden (?:\w+ ){0,2}(?:yardım|destek) (?:al|bul)|"
        r"(?:anlatacak|açıklayacak|yardım edecek|yol gösterecek) (?:\w+ )?(?:biri|birisi|kimse) var mı",
        r"(?:وين|من وين|فين|أين|اين) (?:\w+ ){0,2}(?:ناخد|آخد|اخد|ناخذ|آخذ|نلاقي|ألاقي|الاقي|بلاقي|منلاقي|أحصل|احصل|نحصل|أجد|اجد|نجد) (?:\w+ )?مساعد\w*(?: عامة| عامه)?|"
        r"(?:لمين|مين|من|لمن) (?:\w+ )?(?:بسأل|اسأل|أسأل|نسأل|بنسأل|منسأل)",
        r"(?:از )?کجا (?:\w+ ){0,2}کمک (?:\w+ )?(?:بگیر|پیدا)|از (?:کی|چه کسی) (?:\w+ )?(?:بپرسم|بپرسیم|سوال کنم|سؤال کنم)|"
        r"کسی (?:هست|هستش|وجود دارد) (?:که )?(?:\w+ ){0,2}(?:توضیح|کمک)",
        r"где (?:\w+ )?(?:можно |могу |можем |мне |нам )?(?:получить|найти) (?:\w+ )?помощь|кого (?:\w+ )?(?:можно|могу|можем|мне|нам) (?:спросить|спрашивать)",
        r"де (?:\w+ )?(?:можна |можу |можемо |мені |нам )?(?:отримати|знайти) (?:\w+ )?допомог|кого (?:\w+ )?(?:можна|можу|можемо|мені|нам) (?:запитати|спитати|питати)|"
        r"чи є (?:\w+ )?(?:хтось|хто-небудь|хто-то),? (?:\w+ ){0,2}(?:поясн|допомо)",
        r"gdzie (?:\w+ ){0,2}(?:dostan\w*|znajd\w*|uzysk\w*|otrzyma\w*) (?:\w+ ){0,2}pomoc|kogo (?:\w+ )?(?:mogę|możemy|można|mam|mamy) (?:się )?(?:zapytać|pytać)|"
        r"(?:czy )?jest (?:\w+ )?ktoś,? (?:kto|co) (?:\w+ ){0,2}(?:wytłumaczy|wyjaśni|pomoże|objaśni)",
        r"къде (?:\w+ )?(?:можем|мога|може) да (?:получим|получа|намеря|намерим) (?:\w+ )?помощ|кого да (?:питам|питаме|попитам|попитаме)|"
        r"(?:има ли|има) (?:\w+ )?някой,? (?:\w+ ){0,3}(?:обясни|помогне)",
        r"unde (?:\w+ )?(?:găsim|găsesc|primim|primesc|pot găsi|putem găsi|pot primi|putem primi|pot cere|putem cere) (?:\w+ )?ajutor(?: general)?|"
        r"pe cine (?:\w+ )?(?:pot|putem|să) (?:întreba|întreb|întrebăm)|(?:e|este|există) cineva care (?:[\w-]+ ){0,2}(?:explic|ajut)",
        r"(?:où|ou) (?:\w+ )?(?:trouver|avoir|obtenir|demander|puis-je trouver|peut-on trouver) (?:de l'|l'|une )?aide(?: en général)?|"
        r"à qui (?:je peux |puis-je |on peut |dois-je |je dois |nous pouvons )?(?:demander|poser)|"
        r"(?:il y a|y a-t-il|y a) quelqu'un (?:pour|qui) (?:\w+ )?(?:m'expliquer|expliquer|explique|m'aider|aider|aide)",
        r"(?:dónde|donde) (?:me|nos) (?:pueden|puede) ayudar(?: en general)?|(?:dónde|donde) (?:\w+ )?(?:encuentro|encontramos|consigo|conseguimos|recibo|recibimos|puedo encontrar|podemos encontrar) (?:\w+ )?ayuda(?: general)?|"
        r"a quién (?:le |les )?(?:puedo |podemos |debo |debemos |tengo que )?(?:preguntar|pregunto|consultar|consulto|acudir|dirigirme)|"
        r"hay alguien que (?:\w+ )?(?:explique|ayude|oriente)",
    ),
    # Everything is too complicated, one cannot find one's way through it or cope (with the
    # bureaucracy); can someone explain how things work here.
    "complicated": (
        r"(?:everything|it'?s all|all (?:of )?this|it all) (?:\w+ ){0,2}(?:so |too |really |very )?complicated|"
        r"can'?t (?:find my way|cope|get my head around)|find my way (?:around|through)|"
        r"explain (?:\w+ ){0,2}how (?:things|everything|it all|all this|stuff) (?:works?|goes|go|runs?)",
        r"(?:alles|das alles|hier) (?:\w+ ){0,3}(?:so |zu |total |sehr )?kompliziert|finde mich (?:\w+ ){0,4}nicht zurecht|"
        r"erklären,? wie (?:\w+ ){0,2}(?:alles|das alles|es) (?:\w+ ){0,2}(?:läuft|funktioniert|geht)",
        r"(?:her şey|herşey|burası|bürokrasi) (?:\w+ ){0,2}(?:çok |fazla )?(?:karışık|karmaşık)|içinden çıkamıyorum|işlerin (?:\w+ ){0,2}nasıl (?:yürüdüğünü|işlediğini)",
        r"(?:كل شي|كل شيء|كلشي) (?:\w+ ){0,2}(?:معقد|صعب)|(?:ما|مو|مش) (?:عم )?(?:لاقي|لاقية|عارف|قادر) (?:\w+ )?طريقي|"
        r"(?:يوضحلي|يشرحلي|يفهمني|يفهمني) كيف (?:\w+ )?(?:الأمور|الامور|كل شي|النظام)",
        r"همه ?چیز (?:\w+ ){0,3}پیچیده|از پس (?:\w+ ){0,6}(?:برنمی|بر نمی)|توضیح بده (?:\w+ ){0,2}(?:کارها|همه چیز) چطور",
        r"(?:всё|все) (?:\w+ ){0,2}(?:так |такое |слишком )?(?:сложно|запутанно)|не могу разобраться|"
        r"объяснить,? как (?:\w+ )?(?:всё|все|тут|здесь) (?:\w+ )?(?:работает|устроено)",
        r"(?:все|усе) (?:\w+ ){0,2}(?:таке |так |занадто )?(?:складне|складно|заплутано)|не можу розібратися|"
        r"пояснити,? як (?:\w+ )?(?:все|усе|тут) (?:\w+ )?(?:працює|влаштовано)",
        r"wszystko (?:\w+ ){0,3}(?:takie |tak |zbyt )?skomplikowane|nie mogę się (?:\w+ )?(?:połapać|odnaleźć)|"
        r"(?:wytłumaczyć|wyjaśnić),? jak (?:\w+ ){0,2}(?:działa|funkcjonuje)",
        r"всичко (?:\w+ ){0,3}(?:толкова |твърде )?(?:сложно|объркано)|не мога да се оправя|обясни,? как (?:\w+ ){0,2}(?:стоят нещата|работи)",
        r"totul (?:\w+ ){0,3}(?:atât de |prea |foarte )?complicat|nu mă descurc|(?:explice|explica),? cum (?:\w+ ){0,2}(?:merg lucrurile|funcționează)",
        r"(?:tout|c'est) (?:\w+ ){0,3}(?:si |tellement |trop )?compliqué|(?:arrive|arrivons) pas à (?:m'y|nous y|me) retrouver|"
        r"expliquer,? comment (?:\w+ ){0,2}(?:ça (?:se passe|marche)|les choses|tout (?:marche|fonctionne))",
        r"todo (?:\w+ ){0,3}(?:tan |muy |demasiado )?complicado|no me aclaro|"
        r"explicar(?:me)?,? cómo (?:\w+ ){0,2}(?:funcionan? las cosas|funciona todo|va todo|van las cosas)",
    ),
    # So many questions, doubts about everything.
    "many_questions": (
        r"(?:i|we) have (?:so |too |very )?(?:many|lots of|a lot of|a thousand|loads of) (?:questions|doubts)",
        r"(?:habe|haben) (?:\w+ )?(?:so |sehr |ganz |total )?(?:viele|tausend|lauter) fragen",
        r"(?:çok|bir sürü|birçok|bin) (?:\w+ )?(?:sorum|sorumuz|soru) var",
        r"عندي (?:\w+ )?(?:كتير|كثير من|الكثير من|مليون) (?:أسئلة|اسئلة|سؤال)|عندي (?:أسئلة|اسئلة) (?:كتير|كثيرة)",
        r"(?:خیلی|کلی|یه عالمه|بسیار) (?:\w+ )?(?:سوال|سؤال|سوالات|سؤالات|سوالای) (?:\w+ )?(?:دارم|داریم)",
        r"у (?:меня|нас) (?:\w+ )?(?:очень |так |столько )?(?:много|куча|масса|тысяча) вопросов",
        r"у (?:мене|нас) (?:\w+ )?(?:дуже |так |стільки )?(?:багато|купа|маса|тисяча) (?:питань|запитань)",
        r"(?:mam|mamy) (?:\w+ )?(?:tak |bardzo )?(?:wiele|dużo|mnóstwo|tyle|tysiąc) pytań",
        r"(?:имам|имаме) (?:\w+ )?(?:толкова |страшно )?(?:много|куп|хиляди) въпроси",
        r"(?:am|avem) (?:\w+ )?(?:atât de |foarte )?(?:multe|o mulțime de|atâtea|o grămadă de|o mie de) întrebări",
        r"(?:j'ai|nous avons|on a) (?:\w+ )?(?:beaucoup de|tant de|plein de|mille|tellement de|trop de) questions",
        r"(?:tengo|tenemos) (?:\w+ )?(?:muchas|muchísimas|tantas|mil|un montón de|demasiadas) (?:dudas|preguntas)",
    ),
    # Feeling lost, confused, overwhelmed; being new, having just arrived.
    "lost_new": (
        r"\bi'?m (?:\w+ ){0,2}(?:new|lost|confused)\b|\bi am (?:\w+ ){0,2}(?:new|lost|confused)\b|\bwe(?:'re| are) (?:\w+ ){0,2}(?:new|lost)\b|"
        r"\bnew here\b|just (?:moved|arrived|got) here|(?:just|recently) arrived|feel(?:ing|s)? (?:\w+ ){0,3}(?:lost|confused)|overwhelmed|"
        r"(?:i|we) (?:\w+ )?(?:get|getting|got) (?:\w+ )?lost\b(?! (?:my|our|the|a|his|her|documents?|papers?|cards?|passports?|ids?)\b)",
        r"\bbin (?:\w+ )?neu\b|\bneu hier\b|gerade angekommen|frisch angekommen|fühle mich (?:\w+ ){0,3}(?:verloren|überfordert)|überforder(?:t|n|e)\b|verwirrt|"
        r"(?:bin|sind) (?:\w+ ){0,2}(?:verloren|aufgeschmissen)|"
        r"(?:total|völlig|voll|ganz(?: schön)?|komplett|echt|ziemlich|etwas|bisschen|einfach|so) verloren\b|verliere (?:\w+ ){0,4}den überblick",
        r"je suis (?:\w+ )?(?:nouvelle?s?|nouveaux?|perdue?|paumée?|arrivée?)\b|je viens d'arriver|nous venons d'arriver|on vient d'arriver|"
        r"je me sens (?:\w+ ){0,3}perdue?|débordée?\b" + _NOT_AT_WORK + r"|confuse?\b|"
        # (lane lost23, a lost state, not the overwhelmed family: beside two parts of life it
        # would drop them, "débordés par le travail et le logement, on cherche une crèche";
        # busy at work is no lost state; review of lost23)
        r"(?:je suis|on est|nous sommes) (?:\w+ ){0,2}(?:dépassée?s?|débordée?s?|submergée?s?)\b"
        + _NOT_AT_WORK
        + r"|"
        r"(?:nous sommes|on est|je suis) (?:\w+ ){0,2}(?:perdu|paumé)(?:e|s|es)?\b|"
        r"(?:je |on |nous )?(?:m'y|me|s'y|nous y|se) perd(?:s|ons)?\b",
        r"soy nuev[oa]\b|somos nuev[oa]s|acabo de llegar|acabamos de llegar|recién llegad|est(?:oy|ás|á|amos|án) (?:\w+ ){0,2}(?:perdid[oa]s?|confundid[oa]s?)|"
        r"(?:me|nos) (?:siento|sentimos) (?:\w+ ){0,3}perdid[oa]|agobiad[oa]|abrumad[oa]|desbordad[oa]|(?:me|nos) (?:pierdo|perdemos)\b",
        r"yeniyim|yeni geldi|yeni taşındı|kafam karış|bunaldım|kayboldum|kaybolduk|kaybolmuş|kayboluyor\w*|şaşkın",
        r"(?:أنا|انا) (?:\w+ )?جديد|وصلت (?:\w+ )?(?:جديد|للتو|حديثا|من فترة قصيرة)|(?:لسا|لسه|توني) (?:\w+ )?(?:واصل|وصلت)|"
        r"تائه|ضايع|ضائع|محتار|محتارة|حاسس حالي ضايع|(?:عم |ع )(?:ب)?ضيع (?:بين|في|ب|مع|هون)|بضيع (?:بين|في|مع|هون)",
        r"تازه (?:\w+ ){0,2}(?:وارد|رسیده|رسیدم|آمده|اومدم|اومده)|سردرگم|گیج",
        r"я (?:\w+ )?(?:новеньк|здесь нов|тут нов|новый|новая)|(?:только|только что|недавно) (?:\w+ )?(?:приехал|переехал)|растерян|растерял|запутал|"
        + _NOT_PAPERS_BEFORE
        + r"потерял(?:ся|ась|ись)|заблудил(?:ся|ась|ись)|(?:чувствую себя|я|мы) (?:\w+ ){0,2}потерянн",
        r"я (?:\w+ )?(?:тут |тут )?(?:нова|новий|новенька)\b|(?:щойно|тільки|тільки-но|нещодавно) (?:\w+ )?(?:приїхал|переїхал)|розгублен|розгубил|розгубив|заплутал|"
        + _NOT_PAPERS_BEFORE
        + r"(?:загубил(?:ся|ася|ися)|загубився)|(?:почуваюся|почуваюсь|я|ми) (?:\w+ ){0,2}загублен",
        r"jestem (?:\w+ )?now[ya]\b|(?:właśnie|dopiero|niedawno) (?:\w+ )?przyjecha|czuję się (?:\w+ ){0,3}zagubion|"
        + _NOT_PAPERS_BEFORE
        + r"zagubi(?:on|en)"
        + _NOT_PAPERS_AFTER
        + r"|przytłoczon|pogubił",
        r"нов(?:а)? съм|(?:току-що|наскоро|тъкмо) (?:\w+ )?пристигна|объркан|изгубен|изгубена",
        r"sunt (?:\w+ )?(?:nou|nouă)\b|(?:abia|tocmai|recent) (?:\w+ )?(?:am ajuns|am venit|sosit)|am ajuns (?:de curând|recent)|"
        r"mă simt (?:\w+ ){0,3}pierdut|copleșit|confuz|derutat|"
        r"(?:sunt|suntem) (?:\w+ ){0,2}(?:pierdut|pierdută|pierduți|pierdute)|(?:mă|ne) pierd(?:em)?\b",
        # Everything (here) is new to me (lane lost17): "nuevo", "جديد" are services' words
        # (a new home, the newborn).
        r"(?:everything|it'?s all|all of (?:it|this)) (?:\w+ ){0,2}(?:is |'s )?(?:so |completely |totally )?new (?:to|for) (?:me|us)",
        r"(?:alles|das alles) (?:\w+ ){0,3}(?:ist )?(?:so |ganz |völlig |total )?neu für (?:mich|uns)",
        r"(?:her şey|herşey) (?:\w+ ){0,2}(?:bana|bize) (?:çok )?yeni",
        r"(?:كل شي|كل شيء|كلشي) (?:\w+ ){0,2}(?:جديد|جديدة) (?:علي|عليي|علينا|بالنسبة لي|بالنسبة إلي)",
        r"همه ?چیز (?:\w+ ){0,2}(?:برام|برامون|برای من|برای ما) (?:\w+ )?(?:جدیده|جدید است|تازه ?ست)",
        r"(?:все|усе) (?:\w+ ){0,2}(?:для мене|для нас) (?:\w+ )?нове",
        r"(?:всё|все) (?:\w+ ){0,2}(?:для меня|для нас) (?:\w+ )?нов(?:ое|о)\b",
        r"wszystko (?:\w+ ){0,2}(?:jest )?(?:dla mnie|dla nas) (?:\w+ )?nowe",
        r"всичко (?:\w+ ){0,2}(?:е )?(?:толкова )?ново (?:за (?:мен|нас)|тук|тука)\b",
        r"totul (?:\w+ ){0,2}(?:e |este )?(?:atât de )?nou pentru (?:mine|noi)",
        r"tout (?:\w+ ){0,2}(?:est )?(?:si |tellement )?nouveau pour (?:moi|nous)",
        r"todo (?:\w+ ){0,2}(?:es )?(?:tan |muy )?nuevo para (?:mí|mi|nosotros)",
    ),
    # Overwhelmed by it all (twenty-sixth session, lane lost16): everything is too much, grows
    # over one's head, one cannot cope or manage anything any more, one's head spins from the
    # offices, panic from their letters, a pile of letters one cannot read; knowing nobody here
    # and not knowing one's way around the offices.
    "overwhelmed": (
        r"(?:it'?s|everything(?:'s| is)?|all (?:of )?this(?: is)?|this is) (?:\w+ ){0,2}too much\b|"
        r"(?:everything|it all|it'?s all) (?:\w+ ){0,2}over my head|"
        r"(?:can'?t|cannot|can no longer) (?:manage|cope|handle|take) (?:\w+ ){0,3}(?:any ?more|anything|it all)|"
        r"(?:manage|get) nothing done|(?:head is|head'?s|head keeps) spinning|"
        r"panic(?:king)? (?:\w+ ){0,3}(?:about|over|because of|from) (?:\w+ ){0,3}(?:letters|offices|papers|authorities)|"
        r"(?:pile|stack|heap|mountain|lots|loads) of (?:\w+ ){0,2}(?:letters|mail|papers)|"
        r"(?:don'?t|do not) know (?:anyone|anybody|the offices|my way around)|know (?:nobody|no one)",
        r"(?:wird|ist|wächst) (?:mir )?(?:\w+ ){0,2}(?:zu viel|über den kopf)|alles zu viel|"
        r"(?:schaffe|schaffen) (?:\w+ ){0,3}(?:nicht mehr|nichts)|"
        r"(?:kriege|kriegen|bekomme|bekommen) (?:\w+ ){0,3}nichts (?:mehr )?(?:auf die reihe|hin|geregelt)|"
        r"komme (?:\w+ ){0,5}nicht (?:mehr )?(?:klar|zurecht|weiter)\b|(?:schwirrt|dreht sich) (?:mir )?der kopf|"
        r"panik (?:\w+ ){0,3}(?:wegen|vor|bei) (?:\w+ ){0,4}(?:briefe|briefen|ämter|ämtern|post|behörden|papiere)|"
        r"(?:stapel|haufen|berg|menge) (?:\w+ ){0,2}(?:briefe|post|papiere)|"
        r"kenne(?:n)? (?:hier )?niemand(?:en)?|kenne(?:n)? (?:mich|uns) (?:\w+ ){0,6}nicht (?:mehr )?aus",
        r"üstüme (?:üstüme )?geliyor|altından kalkamıyorum|başa çıkamıyorum|baş edemiyorum|"
        r"hiçbir şey(?:i)? (?:\w+ )?(?:yapamıyorum|beceremiyorum|halledemiyorum|yetiştiremiyorum)|"
        r"başım dönüyor|(?:yığın|bir sürü|yığınla) (?:\w+ ){0,2}(?:mektup|evrak)|kimseyi tanımıyor\w*",
        r"فوق طاقتي|(?:ما|مش|مو) (?:عم )?(?:ب)?(?:قدر|اقدر|أقدر|قادر|قادرة) (?:\w+ )?(?:اتحمل|أتحمل|كفي|كمل)|"
        r"(?:ما|مش) (?:عم )?(?:ب)?(?:لحق|الحق|ألحق) (?:\w+ )?(?:شي|على شي)|"
        r"تعبت من (?:\w+ ){0,2}(?:الدوائر|الدواير|المكاتب|الأوراق|الاوراق|الرسائل|المعاملات)|"
        r"راسي (?:عم )?(?:يدور|بيدور|دايخ)|كومة (?:\w+ )?(?:رسائل|أوراق|اوراق)",
        r"کم آوردم|دیگه نمی ?کشم|سرم (?:\w+ )?گیج|از دستم (?:\w+ )?(?:در ?رفته|خارج)|"
        r"(?:یه عالمه|کلی|یک عالمه|انبوه) (?:\w+ )?نامه|(?:کسی|هیچ ?کس) (?:رو|را) نمی ?شناسم",
        r"не під силу|не справляюся|не справляюсь|не даю (?:собі )?ради|голова (?:\w+ )?обертом|"
        r"нічого не (?:встигаю|виходить)|(?:купа|гора|стос) (?:\w+ ){0,2}(?:листів|паперів)",
        r"не справляюсь|не справляемся|не под силу|голова (?:\w+ )?кругом|ничего не (?:успеваю|получается)|"
        r"(?:куча|гора|стопка) (?:\w+ ){0,2}(?:писем|бумаг)",
        r"przerasta mnie|mnie przerasta|nie daj(?:ę|emy) (?:sobie )?rady|nie ogarniam|kręci mi się w głowie|"
        r"nic mi nie wychodzi|(?:się )?gubi(?:ę|my)(?: się)?\b|(?:stos|sterta|kupa|mnóstwo) (?:\w+ ){0,2}(?:listów|pism|papierów)|"
        r"nikogo nie znam|nie znam nikogo",
        r"(?:идва|дойде) (?:ми )?в повече|не се справям|нищо не успявам|не успявам (?:\w+ )?нищо|главата ми (?:\w+ )?се (?:върти|замая)|"
        r"(?:купчина|куп|планина) (?:\w+ ){0,2}(?:писма|документи)|не познавам никого|не познаваме никого",
        r"nu (?:mai )?fac față|(?:mă|ne) depășește|mă copleșește|nu reușesc (?:\w+ )?nimic|mi se învârte capul|"
        r"(?:teanc|grămadă|morman|mulțime) (?:\w+ ){0,2}(?:scrisori|hârtii|acte)|nu cunosc pe nimeni",
        r"(?:ça|tout ça|tout|cela) me dépasse|je suis dépassée?\b|je n'y arrive plus|j'y arrive plus|je n'arrive (?:plus )?à rien|"
        r"la tête qui tourne|trop pour moi|je craque|submergée?s?\b|(?:pile|tas|montagne) (?:\w+ ){0,2}(?:lettres|courriers|papiers)|"
        r"(?:ne )?connais personne",
        r"(?:todo|esto) me (?:supera|sobrepasa|desborda|queda grande)|no (?:puedo|consigo) con todo|no doy abasto|"
        r"no consigo nada|me da vueltas la cabeza|ya no puedo más|(?:montón|pila|montaña) (?:\w+ ){0,2}(?:cartas|papeles)|"
        r"no conozco a nadie",
        # Lane lost17 (twenty-seventh session): knowing neither the offices nor the procedures
        # here ("wir kennen hier weder die Ämter noch die Abläufe", "nu cunoaștem nici
        # birourile"), not knowing anyone; drowning in the forms, letters and offices ("je me
        # noie dans les formulaires", "тону в анкетах"); not coping any more ("nie radzę sobie",
        # "je n'en peux plus", "ما عدت قادر").
        r"(?:don'?t|do not) know (?:\w+ ){0,2}(?:the |any )?(?:offices|authorities|procedures|system)\b|"
        r"drowning (?:in|under) (?:\w+ ){0,3}(?:forms|letters|papers|paperwork|offices|bureaucracy)|can'?t cope|can no longer cope",
        r"kenne(?:n)? (?:\w+ ){0,2}(?:weder |keine |nicht )?(?:die )?(?:ämter|behörden|abläufe)\b|"
        r"(?:ertrinke|ersticke|ertrinken|ersticken) (?:\w+ ){0,3}(?:in|im|unter) (?:\w+ ){0,2}(?:formularen|briefen|papieren|papierkram|ämtern|behörden|post)",
        r"(?:daireleri|kurumları|işleyişi|prosedürleri) (?:\w+ ){0,3}(?:bilmiyorum|bilmiyoruz|tanımıyorum|tanımıyoruz)|(?:arasında|içinde|altında) boğuluyorum|(?:evrak|form|mektup|daire)\w* (?:\w+ ){0,3}boğul\w*|bunalttı",
        r"(?:ما|مش|مو) (?:م|ب|بن)?(?:نعرف|عرف|بعرف|اعرف|أعرف) (?:\w+ )?(?:لا )?(?:الدوائر|الدواير|المكاتب|الإجراءات|الاجراءات)|"
        r"(?:ما|مش) (?:عدت|عاد|بقيت) (?:\w+ )?(?:قادر|قادرة|اقدر|أقدر)|(?:غرقان|غرقانة|غرقت|غرقانين) (?:\w+ )?(?:ب|في )(?:ال)?(?:استمارات|أوراق|اوراق|ورق|رسائل|رسايل|معاملات|دوائر|دواير|مكاتب)",
        r"(?:اداره|ادارات|دفتر)\w* (?:\w+ ){0,3}(?:رو |را )?(?:نمی ?شناس\w*)|نه (?:\w+ ){1,3}(?:رو |را )?می ?شناس\w* نه|"
        r"(?:تو|در|زیر) (?:\w+ ){0,6}غرق (?:شدم|شدیم|شده ?ام)|دیگه نمی ?کشم|کلافه (?:شدم|شدیم|ام)",
        r"не (?:знаю|знаємо) (?:\w+ ){0,2}(?:ні )?(?:установ\w*|відомств\w*|процедур\w*|порядк\w*)",
        r"не (?:знаю|знаем) (?:\w+ ){0,2}(?:ни )?(?:учреждени\w*|ведомств\w*|процедур\w*|порядк\w*)|тону в (?:\w+ ){0,2}(?:анкет|паперах|бумагах|листах|письмах|установах|учреждениях|документах)\w*",
        r"nie (?:znam|znamy) (?:\w+ ){0,2}(?:ani )?(?:urzęd\w*|procedur\w*)|(?:nie radzę|nie radzimy) sobie|sobie (?:już )?nie (?:radzę|radzimy)|(?:toniemy|tonę) w (?:\w+ ){0,2}(?:formularz|papier|urzęd|list|pism|dokument)\w*",
        r"не (?:познавам|познаваме) (?:\w+ ){0,2}(?:нито )?(?:служби\w*|институции\w*|процедури\w*)|(?:се давя|давя се|се давим) (?:\w+ ){0,2}(?:във?) (?:\w+ ){0,2}(?:формуляр|документ|писм|служб|хартии)\w*",
        r"nu (?:cunosc|cunoaștem) (?:\w+ ){0,2}(?:nici )?(?:birouril\w*|birouri|instituțiil\w*|procedurile|autoritățile)|(?:mă|ne) înec(?:ăm)? (?:\w+ ){0,2}(?:în|cu) (?:\w+ ){0,2}(?:formulare|acte|hârtii|scrisori|birouri|documente)",
        r"(?:ne )?(?:connais|connaissons|connaît|connaissent) (?:\w+ ){0,2}(?:ni )?(?:les )?(?:administrations|bureaux|services|démarches|procédures)\b|"
        r"(?:je|on) n'en peu[xt] plus|(?:me|nous) noie\w* (?:\w+ ){0,2}(?:dans|sous) (?:\w+ ){0,2}(?:formulaires|papiers|courriers|lettres|administrations|démarches)|noyée?s? (?:sous|dans) (?:\w+ ){0,2}(?:formulaires|papiers|courriers|lettres|administrations|démarches)",
        r"no (?:conozco|conocemos) (?:\w+ ){0,2}(?:ni )?(?:las |los )?(?:oficinas|trámites|procedimientos|autoridades)\b|(?:me ahogo|nos ahogamos|ahogad[oa]s?) (?:\w+ ){0,2}(?:en|entre|con) (?:\w+ ){0,2}(?:formularios|papeles|cartas|oficinas|trámites|documentos)",
        # Lane lost20 (twenty-eighth session): too many papers, letters, offices ("trop de papiers,
        # trop de bureaux", "zu viele Ämter", "أوراق كتير ودوائر كتير"), always with what there
        # is too much of, and a list of them ("tant de courriers et de rendez-vous"): "trop" is
        # the housing benefit's word, "bureau" the neighbourhood centres'. Too much for me.
        *_TOO_MANY,
        # Lane lost23: swamped, drowned, buried, lost in the offices' things; aimless, asking
        # someone (`_SWAMPED`, `_AIMLESS`).
        *_SWAMPED,
        *_AIMLESS,
        r"(?:(?:is|are|gets?|getting|it'?s) (?:\w+ ){0,2})?too much for (?:me|us)\b",
        r"(?:ist|sind|wird|werden) (?:mir|uns) (?:\w+ ){0,2}zu viel\b|zu viel für (?:mich|uns)\b",
        r"(?:c'est|ça fait) (?:beaucoup )?trop(?: pour (?:moi|nous))?" + _CLAUSE_END,
        r"(?:es |son )?demasiado para (?:mí|mi|nosotros)\b|(?:me|nos) (?:\w+ )?(?:supera|superan|agobia|agobian|desborda|desbordan)\b",
        r"(?:e |sunt )?prea (?:mult|multe) pentru (?:mine|noi)\b|(?:mă|ne) depășesc\b",
        r"dla (?:mnie|nas) (?:\w+ )?za dużo\b|za dużo dla (?:mnie|nas)\b|(?:mnie|nas) przerastaj\w*",
        r"(?:для меня|для нас) (?:\w+ )?слишком\b|слишком (?:\w+ )?для (?:меня|нас)\b",
        r"(?:для мене|для нас) (?:\w+ )?(?:забагато|занадто)\b|(?:забагато|занадто) (?:\w+ )?для (?:мене|нас)\b",
        r"(?:твърде|прекалено) много (?:е )?за (?:мен|нас)\b|(?:ми|ни) (?:\w+ )?(?:идват|идва|дойдоха|дойде) в повече",
        r"(?:benim|bizim) için (?:\w+ )?(?:çok fazla|fazla)\b",
        r"(?:كتير|كثير) (?:علي|عليي|علينا)(?!\w)",
        r"(?:برام|برامون|برای من|برای ما) (?:\w+ )?(?:زیاده|خیلی زیاده|زیادی)(?!\w)",
    ),
}


def _lost_lower(text: str) -> str:
    """Casefolded text (the Turkish İ an i, as in `analysis.tokens`)."""
    return text.casefold().replace("i\u0307", "i").replace("’", "'")


def _lost_fold(text: str) -> str:
    """`_lost_lower`, each character folded on its own (so spans stay those of the text):
    diacritics gone, one form of Arabic/Farsi letters, "ı" = "i", the half-space a space."""
    return "".join(_fold_char(c) for c in _lost_lower(text))


@functools.cache
def _fold_char(c: str) -> str:
    if c == "\u200c":
        return " "
    folded = fold(c).replace("ı", "i")
    return folded if len(folded) == 1 else c


_LOST_PARTS = [re.compile(_lost_fold(p)) for family in _LOST_FAMILIES.values() for p in family]
# One search for all: the phrases start a word (or follow the Arabic "و"/"ف" written onto
# it: "وما بعرف"), so the many alternatives are tried at word starts only (≈ 6x faster);
# Japanese has no spaces.
_WORD_START = r"(?:(?<!\w)|(?<=(?<!\w)[\u0648\u0641]))"
_LOST = re.compile(
    _WORD_START
    + "(?:"
    + "|".join(p.pattern for p in _LOST_PARTS if not JAPANESE_CHARS.search(p.pattern))
    + ")|"
    + "|".join(p.pattern for p in _LOST_PARTS if JAPANESE_CHARS.search(p.pattern))
)


# Words said around a lost phrase that name no service although a service's name or synonyms
# hold their stem ("people" / people with disabilities, "Niemiec" / the national visa to
# Germany, "въпроси" / family questions, "گیج‌کننده" (confusing) / consumer (مصرف‌کننده)).
# Exact word forms, folded as the patterns are: a form is listed, never a stem, so "maintenant"
# (now) goes and "maintenance" stays, "passe" (goes on) goes and "Pass" stays. Families in
# every language: people and "people like me"; many, so much; questions; the
# country in its case forms; now; how things go here; can; the Farsi "-کننده" (-ing) of an
# adjective written with a half-space.
_GENERIC_FORMS: dict[str, str] = {
    "en": "people person persons many much lots questions germany now going happens can could",
    "de": "leute menschen person personen viele viel so fragen deutschland jetzt nun geht "
    "läuft laufen kann könnte",
    "tr": "insanlar insan kişi kişiler çok birçok sorular sorularım almanya "
    "almanyaya almanyada şimdi oluyor gidiyor yürüyor işliyor",
    "ar": "ناس الناس أشخاص اشخاص كثير كثيرة كتير أسئلة اسئلة ألمانيا المانيا "
    "الآن هلق هلأ ماشية ماشي بتمشي يمشي",
    "uk": "люди людей людям людини багато стільки питань запитань німеччина "
    "німеччини німеччину німеччині тепер зараз відбувається влаштовано може можна",
    "ru": "люди людей людям человека много столько вопросов германия германии "
    "германию теперь сейчас происходит устроено может можно",
    "pl": "ludzie ludzi ludziom osoby osób wiele dużo tyle pytań pytania "
    "niemcy niemiec niemczech niemcami teraz dzieje działa może można",
    "bg": "хора хората човек много толкова въпроси въпросите германия сега става стоят може можете",
    "ro": "oameni oamenii persoane persoanele multe mult atâtea atât întrebări întrebările "
    "germania germaniei acum merg merge poate",
    "fr": "gens personnes beaucoup tant tellement questions allemagne maintenant passe "
    "passent marche peut",
    "es": "gente personas muchos muchas mucho tantos tantas tanto preguntas alemania "
    "ahora pasa funcionan puede",
    "fa": "مردم آدم آدما افراد زیاد خیلی بسیار سوالات سوالها سؤالات آلمان حالا الان "
    "میگذره چطوریه کننده",
    # Greetings ("Здравейте, нова съм тук …": "здравейте" shares its first letters with health).
    # Between ("between the town hall, the papers and the language I can't cope", lane lost17):
    # the French and Spanish "entre" shares its letters with the entrepreneurs' services.
    "between": "between zwischen arasında بين між между między între entre بین",
    # The Arabic prepositions with a pronoun written onto them ("روح عليه", go to it; lane
    # lost20): "عليه" is a word of two services' synonyms.
    "ar pronouns": "عليه عليها عليهم علينا فيه فيها منه منها إليه اليه إليها اليها معه معها",
    "greetings": "hello hi hallo merhaba selam مرحبا مرحباً اهلا أهلا привіт вітаю здравствуйте "
    "привет cześć witam здравейте здрасти salut bonjour hola سلام درود",
}
# Words of arriving and finding one's way, said around a lost phrase ("I just moved to Dortmund
# and don't know where to start"): they name no service there ("przyjechałam" / the national
# visa, "преместих" / the registration of a new home); in a question that says no lost phrase
# they may ("within how many days after I moved in must I register?": sent to counselling by
# the semantic signal when its moving word went), so only a lost phrase's question loses them.
_ARRIVAL_FORMS: dict[str, str] = {
    "en": "moved arrived came landed flew got orient find way",
    "de": "umgezogen hergezogen zugezogen gezogen angekommen gekommen hergekommen "
    "hierhergekommen gelandet geflogen zurechtfinden "
    "orientieren",
    "tr": "taşındım taşındık geldim geldik indim indik",
    "ar": "واصل واصلة واصلين انتقلت انتقلنا وصلت وصلنا جيت جينا",
    "uk": "переїхав переїхала переїхали приїхав приїхала приїхали прилетів прилетіла прилетіли "
    "зорієнтуватися розібратися",
    "ru": "переехал переехала переехали приехал приехала приехали прилетел прилетела прилетели "
    "сориентироваться разобраться",
    "pl": "przeprowadziłem przeprowadziłam przeprowadziliśmy przyjechałem przyjechałam "
    "przyjechaliśmy przyleciałem przyleciałam przylecieliśmy połapać odnaleźć mieszkam mieszkamy",
    "bg": "преместих преместихме пристигнах пристигнахме дойдох дойдохме долетях долетяхме кацнах "
    "кацнахме ориентирам ориентираме оправя",
    "ro": "mutat venit sosit ajuns aterizat orientez descurc",
    "fr": "emménager emménagé emménagée emménagés déménagé déménagée déménagés arrivé arrivée arrivés arriver venu venue venus "
    "venues atterri orienter retrouver",
    "es": "llegar mudé mudamos mudado llegué llegamos llegado aterricé aterrizamos orientarme aclaro vine "
    "vinimos venido",
    "fa": "اومدم آمدم رسیدم اومدیم آمدیم رسیدیم اسباب کشی",
}

# Having settled somewhere (lane lost20: "we've just settled here with the family and don't know
# in which order"): a word of arriving only said with "just", "recently", "new" (`_RECENT_FORMS`);
# "we settled in Dortmund, where do I apply for a plate?" tells where one lives, and
# "niedergelassen", "stabilit", "osiedl", "yerleş" are the settlement permit's words.
_SETTLED_FORMS: dict[str, str] = {
    "en": "settled",
    "de": "niedergelassen eingelebt angesiedelt",
    "tr": "yerleştim yerleştik yerleştiğimiz yerleşti",
    "ar": "استقريت استقرينا استقرّينا",
    "uk": "облаштувалися облаштувався облаштувалася оселилися оселився оселилася",
    "ru": "обосновались обосновался обосновалась поселились поселился поселилась",
    "pl": "osiedliliśmy osiedliłem osiedliłam zamieszkaliśmy zamieszkałem zamieszkałam",
    "bg": "установихме установих заселихме заселих",
    "ro": "stabilit stabiliți instalat instalați",
    "fr": "installer installé installée installés installées",
    "es": "instalar instalado instalados instalamos instalé establecido establecimos",
    "fa": "ساکن",
}
_RECENT_FORMS: dict[str, str] = {
    "en": "just recently newly",
    "de": "gerade eben frisch kürzlich neu",
    "tr": "yeni henüz",
    "ar": "لسا لسه توني للتو حديثا",
    "uk": "щойно нещодавно тільки",
    "ru": "только недавно",
    "pl": "właśnie dopiero niedawno",
    "bg": "току наскоро тъкмо",
    "ro": "tocmai abia recent",
    "fr": "vient viens venons venez viennent juste récemment",
    "es": "acabamos acabo acaba recién recientemente",
    "fa": "تازه",
}


# The parts of one's life listed as what is too much (lane lost16: "everything grows over my
# head: the flat, the papers, work"): beside an overwhelmed phrase (`_LOST_FAMILIES`
# "overwhelmed") and two or more of them, a list of what weighs, not a need; one alone ("it's
# all too much, I need a flat") keeps its service. The forms too, in every language (lane
# lost23: "les courriers, les rendez-vous et les formulaires"; English and German had them).
_DOMAIN_FORMS: dict[str, str] = {
    "en": "appointments letters mail system flat apartment housing home work job paperwork papers documents forms language "
    "offices hall",
    "de": "termine terminen briefe briefen post system systems wohnung arbeit job jobsuche arbeitssuche papiere papieren papierkram formulare formularen sprache ämter "
    "ämtern rathaus dokumente",
    "tr": "randevular randevu dili mektuplar mektupları mektup formlar formları sistem sistemi ev evraklar evrak belgeler iş işim dil belediye daireler",
    "ar": "المواعيد مواعيد أوراق اوراق الرسائل رسائل الاستمارات استمارات والرسائل النظام والنظام البيت بيت الشغل شغل العمل اللغة الأوراق الاوراق السكن البلدية والبيت والشغل "
    "واللغة والأوراق والاوراق",
    "uk": "записи прийоми мову мови листи листів анкети анкет анкетами бланки система систему житло квартира папери паперами документи робота мова мовою ратуша ратушею установи",
    "ru": "записи приёмы языка письма писем анкеты анкет анкетами формуляры система систему квартира жильё жилье бумаги бумагами документы работа язык языком ратуша ратушей "
    "учреждения",
    "pl": "terminy wizyty języka listy listów listami formularze formularzy formularzami system systemu mieszkanie papiery papierami dokumenty praca język językiem urzędem urzędy",
    "bg": "часове писмата писма формуляри формулярите системата квартирата квартира жилище документите документи работата работа езикът езика "
    "общината служби",
    "ro": "programări programările scrisorile scrisori formulare formularele sistemul locuința locuință locuinta casa actele acte serviciul munca muncă limba limbă "
    "primărie primăria birouri",
    "fr": "rendez lettres courriers courrier formulaires formulaire système logement appartement papiers travail boulot langue mairie administrations",
    "es": "citas cartas correo formularios sistema piso casa vivienda papeles documentos trabajo idioma ayuntamiento oficinas",
    "fa": "نوبت نامه فرم فرمها سیستم خونه خانه مدارک کار زبان شهرداری اداره",
}
# Beside any lost phrase, three or more of them listed ("I arrived a week ago and have no idea
# where to start: documents, a flat, work"; lane lost17) are what one must find one's way in,
# not one need.
DOMAINS_LISTED = 3
# A newcomer's first errands, listed as what to do in which order ("no clue what to sort out
# first: registration, bank, insurance?"; lane lost20): each errand counts once, in whatever
# words ("bank account", "compte bancaire"), beside the parts of life above; three or more
# beside a lost phrase (two beside an overwhelmed one) are a list to put in order, not one
# need ("where do I start with my bank account?" keeps its service).
_ERRAND_FORMS: dict[str, str] = {
    "registration": "registration register registering anmeldung anmelden ummeldung "
    "inscription enregistrement empadronamiento empadronarme empadronarse padrón registro "
    "înregistrarea înregistrare meldunek meldunku zameldowanie zameldować прописка прописку "
    "регистрация регистрацию реєстрація реєстрацію регистрацията kayıt kaydı التسجيل تسجيل ثبت نام",
    "bank": "bank account konto bankkonto girokonto compte bancaire banque cuenta bancaria banco "
    "cont contul bancar bancă banca banku konta счёт счет банке банк банковский рахунок банку "
    "банкова банка сметка banka hesabı hesap البنك بنك حساب بانکی بانک",
    "insurance": "insurance krankenversicherung krankenkasse versicherung assurance mutuelle "
    "seguro health santé maladie médico médica salud sănătate zdrowotne медицинская медичне здравна "
    "sağlık الصحي درمانی asigurarea asigurare asigurări ubezpieczenie ubezpieczenia страховка страховку "
    "страхування осигуровка осигуровката sigorta sigortası التأمين تأمين بیمه",
    "school": "school daycare kindergarten kita schule école crèche escuela colegio guardería "
    "școală școala grădiniță szkoła szkoły przedszkole школа школу садик садок училище "
    "детска градина okul kreş المدرسة مدرسة الروضة روضة مدرسه مهدکودک",
    "permit": "permit visa ausländerbehörde aufenthaltstitel aufenthaltserlaubnis titre séjour "
    "permiso residencia permis ședere pozwolenie pobyt разрешение внж посвідка дозвіл "
    "пребиваване oturma izni ikamet الإقامة اقامة إقامة اقامت",
    "tax": "tax steuer steuernummer impôts fiscal impuestos fiscale impozit podatkowy налоговый "
    "инн податковий данъчен vergi الضريبي مالیاتی",
}

# Who one came with, said beside a lost phrase and a word of arriving ("we came with the children,
# who can help us?", "przyjechaliśmy całą rodziną"): they name no service there ("copiii" /
# the children's language support, "rodziną" / family counselling); without a word of
# arriving ("who can help me with my children?") they may.
_FAMILY_FORMS: dict[str, str] = {
    "en": "family kids children child husband wife partner whole",
    "de": "familie kindern kinder kind mann frau ehemann ehefrau partner partnerin ganzen",
    "tr": "ailemle ailece aile çocuklarla çocuklarımla çocuklarımızla eşimle çocuğumla",
    "ar": "الولاد ولاد الأولاد الاولاد ولادي أولادي اولادي العيلة العائلة عيلتي عائلتي زوجي زوجتي مرتي الأطفال اطفالي أطفالي",
    "uk": "дітьми дитиною родиною чоловіком дружиною всією",
    "ru": "детьми ребёнком ребенком семьёй семьей мужем женой всей",
    "pl": "dziećmi dzieckiem rodziną mężem żoną partnerem partnerką całą",
    "bg": "децата деца детето семейството семейство съпруга съпругата мъжа жена си цялото",
    "ro": "copiii copii copilul familia familie soțul soția partenerul toată",
    "fr": "enfants enfant famille mari femme partenaire toute",
    "es": "niños niñas hijos hijas hijo hija familia esposo esposa marido mujer pareja toda",
    "fa": "بچه‌ها بچه ها بچه‌هام خانواده خانوادم همسرم شوهرم زنم",
}

# How and when one came, said beside a lost phrase and a word of arriving ("I came by bus from
# Sofia yesterday and don't know what to do first"): the means of travel name no service there
# ("bus", "влак", "otobüsle" / local transport and the Deutschlandticket), nor do the words of
# when ("last night" / the night's emergency services); without a word of arriving ("I'm new,
# where do I buy a bus ticket?") the ticket still names its service, and without a lost phrase
# nothing is dropped.
_TRAVEL_FORMS: dict[str, str] = {
    "en": "monday tuesday wednesday thursday friday saturday sunday last weekend bus coach train plane airplane flight car ferry ship yesterday night today morning "
    "days week weeks month months ago",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende letzten letzte vergangenen bus fernbus zug bahn flugzeug flieger auto schiff gestern vorgestern heute nacht tagen "
    "monat monaten woche wochen",
    "tr": "pazartesi salı çarşamba perşembe cuma cumartesi pazar günü geçen geçtiğimiz otobüs otobüsle tren trenle uçak uçakla araba arabayla gemiyle dün evvelsi bugün gece "
    "gün ay önce hafta haftadır gündür aydır",
    "ar": "الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت الأحد الاحد يوم الماضي الماضية باص بالباص الباص قطار بالقطار القطار طيارة بالطيارة الطيارة الطائرة بالطائرة سيارة "
    "بالسيارة امبارح أمس امس البارحة اليوم شهر أسبوع اسبوع أسبوعين اسبوعين",
    "uk": "понеділок вівторок середу середа четвер суботу субота неділю неділя минулого минулу минулий автобус автобусом автобусі потяг потягом потязі поїзд поїздом поїзді літак літаком "
    "машиною вчора позавчора сьогодні вночі дні днів місяць місяці місяців тиждень тижні "
    "тижнів",
    "ru": "понедельник вторник среду среда четверг пятницу пятница субботу суббота воскресенье прошлую прошлый прошлой автобус автобусе автобусом поезд поезде поездом самолёт самолет самолёте самолете "
    "самолётом самолетом машине машиной вчера позавчера сегодня ночью дня дней месяц "
    "месяца месяцев неделю недели недель",
    "pl": "poniedziałek wtorek środę środa czwartek piątek sobotę sobota niedzielę niedziela ostatni zeszły zeszłym autobus autobusem pociąg pociągiem samolot samolotem autem wczoraj przedwczoraj dzisiaj "
    "dziś nocy dni miesiąc miesiące miesięcy tydzień tygodnia tygodni",
    "bg": "понеделник вторник сряда четвъртък петък събота неделя миналия миналата автобус автобуса влак влака самолет самолета кола колата вчера завчера днес снощи дни "
    "месец месеца седмица седмици",
    "ro": "marți miercuri joi vineri sâmbătă duminică trecută trecut autobuz autobuzul autocar autocarul tren trenul avion avionul mașina mașină ieri "
    "alaltăieri azi astăzi noaptea zile lună luni săptămână săptămâni",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche dernier dernière bus car train avion voiture hier avant aujourd'hui nuit jours mois semaine semaines",
    "es": "lunes martes miércoles jueves viernes sábado domingo pasado pasada autobús bus tren avión coche ayer anteayer hoy noche días mes meses semana semanas",
    "fa": "شنبه یکشنبه دوشنبه سه چهارشنبه پنجشنبه پنج جمعه گذشته پیش اتوبوس قطار هواپیما ماشین دیروز پریروز امروز دیشب روز ماه هفته",
}
# Phrases said beside a lost phrase that name no service there: not speaking German ("I don't
# speak German, who can help me?"; "speak" is in the children's language support, "German" in
# the language courses) and the German offices or bureaucracy as a whole ("германските
# служби"). A question that also names the service keeps that word ("I don't speak German,
# where is a language course?").
_BESIDE_LOST_PHRASES: tuple[str, ...] = (
    r"(?:don'?t|do not|can'?t|cannot) speak (?:\w+ )?german|speak (?:\w+ )?no german|no german|my german is",
    r"(?:spreche|sprechen|kann|können) (?:\w+ )?(?:kein|keine|nicht|kaum) (?:\w+ )?deutsch|kein deutsch|mein deutsch ist",
    r"almanca(?:m|mız)? (?:\w+ )?(?:bilmiyorum|bilmiyoruz|konuşamıyorum|konuşamıyoruz|konuşmuyorum|yok)",
    r"(?:ما|لا|مش|مو) (?:ب|بن|من)?(?:حكي|احكي|أحكي|نحكي|اتكلم|أتكلم|نتكلم|اتحدث|أتحدث|عرف|اعرف|أعرف|نعرف) (?:\w+ )?(?:ألماني|الماني|الألمانية|الالمانية|اللغة الألمانية)",
    r"(?:آلمانی|المانی|زبان آلمانی) (?:\w+ )?(?:بلد نیستم|بلد نیستیم|نمی ?دونم|نمی ?دانم|صحبت نمی ?کنم|حرف نمی ?زنم)",
    r"не (?:говорю|говорим|знаю|знаем|владею|понимаю) (?:\w+ )?(?:по-немецки|немецкий|немецким|немецкого)",
    r"не (?:розмовляю|розмовляємо|говорю|знаю|знаємо|володію|розумію) (?:\w+ )?(?:німецькою|німецької|німецьку|по-німецьки)",
    r"nie (?:mówię|mówimy|znam|znamy|rozumiem) (?:\w+ )?(?:po niemiecku|niemieckiego)",
    r"не (?:говоря|говорим|знам|знаем|разбирам) (?:\w+ )?(?:немски|германски)",
    r"nu (?:vorbesc|vorbim|știu|știm|înțeleg) (?:\w+ )?(?:germana|germană|nemțește|limba germană)",
    r"(?:ne )?(?:parle|parlons|parlent|comprends) pas (?:\w+ )?(?:l')?allemand|sais pas parler allemand",
    r"no (?:hablo|hablamos|sé|sabemos|entiendo) (?:\w+ )?(?:alemán)",
    # Getting things done in general ("what must I sort out / take care of", "что оформить",
    # "co załatwić"): "sort" is the waste separation's, "care" the care services'.
    r"sort (?:\w+ ){0,2}out|take care of|deal with|figure out|get (?:\w+ )?(?:done|sorted)",
    r"erledigen|regeln|kümmern",
    r"halletmem|halletmek|halletmemiz|işlemler\w*",
    r"معاملات|(?:أخلص|اخلص|نخلص) (?:\w+ )?(?:أموري|اموري|أمور|ورقي|أوراقي)",
    r"کارها(?:مو|م|ی)?(?: رو)? (?:\w+ )?(?:انجام|درست)|سر در (?:\w+ )?(?:بیارم|بیاریم|نمیارم|نمیاریم|نمی ?آورم)",
    r"оформ(?:ить|лять|ляют)|уладить",
    r"оформ(?:ити|лювати|люють)|владнати|залагодити",
    r"załatwi(?:ć|enia|am)",
    r"(?:да )?(?:уредя|уредим|оформя|оправя)",
    r"(?:să )?(?:rezolv|rezolvăm|aranjez|aranjăm)",
    r"régler|faire les démarches|démarches à faire|(?:tout )?(?:m'|nous )?organiser",
    # the French "I don't know" without its "ne", and "at all" ("je sais pas du tout par où …")
    r"(?:je )?(?:ne )?sais (?:pas|vraiment pas|plus)(?: du tout| trop| vraiment)?",
    r"trámites|gestionar|arreglar|resolver",
    # The German offices, authorities, bureaucracy, system.
    r"german (?:offices|authorities|bureaucracy|system|administration|agencies)",
    r"(?:deutschen?|deutsche) (?:ämter|ämtern|behörden|bürokratie|system|verwaltung)",
    r"alman (?:daire\w*|kurum\w*|bürokrasi\w*|sistem\w*)",
    r"(?:الدوائر|الدواير|المكاتب|البيروقراطية|النظام|المؤسسات) (?:الألمانية|الالمانية|الألماني|الالماني)",
    r"(?:اداره|ادارات|اداره ها|بوروکراسی|سیستم) (?:\w+ )?(?:آلمانی|المانی)",
    r"немецк\w* (?:ведомств\w*|учреждени\w*|инстанци\w*|бюрократи\w*|контор\w*|систем\w*)",
    r"німецьк\w* (?:установ\w*|відомств\w*|інстанці\w*|бюрократі\w*|контор\w*|систем\w*)",
    r"niemieck\w* (?:urzęd\w*|urzęd|biurokracj\w*|instytucj\w*|system\w*)",
    r"германск\w* (?:служби|институции|власти|бюрокрация|система|администрация)",
    r"(?:birourile|birouri|instituțiile|instituții|autoritățile|birocrația|sistemul) (?:\w+ )?german\w*",
    r"(?:administrations?|bureaux|services|autorités|bureaucratie|système) (?:\w+ )?allemand\w*",
    r"(?:oficinas|autoridades|administraciones|administración|burocracia|sistema) (?:\w+ )?aleman\w*",
    # Official matters, paperwork and bureaucracy in general ("buradaki resmi işleri
    # anlamıyorum", "I don't get all the official stuff", "офіційні справи"): "resmi" and "işler"
    # are words of the services' names (the official certificate, the job), "paperwork" the
    # documents'.
    r"official (?:stuff|matters|things|business|paperwork|procedures)|bureaucracy|paperwork|red tape",
    r"behördenkram|behördensachen|behördengänge|amtssachen|ämterkram|amtskram|bürokratie",
    r"resmi (?:iş|işler|işleri|işlemler|şeyler|evrak|daire|kurum|yazı|mektup)\w*|bürokrasi\w*",
    r"(?:الأمور|الامور|الشغلات|الاوراق|الأوراق) الرسمية|البيروقراطية|الروتين",
    r"(?:کارهای|امور|کار) اداری|کاغذ ?بازی|بوروکراسی",
    r"официальн\w* (?:дел\w*|вопрос\w*|бумаг\w*)|бюрократи\w*|канцеляри\w*",
    r"офіційн\w* (?:справ\w*|питан\w*|папер\w*)|бюрократі\w*",
    r"spraw\w* urzędow\w*|biurokracj\w*|papierolog\w*",
    r"официалн\w* (?:неща|работи|въпроси)|бюрокраци\w*",
    r"(?:chestiil|treburil|lucrurile)\w* (?:oficiale|administrative)|birocraț\w*|birocrati\w*",
    r"(?:démarches|choses|affaires|trucs) administratives?|paperasse\w*|bureaucratie",
    r"(?:asuntos|cosas|temas) (?:oficiales|administrativ\w*|burocr[aá]tic\w*)|burocracia|papeleo",
    # The system as a whole ("je ne comprends rien au système ici", "I don't get the system
    # here"): "system" is a word of the opportunity card's points system and the school types'.
    # Never a named one ("the school system", "système de points"): after an article, or with
    # "here" or "this" where the language has no article.
    r"the (?:whole )?system\b(?! (?:of|for)\b)",
    r"(?:das|dem|des) (?:ganze |ganzen )?systems?\b(?! (?:für|der|von)\b)",
    r"(?:le|au|du) système\b(?! (?:de|des|du|d')\b)",
    r"(?:el|del|al) sistema\b(?! (?:de|del)\b)",
    r"sistemul(?: de aici| din germania)?\b(?! (?:de|școlar)\b)",
    r"(?:ten|tym|tego|cały|całego) system\w*|system\w* (?:tutaj|tu)\b",
    r"(?:эту|этой|эта|всю|всей|цю|цієї|ця|усю|всю) систем\w*|систем\w* (?:здесь|тут)\b",
    r"системата (?:тук|тука|в германия)\b",
    r"(?:buradaki|bu) sistem\w*",
    r"(?:ال|هال)نظام (?:هون|هنا|هان|الألماني|الالماني)",
    r"(?:این )?سیستم (?:اینجا|این ?جا)",
    # Being alone here (lane lost16: "I'm alone here, know nobody and don't understand the
    # letters"): "allein", "seul", "singur", "yalnız" are the single parent's maintenance
    # advance's words.
    r"(?:all )?alone\b|\balleine?\b|\bseule?s?\b|\bsol[oa]s?\b|\bsingur(?:ă|a|i|e)?\b|\byalnız\w*|"
    r"\bsam[ao]?\b|(?<!\w)од(?:ин|на|ни)\b|(?<!\w)сам(?:а|і)?\b|لحالي|وحيد|وحيدة|تنها\w*|"
    r"lonely|einsam\w*|samotn\w*|одинок\w*|самотн\w*|самот\w*",
    # Papers and letters one does not understand, in general ("I don't understand all these
    # letters", "nu știu de unde să încep cu actele"): "papers" is the lost documents' word,
    # "understand" the language courses'.
    r"(?:the |all )?(?:these |those )?(?:papers|paperwork|letters|documents|forms)"
    r"(?: from (?:the )?(?:offices|authorities))?(?: (?:that |which )?(?:i|we) (?:get|got|receive|received))?|understand (?:\w+ )?(?:anything|nothing)|"
    r"(?:don'?t|do not|can'?t|cannot) (?:understand|read)",
    r"(?:verstehe?|lesen) (?:\w+ ){0,6}?(?:nichts|nicht)|(?:kann|können) (?:\w+ ){0,4}nicht lesen|(?:papiere|papierkram|briefe|unterlagen|formulare)"
    r"(?: von den (?:ämtern|behörden))?|,? (?:die|welche) (?:ich|wir) (?:\w+ ){0,2}(?:bekomme|bekommen|kriege|kriegen|erhalte|erhalten)\b",
    r"(?:hiçbir|hiç bir) şey anla\w*|(?:(?:bana |eve )?gelen |aldığım |aldığımız )?(?:evrak|belge|mektup|kağıt)\w*",
    r"(?:ما|مش|مو) (?:ب)?(?:فاهم|فاهمة|فهمان|افهم|أفهم|فهمت) (?:\w+ )?(?:شي|شيء|اشي|حاجة)?|"
    r"(?:من |مع )?(?:الأوراق|الاوراق|الورق|الرسائل|المكاتيب|المعاملات)|"
    # my / our papers, also with "with" or "and" written onto them ("بأوراقي", "وورقاتي")
    r"(?:ب|و|ل)?(?:أوراق|اوراق|ورقات|ورق)(?:ي|نا)(?!\w)",
    r"(?:هیچی|هیچ چیز) (?:\w+ )?نمی ?فهمم|(?:مدارک|اسناد|نامه\w*|کاغذ\w*)",
    r"ничего не понима\w*|(?:в |с )?(?:бумаг\w*|документ\w*|письм\w*)",
    r"нічого не розумі\w*|(?:в |з )?(?:папер\w*|документ\w*|лист\w*)",
    r"nic nie rozumie\w*|(?:papier\w*|dokument\w*|listy|listów|listami|listach|pism\w*)",
    r"нищо не разбира\w*|(?:документ\w*|книжа\w*|писма\w*)"
    r"(?:,? (?:които|що) (?:\w+ )?(?:получавам|получаваме|получих|получихме|идват|пристигат))?",
    r"nu (?:înțeleg|inteleg|înțelegem) nimic|(?:cu )?(?:actele|acte|hârtiile|hartiile|documentele|scrisorile)"
    r"(?: pe care (?:le )?(?:\w+ )?(?:primesc|primim|primit))?",
    r"(?:ne )?comprends rien|(?:les |des |ces )?(?:papiers|documents|lettres|courriers)",
    r"no entiendo nada|(?:los |las |estos |estas )?(?:papeles|documentos|cartas)",
    # Without understanding anything (lane lost20: "dando vueltas entre oficinas sin entender
    # nada"): "entender" is the language courses' word.
    r"without understanding (?:anything|a thing)|ohne (?:\w+ )?(?:etwas|was) zu verstehen|sans (?:rien )?comprendre|"
    r"sin entender nada|fără să (?:înțeleg|înțelegem) (?:nimic|ceva)|nic nie rozumiejąc|ничего не понимая|"
    r"нічого не розуміючи|без да (?:разбирам|разбираме) (?:нищо|каквото)|(?:hiçbir şey|bir şey) anlamadan|"
    r"بدون ما (?:افهم|أفهم|نفهم) (?:شي|اشي|شيء)|بدون (?:اینکه|این که) (?:چیزی|هیچی) (?:بفهمم|بفهمیم)",
    # The asker's own language, a language named as the one to be helped in, everything being in
    # German, and translating ("who can help me in Bulgarian?", "wszystko po niemiecku", "who
    # can translate my letters?"): "language", "Bulgarian", "German" are the language courses'
    # and the children's language support's words, "перевод" the licence conversion's.
    r"(?:in |speaks? |speaking )?(?:my|our) (?:own |native |mother )?(?:language|tongue)|mother tongue|"
    r"(?:in|speaks?|speaking) (?:arabic|turkish|russian|ukrainian|polish|bulgarian|romanian|french|spanish|"
    r"persian|farsi|dari|english|kurdish)\b|(?:everything|all|it'?s all) (?:\w+ )?(?:is |are )?(?:\w+ )?in german|"
    r"translat\w*|interpret\w*",
    r"(?:in|auf) (?:meiner|unserer|der) (?:eigenen )?(?:sprache|muttersprache)|muttersprache|"
    r"auf (?:arabisch|türkisch|russisch|ukrainisch|polnisch|bulgarisch|rumänisch|französisch|spanisch|"
    r"persisch|farsi|englisch|kurdisch)\b|(?:alles|das alles) (?:\w+ ){0,2}auf deutsch|übersetz\w*|dolmetsch\w*",
    r"(?:kendi |ana ?)?dil(?:imde|imizde|imi|imizi)\b|(?:türkçe|arapça|rusça|ukraynaca|lehçe|bulgarca|rumence|"
    r"fransızca|ispanyolca|farsça|ingilizce|kürtçe)\w*|(?:her ?şey|hepsi) (?:\w+ )?almanca\w*|tercüm\w*|çevir\w*",
    r"(?:ب|ب ?ال)?(?:لغتي|لغتنا|لغة الأم|لغتي الأم)|(?:بال|ب)(?:عربي|عربية|تركي|تركية|روسي|روسية|فارسي|كردي|"
    r"انكليزي|إنجليزي|انجليزي)\b|(?:كل شي|كلشي|كل شيء|كله) (?:\w+ )?(?:بالألماني|بالألمانية|ألماني|الماني)|"
    r"(?:ي|ب|أ)?(?:ترجم|مترجم|ترجمة)\w*",
    r"(?:моєю|своєю|рідною|нашою) мовою|(?:українською|російською|англійською|арабською|турецькою|польською)"
    r"(?: мовою)?\b|(?:все|усе) (?:\w+ ){0,2}(?:німецькою|по-німецьки)|переклад\w*|перекла(?:сти|дати)\w*|"
    r"(?:в|у) першу чергу|насамперед",
    r"(?:на )?(?:моём|своём|родном|нашем) языке|по-(?:русски|украински|английски|арабски|турецки|польски)\b|"
    r"на (?:русском|украинском|английском|арабском|турецком|польском)\b|(?:всё|все) (?:\w+ ){0,2}"
    r"(?:на немецком|по-немецки)|переводчик\w*|перев(?:ести|одить)\b|в первую очередь|прежде всего",
    r"(?:w )?(?:moim|swoim|naszym|ojczystym) języku|po (?:polsku|ukraińsku|rosyjsku|angielsku|arabsku|turecku)\b|"
    r"wszystko (?:\w+ )?(?:jest )?po niemiecku|tłumacz\w*|przetłumacz\w*|przede wszystkim",
    r"(?:на )?(?:моя|моят|своя|родния|нашия) език|на (?:български|руски|украински|английски|арабски|турски)\b|"
    r"(?:всичко|всичките) (?:\w+ ){0,2}на немски|преводач\w*|преведе\w*|на първо място",
    r"(?:în |pe )?limba (?:mea|noastră|maternă|română|rusă|ucraineană|engleză|arabă|turcă)\b|"
    r"(?:în |pe )?(?:românește|rusește|englezește)|(?:totul|tot) (?:\w+ ){0,2}(?:în|pe) (?:germană|nemțește)|"
    r"traduc\w*|în primul rând",
    r"(?:dans )?(?:ma|notre) (?:propre )?langue(?: maternelle)?|langue maternelle|en (?:français|arabe|turc|russe|"
    r"ukrainien|polonais|bulgare|roumain|espagnol|persan|farsi|anglais)\b|tout (?:\w+ ){0,2}en allemand|"
    r"tradu\w*|interprète\w*|avant tout|tout d'abord",
    r"(?:en )?(?:mi|nuestro) (?:propio )?idioma|lengua materna|en (?:español|castellano|árabe|turco|ruso|"
    r"ucraniano|polaco|búlgaro|rumano|francés|persa|inglés)\b|todo (?:\w+ ){0,2}en alemán|"
    r"tradu\w*|intérprete\w*|ante todo|antes que nada",
    r"(?:به )?زبان (?:خودم|خودمون|مادری|فارسی|دری|انگلیسی|عربی)\b|(?:فارسی|دری)\b|"
    r"(?:همه ?چی|همه ?چیز|همش) (?:\w+ ){0,2}(?:آلمانی|المانی)|(?:ترجمه|مترجم)\w*|اول از همه",
    # Lane lost15 (twenty-fifth session). Letters and offices "in German" ("overwhelmed by the
    # offices and the letters in German"): "German" is the language courses' word; a course
    # asked for keeps its own word ("course").
    r"in german\b|auf deutsch\b|en allemand\b|en alemán\b|(?:în|pe) (?:limba )?german[aă]\b|pe nemțește|"
    r"на немецком\b|німецькою\b|po niemiecku\b|на немски\b|(?:بال|باللغة ال)(?:ألماني|الماني|ألمانية|المانية)\b|"
    r"به (?:زبان )?(?:آلمانی|المانی)\b|almanca (?=(?:gelen )?(?:mektup|yazı|evrak|belge|kağıt))",
    # Needing to talk to someone ("I need to talk to someone", "mit jemandem reden"): "talk" and
    # "speak" are the children's language support's words ("parler", "vorbesc").
    r"(?:talk|speak) (?:to|with) (?:someone|somebody|anyone|a person)|mit (?:jemandem|einer person) (?:\w+ )?(?:reden|sprechen)|"
    r"parler (?:à|avec) quelqu'un|hablar con alguien|(?:să )?(?:pot |putem )?(?:vorbesc|vorbim|vorbi) cu cineva|"
    r"поговорить с кем-(?:то|нибудь)|(?:поговорити|говорити) з кимось|з кимось (?:поговорити|говорити)|"
    r"(?:porozmawiać|pogadać|rozmawiać) z kimś|(?:да )?(?:говоря|поговоря) с някого|biriyle (?:konuş\w*)|"
    r"(?:احكي|أحكي|اتكلم|أتكلم|اتحدث|أتحدث) مع (?:حدا|أحد|احد|شخص)|با (?:یکی|کسی) (?:حرف|صحبت)",
    # Someone who listens, who takes the time (lane lost23: "un endroit où on prend le temps de
    # m'écouter"): "temps", "écout" are services' words (part-time work, the mental health's).
    r"listen(?:s|ing)? to (?:me|us)|take[sn]? (?:the |some )?time (?:for|with) (?:me|us)|(?:mir|uns) zuh(?:ö|oe)r\w*|"
    r"(?:sich )?zeit (?:für (?:mich|uns) )?nimmt|(?:m'|nous )(?:écouter|écoute|écoutent)\b|prend(?:re)? le temps\b|"
    r"escuch(?:arme|arnos|e|a)\b|(?:se )?tom(?:e|a|arse) (?:el )?tiempo\b|(?:să )?(?:mă|ne) ascult(?:e|ă|a)\b|"
    r"(?:să[- ]și )?(?:facă|ia) timp\b|wysłucha\w*|(?:znajdzie|poświęci) (?:\w+ )?(?:czas|czasu)\b|выслуша\w*|"
    r"(?:уделит|найдёт|найдет) (?:\w+ )?время\b|вислуха\w*|(?:приділить|знайде) (?:\w+ )?час\b|"
    r"(?:да )?(?:ме|ни) изслуша\w*|(?:beni|bizi) dinle\w*|zaman ayır\w*|(?:يسمعني|يسمعنا|يسمع لي)\b|"
    r"(?:به )?(?:حرفام|حرف‌هام|حرفهای من|حرفم) (?:\w+ )?گوش\w*",
    # The laws, listed with the letters and offices one does not understand ("letters, offices,
    # laws"): "Gesetz" is the statutory health insurance's word. Plural forms only.
    r"laws\b|gesetze\b|lois\b|leyes\b|legi(?:le)?\b|законы\b|законов\b|закони\b|законів\b|законите\b|"
    r"przepisy\b|przepisów\b|ustawy\b|kanunlar\w*|yasalar\w*|(?:ال)?قوانين\b|قوانین\b",
    # The system as the thing not understood, after the verb ("не розумію систему", "не разбирам
    # системата", "سیستم رو نمی‌فهمم", "sistemi anlamıyorum"); never a named one ("систему шкіл").
    r"(?:понимаю|розумію|разбирам|rozumiem) (?:\w+ )?систем\w*(?!\w)(?! (?:шк|школ|образ|освіт|навч|за |на )\w*)|"
    r"rozumiem (?:\w+ )?system\w*(?!\w)(?! (?:szkol|edukac|oświat)\w*)|"
    r"سیستم (?:رو|را) (?:\w+ )?(?:نمی ?فهمم|نمی ?دونم|نمی ?دانم)|sistemi (?:\w+ )?anla\w*",
    # Lane lost17 (twenty-seventh session). The letters as they come: getting or receiving
    # them, their coming every day, a new one ("ich bekomme ständig Briefe", "получавам писма",
    # "primesc scrisori", "codziennie przychodzi jakieś pismo", "un nouveau papier", "نامه
    # جدید"): "bekomm", "получавам", "prim" (the benefits one receives), "nouveau", "nuev", "جدید"
    # (a new home, a newborn) are services' words.
    r"(?:get|getting|receive|receiving) (?:(?:so|many|more|all|these|those|the|such|lots|a|lot|of|strange|official|german) ){0,3}(?:letters?|papers?|mail|forms?)\b|"
    r"(?:letters?|papers?|mail) (?:\w+ ){0,2}(?:keep )?(?:coming|arriving)",
    r"(?:new|another) (?:letter|paper|form)s?\b",
    r"(?:bekomme|bekommen|kriege|kriegen|erhalte|erhalten) (?:\w+ ){0,3}(?:briefe|post|schreiben|papiere|formulare)\b|"
    r"(?:kommt|kommen) (?:\w+ ){0,3}(?:briefe?|post|schreiben)\b",
    r"neue[snm]? (?:brief|briefe|schreiben|papier|papiere|formular)\b",
    r"(?:gelen|geliyor|aldığım|aldığımız|alıyorum) (?:\w+ ){0,2}(?:mektup|kağıt|evrak|yazı)\w*|"
    r"(?:mektup|kağıt|evrak|yazı)\w* (?:\w+ ){0,2}(?:geliyor|gelir)",
    r"yeni (?:bir )?(?:mektup|kağıt|evrak|yazı)\w*",
    r"(?:بيجيني|يجيني|بتجيني|تجيني|بيجينا|يصلني|بيوصلني|بتوصلني|بوصلني|بستلم|استلم) (?:\w+ ){0,2}(?:رسائل|رسالة|رساله|ورقة|ورقه|اوراق|أوراق|مكاتيب|مكتوب)",
    r"(?:رسالة|رساله|ورقة|ورقه|مكتوب) (?:جديدة|جديده|جديد)",
    r"(?:приходить|приходять|надходить|надходять|отримую|отримуємо) (?:[\w-]+ ){0,3}(?:лист\w*|папір|папери|паперів|документ\w*)",
    r"(?:новий|нового|нові) (?:лист|папір|документ)\w*",
    r"(?:приходит|приходят|получаю|получаем) (?:[\w-]+ ){0,3}(?:письм\w*|писем|бумаг\w*|документ\w*)",
    r"(?:новое|новые|новая) (?:письм|бумаг|документ)\w*",
    r"(?:przychodzi|przychodzą|dostaję|dostajemy|otrzymuję|otrzymujemy) (?:[\w-]+ ){0,3}(?:pism\w*|list\w*|papier\w*|dokument\w*)",
    r"(?:nowe|nowy|nowa) (?:pism|list|papier|dokument)\w*",
    r"(?:получавам|получаваме|идва|идват|пристига|пристигат) (?:\w+ ){0,3}(?:писм\w*|хартия|хартии|документ\w*|книж\w*)",
    r"(?:ново|нова|нови) (?:писм|хартия|документ|книж)\w*",
    r"(?:primesc|primim|vine|vin|sosește|sosesc) (?:[\w-]+ ){0,3}(?:scrisori|scrisoare|hârtie|hârtii|acte|documente)\b",
    r"(?:scrisoare|hârtie|hârtii|scrisori) (?:nouă|noi)\b",
    r"(?:reçois|recevons|reçoit|arrive|arrivent) (?:[\w']+ ){0,3}(?:lettres?|papiers?|courriers?|documents?)\b",
    r"(?:nouveau|nouvelle|nouveaux|nouvelles) (?:papier|lettre|courrier|document)s?\b",
    r"(?:recibo|recibimos|llega|llegan) (?:\w+ ){0,3}(?:cartas?|papel(?:es)?|documentos?)\b",
    r"(?:cartas?|papel(?:es)?) nuev[oa]s?\b|nuev[oa]s? (?:cartas?|papel(?:es)?)\b",
    r"(?:نامه|کاغذ)\w* (?:\w+ ){0,2}(?:جدید|تازه)",
    r"(?:برام|برامون|واسم) (?:\w+ )?(?:میاد|میان|می ?آید)",
    # The procedures, as what is not known here ("ni les démarches ni les procédures", "ні
    # процедур"): "procedure" is the accelerated skilled-worker procedure's word.
    r"procedures?\b|abläufe\b|verfahren\b|prosedür\w*|işleyiş\w*|(?:ال)?(?:إجراءات|اجراءات|إجراء|اجراء)(?!\w)|روال\w*|процедур\w*|порядк\w*|"
    r"procedur\w*|процедури\w*|procedurile|procédures?\b|procedimientos?\b|trámites?\b|démarches?\b|مرحله\w*|مراحل\b",
    # Going there in person (lane lost20: "it's all too much with the offices, is there a place
    # I can go to in person?"): "personal", "osobis", "личн", "особист" are words of services'
    # names (the personal ID, personal insolvency).
    r"in person\b|personally|face to face|walk (?:in|into)\b|persönlich\w*|vor ort\b|en personne|personnellement|sur place|"
    r"en persona|personalmente|presencial\w*|(?:în )?persoană\b|personal\b|față în față|osobiście|na miejscu|"
    r"лично|очно|особисто|на място|şahsen|yüz yüze|bizzat|شخصيا\w*|شخصياً|بنفسي|وجها لوجه|حضوری|حضورا|شخصا",
    # Someone to talk to, said with a relative ("quelqu'un à qui parler", "alguien con quien
    # hablar", "cineva cu care să vorbesc"): "parl", "habl", "vorb" are the children's language
    # support's words.
    # Asking for advice as such ("к кому обратиться за советом", "à qui demander conseil"; lane
    # lost20): "совет", "Rat", "conseil", "consejo", "рада" are the councils' words (the
    # integration council, the works council).
    r"for (?:some )?advice|(?:um|für) (?:einen )?rat\b|(?:pour|des) conseils?\b|demander conseil|"
    r"(?:para |por )?(?:un |pedir )?consejos?\b|(?:pentru |un |niște )?sfat(?:uri)?\b|po (?:radę|porady)|"
    r"за (?:советом|консультацией)|за (?:порадою|консультацією)|за (?:съвет|консултация)|"
    r"(?:tavsiye|danışma|öneri)\w* (?:için|almak)|(?:ل|من أجل |عشان )?(?:نصيحة|استشارة)(?!\w)|(?:برای )?(?:مشاوره|راهنمایی)(?!\w)",
    # One kind of the offices' things there is too much of ("je suis perdu, trop de papiers";
    # lane lost20): "trop" is the housing benefit's word. Two or more are an overwhelmed phrase.
    *_too_many_in(listed=False),
    r"(?:someone|somebody|anyone) (?:i|we) (?:can |could )?talk to|jemand\w*,? mit (?:dem|der) (?:ich|wir|man) (?:\w+ )?(?:reden|sprechen)|"
    r"quelqu'un (?:à qui|avec qui) (?:je |on |nous )?(?:peux |peut |pourrais |puisse |pouvons )?parler|"
    r"alguien con (?:quien|quién) (?:\w+ )?hablar|cineva cu care (?:să )?(?:pot |putem )?(?:vorbesc|vorbim|vorbi)\b|"
    r"ktoś,? z kim (?:\w+ )?(?:po)?(?:rozmawiać|gadać)|кто-(?:то|нибудь),? с кем (?:\w+ )?(?:по)?говорить|"
    r"хтось,? з ким (?:\w+ )?(?:по)?(?:говорити|розмовляти)|някой,? с (?:когото|който) (?:\w+ )?(?:да )?(?:говоря|поговоря)|"
    r"(?:حدا|أحد|احد) (?:\w+ )?(?:احكي|أحكي|اتكلم|أتكلم) (?:معه|معو|معها)|باهاش (?:حرف|صحبت)",
)


# Words that name a need wherever they stand, though their stem is too short to be a naming term
# (four letters: "hit", "bije", "бие") or is no service name's ("ударил", "حاملة", "کتک"):
# violence at home and pregnancy. "my husband hits me and I don't know where to go" names the
# women's shelter, not the counselling. Whole words of the folded question (`names_a_need`);
# not the Bulgarian "би" (would), the German "tritt" (enters into force) or the Persian
# "میزنه" (also "calls", "says").
_NEED_PATTERNS: tuple[str, ...] = (
    r"hit|hits|hitting|beats?|beating|beaten|slap(?:s|ped)?|punch(?:es|ed)?|kick(?:s|ed)? me",
    r"schlägt|schlagen|geschlagen|(?:ver)?prügelt",
    r"dövüyor|dövüyo|dövdü|döver|dövüldüm|vuruyor|vurdu",
    r"(?:ب|ي|بي)?ضرب(?:ني|نا|ها)?|ضربني|عنف",
    r"б'є|б'ють|бив|била|побив|вдарив|вдарила|побої",
    r"бьёт|бьют|бил|избил|ударил|ударила|побои",
    r"bije|biją|bił|pobił|uderzył|uderza",
    r"бие|бият|удари|удря|пребил",
    r"bate|bătut|lovește|lovit",
    r"frappe|frappé|frappée|battu|battue",
    r"pega|pegó|golpea|golpeó|maltrata",
    r"کتک\w*",
    # pregnant, where the stem misses: the Arabic feminine, Polish and Persian forms
    r"حاملة|حامله|ciężarna|ciężarną|باردارم|hamileyim",
)


def _folded_forms(forms: dict[str, str]) -> frozenset[str]:
    return frozenset(_lost_fold(w) for words in forms.values() for w in words.split())


# A paper lost a few words off its lost word ("Мой паспорт где-то потерялся", "Потерялись все
# мои документы", "Mój paszport gdzieś zagubiony"; review 2 of the twenty-ninth session): the
# Russian, Ukrainian and Polish lost verb of a thing (third person) with a paper word as its
# subject within PAPER_GAP words on either side, and no speaker of their own state ("я",
# "jestem"): the papers, not the asker, are lost.
PAPER_GAP = 3
_PAPER_WORDS = "|".join(sorted({_lost_fold(w) for w in _PAPER_SUBJECTS}, key=len, reverse=True))
_THING_LOST = _lost_fold(
    r"(?:потерял(?:ся|ась|ись|ось)|пропал[иа]?|загубил(?:ся|ася|ися|ись|ось|ося)|"
    r"загубилис[ья]|загублен[іиао]?|zagubion[aey]?|zgubion[aey]?|zaginęł[aoy]|zaginął|zgubił[aoy]? się)"
)
_PAPERS_LOST = re.compile(
    rf"(?<!\w)(?:{_PAPER_WORDS})(?!\w)(?:\W+\w+){{0,{PAPER_GAP}}}?\W+{_THING_LOST}(?!\w)|"
    rf"(?<!\w){_THING_LOST}(?:\W+\w+){{0,{PAPER_GAP}}}?\W+(?:{_PAPER_WORDS})(?!\w)"
)
_SPEAKER = re.compile(
    r"(?<!\w)(?:" + _lost_fold("я|мы|ми|jestem|jesteśmy|czuję się|czujemy się") + r")(?!\w)"
)


def is_lost(text: str) -> bool:
    """A question that says the asker does not know where to turn (whether it also names a
    service is for the caller to check, on `without_lost_words`)."""
    folded = _lost_fold(text)
    if _PAPERS_LOST.search(folded) and not _SPEAKER.search(folded):
        return False
    return bool(_LOST.search(folded))


def without_lost_words(text: str) -> str:
    """The question without its "I don't know where to start" phrases, nor the words said
    around them that name nothing (`_GENERIC_FORMS`; `_ARRIVAL_FORMS` only beside such a
    phrase, and beside both one came with and how: `_FAMILY_FORMS`, `_TRAVEL_FORMS`)."""
    lowered = _lost_lower(text)
    folded = _lost_fold(text)
    drop = [False] * len(lowered)
    if _LOST.search(folded):
        _drop_spans(folded, lowered, drop, _LOST_PARTS)
        # the parts of life outside the lost phrase ("куп документи", a pile of documents, is
        # the phrase's own object, not one more part listed)
        domains = len(_found_forms(folded, _DOMAIN, drop)) + _errands_found(folded, drop)
        _drop_spans(folded, lowered, drop, _BESIDE_LOST)
        if domains >= DOMAINS_LISTED or (_OVERWHELMED.search(folded) and domains >= 2):
            _drop_forms(folded, drop, _DOMAIN)
            for errand in _ERRANDS:
                _drop_forms(folded, drop, errand)
        arrived = _drop_forms(folded, drop, _ARRIVAL)
        if _found_forms(folded, _RECENT):
            arrived = _drop_forms(folded, drop, _SETTLED) or arrived
        if _HERE_SINCE.search(folded):
            _drop_spans(folded, lowered, drop, [_HERE_SINCE], whole=True)
            arrived = True
        if arrived:
            _drop_forms(folded, drop, _FAMILY)
            _drop_forms(folded, drop, _TRAVEL)
            _drop_spans(folded, lowered, drop, [_FROM_ORIGIN], whole=True)
            _drop_spans(folded, lowered, drop, _REASON, whole=True)
    _drop_forms(folded, drop, _GENERIC)
    return "".join(" " if gone else c for c, gone in zip(lowered, drop, strict=True))


def _found_forms(folded: str, forms: frozenset[str], dropped: list[bool] | None = None) -> set[str]:
    """The words of `forms` in the question, but those already `dropped`."""
    return {
        m.group(0)
        for m in _WORD.finditer(folded)
        if m.group(0) in forms and not (dropped and dropped[m.start()])
    }


def _errands_found(folded: str, dropped: list[bool]) -> int:
    """How many of the newcomer's errands (`_ERRAND_FORMS`) the question names outside what is
    already `dropped`, each once however many of its words it says."""
    return sum(bool(_found_forms(folded, errand, dropped)) for errand in _ERRANDS)


def without_generic_words(text: str) -> str:
    """The question without the words that name nothing in any question (`_GENERIC_FORMS`)."""
    lowered = _lost_lower(text)
    drop = [False] * len(lowered)
    _drop_forms(_lost_fold(text), drop, _GENERIC)
    return "".join(" " if gone else c for c, gone in zip(lowered, drop, strict=True))


def names_a_need(text: str) -> bool:
    """Whether the question holds a word of `_NEED_PATTERNS` (violence at home, pregnancy)."""
    return bool(_NEED.search(_lost_fold(text)))


_NEED = re.compile(r"(?<!\w)(?:" + "|".join(_lost_fold(p) for p in _NEED_PATTERNS) + r")(?!\w)")
_GENERIC = _folded_forms(_GENERIC_FORMS)
_ARRIVAL = _folded_forms(_ARRIVAL_FORMS)
_SETTLED = _folded_forms(_SETTLED_FORMS)
_RECENT = _folded_forms(_RECENT_FORMS)
_DOMAIN = _folded_forms(_DOMAIN_FORMS)
_ERRANDS = [_folded_forms({name: forms}) for name, forms in _ERRAND_FORMS.items()]
_OVERWHELMED = re.compile(
    _WORD_START + "(?:" + "|".join(_lost_fold(p) for p in _LOST_FAMILIES["overwhelmed"]) + ")"
)
_FAMILY = _folded_forms(_FAMILY_FORMS)
_TRAVEL = _folded_forms(_TRAVEL_FORMS)
_BESIDE_LOST = [re.compile(r"(?<!\w)" + _lost_fold(p)) for p in _BESIDE_LOST_PHRASES]
# Where one came from, beside a lost phrase and a word of arriving ("ми тільки приїхали з
# України", "am venit din România"): the country names no service there (the temporary
# protection, free movement); without a word of arriving it may ("I'm from Romania, do I need a
# permit?").
# Why one came, beside a lost phrase and a word of arriving ("we moved here a month ago because of my
# partner's job"): the partner's work and "because of" name no service there ("because" is the
# anti-discrimination counselling's word, "Arbeit", "travail" the job services'); without a word
# of arriving ("my husband's job ended, what now?") they may.
_REASON_PHRASES: tuple[str, ...] = (
    r"because of|due to|for (?:my |our )?(?:partner|husband|wife|spouse)'?s? (?:new )?(?:job|work)|"
    r"(?:my |our )?(?:partner|husband|wife|spouse)'?s? (?:new )?(?:job|work|contract)",
    r"wegen|(?:arbeit|job|stelle|jobs) (?:meines|meiner|unseres) (?:mannes|frau|partners|partnerin|ehemanns|ehefrau)",
    r"(?:travail|boulot|poste|emploi) de (?:mon|ma) (?:conjointe?|mari|femme|partenaire|époux|épouse)|à cause d\w*",
    r"(?:trabajo|empleo) de (?:mi )?(?:pareja|esposo|esposa|marido|mujer)|por culpa|a causa",
    r"из-за|работ\w* (?:мужа|жены|партн[её]ра)",
    r"через|робот\w* (?:чоловіка|дружини|партнера)",
    r"z powodu|ze względu na|prac\w* (?:męża|żony|partnera|partnerki)",
    r"заради|работата на (?:мъжа|съпруга|съпругата|жена|партньора)(?: ми)?",
    r"din cauza|(?:jobul|serviciul|munca|slujba|jobului|serviciului|muncii|slujbei) (?:soțului|soției|partenerului|partenerei)",
    r"(?:eşimin|esimin|kocamın|karımın|partnerimin) (?:iş|işi|işinden|işi için)\w*|yüzünden|nedeniyle|dolayı",
    r"(?:بسبب|عشان|علشان|لأجل|من أجل) (?:\w+ )?(?:شغل|عمل) (?:زوجي|زوجتي|جوزي|مرتي)|(?:شغل|عمل) (?:زوجي|زوجتي|جوزي|مرتي)|بسبب",
    r"(?:به خاطر |بخاطر |برای )?کار (?:همسرم|شوهرم|زنم)|به خاطر|بخاطر",
    # Coming to join the spouse or family (lane lost16: "I came to join my husband and feel
    # lost"): "join", "rejoindre", "reunir" are the family reunification's words.
    r"(?:to )?(?:join|be with) (?:my |our )?(?:husband|wife|partner|spouse|family)",
    r"(?:zu|bei) (?:meinem|unserem) (?:mann|ehemann|partner)|(?:zu|bei) (?:meiner|unserer) (?:frau|ehefrau|partnerin|familie)|nachgezogen|nachgekommen",
    r"rejoindre (?:mon |ma |notre )?(?:mari|femme|époux|épouse|conjointe?|famille|partenaire)",
    r"reunirme con (?:mi )?(?:marido|esposo|esposa|mujer|pareja|familia)|(?:con|junto a) mi (?:marido|esposo|esposa|pareja)",
    r"(?:к|до) (?:мужу|жене|семье|чоловіка|дружини|родини|сім'ї)",
    r"do (?:męża|żony|rodziny|partnera|partnerki)",
    r"при (?:съпруга си|мъжа си|съпругата си|жена си|семейството си)",
    r"la (?:soțul|soția|partenerul|familia) (?:meu|mea)",
    r"(?:eşimin|esimin|kocamın|karımın) yanına",
    r"(?:لعند|عند|ل) (?:زوجي|جوزي|زوجتي|مرتي)",
    r"پیش (?:شوهرم|همسرم|زنم|خانوادم)",
)
_REASON = [re.compile(r"(?<!\w)" + _lost_fold(p)) for p in _REASON_PHRASES]
_FROM_ORIGIN = re.compile(
    r"(?<!\w)(?:from|aus|de|d'|din|desde|z|ze|із|з|из|от|من|از)\s+(?!\w*dortmund)\w+"
)
_WORD = re.compile(r"\w+")
# Being here for a short while ("we've been here two weeks with the kids", "seit einer Woche
# hier", "صرلنا أسبوعين هون", "Jesteśmy tu od dwóch tygodni"; lane lost17): a recent arrival told
# with how long, as a word of arriving is (`_ARRIVAL_FORMS`).
_HERE_SINCE = re.compile(
    _lost_fold(
        r"(?<!\w)(?:"
        r"(?:been|be|lived?|living) here (?:for )?(?:\w+ ){0,2}(?:days?|weeks?|months?)\b|here (?:for|since) (?:\w+ ){0,2}(?:days?|weeks?|months?)\b|"
        r"(?:hier )?seit (?:\w+ ){0,2}(?:tagen|woche|wochen|monat|monaten)\b(?=(?: \w+){0,4} hier\b)|hier seit (?:\w+ ){0,2}(?:tagen|woche|wochen|monat|monaten)\b|"
        r"(?:gündür|haftadır|aydır) (?:\w+ )?(?:buradayız|buradayım|burdayız|burdayım|almanyadayız|almanyadayım)|"
        r"(?:صرلي|صرلنا|صار لي|صار لنا|إلي|الي|النا|إلنا) (?:\w+ )?(?:يوم|أيام|ايام|أسبوع|اسبوع|أسبوعين|اسبوعين|شهر|شهرين)(?=(?: \w+){0,2} (?:هون|هنا|بألمانيا|بالمانيا))|"
        r"(?:ми|я) (?:тут|тутечки) (?:вже )?(?:\w+ ){0,2}(?:днів|дні|тиждень|тижні|тижнів|місяць|місяці|місяців)\b|"
        r"(?:мы|я) (?:здесь|тут) (?:уже )?(?:\w+ ){0,2}(?:дней|дня|неделю|недели|недель|месяц|месяца|месяцев)\b|"
        r"(?:jestem|jesteśmy|mieszkam|mieszkamy) (?:tu|tutaj) (?:od |już )?(?:\w+ ){0,2}(?:dni|tygodnia|tygodni|tydzień|miesiąca|miesięcy|miesiąc)\b|"
        r"(?:от|вече) (?:\w+ ){0,2}(?:дни|седмица|седмици|месец|месеца) (?:сме|съм) (?:тук|тука)\b|(?:сме|съм) (?:тук|тука) от (?:\w+ ){0,2}(?:дни|седмица|седмици|месец|месеца)\b|"
        r"(?:suntem|sunt) aici de (?:\w+ ){0,2}(?:zile|săptămână|săptămâni|lună|luni)\b|"
        r"(?:viens|vient|venons|venez|viennent) de déménager|"
        r"(?:ça fait|cela fait) (?:\w+ ){0,2}(?:jours|semaines?|mois) (?:qu'on est|que nous sommes|que je suis)|(?:sommes|suis) (?:ici|là) depuis (?:\w+ ){0,2}(?:jours|semaines?|mois)\b|"
        r"(?:llevo|llevamos) (?:\w+ ){0,2}(?:días|semanas?|mes|meses) (?:aquí|acá)|(?:estamos|estoy) (?:aquí|acá) desde hace (?:\w+ ){0,2}(?:días|semanas?|mes|meses)\b|"
        r"(?:\w+ )?(?:روزه|هفته ?(?:ست|است)|ماهه|ماهه ?(?:ست|است))(?= (?:\w+ ){0,4}(?:اینجاییم|اینجام|اینجا))"
        r")"
    )
)


def _phrase_words(patterns: list[str]) -> frozenset[str]:
    """The words the lost phrases spell out (regex escapes such as \\b and \\w left out)."""
    words: set[str] = set()
    for pattern in patterns:
        # (the lookaheads of lane lost23 and its review spell no phrase word: the asks, busy
        # at work, medical words, debts, papers; taken out first, whole)
        bare = pattern
        for ahead in (*_ASKS_SOMEONE, _NOT_AT_WORK, _MEDICAL, _NOT_DEBT, _NOT_PAPERS_AFTER):
            bare = bare.replace(ahead, " ")
        # (a character class such as "[srnm]" spells no word; review of lost20)
        bare = re.sub(r"\[[^\]]*\]", " ", bare)
        # (nor a lookbehind: "(?<!\bai )" keeps "j'ai perdu" out; review of lost23)
        bare = re.sub(r"\(\?<[!=][^()]*\)", " ", bare)
        words.update(_WORD.findall(_lost_fold(re.sub(r"\\[a-zA-Z]", " ", bare))))
    return frozenset(words)


_PHRASE_WORDS = _phrase_words(
    [p for family in _LOST_FAMILIES.values() for p in family] + list(_BESIDE_LOST_PHRASES)
) - {
    # short words of lost16's phrases that begin many a service's name ("Ausbildungsförderung",
    # "Vorsorgeuntersuchung", "Postbank", "gemeinsam"): a gap word starting so is kept (review
    # of lost16, twenty-sixth session)
    "aus",
    "vor",
    "bei",
    "post",
    "sam",
    "sol",
    "сам",
    "под",
    "klar",
    "kopf",
    "berg",
    # and lost17's (review, twenty-seventh session): "Unterhaltsvorschuss", "gelir" (income),
    # "Briefwahl", "formation", "liste"
    "unter",
    "under",
    "sous",
    "entre",
    "gelir",
    "brief",
    "paper",
    "form",
    "list",
    # and lost20's (review, twenty-eighth session): whole words that begin a service's name
    # ("Einbürgerung", "sindicato", "Rundfunkbeitrag", "surendettement", "sınav", "süresi",
    # "Versicherung", "دورات"); the stems "yap", "con", "перв", "cerc" stay
    "ein",
    "eine",
    "sin",
    "sind",
    "run",
    "sur",
    "son",
    "yer",
    "або",
    "vers",
    "دور",
}
# Lane lost23's phrase words that are a phrase's whole word only, never the stem of a longer
# word (review, twenty-ninth session: "pod" of "Tonę w podatkach" dropped the tax; "subsidio",
# "Zeitarbeit", "timetable", "écouteur", "pobyt czasowy", "yasal", "kanuni", "міжнародний").
_WHOLE_WORDS_ONLY = frozenset(
    _lost_fold(w)
    for w in (
        "pod",
        "sub",
        "zeit",
        "time",
        "temps",
        "tiempo",
        "ecout",
        "czas",
        "yasa",
        "kanun",
        "між",
    )
)
_PHRASE_STEMS = _PHRASE_WORDS - _WHOLE_WORDS_ONLY


def _drop_spans(
    folded: str,
    lowered: str,
    drop: list[bool],
    parts: list[re.Pattern[str]],
    *,
    whole: bool = False,
) -> None:
    """Each pattern on its own, so phrases that overlap ("don't know where" / "where to start")
    all go. The folded text has the same length: its matches cut the unfolded text, whole words
    ("başlayacağımı" goes with "başla", "przyjechałem" with "przyjecha"). A word the phrase
    only lets through ("I'm pregnant and new here": a gap of up to two words) stays: it may name a
    need, and then the question is not lost. `whole`: every word of the span goes (a country
    after "from" is the span's point)."""
    for part in parts:
        for match in part.finditer(folded):
            start, end = match.span()
            while start > 0 and lowered[start - 1].isalnum():
                start -= 1
            while end < len(lowered) and lowered[end].isalnum():
                end += 1
            for word in _WORD.finditer(folded, start, end):
                if whole or _phrase_word(word.group(0)):
                    drop[word.start() : word.end()] = [True] * (word.end() - word.start())


def _phrase_word(word: str) -> bool:
    """Whether a word is one the lost phrases spell out, or a form of one ("przyjechałem" of
    "przyjecha", "perdida" of "perdid"; with the Arabic "and" or "in" written onto it:
    "والمعاملات", "بالمعاملات"), not a word their gaps let through."""
    if len(word) > 3 and word[0] in _ATTACHED_AND and _phrase_word(word[1:]):
        return True
    return word in _PHRASE_WORDS or any(
        word[:n] in _PHRASE_STEMS for n in range(len(word) - 1, 2, -1)
    )


# The Arabic (and Persian) "and", "so" and "in/with" written onto the next word.
_ATTACHED_AND = frozenset("وفب")


def _drop_forms(folded: str, drop: list[bool], forms: frozenset[str]) -> bool:
    """Drops the words of `forms`; whether there was one."""
    found = False
    for match in _WORD.finditer(folded):
        if match.group(0) in forms:
            start, end = match.span()
            drop[start:end] = [True] * (end - start)
            found = True
    return found


# Help asked with one's papers or letters from the offices, said as such ("who helps me with my
# papers and letters from the offices?", "wer hilft mir mit meinen Papieren", "kto mi pomoże z
# papierami i listami", "مين بيساعدني بالأوراق"; twenty-sixth session, lane situation15): the
# migration counselling's ongoing help, not a lost newcomer's first orientation, unless the
# question also says the asker is new or has just arrived (`_NEW_NEWCOMER`, `_ARRIVAL_FORMS`). Feeling
# overwhelmed by the letters, without help asked with them, stays lost.
_HELP_WITH_PAPERS = re.compile(
    _lost_fold(
        r"(?<!\w)(?:"
        r"help\w* (?:\w+ ){0,2}(?:with|on) (?:\w+ ){0,3}(?:papers|paperwork|letters|documents|forms)|"
        r"(?:hilft|helfen|helfe|unterstützt|unterstützen) (?:\w+ ){0,2}(?:mit|bei) (?:\w+ ){0,3}"
        r"(?:papieren|papiere|briefen|briefe|unterlagen|formularen|schreiben|post)\b|"
        r"(?:mit|bei) (?:\w+ ){0,3}(?:papieren|briefen|unterlagen|formularen) (?:\w+ ){0,2}(?:hilft|helfen)|"
        r"aid\w* (?:\w+ ){0,2}(?:avec|pour) (?:\w+ ){0,3}(?:papiers|lettres|courriers|documents|formulaires)|"
        r"ayud\w* (?:\w+ ){0,2}con (?:\w+ ){0,3}(?:papeles|cartas|documentos|formularios)|"
        r"ajut\w* (?:\w+ ){0,2}cu (?:\w+ ){0,3}(?:actele|acte|hârtiile|scrisorile|documentele|formularele)|"
        r"pomo\w* (?:\w+ ){0,2}z (?:\w+ ){0,3}(?:papierami|listami|pismami|dokumentami|formularzami)|"
        r"помо\w* (?:\w+ ){0,2}с (?:\w+ ){0,3}(?:бумагами|письмами|документами|анкетами)|"
        r"допомо\w* (?:\w+ ){0,2}з (?:\w+ ){0,3}(?:паперами|листами|документами)|"
        r"помог\w* (?:\w+ ){0,2}с (?:\w+ ){0,3}(?:документите|документи|писмата|писма|книжата)|"
        r"(?:evrak|mektup|belge|kağıt)\w* (?:\w+ ){0,4}yardım\w*|"
        r"(?:يساعد|تساعد|بيساعد|يساعدني|يساعدنا)\w* (?:ب|في )(?:ال)?(?:أوراق|اوراق|رسائل|رسايل|معاملات|ورق)|"
        r"(?:مدارک|نامه|کاغذ)\w* (?:\w+ ){0,4}کمک|کمک\w* (?:\w+ ){0,3}(?:مدارک|نامه)"
        r")"
    )
)


def asks_help_with_papers(text: str) -> bool:
    """Whether a question asks for help with its papers or letters and does not say the asker is
    new or has just arrived (`_HELP_WITH_PAPERS`)."""
    folded = _lost_fold(text)
    if not _HELP_WITH_PAPERS.search(folded):
        return False
    words = {m.group(0) for m in _WORD.finditer(folded)}
    return (
        not (words & _ARRIVAL)
        and not _NEW_NEWCOMER.search(folded)
        and not _OTHER_LOST.search(folded)
    )


_NEW_NEWCOMER = re.compile(
    _lost_fold(
        # "new" bound to the asker ("I'm new here"), not to a letter ("I got a new letter from
        # the Jobcenter", "une nouvelle lettre", "رسالة جديدة"; review of situation15)
        r"\b(?:i'?m|i am|we'?re|we are) (?:\w+ )?new\b|\bnew (?:here|in (?:town|dortmund|germany))|"
        r"just (?:moved|arrived)|recently arrived|"
        r"\b(?:bin|sind) (?:\w+ )?neu\b|\bneu (?:hier|in)\b|angekommen|"
        r"\b(?:suis|sommes) (?:\w+ )?nouve(?:au|lle|aux)|\bnouve(?:au|lle|aux)x? (?:ici|à|a|en)\b|"
        r"vient d'arriver|viens d'arriver|"
        r"\b(?:soy|somos) (?:\w+ )?nuev[oa]s?\b|\bnuev[oa]s? (?:aquí|aqui|en)\b|acabo de llegar|recién|"
        r"\b(?:sunt|suntem) (?:\w+ )?(?:nou|nouă|noi)\b|(?<!din )\bnou (?:aici|în|in)\b|\bnouă (?:aici|în|in)\b|"
        r"abia am|tocmai am|"
        r"\b(?:jestem|jesteśmy) (?:\w+ )?now[ya]\b|\bnow[ya] (?:tutaj|tu|w)\b|dopiero|właśnie przyjecha|"
        r"(?<!\w)(?:я|мы|ми) (?:\w+ )?нов(?:ый|ая|енький|енькая|ий|а|і|ые)\b|"
        r"(?<!\w)нов(?:ый|ая|енький|енькая|ий|а)\b (?:здесь|тут|в городе|в німеччині|в германии)|"
        r"только (?:что )?приехал|щойно|тільки-но|нов(?:а)? съм|току-що|yeni (?:geldi|taşındı)|yeniyim|"
        r"(?<!\w)(?:أنا|انا|احنا|نحن|إحنا) (?:\w+ )?(?:جديد|جديدة|جداد)(?!\w)|"
        r"(?<!\w)(?:جديد|جديدة|جداد) (?:هون|هنا|بالبلد)(?!\w)|(?<!\w)وصلت(?!\w)|لسا واصل|"
        r"تازه (?:اومد|آمد|رسید|وارد|اینجا)"
    )
)

# The lost phrases other than asking who helps ("I understand nothing here", "I'm lost", "where
# do I start"): beside help with the papers they keep the question lost (the dev set labels
# "Cine mă poate ajuta cu actele? Nu înțeleg nimic de aici" the lost newcomer's).
_OTHER_LOST = re.compile(
    _WORD_START
    + "(?:"
    + "|".join(
        _lost_fold(p)
        for family, patterns in _LOST_FAMILIES.items()
        if family not in ("where_turn", "get_help")
        for p in patterns
        if not JAPANESE_CHARS.search(p)
    )
    + ")"
)
