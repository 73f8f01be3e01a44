"""How a question names services and offices: the naming terms and tables, naming scores and
leads, and whether (and which of) the top services is sure enough to answer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from lotse.ask.analysis import (
    alternative_stems,
    analyze,
    fold,
    is_stopword,
    split_compound,
    stem,
    tokens,
)
from lotse.ask.answers._text import _cuts, _terms
from lotse.ask.answers.facts import (
    _ABBREVIATION,
    _city_facts,
    _lock,
    _Naming,
    _NamingTable,
    _offices,
    _shared_names,
)
from lotse.ask.answers.kinds import asks_number, content_words
from lotse.ask.answers.lost import names_a_need, without_generic_words, without_lost_words
from lotse.ask.shared import digest
from lotse.catalog.models import ServiceText as ServiceTextRow
from lotse.catalog.models import TextModule
from lotse.core.models import City

TOPIC_MAX_SERVICES = 5


# Words that say there is *a* problem or question but name none, and fillers of "I have just
# arrived": a lost question may contain them ("who is responsible for my problem", "właśnie
# przyjechałem") even when a service's name holds the same stem ("własna działalność").
# Also the start ("pomoc na start": business start-ups) and "about" where it is no stop word
# ("muchas preguntas sobre todo").
_GENERIC_WORDS = {
    "en": "problem problems issue issues trouble help question questions matter "
    # What a lost question says around its phrase: offices in general, the country and the
    # town, doing first, explaining, someone, me, everything and how it works, moving here,
    # "completely"; "all these", "which", "nobody", "can", "a week ago", "the first week".
    "office offices authority authorities agency place germany town city step steps first "
    "explain orient guide someone somebody anyone other another one case situation do make "
    "me everything things work works move moved moving completely totally week weeks ago before all whole which start beginning",
    "de": "Problem Probleme Frage Fragen Hilfe Anliegen Sache Amt Ämter Behörde Behörden Stelle "
    "Büro Deutschland Stadt Schritt Schritte zuerst erklärt erklären jemand anderen machen tun "
    "Fall mich mir alles Dinge funktioniert läuft komplett total völlig ganz ganzen alle allen Woche Wochen vor welches welche Start Anfang über",
    "uk": "проблема проблеми питання допомога офіс офісу установа відомство Німеччина місто крок "
    "спочатку пояснити хтось інший інша робити зробити ситуація справа мені мене все усе "
    "влаштовано працює зовсім тиждень тижня тому перший всіх усіх який яке може початок старт про",
    "ru": "проблема проблемы вопрос вопросы помощь офис контора учреждение ведомство Германия "
    "город шаг сначала объяснить объясняет кто-то другой другую третью делать сделать говорят "
    "ситуация мне меня всё устроено работает совсем может можно неделя неделю назад первая первый всех какое какой начало старт обо",
    "ar": "مشكلة مشكلتي مشاكل مساعدة سؤال مكتب دائرة دواير الدوائر جهة ألمانيا المانيا المدينة "
    "خطوة أول يشرح حدا أحد وضعي وضع شي شو الأمور امور بتمشي تماما أسبوع اسبوع كل أي اي البداية بداية",
    "tr": "sorun sorunum sorunlar problem yardım soru daire dairenin ofis kurum yer Almanya şehir "
    "adım önce ilk olarak açıkla biri başka hangi durum yap bana beni işler tamamen hafta tüm bütün başlangıç başlangıçta hakkında",
    "fa": "مشکل مشکلات کمک سوال اداره دفتر جا آلمان شهر قدم اول توضیح کسی دیگر وضعیت کار "
    "همه کارها چطوری کاملا هفته پیش کدام کدوم شروع درباره",
    "pl": "problem problemy pytanie pomoc właśnie dopiero niedawno urząd urzędu biuro miejsce "
    "Niemcy miasto krok najpierw wyjaśnić ktoś inny innego sytuacja sprawa zrobić robić mnie "
    "wszystko działa zupełnie całkiem indziej pierwszy pierwsza pierwsze tydzień tygodnia temu który która które czego wszystkich start początek początku",
    "ro": "problemă problema probleme ajutor întrebare tocmai abia birou birouri instituție loc "
    "Germania oraș pas întâi explica cineva altul situație caz cazul face mie totul lucrurile "
    "funcționează complet săptămână săptămâni care toate poate început începutul start despre",
    "fr": "problème problèmes aide question bureau bureaux administration service endroit "
    "Allemagne ville étape d'abord expliquer quelqu'un autre situation dossier cas faire "
    "quel quelle quelles quels tout choses marche fonctionne complètement semaine semaines personne occupe tous toutes peut début",
    "es": "problema problemas ayuda pregunta oficina oficinas administración lugar sitio Alemania "
    "ciudad paso primero explicar orientar alguien otra otro situación caso hacer todo cosas "
    "funciona completamente semana semanas nadie toca todas todos puede inicio comienzo principio sobre",
    "bg": "проблем проблеми помощ въпрос служба офис място Германия град стъпка първо обясни "
    "някой друго друг ситуация случай направя мен всичко нещата работи напълно преди седмица седмици каквото всички начало старт",
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
    city_words = _city_words(city)
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
    prefixes = _topic_prefixes(known, _not_naming(city))
    rest = without_lost_words(text)
    if names_a_need(rest):
        return True
    # A word names a service when it is a naming term, or shares a naming term's first
    # PREFIX letters (another form of the word: "дискримінують" / "дискримінація",
    # "پناهندگیم" (my asylum) / "پناهندگی").
    return any(
        term in known or (len(term) >= PREFIX and term[:PREFIX] in prefixes)
        for term in analyze(rest, language)
    )


def named_services(
    city: City,
    generation: str,
    text: str,
    language: str,
    *,
    except_service: str = "",
    of_lost_phrase: bool = False,
) -> frozenset[str]:
    """The services the words of a lost question name once its lost phrase is removed: a word
    (or another reading of it, `alternative_stems`: "arabamı" is the catalog's "araba") that is
    a term of their names or synonyms (four letters or more, not a generic word, not the city's
    name), however many services' names hold it, or that shares a `topic_terms` term's first
    PREFIX letters."""
    owners = _naming_table(city, generation).owners
    prefixed = _prefix_owners(city, generation, except_service)
    naming_nothing = _not_naming(city)
    found: set[str] = set()
    words = tokens(without_lost_words(text))
    if of_lost_phrase:
        kept = set(words)
        words = [word for word in tokens(text) if word not in kept]
    for word in words:
        if is_stopword(word, language):
            continue
        terms = [stem(word, language)]
        terms += [alternative for alternative, _ in alternative_stems(word, language)]
        for term in terms:
            if len(term) >= 4 and term in owners and term not in naming_nothing:
                # any naming term, however many services' names hold it ("school")
                found |= owners[term]
            elif len(term) >= PREFIX:
                found |= prefixed.get(term[:PREFIX], frozenset())
    return frozenset(found - {except_service})


def _prefix_owners(city: City, generation: str, except_service: str) -> dict[str, frozenset[str]]:
    """The first PREFIX letters of the naming terms (`topic_terms`, but those of words that
    name nothing) -> the services whose names or synonyms hold such a term. Built once per
    index generation, beside `topic_terms`: a lookup a word instead of a scan of every term."""
    facts = _city_facts(city, generation)
    found = facts.topic_prefixes.get(except_service)
    if found is not None:
        return found
    known = topic_terms(city, generation, except_service=except_service)
    excluded = {word[:PREFIX] for word in _not_naming(city)}
    owners = _naming_table(city, generation).owners
    table: dict[str, set[str]] = {}
    for term in known:
        if len(term) >= PREFIX and term[:PREFIX] not in excluded:
            table.setdefault(term[:PREFIX], set()).update(owners.get(term, frozenset()))
    result = {prefix: frozenset(keys) for prefix, keys in table.items()}
    with _lock:
        facts.topic_prefixes[except_service] = result
    return result


def _city_words(city: City) -> frozenset[str]:
    """The city's slug and its names in every language, folded: words that name no service."""
    return frozenset({city.slug, *(fold(n.casefold()) for n in dict(city.names).values())})


PREFIX = 6
# A word names the service the ranking put first (`names_the_first`) when that service's name
# or synonyms hold it and at most this many services' do (the counselling left out).
FIRST_MAX_SERVICES = 3
# A three-letter word is more often another word's form ("بده", give, is the stem of "بدهی",
# debt, which three services' names hold): it counts when at most this many services hold it.
FIRST_MAX_SHORT = 2


def names_the_first(
    city: City, generation: str, text: str, language: str, key: str, *, except_service: str = ""
) -> bool:
    """Whether a lost question, once its lost phrase is removed, still holds a word that names
    `key`, the service its ranking put first: a term of `key`'s name or synonyms in the
    question's language that at most FIRST_MAX_SERVICES services' hold (in any language), of
    four letters or more, or of three in Arabic letters held by at most FIRST_MAX_SHORT services
    (Arabic and Persian write no short vowels: برق, electricity; قبض, the bill), also as the word's other reading
    (`alternative_stems`: "برقم", my electricity, is "برق"; "كصاحب" is "صاحب").
    `names_a_service` asks for any service and four letters: the ranking's agreement is what
    lets the shorter words and the other readings count here."""
    table = _naming_table(city, generation)
    own = table.naming.get(language, {})
    not_naming = _not_naming(city)
    for word in tokens(without_lost_words(text)):
        if is_stopword(word, language):
            continue
        stems = [stem(word, language)]
        stems += [alternative for alternative, _ in alternative_stems(word, language)]
        for term in stems:
            named, listed = own.get(term, (frozenset(), frozenset()))
            found = table.owners.get(term, frozenset()) - {except_service}
            short = len(term) == 3 and bool(_ARABIC_LETTERS.fullmatch(term))
            if (
                (len(term) >= 4 or short)
                and (key in named or key in listed)
                and len(found) <= (FIRST_MAX_SHORT if short else FIRST_MAX_SERVICES)
                and term not in not_naming
            ):
                return True
    return False


# A term written in Arabic letters only (Arabic, Persian).
_ARABIC_LETTERS = re.compile(r"[\u0600-\u06ff]+")


def names_nothing(city: City, text: str, language: str) -> bool:
    """Whether the question holds no word but stop words, generic ones ("help", "problem",
    "office") and the city's name ("Hilfe", "what now"): nothing to route on."""
    not_naming = _not_naming(city)
    return all(term in not_naming for term in analyze(without_generic_words(text), language))


def _not_naming(city: City) -> frozenset[str]:
    """The city's names and the generic words: they name no service, nor do their forms
    ("dortmunder" is no "Dortmund-Pass")."""
    return _generic_terms() | _city_words(city)


@functools.lru_cache(maxsize=16)
def _topic_prefixes(known: frozenset[str], not_naming: frozenset[str]) -> frozenset[str]:
    """The first PREFIX letters of the naming terms, but those of words that name nothing."""
    excluded = {word[:PREFIX] for word in not_naming}
    return frozenset(t[:PREFIX] for t in known if len(t) >= PREFIX) - excluded


# How the question's own words name the top services (`naming_margin`): a word of a service's
# name counts NAME_WEIGHT shared among the services whose names hold it, a word of its
# synonyms SYNONYM_WEIGHT shared among the services whose synonyms hold it.
NAME_WEIGHT = 1.0
SYNONYM_WEIGHT = 0.5
# Languages whose catalog words a question in another language often keeps ("Kindergeld").
LOAN_LANGUAGES = ("de", "en")


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


def naming_scores(
    city: City,
    generation: str,
    text: str,
    kind: str,
    language: str,
    keys: list[str],
    sounded: Callable[[str], str | None] | None = None,
) -> list[float]:
    """How strongly the question's content words (without its type words) name each of these
    services. Each word is looked up in the question's language; a word that names nothing
    there is looked up in German, then English (a kept catalog word: "Kindergeld"); one that
    names nothing there either names the service `sounded` gives for it, as a name word (a
    German name written in another script or by ear: "киндергелд", `selectors._sound_owner`)."""
    scores = [0.0] * len(keys)
    for word in tokens(content_words(text, kind)):
        owners = _word_owners(city, generation, word, language)
        if not owners and sounded is not None:
            service = sounded(word)
            owners = [(frozenset({service}), frozenset())] if service else []
        for named, listed in owners:
            for i, key in enumerate(keys):
                if key in named:
                    scores[i] += NAME_WEIGHT / len(named)
                if key in listed:
                    scores[i] += SYNONYM_WEIGHT / len(listed)
    return scores


def words_naming(
    city: City, generation: str, text: str, kind: str, language: str, key: str
) -> frozenset[str]:
    """The stems (in `language`) of the question's content words that name this service, by
    its names or its synonyms (the words `naming_scores` counts for it)."""
    return frozenset(
        stem(word, language)
        for word in tokens(content_words(text, kind))
        if any(
            key in named or key in listed
            for named, listed in _word_owners(city, generation, word, language)
        )
    )


def holds_stems(
    stems: frozenset[str], text: str, language: str, *, every: bool = True, forms: bool = False
) -> bool:
    """Whether a sentence holds every one of these stems (and at least one); `every=False`:
    at least one of them. `forms=True`: a stem is also held by another form of its word, the two
    stems being one without their last one or two letters (`_text._cuts`: the Ukrainian
    imperative "зареєструйте" and infinitive "зареєструвати", whose light stems differ)."""
    held = {stem(word, language) for word in tokens(text)}
    if forms:
        held |= {cut for word in held for cut in _cuts(word)}
        found = {s for s in stems if s in held or not _cuts(s).isdisjoint(held)}
        return bool(stems) and (found == stems if every else bool(found))
    return bool(stems) and (stems <= held if every else not stems.isdisjoint(held))


def _word_owners(
    city: City, generation: str, word: str, language: str
) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The services one question word names (`naming_scores`): in the question's language,
    else German, else English; a German compound that names nothing as a whole names what its
    parts name ("Visumverfahren": the national visa by "Visum")."""
    for code in dict.fromkeys((language, *LOAN_LANGUAGES)):
        if is_stopword(word, code):
            return []
        table = _naming(city, generation, code)
        owners = table.get(stem(word, code))
        if owners is not None:
            return [owners]
        if code == "de":
            parts = split_compound(fold(word), table.__contains__)
            if parts:
                return [table[p] for p in parts if p in table]
    return []


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
    score: float,
    lead: float,
    margin: float,
    *,
    min_score: float,
    min_lead: float,
    outnamed_anyway: Callable[[], bool] = lambda: False,
) -> bool:
    """Whether the routed top service is sure enough to answer a factual question: its fused
    score, its lead over the second and how much more the question names it (`naming_margin`).
    `outnamed_anyway` is asked only when another of the top services is named clearly more:
    whether the top service answers all the same (`answering_rank`)."""
    if score < min_score:
        return False
    if margin <= -OTHER_NAMED_MARGIN and lead < OTHER_NAMED_LEAD and not outnamed_anyway():
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
# margin of 0.5) gave wrong answers there. Its answering sentence must hold a word of the
# question when the first's does (`second_agrees`): a common word can name it ("première" in
# "Combien coûte la première délivrance du titre de séjour étudiant ?" names the *premier*
# conseil), and then its fee sentence ("Le conseil est gratuit.") speaks of something the
# question does not, while the first's ("Première délivrance 100 euros.") speaks of it. Two
# sentences that hold none ("Безкоштовно.", "ELSTER безкоштовний.") leave the naming to decide.
PROMOTE_MARGIN = 0.75
PROMOTE_GAP = 0.15


# A top service that another of the top three is named more than still answers when it is
# named itself, leads that service by OUTNAMED_GAP in fused score, and its answering sentence
# holds a content word of the question (`sentence_agrees`): "Скільки кіндергельду платять на
# одну дитину на місяць?" names the birth registration by "дитину" more than child benefit by
# "кіндергельду", but is routed to child benefit by 0.36, and its fees sentence says "на
# дитину на місяць". Chosen on the answers dev set (README, "Answers").
OUTNAMED_GAP = 0.1


def _outnamers(naming: list[float]) -> list[int]:
    """The ranks of the other top services the question names clearly more than the first
    (by OTHER_NAMED_MARGIN): those that veto the first's answer (`routing_sure`)."""
    return [i for i in range(1, len(naming)) if naming[i] - naming[0] >= OTHER_NAMED_MARGIN]


def _leads_weakly_named(scores: list[float], naming: list[float], ranks: list[int]) -> bool:
    """Whether the first leads each of these ranks by OUTNAMED_GAP in fused score while the
    question names each by less than half a name word (a common word of its synonyms): "останах
    на улицата, кога ще ме види социален работник?" names no service but the social security
    number, by "социален", and is routed clearly to the homelessness help. A rival named by a
    name word ("Kindergeld") still vetoes a first named by none."""
    return all(scores[0] - scores[i] >= OUTNAMED_GAP and naming[i] < NAMED_LEAD_MIN for i in ranks)


NAMED_LEAD_MIN = NAME_WEIGHT / 2


def _named_lead(scores: list[float], naming: list[float]) -> float:
    """The top service's lead over the next one the question names at all, when it names the
    top one by at least half a name word (NAMED_LEAD_MIN): a service the question's content
    words do not name stands that close only by the words that ask the type ("Ile kosztuje
    zameldowanie?": the broadcasting *fee*)."""
    rivals = scores[1:]
    if naming and naming[0] >= NAMED_LEAD_MIN and len(naming) == len(scores):
        rivals = [s for s, n in zip(scores[1:], naming[1:], strict=True) if n > 0]
    return scores[0] - (rivals[0] if rivals else 0.0)


def second_sentence_agrees(held: int, first_held: int, naming: Sequence[float] = ()) -> bool:
    """Whether the second service's answering sentence, holding `held` of the question's words
    (its naming words too), may answer instead of the first's, holding `first_held`: it must
    hold one (or the first none either) and no fewer than the first's. A verb both share
    ("повідомити" in the birth registration's deadline) does not make the second's sentence
    the answer when the first's also holds the asked thing ("до початку"). When the question
    (`naming`, the top services' naming scores) names the second by a whole name word
    (NAME_WEIGHT) and the first by none, the second's holding one word is enough: the first's
    sentence holding more of the question's other words ("брутната заплата" in the pension
    share, asked of the health insurance's) does not make the first the asked thing."""
    if held > 0 and len(naming) > 1 and naming[0] <= 0 and naming[1] >= NAME_WEIGHT:
        return True
    return (held > 0 or first_held == 0) and held >= first_held


def _unnamed_and_unheld(naming: list[float], sentence_agrees: Callable[[], bool]) -> bool:
    """Whether the top service is named by no word of the question while another of the top
    three is named by a whole name word (NAME_WEIGHT), and the top's answering sentence holds
    no content word of the question either: nothing but the routing says it is the one asked
    about, and its lead (`OTHER_NAMED_LEAD`) is no reason to give its sentence ("Wie viel darf
    ich im Jahr verdienen, um einen WBS zu bekommen?" routed to the minijobs by "verdienen":
    their pension share, the WBS named)."""
    return (
        bool(naming)
        and naming[0] <= 0
        and max(naming[1:], default=0.0) >= NAME_WEIGHT
        and not sentence_agrees()
    )


def _names_the_second(naming: list[float]) -> bool:
    """Whether the question names the second of the top services (`naming_scores`) as the one
    to answer for a first that states nothing of the asked kind: more than the third, and more
    than the first or, the first named more, by half a name word (NAMED_LEAD_MIN). A tie names
    neither: "Ile trwa Anmeldung …" names the registration certificate and the registration
    alike, and the certificate's "od razu" was no answer about the registration; "повідомити"
    names the birth registration as much as the Jugendamt names youth help, and the birth's
    one-week notice was given to a daycare question."""
    second = naming[1]
    if second <= max(naming[2:], default=0.0) or second == naming[0]:
        return False
    return second > naming[0] or second >= NAMED_LEAD_MIN


def _promote_gap(naming: list[float], second_answers: Callable[[], bool]) -> float:
    """How far the second may trail the first in fused score to answer instead when named
    clearly more: PROMOTE_GAP, or OTHER_NAMED_LEAD when the question names the first by no word
    and the second, which states a fact of the asked kind (`second_answers`), by a whole name
    word (only the routing's guess stands for the first: "asgari ücret" names the minimum wage,
    routed 0.19 behind the Blue Card's salary limit)."""
    if len(naming) > 1 and naming[0] <= 0 and naming[1] >= NAME_WEIGHT and second_answers():
        return OTHER_NAMED_LEAD
    return PROMOTE_GAP


def answering_rank(
    scores: list[float],
    naming: list[float],
    *,
    min_score: float,
    min_lead: float,
    sentence_agrees: Callable[[], bool] = lambda: False,
    first_answers: Callable[[], bool] = lambda: True,
    second_agrees: Callable[[], bool] = lambda: True,
    answers_at: Callable[[int], bool] = lambda rank: True,
    names_by_content: bool = True,
    trace: list[str] | None = None,
) -> int | None:
    """Which of the top hits (fused scores, best first, and their naming scores) answers a
    factual question: 0 (the routed top service), 1 (the second, when the question names it
    clearly more, or when the first has no fact of the asked kind at all and the question
    names the second at least as much as any other, or by half a name word and no less than
    the third), or None (no answer). `sentence_agrees`
    says whether the top service's answering sentence holds a content word of the question;
    `first_answers` whether the top service has a sourced fact of the asked kind;
    `second_agrees` whether the second's answering sentence holds a word of the question (or
    the first's holds none either), which a second named more must; `answers_at(rank)` whether
    the service at that rank has a sourced fact of the asked kind (all called only when
    needed); `names_by_content=False`: the type words take the names away (a helpline's name
    holds a phone word: "Telefonseelsorge", "Hilfetelefon"), so a top service named by no
    content word is not for that reason less sure (`_unnamed_and_unheld`). `trace`, when
    given, gets the name of the rule that chose the rank (for `python -m lotse.ask.eval.paths`):
    "rank1-absent", "rank0-outnamed", "rank0-lead", "rank0-named" or "rank1-promote"."""
    if not scores:
        return None
    trace = [] if trace is None else trace
    lead = scores[0] - (scores[1] if len(scores) > 1 else 0.0)
    margin = naming_lead(naming)
    if (
        len(scores) > 1
        and len(naming) > 1
        and _names_the_second(naming)
        and lead < PROMOTE_GAP
        and scores[1] >= min_score
        and not first_answers()
    ):
        # "How long does the recognition of my diploma take?" routed to the school
        # certificates, which state no processing time, a hair before the qualifications.
        # The second needs naming at least as much as any other, or by half a name word and
        # no less than the third ("диплома" names both, the school certificates more: they
        # cannot answer anyway); one named only by a common word ("консультацію") does not.
        trace.append("rank1-absent")
        return 1

    outnamed: list[bool] = []

    def outnamed_anyway() -> bool:
        outnamed.append(_outnamed_anyway())
        return outnamed[-1]

    def _outnamed_anyway() -> bool:
        most_named = max(range(1, len(naming)), key=lambda i: naming[i], default=0)
        if (
            most_named > 0
            and naming[0] > 0
            and scores[0] - scores[most_named] >= OUTNAMED_GAP
            and sentence_agrees()
        ):
            return True
        # The services named more state no fact of the asked kind at all ("how long does the
        # recognition of my degree take": "degree" names the school certificates more, which
        # state no processing time): they cannot be the answer's source, and the first, named
        # itself or leading them all clearly, answers.
        outnamers = _outnamers(naming)
        return (
            (naming[0] > 0 or _leads_weakly_named(scores, naming, outnamers))
            and first_answers()
            and not any(answers_at(i) for i in outnamers)
        )

    named_lead = _named_lead(scores, naming)
    if routing_sure(
        scores[0],
        named_lead,
        margin,
        min_score=min_score,
        min_lead=min_lead,
        outnamed_anyway=outnamed_anyway,
    ) and not (names_by_content and _unnamed_and_unheld(naming, sentence_agrees)):
        if any(outnamed):
            trace.append("rank0-outnamed")
        elif named_lead >= min_lead:
            trace.append("rank0-lead")
        else:
            trace.append("rank0-named")
        return 0
    if len(scores) < 2:
        return None
    if (
        naming_lead(naming, 1) >= PROMOTE_MARGIN
        and scores[0] - scores[1] < _promote_gap(naming, lambda: answers_at(1))
        and scores[1] >= min_score
        and second_agrees()
    ):
        trace.append("rank1-promote")
        return 1
    return None


def named_office(city: City, generation: str, text: str) -> str | None:
    """The office a question names by a word that belongs to that office only."""
    _all, aliases = _offices(city, generation)
    for word in tokens(text):
        key = aliases.get(fold(word))
        if key is not None:
            return key
    # an abbreviation written in capitals ("IHK Dortmund'un adresi", "l'adresse du BAMF")
    for word in _ABBREVIATION.findall(text):
        key = aliases.get(word)
        if key is not None:
            return key
    return None


# A number asked of an office named by its own name, with no phone word (none24: "Jaki jest
# numer do Familienkasse …?", "Quel est le numéro de la Familienkasse ?", "¿Cuál es el número de
# la Familienkasse …?", "Care este numărul Familienkasse …?", "Какой номер у Familienkasse?",
# "Какъв е номерът на Familienkasse?", "شماره Familienkasse … چیست؟", "Familienkasse'nin …
# numarası nedir?"): the office's phone. A number word (at a word's start: not "Kundennummer")
# with the office's word at most NUMBER_OFFICE_WORDS words after it, or before it in the
# Turkish genitive (GENITIVE_OFFICE_WORDS). Not the number of a file, an ID or a tax account
# the office gives (`_ID_NUMBER`: "numer klienta w Jobcenter", "my Jobcenter customer number"),
# nor of its house, a room, a bus line or a waiting ticket.
_NUMBER_TOKEN = re.compile(
    r"(?:number|nummer|num[ée]ro|n[úu]mero|numara|numer(?:u|em|ze)?\b|num[ăa]r|номер|(?:ال)?رقم|شماره)"
)
NUMBER_OFFICE_WORDS = 4
# the Turkish possessor in the genitive may stand further off ("Familienkasse'nin çocuk ek
# ödeneği için numarası")
GENITIVE_OFFICE_WORDS = 6
_TURKISH_GENITIVE = frozenset(fold(w) for w in ("nin", "nın", "nun", "nün", "in", "ın", "un", "ün"))
_ID_NUMBER = re.compile(
    r"\bids?\b|identifi|steuer|\btax|kunden|customer|client|klient|akten|\bfile\b|reference|"
    r"vorgang|dossier|expediente|dosya|sprawy|dosar|(?<!\w)дел[ао]\b|справ[иы]|пенсион|"
    r"versicherungs|insurance|kimlik|vergi|podatk|fiscal|налог|податк|данъч|"
    r"bedarfsgemeinschaft|\bbg\b|ملف|ضريب|پرونده|مالیات|کد|"
    # nor a compound of a house, room, bus line or waiting number ("Hausnummer", "Buslinie")
    r"hausnummer|raumnummer|zimmernummer|buslinie|wartenummer|wartemarke"
)
# An address, a room, a bus or tram line ("What is the house number of the Bürgeramt?", "numer
# pokoju", "номер автобуса"; review 1 of the twenty-ninth session), read only on the two words
# before the number word and the words between it and the office (review 2: "cerca de mi casa",
# "the line is always busy", "в личном кабинете" elsewhere in the question are no place). The
# words are folded (no diacritics).
_PLACE_NUMBER = re.compile(
    r"\bhouse\b|\bhaus\b|\brooms?\b|\braum\b|zimmer|\bbus(?:se|ses)?\b|"
    r"\btrams?\b|strassenbahn|\blinie|\blines?\b|\bsalle\b|\bmaison\b|"
    r"\bcasa\b|\bsala\b|habitacion|autobus|\bpokoj|\bdomu\b|tramwaj|\bcamer|autobuz|"
    r"tramvai|\bev\b|\boda(?:si)?\b|otobus|комнат|кабинет|автобус|трамва|маршрут|кімнат|\bстая|"
    r"غرفة|باص|حافلة|اتوبوس|اتاق|پلاک"
)
PLACE_WORDS_BEFORE = 2


def _place_beside(words: list[str], i: int, end: int) -> bool:
    """Whether a place word stands just before the number word at `i` or between it and
    `end` (the office word)."""
    near = words[max(0, i - PLACE_WORDS_BEFORE) : i] + words[i + 1 : end]
    return _PLACE_NUMBER.search(" ".join(near)) is not None


def number_office(city: City, generation: str, text: str) -> str | None:
    """The office whose number a question asks without a phone word (`_NUMBER_TOKEN` beside a
    word of that office only), or None."""
    if not asks_number(text) or _ID_NUMBER.search(text.casefold()):
        return None
    _all, aliases = _offices(city, generation)
    words = [fold(w) for w in tokens(text)]
    for i, word in enumerate(words):
        if not _NUMBER_TOKEN.match(word):
            continue
        for k, after in enumerate(words[i + 1 : i + 1 + NUMBER_OFFICE_WORDS], start=i + 1):
            if (key := aliases.get(after)) is not None:
                return None if _place_beside(words, i, k) else key
        for j in range(max(0, i - GENITIVE_OFFICE_WORDS), i - 1):
            if words[j + 1] in _TURKISH_GENITIVE and (key := aliases.get(words[j])) is not None:
                return None if _place_beside(words, i, i) else key
    return None
