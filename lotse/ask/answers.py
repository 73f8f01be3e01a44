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
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
from dataclasses import dataclass, field

from django.utils.dates import WEEKDAYS_ABBR
from django.utils.translation import override

from lotse.ask.analysis import analyze, fold, is_stopword, stem, tokens
from lotse.ask.shared import SharedTables, digest
from lotse.catalog.models import (
    Office,
    OfficeTextField,
    OpeningHours,
    Source,
    TextModule,
)
from lotse.catalog.models import OfficeText as OfficeTextRow
from lotse.catalog.models import ServiceText as ServiceTextRow
from lotse.catalog.selectors import fallback_order
from lotse.core.models import City

# Question types -> the service modules that can answer them (in order of preference).
SERVICE_MODULES: dict[str, tuple[str, ...]] = {
    "cost": (TextModule.FEES,),
    "money": (TextModule.FEES, TextModule.BODY),
    "deadline": (TextModule.DEADLINES,),
    "documents": (TextModule.DOCUMENTS,),
    "processing_time": (TextModule.PROCESSING_TIME,),
    "validity": (TextModule.DEADLINES, TextModule.BODY),
    "who": (TextModule.WHO,),
}
# Question types answered from an office: type -> the `covers` entries that back the fact.
OFFICE_TYPES: dict[str, tuple[str, ...]] = {
    "where": ("addresses",),
    "open": ("opening_hours", "opening_hours_note"),
    "phone": ("phone",),
}
ANSWER_MODULES = tuple(dict.fromkeys(m for ms in SERVICE_MODULES.values() for m in ms))

# Keyword patterns per question type, all 13 languages in one expression each (casefolded
# text; a few common spellings without diacritics are listed too). Checked in this order:
# the more specific types first ("how long does it take" before "how long", "how much money"
# before "how much").
_PATTERNS: list[tuple[str, str]] = [
    (
        "phone",
        r"\bphone|telephone|\bcall\b|\bring\b|telefon|anrufen|rufnummer|téléphone|telephone|"
        r"appeler|teléfono|telefono|llamar|zadzwoni|\bsun\b|suna\b|телефон|позвонить|"
        r"подзвонити|зателефонувати|обадя|هاتف|تلفون|الاتصال|اتصل|تلفن|شماره تماس|زنگ|"
        # Japanese
        r"電話|でんわ",
    ),
    (
        "open",
        r"opening hours|office hours|\bopen\b(?! an?\b| (?:a|my|the) )|opening time|"
        r"öffnungszeit|offnungszeit|geöffnet|geoffnet|\boffen\b|sprechzeit|horaires|"
        r"heures d'ouverture|ouvert|horario|abierto|abre\b|açık|acik|çalışma saat|calisma saat|"
        r"mesai|godziny otwarcia|otwart|czynne|\borar|deschis|часы работы|режим работы|"
        r"открыт[оа]?\b|когда работает|години роботи|графік роботи|відкрито|відчинено|"
        r"коли відкрит|коли працює|работно(?:то)? време|отворен|"
        r"program(?:ul)? de (?:lucru|funcționare|functionare)|"
        r"кога работи|مواعيد العمل|ساعات العمل|مفتوح|يفتح|ساعت کاری|ساعات کار|باز است|باز می|"
        # Japanese
        r"営業時間|開庁時間|受付時間|窓口の時間|何時から|何時まで|開いて",
    ),
    (
        "validity",
        r"\bvalid|how long (?:can|may|am i allowed)|expire|gültig|gultig|\bgilt\b|"
        r"wie lange (?:darf|kann) ich|valable|valide|puis-je encore|válid|cuánto tiempo puedo|"
        r"cuanto tiempo puedo|geçerli|gecerli|ne kadar süre .*(?:kullan|sür)|ważn|wazn|"
        r"jak długo mogę|jak dlugo moge|valabil|cât timp pot|cat timp pot|действител|действует|"
        r"как долго можно|сколько можно|дійсн|як довго можна|скільки можна|валид|"
        r"колко (?:време|дълго) мога|صالح|صلاحية|ساري|اعتبار|معتبر|إلى متى يمكنني|الى متى يمكنني|"
        r"(?:تا کی|چه مدت|چه مدتی) (?:می‌|می |می)?توانم|"
        # Japanese
        r"有効期限|有効期間|有効です|有効か|いつまで使え|いつまで運転",
    ),
    (
        "processing_time",
        r"how long (?:does|will|do)|take to process|processing time|how many weeks|"
        r"wie lange dauert|wie lange muss ich warten|bearbeitungszeit|bearbeitungsdauer|dauert|"
        r"combien de temps|délai de traitement|durée|cuánto tarda|cuanto tarda|cuánto dura|"
        r"ne kadar sürer|ne kadar surer|kaç hafta|kac hafta|jak długo trwa|ile trwa|"
        r"cât durează|cat dureaza|сколько времени|как долго|сколько ждать|срок рассмотрения|"
        r"скільки часу|як довго|скільки чекати|колко време|колко дълго|كم من الوقت|كم يستغرق|"
        r"مدة المعالجة|چقدر طول|چه مدت|مدت زمان|"
        # Japanese
        r"どのくらい(?:時間|かか)|どれくらい(?:時間|かか)|何日かか|何週間|処理期間|審査期間|時間がかか",
    ),
    (
        "deadline",
        r"deadline|by when|how soon|until when|within how|how many days|time limit|too late|"
        r"\blate\b|when (?:do|must|should|shall|can) (?:i|we) (?:have to )?(?:apply|register|"
        r"report|submit|sign up)|wann (?:muss|sollte|soll) ich|quand (?:dois|faut)|"
        r"cuándo (?:tengo|debo|hay que)|cuando (?:tengo|debo)|ne zaman (?:başvur|basvur|kayıt)|"
        r"kiedy (?:muszę|musze|trzeba)|când trebuie|cand trebuie|когда (?:нужно|надо)|"
        r"коли (?:треба|потрібно)|кога трябва|\bfrist|bis wann|spätestens|spatestens|zu spät|zu spat|wie schnell muss|"
        r"délai|jusqu'à quand|jusqu'a quand|en retard|date limite|plazo|hasta cuándo|"
        r"hasta cuando|fecha límite|son tarih|ne zamana kadar|\bgeç\b|termin\b|do kiedy|"
        r"za późno|za pozno|\btermen|până când|pana cand|\bсрок|до какого|опозда|строк|"
        r"термін|до якого|запізн|до кога|закъсн|مهلة|موعد نهائي|آخر موعد|متى يجب|مهلت|تا کی|"
        r"تا چه زمانی|تا چند روز|ظرف چند روز|în cât timp trebuie|in cat timp trebuie|"
        r"خلال كم|كم يوم|چقدر وقت دارم|چند روز وقت دارم|"
        # Japanese
        r"期限|締め切り|締切|いつまでに|何日以内|遅れ",
    ),
    (
        "money",
        r"how much money|how much (?:do|will|would|can) (?:i|we|you) (?:get|receive)|amount|"
        r"how high|wie ?viel geld|wie ?viel \w+ bekomm|wie hoch|betrag|wie ?viel bekomm|wie ?viel gibt es|"
        r"combien vais-je|montant|combien touche|cuánto dinero|cuanto dinero|cuánto recib|"
        r"cuanto recib|importe|cuantía|ne kadar para|miktar|tutar|ile pieniędzy|ile pieniedzy|"
        r"ile dostan|kwota|wysokość|câți bani|cati bani|cât primesc|cat primesc|\bsuma\b|"
        r"сколько денег|сколько получ|сумма|размер|скільки грошей|скільки отрима|сума|розмір|"
        r"колко пари|колко ще получ|مبلغ|كم أحصل|كم احصل|چقدر پول|چقدر می‌گیر|چقدر میگیر|"
        # Japanese
        r"いくらもらえ|いくら受け取|いくら支給|支給額|金額",
    ),
    (
        "cost",
        r"\bcost|\bfees?\b|price|how much|\bpay\b|charge|\bfree\b|expensive|kost|gebühr|gebuhr|"
        r"preis|teuer|wie ?viel|bezahl|zahlen|gratis|umsonst|coût|cout|coûte|frais|prix|payer|gratuit|"
        r"cuesta|cuánto|cuanto|coste|costo|tasa|precio|pagar|ücret|ucret|kaç para|kac para|"
        r"maliyet|ne kadar|fiyat|koszt|opłat|oplat|\bcena|\bile\b|płaci|placi|darmo|bezpłat|"
        r"costă|costa\b|taxă|taxa|preț|plăt|plat|\bcât\b|стоит|стоимост|плат|пошлин|цена|"
        r"сколько|бесплат|кошт|вартість|збір|ціна|скільки|безкошт|струва|такса|плащ|колко|"
        r"безплат|تكلف|يكلف|رسوم|سعر|\bكم\b|مجان|أدفع|ادفع|هزینه|قیمت|چقدر|پرداخت|رایگان|"
        # Japanese
        r"費用|料金|手数料|いくら|値段|無料|有料|払う|払わ|支払",
    ),
    (
        "documents",
        r"document|papers|\bbring\b|what do i need|proof|unterlagen|dokument|mitbringen|"
        r"mitnehmen|papiere|nachweis|was brauche ich|pièces|apporter|papiers|justificatif|"
        r"documento|papeles|llevar|traer|qué necesito|que necesito|belge|evrak|getirme|"
        r"yanımda|papier|zabrać|zabrac|przynieś|przynies|\bacte\b|aduc|документ|бумаг|"
        r"принести|с собой|папер|з собою|донеса|книжа|وثائق|مستندات|أوراق|اوراق|مدارک|مدرک|"
        r"اسناد|"
        # Japanese
        r"書類|必要なもの|持ち物|持って行|持っていく|何が必要",
    ),
    (
        "who",
        r"who (?:can|may|gets|is eligible|is it for)|eligible|entitled|\bwer (?:kann|darf|"
        r"bekommt)|anspruch|berechtigt|für wen|fur wen|qui peut|ai-je droit|droit à|éligible|"
        r"pour qui|droit au|a droit|ont droit|quién puede|quien puede|tengo derecho|derecho a|para quién|kimler|"
        r"kim alabilir|hakkım|hakkim|kto może|kto moze|mam prawo|uprawnion|dla kogo|cine poate|"
        r"am dreptul|dreptul la|pentru cine|кто может|имею ли я право|право на|для кого|"
        r"хто може|чи маю я право|кой може|имам ли право|за кого|من يحق|يحق لي|من يستطيع|"
        r"چه کسی می|حق دارم|چه کسانی|"
        # Japanese
        r"誰が|だれが|対象者|受給資格|資格があ|権利があ",
    ),
    (
        "where",
        r"\bwhere\b|address|which office|who is responsible|responsible|\bwo\b|wohin|adresse|"
        r"anschrift|zuständig|zustandig|welches amt|welche behörde|welche behorde|\boù\b|"
        r"quel bureau|compétent|dónde|donde|dirección|direccion|qué oficina|nerede|nereye|"
        r"\badres|hangi daire|yetkili|sorumlu|gdzie|który urząd|jaki urząd|odpowiedzialn|"
        r"\bunde\b|adresa|adresă|ce birou|competent|\bгде\b|куда|адрес|кто отвечает|"
        r"ответствен|\bде\b|куди|хто відповідає|відповідальн|къде|кой отговаря|коя служба|"
        r"أين|اين|عنوان|المسؤول|الجهة المختصة|کجا|آدرس|نشانی|مسئول|"
        # Japanese
        r"どこ|住所|担当の役所|担当窓口|管轄|場所",
    ),
]
_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in _PATTERNS]

# "I don't know where to start / who is responsible": no service named, send to counselling.
_LOST = re.compile(
    r"(?:don'?t|do not|dont) know (?:where|who|what|how)(?: to (?:start|begin|go|turn))?|"
    r"(?:where|who) (?:to|do i|should i) (?:start|begin|turn to|go to)|where (?:do i|to|should i) (?:start|begin)|"
    r"no idea (?:where|who|what)|first steps|what (?:do i|should i) do first|"
    r"weiß nicht,? (?:wo|wer|was|wie)|weiss nicht,? (?:wo|wer|was|wie)|keine ahnung|"
    r"wo (?:fange|soll) ich (?:an|anfangen)|erste schritte|par quoi (?:je )?commence|ne sais pas (?:où|qui|quoi|par où)|"
    r"par où commencer|no sé (?:dónde|donde|quién|quien|qué|que|por dónde)|por dónde empiezo|"
    r"por donde empiezo|nereden başla|nereden basla|kimin sorumlu|bilmiyorum|nie wiem|"
    r"od czego zacząć|od czego zaczac|nu știu|nu stiu|de unde (?:să )?încep|не знаю|"
    r"с чего начать|з чого почати|не знам|откъде да започна|لا أعرف|لا اعرف|من أين أبدأ|"
    r"نمی‌دانم|نمیدانم|نمی دانم|از کجا شروع|"
    r"(?:どこ|誰|だれ|何)(?:に|を|から)?.{0,12}(?:分から|わから|分かり|わかり)|何から始め|どこから始め|最初に何を|"
    # "I'm new here" / "I feel lost" / "overwhelmed": the asker is lost too, and the words of
    # the phrase ("moved", "new") must not count as naming registration.
    r"\bi'?m new\b|\bi am new\b|\bnew here\b|just moved here|feel (?:\w+ )?lost|overwhelmed|"
    r"\bbin neu\b|\bneu hier\b|fühle mich (?:\w+ )?verloren|überfordert|je suis nouvelle?\b|"
    r"je me sens (?:\w+ )?perdue?|débordée?\b|soy nuev[oa]\b|me siento (?:\w+ )?perdid[oa]|"
    r"agobiad[oa]|yeniyim|bunaldım|jestem now[ya]\b|czuję się (?:\w+ )?zagubion|przytłoczon|"
    r"sunt nou\b|sunt nouă|mă simt (?:\w+ )?pierdut|copleșit|я новеньк|я здесь нов|растерян|"
    r"розгублен|нов съм|нова съм|объркан|أنا جديد|انا جديد|تائه|تازه واردم|سردرگم"
)
# Cue words of "how long is it valid": a sentence holding one answers the question better.
_VALIDITY_CUE = re.compile(
    r"valid|gültig|gilt|only .* (?:months|years)|valable|válid|geçerli|ważn|valabil|действ|"
    r"дійсн|валид|صالح|معتبر|اعتبار|drive|fahren|months|monate|mois|meses|ay\b|miesięcy|"
    r"luni|месяц|місяц|месеца|أشهر|ماه|有効|か月|ヶ月|年間",
)
_DIGIT = re.compile(r"\d")
_SENTENCE = re.compile(r"(?<=[.!?؟।])\s+(?=[^\s\d])|(?<=[。！？])\s*(?=\S)|\n+")


def classify(text: str) -> str | None:
    """The question type of a question, or None (no factual question recognised)."""
    lowered = " " + text.casefold().replace("’", "'") + " "
    for kind, pattern in _COMPILED:
        if pattern.search(lowered):
            return kind
    return None


@functools.lru_cache(maxsize=1024)
def content_words(text: str, kind: str) -> str:
    """The question without the words that only say what kind of fact is asked ("how much
    does … cost"): what is left names the thing asked about."""
    lowered = " " + text.casefold().replace("’", "'") + " "
    spans = [m.span() for _kind, pattern in _COMPILED for m in pattern.finditer(lowered)]
    keep = [True] * len(lowered)
    for start, end in spans:
        # Whole words go: "costă" matched by "cost" leaves no "ă" behind.
        while start > 0 and not lowered[start - 1].isspace():
            start -= 1
        while end < len(lowered) and not lowered[end].isspace():
            end += 1
        for i in range(start, end):
            keep[i] = False
    return "".join(c if k else " " for c, k in zip(lowered, keep, strict=True))


def is_lost(text: str) -> bool:
    """A question that says the asker does not know where to turn (whether it also names a
    service is for the caller to check, on `without_lost_words`)."""
    return bool(_LOST.search(text.casefold().replace("’", "'")))


def without_lost_words(text: str) -> str:
    """The question without its "I don't know where to start" phrase."""
    return _LOST.sub(" ", text.casefold().replace("’", "'"))


@dataclass
class Sentence:
    text: str
    terms: frozenset[str]
    has_digit: bool
    validity: bool
    # German: the compound tails of its words (`_tails`)
    tails: frozenset[str] = frozenset()


@dataclass
class SourceRef:
    url: str
    checked: dt.date
    covers: frozenset[str]


@dataclass
class ServiceFacts:
    """One service's answerable texts. Each (module, language) is split and analysed when a
    question first needs it: a question reads one or two of the service's languages, and
    analysing all twelve up front cost ~28 ms, paid by the first asker of each service in
    each process (the tail of `make bench-search`)."""

    # (module, language) -> the module's text as written
    whole: dict[tuple[str, str], str]
    sources: list[SourceRef]
    # language -> the service's name and synonyms (they name the service, so their terms say
    # nothing about which of its sentences answers)
    naming_texts: dict[str, list[str]] = field(default_factory=dict)
    _sentences: dict[tuple[str, str], list[Sentence]] = field(default_factory=dict)
    _topic: dict[str, frozenset[str]] = field(default_factory=dict)

    def sentences(self, module: str, language: str) -> list[Sentence]:
        """The sentences of a module in a language (list modules: one per item)."""
        found = self._sentences.get((module, language))
        if found is None:
            text = self.whole[(module, language)]
            found = [_sentence(s, language) for s in split_sentences(text)]
            self._sentences[(module, language)] = found  # a race only computes it twice
        return found

    def topic(self, language: str) -> frozenset[str]:
        """Terms of the service's name and synonyms in a language."""
        found = self._topic.get(language)
        if found is None:
            found = frozenset(
                t for text in self.naming_texts.get(language, ()) for t in _terms(text, language)
            )
            self._topic[language] = found
        return found


@dataclass
class OfficeFacts:
    key: str
    names: dict[str, str]
    address: str
    phone: str
    hours: list[tuple[int, dt.time, dt.time]]
    hours_note: dict[str, str]
    sources: list[SourceRef]
    aliases: frozenset[str] = frozenset()


@dataclass
class Fact:
    text: str
    service: str
    module: str
    language: str
    source: str
    checked: dt.date
    office: str = ""
    confidence: float = 0.0


@dataclass
class _CityFacts:
    generation: str
    services: dict[str, ServiceFacts] = field(default_factory=dict)
    offices: dict[str, OfficeFacts] | None = None
    alias_index: dict[str, str] = field(default_factory=dict)
    # except_service -> `topic_terms`
    topic_terms: dict[str, frozenset[str]] = field(default_factory=dict)
    names: _NamingTable | None = None


@dataclass
class _NamingTable:
    """The services' names and synonyms, analysed (each in its own language): what
    `topic_terms` and `naming_scores` look words up in. One table per distinct set of texts,
    shared by the cities that have the same names and synonyms (`_naming_table`)."""

    # term -> the services whose name or synonyms hold it (in any language)
    owners: dict[str, frozenset[str]]
    # language -> term -> (services whose name holds it, services whose synonyms hold it)
    naming: dict[str, _Naming]


_cache: dict[int, _CityFacts] = {}
_lock = threading.Lock()
# Tables by digest of the texts they are built from (`lotse.ask.shared`).
_shared_names: SharedTables[_NamingTable] = SharedTables()
_shared_services: SharedTables[ServiceFacts] = SharedTables()


def _city_facts(city: City, generation: str) -> _CityFacts:
    with _lock:
        facts = _cache.get(city.pk)
        if facts is None or facts.generation != generation:
            facts = _CityFacts(generation=generation)
            _cache[city.pk] = facts
        return facts


@functools.lru_cache(maxsize=65536)
def _terms(text: str, language: str) -> tuple[str, ...]:
    """`analyze` of a catalog text, remembered: cities share most names, synonyms and
    sentences (the federal and state layers), so a second city's tables cost lookups, not
    analysis. Bounded; catalog texts only (never a question)."""
    return tuple(analyze(text, language))


def split_sentences(text: str) -> list[str]:
    """Sentences and list items of a text module, exactly as written (bullets dropped)."""
    parts = []
    for piece in _SENTENCE.split(text):
        piece = piece.strip()
        if piece.startswith(("- ", "• ", "– ")):
            piece = piece[2:].strip()
        if piece:
            parts.append(piece)
    return parts


def _sentence(text: str, language: str) -> Sentence:
    terms = frozenset(_terms(text, language))
    return Sentence(
        text=text,
        terms=terms,
        tails=_tails(terms) if language in COMPOUND_LANGUAGES else frozenset(),
        has_digit=bool(_DIGIT.search(text)),
        validity=bool(_VALIDITY_CUE.search(text.casefold())),
    )


def _sources(rows: list[tuple[str, dt.date, list[str]]]) -> list[SourceRef]:
    return [SourceRef(url=u, checked=c, covers=frozenset(cov or ())) for u, c, cov in rows]


def service_facts(city: City, generation: str, key: str) -> ServiceFacts | None:
    """The answerable texts of one service, split and analysed once per index generation
    (all of a city's services at once by `warm`)."""
    facts = _city_facts(city, generation)
    cached = facts.services.get(key)
    if cached is not None:
        return cached
    built = _load_service_facts(city, [key])
    with _lock:
        facts.services.update(built)
    return built.get(key)


def _load_service_facts(city: City, keys: list[str] | None) -> dict[str, ServiceFacts]:
    """key -> facts of these services of the city (None: all), two queries. A service whose
    texts and sources another city's service has too shares that one's facts (and so its
    analysed sentences)."""
    services = ServiceTextRow.objects.filter(service__city=city)
    sourced = Source.objects.filter(service__city=city)
    if keys is not None:
        services = services.filter(service__key__in=keys)
        sourced = sourced.filter(service__key__in=keys)
    rows: dict[str, list[tuple[str, str, str]]] = {key: [] for key in keys or ()}
    for key, module, language, text in services.filter(
        module__in=(*ANSWER_MODULES, TextModule.NAME, TextModule.SYNONYMS)
    ).values_list("service__key", "module", "language", "text"):
        rows.setdefault(key, []).append((module, language, text))
    source_rows: dict[str, list[tuple[str, dt.date, list[str]]]] = {}
    for key, url, checked, covers in sourced.order_by("position", "pk").values_list(
        "service__key", "url", "checked", "covers"
    ):
        source_rows.setdefault(key, []).append((url, checked, covers))
    result: dict[str, ServiceFacts] = {}
    for key, texts in rows.items():
        sources = source_rows.get(key, [])
        result[key] = _shared_services.get(
            digest([*texts, ("sources", *map(repr, sources))]),
            functools.partial(_service_facts, texts, sources),
        )
    return result


def _service_facts(
    rows: list[tuple[str, str, str]], sources: list[tuple[str, dt.date, list[str]]]
) -> ServiceFacts:
    whole: dict[tuple[str, str], str] = {}
    naming_texts: dict[str, list[str]] = {}
    for module, language, text in rows:
        if module in (TextModule.NAME, TextModule.SYNONYMS):
            naming_texts.setdefault(language, []).append(text)
            continue
        whole[(module, language)] = text.strip()
    return ServiceFacts(whole=whole, sources=_sources(sources), naming_texts=naming_texts)


# Words of office names that do not name one office.
_GENERIC = frozenset(
    [
        "stadt",
        "landeshauptstadt",
        "city",
        "office",
        "amt",
        "service",
        "services",
        "centre",
        "center",
        "zentrum",
        "der",
        "die",
        "das",
        "des",
        "und",
        "and",
        "of",
        "the",
        "for",
        "fur",
        "für",
        "de",
        "la",
        "le",
        "du",
        "del",
        "el",
        "los",
        "для",
        "города",
        "міста",
        "града",
    ]
)


def _offices(city: City, generation: str) -> tuple[dict[str, OfficeFacts], dict[str, str]]:
    facts = _city_facts(city, generation)
    if facts.offices is not None:
        return facts.offices, facts.alias_index
    offices: dict[str, OfficeFacts] = {}
    for office in Office.objects.filter(city=city).prefetch_related(
        "addresses", "opening_hours", "sources"
    ):
        addresses = sorted(office.addresses.all(), key=lambda a: (a.type != "visitor", a.position))
        address = ""
        if addresses:
            a = addresses[0]
            address = ", ".join(p for p in (a.street, f"{a.postal_code} {a.locality}".strip()) if p)
        hours: list[OpeningHours] = sorted(
            office.opening_hours.all(), key=lambda h: (h.weekday, h.opens)
        )
        offices[office.key] = OfficeFacts(
            key=office.key,
            names={},
            address=address,
            phone=office.phone,
            hours=[(h.weekday, h.opens, h.closes) for h in hours],
            hours_note={},
            sources=_sources(
                [
                    (s.url, s.checked, list(s.covers))
                    for s in sorted(office.sources.all(), key=lambda s: (s.position, s.pk))
                ]
            ),
        )
    for key, fld, language, text in OfficeTextRow.objects.filter(
        office__city=city,
        field__in=(OfficeTextField.NAME, OfficeTextField.OPENING_HOURS_NOTE),
    ).values_list("office__key", "field", "language", "text"):
        if key in offices:
            target = offices[key].names if fld == OfficeTextField.NAME else offices[key].hours_note
            target[language] = text
    # Aliases: name words (and the key's parts) that belong to one office only.
    # The city's own name is in many office names ("Jobcenter Dortmund") and names none of them.
    generic = _GENERIC | {
        fold(w) for name in [city.slug, *city.names.values()] for w in tokens(str(name))
    }
    owners: dict[str, set[str]] = {}
    for key, facts_of in offices.items():
        words = {fold(w) for name in facts_of.names.values() for w in tokens(name)}
        words.add(fold(key.replace("-", "")))
        for word in words:
            if len(word) >= 5 and word not in generic:
                owners.setdefault(word, set()).add(key)
    alias_index = {w: next(iter(keys)) for w, keys in owners.items() if len(keys) == 1}
    with _lock:
        facts.offices = offices
        facts.alias_index = alias_index
    return offices, alias_index


TOPIC_MAX_SERVICES = 5


# Words that say there is *a* problem or question but name none, and fillers of "I have just
# arrived": a lost question may contain them ("who is responsible for my problem", "właśnie
# przyjechałem") even when a service's name holds the same stem ("własna działalność").
_GENERIC_WORDS = {
    "en": "problem problems issue issues trouble help question questions matter",
    "de": "Problem Probleme Frage Fragen Hilfe Anliegen Sache",
    "uk": "проблема проблеми питання допомога",
    "ru": "проблема проблемы вопрос вопросы помощь",
    "ar": "مشكلة مشكلتي مشاكل مساعدة سؤال",
    "tr": "sorun sorunum sorunlar problem yardım soru",
    "fa": "مشکل مشکلات کمک سوال",
    "pl": "problem problemy pytanie pomoc właśnie dopiero niedawno",
    "ro": "problemă problema probleme ajutor întrebare tocmai abia",
    "fr": "problème problèmes aide question",
    "es": "problema problemas ayuda pregunta",
    "bg": "проблем проблеми помощ въпрос",
    "ja": "問題 質問 助け 手助け",
}


@functools.cache
def _generic_terms() -> frozenset[str]:
    return frozenset(t for lang, words in _GENERIC_WORDS.items() for t in analyze(words, lang))


def topic_terms(city: City, generation: str, *, except_service: str = "") -> frozenset[str]:
    """Terms of the services' names and synonyms (each stemmed in its own language), but
    `except_service`'s: the words that name a service. Built once per index generation."""
    facts = _city_facts(city, generation)
    found = facts.topic_terms.get(except_service)
    if found is not None:
        return found
    table = _naming_table(city, generation)
    city_words = {city.slug, *(fold(n.casefold()) for n in dict(city.names).values())}
    generic = _generic_terms()
    # Naming terms: 4 letters or more, in the names of a few services only, not the city.
    result = frozenset(
        term
        for term, keys in table.owners.items()
        if len(term) >= 4
        and 0 < len(keys) - (except_service in keys) <= TOPIC_MAX_SERVICES
        and term not in city_words
        and term not in generic
    )
    with _lock:
        facts.topic_terms[except_service] = result
    return result


def names_a_service(
    city: City, generation: str, text: str, language: str, *, except_service: str = ""
) -> bool:
    """Whether a lost question still names a service once its lost phrase is removed."""
    known = topic_terms(city, generation, except_service=except_service)
    rest = without_lost_words(text)
    return any(term in known for term in analyze(rest, language))


# How the question's own words name the top services (`naming_margin`): a word of a service's
# name counts NAME_WEIGHT shared among the services whose names hold it, a word of its
# synonyms SYNONYM_WEIGHT shared among the services whose synonyms hold it.
NAME_WEIGHT = 1.0
SYNONYM_WEIGHT = 0.5
# Languages whose catalog words a question in another language often keeps ("Kindergeld").
LOAN_LANGUAGES = ("de", "en")

_Naming = dict[str, tuple[frozenset[str], frozenset[str]]]


def _naming(city: City, generation: str, language: str) -> _Naming:
    """term -> (services whose name holds the term, services whose synonyms do), in one
    language."""
    return _naming_table(city, generation).naming.get(language, {})


def _naming_table(city: City, generation: str) -> _NamingTable:
    """The city's naming table: built with the other answer tables before a process takes
    questions (`warm`), else when a question first needs it (~0.3 s for Dortmund's 12
    languages). Cities with the same names and synonyms share one table."""
    facts = _city_facts(city, generation)
    if facts.names is not None:
        return facts.names
    rows = list(
        ServiceTextRow.objects.filter(
            service__city=city, module__in=(TextModule.NAME, TextModule.SYNONYMS)
        ).values_list("service__key", "module", "language", "text")
    )
    table = _shared_names.get(digest(rows), functools.partial(_build_naming_table, rows))
    with _lock:
        facts.names = table
    return table


def _build_naming_table(rows: list[tuple[str, str, str, str]]) -> _NamingTable:
    owners: dict[str, set[str]] = {}
    names: dict[str, dict[str, set[str]]] = {}
    synonyms: dict[str, dict[str, set[str]]] = {}
    for key, module, language, text in rows:
        target = (names if module == TextModule.NAME else synonyms).setdefault(language, {})
        for term in _terms(text, language):
            owners.setdefault(term, set()).add(key)
            if len(term) >= 3:
                target.setdefault(term, set()).add(key)
    naming: dict[str, _Naming] = {}
    for language in names.keys() | synonyms.keys():
        named, listed = names.get(language, {}), synonyms.get(language, {})
        naming[language] = {
            term: (frozenset(named.get(term, ())), frozenset(listed.get(term, ())))
            for term in named.keys() | listed.keys()
        }
    return _NamingTable(
        owners={term: frozenset(keys) for term, keys in owners.items()}, naming=naming
    )


def warm(city: City, generation: str) -> None:
    """Build the city's answer tables (names and synonyms, the naming terms of a lost
    question, offices, every service's texts) before a process takes questions, so no asker
    waits for them (`selectors.process_warm`). A service's sentences are still analysed when
    a question first needs them (~1 ms; all of them would cost seconds per city)."""
    facts = _city_facts(city, generation)
    topic_terms(city, generation, except_service=city.fallback_service_key)
    _offices(city, generation)
    if not facts.services:
        built = _load_service_facts(city, None)
        with _lock:
            facts.services.update(built)


def naming_scores(
    city: City, generation: str, text: str, kind: str, language: str, keys: list[str]
) -> list[float]:
    """How strongly the question's content words (without its type words) name each of these
    services. Each word is looked up in the question's language; a word that names nothing
    there is looked up in German, then English (a kept catalog word: "Kindergeld")."""
    scores = [0.0] * len(keys)
    for word in tokens(content_words(text, kind)):
        owners = None
        for code in dict.fromkeys((language, *LOAN_LANGUAGES)):
            if is_stopword(word, code):
                break
            owners = _naming(city, generation, code).get(stem(word, code))
            if owners is not None:
                break
        if owners is None:
            continue
        named, listed = owners
        for i, key in enumerate(keys):
            if key in named:
                scores[i] += NAME_WEIGHT / len(named)
            if key in listed:
                scores[i] += SYNONYM_WEIGHT / len(listed)
    return scores


def naming_lead(naming: list[float], rank: int = 0) -> float:
    """How much more the question names the service at `rank` than the best of the others
    (`naming_scores` of the top services)."""
    if not naming:
        return 0.0
    return naming[rank] - max((n for i, n in enumerate(naming) if i != rank), default=0.0)


def naming_margin(
    city: City, generation: str, text: str, kind: str, language: str, keys: list[str]
) -> float:
    """The naming lead of the first of these services over the others."""
    return naming_lead(naming_scores(city, generation, text, kind, language, keys))


# The routed top service answers when it leads the second by ANSWER_LEAD (selectors), or by
# NAMED_MIN_LEAD when the question names it clearly more than the next two (margin ≥
# NAMED_MARGIN); it does not answer when another of the top three is named clearly more
# (margin ≤ -OTHER_NAMED_MARGIN) unless it leads by OTHER_NAMED_LEAD. Chosen on the answers
# dev set (README, "Answers").
NAMED_MIN_LEAD = 0.03
NAMED_MARGIN = 0.2
OTHER_NAMED_MARGIN = 0.1
OTHER_NAMED_LEAD = 0.25


def routing_sure(
    score: float, lead: float, margin: float, *, min_score: float, min_lead: float
) -> bool:
    """Whether the routed top service is sure enough to answer a factual question: its fused
    score, its lead over the second and how much more the question names it (`naming_margin`)."""
    if score < min_score:
        return False
    if margin <= -OTHER_NAMED_MARGIN and lead < OTHER_NAMED_LEAD:
        return False
    if margin >= PROMOTE_MARGIN:
        # Named as clearly as a second service must be to answer instead (`answering_rank`):
        # being first is lead enough.
        return True
    return lead >= min_lead or (margin >= NAMED_MARGIN and lead >= NAMED_MIN_LEAD)


# The second service answers instead of the first when the question names it clearly more than
# the first and third (by PROMOTE_MARGIN) and its fused score is within PROMOTE_GAP of the
# first: "Колко е детската помощ Kindergeld?" routed to the child supplement, answered from
# child benefit. Chosen on the answers dev set (README, "Answers"); the third place (and a
# margin of 0.5) gave wrong answers there.
PROMOTE_MARGIN = 0.75
PROMOTE_GAP = 0.15


def answering_rank(
    scores: list[float], naming: list[float], *, min_score: float, min_lead: float
) -> int | None:
    """Which of the top hits (fused scores, best first, and their naming scores) answers a
    factual question: 0 (the routed top service), 1 (the second, when the question names it
    clearly more), or None (no answer)."""
    if not scores:
        return None
    lead = scores[0] - (scores[1] if len(scores) > 1 else 0.0)
    margin = naming_lead(naming)
    if routing_sure(scores[0], lead, margin, min_score=min_score, min_lead=min_lead):
        return 0
    if len(scores) < 2:
        return None
    if (
        naming_lead(naming, 1) >= PROMOTE_MARGIN
        and scores[0] - scores[1] < PROMOTE_GAP
        and scores[1] >= min_score
    ):
        return 1
    return None


def named_office(city: City, generation: str, text: str) -> str | None:
    """The office a question names by a word that belongs to that office only."""
    _all, aliases = _offices(city, generation)
    for word in tokens(text):
        key = aliases.get(fold(word))
        if key is not None:
            return key
    return None


def _source(sources: list[SourceRef], covers: tuple[str, ...]) -> SourceRef | None:
    """The most recently checked source whose `covers` lists one of these fields."""
    matching = [s for s in sources if s.covers & set(covers)]
    return max(matching, key=lambda s: s.checked) if matching else None


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


# A question word of at least this many letters also matches a German sentence word that ends
# with it, at least three letters longer: a compound ("Stunde" in "Unterrichtsstunde",
# "Gebühr" in "Verwaltungsgebühr"). The tails are built with the sentence, once.
COMPOUND_TAIL_MIN = 4
COMPOUND_LANGUAGES = frozenset({"de"})


def _tails(terms: frozenset[str]) -> frozenset[str]:
    return frozenset(
        term[i:] for term in terms for i in range(3, len(term) - COMPOUND_TAIL_MIN + 1)
    )


def _overlap(query_terms: set[str], sentence: Sentence) -> int:
    """Question terms the sentence holds, as a word or as the tail of a compound."""
    return sum(1 for t in query_terms if t in sentence.terms or t in sentence.tails)


def _best_sentence(
    sentences: list[Sentence], query_terms: set[str], kind: str, module: str
) -> tuple[Sentence | None, float]:
    best: Sentence | None = None
    best_score = -1.0
    for position, sentence in enumerate(sentences):
        if kind == "money" and module == TextModule.BODY and not sentence.has_digit:
            continue
        if kind == "validity" and module == TextModule.BODY and not sentence.validity:
            continue
        score = _overlap(query_terms, sentence) - 0.1 * position
        if kind in ("money", "cost") and sentence.has_digit:
            score += 0.5
        if kind == "validity" and sentence.validity:
            score += 0.5
        if score > best_score:
            best, best_score = sentence, score
    return best, best_score


def service_fact(
    city: City, generation: str, key: str, kind: str, language: str, query: str
) -> Fact | None:
    """The sentence (or list) of a service's module that answers a question of this type."""
    facts = service_facts(city, generation, key)
    if facts is None:
        return None
    candidates: list[tuple[float, Fact]] = []
    for rank, module in enumerate(SERVICE_MODULES[kind]):
        source = _source(facts.sources, (module,))
        if source is None:
            continue
        text_language = next(
            (c for c in fallback_order(language) if (module, c) in facts.whole), ""
        )
        if not text_language:
            continue
        sentences = facts.sentences(module, text_language)
        query_terms = {t for t in analyze(content_words(query, kind), text_language) if len(t) > 1}
        query_terms -= facts.topic(text_language)
        if module == TextModule.DOCUMENTS:
            text = facts.whole[(module, text_language)]
            score = 1.0
        else:
            sentence, score = _best_sentence(sentences, query_terms, kind, module)
            if sentence is None:
                continue
            text = sentence.text
        candidates.append(
            (
                score - 0.3 * rank,
                Fact(
                    text=text,
                    service=key,
                    module=str(module),
                    language=text_language,
                    source=source.url,
                    checked=source.checked,
                ),
            )
        )
    if not candidates:
        return None
    return max(candidates, key=lambda c: c[0])[1]
