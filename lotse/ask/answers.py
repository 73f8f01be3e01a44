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
import math
import re
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.dates import WEEKDAYS_ABBR
from django.utils.translation import override

from lotse.ask.analysis import JAPANESE_CHARS, analyze, fold, is_stopword, stem, tokens
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
        # how quickly
        r"how (?:quickly|fast)|wie schnell(?! muss)|à quelle vitesse|en combien de temps|"
        r"qué tan rápido|que tan rapido|cuán rápido|con qué rapidez|ne kadar (?:hızlı|çabuk|hizli|"
        r"cabuk)|jak szybko|cât de repede|cat de repede|как быстро|як швидко|наскільки швидко|"
        r"колко бързо|بأي سرعة|چقدر سریع|چقدر زود|どのくらい早く|"
        # right away (the same day) or wait
        r"(?:right away|immediately|straight away|on the spot|the same day) or|sofort oder|"
        r"gleich oder|am selben tag|am gleichen tag|tout de suite ou|immédiatement ou|le jour même|"
        r"en el acto|el mismo día|el mismo dia|hemen mi|aynı gün|ayni gun|od razu|"
        r"tego samego dnia|imediat sau|pe loc\b|în aceeași zi|in aceeasi zi|сразу или|"
        r"в тот же день|одразу чи|відразу чи|того ж дня|в той же день|веднага ли|в същия ден|"
        r"في نفس اليوم|فورا أم|فوراً أم|همون روز|همان روز|その日のうち|即日|"
        r"or (?:do i )?(?:have to |need to )?wait|oder (?:muss ich )?warten|ou (?:faut-il |dois-je )?attendre|"
        r"o (?:hay que |tengo que )?esperar|beklemem|beklemek|czekać|czekac|trebuie să aștept|"
        r"trebuie sa astept|надо ждать|нужно ждать|придётся ждать|треба чекати|потрібно чекати|"
        r"да чакам|باید صبر|صبر کنم|منتظر بمانم|علي الانتظار|عليّ الانتظار|待つ必要|"
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
        # the earliest / the latest
        r"\bthe latest\b|at the latest|\bearliest\b|frühestens|fruhestens|au plus tard|au plus tôt|"
        r"lo más tarde|lo mas tarde|lo antes|como muy pronto|en geç|en gec|en erken|najpóźniej|"
        r"najpozniej|najwcześniej|najwczesniej|cel (?:mai )?târziu|cel (?:mai )?tarziu|"
        r"cel mai devreme|не позднее|самое позднее|самое раннее|не раньше|найпізніше|не пізніше|"
        r"найраніше|не раніше|най-късно|най-рано|أقصى موعد|في موعد أقصاه|أقرب موعد|حداکثر تا|"
        r"زودترین|دیرترین|遅くとも|早くとも|"
        # until what date / until when
        r"until what (?:date|day)|by what date|bis zu welchem (?:datum|tag|zeitpunkt)|"
        r"jusqu'à quelle date|jusqu'a quelle date|hasta qué (?:fecha|día)|hasta que fecha|"
        r"hangi tarihe kadar|do jakiej daty|do którego dnia|până la ce dată|pana la ce data|"
        r"до какого (?:числа|дня)|до какой даты|до якої дати|до якого числа|до коя дата|"
        r"حتى أي تاريخ|لحد (?:إيمتى|ايمتى|امتى|متى)|لغاية (?:متى|إيمتى|امتى)|تا چه تاریخی|"
        r"w jakim terminie|w ciągu ilu|w ciagu ilu|"
        # the time one has: "wie lange hab ich … Zeit", "how much time do I have"
        r"(?:hab|habe|haben) (?:ich|wir) (?:\S+ ){0,5}zeit\b|\bzeit (?:hab|habe|haben) (?:ich|wir)|"
        r"how (?:much time|long) do (?:i|we) have(?! to wait)|"
        r"خلال كم|كم يوم|چقدر وقت دارم|چند روز وقت دارم|"
        # Japanese
        r"期限|締め切り|締切|いつまでに|何日以内|遅れ",
    ),
    (
        "money",
        r"how much money|how much (?:do|will|would|can) (?:i|we|you) (?:get|receive)|amount|"
        r"how high|wie ?viel geld|wie ?viel \w+ bekomm|wie hoch|betrag|wie ?viel bekomm|wie ?viel gibt es|"
        r"combien vais-je|montant|combien touche|cuánto dinero|cuanto dinero|cuánto recib|"
        r"cuanto recib|importe|cuantía|ne kadar para|miktar|tutar[ıi]|ile pieniędzy|ile pieniedzy|"
        r"ile dostan|kwota|wysokość|câți bani|cati bani|cât primesc|cat primesc|\bsuma\b|"
        r"сколько денег|сколько получ|сумма|размер|скільки грошей|скільки отрима|сума|розмір|"
        r"колко пари|колко ще получ|مبلغ|كم أحصل|كم احصل|چقدر پول|چقدر می‌گیر|چقدر میگیر|"
        # Japanese
        r"いくらもらえ|いくら受け取|いくら支給|支給額|金額",
    ),
    (
        "cost",
        r"\bcost|\bfees?\b|price|how much|\bpay\b|(?<!in )charge|\bfree\b(?! movement)|expensive|kost|"
        r"gebühr|gebuhr|"
        r"preis|\bteuer|wie ?viel|bezahl|zahlen|gratis|umsonst|coût|cout|coûte|frais|prix|payer|gratuit|"
        r"cuesta|cuánto|cuanto|coste|costo|tasa|precio|pagar|ücret|ucret|kaç para|kac para|"
        r"maliyet|ne kadar|fiyat|koszt|opłat|oplat|\bcena|\bile\b|płaci|placi|darmo|bezpłat|"
        r"costă|costa\b|taxă|taxa|preț|\bplăt|\bplat(?:a|i|it|esc|ește|este)\b|\bcât\b|стоит|стоимост|плат|пошлин|цена|"
        r"сколько|бесплат|кошт|вартість|збір|ціна|скільки|безкошт|струва|такса|плащ|колко|"
        r"безплат|تكلف|يكلف|رسوم|سعر|\bكم\b|مجان|أدفع|ادفع|هزینه|قیمت|چقدر|پرداخت|رایگان|"
        # a currency: "kaç euro", "چند یورو"; Turkish "ödemem / ödeme" (pay)
        r"\beuros?\b|€|\bевро|\bєвро|يورو|یورو|ユーロ|\bödem|\böder\b|\bödey|\bodem|"
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
        r"pour qui|droit au|a droit|ont droit|quién (?:\w+ )?puede|quien puede|tengo derecho|derecho a|para quién|kimler|"
        r"kim alabilir|hakkım|hakkim|kto (?:\w+ )?może|kto moze|mam prawo|uprawnion|dla kogo|cine poate|"
        r"am dreptul|dreptul la|pentru cine|кто (?:\w+ )?может|имею ли я право|право на|для кого|"
        r"хто (?:\w+ )?може|чи маю я право|кой (?:\w+ )?може|имам ли право|за кого|من يحق|يحق لي|من يستطيع|"
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
        r"أين|اين|\bوين\b|\bفين\b|عنوان|المسؤول|الجهة المختصة|کجا|آدرس|نشانی|مسئول|"
        # Japanese
        r"どこ|住所|担当の役所|担当窓口|管轄|場所",
    ),
]
_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in _PATTERNS]

# What a question measures, read around its "how much / how many" word (`classify`).
# The generic word alone says nothing: "скільки" asks days in "за скільки днів", money in
# "скільки коштує"; "ne kadar" asks time in "ne kadar önceden", money in "ne kadar tutar".
_HOW_MUCH_WORDS = (
    r"how (?:much|many|long|far)|wie ?viele?n?|wie lange?|combien|cu[aá]nt[oa]s?|ne kadar|"
    r"ka[cç]\b|\bile\b|\bc[aâ]t[eă]?\b|c[aâ]ți|jak d[lł]ugo|сколько|как долго|скільки|"
    r"як довго|наскільки|колко|\bكم\b|چقدر|\bچند\b|چه مدت|いくら|どのくらい|どれくらい|何"
)
_TIME_UNITS = (
    r"days?\b|weeks?\b|months?\b|years?\b|hours?\b|minutes?\b|\btime\b|\blong\b|\bin advance|"
    r"tage?n?\b|wochen?\b|monate?n?\b|jahre?n?\b|stunden?\b|\bzeit\b|\blange?\b|\bvorher\b|"
    r"jours?\b|semaines?\b|\bmois\b|\bans?\b|années?\b|heures?\b|\btemps\b|à l'avance|"
    r"días?\b|dias?\b|semanas?\b|\bmes(?:es)?\b|años?\b|horas?\b|tiempo\b|antelación|"
    r"antelacion|\bgün|\bgun\b|hafta|\bay\b|\baylık|yıl|\byil|saat|süre|sure\b|zaman|vakt|"
    r"önceden|onceden|\bdni\b|dzie[nń]|tygodni|miesi[eę]c|\blat\b|\blata?\b|rok|godzin|"
    r"czasu?\b|wyprzedzeniem|\bzile\b|\bzi\b|săptămân|saptaman|\bluni\b|\blună|\bluna\b|"
    r"\bani\b|\bore\b|\boră|\bora\b|timp\b|în avans|in avans|\bдн|недел|месяц|\bгод|\bлет\b|"
    r"\bчас|врем|заранее|заблаговременно|тижн|місяц|\bрок|годин|заздалегідь|наперед|"
    r"седмиц|месец|\bдни|\bдена|\bден\b|предварително|يوم|أيام|ايام|أسبوع|اسبوع|شهر|أشهر|"
    r"اشهر|سنة|سنوات|ساعة|ساعات|وقت|مسبق|روز|هفته|ماه|سال|ساعت|زمان|از قبل|"
    r"日|週間|か月|ヶ月|年|時間"
)
# how much / how many … within two words of a time unit
_HOW_MUCH = re.compile(_HOW_MUCH_WORDS)
_HOW_MUCH_TIME = re.compile(
    r"how long|wie lange?\b|jak d[lł]ugo|как долго|як довго|колко дълго|چه مدت|"
    rf"(?:{_HOW_MUCH_WORDS})(?:\s+\S+){{0,2}}?\s*(?:{_TIME_UNITS})"
    # "ile mam czasu", "combien de temps ai-je", "خلال كم يوم": the unit may come first too
    rf"|(?:{_TIME_UNITS})\s*(?:\S+\s+){{0,1}}(?:{_HOW_MUCH_WORDS})"
)
# A time one has ("how long do I have", "ile mam czasu", "چقدر وقت دارم"): by when.
_TIME_HELD = re.compile(
    r"\bi have\b|do i have\b(?! to wait)|\bhab(?:e|en)? (?:ich|wir)\b|(?:ich|wir) hab|"
    r"\bj'ai\b|\bai-je\b|avons-nous|a-t-on|\btengo\b|tenemos|\bvar\b|\bmam\b|\bmamy\b|"
    r"\bam\b|\bavem\b|у меня|\bесть\b|\bє\b|\bмаю\b|\bимам\b|\bимаме\b|\bلدي\b|\bعندي\b|\bلدينا\b|"
    r"دارم|داریم|ある"
)
# A time before something ("how far in advance", "how long before the wedding"): by when.
_TIME_BEFORE = re.compile(
    rf"(?:{_HOW_MUCH_WORDS})(?:\s+\S+){{0,2}}?\s*(?:before|in advance|vorher|\bvor\b|im voraus|"
    r"avant|à l'avance|antes|antelación|önce|önceden|przed|wcześniej|wyprzedzeniem|înainte|"
    r"inainte|în avans|заранее|\bдо\b|перед|заздалегідь|наперед|преди|предварително|قبل|"
    r"مسبق|پیش|前)"
)
# Taking or waiting ("how long does it take", "ne kadar sürüyor", "كم تستغرق", "until they
# decide"): how long it takes.
_PROCESS = re.compile(
    r"\btakes?\b|\btaking\b|\bwait|decide|decision|process|\bdauer|\bwarte|entscheid|"
    r"bearbeit|\bprend|\bdure|attendre|décid|traitement|tarda|\bdura\b|durar|esperar|decid|"
    r"tramit|sür(?:er|üyor|uyor|ecek)|sur(?:er|uyor)|bekle|karar|\btrwa|czeka|decyz|rozpatr|"
    r"durea[zs]|dureaz|aștept|astept|decizi|занима|займ|\bжда|\bподожд|ожида|решени|рассм|триває|"
    r"чека|ріш|розгляд|отнема|продължава|реш|يستغرق|تستغرق|انتظار|أنتظر|انتظر|قرار|"
    r"معالجة|طول می|طول میکشد|طول|صبر|منتظر|تصمیم|بررسی|かかる|かかり|待"
)
# Earnings, wages, contribution rates, percentages: an amount someone earns, receives or pays
# as a share, which a "no fee" sentence never answers (`_best_sentence` wants a figure).
_EARNINGS = re.compile(
    r"\bearn|\bwages?\b|salary|minimum wage|income limit|percent|per cent|\brate\b|"
    r"verdien|\blohn|mindestlohn|gehalt|prozent|beitragssatz|gagner|gagne\b|salaire|smic|"
    r"pourcentage|\btaux\b|\bganar|\bgano\b|salario|sueldo|porcentaje|kazan|maaş|maas|"
    r"asgari ücret|asgari ucret|yüzde|yuzde|zarob|zarabia|płac[aey]\b|placa\b|pensj|"
    r"wynagrodz|procent|câștig|castig|salariu|procent|заработ|зарплат|оклад|процент|"
    r"заробі|заробля|заробітн|відсот|изкарв|печеля|заплат|процент|أكسب|اكسب|يكسب|أجر|اجر|"
    r"راتب|رواتب|نسبة|بالمئة|درآمد|دستمزد|حقوق|درصد|稼|賃金|給料|給与|パーセント|割合"
)
# A price or a rate named beside the time unit ("скільки коштує одна година", "ile kosztuje
# miesięcznie", "ماهی چقدر"): the question asks money, the unit is what it is paid for.
_PRICE_OR_RATE = re.compile(
    r"\bcost|\bfees?\b|price|kost|gebühr|gebuhr|preis|coût|coute|\bcout|frais|\bprix\b|cuesta|"
    r"coste|costo|precio|ücret|ucret|tutar|fiyat|koszt|opłat|oplat|\bcena|costă|\bcosta\b|"
    r"\btax[aă]|preț|\bpret\b|\bстои|пошлин|\bцена|\bкошт|вартіст|\bзбір|\bціна|\bструва|\bтакса|تكلف|"
    r"يكلف|رسوم|سعر|هزینه|قیمت|費用|料金|手数料|"
    r"\beuros?\b|€|\bевро|\bєвро|يورو|یورو|ユーロ|"
    r"per (?:month|year|hour|week|day)|a month\b|monthly|pro (?:monat|jahr|stunde|woche|tag)|"
    r"im monat|monatlich|jährlich|par (?:mois|an|heure)|mensuel|al mes|por (?:mes|hora|año)|"
    r"mensual|aylık|aylik|yıllık|saatlik|miesięcznie|miesiecznie|rocznie|na godzin|"
    r"pe (?:lună|luna|oră|ora|an)|lunar\b|в месяц|ежемесячн|в час\b|за час\b|на місяць|"
    r"щомісяч|на годину|за годину|месечно|на месец|на час\b|شهري|في الشهر|بالشهر|"
    r"في الساعة|ماهانه|ماهی|در ماه|ساعتی|月額|毎月|時給"
)
# "Does it also apply to / cover …": whom a rule is for ("Gilt die Freizügigkeit auch für
# Norweger?"), not how long it is valid nor what it costs ("free movement" names the rule).
_APPLIES_TO = re.compile(
    r"\bappl(?:y|ies) (?:also |as well )?to\b|also (?:appl(?:y|ies)|cover)|\bcovers? (?:\S+ ){0,2}"
    r"(?:citizens|nationals|people)|(?:gilt|gelten) (?:\S+ ){0,4}(?:auch )?für\b|"
    r"s'applique(?:nt)? (?:aussi |également )?(?:aux?|à)\b|vaut (?:aussi |également )pour|"
    r"se aplica(?:n)? (?:también )?a\b|vale (?:también )para|için de geçerli|icin de gecerli|"
    r"dotyczy (?:też|także|również)|obowiązuje (?:też|także|również)|se aplică (?:și )?(?:la|pentru)|"
    r"se aplica si pentru|распространяется (?:и |также )?на|относится (?:и |также )?к|"
    r"поширюється (?:і |також )?на|стосується (?:і |також )|важи (?:и )?за|отнася се (?:и )?за|"
    r"ينطبق (?:أيضا |أيضًا )?على|يسري (?:أيضا |أيضًا )?على|شامل (?:\S+ ){0,3}هم می|"
    r"(?:にも|も)適用"
)
# The types an earnings question overrides: the generic "how much" word makes it "cost".
_AMOUNT_OVERRIDES = frozenset({None, "cost", "money", "deadline", "processing_time"})

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
        r"(?:don'?t|do not|dont|didn'?t) (?:know|understand|get) (?:\w+ ){0,2}(?:where|who|what|how|which)",
        r"(?:no|not the (?:slightest|faintest)) (?:idea|clue)|\bclueless\b|have no clue",
        r"(?:wei(?:ß|ss)|verstehe?|blicke?) (?:\w+ ){0,2}(?:nicht|nichts|überhaupt nicht),? (?:\w+ ){0,2}(?:wo|wer|was|wie|welche|wohin|womit|an wen)\b",
        r"keine ahnung|keinen plan|(?:blicke?|checke?|raffe?) (?:\w+ ){0,5}nicht(?: mehr)? durch|verstehe (?:hier )?(?:gar )?nichts",
        r"ne sais (?:pas|rien)|ne comprends (?:pas|rien)|(?:j'|je )?sais pas (?:où|qui|quoi|comment|par)|aucune idée",
        r"no (?:sé|se|sabemos|entiendo|entendemos) (?:nada|(?:\w+ ){0,2}(?:dónde|quién|qué|cómo|por|a qué|adónde|cuál))|ni idea",
        r"bilmiyorum|bilmiyoruz|anlamıyorum|anlamıyoruz|hiçbir fikrim yok|fikrim yok",
        r"لا (?:أعرف|نعرف|أفهم|نفهم|أدري)|ما (?:ب|بن|عم )?(?:عرف|نعرف|اعرف|أعرف|فهم|افهم|أفهم|نفهم|بعرف|بفهم)|"
        r"مش (?:عارف|فاهم|عارفة|فاهمة)|مو (?:عارف|فاهم|عارفة|فاهمة)|ما عندي (?:أي )?فكرة|ما ادري|ما أدري|مدري",
        r"نمی ?(?:دانم|دانیم|دونم|دونیم|فهمم|فهمیم)|هیچ (?:ایده|نظری)",
        r"не (?:знаю|знаем|понимаю|понимаем|представляю)|понятия не имею|без понятия",
        r"не (?:знаю|знаємо|розумію|розуміємо)|гадки не маю|уявлення не маю",
        r"nie (?:wiem|wiemy|rozumiem|rozumiemy)|nie mam pojęcia|bez pojęcia",
        r"не (?:знам|знаем|разбирам|разбираме)|нямам представа|нямам идея",
        r"nu (?:știu|știm|înțeleg|înțelegem)|habar n-am|habar nu am|nu am (?:nicio )?idee",
        r"(?:どこ|誰|だれ|何)(?:に|を|から)?.{0,12}(?:分から|わから|分かり|わかり)",
    ),
    # Where to start, what comes first, the first steps.
    "first_steps": (
        r"(?:where|how) (?:to|do i|do we|should i|should we|can i) (?:start|begin)|where to turn|"
        r"first steps?|step one|"
        r"what (?:do|should|must|shall|have|need|am|are) (?:i|we) (?:\w+ ){0,3}(?:do|handle|take care of|sort out|deal with) first|"
        r"what (?:comes|to do) first|where do i begin",
        r"wo (?:fange|fangen|soll|sollen) (?:ich|wir) (?:\w+ )?an|wo anfangen|womit (?:soll ich |sollen wir )?anfangen|"
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
        r"(?:schicken|schickt|verweisen|verweist) (?:\w+ ){0,2}(?:mich|uns) (?:\w+ ){0,2}(?:weiter|woandershin|hin und her|zum nächsten|zu anderen)",
        r"d'un (?:bureau|service|guichet) à l'autre|(?:on )?me (?:renvoie|renvoient|balade|baladent)",
        r"de una oficina a otra|de un (?:sitio|lado|lugar) a otro|me (?:mandan|envían|pasan) de",
        r"başka (?:bir )?(?:yere|daireye|ofise) gönder|bir (?:daireden|yerden|ofisten) (?:diğerine|ötekine|başkasına)|oradan oraya",
        r"من (?:مكتب|دائرة|دايرة|مكان) (?:ل|الى |إلى |ل)(?:مكتب|دائرة|دايرة|مكان)|(?:بيبعتوني|يبعتوني|يرسلونني|بيحولوني|يحولونني)",
        r"از (?:\w+ )?(?:اداره|دفتر|جا) به (?:\w+ )?(?:اداره|دفتر|جا)|(?:منو|مرا) (?:\w+ ){0,2}(?:پاس|می ?فرستن|می ?فرستند)|"
        r"پاس ?کاری|پاسم (?:می ?دن|می ?دهند)",
        r"из (?:одного|одной) (?:\w+ )?(?:в|к) (?:друго|третье)|(?:отправляют|посылают|футболят|гоняют) (?:\w+ ){0,2}(?:в друг|из|от|по)|"
        r"футболят|в одной (?:конторе|инстанции)|идти в другую",
        r"з (?:одного|однієї) (?:\w+ )?(?:в|до) (?:інш|друг)|футболять|(?:відправляють|посилають|футболять|ганяють) (?:\w+ ){0,2}(?:в інш|з|від|по)",
        r"z jednego (?:\w+ )?do (?:drugiego|innego)|(?:odsyłają|odsyła|odesłali|odsyłany|odsyłana)",
        r"от едно (?:\w+ )?(?:на|в) (?:друго|друг)|(?:пращат|препращат|прехвърлят) ме",
        r"de la un (?:birou|ghișeu|loc) la altul|mă (?:trimit|plimbă|trimite) de la",
    ),
    # Who can help me, where do I turn.
    "where_turn": (
        r"who (?:can|could|will) (?:\w+ )?(?:help|guide|advise|explain)|where (?:do|can|should|could) (?:i|we) (?:turn|get help|go for help|find help)|"
        r"(?:who|whom) (?:do|should|can) (?:i|we) (?:turn to|ask|talk to|contact)|where (?:do|should|can|must) (?:i|we) go(?: now| then| from here)?\s*(?:\?|$)|"
        r"(?:is there|there is) (?:\w+ ){0,2}(?:someone|somebody|anyone|a place|an office) (?:\w+ ){0,2}(?:explain|guide|help|advise)",
        r"(?:wohin|an wen) (?:\w+ ){0,2}(?:ich|wir) (?:\w+ ){0,2}wenden|wer (?:\w+ )?(?:kann|könnte) (?:\w+ ){0,2}(?:helfen|erklären|beraten)|"
        r"wer hilft (?:mir|uns)|(?:gibt es|es gibt) (?:\w+ ){0,3}(?:stelle|jemand|jemanden|ort) (?:\w+ ){0,4}(?:erklärt|hilft|berät)",
        r"vers qui (?:me |nous )?tourner|à qui (?:m'|nous |je dois m')adresser|qui (?:peut|pourrait) m'(?:aider|orienter|expliquer)|"
        r"(?:où|ou) (?:dois-je|je dois|aller) (?:aller|demander)",
        r"quién (?:me |nos )?(?:puede|podría) (?:\w+ )?(?:ayudar|orientar|explicar)|a quién (?:acudo|acudir|me dirijo|pregunto)|"
        r"(?:algún|algun) (?:lugar|sitio|sitio|persona) (?:\w+ ){0,2}(?:orienten|expliquen|ayuden)",
        r"kime (?:danış|başvur|gid|sor)|kim (?:bana )?yardım ede|yol gösteren|nereye (?:gitmem|gideyim|başvur)",
        r"(?:مين|من) (?:\w+ )?(?:بيقدر|يقدر|يستطيع|ممكن) (?:\w+ )?(?:يساعدني|يساعدنا|يشرح|مساعدتي)|"
        r"(?:لمين|إلى من|الى من|لوين|وين) (?:\w+ )?(?:بروح|أروح|اروح|ألجأ|الجأ|أتوجه|اتوجه)|(?:مكان|حدا|أحد) (?:\w+ )?(?:يشرح|يشرحل)",
        r"کجا (?:بروم|برم|مراجعه)|به (?:کی|چه کسی|کجا) (?:\w+ )?(?:مراجعه|رو بیارم|بگم)|"
        r"(?:کی|چه کسی) (?:\w+ )?(?:می ?تونه|می ?تواند) (?:\w+ )?کمک",
        r"куда (?:\w+ )?(?:обратиться|идти|пойти)|кто (?:\w+ )?(?:объяснит|подскажет|поможет)|к кому (?:\w+ )?обратиться|кто (?:\w+ )?(?:может|сможет) (?:\w+ ){0,2}(?:помочь|объяснить)|"
        r"(?:есть ли|где) (?:\w+ ){0,2}(?:место|кто-то|кто-нибудь)(?:,)? (?:\w+ ){0,3}(?:объясн|помо)",
        r"куди (?:\w+ )?(?:звернутися|йти|піти)|хто (?:\w+ )?(?:пояснить|підкаже|допоможе)|до кого (?:\w+ )?звернутися|хто (?:\w+ )?(?:може|зможе) (?:\w+ ){0,2}(?:допомогти|пояснити)",
        r"gdzie (?:\w+ )?(?:mam|mogę|możemy|mamy) (?:iść|pójść|się zwrócić|szukać pomocy)|do kogo (?:\w+ )?(?:się )?zwrócić|"
        r"kto (?:\w+ )?(?:może|mógłby) (?:\w+ ){0,2}pomóc|kto (?:mi |nam )?(?:pomoże|wyjaśni|wytłumaczy|podpowie)|gdzie (?:\w+ )?pytać",
        r"кой (?:\w+ ){0,2}(?:ще ми помогне|може да (?:ми )?помогне)|към кого да се обърна|къде да (?:отида|се обърна)",
        r"unde (?:pot|putem|să) (?:cere ajutor|merg|mă adresez)|cui (?:să )?(?:mă adresez|mă adresăm)|cine (?:mă|ne) poate (?:ajuta|îndruma)",
    ),
    # Feeling lost, confused, overwhelmed; being new, having just arrived.
    "lost_new": (
        r"\bi'?m (?:\w+ )?(?:new|lost|confused)\b|\bi am (?:\w+ )?(?:new|lost|confused)\b|\bwe(?:'re| are) (?:\w+ )?(?:new|lost)\b|"
        r"\bnew here\b|just (?:moved|arrived|got) here|(?:just|recently) arrived|feel (?:\w+ )?(?:lost|confused)|overwhelmed",
        r"\bbin (?:\w+ )?neu\b|\bneu hier\b|gerade angekommen|frisch angekommen|fühle mich (?:\w+ )?(?:verloren|überfordert)|überfordert|verwirrt|"
        r"bin (?:\w+ )?(?:verloren|aufgeschmissen)",
        r"je suis (?:\w+ )?(?:nouvelle?|perdue?|paumée?|arrivée?)\b|je viens d'arriver|nous venons d'arriver|on vient d'arriver|"
        r"je me sens (?:\w+ )?perdue?|débordée?\b|confuse?\b",
        r"soy nuev[oa]\b|somos nuev[oa]s|acabo de llegar|acabamos de llegar|recién llegad|est(?:oy|ás|á|amos|án) (?:\w+ )?(?:perdid[oa]s?|confundid[oa]s?)|"
        r"(?:me|nos) (?:siento|sentimos) (?:\w+ )?perdid[oa]|agobiad[oa]",
        r"yeniyim|yeni geldi|yeni taşındı|kafam karış|bunaldım|kayboldum|şaşkın",
        r"(?:أنا|انا) (?:\w+ )?جديد|وصلت (?:\w+ )?(?:جديد|للتو|حديثا|من فترة قصيرة)|(?:لسا|لسه|توني) (?:\w+ )?(?:واصل|وصلت)|"
        r"تائه|ضايع|ضائع|محتار|محتارة|حاسس حالي ضايع",
        r"تازه (?:\w+ ){0,2}(?:وارد|رسیده|رسیدم|آمده|اومدم|اومده)|سردرگم|گیج",
        r"я (?:\w+ )?(?:новеньк|здесь нов|тут нов|новый|новая)|(?:только|только что|недавно) (?:\w+ )?(?:приехал|переехал)|растерян|растерял|запутал",
        r"я (?:\w+ )?(?:тут |тут )?(?:нова|новий|новенька)\b|(?:щойно|тільки|тільки-но|нещодавно) (?:\w+ )?(?:приїхал|переїхал)|розгублен|розгубил|розгубив|заплутал",
        r"jestem (?:\w+ )?now[ya]\b|(?:właśnie|dopiero|niedawno) (?:\w+ )?przyjecha|czuję się (?:\w+ )?zagubion|zagubion|przytłoczon|pogubił",
        r"нов(?:а)? съм|(?:току-що|наскоро|тъкмо) (?:\w+ )?пристигна|объркан|изгубен|изгубена",
        r"sunt (?:\w+ )?(?:nou|nouă)\b|(?:abia|tocmai|recent) (?:\w+ )?(?:am ajuns|am venit|sosit)|am ajuns (?:de curând|recent)|"
        r"mă simt (?:\w+ )?pierdut|copleșit|confuz|derutat",
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
# Cue words of "how long is it valid": a sentence holding one answers the question better.
_VALIDITY_CUE = re.compile(
    r"valid|gültig|gilt|only .* (?:months|years)|valable|válid|geçerli|ważn|valabil|действ|"
    r"дійсн|валид|صالح|معتبر|اعتبار|drive|fahren|months|monate|mois|meses|ay\b|miesięcy|"
    r"luni|месяц|місяц|месеца|أشهر|ماه|有効|か月|ヶ月|年間",
)
_DIGIT = re.compile(r"\d")
# A full stop after a one- or two-digit number is a German ordinal ("bis zum 31. Juli", "ab
# dem 1. Januar"), not a sentence end: the date stays with its sentence.
_SENTENCE = re.compile(
    r"(?<=[.!?؟।])(?<!\b\d\.)(?<!\b\d\d\.)\s+(?=[^\s\d])|(?<=[。！？])\s*(?=\S)|\n+"
)


@functools.lru_cache(maxsize=1024)
def classify(text: str) -> str | None:
    """The question type of a question, or None (no factual question recognised).

    The keyword patterns decide first; then what the question measures refines them. An
    earnings, wage or percentage question asks an amount ("money"), never a fee. A "how much /
    how many" word before a time unit ("за скільки днів", "ne kadar önceden", "ile mam czasu")
    asks a time: how long it takes when the question says taking or waiting, otherwise by when
    (a period one has, a time before something, a deadline)."""
    lowered = " " + text.casefold().replace("’", "'") + " "
    kind = next((kind for kind, pattern in _COMPILED if pattern.search(lowered)), None)
    if kind in ("phone", "open"):
        return kind
    if kind in _AMOUNT_OVERRIDES and _EARNINGS.search(lowered):
        return "money"
    # The unit is only read around a how-much word (most questions have none: one search).
    how_much = _HOW_MUCH.search(lowered) is not None
    if kind in (None, "validity", "cost") and not how_much and _APPLIES_TO.search(lowered):
        return "who"
    if not how_much or _PRICE_OR_RATE.search(lowered):
        return kind
    if _HOW_MUCH_TIME.search(lowered) or _PROCESS.search(lowered):
        if kind == "validity":
            return kind
        if _TIME_HELD.search(lowered) or _TIME_BEFORE.search(lowered):
            return "deadline"
        if _PROCESS.search(lowered):
            return "processing_time"
        if kind in ("processing_time", "deadline"):
            return kind
        return "deadline"
    return kind


@functools.lru_cache(maxsize=1024)
def content_words(text: str, kind: str) -> str:
    """The question without the words that only say what kind of fact is asked ("how much
    does … cost"): what is left names the thing asked about. In a cost or amount question a
    time unit is what is paid for ("скільки коштує одна година", "wie viel kostet eine
    Stunde"): it stays."""
    lowered = " " + text.casefold().replace("’", "'") + " "
    patterns = [p for _kind, p in _COMPILED]
    if kind not in ("cost", "money"):
        patterns.append(_HOW_MUCH_TIME)
    spans = [m.span() for pattern in patterns for m in pattern.finditer(lowered)]
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
    return bool(_LOST.search(_lost_fold(text)))


def without_lost_words(text: str) -> str:
    """The question without its "I don't know where to start" phrases."""
    lowered = _lost_lower(text)
    folded = _lost_fold(text)
    if not _LOST.search(folded):
        return lowered
    # Each pattern on its own, so phrases that overlap ("don't know where" / "where to start")
    # all go. The folded text has the same length: its matches cut the unfolded text, whole
    # words ("başlayacağımı" goes with "başla", "przyjechałem" with "przyjecha").
    drop = [False] * len(lowered)
    for part in _LOST_PARTS:
        for match in part.finditer(folded):
            start, end = match.span()
            while start > 0 and lowered[start - 1].isalnum():
                start -= 1
            while end < len(lowered) and lowered[end].isalnum():
                end += 1
            drop[start:end] = [True] * (end - start)
    return "".join(" " if gone else c for c, gone in zip(lowered, drop, strict=True))


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
        cuts=frozenset(cut for term in terms for cut in _cuts(term)),
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
    own: dict[str, set[str]] = {}
    for key, facts_of in offices.items():
        for word in {fold(w) for name in facts_of.names.values() for w in tokens(name)}:
            owners.setdefault(word, set()).add(key)
        for word in [*_own_name_words(facts_of.names), fold(key.replace("-", ""))]:
            if len(word) >= 5 and word not in generic:
                own.setdefault(word, set()).add(key)
                owners.setdefault(word, set()).add(key)
    # An alias is an own-name word of one office that no other office's names hold at all.
    alias_index = {w: next(iter(keys)) for w, keys in own.items() if len(owners[w]) == 1}
    with _lock:
        facts.offices = offices
        facts.alias_index = alias_index
    return offices, alias_index


# An office alias is a word its names hold in at least this share of their languages and in at
# least two (or in all, if fewer): the names of Dortmund's offices keep the German name in
# brackets in most translations, while a word two related languages share ("регистрация" in
# bg and ru) is a common word of both.
OWN_NAME_SHARE = 1 / 3
OWN_NAME_MIN = 2


def _own_name_words(names: dict[str, str]) -> set[str]:
    """The words of an office's names that are its own name: those its names hold in at least
    two languages ("Jobcenter", "Ausländerbehörde", "Gewerbemeldestelle", kept in brackets in
    every translation). A word of one translation only is a common word of that language
    ("службата", "ведомства", "خارجي": "the office", "foreign"), which a question uses for
    any office; an office named in one language only keeps all its words."""
    per_language = [{fold(w) for w in tokens(name)} for name in names.values()]
    counts = Counter(word for words in per_language for word in words)
    needed = max(OWN_NAME_MIN, math.ceil(OWN_NAME_SHARE * len(per_language)))
    needed = min(needed, len(per_language))
    return {word for word, count in counts.items() if count >= needed}


TOPIC_MAX_SERVICES = 5


# Words that say there is *a* problem or question but name none, and fillers of "I have just
# arrived": a lost question may contain them ("who is responsible for my problem", "właśnie
# przyjechałem") even when a service's name holds the same stem ("własna działalność").
_GENERIC_WORDS = {
    "en": "problem problems issue issues trouble help question questions matter "
    # What a lost question says around its phrase: offices in general, the country and the
    # town, doing first, explaining, someone, me, everything and how it works, moving here,
    # "completely"; "all these", "which", "nobody", "can", "a week ago", "the first week".
    "office offices authority authorities agency place germany town city step steps first "
    "explain orient guide someone somebody anyone other another one case situation do make "
    "me everything things work works move moved moving completely totally week weeks ago before all whole which",
    "de": "Problem Probleme Frage Fragen Hilfe Anliegen Sache Amt Ämter Behörde Behörden Stelle "
    "Büro Deutschland Stadt Schritt Schritte zuerst erklärt erklären jemand anderen machen tun "
    "Fall mich mir alles Dinge funktioniert läuft komplett total völlig ganz ganzen alle allen Woche Wochen vor welches welche",
    "uk": "проблема проблеми питання допомога офіс офісу установа відомство Німеччина місто крок "
    "спочатку пояснити хтось інший інша робити зробити ситуація справа мені мене все усе "
    "влаштовано працює зовсім тиждень тижня тому перший всіх усіх який яке може",
    "ru": "проблема проблемы вопрос вопросы помощь офис контора учреждение ведомство Германия "
    "город шаг сначала объяснить объясняет кто-то другой другую третью делать сделать говорят "
    "ситуация мне меня всё устроено работает совсем может можно неделя неделю назад первая первый всех какое какой",
    "ar": "مشكلة مشكلتي مشاكل مساعدة سؤال مكتب دائرة دواير الدوائر جهة ألمانيا المانيا المدينة "
    "خطوة أول يشرح حدا أحد وضعي وضع شي شو الأمور امور بتمشي تماما أسبوع اسبوع كل أي اي",
    "tr": "sorun sorunum sorunlar problem yardım soru daire dairenin ofis kurum yer Almanya şehir "
    "adım önce ilk olarak açıkla biri başka hangi durum yap bana beni işler tamamen hafta tüm bütün",
    "fa": "مشکل مشکلات کمک سوال اداره دفتر جا آلمان شهر قدم اول توضیح کسی دیگر وضعیت کار "
    "همه کارها چطوری کاملا هفته پیش کدام کدوم",
    "pl": "problem problemy pytanie pomoc właśnie dopiero niedawno urząd urzędu biuro miejsce "
    "Niemcy miasto krok najpierw wyjaśnić ktoś inny innego sytuacja sprawa zrobić robić mnie "
    "wszystko działa zupełnie całkiem indziej pierwszy pierwsza pierwsze tydzień tygodnia temu który która które czego wszystkich",
    "ro": "problemă problema probleme ajutor întrebare tocmai abia birou birouri instituție loc "
    "Germania oraș pas întâi explica cineva altul situație caz cazul face mie totul lucrurile "
    "funcționează complet săptămână săptămâni care toate poate",
    "fr": "problème problèmes aide question bureau bureaux administration service endroit "
    "Allemagne ville étape d'abord expliquer quelqu'un autre situation dossier cas faire "
    "quel quelle quelles quels tout choses marche fonctionne complètement semaine semaines personne occupe tous toutes peut",
    "es": "problema problemas ayuda pregunta oficina oficinas administración lugar sitio Alemania "
    "ciudad paso primero explicar orientar alguien otra otro situación caso hacer todo cosas "
    "funciona completamente semana semanas nadie toca todas todos puede",
    "bg": "проблем проблеми помощ въпрос служба офис място Германия град стъпка първо обясни "
    "някой друго друг ситуация случай направя мен всичко нещата работи напълно преди седмица седмици каквото всички",
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
    prefixes = _topic_prefixes(known, _not_naming(city))
    rest = without_lost_words(text)
    # A word names a service when it is a naming term, or shares a naming term's first
    # PREFIX letters (another form of the word: "дискримінують" / "дискримінація",
    # "پناهندگیم" (my asylum) / "پناهندگی").
    return any(
        term in known or (len(term) >= PREFIX and term[:PREFIX] in prefixes)
        for term in analyze(rest, language)
    )


def names_nothing(city: City, text: str, language: str) -> bool:
    """Whether the question holds no word but stop words, generic ones ("help", "problem",
    "office") and the city's name ("Hilfe", "what now"): nothing to route on."""
    not_naming = _not_naming(city)
    return all(term in not_naming for term in analyze(text, language))


PREFIX = 6


def _not_naming(city: City) -> frozenset[str]:
    """The city's names and the generic words: they name no service, nor do their forms
    ("dortmunder" is no "Dortmund-Pass")."""
    return _generic_terms() | {city.slug, *(fold(n.casefold()) for n in dict(city.names).values())}


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
# margin of 0.5) gave wrong answers there.
PROMOTE_MARGIN = 0.75
PROMOTE_GAP = 0.15


# A top service that another of the top three is named more than still answers when it is
# named itself, leads that service by OUTNAMED_GAP in fused score, and its answering sentence
# holds a content word of the question (`sentence_agrees`): "Скільки кіндергельду платять на
# одну дитину на місяць?" names the birth registration by "дитину" more than child benefit by
# "кіндергельду", but is routed to child benefit by 0.36, and its fees sentence says "на
# дитину на місяць". Chosen on the answers dev set (README, "Answers").
OUTNAMED_GAP = 0.1


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


def answering_rank(
    scores: list[float],
    naming: list[float],
    *,
    min_score: float,
    min_lead: float,
    sentence_agrees: Callable[[], bool] = lambda: False,
    first_answers: Callable[[], bool] = lambda: True,
) -> int | None:
    """Which of the top hits (fused scores, best first, and their naming scores) answers a
    factual question: 0 (the routed top service), 1 (the second, when the question names it
    clearly more, or when the first has no fact of the asked kind at all and the question
    names the second at least as much as any other), or None (no answer). `sentence_agrees`
    says whether the top service's answering sentence holds a content word of the question;
    `first_answers` whether the top service has a sourced fact of the asked kind (both called
    only when needed)."""
    if not scores:
        return None
    lead = scores[0] - (scores[1] if len(scores) > 1 else 0.0)
    margin = naming_lead(naming)
    if (
        len(scores) > 1
        and len(naming) > 1
        and naming[1] > 0
        and naming_lead(naming, 1) >= 0
        and lead < PROMOTE_GAP
        and scores[1] >= min_score
        and not first_answers()
    ):
        # "How long does the recognition of my diploma take?" routed to the school
        # certificates, which state no processing time, a hair before the qualifications.
        return 1

    def outnamed_anyway() -> bool:
        most_named = max(range(1, len(naming)), key=lambda i: naming[i], default=0)
        return (
            most_named > 0
            and naming[0] > 0
            and scores[0] - scores[most_named] >= OUTNAMED_GAP
            and sentence_agrees()
        )

    if routing_sure(
        scores[0],
        _named_lead(scores, naming),
        margin,
        min_score=min_score,
        min_lead=min_lead,
        outnamed_anyway=outnamed_anyway,
    ):
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
NAMED_NUMBER_WEIGHT = 2.0


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


def _holds(term: str, sentence: Sentence) -> bool:
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


def _best_sentence(
    sentences: list[Sentence], query_terms: set[str], kind: str, module: str
) -> tuple[Sentence | None, float]:
    best: Sentence | None = None
    best_score = -1.0
    for position, sentence in enumerate(sentences):
        # An amount is a figure: a fees sentence that only says something else is free ("Die
        # Beratung ist kostenlos") does not say how much someone earns or receives; one
        # without a figure answers only when it speaks of the thing asked ("Die Kaution beträgt
        # höchstens drei Monatsmieten").
        overlap = _overlap(query_terms, sentence)
        if (
            kind == "money"
            and not sentence.has_digit
            and (module != TextModule.FEES or not overlap)
        ):
            continue
        if kind == "validity" and module == TextModule.BODY and not sentence.validity:
            continue
        score = overlap - 0.1 * position
        # A number the question names (a year, an amount) picks the sentence that holds it,
        # over a neighbour that shares more of its words ("the minimum wage in 2027").
        score += NAMED_NUMBER_WEIGHT * sum(
            1 for t in query_terms if t.isdigit() and t in sentence.terms
        )
        if kind in ("money", "cost") and sentence.has_digit:
            score += 0.5
        if kind == "validity" and sentence.validity:
            score += 0.5
        if score > best_score:
            best, best_score = sentence, score
    return best, best_score


@functools.lru_cache(maxsize=256)
def _city_terms(names: tuple[str, ...], language: str) -> frozenset[str]:
    """Terms of the city's names: "in Dortmund" places the question, it does not say which
    sentence answers it ("Die genaue Gebühr in Dortmund ist nicht bestätigt" is no fee)."""
    return frozenset(t for name in names for t in analyze(name, language))


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
        query_terms -= _city_terms(
            tuple(sorted({city.slug, *dict(city.names).values()})), text_language
        )
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


def sentence_agrees(fact: Fact, kind: str, query: str, topic: frozenset[str]) -> bool:
    """Whether an answering sentence holds a content word of the question (its type words and
    the service's own name/synonym terms, `topic`, left out): the sentence is about the asked
    thing, not only of the asked type. A whole list (documents) says nothing either way: no."""
    if fact.module == TextModule.DOCUMENTS:
        return False
    terms = {t for t in analyze(content_words(query, kind), fact.language) if len(t) > 1}
    return _overlap(terms - topic, _sentence(fact.text, fact.language)) > 0
