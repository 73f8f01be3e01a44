"""Question types: which kind of fact a question asks (`classify`), the service modules and
office fields that answer each kind, and the question without its type words (`content_words`).
"""

from __future__ import annotations

import functools
import re

from lotse.ask.analysis import STOPWORDS, is_filler, tokens
from lotse.ask.answers.qualifiers import held_qualifiers
from lotse.ask.langdetect import FA_LETTERS
from lotse.ask.rules import MINIMUM_WAGE_NAMES
from lotse.catalog.models import TextModule

# The Ukrainian state fee ("мито", "держмито"), a cost word in every cost pattern below
# (fee16).
_UK_STATE_FEE = r"(?<!\w)мит(?:о|а|ом|у)(?!\w)|держмит"
# A number named, in the portal's languages: asked (`_NUMBER_ASKED`) or named in a sentence
# (`_NUMBER_NAMED`).
_NUMBER_WORDS = r"number|nummer|num[ée]ro|n[úu]mero|numara|\bnumer|num[ăa]r|номер|رقم|شماره|番号"

# Question types -> the service modules that can answer them (in order of preference).
SERVICE_MODULES: dict[str, tuple[str, ...]] = {
    "cost": (TextModule.FEES,),
    "money": (TextModule.FEES, TextModule.BODY),
    "deadline": (TextModule.DEADLINES,),
    "documents": (TextModule.DOCUMENTS,),
    "processing_time": (TextModule.PROCESSING_TIME,),
    "validity": (TextModule.DEADLINES, TextModule.BODY),
    "who": (TextModule.WHO,),
    # a helpline's number is told in the service's text, not on an office card (`asks_helpline`)
    "helpline": (TextModule.BODY,),
}
# Question types answered from an office: type -> the `covers` entries that back the fact.
OFFICE_TYPES: dict[str, tuple[str, ...]] = {
    "where": ("addresses",),
    "open": ("opening_hours", "opening_hours_note"),
    "phone": ("phone",),
}
# A helpline question that names what the number is for (`emergency_kinds`: the emergency
# pharmacy, an appointment, the doctor on call) is also told by the steps when the body gives no
# sentence naming it (number17: the pharmacies' line "Notdienst-Apotheke finden: … 0800 00
# 22833" is a step; the body names the pharmacy without a number).
HELPLINE_STEPS: tuple[str, ...] = (TextModule.STEPS,)
ANSWER_MODULES = tuple(
    dict.fromkeys([*(m for ms in SERVICE_MODULES.values() for m in ms), *HELPLINE_STEPS])
)


def padded(text: str) -> str:
    """The form every question pattern here reads: casefolded, the typographic apostrophe made
    plain ("l’été" as typed on a phone is "l'été"), a space either side (a word at the very
    start or end still has a space around it)."""
    return " " + text.casefold().replace("’", "'") + " "


# The papers a documents question names (in the documents type's pattern and `_PAPERS`).
_PAPER_WORDS = (
    r"document|papers|proof|unterlagen|dokument|papiere|nachweis|pièces|papiers|justificatif|"
    r"documento|papeles|belge|evrak|papier|\bacte\b|документ|бумаг|папер|книжа|وثائق|مستندات|"
    r"أوراق|اوراق|مدارک|مدرک|اسناد"
)
_PHOTO_WORDS = r"\bphotos?\b|\bfotos?\b|\bfotograf|fotoğraf|zdj[eę]ci|фото|снимк|صورة|صور شخصية|عکس"
_PHOTO = re.compile(_PHOTO_WORDS)
# A photo's size or format asked ("What size must the photo be?", "Ce dimensiune trebuie să aibă
# poza?", "اندازه عکس … چقدر باید باشد؟"; none24). The Polish "wymiar" (mostly the extent:
# "wymiar urlopu", "wymiar godzin") is a size beside a photo word only, and the Romanian "poza"
# counts as the photo beside a Romanian size word only (`_POZA_SIZE`): the Polish "poza" is
# "besides" ("wymiar godzin … poza modułem"; review 1 of the twenty-ninth session).
_PHOTO_SIZE = re.compile(
    r"\bsize|dimension|\bformat|gr[öo](?:ß|ss)e|\bma(?:ß|ss)e\b|abmessung|\btaille|tama[ñn]o|"
    r"\bmedidas?\b|boyut|\bebat|rozmiar|wymiar|dimensiun|m[ăa]rime|размер|розмір|формат|"
    r"(?<!\w)(?:ال)?حجم|مقاس|قياس|اندازه|سایز|ابعاد"
)
_POZA = re.compile(r"\bpoz(?:a|ă|e|ele)\b(?! tym\b)")
_POZA_SIZE = re.compile(r"dimensiun|m[ăa]rime|\bformat")


def _photo_size_asked(lowered: str) -> bool:
    """A photo word and a size word, or the Romanian "poza" and a Romanian size word."""
    if _PHOTO.search(lowered):
        return _PHOTO_SIZE.search(lowered) is not None
    return _POZA.search(lowered) is not None and _POZA_SIZE.search(lowered) is not None


# Keyword patterns per question type, all 13 languages in one expression each (casefolded
# text; a few common spellings without diacritics are listed too). Checked in this order:
# the more specific types first ("how long does it take" before "how long", "how much money"
# before "how much").
_PATTERNS: list[tuple[str, str]] = [
    (
        "phone",
        # "phone number" as a whole first: the number word left behind named the tax number
        r"(?:tele)?phone number|contact number|(?:what|which) number|hotline|durchwahl|"
        r"unter welcher nummer|welche nummer|num[ée]ro de t[ée]l[ée]phone|quel num[ée]ro|"
        r"n[úu]mero de tel[ée]fono|qu[ée] n[úu]mero|telefon numara|hangi numara|"
        r"numarası kaç|numarasi kac|numer telefonu|pod jakim? numer|dzwoni|dodzwoni|"
        r"num[ăa]rul de telefon|num[ăa]r de telefon|la ce num[ăa]r|номер телефон|"
        r"по какому номеру|звони|звоню|дозвон|за яким номером|дзвони|дзвоню|подзвон|додзвон|"
        r"телефонен номер|телефонния номер|на кой номер|звъня|звънна|"
        r"رقم (?:ال)?(?:هاتف|تلفون|تليفون|موبايل)|(?:شو|ما|ما هو) رقم|تليفون|"
        r"شماره (?:تلفن|تماس)|تماس بگیر|"
        r"\bphone|telephone|\bcall\b|\bring\b|telefon|anrufen|rufnummer|téléphone|telephone|"
        r"appeler|teléfono|telefono|llamar|zadzwoni|\bsun\b|\bsuna\b|телефон|позвонить|"
        r"подзвонити|зателефонувати|обадя|هاتف|تلفون|الاتصال|اتصل|تلفن|شماره تماس|زنگ|"
        # one's own call asked with a conjugated verb and no number word (agree21: "Wen rufe
        # ich an, wenn …?", "¿A quién llamo …?", "j'appelle qui ?", "kimi arayabilirim",
        # "Pe cine sunăm?", "بمن أتصل"); not one's name ("me llamo Ana", "je m'appelle",
        # "comment s'appelle …") nor a call received ("Wer ruft mich an?", "beni kim aradı")
        # (review mend: not "Wo rufe ich die Noten ab?" nor what a thing is called: "Comment
        # appelle-t-on le document ?", "¿Cómo llamamos al certificado?")
        r"\bruf(?:e|en|st|t) (?:ich|wir|man|du) (?:\S+ ){0,3}?an(?=\s*(?:[,.?!;]|$|wenn\b|falls\b))|"
        r"(?<!\w)j['’]appelle\b|(?<!comment )appelle-t-on|(?<!comment )(?<!\w)on appelle\b|"
        r"\bappelons\b|(?<!\bme )(?<!\bnos )(?<!c[óo]mo )\bllam(?:o|amos)\b|"
        r"\b(?:kimi|nereyi) ara(?:y|m|r|s)\w*|\bsun[ăa]m\b|(?<!\w)(?:أتصل|نتصل|إتصل)(?!\w)|"
        # Japanese
        r"電話|でんわ",
    ),
    (
        "phone",
        # a helpline ("Care e numărul liniei de ajutor …?"): `asks_helpline`
        r"{helpline}",
    ),
    (
        "open",
        r"opening hours|office hours|\bopen\b(?! an?\b| (?:a|my|the) )|opening time|"
        r"öffnungszeit|offnungszeit|geöffnet|geoffnet|\boffen\b|sprechzeit|sprechstunde|horaires|"
        r"heures d'ouverture|ouvert|horario|abierto|abre\b|açık|acik|çalışma saat|calisma saat|"
        r"mesai|godziny otwarcia|otwart|czynne|\borar|deschis|часы работы|режим работы|"
        r"открыт[оа]?\b|когда работает|години роботи|графік роботи|відкрито|відчинено|"
        r"коли відкрит|коли працює|работно(?:то)? време|отворен|"
        r"program(?:ul)? de (?:lucru|funcționare|functionare)|programul (?:biroului|oficiului|ghișeului|ghiseului)|ce program (?:are|au|e)\b|"
        r"кога работи|مواعيد العمل|ساعات العمل|مفتوح|يفتح|ساعت کاری|ساعات کار|باز است|باز می|"
        # at what hours an office works, receives, opens
        r"w (?:jakich|których|ktorych) godzinach (?:pracuj|jest czynn|przyjmuj|dział)|"
        r"godziny pracy urz|в какие часы (?:работа|(?<!пред)принима|открыт)|часы при[её]ма|"
        r"(?:в|у) (?:які|котрі) години (?:працю|прийма|відкрит)|години прийому|"
        r"в какви часове (?:работ|(?<!пред)прием|приема)|часове за прием|"
        r"(?:în|in|între|intre) ce ore (?:lucreaz|funcționeaz|functioneaz|prime|este deschis)|"
        r"orele de (?:lucru|program|deschidere)|hangi saatlerde (?:çalış|calis|hizmet)|"
        r"saat kaçta (?:açıl|acil|kapan)|saat kacta (?:acil|kapan)|"
        r"à quelles heures (?:ouvre|ferme|reçoit|accueille)|a qu[ée] hora (?:abre|cierra)|"
        r"(?:ساعات|أوقات|اوقات|مواعيد) الدوام|ساعت(?:‌| )?های (?:کاری|اداری)|"
        # an office's hours asked by its name in forms the lines above missed (office15: "В кои
        # часове работи Gewerbeamt?", "ما هي ساعات عمل Gewerbeamt؟", "Kiedy czynny jest …?",
        # "Який розклад роботи …?", "ساعت کار …", "Gewerbeamt hours"); not a count of working
        # hours ("ile godzin pracy", "كم ساعات عمل", "چند ساعت کار")
        r"в кои часове (?:работ|е отвор|приема)|(?<!كم )(?:ساعات|أوقات|اوقات) عمل\b|"
        r"\bczynn[ya]\b(?! zawodow)|(?<!ile )(?<!ilu )godziny pracy(?! w tygodniu| tygodniowo| dziennie)|"
        r"розклад роботи|график работы|расписание работы|(?<!چند )ساعت کار(?![یگ\w])|"
        r"(?:amt|office|centre|center|stelle|kammer|büro|buro)(?:'s)? hours\b|"
        r"what are (?:the |its |their )?hours\b(?![^?]*\b(?:work|per week|a week|weekly)\b)|"
        # Japanese
        r"営業時間|開庁時間|受付時間|窓口の時間|何時から|何時まで|開いて",
    ),
    (
        "open",
        # an office's hours without the article ("أوقات دوام مكتب …"), and at what time an
        # office opens or closes: before "at what time", which asks a time limit
        r"(?:ساعات|أوقات|اوقات|مواعيد) دوام|"
        r"what time (?:does|do|will) (?:\S+ ){1,4}(?:open|close)|"
        r"um wie ?viel uhr (?:öffnet|offnet|schließt|schliesst|macht)|"
        r"à quelle heure (?:ouvre|ferme)|a quelle heure (?:ouvre|ferme)|"
        # the everyday German "hat … auf?" ("Wann hat das Bürgerbüro auf?"): it is open
        r"\b(?:hat|haben)\b(?: \S+){0,5} auf ?\?|"
        r"o (?:której|ktorej) (?:godzinie )?(?:otwier|zamyk)|"
        r"la ce or[aă] (?:se )?(?:deschide|închide|inchide)|"
        r"во сколько (?:открыва|закрыва)|о (?:котрій|якій) (?:годині )?(?:відчиня|відкрива|зачиня|закрива)|"
        r"в колко часа (?:отваря|затваря)|saat ka[çc]ta (?:aç|ac|kapa)",
    ),
    (
        "validity",
        # ("how long can the check take" asks how long it takes, not how long it holds)
        # how long it is good for / holds ("Wie lange hält …?")
        r"how long (?:is|are|will) (?:\S+ ){0,5}good for|wie lange h[äa]lt|"
        r"\bvalid|how long (?:can|may|am i allowed)(?!(?: \S+){0,6} (?:take|last)\b)|expire|"
        r"gültig|gultig|\bgilt\b|"
        r"wie lange (?:darf|kann) ich|valable|valide|puis-je encore|válid|cuánto tiempo puedo|"
        r"cuanto tiempo puedo|geçerli|gecerli|ne kadar süre .*(?:kullan|sür)|ważn|wazn|"
        r"jak długo mogę|jak dlugo moge|valabil|cât timp pot|cat timp pot|действител|действует|"
        r"как долго можно|сколько можно|дійсн|як довго можна|скільки можна|(?<!ин)валид|"
        r"колко (?:време|дълго) мога|صالح|صلاحية|ساري|اعتبار|معتبر|إلى متى يمكنني|الى متى يمكنني|"
        r"(?:تا کی|چه مدت|چه مدتی) (?:می‌|می |می)?توانم|"
        # how long one may go on doing something, the modal after the how-long words or the
        # how-long words after the modal ("Combien de temps puis-je conduire avec …?", "je peux
        # rouler avec combien de temps", "Сколько времени можно ездить …?", "Скільки часу я
        # можу …?", "كم من الوقت يمكنني القيادة …؟", "Wie lange darf man …?"): a period held
        # or allowed, like "how long can I" above, not how long an office takes; not beside a
        # word of waiting, taking or lasting ("Сколько времени можно ждать ответа?"); "en / dans
        # combien de temps on peut …", "за / через сколько времени можно …" ask within or
        # after how long (a wait)
        r"(?:(?<!en )(?<!dans )(?<!bout de )combien de temps (?:puis-je|je peux|peut-on|on peut)|"
        r"(?:je peux|puis-je|peut-on|on peut) (?!savoir|demander|conna)(?:\S+ ){1,3}(?<!en )(?<!dans )(?:(?:avec|pendant) )?combien de temps|"
        r"(?<!за )(?<!через )сколько времени (?:я |мы )?(?:можно|могу|можем)|как долго (?:я |мы )(?:могу|можем)|"
        r"(?<!за )(?<!через )скільки часу (?:я |ми )?(?:можна|можу|можемо)|як довго (?:я |ми )(?:можу|можемо)|"
        r"wie lange (?:darf|kann|dürfen|können) (?:man|wir)|jak d[łl]ugo (?:mo[żz]na|mo[żz]emy)|"
        r"c[âa]t timp (?:putem|se poate)|cu[aá]nto tiempo (?:podemos|se puede)|"
        r"(?<!بعد )كم من الوقت (?:يمكنني|يمكن|بقدر|بقدرش|أقدر|اقدر)|(?:لمتى|لإمتى|لامتى) (?:بقدر|أقدر|اقدر|يمكنني)|"
        r"(?:تا کی|چه مدت|چه مدتی) (?:می‌|می |می)?تونم|"
        r"ne kadar (?:s[üu]re|zaman)(?:yle|dır|dir)? (?:\S+ ){0,3}\S*(?:abil|ebil)\S*)"
        r"(?!(?: \S+){0,4} (?:attendre|prendre|durer|ждать|подождать|ожидать|занима|длит|чекати|"
        r"очікувати|займа|трива|czeka|trwa|aștepta|astepta|dura|esperar|tardar|انتظر|يستغرق|"
        r"منتظر|طول|bekle)\w*)|"
        # Japanese
        r"有効期限|有効期間|有効です|有効か|いつまで使え|いつまで運転",
    ),
    (
        "validity",
        # for how long something is granted ("Für wie lange wird das Wohngeld bewilligt?",
        # "برای چه مدتی تصویب می‌شود") or one gets it ("Na jak długo dostaje się pierwsze
        # zezwolenie?", "Pe cât timp primesc permisul?"): the period it holds, not how long
        # deciding takes
        r"for how long (?:\S+ ){0,6}(?:approved|granted|awarded|issued|given|get|receive)\b|"
        r"how long (?:is|are|will) (?:\S+ ){1,6}(?:approved|granted|awarded|issued) for\b|"
        r"f[üu]r wie lange (?:\S+ ){0,6}(?:bewilligt|genehmigt|gewährt|gewahrt|erteilt|ausgestellt|bekomm|erhalt|erhält)|"
        r"pour combien de temps (?:\S+ ){0,6}(?:accord|approuv|délivr|delivr|octroy|attribu|re[çc]oi|obtien|obtenu)|"
        r"pour quelle (?:durée|duree)|por cu[aá]nto tiempo (?:\S+ ){0,6}(?:conced|aprueb|aprob|"
        r"otorg|expid|recib|obtien|dan\b)|por qu[eé] (?:periodo|período|plazo) (?:\S+ )?(?:se )?(?:conced|aprueb|otorg)|"
        r"ne kadar s[üu]re(?:yle|li[gğ]ine) (?:\S+ ){0,4}(?:onay|veril|düzenlen|duzenlen|al[ıi]r)|"
        r"na jak d[łl]ugo (?:\S+ ){0,6}(?:przyzna|zatwierdz|wyda|udziel|dostaj|dostan|otrzym)|"
        r"(?:pe|pentru) c[âa]t timp (?:\S+ ){0,6}(?:acord|aprob|elibere|emite|primesc|prime[șs]te|ob[țt]in)|"
        r"на (?:какой|який) (?:срок|строк|термін|период|період)|за какъв (?:срок|период)|"
        r"за колко време (?:\S+ ){0,4}(?:отпуска|одобрява|одобря|издава)|"
        r"(?:لأي|لاي|لأية|لاية) (?:مدة|فترة)|"
        r"(?:برای|به) چه مدت(?:ی)? (?:\S+ ){0,4}(?:تصویب|تأیید|تایید|صادر|اعطا|داده)",
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
        r"колко бързо|بأي سرعة|چقدر سریع|چقدر زود(?!تر)|どのくらい早く|"
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
        "processing_time",
        # a long wait ("Долго ждать …?", "Muss ich lange warten?", "attendre longtemps")
        r"\bwait(?:ing)? (?:\S+ ){0,2}long\b|\blong wait|lange (?:\S+ ){0,3}warten|warte(?:n)? (?:\S+ )?lange|"
        r"attendre longtemps|longtemps (?:à |a )?attendre|esperar mucho|mucho (?:tiempo )?esperar|"
        r"uzun (?:süre |sure )?bekle|[çc]ok bekle|d[łl]ugo (?:si[ęe] )?czeka|czeka\w* d[łl]ugo|"
        r"mult (?:să |sa )?(?:aștept|astept)|(?:aștept|astept)\w* mult|"
        r"долго (?:\S+ ){0,2}жд|(?:\bжд|ожид|подожд)\w* долго|довго (?:\S+ ){0,2}чека|чека\w* довго|"
        r"дълго (?:\S+ ){0,2}чак|чак\w* дълго|"
        r"(?:انتظار|الانتظار|انتظر|أنتظر|استنى|بستنى) (?:\S+ )?(?:طويل|كتير|كثير)|"
        r"(?:خیلی|زیاد) (?:\S+ )?(?:منتظر|صبر)|(?:منتظر|صبر) (?:\S+ )?(?:خیلی|زیاد)|長く待",
    ),
    (
        "deadline",
        r"deadline|by when|how soon|until when|within how|how many days|time limit|too late|"
        r"\blate\b|when (?:\S+ )?(?:do|must|should|shall|can) (?:i|we) (?:have to )?(?:apply|register|"
        r"report|submit|sign up)|wann (?:\S+ )?(?:muss|sollte|soll) ich|quand (?:dois|faut)|"
        r"cuándo (?:tengo|debo|hay que)|cuando (?:tengo|debo)|ne zaman (?:başvur|basvur|kayıt)|"
        r"kiedy (?:muszę|musze|trzeba)|când trebuie|cand trebuie|когда (?:нужно|надо)|"
        r"коли (?:треба|потрібно)|кога трябва|\bfrist|bis wann|spätestens|spatestens|zu spät|zu spat|wie schnell muss|"
        r"délai|jusqu'à quand|jusqu'a quand|en retard|date limite|"
        # Spanish "plazo" (a time limit); "a plazos / en plazos" is paying in instalments
        r"(?<!\ba )(?<!\ben )(?<!\bpor )plazo|hasta cuándo|"
        r"hasta cuando|fecha límite|son tarih|ne zamana kadar|\bgeç\b|do kiedy|"
        # Polish "termin" (a time limit); German "beim / zum / einen Termin" is an appointment
        r"(?<!beim )(?<!zum )(?<!einen )(?<!den )(?<!dem )(?<!der )(?<!im )(?<!am )\btermin\b|"
        r"za późno|za pozno|\btermen|până când|pana cand|\bсрок|опозда|"
        # the Ukrainian term "строк" / "термін", not "безстроковий" / "безтерміновий" (permanent:
        # "куди подавати на безстроковий дозвіл" asks where) nor "терміново" / "строковий"
        # (urgently, fixed-term)
        r"(?<!без)строк(?!ов)|"
        r"до (?:какого|якого) (?:числа|дня|месяца|місяця|срока|терміну|времени|часу|момента|моменту)|"
        r"(?<!без)термін(?!ов)|запізн|до кога|закъсн|مهلة|موعد نهائي|آخر موعد|متى يجب|مهلت|تا کی|"
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
        r"تا چه (?:روزی|ماهی|سالی)|(?:حتى|لحد|لغاية) (?:أي|اي) (?:يوم|شهر)|"
        r"w jakim terminie|w ciągu ilu|w ciagu ilu|"
        # the time one has: "wie lange hab ich … Zeit", "how much time do I have"
        r"(?:hab|habe|haben) (?:ich|wir) (?:\S+ ){0,5}zeit\b|\bzeit (?:hab|habe|haben) (?:ich|wir)|"
        r"how (?:much time|long) do (?:i|we) have(?! to wait)|"
        r"خلال كم|كم يوم|چقدر وقت دارم|چند روز وقت دارم|"
        # from when: "ab wann", "от кога се плаща", "з якого дня", "از کدام ماه"
        r"ab wann|seit wann|from when|since when|as of when|from what (?:date|day|month)|"
        r"from which (?:date|day|month)|à partir de quand|depuis quand|"
        r"à partir de quel(?:le)? (?:date|jour|mois)|desde cu[aá]ndo|a partir de cu[aá]ndo|"
        r"a partir de qu[eé] (?:fecha|día|dia|mes)|desde qu[eé] (?:fecha|día|dia|mes)|"
        r"ne zamandan|hangi (?:günden|gunden|aydan|tarihten)|od kiedy|"
        r"od (?:którego|ktorego|jakiego) (?:dnia|miesiąca|miesiaca)|de c[aâ]nd\b|"
        r"din ce (?:zi|lună|luna|dată|data)|de la ce (?:dată|data)|с какого (?:числа|дня|месяца|момента)|"
        r"с каких пор|\bс кога|\bот кога|от (?:кой|коя) (?:ден|дата|месец)|від коли|з коли|"
        r"з якого (?:дня|числа|місяця|моменту)|من متى|من (?:إيمتى|ايمتى|امتى)|"
        r"من (?:أي|اي) (?:يوم|شهر|تاريخ)|اعتبارا من|از چه (?:زمانی|تاریخی|روزی|ماهی)|"
        r"از کدام (?:روز|ماه|تاریخ)|از کدوم (?:روز|ماه)|いつから|"
        # when it starts: "¿cuándo empieza …?"
        r"when (?:does|do|will|is) (?:\S+ ){0,4}(?:start|begin)|wann (?:beginnt|fängt|fangt|startet)|"
        r"quand (?:commence|débute|debute)|cu[aá]ndo (?:empieza|comienza|inicia|arranca)|"
        r"ne zaman başl|ne zaman basl|kiedy (?:się )?(?:zaczyna|rozpoczyna)|c[aâ]nd (?:începe|incepe)|"
        r"когда начина|коли почина|кога започва|متى (?:يبدأ|تبدأ|يبدا|تبدا)|"
        r"(?:إيمتى|ايمتى|امتى) (?:بيبدأ|بتبدأ|بيبلش|بتبلش)|چه زمانی شروع|いつ始ま|"
        # how often: "как часто проходят выборы"
        r"how often|wie oft|wie häufig|combien de fois|à quelle fréquence|tous les combien|"
        r"con qu[eé] frecuencia|cada cu[aá]nto|ne sıklıkla|ne siklikla|"
        r"kaç (?:yılda|yilda|ayda|haftada|günde|gunde) bir|jak (?:często|czesto)|"
        r"c[aâ]t de (?:des|frecvent)|как часто|як часто|колко често|كم مرة|كل (?:قديش|كم)|"
        r"هر چند وقت|چند وقت یک|どのくらいの頻度|"
        # how early (before something): "wie früh vor der Hochzeit"
        r"how early|wie früh|wie fruh|combien de temps avant|longtemps à l'avance|"
        r"con cu[aá]nta antelaci[oó]n|cu[aá]nto antes|ne kadar erken|jak (?:wcześnie|wczesnie)|"
        r"c[aâ]t de (?:devreme|din timp)|как рано|як рано|наскільки рано|колко рано|"
        r"(?:قديش|كم) قبل|چقدر زودتر|چقدر قبل|چند وقت قبل|"
        # back in time: "rückwirkend", "لكم شهر بيرجع"
        r"r[üu]ckwirkend|retroactive|backdated|r[ée]troacti|retroactiv|geriye (?:dönük|donuk)|"
        r"\bwstecz|задним числом|заднім числом|със задна дата|بأثر رجعي|باثر رجعي|"
        r"كم شهر (?:\S+ )?(?:بيرجع|يرجع|بترجع|ترجع)|عطف به ما ?سبق|"
        # which day in a count ("ab dem wievielten Krankheitstag", "à partir du combientième
        # jour", "kaçıncı gün", "на который день"): a point in time, not "how much"
        r"wievielte[nmrs]?\b|combienti[èe]me|kaç[ıi]nc[ıi]|kacinci|на котор(?:ый|ом) день|"
        r"з якого по рахунку|на який день|на кой ден|"
        # until what hour of the day: "Do której godziny trzeba …?", "jusqu'à quelle heure"
        r"until what (?:time|hour)|by what (?:time|hour)|bis (?:um )?wie ?viel uhr|"
        r"jusqu'(?:à|a) quelle heure|hasta qu[eé] hora|saat ka[çc]a kadar|"
        r"do (?:której|ktorej|jakiej) godziny|p[aâ]n[aă] la ce or[aă]|"
        r"до (?:которого|какого) часа|до (?:котрої|якої) години|до колко часа|"
        r"(?:حتى|لحد|لغاية) (?:أي|اي) ساعة|تا چه ساعتی|"
        # when something takes place: "Когда проходят выборы …?", "When are the elections held?"
        r"when (?:is|are|does|do|will) (?:\S+ ){1,5}(?:take place|held)\b|"
        r"wann (?:finde[nt]|stattfinde)|quand (?:a|ont) lieu|quand se (?:tien|dérou|derou)|"
        r"cu[aá]ndo (?:se celebra|tiene[n]? lugar)|ne zaman (?:yapıl|yapil|düzenlen|duzenlen)|"
        r"kiedy (?:odbywa|odbędą|odbeda|są wybory)|c[aâ]nd (?:are|au) loc|"
        r"когда (?:проход|состо)|коли (?:відбува|прохо)|кога (?:се провежда|ще се проведат|са избори)|"
        r"متى (?:تجرى|تجري|تقام|تعقد)|چه (?:زمانی|وقت) برگزار|いつ行われ|"
        # the last day or date to do something ("What is the last day to apply …?", "der
        # letzte Tag für die Bewerbung", "son başvuru günü", "последний день подачи", "آخرین
        # روز ثبت‌نام"; agree20): by when, not who may ("apply to TU Dortmund") nor untyped
        # (a day to or for something, not "on the last day of the month", a date stated; review
        # of agree20)
        r"\blast (?:possible )?(?:day|date) (?:to|for|i can|we can)\b|"
        r"letzte[nrs]? (?:m[öo]gliche[nrs]? )?(?:tag|datum) (?:für|zum|zur|um)\b|"
        r"derni[èe]re? (?:jour|date) (?:pour|de|d'|du|o[uù])|"
        r"[úu]ltim[oa] (?:d[íi]a|fecha) (?:para|de|en)\b|"
        r"\bson (?:ba[şs]vuru |kay[ıi]t |iptal )?(?:g[üu]n(?:[üu]|e)?\b|tarih)|"
        r"ostatni(?:m|ego)? (?:dzie[nń]|dniu|dnia|dat[ay]) (?:na|do|z[łl]o[żz]|sk[łl]ad|zg[łl]|rejestr|wypowiedz|aplik)|"
        r"ultim(?:a|ul) (?:zi|dat[ăa]) (?:pentru|de|[îi]n care|să|sa)\b|"
        r"(?<!\w)последн(?:ий|его|яя|юю|ей) (?:день|дня|дата|дату)|"
        r"(?<!\w)останн(?:ій|ього|я|ю) (?:день|дня|дата|дату)|"
        # (the neuter date: "последнее число", "останнє число")
        r"(?<!\w)последн(?:ее|его) числ[оа]|(?<!\w)останн(?:є|ього) числ[оа]|"
        r"(?<!\w)последн(?:ият|ия|ата|а) (?:ден|дата)|"
        r"(?:آخر|اخر) (?:يوم|تاريخ) (?:لل|ل|في|من)|آخرین (?:روز|تاریخ)|"
        # ... with the day asked apart from "last" ("¿Qué día del mes es el último para
        # avisar?", "Welcher Tag im Monat ist der letzte …?"; agree25): by when, and before a
        # price named in the story ("el abono de 63 euros"), which is no cost asked
        r"\b(?:what|which) day (?:[^\s.?!;]+ ){0,4}is the last\b|"
        r"\bwelche[rn]? tag (?:[^\s.?!;]+ ){0,4}ist (?:der )?letzte\b|"
        r"\bquel (?:est le )?jour (?:[^\s.?!;]+ ){0,4}est (?:le )?dernier\b|"
        r"\bqu[eé] d[ií]a (?:[^\s.?!;]+ ){0,4}es (?:el )?[úu]ltimo\b|"
        r"\b(?:kt[óo]ry|jaki) dzie[nń] (?:[^\s.?!;]+ ){0,4}jest ostatni|"
        r"\bce zi (?:[^\s.?!;]+ ){0,4}este (?:ultima|ultimul)\b|"
        r"(?<!\w)какой день (?:[^\s.?!;]+ ){0,4}(?:является )?последн|"
        r"(?<!\w)який день (?:[^\s.?!;]+ ){0,4}(?:є )?останн|"
        r"(?<!\w)кой ден (?:[^\s.?!;]+ ){0,4}е последни|"
        r"\bhangi g[üu]n(?:[üu])? (?:[^\s.?!;]+ ){0,3}son(?: g[üu]n| tarih|\s*[?.!]|$)|"
        r"(?:أي|اي) يوم (?:[^\s.?!;]+ ){0,4}(?:هو )?(?:الأخير|الاخير)|کدام روز (?:[^\s.?!;]+ ){0,4}آخرین|"
        # Japanese
        r"期限|締め切り|締切|いつまでに|何日以内|遅れ",
    ),
    (
        "deadline",
        # at what time of day ("О котрій годині треба виставити …?") and on what date ("Kita
        # yılı hangi tarihte başlıyor?"): a point in time
        r"at what time|what time (?:do|must|should|can|does|is|are)\b|um wie ?viel uhr|"
        r"zu welcher uhrzeit|à quelle heure|a quelle heure|a qu[eé] hora|saat ka[çc]ta|"
        r"hangi saatte|o (?:której|ktorej|jakiej) godzinie|la ce or[aă]|во сколько(?! обо| обх| раз)|"
        r"в котором часу|(?:о|в) (?:котрій|якій) годині|в колко часа|"
        r"(?:في|ب) ?(?:أي|اي) ساعة|الساعة كم|ساعت چند|چه ساعتی|"
        r"(?:on )?(?:what|which) date|an welchem (?:datum|tag)\b|welches datum|à quelle date|"
        r"a quelle date|en qu[eé] fecha|qu[eé] fecha|hangi tarihte|ne tarihte|"
        r"w jakim dniu|(?:jakiego|którego|ktorego) dnia|jaka (?:jest )?data|"
        r"[îi]n ce (?:dat[aă]|zi)\b|ce dat[aă]\b|какого числа|какая дата|в какой день|"
        r"якого числа|яка дата|в який день|на коя дата|коя дата|на кое число|"
        r"(?:في|ب) ?(?:أي|اي) تاريخ|(?:چه|کدام) تاریخ|در چه روزی",
    ),
    (
        "deadline",
        # within what period ("خلال أي مدة يجب …", "innerhalb welcher Frist"), by when with a
        # must ("¿Para cuándo tiene que estar …?"), with what notice or lead time ("Z jakim
        # wyprzedzeniem trzeba …?", "how much notice"): a time limit
        r"within what (?:period|time)|in what (?:period|time ?frame)|"
        r"innerhalb (?:welcher|welches) (?:frist|zeit)|in welche[mr] (?:zeitraum|frist)|"
        r"en qu[eé] (?:plazo|periodo|período)|hangi s[üu]re (?:i[çc]inde|zarf[ıi]nda)|"
        r"w jakim okresie|[îi]n ce (?:termen|interval|perioad)|"
        r"в течение какого (?:времени|срока|периода)|за какой (?:срок|период)|"
        r"протягом якого (?:часу|терміну|періоду)|за який (?:термін|період)|в какъв (?:срок|период)|"
        r"(?:خلال|في غضون|في) (?:أي|اي) (?:مدة|فترة)|(?:ظرف|طی) چه مدت|"
        r"para cu[aá]ndo (?:\S+ )?(?:tengo|tiene|tienen|hay|debo|debe|deben|necesit)|"
        r"pour quand (?:\S+ )?(?:dois|doit|doivent|faut)|"
        r"na kiedy (?:\S+ )?(?:trzeba|musz|musi|powin|należy|nalezy)|"
        r"z jakim wyprzedzeniem|how much notice|what notice|notice period|"
        r"mit (?:welchem|wie ?viel) vorlauf|wie weit im voraus|wie lange im voraus|"
        r"avec quel (?:préavis|delai|délai)|quel préavis|con qu[eé] (?:antelaci[oó]n|anticipaci[oó]n)|"
        r"за какое время до|с каким (?:опережением|запасом)|за який час до|наскільки заздалегідь|"
        r"بكم من الوقت (?:قبل|مسبقا)",
    ),
    (
        "money",
        r"how much money|how much (?:do|will|would|can) (?:i|we|you) (?:get|receive)|amount|"
        # (the noun between "wie viel" and "bekomme" is the thing asked, not a type word: cut
        # out with them, "Wie viel Kindergeld bekomme ich im Monat für drei Kinder?" named the
        # child benefit no more than the child supplement; fee17)
        r"how high|wie ?viel geld|wie ?viel(?= \w+ bekomm)|wie hoch|betrag|wie ?viel bekomm|wie ?viel gibt es|"
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
        # "how much is it worth" first: its verb goes with it out of the content words
        # ("¿Cuánto vale …?" must not pick "El precio vale siempre para el mes completo")
        r"cu[aá]nto (?:vale|valen|sale|salen)\b|combien (?:vaut|valent)\b|"
        r"\bcost|\bfees?\b|price|how much|\bpay\b|(?<!in )charge|\bfree\b(?! movement)|expensive|kost|"
        r"gebühr|gebuhr|"
        r"preis|\bteuer|wie ?viel|bezahl|zahlen|gratis|umsonst|coût|cout|coûte|frais|prix|payer|gratuit|"
        r"cuesta|cuánto|cuanto|coste|costo|tasa|precio|pagar|ücret|ucret|kaç para|kac para|"
        r"maliyet|ne kadar|fiyat|koszt|opłat|oplat|\bcena|\bile\b|płaci|placi|darmo|bezpłat|"
        r"costă|costa\b|taxă|taxa|preț|\bplăt|\bplat(?:a|i|it|esc|ește|este)\b|\bcât\b|(?<!\w)стоит|стоимост|(?<!вы)(?<!ви)плат|пошлин|цена|"
        r"(?<!\w)сколько|бесплат|(?<!\w)сбор(?:а|ы|ов|ом)?\b(?! (?:документ|справок|бумаг))|кошт|вартість|збір|ціна|"
        f"{_UK_STATE_FEE}|"
        r"(?<!\w)скільки|безкошт|(?<!\w)струва|такса|(?<!раз)плащ|(?<!\w)колко|"
        r"безплат|تكلف|يكلف|رسوم|سعر|\bكم\b|مجان|أدفع|ادفع|هزینه|قیمت|چقدر|پرداخت|رایگان|"
        # a currency: "kaç euro", "kaç euroya", "چند یورو"; Turkish "ödemem / ödeme" (pay)
        r"\beuro(?:s|ya|yu|luk|ları|dan)?\b|€|\bевро|\bєвро|يورو|یورو|ユーロ|\bödem|\böder\b|\bödey|\bödü(?:yor|rüm|rum)|\bodem|"
        # paying or free in other forms: "Was zahle ich", "jest płatne", "paient-ils le plein
        # tarif", "paralı mı", "پول دارد", "ببلاش"; how much without a cost word ("¿cuánto vale?",
        # "kaç euroya mal olur", "combien", Levantine "قديش", "بكم")
        r"\bzahle\b|\bzahlst\b|\bzahlt\b|\bpaid\b|\bpaie|\bpaient\b|\bpayé|payant|\btarif|"
        r"\bcombien\b|\bpaga(?:n|mos)?\b|\bde pago\b|mal ol(?:ur|uyor|acak)|"
        r"paralı|parali|bedava|płatn|platn|odpłat|\bpłac(?:ą|ę|imy|icie)(?!\w)|\bbezplat|قديش|قديه|أديش|اديش|\bبكم\b|\bبكام\b|"
        r"\bكام\b|ببلاش|مدفوع|بفلوس|پول (?:دار|می|لاز|بد|میخ)|پولیه|پولی است|مجانی|"
        # Japanese
        r"費用|料金|手数料|いくら|値段|無料|有料|払う|払わ|支払",
    ),
    (
        "cost",
        # paying back ("Muss ich das BAföG zurückzahlen?"), who pays (Levantine "مين بيدفع"),
        # and Persian "X چند است؟" (how much is X; not the hour: "ساعت چند است")
        r"zur[üu]ckzahl|zur[üu]ckzuzahlen|r[üu]ckzahl|\bpay (?:\S+ )?back|\brepay|rembourser|"
        r"remboursement|devolver|reembols|geri [öo]de|sp[łl]aca|sp[łl]aci[ćc]|zwraca[ćc]|"
        r"rambursa|ramburs(?:ez|ăm|am|eze)|returna banii|возвращать\b|вернуть деньги|погаша|повертати\b|повернути кошти|"
        r"погаш|(?:да върна|връщам) (?:парите|сумата|заема)|(?:بيدفع|بدفع|\bيدفع|بتدفع|\bتدفع|ندفع|نرجع المصاري|سداد)|"
        r"بازپرداخت|پس (?:بدهم|بدم|دادن)|(?<!ساعت )چند (?:است|هست|میشه|می‌شود|می شود)|"
        # whether they take money for it ("Берут ли деньги за справку?", "Взимат ли пари за
        # …?", "الاستشارة بمصاري؟", "para alıyorlar mı"): a fee asked in everyday words
        r"(?:берут|возьмут) (?:\S+ )?деньги|деньги (?:\S+ )?(?:берут|возьмут)|"
        r"(?:беруть|візьмуть) (?:\S+ )?гроші|гроші (?:\S+ )?(?:беруть|візьмуть)|"
        r"(?:взимат|вземат|искат) (?:\S+ )?пари|пари (?:\S+ )?(?:взимат|вземат|искат)|"
        r"(?<!\w)(?:ب|بال)(?:مصاري|فلوس)(?!\w)|(?:بياخدو|بياخدوا|ياخذون|بياخذوا) (?:\S+ )?(?:مصاري|فلوس)|"
        r"para (?:al[ıi]yor|al[ıi]n[ıi]yor|istiyor)|(?:bior[ąa]|pobieraj[ąa]) (?:\S+ )?pieni[ąa]dz|"
        r"(?:iau|cer) (?:\S+ )?bani|پول (?:می‌گیرن|میگیرن|می‌گیرند|می گیرند)|"
        r"nehmen (?:\S+ ){0,2}geld|geld (?:\S+ )?nehmen|do they charge|charge (?:anything|money)",
    ),
    (
        "documents",
        # the papers themselves (`_PAPER_WORDS`), then what one brings or needs
        _PAPER_WORDS + r"|\bbring\b|what do i need|mitbringen|mitnehmen|was brauche ich|"
        r"apporter|llevar|traer|qué necesito|que necesito|getirme|yanımda|zabrać|zabrac|"
        r"przynieś|przynies|aduc|принести|с собой|з собою|донеса|"
        # what to take along ("شو لازم آخد معي", "De ce am nevoie", "ce-mi trebuie")
        r"(?:آخد|اخد|آخذ|اخذ|جيب|أجيب|اجيب)(?:ها|هم)? معي|de ce am nevoie|ce[- ]mi trebuie|"
        r"ce [îi]mi trebuie|"
        # what is needed for it ("Qu'est-ce qu'il faut pour …?", "co trzeba mieć, żeby …"):
        # the papers, not what to do ("qu'est-ce qu'il faut faire" stays untyped)
        r"what (?:is|are) needed|what does one need|what do you need (?:to have|for)\b|"
        r"was braucht man|was (?:wird|werden) (?:\S+ ){0,4}ben[öo]tigt|"
        r"qu'est-ce qu'il faut (?:pour|avoir|apporter)|que faut-il (?:pour|avoir|apporter)|"
        r"de quoi (?:ai-je|j'ai|a-t-on|on a) besoin|qu[ée] (?:hace falta|se necesita)|"
        r"qu[ée] hay que (?:tener|presentar)|nelere? (?:ihtiya[çc]|gerek|laz[ıi]m)|neye ihtiya[çc]|"
        r"co (?:trzeba|muszę|musze|należy|nalezy) (?:mieć|miec|przedstawić|przedstawic)|"
        r"czego (?:potrzebuję|potrzebuje|trzeba)\b|ce (?:trebuie|e nevoie) s[aă] am\b|"
        r"что (?:мне )?(?:нужно|надо|необходимо) (?:иметь|для|предъявить)|"
        r"що (?:мені )?(?:треба|потрібно|необхідно) (?:мати|для|пред'явити)|"
        r"какво (?:ми )?(?:трябва|е необходимо) (?:да имам|за)\b|"
        r"(?:شو|ماذا|ايش|إيش) (?:أحتاج|احتاج|بحتاج|يلزمني|بدي يكون معي)|"
        r"چه (?:چیزهایی|چیزی) (?:لازم|نیاز)|چی (?:لازم|نیاز) (?:دارم|داره|است)|"
        # Japanese
        r"書類|必要なもの|持ち物|持って行|持っていく|何が必要",
    ),
    (
        "documents",
        # what to attach to an application ("Was muss ich dem Antrag beilegen?")
        r"\battach|\benclose|beilegen|beifügen|beifugen|beizulegen|beizufügen|mitschicken|"
        r"joindre (?:à|a|au) (?:la |ma |mon )?(?:demande|dossier)|adjuntar|adjunto|"
        r"ekle(?:mem|meliyim|mek gerek)|do[łl][ąa]czy[ćc]|za[łl][ąa]czni|ata[șs]ez|anexez|"
        r"приложить|прикласти|додати до заяви|да приложа|прилагам|"
        # the Persian "پیوست" (attach, attachment), not the infinitive "پیوستن" (to join):
        # "پیوستن خانواده" is the family reunification, not its papers
        r"(?:أرفق|ارفق|إرفاق|ارفاق|مرفقات)|پیوست(?!ن)",
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
        "who",
        # who has the right ("Qui a le droit d'aller …?", "مين بيحق له …?")
        r"who (?:has|have) (?:the )?right|who is allowed|wer hat (?:das )?recht|"
        r"qui (?:a|ont) (?:le )?droit|quién(?:es)? tiene[n]? (?:el )?derecho|"
        r"quien(?:es)? tiene[n]? (?:el )?derecho|kim(?:in|ler)? (?:\S+ )?hakk[ıi] var|"
        r"kto (?:\S+ )?ma prawo|cine are (?:\S+ )?drept|"
        r"кто (?:\S+ )?имеет право|у кого (?:есть )?право|хто (?:\S+ )?має право|"
        r"у кого (?:є )?право|кой (?:\S+ )?има право|"
        r"(?:من|مين) (?:له|إله|اله|إلو|الو|إلها|الها) (?:ال)?حق|(?:مين|من) (?:بيحق|يحق)|"
        # whether I am entitled, spoken with the pronoun written on ("بيحقلي آخد …؟")
        r"(?<!\w)(?:بي|ب|ي)حق ?(?:لي|لنا|لو|لها)(?!\w)|"
        r"(?:چه کسی|چه کسانی|کی|کیا) حق (?:دارد|دارند|داره)|"
        # whether a group gets it too ("Bekommen auch Pflegeeltern …?", "Can students get it too?")
        r"\b(?:get|receive|claim) (?:\S+ ){0,3}(?:too|as well)\b|"
        r"\b(?:can|may|do|does) (?:\S+ ){1,3}also (?:get|receive|claim)\b|"
        r"\bauch (?:\S+ ){0,3}(?:bekommen|erhalten|beziehen)\b|(?:bekommen|erhalten|beziehen) (?:\S+ ){0,2}auch\b|"
        r"(?:peuvent|peut)(?:-ils|-elles|-on)? aussi (?:toucher|recevoir|obtenir|demander|bénéficier)|"
        r"(?:reçoivent|touchent)(?:-ils|-elles)? aussi|"
        r"tambi[ée]n (?:pueden? (?:recibir|cobrar|pedir|solicitar)|reciben?|cobran?|"
        r"tienen? derecho)|(?:pueden?|reciben?|cobran?) tambi[ée]n|"
        r"(?<!\w)(?:de|da) (?:alabilir|alır|alir|yararlanabilir|başvurabilir|basvurabilir)|"
        r"(?:też|także|rowniez|również) (?:mogą|moga|dostają|dostaja|otrzymują|otrzymuja|"
        r"może|moze|dostaje|otrzymuje)|(?<!\w)(?:mogą|moga|dostają|dostaja|otrzymują|otrzymuja|może|"
        r"moze|dostaje|otrzymuje) (?:\S+ ){0,2}(?:też|także|również)|"
        r"(?:pot|primesc) (?:și|si) (?:ei|ele)\b|\b(?:și|si) (?:ei|ele) (?:pot|primesc)\b|"
        r"\b(?:poate|prime[șs]te) (?:și|si) (?:el|ea)\b|\b(?:și|si) (?:el|ea) (?:poate|prime[șs]te)\b|"
        r"(?:тоже|также) (?:могут|получают|имеют|может|получает|имеет)\b|"
        r"(?:могут|получают|имеют|может|получает|имеет) (?:\S+ ){0,2}тоже|"
        r"(?:також|теж) (?:можуть|отримують|мають|може|отримує|має)\b|"
        r"(?:можуть|отримують|мають|може|отримує|має) (?:\S+ ){0,2}(?:також|теж)|"
        r"също (?:могат|получават|имат|може|получава|има)\b|"
        r"(?:могат|получават|може|получава) (?:\S+ ){0,2}също|"
        r"(?:أيضا|أيضًا|ايضا|كمان) (?:ممكن|يحق|بيحق|بياخدو|بيقدرو|يمكن)|"
        r"(?:هم|نیز) (?:می‌توانند|میتوانند|می توانند|می‌گیرند|میگیرند)|"
        # the least income one must have: a condition of who may apply
        r"minimum income|mindesteinkommen|revenu minimum|ingreso m[ií]nimo|asgari gelir|"
        r"minimaln\w* doch[óo]d|venit(?:ul)? minim|минимальн\w* доход|мінімальн\w* доход|"
        r"минимален доход|الحد الأدنى (?:لل|من ال)دخل|حداقل درآمد",
    ),
    (
        "where",
        r"\bwhere\b|address|which office|who is responsible|responsible|\bwo\b|wohin|adresse|"
        r"anschrift|zuständig|zustandig|welches amt|welche behörde|welche behorde|\boù\b|"
        r"quel bureau|compétent|dónde|donde|dirección|direccion|qué oficina|nerede|nereye|"
        r"\badres|hangi daire|yetkili|sorumlu|gdzie|który urząd|jaki urząd|odpowiedzialn|"
        r"\bunde\b|adresa|adresă|ce birou|competent|\bгде\b|куда|адрес|кто отвечает|"
        r"ответствен|\bде\b|куди|хто відповідає|відповідальн|къде|кой отговаря|коя служба|"
        r"أين|اين|\bوين\b|\bفين\b|(?<!به )عنوان|المسؤول|الجهة المختصة|کجا|آدرس|نشانی|مسئول|"
        # which street (the address)
        r"(?:which|what) street|welche[rnms]? stra(?:ß|ss)e|quelle rue|qu[ée] calle|"
        r"hangi (?:sokak|cadde)|(?:na|przy) (?:jakiej|której|ktorej) ulic|jaka (?:to )?ulica|"
        r"(?:pe )?ce strad[ăa]|pe care strad[ăa]|(?:на )?как(?:ой|ая) улиц|(?:на )?як(?:ій|а) вулиц|"
        r"(?:на )?коя улица|(?:أي|اي|انو|أنو) شارع|(?:کدام|کدوم|چه) خیاب(?:ا|و)?ن|"
        # how to get there, and everyday forms of "where"
        r"how (?:do|can) i get to|how to get to|\blocated\b|wie komme ich (?:zu|zum|zur|hin)|"
        r"comment (?:aller|se rendre) (?:à|a|au|aux)\b|c[óo]mo (?:llego|llegar|ir) (?:a|al)\b|"
        r"\bnerde\b|neresi|nasıl gid|nasil gid|jak (?:dojechać|dojechac|dojść|dojsc|trafić|trafic)|"
        r"cum (?:să |sa )?ajung|как (?:добраться|доехать|пройти)|як (?:дістатися|доїхати|дійти)|"
        r"как (?:да стигна|се стига)|\bوينو\b|\bوينه\b|\bوينها\b|\bوينهم\b|"
        r"كيف (?:بوصل|اوصل|أوصل|اروح|أروح|بروح)|(?:چطور|چطوری|چجوری) (?:برم|بروم)|"
        # Japanese
        r"どこ|住所|担当の役所|担当窓口|管轄|場所",
    ),
    (
        "documents",
        # a photo is one of the papers ("Welches Foto brauche ich?", "какое фото нужно"), when no
        # other type word asks where to have it taken or what it costs
        _PHOTO_WORDS,
    ),
]
# The form one needs, when no other type word asks when or where to hand it in (office15:
# "Welches Formular brauche ich, um meinen Hund anzumelden?", "Какой бланк нужен …?", "چه فرمی
# لازم است"): one of the papers the documents list names (`classify`, a question of no other
# type; "Until which day can I hand in the form?" stays a date asked). The singular only: "so
# viele Formulare", "many forms" tell of a pile of paperwork (lost), not of one paper asked for.
_FORM_ASKED = re.compile(
    r"(?<!\bin what )(?<!\bin which )\bform\b(?! (?:a|an)\b)|formular\b|formularul\b|"
    r"formulaire\b|formulario\b|formularz[ay]?\b|бланк(?:а|и)?\b|формуляр(?:а|ът)?\b|"
    r"\bформ[ау]\b|نموذج|استمارة|(?<!\S)فرم(?:ی)?(?!\S)"
)
# A helpline, hotline or help telephone: a number the service's own text gives (the national
# "Hilfetelefon"), asked as a phone question but answered from the service, not an office.
_HELPLINE_WORDS = (
    r"help ?line|hotline|hilfetelefon|notruftelefon|beratungstelefon|ligne d'(?:écoute|ecoute|aide)|"
    r"num[ée]ro vert|l[ií]nea (?:de ayuda|de atenci[oó]n|directa|gratuita)|yard[ıi]m hatt|"
    r"destek hatt|danışma hatt|danisma hatt|telefonu? zaufania|infolini|linii? (?:pomocy|wsparcia)|"
    r"lini(?:a|ei|e) (?:de ajutor|de urgen|telefonic|verde)|telefonul de ajutor|"
    r"горяч(?:ая|ей|ую) лини|телефон доверия|лини(?:я|и|ю) помощи|гаряч(?:а|ої|у) ліні|"
    r"телефон довіри|ліні(?:я|ї|ю) допомоги|гореща(?:та)? линия|горещата линия|"
    r"телефон(?:ът|а)? за (?:помощ|подкрепа)|линия(?:та)? за помощ|"
    r"خط (?:ال)?(?:مساعدة|دعم|طوارئ)|(?:ال)?خط (?:ال)?ساخن|"
    r"خط (?:کمک|امداد|مشاوره|ساخن)|ホットライン|相談電話|"
    # a free number asked ("Which free number can employers call?", "numéro gratuit", "ücretsiz
    # numara", "бесплатный номер", "شماره رایگان"; number12): "free" describes the number, so
    # it is a line the service's text gives, not a fee question ("calling is free" is no
    # answer). The adjective beside its noun only, in the language's own order (the English,
    # German, Turkish, Polish and Slavic adjective before it, the French, Spanish, Romanian,
    # Arabic and Persian one after it, with the Arabic article on both or neither), so that
    # "is the number free?" ("le numéro est-il gratuit ?", "هل الرقم مجاني") stays a fee question;
    # the number word only ("is there a free phone line?" keeps its office answer first)
    r"(?:toll-|\b)free (?:(?:tele)?phone |call |contact |help ?)?number|"
    r"(?:kostenlos|kostenfrei|gebührenfrei|gebuhrenfrei|gratis)\w* (?:telefon|ruf|service|hotline-?)?nummer|"
    r"num[ée]ro (?:de t[ée]l[ée]phone |d'appel )?gratuit|n[úu]mero (?:de tel[ée]fono )?gratuito|"
    r"(?:[üu]cretsiz|bedava) (?:telefon )?numara|"
    r"bezp[łl]atn\w* numer|numer\w* bezp[łl]atn|"
    r"num[ăa]r(?:ul)? (?:de telefon )?gratuit|"
    r"бесплатн\w* (?:телефонн\w* )?номер|безкоштовн\w* (?:телефонн\w* )?номер|"
    r"безплатн\w* (?:телефонен |телефонния? )?номер|"
    r"الرقم (?:ال)?(?:هاتفي )?المجاني|(?<!ال)رقم (?:هاتف )?مجاني|"
    r"شماره (?:تلفن |تماس )?رایگان(?! (?:است|هست))|"
    # the police named as the one to call ("the number of the police", "call the police",
    # "Polizeinummer", "numărul poliției", "номер полиции", "رقم الشرطة", "شماره پلیس";
    # number12): the police's 110 stands in the emergency text, not on an office card, and only
    # a sentence naming the police answers (`emergency_kinds`, kind "police"). The police only
    # beside a number word or a call verb: a crime's victim who mentions the police asks for
    # the victims' line
    r"{police}"
)
# the police named as the one to call (the question side; a sentence names the police by
# `_POLICE_WORD`): a number word or a call verb with the police right after or before it
_POLICE_ASKED_WORDS = (
    r"(?:number|call|phone|ring|reach|contact|dial) (?:for |of |to )?(?:the )?police|police(?:'s)?(?: emergency| phone)? (?:number|line|hotline)|"
    r"(?:nummer|notruf|notrufnummer) (?:der|für die|fur die) polizei|polizei ?(?:nummer|notruf|notrufnummer|telefon|hotline)|"
    r"polizei (?:an)?rufen|polizei an|die polizei (?:an|er)reichen|"
    r"num[ée]ro (?:d'urgence )?(?:de la|de|pour la) police|appeler la police|joindre la police|"
    r"n[úu]mero (?:de emergencia )?(?:de|para) la polic[íi]a|llamar a la polic[íi]a|"
    r"polis(?:in)? (?:ihbar )?(?:numaras|hatt)|polisi ara|polise (?:ula[şs]|telefon)|"
    r"numer (?:alarmowy )?(?:na )?policj|(?:dzwoni\w*|zadzwoni\w*) (?:na|po) policj|"
    r"num[ăa]r(?:ul)? (?:de urgen[țţt][ăa] )?(?:al )?poli[țţt]i|(?:sun|apel)\w* (?:la )?poli[țţt]i|"
    r"номер\w* (?:телефона |у )?полици|(?:позвонить|звонить|вызвать|звоню) (?:в )?полици|"
    r"номер\w* (?:телефону |у |в )?поліці|(?:подзвонити|дзвонити|зателефонувати|викликати) (?:в |до )?поліці|"
    r"номер\w* на полиция|(?:обадя|обаждам|звънна|звъня) (?:се )?(?:на|в) полиция|"
    r"رقم (?:هاتف |طوارئ )?(?:ال)?شرطة|(?:اتصل|أتصل|الاتصال|بتصل) (?:ب)?(?:ال)?شرطة|"
    r"شماره (?:تلفن |تماس |اضطراری )?پلیس|(?:به|با) پلیس (?:زنگ|تماس)"
)
_POLICE_ASKED = re.compile(_POLICE_ASKED_WORDS)
# the police named in a sentence (the sentence side of the kind "police")
_POLICE_WORD = re.compile(
    r"police|polizei|polic[íi]a|\bpolis|policj|poli[țţt]i|полици|поліці|شرطة|پلیس"
)
_HELPLINE_WORDS = _HELPLINE_WORDS.replace("{police}", _POLICE_ASKED_WORDS)
_PATTERNS = [(kind, p.replace("{helpline}", _HELPLINE_WORDS)) for kind, p in _PATTERNS]
_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in _PATTERNS]
_HELPLINE = re.compile(_HELPLINE_WORDS)
# Blocking a lost card or account ("Which number do I call to block my card?"): the blocking
# hotline stands in the service's text, like a helpline; an office card has no such number.
# A number answered around the clock ("a free phone 24 hours a day", "rund um die Uhr") is a
# helpline's (an office's card lists office hours); only asked of a phone question.
_AROUND_THE_CLOCK = re.compile(
    r"24 ?(?:hours|h\b|std|stunden|heures|horas|saat|godzin|ore\b|часа|часов|години|ساعة|ساعت)|24/7|"
    r"around the clock|day and night|rund um die uhr|tag und nacht|jour et nuit|d[ií]a y noche|"
    r"gece gündüz|dzień i noc|zi [șs]i noapte|круглосуточн|цілодобов|денонощ|على مدار الساعة|شبانه ?روزی"
)
_BLOCKING = re.compile(
    r"\bblock|\bsperr|bloquer|bloquear|blo(?:ke|ka)\w*|\bblokuj|\bzablok|blocar|\bbloc(?:he\w*|a\b|a[tț]i\b|at\b)|"
    r"блокир|заблок|блокув|блокира|(?:مسدود|ایقاف|غیرفعال) (?:کن|کرد)|(?:ل)?(?:حظر|توقيف|إيقاف|ايقاف|تجميد)"
)
# A telephone number in a sentence: digits in groups, at least six in all ("08000 116 016"),
# the groups also parted by a spaced dash ("50 - 12345", the city's extension after its code).
PHONE_NUMBER = re.compile(r"(?<![\d.,])\+?\d(?:(?:[ /-]| - )?\d){5,}(?![\d.,]\d)")


# A short emergency number (permit12): 110, 112, 115, 116 … (Germany's 11x numbers), which the
# phone pattern's six digits miss ("112 is the emergency number for the ambulance service and the
# fire brigade"), as a number of its own, no amount or unit after it.
_SHORT_EMERGENCY_NUMBER = re.compile(
    r"(?<![\d.,])11\d(?![\d.,]?\d)(?!\s*(?:€|%|eur|euro|евро|євро|يورو|یورو|ساعت|hours|std))"
)


def gives_number(text: str, *, short: bool = True) -> bool:
    """Whether a sentence gives a number to call: a phone number or (`short`) a short emergency
    number."""
    return bool(PHONE_NUMBER.search(text) or (short and _SHORT_EMERGENCY_NUMBER.search(text)))


def numbers_in(text: str) -> frozenset[str]:
    """The numbers to call a text gives, digits only ("08000 116 016" -> "08000116016")."""
    found = [*PHONE_NUMBER.findall(text), *_SHORT_EMERGENCY_NUMBER.findall(text)]
    return frozenset(re.sub(r"\D", "", n) for n in found)


# The emergency a helpline question names, and the one a sentence's number is for (permit12):
# the texts give several numbers side by side (112 for the ambulance and the fire brigade, 110
# for the police, 116117 for a doctor at night, the Telefonseelsorge for a crisis), and a
# question that names its emergency ("there is a fire", "someone fainted and does not breathe",
# "I feel very low at night") was given the first number of the text (the medical on-call
# service's 116117). A number answers such a question only when its sentence names the same
# kind of emergency (`sentences._best_sentence`). Each kind in the 12 languages, read on the
# casefolded text of the question and of the sentence alike. The police is no kind: a crime's
# victims ask for the victims' line (116 006), which names no crime. "night" belongs to no kind (a
# doctor at night and a crisis at night), nor does the Arabic "نفس" (breath, and also the self:
# "ضيق نفسي", psychological distress).
EMERGENCY_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        # a life in danger: fire, unconsciousness, breathing, the heart, bleeding, poisoning,
        # the ambulance and the fire brigade (112)
        "life",
        re.compile(
            r"\bfire\b|smoke|burning|unconscious|faint|passed out|collaps|breath|chest pain|"
            r"heart attack|stroke\b|bleed|poison|ambulance|"
            r"feuer|brand\b|brennt|\brauch|bewusstlos|ohnmächt|ohnmacht|umgekippt|umkippt|kippt um|"
            r"atmet|atmung|atemnot|brustschmerz|herzinfarkt|schlaganfall|blutet|vergift|"
            r"rettungsdienst|krankenwagen|feuerwehr|"
            r"incendie|\bfeu\b|fumée|brûl|inconscient|évanoui|respir|poitrine|crise cardiaque|"
            r"saigne|empoisonn|intoxi|pompier|"
            r"incendio|fuego|humo|quema|desmay|pecho|infarto|sangra|envenen|ambulancia|bombero|"
            r"yangın|yangin|duman|bilinçsiz|bilinci|bayıl|bayil|nefes|göğüs ağr|kalp kriz|kanam|"
            r"zehirlen|ambulans|itfaiye|"
            r"pożar|pozar|ogień|dym\b|nieprzytomn|zemdla|zemdle|oddych|oddech|w klatce|zawał|"
            r"krwaw|zatru|karetk|straż pożar|"
            r"incendiu|\bfoc\b|\bfum\b|incon[șs]tient|le[șs]in|durere [îi]n piept|s[âa]nger|"
            r"otr[ăa]v|ambulan|pompier|"
            r"пожар|огонь|огън|дым|горит|без сознани|потерял\w* сознани|обморок|дыш|"
            r"боль в груди|инфаркт|кровотеч|отравл|скор\w* помощ|"
            r"пожеж|вогонь|дим\b|без свідомост|знепритомн|непритомн|дихає|дихан|"
            r"біль у грудях|отруєн|швидк\w* допомог|"
            r"безсъзнание|припадн|припад[ан]|диша|болка в гърд|кървене|отрав|линейк|бърза помощ|"
            r"حريق|دخان|فاقد الوعي|مغمى|اغمي|أغمي|إغماء|اغماء|يتنفس|تنفس|ألم في الصدر|"
            r"نوبة قلبية|نزيف|تسمم|إسعاف|اسعاف|إطفاء|اطفاء|"
            r"آتش|دود\b|بیهوش|غش کرد|نفس نمی|نفس نمی‌|تنفس|درد قفسه سینه|سکته|خونریزی|مسموم|"
            r"آمبولانس"
        ),
    ),
    (
        # a doctor on call when the practices are closed: fever, earache (116117)
        "on-call",
        re.compile(
            r"on[- ]call|doctor on duty|out-of-hours|bereitschaft|fieber|ohrenschmerz|de garde|"
            r"fièvre|fievre|de guardia|fiebre|nöbetçi|nobetci|ate[şs]i|dyżur|dyzur|gorączk|"
            r"de gard[ăa]|febr[ăa]|дежурн|температур|черговий|чергов\w* лікар|дежурен|"
            r"المناوب|مناوب|حرارة|حمى|کشیک|\bتب\b|"
            # a doctor needed when it is no emergency (number17: "if it is no emergency", told
            # with 112 before), in the 12 languages
            r"(?:not|no|isn't|is not) (?:an? |really )?(?:emergency|life-threatening)"
            r"(?! (?:number|line|service|call|doctor|room|department))|"
            r"kein(?:en)? (?:echte[rn]? )?notfall|nicht lebensgef[äa]hrlich|"
            r"(?:n'est )?pas (?:une |d')?urgence|pas grave|no (?:es )?(?:una )?(?:emergencia|urgencia)|"
            r"acil (?:bir durum )?de[ğg]il|nie (?:jest )?(?:to )?(?:nag[łl]y wypadek|nag[łl]a sytuacja|zagro[żz]enie [żz]ycia)|"
            r"nu (?:e|este) (?:o )?urgen[țţt]|не (?:\w+ )?(?:экстренн|срочн|неотложн)|не (?:е )?спешн|"
            r"не (?:\w+ )?(?:екстрен|невідклад|термінов)|(?:ليست?|مش|مو|ما|لم تكن) (?:\w+ )?(?:طارئ|طوارئ)|"
            r"اورژانسی نیست|اورژانس نیست"
        ),
    ),
    (
        # the emergency pharmacy (number17: its line 0800 00 22833 beside the doctors' 116117);
        # also typed without diacritics ("apteki dyzurnej", "nobetci eczane")
        "pharmacy",
        re.compile(r"pharmac|apothek|farmac|eczane|\bapte[kc]|аптек|صيدلي|داروخان"),
    ),
    (
        # an appointment booked by phone (number17: "The 116117 service also arranges
        # appointments" beside the Telefonseelsorge's crisis line)
        "appointment",
        re.compile(
            r"appointment|\btermin|rendez-vous|\bcitas?\b|randevu|wizyt|\bum[óo]wi|\bumawia|"
            r"programar|programăr|program[ăa]ri|записат|записаться|\bзапис|\bчас(?:ове)? (?:при|за|записва)|"
            r"записва|موعد|مواعيد|(?<!\w)حجز|احجز|نوبت|وقت (?:بگیر|گرفتن)|گرفتن وقت"
        ),
    ),
    (
        # violence against women and the women's shelter (number17: the shelter's and the
        # women's helpline's numbers, not the Telefonseelsorge, though all three are "lines of
        # trust" in Polish and Russian)
        "violence",
        re.compile(
            r"violen|gewalt|frauenhaus|(?:women'?s?|woman's) shelter|foyer pour femmes|"
            r"refugio para mujeres|casa de acogida|[şs]iddet|kad[ıi]n s[ıi][ğg][ıi]na|"
            r"przemoc|dom dla kobiet|violen[țţt]|ad[ăa]post pentru femei|насили|насильств|"
            r"приют для женщин|притул\w* для жінок|приют\w* за жени|العنف|معنف|دار (?:ال)?نساء|"
            r"خشونت|خانه امن"
        ),
    ),
    (
        # thoughts of suicide (112 in the mental health support's text, beside its crisis line)
        "suicide",
        re.compile(
            r"suicid|suizid|selbstmord|kill (?:my|him|her)self|intihar|samobój|sinucid|суицид|"
            r"самоуби|суїцид|самогуб|انتحار|خودکشی"
        ),
    ),
    (
        # a crisis of the mind: feeling low or bad, lonely, sad, desperate, wanting to talk to
        # someone, the crisis line itself (Telefonseelsorge, a line of trust)
        "crisis",
        re.compile(
            r"seelsorge|crisis|feel(?:ing)? (?:\w+ )?(?:low|down|bad|terrible|awful)|depress|"
            r"lonely|\bsad\b|desperate|talk to (?:some|any)one|krise|einsam|traurig|"
            r"verzweifel|mit jemandem (?:reden|sprechen)|schlecht geht|fühle mich schlecht|"
            r"crise\b|déprim|triste|parler à quelqu|désespér|"
            r"crisis|deprim|hablar con alguien|desesper|kriz|yalnız|yalniz|"
            r"üzgün|depresyon|konuşaca|kötüyüm|kotuyum|kötü hisse|umutsuz|kryzys|samotn|smutn|"
            r"depres|porozmawia|źle się czuj|załaman|criz[ăa]|trist|s[ăa] vorbesc cu|"
            r"disperat|кризис|одинок|грустн|депресс|поговорить|плохо на душе|на душе|доверия|"
            # the line of trust (number17: "telefon zaufania", "telefonul încrederii",
            # "телефон на доверието")
            r"zaufania|[îi]ncreder|доверие|"
            r"криз|самотн|сумн|депрес|поговорит|на душі|довіри|самот|тъжн|да поговоря|"
            r"أزمة|ازمة|وحيد|حزين|اكتئاب|احكي|أحكي|ضيق نفسي|نفسية|بحران|غمگین|افسرده|"
            r"حرف بزنم|حالم بد|روحی"
        ),
    ),
)


def emergency_kinds(text: str, *, asked: bool = False) -> frozenset[str]:
    """The kinds of emergency a question (`asked`) or a sentence names (`EMERGENCY_KINDS`);
    the police (number12) when a question names it as the one to call (`_POLICE_ASKED`) or a
    sentence names it at all (`_POLICE_WORD`)."""
    lowered = text.casefold()
    named = frozenset(name for name, words in EMERGENCY_KINDS if words.search(lowered))
    # (number17) the pharmacy's duty words are the doctor's ("pharmacie de garde", "apteka
    # dyżurna", "nöbetçi eczane", "дежурная аптека", "صيدلية مناوبة"): a pharmacy named is no
    # doctor on call; and the women's lines are "lines of trust" ("telefon zaufania „Przemoc
    # wobec kobiet"") like the Telefonseelsorge: violence named is no crisis line asked
    if "pharmacy" in named:
        named -= {"on-call"}
    if "violence" in named:
        named -= {"crisis"}
    police = _POLICE_ASKED if asked else _POLICE_WORD
    return named | {"police"} if police.search(padded(text) if asked else lowered) else named


@functools.lru_cache(maxsize=1024)
def asks_helpline(text: str) -> bool:
    """Whether a phone question asks a helpline's number (a line by name, or one answered
    around the clock), or the number that blocks a lost card (all answered from the service's
    text)."""
    lowered = padded(text)
    return any(p.search(lowered) for p in (_HELPLINE, _BLOCKING, _AROUND_THE_CLOCK))


# What a question measures, read around its "how much / how many" word (`classify`).
# The generic word alone says nothing: "скільки" asks days in "за скільки днів", money in
# "скільки коштує"; "ne kadar" asks time in "ne kadar önceden", money in "ne kadar tutar".
# (the Romanian "câți" is also typed without diacritics, "cati": "dupa cati ani")
_HOW_MUCH_WORDS = (
    r"how (?:much|many|long|far)|wie ?viele?n?|wie lange?|combien|cu[aá]nt[oa]s?|ne kadar|"
    # the Polish "ile" and its case form "ilu" ("po ilu latach", after how many years)
    r"ka[cç]\b|\bile\b|\bilu\b|\bc[aâ]t[eă]?\b|c[aâ]ți|\bcati\b|jak d[lł]ugo|(?<!\w)сколько|как долго|(?<!\w)скільки|"
    # their case forms after a preposition ("в течение скольких дней", "протягом скількох
    # днів", within how many days; duration17)
    # (not an age: "со скольких лет")
    r"(?<!\w)скольких(?!\w)(?!\s+лет)|(?<!\w)скількох(?!\w)(?!\s+рок)|"
    r"як довго|наскільки|(?<!\w)колко|\b[لب]?كم\b|\bكام\b|قديش|أديش|اديش|چقدر|\bچند\b|چه مدت|"
    r"いくら|どのくらい|どれくらい|何"
)
_TIME_UNITS = (
    r"days?\b|weeks?\b|months?\b|years?\b|hours?\b|minutes?\b|\btime\b|\blong\b|\bin advance|"
    r"tage?n?\b|wochen?\b|monate?n?\b|jahre?n?\b|stunden?\b|\bzeit\b|\blange?\b|\bvorher\b|"
    # the French and Romanian year "an" only after a word that goes with a year ("par an",
    # "un an", "l'an", "pe an"), not the English article ("How much is an extension?" was a
    # time counted, a deadline; fee17)
    r"jours?\b|semaines?\b|\bmois\b|\bans\b|"
    r"(?:(?<=\bpar )|(?<=\bpe )|(?<=\bun )|(?<=\bl')|(?<=\bl’)|(?<=\bchaque )|(?<=\bfiecare )|"
    r"(?<=\bcet )|(?<=\bacest )|(?<=\bdernier )|(?<=\bultimul ))an\b|"
    r"ann[ée]es?\b|heures?\b|\btemps\b|à l'avance|"
    r"días?\b|dias?\b|semanas?\b|\bmes(?:es)?\b|años?\b|horas?\b|tiempo\b|antelación|"
    r"antelacion|\bgün|\bgun\b|hafta|\bay\b|\baylık|yıl|\byil|saat|süre|sure\b|zaman|vakt|"
    # the Polish month is "miesiąc", "miesiące", "miesięcy"; the years "lat", "lata", "latach"
    r"önceden|onceden|\bdni\b|dzie[nń]|tygodni|miesi[ąęe]c|\blat(?:a|ach)?\b|rok|godzin|"
    r"czasu?\b|wyprzedzeniem|\bzile\b|\bzi\b|săptămân|saptaman|\bluni\b|\blună|\bluna\b|"
    r"\bani\b|\bore\b|\boră|\bora\b|timp\b|în avans|in avans|\bдн|недел|месяц|\bгод|\bлет\b|"
    r"\bчас|врем|заранее|заблаговременно|тижн|місяц|\bрок|годин|заздалегідь|наперед|"
    r"седмиц|месец|\bдни|\bдена|\bден\b|предварително|يوم|أيام|ايام|أسبوع|اسبوع|شهر|أشهر|"
    r"اشهر|سنة|سنوات|ساعة|ساعات|وقت|مسبق|روز|هفته|ماه|سال|ساعت|زمان|از قبل|"
    r"日|週間|か月|ヶ月|年|時間"
)
# how much / how many … within two words of a time unit
_HOW_MUCH = re.compile(_HOW_MUCH_WORDS)
# a how-much word and the unit after it ("how many hours")
_HOW_MUCH_THEN_UNIT = rf"(?:{_HOW_MUCH_WORDS})(?:\s+\S+){{0,2}}?\s*(?:{_TIME_UNITS})"
_HOW_MUCH_TIME = re.compile(
    r"how long|wie lange?\b|jak d[lł]ugo|как долго|як довго|колко дълго|چه مدت|"
    rf"{_HOW_MUCH_THEN_UNIT}"
    # "ile mam czasu", "combien de temps ai-je", "خلال كم يوم": the unit may come first too;
    # not the English article "an" as the French year ("for an Ausbildung, how many hours …"
    # lost its Ausbildung from the content words); not the Arabic month "شهر" first, which is
    # the Persian city ("کلاس زبان در این شهر چقدر است؟" asks a price; Arabic counts months
    # with the how-much word first: "كم شهر")
    rf"|(?!an\b)(?!شهر)(?:{_TIME_UNITS})\s*(?:\S+\s+){{0,1}}(?:{_HOW_MUCH_WORDS})"
)
_HOW_MUCH_UNIT = re.compile(_HOW_MUCH_THEN_UNIT)
# The units of time, each in the 12 languages (casefolded): a question that asks "in how many
# days" is answered by the sentence that counts days ("within three days"), not the one that
# counts months (`asked_units`, `Sentence.units`). A word one language uses for two units
# (uk "година" is an hour, bg "година" a year) is one unit here: a question and a sentence of
# one language still agree.
_UNITS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (unit, re.compile(pattern))
    for unit, pattern in (
        (
            "day",
            r"\bdays?\b|\btag(?:e|en|es)?\b|werktag|arbeitstag|kalendertag|\bjours?\b|"
            r"\bd[ií]as?\b|\bgün|\bgun\b|\bdni(?:a)?\b|\bdzie[nń]\b|\bzil(?:e|ei|ele)?\b|\bzi\b|"
            r"\bдн(?:ей|я|и|ів|і)\b|\bдень\b|\bден(?:а)?\b|يوم|أيام|ايام|روز|日",
        ),
        (
            "week",
            r"\bweeks?\b|woche|semaines?\b|semanas?\b|hafta|tydzie[nń]|tygodn|săptămân|"
            r"saptaman|недел|тижн|тиждень|седмиц|أسبوع|اسبوع|أسابيع|اسابيع|هفته|週",
        ),
        (
            "month",
            r"\bmonths?\b|monat|\bmois\b|\bmes(?:es)?\b|\bay(?:da|dan|lık|lik|ı|i|ın|a)?\b|\baylı[ğk]\w*|"
            r"miesi[ąęa]c|\blun[ăai]\b|\bluni(?:le|lor)?\b|месяц|місяц|месец|شهر|أشهر|اشهر|شهور|"
            # the Persian "ماه" as a word of its own ("سه ماه", "ماهانه"), not inside the
            # Arabic "الماهرة" nor the Persian "ماهر" (skilled)
            r"(?<!\w)ماه(?!ر)|か月|ヶ月|カ月",
        ),
        (
            "year",
            r"\byears?\b|\bjahr|\bans\b|\bann[ée]es?\b|\baños?\b|\byıl|\byil\b|\bsene|"
            r"\blat(?:a|ach)?\b|\brok(?:u|i)?\b|\bani(?:i|lor)?\b|\banul|\bгод(?:а|у)?\b|\bлет\b|"
            r"\bр(?:ік|оку|оки|оків)\b|سنة|سنوات|سنين|سنتين|سنتان|عامين|عامان|عامًا|عاما|أعوام|اعوام|\bسال|年",
        ),
        (
            "hour",
            r"\bhours?\b|stunde|heures?\b|\bhoras?\b|\bsaat|godzin|\bore\b|\boră|\bora\b|"
            # the Ukrainian "під час" is "during" (its hour is "година")
            r"(?<!під )\bчас(?:а|ов)?\b|годин|ساعة|ساعات|ساعت|時間",
        ),
    )
)


# The units in Persian text: the Arabic month "شهر" (and its forms) is the Persian word for
# the city ("در شهر برلین", "شهرداری", "شهروند", "شهریه"): there the month is only "ماه".
_ARABIC_MONTH = r"شهر|أشهر|اشهر|شهور|"
_UNITS_PERSIAN: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (unit, re.compile(pattern.pattern.replace(_ARABIC_MONTH, "")) if unit == "month" else pattern)
    for unit, pattern in _UNITS
)
# Letters Persian writes and Arabic does not (pe, che, zhe, gaf, keheh, the Farsi yeh): a text
# with one of them is Persian, whatever language a caller could not pass on.
_PERSIAN_LETTERS = re.compile(f"[{''.join(sorted(FA_LETTERS))}]")


def reads_persian(text: str, language: str = "") -> bool:
    """Whether a text is read as Persian: its language, or (none given) its letters."""
    if language:
        return language == "fa"
    return _PERSIAN_LETTERS.search(text) is not None


def units_in(text: str, persian: bool | None = None) -> frozenset[str]:
    """The units of time a (casefolded) text names. `persian`: whether it is Persian text (the
    month is "ماه" only; None: read from its letters, `reads_persian`); a part of a text is
    read as its whole text is."""
    if persian is None:
        persian = reads_persian(text)
    units = _UNITS_PERSIAN if persian else _UNITS
    return frozenset(unit for unit, pattern in units if pattern.search(text))


# The units from the shortest to the longest: a question that counts in one is answered in the
# same or a neighbouring unit ("how many days" -> "within two weeks"), never in one two steps
# away or more (hours asked: "ein Jahr vorher", "sześć miesięcy" speak of something else).
UNIT_ORDER = ("hour", "day", "week", "month", "year")


def units_far_apart(asked: frozenset[str], stated: frozenset[str]) -> bool:
    """Whether every unit a sentence states is at least two steps from every asked unit."""
    if not asked or not stated:
        return False
    return all(abs(UNIT_ORDER.index(a) - UNIT_ORDER.index(s)) >= 2 for a in asked for s in stated)


# A period's length in days, by unit (`period_days`, `period_bound`).
_UNIT_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}
# The numbers one to twelve as words, in the 12 languages (casefolded, their common case
# forms): how many units a period counts ("drei Monate", "трьох місяців", "سه ماه"). One is
# also the indefinite article ("ein Jahr", "un año", "bir yıl"). The Arabic dual is the unit's
# own form ("سنتين", "شهرين": `_DUAL`).
_NUMBER_VALUES: tuple[tuple[int, str], ...] = (
    (
        1,
        "one a an ein eine einen einem einer un une uno una bir jeden jedna jedno jednego "
        "jednej o unu одна один одну одного одной одні един една една واحد واحدة یک",
    ),
    (2, "two zwei deux dos iki dwa dwie dwóch doi două doua два две двух дві двох двама دو"),
    (3, "three drei trois tres üç trzy trzech trei три трёх трех трьох ثلاثة ثلاث سه"),
    (
        4,
        "four vier quatre cuatro dört cztery czterech patru четыре четырёх четырех чотири "
        "чотирьох четири أربعة أربع اربعة اربع چهار",
    ),
    (5, "five fünf cinq cinco beş pięć pięciu cinci пять пяти п'ять п’ять п'яти пет خمسة خمس پنج"),
    (6, "six sechs seis altı sześć sześciu șase şase шесть шести шість шести шест ستة ست شش"),
    (7, "seven sieben sept siete yedi siedem siedmiu șapte семь семи сім семи седем سبعة سبع هفت"),
    (
        8,
        "eight acht huit ocho sekiz osiem ośmiu opt восемь восьми вісім восьми осем ثمانية ثماني "
        "ثمان هشت",
    ),
    (
        9,
        "nine neun neuf nueve dokuz dziewięć dziewięciu nouă девять девяти дев'ять дев’ять девет "
        "تسعة تسع نه",
    ),
    (10, "ten zehn dix diez on dziesięć dziesięciu zece десять десяти десет عشرة عشر ده"),
    (
        11,
        "eleven elf onze once onbir jedenaście unsprezece одиннадцать одинадцять единадесет یازده",
    ),
    (
        12,
        "twelve zwölf douze doce oniki dwanaście douăsprezece двенадцать дванадцять дванадесет "
        "دوازده",
    ),
)
_NUMBER_VALUE = {word: value for value, words in _NUMBER_VALUES for word in words.split()}
_DUAL = re.compile(r"(?:سنتين|سنتان|عامين|عامان|شهرين|شهران|أسبوعين|اسبوعين|يومين|يومان)")
# A period bounded from below ("mehr als drei Monate", "Üç aydan uzun", "لأكثر من ثلاثة أشهر",
# "понад три місяці") or from above ("bis zu drei Monate", "Üç aya kadar", "до трьох місяців",
# "حداکثر سه ماه"), 12 languages (casefolded).
_BOUND_OVER = re.compile(
    r"more than|longer than|\bover\b|mehr als|länger als|\büber\b|plus de|au-del[àa] de|"
    r"m[áa]s de|\buzun\b|fazla|ponad|powyżej|więcej niż|mai mult de|peste|более|больше|свыше|"
    r"понад|більше|повече от|\bнад\b|أكثر من|اكثر من|بیش از|بیشتر از"
)
_BOUND_UP_TO = re.compile(
    r"up to|at most|no more than|bis zu|\bbis\b|höchstens|jusqu'[àa]|au plus|hasta|como m[áa]ximo|"
    r"\bkadar\b|en fazla|\bdo\b|najwyżej|până la|cel mult|\bдо\b|не более|не більше|най-много|"
    r"تصل إلى|حتى|كحد أقصى|حداکثر|(?<!\w)تا(?!\w)"
)


_ELIDED = re.compile(r"^[dl]['’]")


def _number_before(words: list[str], i: int) -> int | None:
    """The number (a figure or a number word) right before the word at `i`, or None."""
    if i == 0:
        return None
    # the Turkish İ casefolds with a combining dot ("i̇ki"); the French elided "d'un an"
    word = _ELIDED.sub("", words[i - 1].strip(".,;:!?()").replace("\u0307", ""))
    if word.isdigit():
        return int(word)
    return _NUMBER_VALUE.get(word)


# how many words before a period's number a bound word may stand ("mehr als drei Monate")
BOUND_WORDS = 3


def _periods(text: str, language: str = "") -> list[tuple[float, str]]:
    """The periods a (casefolded) text counts, in days, each with the words before it: a unit
    word and the number before it (a figure or a word; none is one: "prorrogar por año"), or
    an Arabic dual ("سنتين"). The Bulgarian "година" is a year (`units_in` reads the Ukrainian
    hour)."""
    words = text.split()
    found = []
    persian = reads_persian(text, language)
    for i, word in enumerate(words):
        units = units_in(word, persian)
        # the Romanian singular year "an" ("pentru un an"), the English article elsewhere;
        # after a number the French year too (fee17: "d'un an"; not the German separable
        # verb's "an": "Der Kurs fängt am 3. an")
        if word.strip(".,;:!?()") == "an" and (
            language == "ro" or (language == "fr" and _number_before(words, i) is not None)
        ):
            units = frozenset({"year"})
        if len(units) != 1:
            continue
        (unit,) = units
        if language == "bg" and word.startswith("годин"):
            unit = "year"
        number = 2 if _DUAL.search(word) else _number_before(words, i)
        before = " ".join(words[max(0, i - 1 - BOUND_WORDS) : i])
        found.append(((number or 1) * _UNIT_DAYS[unit], before))
    return found


def names_periods_only(text: str) -> bool:
    """Whether every unit of time a (`padded`) question names is a period it counts itself, a
    number before it ("deux mois", "bir yıl", "d'un an", "سنتين"), and there is one: the
    question names a period, it asks no time."""
    words = text.split()
    persian = reads_persian(text)
    found = False
    for i, word in enumerate(words):
        if word.strip(".,;:!?()") == "an":
            if _number_before(words, i) is None:
                continue
        elif not units_in(word, persian):
            continue
        if not _DUAL.search(word) and _number_before(words, i) is None:
            return False
        found = True
    return found


def asked_period(text: str, language: str = "") -> float | None:
    """The one period a question names, in days ("for another 2 years", "por un año", "bir
    yıl"), or None: none, several, or one the question bounds itself ("für mehr als 3
    Monate" is a variant's own words, which its naming picks)."""
    periods = _periods(padded(text), language)
    if len({days for days, _before in periods}) != 1:
        return None
    days, before = periods[0]
    if _BOUND_OVER.search(before) or _BOUND_UP_TO.search(before):
        return None
    return days


def period_bound(text: str, language: str = "") -> tuple[str, float] | None:
    """The bound a variant's qualifier sets on a period: ("over", days) for "more than three
    months", ("up_to", days) for "up to three months", or None."""
    lowered = text.casefold()
    periods = [days for days, _before in _periods(lowered, language)]
    if len(periods) != 1:
        return None
    if _BOUND_OVER.search(lowered):
        return "over", periods[0]
    if _BOUND_UP_TO.search(lowered):
        return "up_to", periods[0]
    return None


def within_bound(days: float, bound: tuple[str, float]) -> bool:
    """Whether a period of `days` falls within a variant's bound (`period_bound`)."""
    direction, limit = bound
    return days > limit if direction == "over" else days <= limit


# A count per period ("how many days a year", "wie viele Stunden pro Woche", "скільки годин на
# тиждень"): the period is the rate's unit. "A / per / in the" with the unit, or the adverb,
# in the 12 languages (casefolded).
_PER_PERIOD: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (unit, re.compile(pattern))
    for unit, pattern in (
        (
            "day",
            r"\b(?:a|per|each|every) day\b|\b(?:pro|je|am) tag\b|täglich|\bpar jour\b|"
            r"\b(?:al|por|cada) d[ií]a\b|\bgünde\b|\bgünlük|\bna dzie[nń]\b|dziennie|"
            r"\bpe zi\b|\bîntr-o zi\b|\b(?:в|на|за) день\b|щодня|ежедневно|\bна ден\b|"
            r"дневно|في اليوم|يوميا|(?:در|هر) روز|روزانه",
        ),
        (
            "week",
            r"\b(?:a|per|each|every) week\b|\b(?:pro|je|in der) woche\b|wöchentlich|"
            # the hours of the week as one German word ("Wie viele Wochenstunden …?",
            # "Wochenarbeitsstunden"; agree20): hours counted per week
            r"(?<!\w)wochen(?:arbeits)?stunde|"
            r"\bpar semaine\b|\b(?:a la|por|cada) semana\b|\bhaftada\b|\bhaftalık|"
            r"\bw tygodniu\b|\bna tydzie[nń]\b|tygodniowo|\bpe săptămână\b|\bpe saptamana\b|"
            r"\b(?:в|на|за) недел[юе]\b|еженедельно|\b(?:у|в|на|за) (?:тиждень|тижні)\b|"
            r"щотижня|\b(?:на|в|за) седмица(?:та)?\b|седмично|(?:في|كل) (?:ال)?(?:أسبوع|اسبوع)|"
            r"(?:أ|ا)سبوعي(?:ا|ًا|اً)|(?<!\w)بال(?:أسبوع|اسبوع)(?!\w)|(?:در|هر) هفته|هفتگی|"
            # the rate's adjective or adverb ("10 a 12 horas semanales", "weekly")
            r"\bweekly\b|\bhebdomadaire|\bsemanal(?:es|mente)?\b|\btygodniow|\bsăptămânal|"
            r"\bsaptamanal|еженедельн|щотижнев|(?<![\w-])седмич(?:ен|н)",
        ),
        (
            "month",
            r"\b(?:a|per|each|every) month\b|\b(?:pro|je|im) monat\b|monatlich|\bpar mois\b|"
            r"\b(?:al|por|cada) mes\b|\bayda\b|\baylık|\bw miesiącu\b|\bna miesiąc\b|"
            r"miesięcznie|\bpe lună\b|\bpe luna\b|\b(?:в|на|за) месяц\b|ежемесячно|"
            r"\b(?:у|в|на|за) місяць\b|щомісяця|\b(?:на|в|за) месец(?:а)?\b|месечно|"
            r"(?:في|كل) (?:ال)?شهر|شهري(?:ا|ًا|اً)|(?<!\w)بالشهر(?!\w)|(?:در|هر) ماه|ماهانه|"
            r"\bmonthly\b|\bmensuel|\bmensual(?:es|mente)?\b|\bmiesięczn|\blunar(?:e|ă)?\b|"
            r"ежемесячн|щомісячн|(?<![\w-])месеч(?:ен|н)",
        ),
        (
            "year",
            r"\b(?:a|per|each|every) year\b|\b(?:pro|je|im) jahr\b|jährlich|"
            r"\bpar (?:an|année)\b|\b(?:al|por|cada) año\b|\byılda\b|\byilda\b|\bsenede\b|"
            r"\byıllık|\bw roku\b|\bna rok\b|rocznie|\bpe an\b|\bîntr-un an\b|"
            r"\b(?:в|на|за) (?:год|году)\b|ежегодно|\b(?:у|в|на|за) (?:рік|році)\b|щороку|"
            r"\b(?:на|в|за) година(?:та)?\b|годишно|(?:في|كل) (?:ال)?(?:سنة|عام)|سنويا|"
            r"(?:در|هر) سال|سالانه|سنوي(?:ًا|اً)|(?<!\w)بال(?:سنة|عام)(?!\w)|"
            r"\byearly\b|\bannual(?:ly)?\b|\bannuel|\banual(?:es|mente|e|ă)?\b|(?<![\w-])roczn|"
            r"ежегодн|щорічн|(?<![\w-])годиш(?:ен|н)",
        ),
    )
)


@functools.lru_cache(maxsize=1024)
def asked_rate(text: str) -> frozenset[str]:
    """The period a question counts its units per ("how many days a year": the year), or
    nothing: a sentence that answers it names that period too ("140 ganze Tage im Jahr"), not
    only the counted unit ("within 90 days of entry")."""
    lowered = padded(text)
    return frozenset(unit for unit, pattern in _PER_PERIOD if pattern.search(lowered))


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
# How much earlier or how far ahead, no unit of time counted ("Ile wcześniej trzeba zgłosić
# ślub?", "How much earlier …", "wie viel früher", "ne kadar önce", "cu cât mai devreme",
# "насколько заранее", "за сколько до свадьбы", "колко по-рано", "چقدر زودتر"; none18): a
# time before something, by when, not a price ("ile", "ne kadar", "колко" alone read as
# one). A comparative of earlier or ahead may follow one word on ("cu cât mai devreme"); a
# bare before-word only at once, and the Russian and Ukrainian "до" only after "за сколько"
# ("сколько стоит до 18 лет" asks a price).
_EARLIER_WORDS = (
    r"earlier|in advance|ahead|früher|fruher|im voraus|vorher|plus tôt|plus tot|à l'avance|"
    r"a l'avance|más temprano|mas temprano|de antelación|de antelacion|daha erken|önceden|"
    r"onceden|wcześniej|wczesniej|devreme|din timp|în avans|in avans|раньше|заранее|"
    r"заблаговременно|раніше|заздалегідь|наперед|по-рано|по рано|предварително|"
    r"بدري|أبكر|ابكر|مسبق|زودتر|از قبل"
)
# the one word that may stand between: a comparative ("cu cât mai devreme"), not a noun ("Ile
# pieniędzy wcześniej muszę mieć?" asks money; review of none18); nor the Persian "پیش", also
# the deposit ("چقدر پیش باید بدم برای اجاره خونه؟")
_COMPARATIVE = r"(?:mai|more|much|even|noch|daha|bardziej|jeszcze|encore|aún|aun|ещё|еще|ще|още)"
_HOW_MUCH_EARLIER = re.compile(
    rf"(?:{_HOW_MUCH_WORDS}|насколько)(?:\s+{_COMPARATIVE})?\s+(?:{_EARLIER_WORDS})(?!\w)|"
    rf"(?:{_HOW_MUCH_WORDS})\s+(?:önce|once|przed|[îi]nainte|преди|قبل)(?!\w)|"
    r"за (?:сколько|скільки) до(?!\w)"
)
# How soon, asked with no must ("How soon can we get a first appointment?", "¿Qué tan pronto nos
# dan cita?", "Как скоро можно попасть …?", "Колко скоро …?"; none18): how long until one gets
# it, the processing time; with a must it stays by when ("How soon after the birth do we have
# to report our baby?"), and applying stays a time limit ("How soon can I apply …?").
_HOW_SOON = re.compile(
    r"how soon|wie bald|qu[eé] tan pronto|cu[aá]n pronto|c[aâ]t de cur[aâ]nd|cat de curand|"
    r"как скоро|насколько скоро|як скоро|наскільки скоро|колко скоро"
)
# ... nor with a should, as with a must ("How soon should I report my new address?", "Wie bald
# sollten wir das Baby anmelden?", "¿Qué tan pronto deberíamos registrar al bebé?"; review of
# none18)
_SHOULD = re.compile(
    r"\bshould\b|\bought to\b|\bsollt?e?n?\b|\bsoll\b|deber[íi]a|deber[íi]amos|\bdevrais|"
    r"devrions|devrait|ar trebui|powinien|powinn|следует|слід|варто|gerekir|m[ae]l[ıi]y[ıi]|"
    r"ينبغي"
)
# The before-word first, as spoken Arabic says it ("قبل قديش لازم احجز …؟", "قبل كم يوم"): how
# long before, not a price, though no unit of time follows ("قديش" alone reads as a cost).
_BEFORE_HOW_MUCH = re.compile(r"(?<!\w)(?:قبل|بقبل) (?:ب)?(?:قديش|قدّيش|أديش|اديش|كم|كام)(?!\w)")
# Taking or waiting ("how long does it take", "ne kadar sürüyor", "كم تستغرق", "until they
# decide"): how long it takes.
_PROCESS = re.compile(
    r"\btakes?\b|\btaking\b|\bwait|decide|decision|process|\bdauer|\bwarte|entscheid|"
    r"bearbeit|\bprend|\bdure|attendre|décid|traitement|tarda|\bdura\b|durar|esperar|decid|"
    r"tramit|sür(?:er|üyor|uyor|ecek|ebilir)|sur(?:er|uyor|ebilir)|bekle|karar|\btrwa|czeka|decyz|rozpatr|"
    r"durea[zs]|dureaz|aștept|astept|decizi|занима|займ|\bжда|\bподожд|ожида|(?<!раз)решени|рассм|\bтрива|"
    r"чека|ріш|розгляд|обрабатыва|обработа|опрацьов|обработва|отнема|продължава|(?<!раз)реш|يستغرق|تستغرق|انتظار|أنتظر|انتظر|قرار|"
    r"معالجة|طول می|طول میکشد|طول|صبر|منتظر|تصمیم|بررسی|かかる|かかり|待|"
    # how long it lasts: "сколько может длиться", "колко трае", Levantine "بتاخد وقت"
    r"(?<!про)длит|\bтрае|(?<!\w)(?:ي|ت)(?:دوم|ستمر)|بتاخد|بياخد|بتاخذ|بياخذ|بتطول|بيطول|تاخد وقت|ياخد وقت|"
    # an office making the thing, said with an impersonal "they" ("Сколько недель делают
    # карту?", "Скільки днів виготовляють паспорт?", "Ile dni robią dowód?"): how long it takes
    r"\bделают|\bсделают|изготавлива|изготовят|\bоформляют|\bоформят|\bготовят|\bпечатают|"
    r"\bроблять|\bзроблять|виготовля|виготовлять|\bоформлюють|\bоформлять|\bготують|\bдрукують|"
    r"\bправят|изготвя|\brobią|\brobia\b|\bzrobią|\bzrobia\b|wyrabiaj|\bprzygotowuj|"
    # the same making said of the thing itself, reflexive ("Сколько по времени оформляется
    # виза?", "скільки виготовляється картка", "ile robi się dowód", "колко се изготвя"):
    # how long it takes
    r"\bделается|\bоформляется|\bготовится|\bпечатается|\bробиться|\bоформлюється|"
    r"\bготується|\bдрукується|\brobi się|\brobi sie|\bсе прави|\bсе оформя|\bсе обработва"
)
# The spoken Arabic verb of taking, which is also getting ("بياخد ابني", my son gets).
_TAKES_OR_GETS = re.compile(
    r"(?<!\w)(?:بياخد|بتاخد|بياخذ|بتاخذ|ياخد|ياخذ|يأخذ|تاخد|تاخذ|تأخذ)(?!\w)"
)
# Checking an application, beside a how-long word ("How long does the office need to check
# …?", "Jak długo urząd sprawdza …?"): how long it takes. Alone it is no time ("Jak sprawdzić,
# ile mam …?" asks how to look something up).
_CHECKING = re.compile(
    r"\bcheck|examin|\bverif|\bprüf|\bpruf|vérifi|\bexamen|comprueb|comprobar|revisa|"
    r"incele|kontrol ed|sprawdz|weryfik|rozpatruj|verific|провер|перевір|проверява|"
    r"تدقيق|يدقق|فحص|يفحص|التحقق|رسیدگی"
)
# What an office's work yields or the time the office needs, beside a how-long word and with
# no must (twenty-fifth session, lane body15): the result or answer awaited ("How long until
# the result?", "Wie lange bis zum Ergebnis?", "Cât timp până la rezultat?"), the office
# needing time ("Wie lange braucht das Amt …?", "How long does the office need?", "Combien de
# temps met l'office …?", "ile czasu potrzebuje urząd"), something happening to the asker
# ("How long until a social worker sees me?", "¿Cuánto tiempo hasta que me vea …?"): how long
# it takes, not a time limit (the deadlines hold none of it).
_AWAITED_WORK = re.compile(
    r"\bresults?\b|\banswer(?!\w* period)|\breply\b|ergebnis|\bantwort|\bbescheid\b|r[ée]sultat|r[ée]ponse|"
    r"resultado|respuesta|sonu[çc]|\bcevap|\byan[ıi]t|\bwynik|odpowied|rezultat|r[ăa]spuns|"
    r"результат|резултат|ответ|відповід|отговор|نتيجة|نتیجه|جواب|پاسخ|(?<!\w)(?:ال)?رد(?!\w)|"
    r"\bdoes (?:the |it |they |\S+ ){0,4}?need\b|\bdo they need\b|\bnecesitan? (?:la|el|los|las)\b|"
    r"\bbrauch(?:t|en) (?:das|die|der|sie|es|man)\b|\bbenötig(?:t|en) (?:das|die|der|sie|es|man)\b|"
    r"\bmet(?:tent)? (?:l'|le |la |les |-ils|-elles|ils |elles )|\bmettent\b|\bdemora|"
    r"\bpotrzebuj(?:e|ą|a)\b|\b(?:are|au) nevoie\b|يحتاج|بيحتاج|(?<!\w)تحتاج|بدها وقت|"
    r"(?:how long|wie lange)(?: \S+){0,3}? (?:until|till|bis)\b(?! (?:i|we|ich|wir|man) (?:can|may|kann|darf))|"
    r"combien de temps (?:\S+ ){0,2}?(?:jusqu'à ce qu|avant qu)|"
    r"cu[aá]nto tiempo (?:\S+ ){0,2}?hasta que|jak d[łl]ugo (?:\S+ ){0,2}?(?:zanim|aż)|"
    r"ile czasu (?:\S+ ){0,2}?(?:zanim|aż)|c[aâ]t timp (?:\S+ ){0,2}?p[âa]n[ăa]|"
    r"сколько времени (?:\S+ ){0,2}?(?:пока|до того как)|скільки часу (?:\S+ ){0,2}?(?:поки|до того як)|"
    r"колко време (?:\S+ ){0,2}?(?:докато|преди да)"
)
# Making or printing a card or a document (agree24: "need to make the card", "herzustellen",
# "para hacer mi tarjeta", "na wyprodukowanie", "لصنع البطاقة"): beside a counted time and the
# office's need it is how long the office takes; opening an account within ten days stays the
# bank's time limit. 12 languages, casefolded.
_MAKING = re.compile(
    r"\bmake\b|\bmaking\b|\bproduc|\bprint|manufactur|herstell|herzustell|produzier|\bdruck|"
    r"fabriqu|produire|imprim|\bhacer\b|fabrica|producir|\byap(?:mak|ıl|il)|[üu]ret|\bbas(?:mak|ıl)|"
    r"produk|wyprodukow|\bzrobi|wydruk|\bface\b|\bfacă\b|tip[ăa]ri|изготов|сделать|напечат|"
    r"виготов|зробити|надрук|изработ|направи|отпечат|صنع|طباعة|إنتاج|انتاج|ساخت|تولید|چاپ"
)
# The office's need in English ("does the Federal Printing Office need to make the card"): its
# "need to" is the office's time, no must of the asker (agree24).
_OFFICE_NEEDS = re.compile(r"\bdoes (?:the |it |they |\S+ ){0,4}?need to\b")
# Until something is received or arrives ("how long until I get my card", "combien de temps
# avant de recevoir", "cât timp până primesc"): how long it takes, even with a word of "before".
_UNTIL_RECEIVED = re.compile(
    r"\buntil (?:i|we) (?:\S+ )?(?:get|receive|have)\b|\buntil (?:\S+ ){1,3}(?:arrives?|comes?|is ready)\b|"
    r"\bbefore (?:i|we) (?:get|receive)\b|\bbis ich (?:\S+ ){0,4}(?:bekomme|erhalte|habe|kriege)\b|"
    r"\bbis (?:\S+ ){1,4}(?:kommt|ankommt|da ist|fertig ist)\b|avant de (?:recevoir|l'avoir|avoir)\b|"
    r"avant (?:que |qu')(?:\S+ ){0,3}(?:arrive|reçoive|soit prête?)\b|"
    r"hasta que (?:me )?(?:llegue|den|reciba|tenga|esté lista?)\b|hasta (?:recibir|tener)\b|"
    r"zanim (?:\S+ )?(?:dostan[ęe]|otrzymam|przyjdzie|b[ęe]dzie gotow)|"
    r"p[âa]n[ăa] (?:s[ăa] |c[âa]nd )?(?:primesc|(?:[îi]mi )?vine|ajunge|e gata)\b|"
    r"пока (?:не )?(?:придёт|придет|получу|дадут|сделают|будет готов)|"
    r"поки (?:не )?(?:прийде|отримаю|дадуть|зроблять|буде готов)|"
    r"докато (?:получа|дойде|пристигне|стане готов)|"
    r"(?:لحد ما|لحتى|حتى) (?:\S+ )?(?:يوصل|توصل|أستلم|استلم|يصل|تصل|يجهز|تجهز)|"
    r"تا (?:\S+ )?(?:به دستم|دستم) (?:برسه|برسد|بیاد|بیاید)|"
    # the time it needs to receive it ("Combien de temps faut-il pour recevoir …?"): a must
    # that goes with receiving asks how long it takes, not by when
    r"(?:is|are) needed to (?:get|receive|obtain)\b|(?:faut-il|il faut|faut) (?:\S+ )?pour "
    r"(?:recevoir|obtenir|avoir)\b|se necesita (?:\S+ )?para (?:recibir|obtener|tener)\b|"
    r"(?:нужно|надо|потребуется),? (?:\S+ )?(?:чтобы|для) получ|"
    r"(?:потрібно|треба),? (?:\S+ )?(?:щоб|для) отрима|(?:нужно|необходимо|трябва),? "
    r"(?:\S+ )?(?:за )?да получ|potrzeba,? (?:\S+ )?(?:na|żeby|zeby|aby|by) (?:dosta|otrzyma|uzyska)|"
    r"(?:e|este) nevoie (?:\S+ )?(?:ca )?(?:să|sa) (?:primesc|ob[țt]in)|"
    r"(?:يلزم|لازم) (?:\S+ )?(?:للحصول|حتى أحصل|لأحصل)|لازم است تا (?:\S+ )?(?:بگیرم|دریافت)"
)
# "Within how much (time)" in words that otherwise ask a price (Levantine "خلال قديش",
# Persian "ظرف چقدر"): by when.
_WITHIN_HOW_MUCH = re.compile(
    r"(?:خلال|بخلال|في غضون|بغضون) (?:قديش|قدّيش|قديه|كم)|(?:ظرف|طی|در عرض) (?:چقدر|چند)|"
    r"within how much|innerhalb wie viel|w ci[ąa]gu ilu|[îi]n c[âa]te|в течение скольк|"
    r"протягом скільк|в рамките на колко"
)
# Earnings, wages, contribution rates, percentages: an amount someone earns, receives or pays
# as a share, which a "no fee" sentence never answers (`_best_sentence` wants a figure).
_EARNINGS = re.compile(
    r"\bearn|\bwages?\b|salary|minimum wage|income limit|percent|per cent|\brate\b|"
    r"verdien|\blohn|mindestlohn|gehalt|prozent|beitragssatz|gagner|gagne\b|salaire|smic|"
    r"pourcentage|\btaux\b(?! d[e'] ?(?:handicap|invalidit|incapacit))|\bganar|\bgano\b|salario|sueldo|porcentaje|kazan|maaş|maas|"
    r"asgari ücret|asgari ucret|yüzde|yuzde|zarob|zarabia|płac[aey]\b|placa\b|pensj|"
    r"wynagrodz|procent|câștig|castig|salariu|procent|заработ|зарплат|(?<!\w)оклад|процент|"
    r"заробі|заробля|заробітн|відсот|изкарв|печеля|"
    # the Bulgarian salary "заплата", not the Russian / Ukrainian verb to pay ("заплатить",
    # "Скільки треба заплатити за довідку?" asks a fee)
    r"заплат(?!ить|ити|ил|ив|ят\b|я\b)|процент|أكسب|اكسب|يكسب|"
    # the Arabic wage as a word: inside the Persian "مهاجرت" (migration) it is no wage
    r"(?<!\w)(?:ال|بال|و|ل)?(?:أجر|اجر)|"
    r"راتب|رواتب|نسبة|بالمئة|درآمد|دستمزد|حقوق|درصد|稼|賃金|給料|給与|パーセント|割合|"
    # the pay for an hour of work (agree24: "почасовата ставка", "Stundenlohn", "stawka
    # godzinowa", "tariful orar", "saatlik brüt ücret"): a wage, not a price
    r"stundenl[öo]hn|hourly (?:wage|pay)|tarifa (?:por|de la) hora|stawk\w* (?:godzinow|za godzin)|"
    r"tarif\w* orar|saatlik (?:\S+ )?[üu]cret|saat [üu]creti|(?:почасов|погодинн)\w* ставк|"
    r"ставк\w* (?:в|за|на) (?:час|годину)|"
    # an income limit or threshold: an amount the asker may earn
    r"income (?:limit|threshold|ceiling)|einkommensgrenze|einkommens?grenze|"
    r"plafond de (?:revenus|ressources)|(?:seuil|limite) de revenus?|l[ií]mite de (?:ingresos|renta)|"
    r"umbral de (?:ingresos|renta)|gelir (?:sınır|siniri|limit|üst sınır)|próg dochodow|"
    r"limit dochod|granica dochod|limit(?:a|ă) de venit|plafon(?:ul)? de venit|"
    r"(?:предел|порог|лимит|граница|потолок)\w* дохода|(?:межа|поріг|ліміт)\w* доход|"
    r"(?:граница|праг|лимит)\w* (?:на|за) доход|доходна граница|"
    r"(?:حد|سقف) (?:ال)?دخل|(?:سقف|حد|محدودیت) درآمد|所得制限|収入制限|収入の上限"
)
# How much of something one gets or receives ("Wie viel Bürgergeld kriegt man?", "How much
# child benefit do I get?", "Ile Kindergeld dostaje …", "كم يحصل …", "چقدر … می‌گیرد"): a how-much
# word and, at most three words on, a verb of receiving asks the amount paid out ("money"),
# not a fee: "Applying is free of charge" answered it. `_FEE_WORD` keeps a price asked for
# getting something ("how much does it cost to get a passport") a fee.
_RECEIVED = re.compile(
    rf"(?:{_HOW_MUCH_WORDS})(?:\s+\S+){{0,3}}?\s+(?:"
    r"get|gets|receive|receives|"
    # English puts the asker after an auxiliary: "how much child benefit does a single mother get"
    r"(?:\S+\s+){0,3}?(?:do|does|did|will|would|can|could|should)\s+(?:\S+\s+){0,3}?(?:get|receive)\b|"
    r"bekomm\w*|krieg\w*|erhalt\w*|erhält|erhalte\w*|"
    r"re[çc]oi\w*|recevr\w*|touch(?:e|es|ent|erai|era)\b|per[çc]oi\w*|"
    r"recib\w*|me dan\b|le dan\b|nos dan\b|"
    r"al(?:ır|ir|ırım|irim|ırız|acağım|acagim|acak|abilirim|ıyor|iyor|ıyorum|iyorum)\b|"
    r"alınır\b|verilir\b|veriliyor\b|"
    r"dostan\w*|dostaj\w*|otrzym\w*|"
    r"prime(?:sc|ște|ste|ști|sti|ște|sti)\b|primim\b|primiți\b|primiti\b|"
    r"получ\w*|отрима\w*|отриму\w*|"
    r"ще получ\w*|"
    r"(?:أ|ا|ي|ت|ن|ب)حصل\w*|بياخد|باخد|آخذ|استلم\w*|أستلم\w*|يستلم\w*|"
    r"(?:می‌|می |می)گیر\w*|دریافت)"
)
# The words of a price or of paying (`_RECEIVED`): "how much does it cost to get", "combien
# faut-il payer pour recevoir", "ile trzeba zapłacić, żeby dostać".
_FEE_WORD = re.compile(
    r"\bcost|\bfees?\b|price|\bpay|kost|gebühr|gebuhr|preis|zahl|coût|co[uû]te|frais|\bprix|payer|"
    r"cuesta|coste|costo|precio|pagar|tasa|ücret|ucret|fiyat|öde|ode[mny]|koszt|opłat|oplat|\bcena|"
    r"płac|zapłac|zaplac|costă|costa\b|tax[aă]|preț|\bplăt|\bplat|\bстои|пошлин|\bцена|плат|"
    r"\bкошт|вартіст|\bзбір|"
    f"{_UK_STATE_FEE}|"
    r"\bціна|\bструва|\bтакса|плащ|تكلف|يكلف|رسوم|سعر|دفع|هزینه|قیمت|"
    r"پرداخت|بپرداز"
)
# A how-much word bound to a word of paying or of a price, either order, at most three words
# apart ("wie viel kostet", "cuánto pago", "ne kadar ödüyorum", "ile zapłacę", "كم أدفع",
# "چقدر باید بدهم", "ücreti ne kadar"): the question asks a fee even when another clause
# says that something takes long (fee17: "Die Bearbeitung … dauert noch, wie viel kostet
# solange die Fiktionsbescheinigung?", "Mi permiso tarda, ¿cuánto pago por la …?").
_PAY_OR_PRICE = (
    rf"{_FEE_WORD.pattern}|\bpago\b|\bpagas\b|ödü|odu(?:yor|rum)|плач|"
    r"(?<!\w)(?:ب)?(?:دهم|دم|دیم|دهیم|بدیم)(?!\w)"
)
_HOW_MUCH_PAID = re.compile(
    rf"(?:{_HOW_MUCH_WORDS})(?:\s+\S+){{0,3}}?\s+\S*?(?:{_PAY_OR_PRICE})|"
    rf"(?:{_PAY_OR_PRICE})\S*(?:\s+\S+){{0,3}}?\s+(?:{_HOW_MUCH_WORDS})"
)
# A how-much word followed at once (or one word on) by a word of taking or waiting ("¿Cuánto
# tarda el pago …?", "Сколько ждать выплату?", "Wie viel dauert die Auszahlung?"): the time a
# payment takes is asked, not a fee (review of fee17, twenty-sixth session).
_HOW_MUCH_WAITED = re.compile(rf"(?:{_HOW_MUCH_WORDS})(?:\s+\S+)?\s+\S*?(?:{_PROCESS.pattern})")


def _asks_paid(lowered: str) -> bool:
    """Whether a how-much word is bound to a word of paying or a price (`_HOW_MUCH_PAID`) with
    no word of taking or waiting between them, and is not followed by one (`_HOW_MUCH_WAITED`)."""
    if _HOW_MUCH_WAITED.search(lowered):
        return False
    return any(not _PROCESS.search(m.group()) for m in _HOW_MUCH_PAID.finditer(lowered))


# How much time one has, a pronoun between ("сколько у меня есть времени", "скільки в мене є
# часу"): the how-much word stands more than two words before the time.
_TIME_HELD_BETWEEN = re.compile(
    r"(?<!\w)(?:сколько|скільки) (?:у|в) (?:меня|нас|мене) (?:есть |є )?(?:\S+ )?(?:времени|часу)\b"
)
# A price or a rate named beside the time unit ("скільки коштує одна година", "ile kosztuje
# miesięcznie", "ماهی چقدر"): the question asks money, the unit is what it is paid for.
_PRICE_OR_RATE = re.compile(
    r"\bcost|\bfees?\b|price|kost|gebühr|gebuhr|preis|coût|coute|\bcout|frais|\bprix\b|cuesta|"
    r"coste|costo|precio|ücret|ucret|tutar|fiyat|koszt|opłat|oplat|\bcena|costă|\bcosta\b|"
    r"\btax[aă]|preț|\bpret\b|\bстои|пошлин|\bцена|\bкошт|вартіст|\bзбір|"
    f"{_UK_STATE_FEE}|"
    r"\bціна|\bструва|\bтакса|تكلف|"
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
    # (not one's own applying: "to apply to", "I / we / you apply to TU Dortmund"; agree20)
    r"(?<!\bto )(?<!\bi )(?<!\bwe )(?<!\byou )\bappl(?:y|ies) (?:also |as well )?to\b|also (?:appl(?:y|ies)|cover)|\bcovers? (?:\S+ ){0,2}"
    r"(?:citizens|nationals|people)|(?:gilt|gelten) (?:\S+ ){0,4}(?:auch )?für\b|"
    r"s'applique(?:nt)? (?:aussi |également )?(?:aux?|à)\b|vaut (?:aussi |également )pour|"
    r"se aplica(?:n)? (?:también )?a\b|vale (?:también )para|için de geçerli|icin de gecerli|"
    r"dotyczy (?:też|także|również)|obowiązuje (?:też|także|również)|se aplică (?:și )?(?:la|pentru)|"
    r"se aplica si pentru|распространяется (?:и |также )?на|относится (?:и |также )?к|"
    r"поширюється (?:і |також )?на|стосується (?:і |також )|важи (?:и )?за|отнася се (?:и )?за|"
    r"ينطبق (?:أيضا |أيضًا )?على|يسري (?:أيضا |أيضًا )?على|شامل (?:\S+ ){0,3}هم می|"
    r"(?:にも|も)適用"
)
# How long, as a whole: a time, even when wages are what goes on ("Wie lange bekomme ich meinen
# Lohn weiter …?", "Колко дълго работодателят ми плаща заплата …?").
_HOW_LONG = re.compile(
    r"how long|wie lange|combien de temps|cu[aá]nto tiempo|ne kadar s[üu]re|jak d[łl]ugo|"
    r"ile czasu|c[aâ]t timp|как долго|сколько времени|як довго|скільки часу|колко дълго|"
    r"колко време|چه مدت|چقدر طول|كم من الوقت|(?:لأي|لاي) (?:مدة|فترة)"
)
# After how long ("Через сколько он начнёт …?", "au bout de combien de temps", "بعد كم"):
# a time until something happens, read when the question names no unit of its own ("after
# how many years" is a waiting condition of the service's body).
_AFTER_HOW_LONG = re.compile(
    r"after how long|nach wie ?langer zeit|au bout de combien|apr[èe]s combien de temps|"
    r"despu[eé]s de cu[aá]nto|al cabo de cu[aá]nto|ne kadar (?:s[üu]re )?sonra|po jakim czasie|"
    r"dup[ăa] c[aâ]t timp|через сколько|через скільки|след колко|بعد (?:قديش|كم)|"
    r"بعد از (?:چه مدت|چقدر)"
)
# Applying, registering, submitting: "how long can I apply" asks the last day to apply, not
# how long something holds ("إلى متى يمكنني تقديم طلب …؟").
_APPLYING = re.compile(
    r"\bappl(?:y|ication)|\bsubmit|\bregister|beantrag|\banmelden|einreichen|antrag stellen|"
    r"\bdemander|\bdéposer|\bdeposer|s'inscrire|solicitar|presentar|inscribir|başvur|basvur|"
    r"złożyć|zlozyc|zgłosić|zglosic|wniosek|depune|aplica|[îi]nscrie|подать|подач|заявлени|"
    r"подати|заяв|кандидатств|подам|تقديم|أقدم|اقدم|التسجيل|أسجل|اسجل|درخواست|ثبت ?نام"
)
# An explicit word of validity or expiry (a "how long can I" question that says it asks how
# long something holds).
_VALID_WORD = re.compile(
    r"\bvalid|gültig|gultig|\bgilt\b|valable|valide|válid|geçerli|gecerli|ważn|wazn|valabil|"
    r"действител|дійсн|(?<!ин)валид|صالح|صلاحية|ساري|اعتبار|معتبر|有効|"
    r"expir|abl[äa]uf|\bvenc|s[üu]resi dol|wygas|истека|истич|спливає|спливе|تنتهي|ينتهي|منقضی"
)
# The everyday verbs of a paper holding good, that read no type of their own: the Spanish
# "vale / sirve" (not "vale la pena", worth it), the Ukrainian "діє / чинний", the Polish
# "obowiązuje", the Bulgarian "важи", the Romanian "e bun". With a time word
# (`_VALID_VERB_TIME`) they ask how long it holds: "¿Cuánto tiempo vale el permiso?",
# "Скільки часу діє посвідка?", "Колко години важи личната карта?", "Jak długo obowiązuje
# zezwolenie?", "Cât timp e bun pașaportul?" (read as a deadline, a processing time or, with
# "¿cuánto vale?" alone, a price).
_VALID_VERB = re.compile(
    r"\b(?:vale|valen)\b(?! la pena)|\b(?:sirve|sirven)\b|(?<!\w)(?:діє|діють|чинн\w*)(?!\w)|"
    r"\bobowi[ąa]zuj\w*|(?<!\w)(?:важи|важат)(?!\w)|\b(?:e|este|sunt|mai e) bun[ăae]?\b"
)
# A time word beside such a verb: how long, how many units, until when; or the Ukrainian /
# Bulgarian how-much word right before the verb ("Скільки діє довідка?", "Колко важи …?": the
# verb says it is not a price).
_VALID_VERB_TIME = re.compile(
    rf"{_HOW_LONG.pattern}|{_HOW_MUCH_THEN_UNIT}|"
    r"hasta cu[aá]ndo|do kiedy|p[âa]n[ăa] c[âa]nd|до коли|до кога|"
    r"(?<!\w)(?:скільки|колко) (?:діє|діють|важи|важат)(?!\w)"
)
# The types a physical measure asked overrides (`classify`): the question words of a price, a
# time or a validity it may hold ("bis wie viel", "gilt") are not what it asks.
_MEASURE_OVERRIDES = frozenset({None, "cost", "money", "deadline", "processing_time", "validity"})
# The types an earnings question overrides: the generic "how much" word makes it "cost".
_AMOUNT_OVERRIDES = frozenset({None, "cost", "money", "deadline", "processing_time"})
# "How many weeks / câte săptămâni / сколько недель": a count of time units, whatever is paid
# in them ("Сколько недель работодатель платит зарплату во время болезни?").
# (the French "combien de jours", "combien d'heures" join the unit with "de")
_HOW_MANY_UNITS = re.compile(rf"(?:{_HOW_MUCH_WORDS})\s+(?:de\s+|d')?(?:{_TIME_UNITS})")
# A rate's adverb right after the how-much word ("Ile miesięcznie wynosi …?", "كم شهريا …؟",
# "wie viel monatlich"): how much is paid per period, no time counted (fee17: both were typed
# deadlines and told the child benefit's "at most six months retroactively"). 12 languages.
_RATE_ADVERBS = (
    r"monthly|yearly|weekly|daily|annually|monatlich|jährlich|wöchentlich|täglich|"
    r"mensuel\w*|annuel\w*|mensual\w*|anual\w*|aylık|aylik|yıllık|yillik|haftalık|günlük|"
    r"miesięcznie|miesiecznie|rocznie|tygodniowo|dziennie|lunar\b|anual\b|săptămânal|zilnic|"
    r"ежемесячно|ежегодно|еженедельно|щомісяця|щомісячно|щороку|щотижня|месечно|годишно|"
    r"седмично|شهري\S*|سنوي\S*|أسبوعي\S*|اسبوعي\S*|ماهانه|سالانه|هفتگی"
)
_HOW_MUCH_RATE = re.compile(rf"(?:{_HOW_MUCH_WORDS})\s+(?:{_RATE_ADVERBS})")
# A question word "when" that leads the question (most languages: in its first three words and
# not before a subject pronoun, where it joins a clause: "When I move, how much …?"), or one
# that only asks (German "wann", Spanish "cuándo", Bulgarian "кога", Arabic "متى", Turkish
# "ne zaman"): a pay word after it asks from or until when something is paid, not what it
# costs ("Wann wird das Elterngeld gezahlt?", "Ücret ne zaman ödenmeli?").
_WHEN = re.compile(
    r"^\W*(?:\S+\s+){0,2}(?:when (?:exactly |precisely )?(?:is|are|was|do|does|will|can|must|"
    r"should|shall|would|could|has|have)\b|quand (?!je\b|j'|on\b|tu\b|il\b|elle\b|nous\b|"
    r"vous\b|ils\b|elles\b)|kiedy (?!ja\b|my\b|ty\b|wy\b|on\b|ona\b|oni\b)|"
    r"c[aâ]nd (?!eu\b|noi\b|tu\b|voi\b|el\b|ea\b|ei\b|ele\b|m[aă]\b|ne\b|te\b|v[aă]\b)|"
    r"когда (?!я\b|мы\b|ты\b|вы\b|он\b|она\b|они\b)|коли (?!я\b|ми\b|ти\b|ви\b|він\b|вона\b|"
    r"вони\b))|\bwann\b|cu[aá]ndo|\bкога\b|\bمتى\b|(?:إيمتى|ايمتى|امتى)|ne zaman|چه زمانی|"
    r"چه وقت|いつ"
)
# A month named in a sentence, in the languages of the texts ("Ende September", "fin
# septembre", "a finales de septiembre", "наприкінці вересня", "أواخر سبتمبر"), or a day and
# month in figures: a point in time a when question asks (`asks_when`, `states_date`). Not the
# words that are also common words: "mai" (Romanian "more"), "may", "مارس", "مه".
_MONTH = re.compile(
    r"\b(?:januar|februar|märz|april|juni|juli|august|september|oktober|november|dezember|"
    r"january|february|march|june|july|october|december|janvier|février|fevrier|mars|avril|juin|"
    r"juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|"
    r"mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|ocak|şubat|nisan|mayıs|"
    r"haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|stycze[nń]|stycznia|luty|lutego|marzec|marca|kwiecie[nń]|kwietnia|maj|maja|"
    r"czerwiec|czerwca|lipiec|lipca|sierpie[nń]|sierpnia|wrzesie[nń]|września|październik\w*|"
    r"listopad\w*|grudzie[nń]|grudnia|"
    r"ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
    r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]|июн\w*|июл\w*|август\w*|сентябр\w*|"
    r"октябр\w*|ноябр\w*|декабр\w*|січ(?:ень|ня)|лют(?:ий|ого)|берез(?:ень|ня)|квіт(?:ень|ня)|"
    r"трав(?:ень|ня)|черв(?:ень|ня)|лип(?:ень|ня)|серп(?:ень|ня)|верес(?:ень|ня)|жовт(?:ень|ня)|"
    r"листопад\w*|груд(?:ень|ня)|януари|февруари|април|юни|юли|септември|октомври|ноември|"
    r"декември)\b|"
    r"يناير|فبراير|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    r"ژانویه|فوریه|آوریل|ژوئن|ژوئیه|سپتامبر|اکتبر|نوامبر|دسامبر|"
    # the Persian August as a word of its own (measure12: "در 1 اوت")
    r"(?<!\w)اوت(?!\w)"
)
_DAY_MONTH = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.")
# The month names of `_MONTH`, for a pattern that reads a day before them.
MONTH_PATTERN = _MONTH.pattern
# a month name right after a day's number ("1 января", "1. Januar", "15 de marzo")
_MONTH_AFTER = re.compile(r"\.?\s*(?:de\s+)?(?:" + MONTH_PATTERN + ")")


def asks_when(text: str) -> bool:
    """Whether a question asks when (`_WHEN`: the question word leads it, or only asks)."""
    return _WHEN.search(padded(text)) is not None


def states_date(text: str) -> bool:
    """Whether a sentence names a point in the year: a month, or a day and month in figures."""
    return _MONTH.search(text.casefold()) is not None or _DAY_MONTH.search(text) is not None


# Must / have to: a time asked with it is a time limit ("За колко време трябва да регистрирам
# адреса си?"), unless the question says taking or waiting.
_MUST = re.compile(
    r"\bmust\b|have to|has to|need to|\bmuss|\bmüssen|\bmussen|\bdois\b|\bdoit\b|faut|"
    r"tengo que|tiene que|hay que|\bdebo\b|\bdebe\b|gerek|lazım|lazim|zorunda|muszę|musze|"
    r"trzeba|należy|nalezy|trebuie|нужно|надо|должен|должна|необходимо|треба|потрібно|мушу|"
    r"повинен|повинна|трябва|يجب|لازم|باید|なければ|"
    # bound by law to act ("За колко време банката е длъжна да ми открие сметка?", "Within how
    # many days is the bank obliged to open it?"): a time limit, not how long it usually takes
    r"\bobliged\b|\bobligated\b|\brequired to\b|verpflichtet|oblig[ée]e?s? de|\btenue? de|"
    r"obligad[oa]s? a|zobowi[ąa]zan|\bobligat[ăa]?\b|обязан|зобов.язан|длъжен|длъжна|длъжни|"
    r"задължен|ملزم|مجبور"
)
# Right away (or later): how long it takes, or, with a must, by when ("Muss ich mich sofort
# anmelden?"). Asked when no other type word is there ("Est-ce que la Fiktionsbescheinigung
# est donnée tout de suite au rendez-vous ?").
_IMMEDIATE = re.compile(
    r"right away|immediately|straight away|on the spot|\bsofort\b|tout de suite|imm[ée]diatement|"
    r"sur place|de inmediato|inmediatamente|en el acto|al instante|\bhemen\b|derhal|od razu|"
    r"natychmiast|imediat|pe loc\b|сразу|немедленно|одразу|відразу|негайно|веднага|فورا|فوراً|"
    r"على طول|بلافاصله|فوری|همون موقع|همان موقع|همون روز|همان روز|すぐ|"
    # right there, at the appointment ("gleich beim Termin mit")
    r"\bgleich (?:beim|am|bei|mit|vor ort|dort)\b"
)


# Whether a call is paid or free ("Is calling 112 free?", "Muss ich für den Anruf bei der
# Hotline zahlen?", "Trebuie să plătesc … dacă sun la linia de ajutor?"): a cost question, not
# a phone one (`asks_call_paid`). The broader pay or free words (`_PAID_OR_FREE`) count only
# beside a call verb or noun (`_CALL`); a question that names a number word asks which number
# ("Which number can I call for free advice?") unless it gives the number itself
# ("الاتصال برقم الطوارئ 112").
_CALL = re.compile(
    r"\bcall(?:s|ing|ed)?\b|anruf|anzurufen|\bappel|\bllama|\barama(?:k|m|nın|nin)?\b|"
    r"\baray[ıi]n|\baray(?:abil|aca[ğg]|aca[kg])\w*|\baramal[ıi]\w*|dzwoni|połączeni|polaczeni|\bsun\b|\bsuna\b|\bapel(?:ul)?\b|звон|звінок|дзвін|"
    r"дзвони|подзвон|зателефон|обаждане|обадя|звъня|звънна|الاتصال|اتصال|اتصل|تماس|زنگ|電話"
)
_PAID_OR_FREE = re.compile(
    r"\bcost|\bfees?\b|\bpay\b|\bpaid\b|\bfree\b|\bcharge|kost|gebühr|gebuhr|bezahl|zahlen|\bzahle\b|"
    r"gratis|umsonst|coût|co[uû]te|payer|payant|gratuit|cuesta|coste|costo|pagar|\bpaga|ücret|ucret|"
    r"bedava|paralı|parali|koszt|opłat|oplat|płac|plac[ie]\b|płatn|platn|darmo|bezpłat|bezplat|"
    r"costă|\bcosta\b|\bplăt|\bplat(?:a|i|esc|ește|este)\b|(?<!\w)стоит|стоимост|плат|бесплат|кошт|"
    r"безкошт|(?<!раз)плащ|(?<!\w)струва|безплат|تكلف|يكلف|رسوم|مجان|أدفع|ادفع|يدفع|هزینه|پرداخت|رایگان|"
    r"مجانی|\bپول|無料|有料|料金|費用"
)
# The narrower free / cost / pay words that ask the cost of the call beside any phone word
# ("Kostet der Anruf bei der Hotline etwas?", "هل الاتصال برقم الطوارئ مجاني؟"), without a call
# verb of `_CALL`.
_CALL_PAID = re.compile(
    r"\bfree\b(?! movement)|\bcosts?\b|\bcharged?\b|\bpay\b|kostenlos|kostenfrei|\bkostet|"
    r"gebühr|gebuhr|gratis|umsonst|bezahl|\bzahle|gratuit|\bco[uû]te|payant|\bpayer|"
    r"gratuito|cuesta|\bpagar|[üu]cretsiz|[üu]cretli|bedava|paral[ıi]|darmo|bezp[łl]atn|p[łl]atn|kosztuj|"
    r"cost[ăa]\b|pl[ăa]t(?:esc|i|esti|ești)\b|бесплатн|(?<!\w)стоит|платн|плати|безкоштовн|коштує|"
    r"безплатн|(?<!\w)струва|плаща|مجان|تكلف|يكلف|أدفع|ادفع|بدفع|رسوم|ببلاش|رایگان|هزینه|پول|پرداخت"
)
# a phone question that asks which number to call ("phone number", "on which number")
_NUMBER_ASKED = re.compile(
    _NUMBER_WORDS + "|"
    # whether there is a phone to call ("Is there a free phone for …?", "¿Hay algún teléfono
    # gratuito …?"): which number, even when it asks a free one
    r"is there (?:a|any) (?:\w+ ){0,2}?(?:phone|telephone|hotline|help ?line|line)|"
    r"gibt es (?:ein(?:e|en)? )?(?:\w+ ){0,2}?(?:hilfetelefon|beratungstelefon|telefon|hotline)|"
    r"y a-t-il (?:un(?:e)? )?(?:\w+ ){0,2}?(?:t[ée]l[ée]phone|ligne)|existe-t-il (?:un(?:e)? )?(?:\w+ )?(?:t[ée]l[ée]phone|ligne)|"
    r"hay (?:alg[úu]n|un|una) (?:\w+ ){0,2}?(?:tel[ée]fono|l[ií]nea)|"
    r"(?:bir )?(?:\w+ )?(?:telefon|hat) var m[ıi]|czy (?:jest|istnieje) (?:\w+ ){0,2}?(?:telefon|infolinia)|"
    r"exist[aă] (?:vreun|un) (?:\w+ )?(?:telefon|linie)|есть ли (?:\w+ ){0,2}?(?:телефон|линия)|"
    r"чи (?:є|існує) (?:\w+ ){0,2}?(?:телефон|лінія)|има ли (?:\w+ ){0,2}?(?:телефон|линия)|"
    r"(?:هل )?(?:يوجد|في|فيه) (?:\w+ )?(?:هاتف|تلفون|خط)|(?:تلفن|خط) (?:\w+ )?(?:هست|وجود دارد|داره)"
)
_NUMBER_GIVEN = re.compile(r"\d{3}")


def _asks_number(lowered: str) -> bool:
    """Whether a phone question asks which number to call: a number word, and no number of
    three digits or more given ("по номеру 112", "برقم الطوارئ 112" name the number)."""
    return _NUMBER_ASKED.search(lowered) is not None and not _NUMBER_GIVEN.search(lowered)


def asks_number(text: str) -> bool:
    """Whether a question asks which number (`_asks_number`)."""
    return _asks_number(padded(text))


# A number asked by a question of no type ("What is the number of the Telefonseelsorge?",
# "Care e numărul …?": a number word and no phone word, body15) is told by the sentence that
# holds its rare words; a sentence that states no figure and names no number ("Der Anruf ist
# kostenlos", the fees module's "calls are free") does not answer it, none is better. One that
# names the number answers ("Ubezpieczyciel podaje Państwu numer eVB", "номер от 11 цифри").
_NUMBER_NAMED = re.compile(_NUMBER_WORDS)
_ANY_DIGIT = re.compile(r"\d")


def tells_asked_number(question: str, sentence: str) -> bool:
    """Whether a sentence may answer a question as to the number it asks (`_asks_number`): it
    states a figure or names a number; True when the question asks no number."""
    if not _asks_number(padded(question)):
        return True
    return bool(_ANY_DIGIT.search(sentence) or _NUMBER_NAMED.search(sentence.casefold()))


def asks_free_number(text: str) -> bool:
    """Whether a question asks a number (`_asks_number`) that is free to call: a free word of
    the qualifiers ("gratuit", "kostenlos", "free of charge") beside it (agree18)."""
    return _asks_number(padded(text)) and "free" in held_qualifiers(text)


def asks_line_number(text: str) -> bool:
    """Whether a question of no type asks the number of a line (number17): it asks a number
    (`_asks_number`: "Jaki jest numer do apteki dyżurnej?", "Care este numărul pentru …?") and
    names a helpline, a card to block or a line around the clock (`asks_helpline`), or what the
    number is for (`emergency_kinds`: the pharmacy, the doctor on call, a crisis, an
    appointment). Such a line stands in a service's text, like a phone question's helpline."""
    if not _asks_number(padded(text)):
        return False
    return asks_helpline(text) or bool(emergency_kinds(text, asked=True))


# A number pointed at ("Ist der Anruf bei dieser Nummer kostenlos?", "Bu numarayı aramak ücretli
# mi?", "L'appel à ce numéro est-il gratuit ?"): the caller has the number and asks about the
# call (review of number17, twenty-sixth session).
_THIS_NUMBER = re.compile(
    r"\bdiese[rmns]? (?:\w+ )?(?:nummer|rufnummer|telefonnummer)|\b(?:this|that) (?:\w+ )?number|"
    r"\bce (?:num[ée]ro|t[ée]l[ée]phone)|\beste (?:n[uú]mero|tel[eé]fono)|\bacest num[aă]r|"
    r"\bbu (?:numara|telefon)|\bten (?:numer|telefon)|\btego numeru|\bpod ten numer|"
    r"(?<!\w)(?:этот|этому|эту|цей|цьому|този|на този) (?:\w+ )?(?:номер|телефон)|"
    r"(?<!\w)(?:این|به این) شماره|(?<!\w)(?:هذا|لهذا|هاد|هالرقم)(?: الرقم)?"
)


# A line named beside the number asked ("Care este numărul liniei gratuite pentru femei?", "Is
# there a free helpline for women?", agree18): the number of a line, as with a call verb; the
# line's fees sentence ("Counselling and the helpline are free") does not tell it.
_LINE_NOUN = re.compile(
    # not "en ligne / en línea" (online), the German "hat", the Turkish "hata" (review of agree18)
    r"\bline\b|help ?line|hotline|telefon|(?<!en )\bligne|(?<!en )l[ií]nea|\bhatt[ıi]\w*|"
    r"\bhatlar\w*|\bhat(?= var)|\blini(?:a|ei|e|i)\b|"
    r"infolini|(?<!\w)лини|(?<!\w)ліні|(?<!\w)(?:ال)?خط(?!\w)|(?<!\w)(?:ال)?خطوط(?!\w)"
)


def asks_number_to_call(text: str) -> bool:
    """Whether a question asks a number to call (number17): a number asked (`_asks_number`)
    beside a call verb or noun (`_CALL`: "Kadınlar için ücretsiz arayabileceğim numara
    hangisi?", typed a cost by its free word). A sentence that only says calls are free does not
    answer it. "Le numéro est-il gratuit ?" names no call, "Is calling 112 free?" gives the
    number."""
    lowered = padded(text)
    return (
        _asks_number(lowered)
        and (_CALL.search(lowered) is not None or _LINE_NOUN.search(lowered) is not None)
        and not _THIS_NUMBER.search(lowered)
    )


def asks_call_paid(lowered: str) -> bool:
    """Whether a (casefolded) phone question asks whether a call is paid or free: no number
    asked (`_asks_number`), and a pay or free word of `_CALL_PAID`, or a call verb (`_CALL`)
    with one of the broader `_PAID_OR_FREE`."""
    if _asks_number(lowered):
        return False
    return _CALL_PAID.search(lowered) is not None or bool(
        _CALL.search(lowered) and _PAID_OR_FREE.search(lowered)
    )


# When (or at what times / on which days) one can come by in person ("Zu welchen Zeiten kann
# ich persönlich vorbeikommen?", "When can I visit the office in person?"): the opening hours.
# Read only when no other type word is there ("Wann muss ich persönlich erscheinen?" keeps its
# must: a deadline).
_WHEN_ASKED = (
    r"\bwhen\b|(?:at )?what (?:times|hours)|which days|\bwann\b|zu welchen? (?:zeiten|uhrzeiten)|"
    r"an welchen tagen|\bquand\b|(?:à|a) quel(?:le)?s (?:heures|moments)|quels jours|"
    r"cu[aá]ndo|a qu[eé] horas?|qu[eé] d[ií]as|en qu[eé] horario|ne zaman|hangi (?:saatlerde|günlerde|gunlerde)|"
    r"\bkiedy\b|w jakich (?:godzinach|dniach)|w jakie dni|\bc[aâ]nd\b|[îi]n ce (?:ore|zile)|"
    r"\bкогда\b|в какие (?:часы|дни)|\bколи\b|(?:в|у) (?:які|котрі) (?:години|дні)|\bкога\b|"
    r"в какви (?:часове|дни)|в кои дни|\bمتى\b|(?:إيمتى|ايمتى|امتى)|(?:في )?(?:أي|اي) (?:وقت|أوقات|اوقات|ساعات|أيام|ايام)|"
    r"چه (?:ساعاتی|روزهایی|زمانی|وقت)"
)
_WHEN_MAY = re.compile(
    r"(?:\bwhen\b|\bwann\b|\bquand\b|cu[aá]ndo|ne zaman|\bkiedy\b|\bc[aâ]nd\b|\bкогда\b|\bколи\b|"
    r"\bкога\b|\bمتى\b|(?:إيمتى|ايمتى|امتى)|\bکی\b|چه زمانی)\s+(?:\S+\s+)?(?:can|may|must|should|do i have to|kann|darf|muss|soll|"
    r"peux|puis|dois|faut|puedo|debo|tengo que|hay que|mogę|moge|muszę|musze|można|mozna|trzeba|"
    r"pot|trebuie|можно|могу|нужно|надо|должен|должна|можна|можу|треба|маю|мога|трябва|може|"
    r"يمكن|يمكنني|بقدر|لازم|يجب|میتونم|می‌توانم|میتوانم|باید)\b"
)
# Everyone or each, then within three words a must or a pay word (12 languages, padded): a
# question whether all must pay asks who pays (`classify`).
_EVERYONE_PAYS = re.compile(
    r"(?:\beveryone|\beverybody|\beach (?:person|of us|one)|\ball of us|\bjede[rs]?\b|\balle\b|"
    r"\bchacun|tout le monde|\bcada uno|\btodos\b|\bherkes|\bka[żz]dy|\bwszyscy|\bfiecare|"
    r"\bto[țţt]i\b|\bкаждый|\bвсе\b|\bкожен|\bкожний|\bвсі\b|\bвсеки|\bвсички|"
    r"كل (?:واحد|شخص|فرد)|(?<!\w)الكل(?!\w)|(?<!\w)همه(?!\w)|هر (?:کس|نفر))"
    r"(?:\s+\S+){0,3}?\s+(?:must|ha(?:ve|s) to|need|pay|muss|müssen|zahl|bezahl|doit|doivent|"
    r"pa(?:ie|yer)|tiene|tienen|debe|paga|pagar|öde|zorunda|musi|muszą|p[łl]ac|trebuie|pl[aă]t|"
    r"долж|нужно|плат|має|мають|повин|трябва|плащ|لازم|يجب|يدفع|باید|بپرداز|پرداخت|بده)"
)
# The spoken Persian "کی" is who as well as when: with a must, then a verb of the third person
# ending its clause (or a light verb after its noun: "پرداخت کنه", "انجام بده"), no subject
# between but an object marked "رو" / "را" ("کمیسیون رو کی باید بده؟", "کی باید هزینه رو
# بپردازد؟"), it asks who must do it; with the first person ("کی باید ثبت‌نام کنم؟") or a
# subject ("کی باید کارت برسه؟") when.
_WHO_MUST = re.compile(
    r"(?<!تا )\bکی\s+باید\s+(?:(?:\S+\s+){1,3}(?:رو|را)\s+)?"
    r"(?:[^\s،؟?,.]+\s+(?:کنه|کند|بکنه|بکند|بده|بدهد|بزنه|بزند)|[^\s،؟?,.]*[هد])"
    r"(?=\s*(?:[،؟?,.]|$))"
)
_COME = re.compile(
    r"\bcome\b|\bvisit|\bgo (?:to|there|by)\b|\bdrop by|kommen|vorbei|\bvenir|\bpasser|\bir (?:a|al)\b|"
    r"\bpasar\b|\bgel(?:ebilir|eyim|mem|sem)|\bgid(?:ebilir|eyim|ersem|ilir)|przyj[sś][cć]|przyjd|\bvin\b|\bveni\b|прийти|прийду|"
    r"приехать|зайти|підійти|дойда|дойдем|мина|أجي|اجي|بجي|أروح|اروح|بروح|(?<!\w)روح(?!\w)|أزور|ازور|"
    r"بیام|برم|بیایم|بروم"
)
# When something awaited will come ("коли буде розмова з соціальним працівником?", "кога ще ме
# види социален работник?", "إمتى بشوف عامل اجتماعي؟", "when will I get an answer?"): a when
# word right before a future or a verb of getting, coming or being seen asks how long it takes,
# not a date of the deadlines (read when no other type word is there and no must).
_WHEN_AWAITED = re.compile(
    r"when will (?:i|we|my|the|it|they|someone)\b|when do (?:i|we) (?:get|receive|hear)\b|"
    r"wann (?:bekomme|erhalte|kriege|sehe) ich|wann (?:kommt|komme|werde)\b|"
    r"quand (?:vais-je|est-ce que je vais|est-ce qu'on va|recevrai|aurai|verrai|arrive)|"
    r"cu[aá]ndo (?:recibir[ée]|tendr[ée]|ver[ée]|me (?:llega|van a|ver[aá]n?|dar[aá]n?)|llega|voy a)\b|"
    r"ne zaman (?:gel(?:ir|ecek)|al(?:ır[ıi]m|acağım|acagim)|gör(?:ür|ecek)|g[öo]r[üu]ş)|"
    r"kiedy (?:dostanę|dostane|otrzymam|przyjdzie|będzie|bedzie|zobaczę|zobacze)\b|"
    r"c[aâ]nd (?:primesc|voi primi|o s[aă] primesc|vine|va veni|va fi|m[aă] (?:va )?vede)\b|"
    r"когда (?:я )?(?:получу|придёт|придет|будет|увижу|меня (?:примут|увидит))|"
    r"коли (?:я )?(?:отримаю|прийде|буде|побачу|мене (?:приймуть|побачить))|"
    # the Arabic future, a verb with its prefix "س" ("متى سألتقي بأخصائي اجتماعي؟", "متى سيصل")
    r"кога (?:ще|щe)\b|(?:متى|إمتى|ايمتى|امتى) (?:س[أانيت]\w+|بشوف|رح|يصل|بيوصل|بتوصل|بيجي|بتجي|"
    r"بيردو|بيشوفني|رح يشوفني)|(?:کی|چه وقت|چه زمانی) (?:می‌رسد|میرسه|می رسد|جواب|می‌بینم|میبینم)"
)
_WHOM = re.compile(
    r"\bwhom\b|who can i bring|wen (?:kann|darf) ich|qui (?:puis-je|peut-on) (?:faire venir|amener)|"
    r"a qui[eé]n (?:puedo|se puede)|kimi (?:getirebilir|yanıma)|kogo (?:mogę|moge|można|mozna)|"
    r"pe cine (?:pot|se poate)|кого (?:можно|могу|я могу)|кого (?:можна|можу|я можу)|кого (?:мога|може)|"
    r"من (?:يمكنني|بقدر|بيحق لي) (?:أن )?(?:أجيب|اجيب|جيب|أحضر|احضر)|چه کسی را (?:می ?توانم|میتونم)"
)
_IN_PERSON = (
    r"in person|come by|drop (?:by|in)|\bvisit\b|walk in|pers[öo]nlich|vorbeikommen|"
    r"vorbeigehen|vorbeischauen|en personne|passer (?:au|à|a|voir)|me rendre|en persona|"
    r"presencial|acudir|pasar por|ir a la oficina|şahsen|sahsen|yüz yüze|yuz yuze|uğra|ugra|"
    r"osobi[śs]cie|przyj[śs][ćc]|zajrze[ćc]|[îi]n persoan[ăa]|personal\b|s[ăa] trec|s[ăa] vin|"
    r"лично|прийти|зайти|подойти|особисто|завітати|на прийом|да отида|да мина|"
    r"حضوري|حضوريا|حضورياً|شخصيا|شخصياً|أزور|ازور|أراجع|اراجع|"
    r"حضوری|شخصا|شخصاً|مراجعه (?:کنم|کرد)|سر بزنم"
)
_VISIT_WHEN = re.compile(rf"(?:{_WHEN_ASKED})(?:\s+\S+){{0,6}}?\s*(?:{_IN_PERSON})")
# "On which days and at what hours does … work" without an hours word the patterns know
# ("В какие дни и часы работает отдел …?"): the days and the hours together.
_DAYS_AND_HOURS = re.compile(
    r"days and (?:hours|times)|tage(?:n)? und (?:zu welchen )?(?:uhr)?zeiten|jours et (?:heures|horaires)|"
    r"d[ií]as y (?:horas|horarios)|g[üu]n(?:ler)? ve saat|dni i godzin|zile(?:le)? (?:și|si) or|"
    r"дни и часы|дні (?:та|і|й) години|дни и часове|(?:ال)?أيام و(?:ال)?ساعات|ايام و(?:ال)?ساعات|"
    r"روز(?:ها)? و ساعت"
)

# Until what hour of the day, or on which days ("Bis wie viel Uhr kann ich ins Bürgerbüro
# kommen?", "До скольки работает …?", "В кои дни приема …?"): with an office at work or a
# visit (`_OFFICE_AT_WORK`, `_COME`) and no must, an office's hours, not a time limit ("Do
# której godziny trzeba wystawić pojemnik?" keeps its must: a deadline).
_UNTIL_HOUR_OR_DAYS = re.compile(
    r"(?:until|till) what (?:time|hour)|which days|what days|on what days|"
    r"bis (?:um )?wie ?viel uhr|an welchen tagen|jusqu'(?:à|a) quelle heure|quels jours|"
    r"hasta qu[eé] hora|qu[eé] d[ií]as|saat ka[çc]a kadar|hangi g[üu]nler|"
    r"do (?:której|ktorej|jakiej) godziny|w jakie dni|w kt[óo]re dni|"
    r"p[aâ]n[aă] la ce or[aă]|[îi]n ce zile|до скольки|до (?:которого|какого) часа|"
    r"в какие дни|по каким дням|до (?:котрої|якої)(?: години)?|(?:в|у) (?:які|котрі) дні|"
    r"до колко часа|до кое време|в кои дни|в какви дни|"
    r"(?:حتى|لحد|لغاية|إلى|الى) (?:أي|اي) ساعة|(?:أي|اي|بأي|باي) (?:أيام|ايام)|"
    r"تا (?:ساعت چند|چه ساعتی)|چه روزهایی|کدام روزها|کدوم روزا"
)
# How long a paper lasts, with the paper right after the verb of lasting (an article or a
# possessive between): "How long does my visa last?", "¿Cuánto dura el permiso de residencia?",
# "Combien de temps dure un titre de séjour ?", "Cât timp ține permisul?", "Сколько длится
# виза?", "Колко трае визата?", "Скільки триває віза?", "كم تدوم الإقامة؟" ask how long it holds
# (validity), not how long making it takes. A step between ("la procédure de visa", "оформление
# визы", "the application for a visa") keeps the processing time; the German "dauert", the
# Polish "trwa" and the Turkish "sürer" with a paper ask how long making it takes and are left.
_PAPER = (
    r"(?:permits?|visas?|cards?|passports?|certificates?|licen[cs]es?|id\b|titles?|"
    r"permiso|visado|tarjeta|pasaporte|certificado|carn[eé]|"
    r"titre|permis|carte|passeport|certificat|attestation|"
    r"permis|viz[aăe]|card|pa[șş]aport|certificat|adeverin|"
    r"разрешени|виз[аыу]|карт[аы]|паспорт|справк|удостоверени|внж|"
    r"дозв[іо]л|віз[аи]|картк|посвідк|посвідчен|свидетелств|"
    r"(?:ال)?(?:تصريح|إقامة|اقامة|فيزا|تأشيرة|بطاقة|جواز|شهادة|رخصة))"
)
_PAPER_LASTS = re.compile(
    rf"how long (?:does|do|will) (?:my |a |an |the |your )?(?:\S+ )?{_PAPER}\S* last\b|"
    rf"\bduran?\s+(?:(?:el|la|los|las|mi|mis|un|una|su|sus)\s+)?{_PAPER}|"
    rf"\bdur(?:e|ent)\s+(?:(?:le|la|les|mon|ma|mes|un|une|son|sa|ses)\s+|l')?{_PAPER}|"
    rf"(?<!\w)(?:[țţt]ine|[țţt]in)\s+{_PAPER}|"
    rf"(?<!\w)(?:длится|длятся|трае|траят|триває|тривають)\s+{_PAPER}|"
    rf"(?<!\w)(?:تدوم|يدوم)\s+{_PAPER}"
)
# A visit to a counselling or an office, named by its noun (12 languages, casefolded): "which
# days is it" with no verb of an office at work ("An welchen Tagen ist die Beratung?", "в какие
# дни консультация?", "¿Qué días hay asesoría?", "مشاوره چه روزهایی است؟") asks its opening
# hours too; a course or an event on certain days is not one ("An welchen Tagen ist der Kurs?").
_COUNSEL_VISIT = re.compile(
    r"counsel+ing|\badvice\b|consultation|office hours|drop-in|\boffice\b|"
    r"beratung|sprechstunde|sprechzeit|\bbüro\b|\bamt\b|"
    r"\bconsultations?\b|\bpermanence|\bbureau\b|\bguichet|"
    r"asesor[ií]a|asesoramiento|\bconsulta\b|\boficina|"
    r"danışma|danisma|\bofis|\bbüro|g[öo]r[üu][şs]me|"
    r"\bporad|konsultacj|\bdyżur|\bdyzur|\bbiur|\burz[ąę]d|"
    r"consiliere|consultan[țţt]|consulta[țţt]ii|\bbirou|"
    r"консультац|консултаци|при[её]м\b|прийом|\bприем\b|\bофис|\bофіс|\bбюро\b|"
    r"استشار|مكتب|دوام|مشاوره|دفتر|اداره"
)
# An office at work: it works, receives, attends, opens or closes (third person, 12 languages;
# a first person "which days can I work" is a student's work, not an office's hours). The words
# alone (`_OFFICE_AT_WORK_WORDS`, type words for `content_words`), then with their subject
# between.
_OFFICE_AT_WORK_WORDS = re.compile(
    r"\b(?:opens?|closes?|works|receives|staffed)\b|"
    r"\barbeitet\b|\bempf[äa]ngt\b|\bauf ?haben\b|"
    r"\bre[çc]oi(?:t|vent)\b|\baccueille|\btravaille\b|\bouvre|\bferme\b|"
    r"\batiende|\btrabaja\b|\babre\b|\bcierra\b|\brecibe\b|"
    r"hizmet ver|[çc]al[ıi][şs][ıi]yor|calisiyor|\ba[çc][ıi]k|kapan|kabul ed|"
    r"\bpracuj[eą]|\bprzyjmuj|\bczynn|\botwart|\bzamyk|"
    r"\blucreaz|\bprime[șs]te|\bdeschis|[îi]nchide|func[țt]ioneaz|"
    r"работает|работают|принима|открыт|закрыва|працю[єю]|прийма|відчин|відкрит|зачиня|"
    r"работи\b|работят|приема|отворен|затваря|"
    r"يعمل|تعمل|بيشتغل|بتشتغل|يستقبل|تستقبل|بيستقبل|بتستقبل|فاتح|مفتوح|يفتح|بيفتح|بيسكر|يغلق|"
    r"کار می|کار میکن|باز(?: است| هست|ه)|پذیرش|می‌پذیر|تعطیل"
)
_OFFICE_AT_WORK = re.compile(
    r"\b(?:is|are) (?:\S+ ){0,3}(?:open|staffed)\b|"
    # "does the office work / see people" (not "do I work": the asker's own work)
    r"\b(?:does|do) (?!i\b|we\b|you\b)(?:\S+ ){1,4}(?:work|open|close|receive|see)\b|"
    r"\b(?:hat|haben) (?:\S+ ){0,4}auf\b|\btakes? (?:\S+ )?(?:walk-ins|visitors)\b|"
    + _OFFICE_AT_WORK_WORDS.pattern
)


# Until when a paper or a permit holds ("When does my permit run out?", "Wann läuft mein
# Ausweis ab?", "¿Cuándo caduca …?", "Kiedy wygasa …?", "Когда истекает …?", "متى تنتهي
# إقامتي؟"): a word of expiry (12 languages; the general "ends" only with a word of validity or
# a residence paper) asks how long it is valid, not a time limit to act. Not with a time limit
# named ("¿Cuándo vence el plazo?", "когда истекает срок подачи"): that stays a deadline.
_EXPIRY = (
    r"run(?:s)? out\b|expir|l[äa]uft (?:\S+ ){0,5}ab\b|p[ée]rim|caduc|vence\b|"
    r"wygas|traci (?:\S+ )?wa[żz]no|expir[aă]|(?:[îi][șs]i )?pierde valabilitatea|"
    r"истека|спливає|(?:закінчу|заканчива)\w* (?:\S+ ){0,3}(?:дозв|посвідк|віз|разрешен|вид на|"
    r"виз|внж|посвідчен|срок действия|термін дії)|изтича|"
    r"(?:تنتهي|ينتهي|بتخلص|بيخلص|بتنتهي) (?:\S+ )?(?:صلاحية|إقامت|اقامت|الإقامة|الاقامة|التأشيرة|الفيزا)"
)
_EXPIRES = re.compile(
    rf"(?:\bwhen\b|\bwann\b|\bquand\b|cu[aá]ndo|\bkiedy\b|\bc[aâ]nd\b|\bкогда\b|\bколи\b|\bкога\b|"
    rf"\bمتى\b|(?:إيمتى|ايمتى|امتى|إمتى))(?:\s+\S+){{0,5}}?\s+(?:{_EXPIRY})|"
    r"ne zaman (?:\S+ )?(?:bit|dol|sona er)|s[üu]resi ne zaman|"
    r"(?:کی|چه زمانی|چه وقت) (?:تموم|تمام|منقضی)|"
    # an expiry date asked
    r"expiry date|expiration date|ablaufdatum|date d'expiration|fecha de (?:caducidad|vencimiento)|"
    r"son ge[çc]erlilik tarihi|data (?:wa[żz]no[śs]ci|expir[ăa]rii)|дата (?:окончания|истечения)|"
    r"дата закінчення|дата на изтичане|تاريخ (?:ال)?انتهاء|تاریخ انقضا"
)
# The words of expiry alone, without the words between them (`content_words` drops them as type
# words; the noun between "wann läuft … ab" names the paper asked about).
_EXPIRY_WORDS = re.compile(
    r"\brun(?:s)? out\b|expir|\bl[äa]uft\b|p[ée]rim|caduc|\bvence\b|vencimiento|wygas|"
    r"\btraci\b|pierde valabilitatea|истека|спливає|закінчу|заканчива|изтича|تنتهي|ينتهي|"
    r"بتخلص|بيخلص|بتنتهي|انقضا|منقضی|(?<!\w)(?:تموم|تمام)(?!\w)|ablaufdatum"
)


def asks_expiry(text: str) -> bool:
    """Whether a question asks when a paper or a permit expires (`_EXPIRES`), a time limit to
    act not named: answered only by a sentence that states a period, a date or no end
    (`sentences._best_sentence`)."""
    lowered = padded(text)
    return _EXPIRES.search(lowered) is not None and _TIME_LIMIT_NAMED.search(lowered) is None


# A time limit to act named beside a word of expiry (see `_EXPIRES`).
_TIME_LIMIT_NAMED = re.compile(
    r"deadline|time limit|\bfrist|d[ée]lai|date limite|\bplazo|fecha l[íi]mite|son tarih|"
    r"\btermin\b|\btermen|срок (?:подачи|для|за)|(?:строк|термін) (?:подачі|для)|مهلة|موعد|مهلت"
)
# For how many years or months a permit is given ("На сколько лет дают разрешение?", "Pentru
# câți ani se dă permisul?", "For how many years do I get it?"): the period it holds
# (validity), not a time limit.
# Back in time or before something ("لكم شهر بيرجع", "Na ile miesięcy przed końcem …"): how far
# back it pays or how long before one acts, not the period a permit holds.
_BACK_OR_BEFORE = re.compile(
    r"\bbefore|\bback\b|\bvor\b|vorher|zur[üu]ck|r[üu]ckwirk|avant|\bantes|[öo]nce|\bgeri|przed|wstecz|"
    r"[îi]nainte|[îi]napoi|перед|назад|заднім|задним|преди|قبل|رجع|پیش|گذشته"
)
_FOR_HOW_MANY_UNITS = re.compile(
    r"for how many (?:years|months)|f[üu]r wie viele (?:jahre|monate)|"
    r"pour combien (?:d'ann[ée]es|d'ans|de mois|de temps)|por cu[aá]ntos (?:años|anos|meses)|"
    r"ka[çc] (?:y[ıi]l|ay)(?:l[ıi][gğ][ıi]na| i[çc]in) (?:\S+ ){0,3}(?:veril|d[üu]zenlen|al[ıi]n)|"
    r"na ile (?:lat|miesi[ęe]cy)|(?:pentru|pe) c[âa](?:[țt]i|te) (?:ani|luni)|"
    r"на сколько (?:лет|месяцев|года)|на скільки (?:років|місяців|роки)|"
    r"за колко (?:години|месеца) (?:\S+ ){0,3}(?:дават|издава|се дава|получава)|"
    r"(?:لكم|لكام|لقديش) (?:سنة|سنه|شهر)|برای چند (?:سال|ماه)"
)


# Bringing a person, not papers ("Can I bring my parents over?", "Pot să-mi aduc soția?"): a
# family member right after a verb of bringing asks who may come (family reunification), unless
# a word of papers is there too ("Which papers do I bring for my children?").
_BRING = (
    r"\bbring|\bget (?:my|our)|nachholen|nachziehen|mitbringen|mitnehmen|\bholen|apporter|amener|"
    r"faire venir|traer|llevar|getir|sprowadzi|przywie|zabra[cć]|\baduc|\badu[cs]e|"
    r"привез|перевез|забрать|забрати|доведа|докарам|جيب|أجيب|اجيب|أحضر|احضر|استقدم|بیار|بیاور|آوردن"
)
_FAMILY = (
    r"parents|wife|husband|spouse|children|kids|family|mother|father|mum|mom|dad|son|daughter|"
    r"eltern|ehefrau|frau|ehemann|mann|kinder|familie|mutter|vater|sohn|tochter|"
    r"femme|mari|enfants|famille|m[èe]re|p[èe]re|fils|fille|conjoint|"
    r"padres|esposa|esposo|marido|mujer|hijos?|hijas?|familia|madre|padre|"
    r"anne|baba|aile|e[şs]im|[çc]ocuk|k[ıi]z[ıi]m|o[ğg]lum|"
    r"rodzic|[żz]on[eę]|m[ęe][żz]a|dzieci|rodzin|matk[eę]|ojca|syna|c[óo]rk[eę]|"
    r"p[ăa]rin[țt]|so[țt]i[ae]|so[țt]ul|copii|familia|mama|tata|fiul|fiica|"
    r"родител|жену|мужа|детей|дете|семью|маму|мать|отца|папу|сына|дочь|"
    r"батьк|дружину|чоловіка|дітей|сім'ю|родину|матір|доньку|"
    r"съпруг|децата|деца|семейство|майка|баща|дъщеря|"
    r"أهلي|اهلي|والدي|أمي|امي|أبوي|ابوي|زوجتي|زوجي|أولادي|اولادي|عائلتي|عيلتي|مرتي|"
    r"پدر|مادر|همسر|زنم|شوهر|بچه|خانواده"
)
# the words between the verb and the person: none of "with" or "for" (who comes along or for
# whom papers are brought: "bring with my son", "mitbringen für mein Kind")
_ALONG = (
    r"with|mit|avec|con|ile|z|ze|cu|с|з|مع|با|for|für|fur|pour|para|için|icin|dla|pentru|для|за|"
    r"به|برای|ل"
)
_BRING_PERSON = re.compile(
    rf"(?:{_BRING})\w*(?:[\s-]+(?!(?:{_ALONG})(?:\s|$))\S+){{0,2}}?[\s-]+(?:{_FAMILY})"
)
_RIGHT_TO = re.compile(
    r"recht auf|rechtsanspruch|anspruch|right to|entitled|droit (?:à|a|au)\b|derecho a|hakk[ıi]|"
    r"prawo do|dreptul la|право на|حق|يحق|حق دار"
)
_PAPERS = re.compile(_PAPER_WORDS)
# Papers a count question counts ("how many payslips must I show", "ile ostatnich pasków
# wypłaty", "wie viele Passfotos"): the papers to bring, not a fee or an amount (the bare
# how-much word read it as a cost, and the fee fallback gave the visa's 75 euro). Payslips in
# the 12 languages, and the papers and photo words.
_COUNTED_PAPERS = re.compile(
    rf"{_PAPER_WORDS}|{_PHOTO_WORDS}|pay ?slips?|salary slips?|gehaltsabrechnung|"
    r"lohnabrechnung|gehaltsnachweis|fiches? de (?:paie|salaire)|bulletins? de (?:paie|salaire)|"
    r"n[oó]minas?\b|bordro|pask(?:i|ów|ow) (?:wypłat|wyplat|płac|plac)|flutura[șs]|"
    r"расч[её]тн\w* лист|розрахунков\w* лист|фиш\w* за заплат|"
    r"(?:كشف|كشوف|قسيمة|قسائم) (?:ال)?(?:راتب|رواتب)|فیش(?:‌| )?(?:های )?حقوق"
)


# Where to find something free ("¿dónde puedo ir a un médico gratis?", "де в Дортмунді
# безкоштовно приймає лікар?", "има ли някъде безплатен лекар?"): the place is asked, not the
# price, and a fee sentence that says a consultation is free does not say where one goes. A
# free word with a where word (or "somewhere") and no how-much word is no cost question
# (`classify`: no type, so the sentence that holds the question's rare words may tell it).
_WHERE_TO_GO = re.compile(
    r"\bwhere\b|somewhere|anywhere|\bwo\b|wohin|irgendwo|\boù\b|quelque part|d[oó]nde|"
    r"alg[úu]n (?:sitio|lugar)|nerede|nereye|bir yer|gdzie|\bunde\b|undeva|\bгде\b|куда|"
    r"где-(?:то|нибудь)|\bде\b|десь|куди|къде|някъде|أين|اين|\bوين\b|\bفين\b|مكان|کجا|جایی"
)
_FREE_OF_CHARGE = re.compile(
    r"\bfree\b(?! movement)|for nothing|kostenlos|kostenfrei|umsonst|gratis|gratuit|[üu]cretsiz|"
    r"bedava|za darmo|bezp[łl]atn|бесплатн|безкоштовн|безплат|مجان|ببلاش|رایگان|無料"
)


def asks_where_free(lowered: str) -> bool:
    """Whether a question (as `padded` gives it) asks where to find something free (`_WHERE_TO_GO`)."""
    return (
        _FREE_OF_CHARGE.search(lowered) is not None
        and _WHERE_TO_GO.search(lowered) is not None
        and _HOW_MUCH.search(lowered) is None
        and _WHAT_COSTS.search(lowered) is None
    )


# By phone as the way something happened ("Мне по телефону навязали договор", "they sold me a
# contract by phone"), not a number asked: with a where word and no other phone word, the
# question asks where to go (`classify`).
_BY_PHONE = re.compile(
    r"by (?:tele)?phone|over the phone|on the phone|am telefon|telefonisch|per telefon|"
    r"par t[ée]l[ée]phone|au t[ée]l[ée]phone|por tel[ée]fono|telefonda|telefonla|telefonicznie|"
    r"przez telefon|prin telefon|la telefon|по телефону|по телефона|телефонно|"
    r"عبر الهاتف|بالهاتف|بالتلفون|على التلفون|تلفنی|پشت تلفن|با تلفن"
)


def _without_by_phone(lowered: str) -> str | None:
    """A phone question whose only phone word is "by phone" and that asks where to go: the
    question without its "by phone", else None."""
    if _WHERE_TO_GO.search(lowered) is None or _BY_PHONE.search(lowered) is None:
        return None
    rest = _BY_PHONE.sub(" ", lowered)
    return None if any(p.search(rest) for k, p in _COMPILED if k == "phone") else rest


# The street or the address asked ("In welcher Straße ist das Jugendamt, wo ich die Unterlagen
# abgebe?", "What is the address of the office where I hand in the papers?", "اداره … در کدام
# خیابان است؟"; agree20): where, though a word of the papers or of paying ("Unterlagen",
# "پیش‌پرداخت") comes first in the type patterns. 12 languages, casefolded.
_ADDRESS_ASKED = re.compile(
    r"(?:which|what) street|welche[rnms]? stra(?:ß|ss)e|quelle rue|qu[ée] calle|"
    r"hangi (?:sokak|cadde)|(?:na|przy) (?:jakiej|której|ktorej) ulic|jaka (?:to )?ulica|"
    r"(?:pe )?ce strad[ăa]|pe care strad[ăa]|(?:на )?как(?:ой|ая) улиц|(?:на )?як(?:ій|а) вулиц|"
    r"(?:на )?коя улица|(?:أي|اي|انو|أنو) شارع|(?:کدام|کدوم|چه) خیاب(?:ا|و)?ن|"
    r"what is the address|(?:wie|was) ist die (?:adresse|anschrift)|quelle est l'adresse|"
    r"cu[aá]l es la direcci[oó]n|adresi (?:nedir|nerede|ne(?! kadar| zaman)\b)|jaki jest adres|care (?:este|e) adresa|"
    r"какой (?:у \S+ )?адрес|яка (?:у \S+ )?адреса|какъв е адресът|"
    # (the Persian address asked where it is, or as the question's first noun: not "هزینه تغییر
    # آدرس چیست", what changing the address costs; review of agree20)
    r"(?:ما|ما هو|شو) (?:ال)?عنوان|(?:آدرس|نشانی)(?: \S+)? (?:کجاست|کجا است)|"
    r"^\W*(?:(?!هزینه|مدارک|مدرک|قیمت|چقدر)\S+ ){0,3}(?:آدرس|نشانی)(?:ش)? (?:چیست|چیه)"
)


# The street or place to type into a navigation device or map ("Welche Straße muss ich ins Navi
# eingeben, wenn ich zum Amt will? Mein Termin ist morgen.", "What do I enter in the GPS to get
# to the office?"; none25): where, though a word of the story ("Termin", a fee) comes first in
# the type patterns. A navigation word and a verb of typing or entering within six words, either
# order; 12 languages, casefolded. Not the Kita-Navigator (the German "navigator" is no word here).
_NAVIGATION_WORD = (
    r"(?:(?<!kita-)(?<!kita )\bnavis?\b|(?<!kita-)\bnavi-|navigation|navigationsger|\bgps\b|google maps|\bmaps\b|"
    r"navegador|navigasyon|nawigacj|navigați|navigaţi|navigatie|навигатор|навигаци|навігатор|"
    r"навігаці|الملاحة|الخريطة|جي بي اس|مسیریاب|نقشه|جی‌پی‌اس|جی پی اس)"
)
_ENTERING_VERB = (
    r"(?:\btype\b|\btyping\b|\benter\b|\bput\b|\bkey in\b|eingeben|eintippen|eintragen|"
    r"\bgebe? ich\b|\bentrer\b|\btaper\b|\bsaisir\b|\bmettre\b|\bmets\b|\bponer\b|"
    r"\bpongo\b|\bmeto\b|\bescribir\b|\bescribo\b|introduc|"
    r"\byaz(?:ay[ıi]m|aca[ğg][ıi]m|mam|mal[ıi]y[ıi]m|mal[ıi]|mak|[ıi]yorum|[ıi]n|ar[ıi]m)\b|"
    r"\bgir(?:eyim|ece[ğg]im|mem|meliyim|meli|mek|iyorum|in)\b|"
    r"wpisa|wpisuj|wpisz|wprowadz|\bscriu\b|\bpun\b|tastez|ввести|вбить|ввожу|вбиваю|набрать|"
    r"вбити|вводити|набрати|въведа|въвеждам|напиша|أدخل|ادخل|اكتب|أكتب|احط|أحط|بحط|نكتب|ندخل|"
    r"وارد کن|بزنم|بنویسم)"
)
# The thing to type asked with a what/which word (what do I enter, which street), 12 languages.
_NAVIGATION_WHAT = re.compile(
    r"\b(?:what|which|welche[rsnm]?|was|quoi|qu'est-ce|quel(?:le)?s?|qu[eé]|cu[aá]l|jak[aąi]?|co|ce|"
    r"hangi|ne)\b|(?<!\w)(?:как(?:ую|ой|ое)|что|як(?:у|ий|е)|що|ко(?:я|й|е)|какв[оа])(?!\w)|"
    r"(?<!\w)(?:أي|اي|ماذا|شو|چه|کدام)(?!\w)"
)
_NAVIGATION_ENTERED = re.compile(
    rf"{_NAVIGATION_WORD}\S*(?:\W+\S+){{0,6}}?\W*{_ENTERING_VERB}|"
    rf"{_ENTERING_VERB}\S*(?:\W+\S+){{0,6}}?\W*{_NAVIGATION_WORD}"
)


@functools.lru_cache(maxsize=1024)
def _first_kind(lowered: str) -> int:
    """The position in `_COMPILED` of the first type pattern that matches a (`padded`)
    question, len(_COMPILED) when none does. `classify` takes its type from it, and
    `content_words` need not run the patterns before it: they match nothing there."""
    return next(
        (i for i, (_kind, pattern) in enumerate(_COMPILED) if pattern.search(lowered)),
        len(_COMPILED),
    )


@functools.lru_cache(maxsize=1024)
def classify(text: str) -> str | None:
    """The question type of a question, or None (no factual question recognised): the type its
    words give (`_typed`), else the papers when it asks for the form one needs
    (`_FORM_ASKED`)."""
    clause = _asking_clause(text)
    if clause is not None:
        kind = classify(clause)
        if kind is not None:
            return kind
    kind = _typed(text)
    if kind is None and _FORM_ASKED.search(padded(text)):
        return "documents"
    return kind


# Where a question's sentences end: after "?", "؟", "!", and after a full stop or an ellipsis
# that ends a sentence (`_ends_sentence`).
_CLAUSE_END = re.compile(r"(?<=[?؟!.…])\s+")
_ASKING_END = ("?", "؟")
# Words shortened with a dot that do not end a sentence before a capital, in the portal's
# languages (casefolded, without the dot): "inkl. Foto", "ca. 50 Euro", "Dr. Müller", "ул.
# Ленина". Not the words that end a list or are everyday words ("usw.", "etc.", "и т.д.",
# "no", "max"): a capital after them starts a sentence ("Pass, Foto usw. Wo …?"). A one- or
# two-digit number ("1. Mai") and a word of short pieces with dots inside ("z.B.", "т.к.") end
# none either; a year, an amount, a date or a web address does ("Er läuft 2027 ab. Wann …?").
_ABBREVIATIONS = frozenset(
    "bzw ca ggf ggfs inkl evtl nr str dr prof abs vgl bspw zzgl approx incl mr mrs "  # noqa: SIM905
    "ms vs cf env aprox ej sr sra np tzn ul örn bkz напр ул г см тел стр".split()
)
# The Cyrillic "и т.д.", "и т.п.", "и т.н." (and so on): short dotted pieces that end a list, as
# "usw." does.
_LIST_ENDS = frozenset({"т.д", "т.п", "т.н"})
# A question asked first with nothing but its type words ("Wie lange? Ich meine die
# Fiktionsbescheinigung."): the story after it says what is asked. These words say nothing more.
_EMPHASIS = frozenset(
    {"genau", "exactly", "exactement", "exactamente", "именно", "точно", "саме", "dokładnie"}
)
# What one reads a fact in or about ("Where can I find this information?", "Где это
# посмотреть на сайте?"): beside a where-to-read phrase they name nothing asked.
_INFORMATION_WORDS = frozenset(
    "info infos information informations informationen información informacion informação "  # noqa: SIM905
    "informația informatia informații informatii informacje informacji bilgi bilgiyi "
    "bilgileri информацию информация информацията інформацію інформація المعلومات معلومات "
    "اطلاعات site website seite webseite internetseite internet page strona stronie sitio web "
    "sayfa сайт сайте сайті уебсайт موقع سایت وبسایت".split()
)
# An asking sentence that asks where to read a fact or who can tell it ("Where can I find it?",
# "Wer kann mir das sagen?", "Где это посмотреть?"): the story names the fact asked. "Where can
# I ask?" asks for a place and is not one of them. Casefolded, padded text, 12 languages.
_WHERE_TO_READ = re.compile(
    r"where can i (?:find|see|read|look|check)|where (?:is|are) (?:it|this|that|they) written|"
    r"who can (?:tell|help) me|"
    r"\bwo (?:finde|sehe|lese) ich|\bwo steht\b|"
    r"\bwo kann (?:ich|man) (?:\S+ )?(?:finden|nachlesen|sehen|nachschauen|lesen)|"
    r"wer kann mir (?:\S+ )?(?:sagen|helfen)|"
    r"где (?:можно |могу |мне )?(?:\S+ )?(?:посмотреть|найти|прочитать|написано)|"
    r"кто (?:мне )?может (?:\S+ )?(?:помочь|сказать|подсказать)|"
    r"де (?:можна |можу )?(?:\S+ )?(?:подивитися|знайти|прочитати|написано)|"
    r"хто (?:мені )?може (?:\S+ )?(?:допомогти|сказати|підказати)|"
    r"gdzie (?:mogę|moge|można|mozna) (?:to )?(?:sprawdzić|sprawdzic|znaleźć|znalezc|"
    r"przeczytać|zobaczyć)|kto (?:mi )?(?:może|moze) (?:pomóc|powiedzieć)|kto mi pomoże|"
    r"unde (?:pot|se poate) (?:găsi|gasi|vedea|citi|verifica)|"
    r"cine (?:mă|ma|îmi|imi) poate (?:ajuta|spune)|"
    r"d[óo]nde (?:puedo|se puede) (?:ver|encontrar|leer|consultar)|"
    r"qui[ée]n (?:me )?puede (?:ayudar|decir)|"
    r"où (?:puis-je|peut-on|je peux) (?:les |le |la |l')?(?:trouver|voir|lire|consulter)|"
    r"qui peut m'(?:aider|dire)|"
    r"nereden (?:bakabilirim|öğrenebilirim|bulabilirim|görebilirim)|"
    r"nerede (?:bulabilirim|görebilirim|okuyabilirim)|"
    r"أين (?:أجد|اجد|يمكنني)|من (?:يستطيع|يمكنه) (?:أن )?(?:يساعدني|يخبرني|مساعدتي)|"
    r"کجا (?:می‌توانم |میتوانم |می توانم )?(?:ببینم|پیدا کنم|بخوانم)|"
    r"چه کسی (?:می‌تواند|میتواند) (?:به من )?(?:کمک|بگوید)|"
    r"къде (?:мога да |да )?(?:видя|намеря|прочета|проверя)|"
    r"кой (?:може|ще) (?:да )?(?:ми )?(?:помогне|каже)"
)


def _ends_sentence(part: str, following: str) -> bool:
    """Whether the full stop or ellipsis closing `part` ends a sentence before `following`:
    not before a small letter ("urząd ds. młodzieży", "Was kostet... äh... der Pass?"; a
    question typed all in small letters is then one sentence, as before the rule), not after a
    shortened word or a short number (`_ABBREVIATIONS`). A dot after a closing bracket or quote
    ends one ("(Pass, Foto usw.)."), and so does a lone dot ("Hallo. . Wo …?")."""
    if not part.endswith((".", "…")):
        return True
    if following[:1].islower():
        return False
    if part.endswith(("...", "…")):
        return True
    words = part[:-1].split()
    if not words or words[-1][-1:] in ")]\"'»”“":
        return True
    word = words[-1].casefold().lstrip("([\"'«„“")
    if word.isdigit():
        return len(word) > 2
    if "." in word:
        pieces = [piece for piece in word.split(".") if piece]
        return word.rstrip(".") in _LIST_ENDS or not all(
            piece.isalpha() and len(piece) <= 3 for piece in pieces
        )
    return not (word in _ABBREVIATIONS or len(word) == 1)


def question_sentences(text: str) -> list[str]:
    """The sentences of a question, in order (`_ends_sentence` decides where one ends)."""
    sentences: list[str] = []
    for part in _CLAUSE_END.split(text.strip()):
        if not part:
            continue
        if sentences and not _ends_sentence(sentences[-1], part):
            sentences[-1] += " " + part
        else:
            sentences.append(part)
    return sentences


def _bare(sentence: str) -> bool:
    """Whether an asking sentence holds nothing but its type words ("Wie lange?", "Where
    exactly?"; not "Wo ist das?", which asks where a thing named before is)."""
    return all(
        word in _EMPHASIS for word in tokens(content_words(sentence, _typed(sentence) or ""))
    )


_WHO_TELLS = re.compile(r"^(?:who|wer|кто|хто|kto|cine|qui|من |چه کسی|кой)")


def _asks_where_to_read(sentence: str) -> bool:
    """Whether an asking sentence asks only who can tell a fact ("Wer kann mir das sagen?") or
    where to read it (`_WHERE_TO_READ`) and names nothing else but what one reads it in
    ("Where can I find it?", "… this information?"; not "Where can I find the Bürgerbüro?")."""
    padded_sentence = padded(sentence)
    match = _WHERE_TO_READ.search(padded_sentence)
    if match is None:
        return False
    if _WHO_TELLS.search(match.group()):
        return True
    rest = padded_sentence[: match.start()] + " " + padded_sentence[match.end() :]
    return all(
        word in _INFORMATION_WORDS
        or word in _EMPHASIS
        or any(is_filler(word, language) for language in STOPWORDS)
        for word in tokens(rest)
    )


def _asking_clause(text: str) -> str | None:
    """The one sentence of a question of several that asks (ends in a question mark), when the
    others tell only its story: None when there is one sentence, when not exactly one asks,
    when it asks where to read the fact or who can tell it (`_WHERE_TO_READ`: the story names
    the fact), or when it comes first with nothing but its type words (`_bare`: the story
    after it says what is asked)."""
    sentences = question_sentences(text)
    if len(sentences) < 2:
        return None
    asking = [i for i, s in enumerate(sentences) if s.rstrip().endswith(_ASKING_END)]
    if len(asking) != 1:
        return None
    sentence = sentences[asking[0]]
    if _asks_where_to_read(sentence):
        return None
    if asking[0] == 0 and _bare(sentence):
        return None
    return sentence


def _typed(text: str) -> str | None:
    """The question type its words give, or None.

    The keyword patterns decide first; then what the question measures refines them. An
    earnings, wage or percentage question asks an amount ("money"), never a fee. A "how much /
    how many" word before a time unit ("за скільки днів", "ne kadar önceden", "ile mam czasu")
    asks a time: how long it takes when the question says taking or waiting, otherwise by when
    (a period one has, a time before something, a deadline)."""
    lowered = padded(text)
    first = _first_kind(lowered)
    kind = _COMPILED[first][0] if first < len(_COMPILED) else None
    # How many papers (payslips, photos, documents) to show or bring: the papers.
    if kind in (None, "cost") and counts_papers(lowered):
        return "documents"
    # The street or address asked beside the papers to hand in or a word of paying: where.
    if kind in ("documents", "cost", "money") and _ADDRESS_ASKED.search(lowered):
        return "where"
    # The street or place to type into a navigation device: where (none25).
    # Only over no type or a deadline read from the story, and with the thing to type asked
    # (what/which): a navigation device named beside a price, papers or a time asked is
    # background (review 3 of the twenty-ninth session).
    if (
        kind in (None, "deadline")
        and _NAVIGATION_ENTERED.search(lowered)
        and _NAVIGATION_WHAT.search(lowered)
    ):
        return "where"
    if kind == "documents" and _BRING_PERSON.search(lowered) and not _PAPERS.search(lowered):
        return "who"
    # From when one has a right ("Ab wann hat ein Kind Anspruch auf …?"): a condition of who
    # has it (an age), not a date of the deadlines.
    if kind == "deadline" and FROM_WHEN.search(lowered) and _RIGHT_TO.search(lowered):
        return "who"
    if kind == "phone" and asks_call_paid(lowered):
        return "cost"
    if (
        kind in (None, "deadline", "cost", "money")
        and _HOW_SOON.search(lowered)
        and not _MUST.search(lowered)
        and not _SHOULD.search(lowered)
        and not _PAID_OR_FREE.search(lowered)
        and not _APPLYING.search(lowered)
    ):
        return "processing_time"
    # ... with a must or a should, a how-soon read as a price by its how-much word ("Cât de
    # curând trebuie să mă înregistrez?") is a time limit (review of none18)
    if (
        kind in ("cost", "money")
        and _HOW_SOON.search(lowered)
        and not _PAID_OR_FREE.search(lowered)
    ):
        return "deadline"
    # How much earlier, no word of paying ("Ile wcześniej trzeba zgłosić ślub?", "Колко по-рано
    # трябва да заявим брака?"): a time before something, by when (none18).
    if (
        kind in (None, "cost", "money")
        and _HOW_MUCH_EARLIER.search(lowered)
        and not _PAID_OR_FREE.search(lowered)
    ):
        return "deadline"
    rest = _without_by_phone(lowered) if kind == "phone" else None
    if rest is not None:
        return next((k for k, p in _COMPILED if k != "phone" and p.search(rest)), "where")
    if kind == "cost" and asks_where_free(lowered):
        return None
    # Whether everyone or each must pay ("muss jeder den Beitrag zahlen?", "czy każdy musi
    # płacić?"), no how-much word: who pays, not how much.
    if kind == "cost" and _EVERYONE_PAYS.search(lowered) and not _HOW_MUCH.search(lowered):
        return "who"
    if kind in (None, "cost") and asks_retroactive(lowered):
        return "deadline"
    if (
        kind in (None, "deadline")
        and _UNTIL_HOUR_OR_DAYS.search(lowered)
        and (
            _OFFICE_AT_WORK.search(lowered)
            or _COME.search(lowered)
            or _COUNSEL_VISIT.search(lowered)
        )
        and not _MUST.search(lowered)
    ):
        return "open"
    if kind in ("phone", "open"):
        return kind
    if kind in (None, "deadline", "processing_time", "cost") and _PAPER_LASTS.search(lowered):
        return "validity"
    if (
        kind in (None, "deadline", "processing_time", "cost")
        and _VALID_VERB.search(lowered)
        and _VALID_VERB_TIME.search(lowered)
        # not a time it takes, one waits or one has ("¿… cuánto tiempo tarda?", "Скільки часу
        # чекати, поки діє заборона?", "¿Cuánto tiempo tengo …?")
        and not _MUST.search(lowered)
        and not _PROCESS.search(lowered)
        and not _TIME_HELD.search(lowered)
    ):
        return "validity"
    if (
        kind in (None, "deadline", "documents")
        and _EXPIRES.search(lowered)
        and not _TIME_LIMIT_NAMED.search(lowered)
    ) or (
        kind in (None, "deadline", "cost")
        and _FOR_HOW_MANY_UNITS.search(lowered)
        and not _BACK_OR_BEFORE.search(lowered)
    ):
        return "validity"
    # How long one must have worked or lived ("Сколько месяцев нужно проработать, чтобы …?"):
    # a period to have completed, read with the time limits and the body
    # (`asks_completed_period`), not how long an office takes.
    if kind == "processing_time" and asks_completed_period(text):
        return "deadline"
    # An age limit with no other type word ("Bis zu welchem Alter gibt es Kindergeld?", "De la
    # ce vârstă am voie să votez?") is a condition of who may have it; the most one gets or
    # pays ("What's the most Elterngeld I can get in a month?") is an amount.
    # The lowest or highest income ("What is the minimum income for the Blue Card?"): an amount,
    # not who may have it
    if kind in (None, "who") and _LIMIT_INCOME_ASKED.search(lowered):
        return "money"
    # an income above which a benefit is not paid ("С какого дохода не платят Elterngeld?",
    # "Peste ce venit nu se plătește …?"): the paying word is the benefit's, the asked figure
    # an income (up to what income a course is free stays a price: its fees state the limit)
    if kind == "cost" and _INCOME_ABOVE_NOT_HAD.search(padded(text)):
        return "money"
    if kind is None:
        implied = _QUANTITY_TYPES.get(asked_quantity(text))
        if implied is not None:
            return implied
        # a date asked with no other type word ("Until which day can I register …?", "از کی
        # مدرسه اجباری است؟"): a time limit or the date a rule holds from
        if asks_date(text) or asks_since(text):
            return "deadline"
        # a clock time asked with no other type word ("قبل أي ساعة يجب أن …؟"): a time limit
        # (number12; the office's hours are asked with an office word, the "open" type)
        if asks_clock_time(text):
            return "deadline"
    # a day of the calendar asked with a bare how-much word ("Formu hangi güne kadar
    # verebilirim?": "kadar" reads as a price): a time limit
    if kind == "cost" and asks_date(text):
        return "deadline"
    # A bare how-much word read as a fee asks the age itself in "من عمر كم", "ab wie viel Jahren"
    # when no word of paying or of a fee is there ("Ab welchem Alter muss ich zahlen?" is a fee).
    if kind == "cost" and not _PAID_OR_FREE.search(lowered) and asked_quantity(text) == "age":
        return _QUANTITY_TYPES["age"]
    # A threshold question asks from what degree something holds, not how long it is valid
    # ("Ab welchem GdB gilt man als schwerbehindert?"): a condition of who has it.
    if kind == "validity" and asked_quantity(text) == "threshold":
        return "who"
    # A physical measure asked ("Ab wie viel Kilogramm gilt ein Hund als groß?", "À partir de
    # combien de kilos …?", "Bis wie viel ccm …?") is a condition of the rule, stated in its
    # body or who-may text, not a validity ("gilt"), a fee or a time ("bis wie viel"): read as
    # who may, its sentence must state the measure (`sentences.QUANTITY_MODULES`).
    if kind in _MEASURE_OVERRIDES and asked_quantity(text) in MEASURES:
        return "who"
    # "How long can I apply?" without a word of validity: until when one may apply.
    if kind == "validity" and _APPLYING.search(lowered) and not _VALID_WORD.search(lowered):
        return "deadline"
    if (
        kind in _AMOUNT_OVERRIDES
        and _EARNINGS.search(lowered)
        and not _HOW_MANY_UNITS.search(lowered)
        and not _HOW_LONG.search(lowered)
    ):
        return "money"
    if kind == "cost" and _TIME_HELD_BETWEEN.search(lowered):
        return "deadline"
    if (
        kind == "cost"
        and _RECEIVED.search(lowered)
        and not _FEE_WORD.search(lowered)
        # a time counted after the how-much word ("ne kadar sürede alırım"); a rate before it
        # is what the amount is paid per ("ماهانه چقدر … می‌گیرد", monthly)
        and not _HOW_MUCH_UNIT.search(lowered)
        and not _HOW_LONG.search(lowered)
        and not _PROCESS.search(lowered)
        and not _WHEN.search(lowered)
    ):
        return "money"
    if kind == "cost" and (_WHEN.search(lowered) or _WITHIN_HOW_MUCH.search(lowered)):
        # "when does the answer come, how long does it take": taking, unless a must asks by when
        if _PROCESS.search(lowered) and not _MUST.search(lowered):
            return "processing_time"
        return "deadline"
    # A photo's size or format ("какъв размер трябва да е снимката") is one of the papers, not
    # an amount ("размер" is the Russian amount word).
    if kind == "money" and _PHOTO.search(lowered) and not _PAID_OR_FREE.search(lowered):
        return "documents"
    # ... and with a size word when the how-much word read it as a price or no word typed it
    # ("اندازه عکس … چقدر باید باشد؟", "Ce dimensiune trebuie să aibă poza …?"; none24)
    if kind in (None, "cost") and _photo_size_asked(lowered) and not _PAID_OR_FREE.search(lowered):
        return "documents"
    if kind is None and (
        _DAYS_AND_HOURS.search(lowered)
        or (_VISIT_WHEN.search(lowered) and not _MUST.search(lowered))
    ):
        return "open"
    # A bare "when can / must I …" (not "at what hours", not a visit: "When can I come by?")
    # asks a point in time: the deadlines ("Kiedy mogę złożyć kolejny wniosek?", "Когда можно
    # вернуть взносы?").
    if kind is None and _WHEN_MAY.search(lowered) and not _COME.search(lowered):
        return "who" if _WHO_MUST.search(lowered) else "deadline"
    # Paying back or in instalments without a fee word ("Muss das BAföG zurückgezahlt
    # werden?"): a money question about the way of paying (`asked_payment`).
    if kind is None and (_REPAY_MONEY.search(lowered) or _INSTALMENTS_ASKED.search(lowered)):
        return "money"
    # Whom one may bring ("Кого можно забрать к себе?", "Whom can I bring over?"): who may,
    # though "bring" is a documents word.
    if kind in (None, "documents") and _WHOM.search(lowered):
        return "who"
    if kind is None and _WHEN_AWAITED.search(lowered) and not _MUST.search(lowered):
        return "processing_time"
    if kind is None and _IMMEDIATE.search(lowered):
        return "deadline" if _MUST.search(lowered) else "processing_time"
    # After how long something happens, no unit named: how long it takes (with a must and no
    # word of taking: by when).
    if kind in (None, "cost") and _AFTER_HOW_LONG.search(lowered) and not units_in(lowered):
        if _MUST.search(lowered) and not _PROCESS.search(lowered):
            return "deadline"
        return "processing_time"
    # The unit is only read around a how-much word (most questions have none: one search).
    how_much = _HOW_MUCH.search(lowered) is not None
    # How much one pays, beside a clause that says something takes long ("Mein Antrag dauert
    # noch, wie viel kostet die Fiktionsbescheinigung?"): a fee, unless a how-long word or a
    # time counted after the how-much word asks the time (`_HOW_MUCH_PAID`).
    if (
        kind in ("cost", "processing_time")
        and how_much
        and _asks_paid(lowered)
        and not _HOW_MUCH_TIME.search(lowered)
        and not _HOW_LONG.search(lowered)
    ):
        return "cost"
    if kind in (None, "validity", "cost") and not how_much and _APPLIES_TO.search(lowered):
        return "who"
    # A rate named beside counted units of time ("wie viele Stunden pro Woche", "how many days a
    # month") counts the time, unless a word of paying asks its price.
    counts_time = (
        _HOW_MANY_UNITS.search(lowered) is not None
        and not _PAID_OR_FREE.search(lowered)
        and not _HOW_MUCH_RATE.search(lowered)
    )
    if not how_much or (_PRICE_OR_RATE.search(lowered) and not counts_time):
        return kind
    # A period named with its number beside a how-much word and no unit asked ("prolongation
    # de deux mois, combien ?", "Oturum iznimi bir yıl uzatmak ne kadar?"): the price of that
    # period, not a time (the unit before the how-much word read as a time counted)
    if (
        kind == "cost"
        and not _HOW_LONG.search(lowered)
        and not _PROCESS.search(lowered)
        and names_periods_only(lowered)
    ):
        return "cost"
    if (
        _HOW_MUCH_TIME.search(lowered)
        or _PROCESS.search(lowered)
        or _BEFORE_HOW_MUCH.search(lowered)
    ):
        if kind == "validity":
            return kind
        if _UNTIL_RECEIVED.search(lowered):
            return "processing_time"
        # "have" asks a time one has only beside a counted time ("how much time do we
        # have"), not in a clause of its own ("Cât poate dura … dacă avem certificate …?")
        counted = _HOW_MUCH_TIME.search(lowered) is not None
        # and only in the sentence that asks: "I have" told before it is the asker's case or a
        # tense ("Ich habe alles abgegeben. Wie lange dauert die Karte?", "J'ai donné mes
        # empreintes. Combien de temps pour la carte ?"), not a time one has (duration17)
        if counted and _TIME_HELD.search(_asking_sentence(lowered)):
            return "deadline"
        # an office's work awaited (before the "before" words: "Сколько времени до
        # результата?" waits for the result, it names no time before an act)
        # (or a counted time: "How many weeks does the printing office need to make the
        # card?", "Wie viele Wochen braucht die Bundesdruckerei …?"; agree24)
        if (
            (_HOW_LONG.search(lowered) or (counted and _MAKING.search(lowered)))
            and _AWAITED_WORK.search(lowered)
            and not _MUST.search(_OFFICE_NEEDS.sub(" ", lowered))
            and not _TIME_LIMIT_NAMED.search(lowered)
        ):
            return "processing_time"
        if _TIME_BEFORE.search(lowered) or _BEFORE_HOW_MUCH.search(lowered):
            return "deadline"
        # the spoken Arabic verb of taking is getting too: units counted per a period beside it
        # ("كم ساعة ألماني بالأسبوع بياخد ابني؟", how many hours a week my son gets) are a rate,
        # typed as the other counted rates are, not how long something takes
        if (
            counted
            and asked_rate(text)
            and asked_units(text) - asked_rate(text)
            and _TAKES_OR_GETS.search(lowered)
        ):
            return "deadline"
        # checking beside a how-long word or a counted time ("How many weeks does the office
        # check …?", "Wie viele Wochen prüft die Behörde …?", "Колко седмици службата проверява
        # …?"; duration17): how long the office takes
        if _PROCESS.search(lowered) or (
            _CHECKING.search(lowered) and (_HOW_LONG.search(lowered) or counted)
        ):
            return "processing_time"
        if _MUST.search(lowered):
            return "deadline"
        if kind in ("processing_time", "deadline"):
            return kind
        return "deadline"
    return kind


@functools.lru_cache(maxsize=1024)
def asked_units(text: str) -> frozenset[str]:
    """The units of time a question counts in ("¿en cuántos días …?", "Сколько недель …",
    "how many weeks in advance"): those next to its how-much word."""
    lowered = padded(text)
    units: set[str] = set()
    persian = reads_persian(lowered)
    # the unit after the how-much word read apart too: a word before it that reads as a unit
    # ("an" is the French year: "for an Ausbildung, how many hours") would take the how-much
    # word into a unit-first match, and the hours after it would go unread
    matches = [*_HOW_MUCH_TIME.finditer(lowered), *_HOW_MUCH_UNIT.finditer(lowered)]
    for m in matches:
        end = m.end()
        while end < len(lowered) and not lowered[end].isspace():
            end += 1  # the whole word ("скільки дн" is "скільки днів")
        units |= units_in(lowered[m.start() : end], persian)
        if _HOW_MUCH_LAST.search(lowered[m.start() : end]):
            # the unit came first ("haftada kaç saat", "yılda kaç gün"): the word after the
            # how-much word is the unit counted, the one before it may be the rate's period
            following = _NEXT_WORD.match(lowered, end)
            units |= units_in(following.group(0) if following else "", persian)
    rate = asked_rate(text)
    # the period of a rate is no counted unit ("haftada kaç saat" counts hours, per week)
    return frozenset(units - rate if units - rate else units)


# A match of `_HOW_MUCH_TIME` that ends in its how-much word (the unit before it), and the word
# after a position.
_HOW_MUCH_LAST = re.compile(rf"(?:{_HOW_MUCH_WORDS})\S*$")
_NEXT_WORD = re.compile(r"\s*\S*")


@functools.lru_cache(maxsize=1024)
def content_words(text: str, kind: str) -> str:
    """The question without the words that only say what kind of fact is asked ("how much
    does … cost"): what is left names the thing asked about. In a cost or amount question a
    time unit is what is paid for ("скільки коштує одна година", "wie viel kostet eine
    Stunde"): it stays."""
    lowered = padded(text)
    # the type patterns before the first that matches (`_first_kind`, as `classify` read
    # them) find nothing in the question: not run again
    patterns = [p for _kind, p in _COMPILED[_first_kind(lowered) :]]
    if kind not in ("cost", "money"):
        patterns.append(_HOW_MUCH_TIME)
    # the words that made it an office's hours or a validity question after the patterns
    # ("До скольки работает …", "Göçmenlik dairesi saat kaça kadar hizmet veriyor?"): type
    # words too ("hizmet" matched the Ukraine info point's "hizmet saatleri")
    if kind == "open":
        patterns += [_UNTIL_HOUR_OR_DAYS, _OFFICE_AT_WORK_WORDS]
    if kind == "validity":
        patterns.append(_EXPIRY_WORDS)
    spans = []
    for start, end in (m.span() for pattern in patterns for m in pattern.finditer(lowered)):
        # Whole words go: "costă" matched by "cost" leaves no "ă" behind.
        while start > 0 and not lowered[start - 1].isspace():
            start -= 1
        while end < len(lowered) and not lowered[end].isspace():
            end += 1
        spans.append((start, end))
    # each character of a span becomes a space, the rest stays: cut out span by span (the
    # spans overlap where two patterns match one word) instead of character by character
    parts: list[str] = []
    position = 0
    for start, end in sorted(spans):
        start = max(start, position)
        if end > start:
            parts += (lowered[position:start], " " * (end - start))
            position = end
    parts.append(lowered[position:])
    return "".join(parts)


# The quantities a question may ask for that its type alone does not pin down: an age ("bis zu
# welchem Alter", "¿a partir de qué edad?", "تا چند سالگی") and a percentage ("Ce procent din
# salariul brut …"). A sentence answers such a question only when it states that quantity
# (`stated_quantities`): "Eltern mit Kindern bis zum Schulbeginn" is no age, an accident
# insurance's costs are no contribution rate. Casefolded text, all 12 languages and Japanese.
_AGE_ASKED = re.compile(
    r"what age|which age|how old|age limit|\bages?\b (?:limit|up to|until|from)|"
    r"welche[mnrs]? alter|wie alt\b|altersgrenze|\balter (?:von|ab|bis)\b|"
    r"quel (?:âge|age)|limite d'(?:âge|age)|jusqu'(?:à|a) (?:quel )?(?:âge|age)|"
    r"qu[eé] edad|l[ií]mite de edad|hasta (?:qu[eé] |la )?edad|desde (?:qu[eé] |la )?edad|"
    r"cu[aá]ntos años (?:tiene|debe|hay que)|"
    r"ka[çc] yaş|kac yas|hangi yaş|hangi yas|yaş(?:ına|ina|ından|indan) kadar|yaş sınır|yas sinir|"
    r"yaşından itibaren|yasindan itibaren|"
    r"w jakim wieku|od jakiego wieku|do jakiego wieku|od ilu lat|do ilu lat|granica wieku|"
    r"limit wieku|\bile lat (?:musi|ma)|"
    r"ce v[aâ]rst[aă]|de la ce v[aâ]rst|p[aâ]n[aă] la ce v[aâ]rst|limita de v[aâ]rst|"
    r"c[aâ]ți ani (?:trebuie|are)|cati ani (?:trebuie|are)|"
    r"какого возраста|каком возрасте|скольки лет|возрастн|до (?:какого )?возраста|"
    r"якого віку|якому віці|скількох років|до якого віку|з якого віку|вікова межа|вікове обмеження|"
    r"каква възраст|каква е възрастта|на колко години|до колко години|от колко години|"
    r"до каква възраст|от каква възраст|възрастова граница|"
    r"(?:أي|اي|كم|اى) (?:عمر|سن)|(?:عمر|سن) كم|بأي عمر|بأي سن|(?:حد|حتى) (?:ال)?عمر|الحد الأقصى للعمر|"
    r"چند سالگی|چند ساله|چه سنی|تا چه سن|از چه سن|محدودیت سنی|"
    # under or over how many years ("для молодых до 25"): an age limit, not a time
    r"(?:under|below|over|above|younger than|older than) how many years|"
    r"(?:unter|über|uber|jünger als|älter als) wie ?vielen? jahren?|"
    r"(?:moins|plus) de combien d'ans|(?:menores?|mayores?) de cu[aá]ntos años|"
    r"ka[çc] ya[şs](?:ın|in)? (?:alt|üst|ust)|(?:poniżej|powyżej|ponizej|powyzej) ilu lat|"
    r"(?:sub|peste) c[aâ]ți ani|(?:младше|моложе|старше) скольк|(?:молодш|старш)\w* скільк|"
    r"(?:под|над) колко години|(?:تحت|دون|فوق|أقل من|اقل من|أكثر من) كم (?:سنة|عام)|"
    r"(?:زیر|بالای) چند سال|"
    # how many years one must have or be (agree24): an age in the languages that have years
    # ("Combien d'ans faut-il avoir pour voter ?", "Ile lat trzeba mieć", "Сколько лет нужно
    # иметь / должно быть", "Скільки років треба мати", "چند سال باید داشت", "كم يجب أن يكون
    # عمري", "how many years old"); not years of a stay or of work ("چند سال اقامت باید داشت")
    r"how many years old|combien d'(?:ans|années) (?:faut-il|il faut|dois-je|doit-on|doit-il|"
    r"doivent-ils|doit-elle|faut il) avoir|cu[aá]ntos años (?:tengo|tiene|tienes|hay) que tener|"
    r"cu[aá]ntos años (?:necesito|necesita) tener|\bile lat (?:trzeba|należy|nalezy|powinien|"
    r"powinna|powinno) mie|c[aâ]ți ani (?:s[aă]|să) (?:ai|am|aib)|"
    r"сколько (?:мне |ему |ей |ребёнку |ребенку )?лет (?:нужно|надо|должно|должен|должна|"
    r"необходимо) (?:иметь|быть|исполниться)|скільки (?:мені |йому |їй |дитині )?років "
    r"(?:треба|потрібно|має|повинно|мусить) (?:мати|бути|виповнитися)|"
    r"چند سال(?: سن)? (?:باید )?داشت|كم (?:\S+ ){0,3}(?:عمري|عمره|عمرها|عمرك|عمر الطفل)|"
    # a lowest or highest age ("What is the minimum age for …?", "Mindestalter", "âge
    # minimum", "edad mínima", "en düşük yaş", "minimalny wiek", "vârsta minimă", "минимальный
    # возраст", "мінімальний вік", "минимална възраст", "الحد الأدنى للعمر", "حداقل سن"): an
    # age, told by a sentence that states one, not by one of the minimum wage
    r"(?:minimum|maximum|lowest|highest|min\.?|max\.?) age\b|\bage (?:minimum|maximum)\b|"
    r"mindestalter|h[öo]chstalter|(?:âge|age) (?:minimum|maximum|minimal|maximal|limite)|"
    r"edad (?:m[ií]nima|m[aá]xima|l[ií]mite)|(?:en (?:düşük|dusuk|az|yüksek|fazla)|asgari|azami|"
    r"minimum|maksimum) ya[şs]|(?:minimaln|maksymaln)\w* wiek|wiek (?:minimaln|maksymaln)|"
    r"v[aâ]rst[aă] (?:minim|maxim)|v[aâ]rsta (?:minim|maxim)|"
    r"(?:минимальн|максимальн|наименьш|мінімальн|максимальн|минимал|максимал)\w* (?:возраст|вік|възраст)|"
    r"(?:الحد (?:الأدنى|الادنى|الأقصى|الاقصى)|(?:أقل|اقل|أدنى|ادنى|أعلى|اعلى)) (?:لل|ل|ال)?(?:عمر|سن)|"
    r"(?:حداقل|حداکثر|کمترین|بیشترین) سن|"
    r"何歳|年齢"
)
# The most one may get or be asked to pay ("What's the most Elterngeld I can get?", "Яку
# найбільшу заставу може вимагати орендодавець?"): an amount, answered only by a sentence that
# states an upper limit (`_MAXIMUM_STATED`).
_MAXIMUM_ASKED = re.compile(
    r"\bmaxim|\bmax\b|at most|(?:what|how much)(?: is|'s| are) the most\b|the most (?:i|we|you|one) |"
    r"upper limit|(?:highest|largest|biggest) (?:possible )?(?:amount|sum|payment)|"
    r"höchst|hochstens|obergrenze|am meisten|"
    r"\bau plus\b|le plus (?:élevé|eleve)|plafond|"
    r"m[áa]ximo|como mucho|lo más que|lo mas que|a lo sumo|\btope\b|"
    r"en fazla|en [çc]ok|azami|maksimum|[üu]st s[ıi]n[ıi]r|"
    r"maksymal|najwy[żz]ej|najwy[żz]sz|najwi[ęe]cej|g[óo]rna granica|"
    r"cel mult|cel mai mult|plafon|"
    r"максим|не более|самая большая|самый большой|самую большую|наибольш|больше всего|"
    r"найбільш|щонайбільше|не більше|найвищ|"
    r"най-много|най-голям|най-висок|горна граница|"
    r"الحد الأقصى|الحد الاقصى|أقصى|اقصى|(?:أكبر|اكبر|أعلى|اعلى) مبلغ|"
    r"حداکثر|بیشترین|سقف|ماکزیمم|"
    r"最大|最高額|上限|いくらまで"
)
_PERCENT_ASKED = re.compile(
    r"%|٪|percent|per cent|percentage|prozent|pourcentage|pour cent|porcentaje|por ciento|"
    r"y[üu]zde|procent|процент|відсот|نسبة|بالمئة|بالمائة|درصد|パーセント|割合|"
    # the Romanian "la sută" (per cent: "Cât la sută din salariu …?") and the spoken Arabic
    # "بالمية" (measure12)
    r"la s[uú]t[ăa]\b|بالمي[ةه]|"
    # a share asked in words ("What share of my old salary …?", "Welchen Anteil meines Lohns
    # …?", "quelle part de mon salaire", "¿qué parte del sueldo?", "maaşımın ne kadarı", "jaką
    # część pensji", "ce parte din salariu", "какую часть зарплаты", "яку частку зарплати",
    # "каква част от заплатата", "چه بخشی از حقوق"): a percentage or a fraction, not an amount
    # or a duration
    r"(?:what|which|how big a|how large a) (?:share|proportion|fraction|part) of|"
    r"welche[nmrs]? (?:anteil|teil)\b|wie (?:gro(?:ß|ss) ist der|hoch ist der) anteil|"
    r"quelle (?:part|proportion|fraction|partie) d|qu[eé] (?:parte|proporci[oó]n|fracci[oó]n) d|"
    r"ne kadar[ıi](?:n[ıi])?\b|hangi (?:oran|k[ıi]sm)|jak[aą] (?:cz[eę][śs][cć]|proporcj)|"
    r"ce (?:parte|propor[țţt]ie|frac[țţt]ie) (?:din|a|de)\b|"
    r"(?:какую|какая|какой) (?:часть|долю|доля|долей)|(?:яку|яка) (?:частину|частина|частку|частка)|"
    r"(?:каква|какъв) (?:част|дял)|(?:أي|اي|كم) (?:جزء|حصة)|چه (?:بخشی|قسمتی|سهمی|مقدار) از"
)
# An amount asked against a pay one had ("How much unemployment benefit compared to my last
# net pay?", "im Vergleich zu meinem letzten Nettolohn", "im Verhältnis zum Gehalt", "par
# rapport à mon salaire", "en comparación con mi sueldo", "maaşıma kıyasla", "w porównaniu z
# pensją", "comparativ cu salariul", "по сравнению с зарплатой", "порівняно з зарплатою", "в
# сравнение със заплатата", "مقارنة بالراتب", "نسبت به حقوق"): a ratio, told by the percentage
# ("60 Prozent Ihres früheren Nettolohns"), not by the conditions one gets it under. A
# comparison word (not a word of "as for" or "according to": "göre", "относительно", "respecto
# a"), then a pay, wage, salary, income or net word within three words.
_PAY_COMPARED_ASKED = re.compile(
    r"(?:compared (?:to|with)|in comparison (?:to|with)|relative to|in proportion to|"
    r"im vergleich zu[mr]?|verglichen mit|im verh[äa]ltnis zu[mr]?|gemessen an|"
    r"compar[ée]e? (?:à|a|au|avec)|en comparaison (?:de|du|avec)|"
    # "about" as much as "compared to": only after a how-much word ("Combien … par rapport à
    # mon dernier salaire ?", "مقدار … نسبت به آخرین حقوق"; review of wrong17)
    r"combien[^?.!]{0,60}par rapport (?:à|a|au|aux)|(?:چقدر|مقدار)[^?.!؟]{0,60}نسبت به|"
    r"en comparaci[oó]n (?:con|a)|comparad[oa] con|"
    r"w por[óo]wnaniu (?:z|do|ze)|"
    r"[îi]n compara[țţt]ie cu|comparativ cu|raportat la|"
    r"по сравнению с|в сравнении с|"
    r"порівняно з|у порівнянні з|в порівнянні з|"
    r"в сравнение с(?:ъс)?|сравнено с|"
    r"(?:بال)?مقارنة (?:ب|مع)|در مقایسه با|مقایسه با)"
    r"\S*(?:\s+\S+){0,3}?\s*"
    r"(?<!\w)(?:pay\b|wage|salar|income|earnings?\b|\bnet\b|lohn(?!t)|gehalt|einkommen|verdienst|netto|"
    r"salaire|revenu|sueldo|ingreso|neto\b|maa[şs]|[üu]cret|gelir|"
    r"pensj|wynagrodz|zarobk|doch[óo]d|"
    r"venit(?:ul)?\b|зарплат|заработ|доход|оклад|нетто|заробіт|заплат|възнагражд|нето\b|"
    r"راتب|أجر|اجر|دخل|معاش|صافي|حقوق(?! پناه)|درآمد|دستمزد|خالص)|"
    # (the Turkish comparison follows its pay: "son net maaşıma kıyasla")
    r"(?:maa[şs]|[üu]cret|gelir|net)\S*\s+(?:kıyasla|kiyasla|oranla|nazaran)"
)
# A threshold asked: from what degree, level or grade on something holds ("Ab welchem GdB gilt
# man als schwerbehindert?", "З якого ступеня інвалідності видають посвідчення?", "from what
# level of German"): answered only by a sentence that states a figure from which it holds
# (`_THRESHOLD_STATED`). The German GdB (Grad der Behinderung) is a degree in every language
# ("з якого GdB", "à partir de quel GdB"). A day or an age has its own types ("З якого дня
# хвороби …" is a deadline, "ab welchem Alter" an age).
_THRESHOLD_ASKED = re.compile(
    r"(?:from|at|above) (?:what|which) (?:degree|level|grade|gdb)|"
    r"\bab welche[mnrs]? \S*(?:grad|gdb|stufe|niveau)|"
    r"(?:à|a) partir de quel(?:le)? (?:degré|degre|niveau|taux|grade|gdb)|d[èe]s quel(?:le)? (?:degré|degre|niveau|taux|gdb)|"
    r"(?:desde|a partir de) qu[eé] (?:grado|nivel|gdb)|"
    r"(?:de la|[îi]ncep[âa]nd (?:de la|cu)) ce (?:grad|nivel|gdb)|"
    r"hangi (?:derece|seviye|düzey|duzey|gdb)|ka[çc]ıncı (?:derece|seviye)|"
    r"od (?:jakiego|kt[óo]rego) (?:stopnia|poziomu|gdb)|"
    r"(?:с|со|от) (?:какой|какого|которой|которого) (?:степен|уровн|групп|gdb)|"
    r"(?:з|із|від) (?:якого|якої|котрого|котрої) (?:ступ|рівн|груп|gdb)|"
    r"(?:от|при) (?:каква|какъв|коя|кой) (?:степен|ниво|група|gdb)|"
    r"(?:من|ابتداء من|ابتداءً من|اعتبارا من|اعتباراً من|عند) (?:أي|اي|كم) (?:درجة|مستوى|gdb)|"
    r"بأي (?:درجة|مستوى|gdb)|"
    r"از (?:چه|کدام|چند) (?:درجه|سطح|gdb)"
)
# A threshold stated: a figure after a from-word ("Ab einem GdB von 50", "Від ступеня 50",
# "من درجة 50") or before an or-more ("50 derecesinden itibaren", "50 oder mehr").
# (The Arabic from-word with its "and": "ومن درجة 20 توجد بالفعل تعويضات", qualifier20.)
_THRESHOLD_STATED = re.compile(
    # ("à partir d'un taux de 50": the elided article is part of the from-word)
    r"(?:\bab|\bfrom|(?:à|a) partir d'?\S*|\bdès|\bdesde|\bde la|[îi]ncep[âa]nd|\bod|\bот|"
    r"(?<!\w)с(?!\w)|\bсо|\bвід|\bз\b|\bіз|\bиз|(?<!\w)و?من(?!\w)|(?<!\w)از(?!\w)|"
    r"at least|mindestens|au moins|al menos|en az|co najmniej|cel pu[țţt]in|не менее|не менше|"
    r"най-малко|على الأقل|حداقل)\s+(?:\S+\s+){0,3}\d|"
    # more than a length of stay ("who want to stay for more than 90 days", "länger als 90
    # Tage", "plus de 90 jours", "90 günden fazla", "более 90 дней", "أكثر من 90 يومًا", "بیش از
    # 90 روز"; answers13): where a visa begins to be needed
    r"(?:more than|longer than|länger als|mehr als|plus de|más de|mas de|powyżej|ponad|więcej niż|dłużej niż|"
    r"mai mult de|peste|более|больше|свыше|більше|понад|повече от|над|أكثر من|اكثر من|لأكثر من|"
    r"بیش از|بیشتر از)\s+\d+\s+(?:de\s+)?(?:days?|tage?n?|jours|d[ií]as|dni|zile|дн\w*|дни|يوم\S*|أيام|روز)|"
    r"\d+\s+(?:g[üu]nden|günü aşan) (?:fazla|uzun)|"
    r"\d\S*\s+(?:\S+\s+)?(?:itibaren|ve üzeri|or more|or above|oder mehr|und mehr|et plus|ou plus|"
    r"o más|o mas|sau mai mult|lub więcej|и более|и выше|або більше|і більше|или повече|"
    r"أو أكثر|وما فوق|یا بیشتر|و بالاتر)"
)
# A length of stay from which something is needed (answers13): "From how many days of stay do
# I need a visa?", "Ab wie vielen Tagen brauche ich ein Visum?", "après combien de jours faut-il
# un visa", "¿a partir de cuántos días necesito visado?", "kaç günden sonra vize gerekir", "od
# ilu dni potrzebuję wizy", "de la câte zile am nevoie de viză", "после скольких дней нужна
# виза", "після скількох днів потрібна віза", "след колко дни трябва виза", "بعد كم يوم أحتاج
# فيزا", "از چند روز به بعد به ویزا نیاز دارم": a threshold ("for more than 90 days"), not a time
# limit to act. A from- or after-word, a how-many word, a need word after it (not the English
# "need to", nor a word that is also a must: "faut-il s'inscrire", "трябва да", "надо", "trzeba",
# "لازم") and a unit of days, weeks or months in the question.
_STAY_UNITS = re.compile(
    r"\b(?:days?|weeks?|months?|tage?n?|wochen|monate?n?|jours?|semaines|mois|d[ií]as|semanas|"
    r"meses|g[üu]n\w*|hafta\w*|dni|tygodni|miesi\w*|zile|s[ăa]pt[ăa]m[âa]n\w*|luni)\b|"
    r"(?<!\w)(?:дн\w*|недел\w*|месяц\w*|тижн\w*|місяц\w*|седмиц\w*|месец\w*|يوم|أيام|ايام|"
    r"أسبوع|اسبوع|شهر|أشهر|اشهر|روز|هفته|ماه)(?!\w)"
)
_FROM_HOW_MANY_NEEDED = re.compile(
    r"(?<!\w)(?:from|after|beyond|over|above|ab|nach|über|à partir de|au-delà de|après|"
    r"au bout de|a partir de|después de|desde|más de|od|po|powyżej|de la|după|dupa|peste|с|со|"
    r"после|от|свыше|з|із|від|після|понад|след|над|من|بعد|از)\s+"
    rf"(?:{_HOW_MUCH_WORDS}|скольких|скількох|ilu)\s+(?:\S+\s+){{0,10}}?\S*?"
    r"(?:need(?!s? to\b|ed to\b)|brauch|benötig|besoin|faut(?:-il)? (?:un|une|le|la)\b|necesit|"
    r"hace falta|potrzeb|nevoie|нужн|потрібн|трябва (?!да\b)|необходим|أحتاج|احتاج|بحاجة|نیاز|"
    # needed said as an adjective of the thing (agree24: "un visa national devient-il
    # nécessaire", "ist ein Visum erforderlich", "is a visa required", "wymagana jest wiza",
    # "обязательна виза"); not one's own doing after it ("required to register", "nécessaire
    # de s'inscrire", "obligatoriu să", "обязательно ли регистрироваться": a time limit)
    r"required(?! to\b)|necessary(?! to\b)|erforderlich|notwendig|n[öo]tig|n[ée]cessaire(?!s? (?:de|d'|d’))|"
    r"requis|obligatoire(?!s? (?:de|d'|d’))|(?:necesari|obligatori)[oa](?!\w)"
    r"(?! (?:que|\w+[aei]r(?:se|me|nos)?)\b)|gerekli|zorunlu|wymagan|konieczn[aey](?! jest \w+[ćc]\b)|"
    r"(?:necesar|obligatori)(?:[ăa]|e|u)?(?!\w)(?! s[ăa]\b)|обязател\w*(?!\w)(?! \w+ть(?:ся)?\b)|обов['’]язков\w*(?!\w)(?! \w+ти(?:ся)?\b)|"
    r"задължител\w*(?!\w)(?! да\b)|ضروري|مطلوب|الزامی|ضروری)|"
    r"ka[çc] (?:\S+ )?(?:g[üu]nden|haftadan|aydan) (?:fazla|itibaren|uzun)\s+(?:\S+\s+){0,4}?"
    r"\S*?(?:gerek|lazım|lazim|şart)"
)


def asks_stay_threshold(text: str) -> bool:
    """Whether a question asks from what length of stay something is needed
    (`_FROM_HOW_MANY_NEEDED`, with a unit of days, weeks or months)."""
    lowered = padded(text)
    return (
        _FROM_HOW_MANY_NEEDED.search(lowered) is not None
        and _STAY_UNITS.search(lowered) is not None
    )


# Stated: an age is a number of years, a birthday or a year of life ("ab dem ersten
# Geburtstag", "bis zum vollendeten 25. Lebensjahr", "تا تولد 18 سالگی"): a number next to an
# age word, or a birthday word, which carries its own ordinal.
_AGE_WORD = re.compile(
    r"\balter\b|lebensjahr|\bjährig|jahre alt|years? old|\baged?\b|\bâge|\bedad\b|\byaş|"
    r"\bwiek|\bv[aâ]rst|возраст|\bвік|\bвіку|\bвіці|възраст|عمر|\bسن\b|سالگی|ساله|歳|年齢|"
    r"\byears?\b|\bjahre?n?\b|\bans\b|\baños\b|\byıl|\blat\b|\bani\b|\bлет\b|\bгод|\bрок|\bроків|"
    r"\bгодин|سنة|سنوات|\bسال|عامًا|عاما|أعوام|اعوام|أعمار|اعمار"
)
# a number of one or two digits (not part of an amount, a date or a decimal)
_SMALL_NUMBER = re.compile(r"(?<![\d.,/])\d{1,2}(?![\d,/]|\.\d)")
# A number of two to twenty written as a word ("Kinder von einem bis drei Jahren", "od roku do
# trzech lat", "ثلاث سنوات"): read like a figure beside an age word. One is left out: it is
# the article in most of these languages ("ein Jahr", "un año", "bir yıl"), and so are the
# words that are also common other words (es "once", tr "on", fa "نه" and "ده").
_NUMBER_WORD = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
    r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zehn|zwanzig|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"vingt|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|trece|catorce|quince|"
    r"diecis[ée]is|diecisiete|dieciocho|diecinueve|veinte|"
    r"doi|dou[aă]|trei|patru|cinci|[șş]ase|[șş]apte|opt|zece|\w+sprezece|dou[aă]zeci|"
    r"iki|üç|dört|beş|altı|yedi|sekiz|dokuz|yirmi|"
    r"dwa|dwie|dw[óo]ch|trzy|trzech|cztery|czterech|pi[ęe][ćc]|pi[ęe]ciu|sze[śs][ćc]|sze[śs]ciu|"
    r"siedem|siedmiu|osiem|o[śs]miu|dziewi[ęe][ćc]|dziewi[ęe]ciu|dziesi[ęe][ćc]|dziesi[ęe]ciu|"
    r"\w+na[śs]cie|\w+nastu|dwadzie[śs]cia|dwudziestu|"
    r"два|двух|две|три|тр[её]х|четыре|четыр[её]х|пять|пяти|шесть|шести|семь|семи|восемь|восьми|"
    r"девять|девяти|десять|десяти|\w+надцат[ьи]|двадцат[ьи]|"
    r"двох|дві|трьох|чотири|чотирьох|п['’ʼ]?ять|п['’ʼ]?яти|шість|сім(?!['’ʼ])|вісім|"
    r"дев['’ʼ]?ять|дев['’ʼ]?яти|\w+надцят[ьи]|двадцят[ьи]|"
    r"двама|трима|четирима|петима|шестима|четири|пет|шест|седем|осем|девет|десет|\w+надесет|двадесет|"
    r"اثنين|اثنتين|ثلاث|ثلاثة|أربع|أربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثمان|ثماني|ثمانية|تسع|تسعة|عشر|عشرة|"
    r"سه|چهار|پنج|شش|هفت|هشت|یازده|دوازده|سیزده|چهارده|پانزده|شانزده|هفده|هجده|نوزده|بیست"
    r")\b"
)
AGE_WINDOW = 20
# Reaching an age (answers13): a number, as a figure or a word, with a verb of turning or
# completing it ("turns six", "sechs Jahre alt werden", "avoir six ans", "cumplir seis años",
# "altı yaşını doldurmak", "ukończyć sześć lat", "să împlinească șase ani", "исполнится шесть
# лет", "виповниться шість років", "навършва шест години", "يبلغ ست سنوات", "شش ساله بشه").
# Casefolded, the 12 languages.
_AGE_NUMBER = rf"(?:(?<![\d.,])\d{{1,2}}(?![\d.,]\d)|{_NUMBER_WORD.pattern})"
# Stated in English without an age word ("children who turn six by 30 September"); the other
# languages' texts hold one ("sechs Jahre alt", "six ans", "altı yaşını", "шесть лет").
_AGE_TURNED = re.compile(rf"\bturn(?:s|ed|ing)? {_AGE_NUMBER}")
_AGE_REACHED = re.compile(
    rf"{_AGE_TURNED.pattern}|\b(?:reach(?:es)?|be) (?:the age of )?{_AGE_NUMBER} years? old|"
    rf"{_AGE_NUMBER} (?:jahre alt )?(?:werden|wird|geworden)\b|\bwird (?:\S+ ){{0,2}}?{_AGE_NUMBER} jahre alt|"
    rf"(?:avoir|ait|aura|atteindre|atteigne) (?:l'[âa]ge de )?{_AGE_NUMBER} ans|"
    rf"\bcumpl\w* (?:los )?{_AGE_NUMBER}|"
    rf"{_AGE_NUMBER} ya[şs]\w* (?:doldur|gir|bas)|"
    rf"(?:u|s)?ko[ńn]cz\w* (?:\S+ )?{_AGE_NUMBER}|"
    rf"[îi]mplin\w* (?:\S+ )?{_AGE_NUMBER}|"
    rf"исполн\w* (?:\S+ ){{0,2}}?{_AGE_NUMBER}|виповн\w* (?:\S+ ){{0,2}}?{_AGE_NUMBER}|"
    rf"навърш\w* (?:\S+ )?{_AGE_NUMBER}|"
    rf"(?:يبلغ|تبلغ|يكمل|تكمل|يتم|تتم|بلوغ|يصير|تصير|يصبح|تصبح)\w* (?:\S+ ){{0,2}}?{_AGE_NUMBER}|"
    rf"{_AGE_NUMBER} ?سال(?:ه|ش)? (?:\S+ )?(?:بشه|بشود|شود|میشه|می‌شود|می شود|شده|بشن|بشوند)"
)
# The sentence of a question that asks (the one with its question mark, else the last).
_ASKING_SENTENCE = re.compile(r"[^.!?؟]*[?؟]|[^.!?؟]+\s*$")


def _asking_sentence(lowered: str) -> str:
    """The sentence of a (`padded`) question that asks (its first with a question mark, else
    its last), padded; the whole question when none is found."""
    match = _ASKING_SENTENCE.search(lowered)
    return " " + match.group() + " " if match is not None else lowered


# A child under a number, the years left unsaid ("Parents whose child is under 25 and
# unmarried", "children under 18 who …", "Kinder unter 18", "enfants de moins de 18"): an age
# limit. A child word (12 languages), at most two words, an under-word, a number of one or two
# digits that no decimal, amount or unit of measure follows ("unter 25 kg" is no age).
_CHILD_UNDER = re.compile(
    r"(?:\bchild|\bkid|\bson\b|\bsons\b|\bdaughter|\bkind|\benfant|\bniñ|\bhij[oa]s?\b|"
    r"\bçocu|\bdzie[cc]|\bdziecko|\bcopi|ребён|ребен|\bдет[иея]|\bдит|\bдіт|\bдете|\bдеца|"
    r"طفل|أطفال|اطفال|ولد|اولاد|أولاد|بچه|کودک|فرزند)\w*"
    r"(?:\s+\S+){0,2}?\s+"
    r"(?:under|below|younger than|unter|jünger als|moins de|menor(?:es)? de|sub|poniżej|"
    r"mniej niż|младше|моложе|молодш\w*|до|под|دون|تحت|أقل من|اقل من|زیر|کمتر از)\s+"
    r"(?<!\d)\d{1,2}(?!\d|[.,]\d|\s*(?:%|€|٪|euro|kg|cm|m\b|km|кг|см|كغ|کیلو))"
)
_BIRTHDAY = re.compile(
    r"geburtstag|lebensjahr|birthday|anniversaire|cumplea[ñn]os|doğum gün|dogum gun|urodzin|"
    r"aniversar|ziua de naștere|день рождения|дня рождения|день народження|дня народження|"
    r"рожден ден|عيد ميلاد|سالگی|歳の誕生日|誕生日"
)
# An upper limit stated: "höchstens 1.800 Euro", "at most three months' rent", "до 1 800 євро"
# (a "to" after a number is the end of a range, no limit: "65 bis 67 Prozent").
_MAXIMUM_STATED = re.compile(
    r"\bmaxim|\bmax\b|at most|up to|no more than|not more than|höchst|hochstens|"
    r"(?<!\d )(?:bis (?:zu )?|jusqu'(?:à|a) |hasta |do |p[aâ]n[aă] la |до |حتى |تا )\d|"
    r"\bau plus\b|plafonn|m[áa]ximo|como mucho|"
    r"en fazla|azami|maksimum|\d\S* (?:\S+ )?kadar|maksymal|najwy[żz]ej|"
    r"cel mult|plafon|"
    r"максим|не более|не больше|щонайбільше|не більше|най-много|"
    r"الحد الأقصى|أقصى|اقصى|حداکثر|سقف|"
    r"最大|上限|まで|"
    # a limit, or not more than it: "liegt die Grenze bei 603 Euro", "nicht mehr als"
    r"limit|grenze|plafond|l[íi]mite|s[ıi]n[ıi]r|granic|limit[aă]|лимит|предел|границ|ліміт|"
    r"межа|\bحد\b|الحد|nicht mehr als|pas plus de|no m[áa]s de|nie więcej|nie wiecej|"
    r"nu mai mult de|не повече|لا يتجاوز|لا تتجاوز|لا (?:يزيد|تزيد) (?:على|عن)|بیشتر از .{0,30}نباشد|بیش از .{0,30}نباشد"
)
# A lower limit asked ("Wie viel muss mir mein Arbeitgeber mindestens zahlen?", "what is the
# least I must earn"): answered only by a sentence that states a minimum (`_MINIMUM_STATED`),
# never by one that says something else is free.
_MINIMUM_ASKED = re.compile(
    r"\bat least\b|\bminimum\b|(?:what|how much)(?: is|'s) the least\b|\blowest\b|"
    r"mindest|wenigstens|\bau moins\b|\bminimum\b|\bminimal|m[íi]nimo|como m[íi]nimo|al menos|"
    r"por lo menos|\ben az\b|asgari|\bminimum\b|co najmniej|przynajmniej|minimaln|najni[żz]sz|"
    r"cel pu[țţt]in|\bminim|минимум|минимальн|не менее|как минимум|мінімум|мінімальн|"
    r"щонайменше|не менше|принаймні|най-малко|поне\b|минимал|الحد الأدنى|الحد الادنى|"
    r"على الأقل|على الاقل|أقل (?:مبلغ|أجر|راتب)|حداقل|دست ?کم|کمترین|"
    r"最低|少なくとも"
)
# A lower limit stated: "mindestens", "at least", the minimum wage ("Mindestlohn", "asgari
# ücret", "الحد الأدنى للأجور").
_MINIMUM_STATED = re.compile(
    r"\bat least\b|\bminimum\b|mindest|wenigstens|\bau moins\b|\bminima|m[íi]nim[oa]|"
    r"al menos|por lo menos|\ben az\b|asgari|co najmniej|przynajmniej|minimaln|"
    r"cel pu[țţt]in|\bminim|минимум|минимальн|не менее|мінімум|мінімальн|щонайменше|"
    r"не менше|най-малко|минимал|الحد الأدنى|الحد الادنى|على الأقل|على الاقل|حداقل|دست ?کم|"
    r"最低|少なくとも"
)
# A range of sums stated (twenty-eighth session, lane none20): "between 36.30 EUR and 82.50
# EUR", "zwischen 36,30 und 82,50 Euro", "von 20 bis 50 Euro", "entre 36,30 et 82,50 euros",
# "entre … y …", "36,30 ile 82,50 Euro arasında", "od 36,30 do 82,50 euro", "între … și …", "от
# 36,30 до 82,50 евро", "від … до …", "بين 36.30 و82.50 يورو", "بین ۳۶٫۳۰ تا ۸۲٫۵۰ یورو": its
# lower end is the least one pays, so a least price asked ("What is the minimum fee …?",
# `asked_quantity` "minimum") is told by it. A between- or from-word, a figure, at most two
# words (a currency), the word of the range's other end, a figure in euros ("von 6 bis 14
# Jahren … 5 Euro" is no range of sums, "2026 до 603 евро" and "rises to 14.60 euros" no range,
# nor a year's "de 2027 sube a 14,60 euros").
# Casefolded, 12 languages.
# (the Persian decimal "٫"; not a span of time before "bis"/"up to": "Verzug von 3 Monaten bis 100
# Euro", "from 2 years up to 100 euros"; review of none20)
_RANGE_TIME = (
    r"(?!\s*(?:monat|jahr|woche|tag|month|year|week|day|mois|an\b|ans\b|semaine|jour|mes|año|"
    r"semana|d[íi]a|ay\b|y[ıi]l|hafta|g[üu]n|miesi|rok|lat\b|tydzie|dni|lun|an[iu]\b|s[ăa]pt|zi\b|zile|"
    r"месяц|год|лет\b|недел|дн|міся|рок|тижн|месец|годин|седмиц|شهر|سنة|اسبوع|أسبوع|يوم|ماه|سال|هفته|روز))"
)
_RANGE_FIGURE = rf"(?!(?:19|20)\d\d\b)\d[\d.,٫]*{_RANGE_TIME}(?:\s+[^\d\s]+){{0,2}}?\s*"
_RANGE_SUM = r"\d[\d.,٫]*\s*(?:de )?(?:euro|eur\b|€|евро|євро|يورو|یورو)"
_RANGE_STATED = re.compile(
    # between … and …
    r"(?<!\w)(?:between|zwischen|entre|între|intre|między|между|між|بين|بین)\s+"
    rf"{_RANGE_FIGURE}(?<!\w)(?:and|und|et|y|a|și|şi|si|и|і|та|و|تا)\s*{_RANGE_SUM}|"
    # from … to …
    r"(?<!\w)(?:from|von|de|od|от|від|من|از)\s+"
    rf"{_RANGE_FIGURE}(?<!\w)(?:to|bis|à|a|do|la|до|إلى|الى|تا)\s*{_RANGE_SUM}|"
    # … ile … arasında
    rf"{_RANGE_FIGURE}(?<!\w)ile\s+{_RANGE_SUM}\S*\s+aras"
)
# A physical measure asked (measure12): a weight ("how many kilos", "how heavy", "ab wie viel
# Kilogramm", "à partir de combien de kilos", "kaç kilo", "od ilu kilogramów", "со скольки
# килограммов", "من كم كيلو", "از چند کیلو"), an engine's capacity ("how many cc", "bis wie viel
# ccm", "Hubraum", "cylindrée", "cilindrada", "motor hacmi", "pojemność silnika", "объём
# двигателя", "об'єм двигуна", "кубатура", "حجم المحرك", "حجم موتور"), a length or height ("how
# many centimetres", "how tall", "Schulterhöhe", "hauteur", "altura", "yükseklik", "wysokość",
# "înălțime", "высота", "висота", "височина", "ارتفاع") or an area ("how many square metres",
# "Quadratmeter", "Wohnfläche", "mètres carrés", "metros cuadrados", "metrekare", "metrów
# kwadratowych", "metri pătrați", "квадратных метров", "متر مربع"). It is told only by a
# sentence that states a figure in a unit of that measure (`_MEASURE_STATED`): a fee line's
# dates ("le 15 février, le 15 mai …") or a price ("27,90 евро") state another kind of figure.
# Casefolded, the 12 languages; the unit words as questions write them, not after a figure: "Mi
# perro pesa 25 kilos, …" states the asker's case and asks something else.
# A distance's units, asked ("how many km") and stated after a figure ("bis 50 km").
_DISTANCE_UNITS = r"km|kil[oó]m[eè]t\w*|километр\w*|кілометр\w*|км|كيلو ?متر\w*|کیلو ?متر\S*"
_MEASURE_ASKED: dict[str, re.Pattern[str]] = {
    "weight": re.compile(
        r"(?<!\w)(?<![\d.,]\s)(?:kg|kilos?|kilograms?|kilogrammes?|kilogramm\w*|kilogramos?|kilogram\w*|"
        r"kilo(?!m)\w*|килограм\w*|кило(?!м)\w*|кілограм\w*|кіло(?!м)\w*|كيلو(?! ?متر)\w*|كغ|"
        r"کیلو(?! ?متر)\w*)(?!\w)|how heavy|what weight|"
        r"wie schwer|gewicht|quel poids|combien p[èe]se|qu[eé] peso|cu[aá]nto pesa|"
        r"ağırlı|agirli|ile wa[żz]y|jak[aą] wag|c[aâ]t c[âa]nt[aă]re[șs]te|greutate|"
        r"сколько весит|какой вес|(?<!\w)вес(?:ом|а)?(?!\w)|скільки важить|(?<!\w)ваг[аиу]\b|"
        r"колко тежи|(?<!\w)тегло|(?<!\w)وزن"
    ),
    "volume": re.compile(
        r"(?<!\w)(?<![\d.,]\s)(?:ccm|cm3|cm³|cc|cmc|кубов\w*|кубик\w*|кубика|куб\.?|кубатур\w*|"
        r"سی ?سی|سي ?سي)(?!\w)|cubic centimet|centim[èe]tres? cubes|cent[íi]metros? c[úu]bicos|"
        r"centymetr\w* sze[śs]cienn|centimetri cubi|кубическ\w* сантиметр|кубічн\w* сантиметр|"
        r"кубически\w* сантиметр|سم مكعب|سانتی ?متر مکعب|"
        r"hubraum|engine (?:capacity|size)|cubic capacity|cylindr[ée]e|cilindrad|cilindree|"
        r"motor hacm|silindir hacm|pojemno[śs]\w* silnik|capacitate\w* cilindric|"
        r"объ[её]м\w* двигател|об['’ʼ]?[єе]м\w* двигун|обем\w* на двигател|حجم (?:ال)?محرك|حجم موتور"
    ),
    "length": re.compile(
        r"(?<!\w)(?<![\d.,]\s)(?:cm|centimet\w*|zentimeter\w*|centímetros?|santim\w*|centymetr\w*|"
        r"centimetri|сантиметр\w*|سنتيمتر\w*|سانتی\S*)(?!\w)|how tall|how high|what height|"
        r"schulterh[öo]he|(?<!\w)h[öo]he\b|hauteur|(?<!\w)altura|y[üu]kseklik|boy(?:u)? ka[çc]|"
        r"wysoko[śs][ćc]|[îi]n[ăa]l[țţt]ime|высот\w*|висот\w*|височин\w*|(?<!\w)ارتفاع"
    ),
    "distance": re.compile(rf"(?<!\w)(?<![\d.,]\s)(?:{_DISTANCE_UNITS})(?!\w)"),
    "area": re.compile(
        r"(?<!\w)(?<![\d.,]\s)(?:m²|m2|qm|quadratmeter\w*|square met\w*|sq\.? ?m|m[èe]tres? carr[ée]s|"
        r"metros? cuadrados|metrekare|metr\w* kwadrat\w*|metri p[ăa]tra[țţt]i|"
        r"квадратн\w* метр\w*|кв\.? ?м|متر مربع|مترمربع|متر\S* مربع)(?!\w)|wohnfl[äa]che|"
        r"living (?:area|space)|surface habitable|superficie"
    ),
}
# The units of each measure stated after a figure ("ab 20 Kilogramm", "до 125 куб. см", "от 40
# сантиметра", "من 20 كيلوغرامًا", "تا 125 ccm", "13.000 Quadratmetern").
_MEASURE_UNITS: dict[str, str] = {
    "weight": (
        r"kg|kilo(?!m)\w*|килограм\w*|кілограм\w*|кг|كيلو(?! ?متر)\w*|كغ|کیلو(?! ?متر)\w*|tonnen?|"
        r"tons?|tonnes?"
    ),
    "distance": _DISTANCE_UNITS,
    "volume": r"ccm|cm3|cm³|cc|cmc|cm cubes|куб\.? ?см|кубически\w*|سی ?سی|liter|litres?|liters?",
    "length": (
        r"cm|mm|m|km|zentimeter\w*|centim\w*|santimetre\w*|centymetr\w*|сантиметр\w*|см|мм|"
        r"meter\w*|metres?|meters?|metros?|metre\w*|metr\w*|метр\w*|سنتيمتر\w*|سانتی\S*|متر"
    ),
    "area": (
        r"m²|m2|qm|quadratmeter\w*|square met\w*|m[èe]tres? carr[ée]s|metros? cuadrados|"
        r"metrekare|metr\w* kwadrat\w*|metri p[ăa]tra[țţt]i|квадратн\w* метр\w*|кв\.? ?м|"
        r"متر مربع|مترمربع"
    ),
}
_MEASURE_STATED: dict[str, re.Pattern[str]] = {
    measure: re.compile(rf"\d(?:[\d.,]*\d)?\s*(?:de\s+)?(?:{units})(?!\w)")
    for measure, units in _MEASURE_UNITS.items()
}
# A square or cubic unit is no length ("125 cm cubes", "13 000 квадратных метров").
_NOT_LENGTH = re.compile(r"cubes|кв\.|куб\.|квадрат|carr[ée]|cuadrad|kwadrat|p[ăa]tra|مربع|cubic")
MEASURES = frozenset(_MEASURE_ASKED)


def asked_measure(lowered: str) -> str | None:
    """The physical measure a (`padded`) question asks (`_MEASURE_ASKED`): "weight", "volume",
    "length", "area", or None. A square or cubic word makes a length an area or a volume."""
    found = [measure for measure, pattern in _MEASURE_ASKED.items() if pattern.search(lowered)]
    if not found:
        return None
    for measure in ("area", "volume", "weight"):
        if measure in found:
            return measure
    return found[0]


def stated_measures(text: str) -> frozenset[str]:
    """The physical measures a (casefolded) sentence states with a figure (`_MEASURE_STATED`)."""
    found = {m for m, pattern in _MEASURE_STATED.items() if pattern.search(text)}
    if (
        "length" in found
        and _NOT_LENGTH.search(text)
        and not re.search(
            r"\d\s*(?:cm|zentimeter|centim|сантиметр|سنتيمتر|سانتی)(?!\w)(?!\s*(?:cubes|куб))", text
        )
    ):
        found.discard("length")
    return frozenset(found)


# A yes/no question about a way of paying, not about a fee: paying back ("Muss ich BAföG
# zurückzahlen?", "geri ödemem gerekiyor mu?") and paying in instalments ("Can I pay the
# deposit in instalments?"). A fee sentence ("Der Antrag ist kostenlos", "Die Kaution beträgt
# höchstens drei Monatsmieten") does not answer it; a sentence about repaying or instalments
# does (`_REPAY_STATED`, `_INSTALMENTS_STATED`).
_REPAY_ASKED = re.compile(
    r"pay (?:\S+ )?back|repay|\bpaid back|refund|zur[üu]ckzahl|zur[üu]ckgezahlt|r[üu]ckzahl|"
    r"zur[üu]ckgeben|erstatt|rembours|rendre l'argent|devolver|reembols|\bgeri (?:öde|ode|ver)|"
    r"iade|spłac|splac|zwróci|zwroci|zwrot|ramburs|[îi]napoi|верну|вернуть|возвращ|погаш|"
    r"поверну|повертат|поверта|погаш|върна|връща|погас|(?:يرجع|ترجع|أرجع|ارجع|إرجاع|ارجاع)|"
    r"سداد|أسدد|اسدد|استرداد|پس (?:بد|بده|می‌د|مید)|برگردان|بازپرداخت|"
    r"返済|返還|返す"
)
# Paying money back in words that mean nothing else (not "возвращаться" home): what makes an
# untyped question a money one (`classify`); `_REPAY_ASKED` reads the way of paying of a
# question already about money.
_REPAY_MONEY = re.compile(
    r"pay (?:\S+ )?back|repay|\bpaid back|zur[üu]ckzahl|zur[üu]ckgezahlt|r[üu]ckzahl|rembours|"
    r"reembols|devolver (?:el|los) (?:dinero|pr[ée]stamo)|\bgeri (?:öde|ode)|spłac|splac|ramburs|"
    r"вернуть (?:\w+ )?(?:деньги|долг|кредит)|погаш|погас|повернути (?:\w+ )?(?:гроші|борг)|"
    r"върна (?:\w+ )?(?:парите|заема)|سداد|أسدد|اسدد|بازپرداخت|پس (?:بد|بده|می‌د|مید)|返済"
)
_REPAY_STATED = re.compile(
    r"pay (?:\S+ )?back|repay|paid back|loan|refund|zur[üu]ckzahl|zur[üu]ckgezahlt|r[üu]ckzahl|"
    r"darlehen|erstatt|rembours|prêt|devolver|devuelve|reembols|pr[ée]stamo|geri (?:öde|ode|ver)|"
    r"iade|borç|kredi|spłac|splac|zwrot|zwraca|pożyczk|ramburs|împrumut|imprumut|верну|возвращ|"
    r"погаш|заём|займ|кредит|поверну|повертат|позик|върна|връща|погас|заем|"
    r"(?:يرجع|ترجع|إرجاع|ارجاع|يُرد|ترد)|سداد|قرض|استرداد|پس (?:داد|بد)|بازپرداخت|وام|"
    r"返済|返還|貸与|ローン"
)
_INSTALMENTS_ASKED = re.compile(
    r"instal+ments?|in parts|\brates?n?zahlung|\braten\b|in raten|abbezahl|abstottern|"
    r"en plusieurs fois|[ée]chelonn|mensualit|a plazos|en cuotas|fraccionad|taksit|\bw ratach|"
    r"\braty\b|ratami|[îi]n rate\b|e[șş]alonat|в рассрочку|частями|по частям|розстрочк|частинами|"
    r"на вноски|разсроч|на части|بالتقسيط|تقسيط|أقساط|اقساط|على دفعات|قسط|اقساط|چند مرحله|"
    r"分割"
)
_INSTALMENTS_STATED = re.compile(
    r"instal+ments?|in parts|\braten|monatsraten|raten(?:zahlung|weise)|en plusieurs fois|"
    # ("en tres plazos mensuales": a count of instalments; a lone "plazos" is time limits)
    r"[ée]chelonn|mensualit|a plazos|en (?:\S+ ){0,2}plazos|en cuotas|fraccion|taksit|\braty\b|"
    r"ratach|ratami|\brate\b|e[șş]alon|рассрочк|частями|по частям|розстрочк|частинами|вноски|разсроч|"
    r"на части|"
    r"تقسيط|أقساط|اقساط|دفعات|قسط|اقساط|分割"
)
_PERCENT_STATED = re.compile(
    r"%|٪|percent|per cent|prozent|pour cent|por ciento|porcentaje|y[üu]zde|procent|"
    r"процент|відсот|بالمئة|بالمائة|في المئة|في المائة|درصد|パーセント|"
    # "3,6 la sută din salariu", "18 بالمية" (measure12)
    r"la s[uú]t[ăa]\b|بالمي[ةه]"
)


# How often something happens or is due ("How often is the works council elected?", "wie oft",
# "tous les combien", "¿cada cuánto?", "kaç yılda bir", "jak często", "cât de des", "как часто",
# "як часто", "колко често", "كل كم", "هر چند وقت یک بار"): a frequency, answered only by a
# sentence that states one (`_FREQUENCY_STATED`), not by "No hay plazo." nor by a time limit.
# Not "how many times" alone: a count ("can be extended twice") answers that.
_FREQUENCY_ASKED = re.compile(
    r"how often|how frequently|every how many|how many times (?:a|per|each) |"
    r"wie oft|wie häufig|wie haufig|alle wie ?viele|in welche[mn] (?:abstand|rhythmus|turnus)|"
    r"(?:à|a) quelle fr[ée]quence|tous les combien|chaque combien|combien de fois par|"
    r"cada cu[aá]nt|con qu[eé] frecuencia|cu[aá]ntas veces (?:al|por|cada)|"
    r"ne s[ıi]kl[ıi]kla|ne kadar s[ıi]k|hangi s[ıi]kl[ıi]kla|ka[çc] (?:y[ıi]l|ay|hafta|g[üu]n)da bir|"
    r"jak cz[eę]sto|\bco ile\b|ile razy (?:w|na)\b|"
    r"c[aâ]t de des|la c[aâ]t timp|la ce interval|de c[aâ]te ori pe|"
    r"как часто|раз в сколько|сколько раз в|с какой (?:периодичностью|частотой)|"
    r"як часто|раз на скільки|скільки разів на|з якою (?:періодичністю|частотою)|"
    r"колко често|колко пъти (?:на|в)|през колко (?:време|години|месеца)|"
    r"كل (?:كم|قديش|اديش|أديش)|كم مرة|بأي (?:تردد|انتظام)|"
    r"هر چند (?:وقت|سال|ماه|هفته|روز)|چند (?:وقت|سال|ماه) یک ?بار|چند بار در"
)
# A frequency stated: every so many units, once or twice a period, yearly / monthly / weekly
# ("alle vier Jahre", "tous les cinq ans", "cada cuatro años", "her dört yılda bir", "co cztery
# lata", "la fiecare patru ani", "каждые четыре года", "кожні чотири роки", "на всеки четири
# години", "كل أربع سنوات", "هر چهار سال یک بار"). Casefolded, 12 languages.
_FREQUENCY_STATED = re.compile(
    r"\bevery\b|\bonce\b|\btwice\b|\btimes (?:a|per|each)\b|annually|yearly|monthly|weekly|daily|"
    r"\balle \S+ (?:jahr|monat|woche|tag)|\balle (?:jahre|monate|wochen|tage)\b|\bjede[ns]? (?:jahr|monat|woche|tag)|"
    r"jährlich|jahrlich|monatlich|wöchentlich|wochentlich|täglich|taglich|\w*mal (?:im|pro|in|je)\b|"
    r"tous les\b|toutes les\b|chaque (?:ann[ée]e|an|mois|semaine|jour)|fois par|annuel|mensuel|"
    r"hebdomadaire|quotidien|\bcada\b|vez al|veces al|veces por|\banual|\bmensual|semanal|diari[ao]|"
    r"\bher (?:\S+ )?(?:y[ıi]l|ay|hafta|g[üu]n)|(?:y[ıi]l|ay|hafta|g[üu]n)da bir\b|y[ıi]ll[ıi]k|"
    r"\bayl[ıi]k|haftal[ıi]k|g[üu]nl[üu]k|\bco (?:\S+ )?(?:lat|rok|roku|miesi|tydzie|tygodni|dzie|dni)|"
    r"\braz (?:w|na)\b|razy (?:w|na)\b|corocz|rocznie|miesi[eę]cznie|tygodniowo|codzienn|"
    r"la fiecare|o dat[aă] pe|ori pe\b|[îi]n fiecare (?:an|lun|s[aă]pt|zi)|\banual|\blunar|"
    r"s[aă]pt[aă]m[aâ]nal|zilnic|кажд|(?<!\w)раз в\b|ежегод|ежемесяч|еженедел|ежеднев|"
    r"кожн|(?<!\w)раз на\b|щороку|щорічн|щомісяц|щотижн|щодня|всеки|всяка|всяко|веднъж|пъти|"
    r"годишно|месечно|седмично|ежедневн|"
    r"(?<!\w)كل (?:\S+ )?(?:سنة|سنوات|عام|أعوام|اعوام|شهر|أشهر|اشهر|أسبوع|اسبوع|أسابيع|يوم|أيام|ايام)|"
    r"سنويا|سنويًا|شهريا|شهريًا|أسبوعيا|اسبوعيا|يوميا|يوميًا|مرة (?:في|كل)|مرتين|"
    r"(?<!\w)هر (?:\S+ )?(?:سال|ماه|هفته|روز)|سالانه|ماهانه|هفتگی|روزانه|بار در|یک ?بار"
)
# An income asked as an upper bound (twenty-fourth session, lane none14): up to what income
# ("Bis zu welchem Einkommen bekommt man einen WBS?", "up to what income", "jusqu'à quel
# revenu", "¿hasta qué ingresos?", "hangi gelire kadar", "do jakiego dochodu", "până la ce
# venit", "до какого дохода", "до якого доходу", "до какъв доход", "حتى أي دخل", "تا چه
# درآمدی"): the limit of earnings, an earning asked like the highest income (`_LIMIT_INCOME`),
# never told by a sentence that states a lower limit (`asks_income_ceiling`). An income noun
# after an up-to word and a which- or how-much word. From or above what income ("ab welchem
# Einkommen", "above what income is there no …") asks the lower bound of one thing or the upper
# of another and is left as it was. Casefolded, 12 languages.
# An income noun after a from- or above-word and a which- or how-much word ("ab welchem
# Einkommen", "from what income", "à partir de quel revenu", "a partir de qué ingresos", "hangi
# gelirden", "od jakiego dochodu", "de la ce venit", "с какого дохода", "з якого доходу", "от
# какъв доход", "من أي دخل", "از چه درآمدی"), and a word that something is no longer had, after
# it (`_NO_LONGER_HAD`, `_INCOME_BOUND`). Casefolded, 12 languages.
_INCOME_FROM = (
    r"\b(?:from|above|over|beyond|at) (?:what|which|how much) (?:\S+ )?(?:income|earnings)\b|"
    r"\b(?:ab|über|ueber) (?:welche[mnrs]?|wie ?viel) (?:\S+ )?\S*(?:einkommen|verdienst)|"
    r"(?:à partir d[e'] ?|a partir d[e'] ?|au-dessus d[e'] ?|au-del[àa] d[e'] ?)"
    r"(?:quel(?:le)?s?|combien de) (?:\S+ )?revenus?\b|"
    r"\b(?:a partir de|desde|por encima de) (?:qu[eé]|cu[aá]nt[oa]s?) (?:\S+ )?ingresos?\b|"
    r"\b(?:hangi|ne kadar) (?:\S+ )?gelir(?:den|in üstünde|in üzerinde)\b|"
    r"(?<!\w)(?:od|powyżej) (?:jakiego|jakiej|kt[óo]rego|kt[óo]rej|ilu) (?:\S+ )?doch[óo]d|"
    r"\b(?:de la|peste) (?:ce|c[aâ]t) (?:\S+ )?venit|"
    r"(?<!\w)(?:с|со|от|выше|свыше|з|із|від|понад|над) (?:какого|какой|скольки|якого|скількох|"
    r"какъв|колко) (?:\S+ )?доход|"
    r"(?<!\w)(?:من|فوق) (?:أي|اي|كم|قديش) (?:ال)?دخل|"
    r"(?<!\w)(?:از|بالای) (?:چه|چقدر|چند) (?:\S+ )?درآمد"
)
# Something no longer had: "no longer", "kein … mehr", "nicht mehr", "ne … plus", "ya no",
# "artık … (al)amam", "już nie", "nu mai", "больше не", "уже не", "більше не", "вже не",
# "вече не", "لم يعد", "ما عاد", "دیگر … نمی"; casefolded, 12 languages.
_NO_LONGER_HAD = (
    r"\bno longer\b|\bno more\b|\bnot? \S+ (?:\S+ )?any ?more\b|\bstops?\b|"
    r"\bkein\w* (?:\S+ ){0,3}?mehr\b|\bnicht mehr\b|(?:\bne\b|\bn['’])[^?.!]{0,25}?\bplus\b|"
    r"\bya no\b|\bdej(?:a|o|an) de\b|"
    r"\bart[ıi]k\b|\bkesil|\bju[żz] nie\b|\bnie \S+ (?:ju[żz]|wi[ęe]cej)\b|\bprzesta|"
    r"\bnu mai\b|(?<!\w)(?:больше|уже|більше|вже|вече) не(?!\w)|(?<!\w)не \S+ (?:вече|больше)(?!\w)|"
    r"(?<!\w)(?:لم يعد|ما عاد|ما بعود)(?!\w)|(?<!\w)(?:دیگر|دیگه)(?!\w)"
)
# Something not had, said with a plain negation of the verb or the noun (twenty-eighth session,
# lane none20): "is not paid", "gibt es kein", "wird nicht gezahlt", "n'est pas versé", "no se
# paga", "ödenmez", "verilmez", "alamam", "hak yok", "nie przysługuje", "nu se plătește", "не
# платят", "не виплачується", "не се плаща", "لا يُدفع", "پرداخت نمی‌شود": after an income
# from or above which (`_INCOME_FROM`) as much the upper bound as "no longer" is. Paying more
# ("dois-je payer plus d'impôts") holds no negation. Casefolded, 12 languages.
# The negation governs the paying or getting (review of none20): not "wenn ich nicht verheiratet
# bin", "I have no children", "muss ich keine Gebühren zahlen" (the asker pays), nor a bare "ما".
_PAID_OR_GOT = (
    r"paid|granted|given|g[eo]t\b|gets?\b|receiv\w*|entitled|eligible|"
    r"gezahlt|bezahlt|ausgezahlt|gewährt|bekomm\w*|erh[äa]lt\w*|bezieh\w*|zusteh\w*|anspruch|"
    r"vers[ée]\w*|pay[ée]\w*|accord[ée]\w*|droit|touch\w*|re[çc]oi\w*|per[çc]oi\w*|"
    r"paga\w*|abona\w*|conced\w*|otorga\w*|recib\w*|da\b|dan\b|derecho|hay\b"
)
_NOT_HAD = (
    rf"\bnot (?:\S+ ){{0,2}}?(?:{_PAID_OR_GOT})|n't (?:\S+ ){{0,2}}?(?:{_PAID_OR_GOT})|"
    r"\bthere(?:'s| is| are)? no\b|\b(?:get|gets|receive|receives) no\b|"
    r"\b(?:bekomm\w*|erh[äa]lt\w*|bezieh\w*|gibt es|gibt's|hab\w*|hat) (?:\S+ ){0,2}?kein\w*|"
    rf"\b(?:nicht|kein\w*) (?:\S+ ){{0,2}}?(?:{_PAID_OR_GOT})|"
    rf"(?:\bne\b|\bn')[^?.!]{{0,25}}?\bpas (?:\S+ )?(?:{_PAID_OR_GOT})|"
    rf"\bno (?:se |me |te |le |les |nos |lo |la )?(?:tengo |tiene |tienen )?(?:{_PAID_OR_GOT})|"
    r"\b(?:öden|veril|al[ıi]n)m(?:ez|az|iyor|ıyor)\w*|\balama(?:m|z|y|d)\w*|\bhak(?:k[ıi])? yok\b|"
    r"\bnie (?:\S+ )?(?:przys[łl]uguj|dostan|dostaj|otrzym|wyp[łl]ac|p[łl]ac|ma\b|b[ęe]dzie)\w*|"
    r"\bnu (?:se |mai |am |are )?(?:pl[ăa]t|prim|acord|drept)\w*|"
    r"(?<!\w)не (?:\S+ )?(?:плат|плащ|выплач|виплач|да[юёв]|получ|отрим|положен|полага|назнач)\w*|"
    r"(?<!\w)(?:нет|немає|няма)(?!\w)|"
    r"(?<!\w)(?:لا|لن|ليس|مش)(?!\w)|(?<!\w)(?:نمی(?![\u200c ]?دان)|ندار|نیست)"
)
# from or above what income something is not had, within the question's sentence (not "…
# zahle ich Rundfunkbeitrag? Ich bin nicht sicher"; review of none20)
_ABOVE_NOT_HAD = rf"(?:{_INCOME_FROM})[^?.!؟]{{0,90}}?(?:{_NO_LONGER_HAD}|{_NOT_HAD})"
_INCOME_BOUND = (
    r"\bup to (?:what|which|how much) (?:\S+ )?(?:income|earnings)\b|"
    r"\bbis zu (?:welche[mnrs]?|wie ?viel) (?:\S+ )?\S*(?:einkommen|verdienst)|"
    r"jusqu'(?:à|a) (?:quel(?:le)?s?|combien de) (?:\S+ )?revenus?\b|"
    r"\bhasta (?:qu[eé]|cu[aá]nt[oa]s?) (?:\S+ )?ingresos?\b|"
    r"\bhangi (?:\S+ )?gelire kadar\b|"
    r"(?<!\w)do (?:jakiego|jakiej|kt[óo]rego|kt[óo]rej|ilu) (?:\S+ )?doch[óo]d|"
    r"p[aâ]n[aă] la (?:ce|c[aâ]t) (?:\S+ )?venit|"
    r"(?<!\w)до (?:какого|скольки|якого|скількох|какъв|колко) (?:\S+ )?доход|"
    r"(?<!\w)(?:حتى|لحد|لغاية) (?:أي|اي|كم|قديش) (?:ال)?دخل|"
    r"(?<!\w)تا (?:چه|چقدر|چند) (?:\S+ )?درآمد|" + _ABOVE_NOT_HAD
    # from or above what income something is no longer had ("Ab welchem Einkommen gibt es kein
    # Elterngeld mehr?", "Above what income do I no longer get …?", "À partir de quel revenu
    # n'a-t-on plus droit …?", "С какого дохода больше не платят …?"): its upper bound
)
_INCOME_CEILING = re.compile(_INCOME_BOUND)
# an income from or above which a benefit is not had or no longer paid (the last branch of
# `_INCOME_BOUND`): its paying word is the benefit's, not a price
_INCOME_ABOVE_NOT_HAD = re.compile(_ABOVE_NOT_HAD)


def asks_income_ceiling(text: str) -> bool:
    """Whether a question asks up to what income something holds (`_INCOME_BOUND`)."""
    return _INCOME_CEILING.search(padded(text)) is not None


def states_minimum(text: str) -> bool:
    """Whether a text states a lower limit (`_MINIMUM_STATED`)."""
    return _MINIMUM_STATED.search(text.casefold()) is not None


# The most one gets stated (deadline15): "at most", "up to 297 euros", "höchstens", "en fazla",
# "حداکثر", and an amount verb with a bare up-to ("wynosi do 297", "составляет до 297", "es de
# hasta 297", "تبلغ … حتى 297"; alone, "do 14,60" is where a sum rises to), bounding a sum in
# euros within two words ("como máximo tres años" bounds a time). Casefolded, 12 languages.
_MOST_WORDS = (
    r"\bmaxim\w*|\bmax\b|at most|\bup to|no more than|not more than|höchstens|hochstens|"
    r"\bbis zu|\bau plus|como mucho|de hasta|en fazla|azami|maksimum|maksymaln\w*|"
    r"najwy[żz]ej|cel mult|de p[aâ]n[aă] la|максим\w*|не более|не больше|щонайбільше|не більше|"
    r"най-много|الحد الأقصى|أقصى|اقصى|حداکثر|nicht mehr als|pas plus de|no m[áa]s de|nie więcej|"
    r"nu mai mult de|не повече|لا يتجاوز|لا تتجاوز|"
    r"(?:wynosi|wynoszą|составляет|составляют|становить|становлять|(?<!\w)е|(?<!\w)са) (?:do|до)|"
    r"(?:تبلغ|يبلغ)(?: \S+){0,3} حتى"
)
_MOST_STATED = re.compile(
    rf"(?:{_MOST_WORDS})(?:\s+\S+){{0,2}}?\s+\d[\d.,\s]*(?:de )?(?:euro|eur\b|€|евро|євро|يورو|یورو)"
)


def asks_minimum(text: str) -> bool:
    """Whether a question asks a lower limit ("the minimum income", "mindestens", `_MINIMUM_ASKED`)."""
    return _MINIMUM_ASKED.search(padded(text)) is not None


def states_only_upper_bound(text: str) -> bool:
    """Whether a text states the most one gets ("bis zu 297 Euro", "at most", `_MOST_STATED`) and no
    lower limit (`_MINIMUM_STATED`): the most one gets, which tells no least income."""
    lowered = text.casefold()
    return _MOST_STATED.search(lowered) is not None and _MINIMUM_STATED.search(lowered) is None


# Earning asked: how much one may or must earn ("Bis zu welchem Betrag darf ich im Minijob
# verdienen?", "Скільки має заробляти самотня мама, щоб …?", "how much can I earn"): an amount
# of money earned, answered only by a sentence that states a sum of money and speaks of earning,
# an income or a limit (`_EARNED_STATED`), not by a contribution rate ("3,6 Prozent an die
# Rentenversicherung") nor by the benefit's own amount ("до 297 євро на дитину"). The verb only:
# a salary noun asks a share or a wage of other questions. Casefolded, 12 languages.
_EARNING_ASKED = re.compile(
    rf"{_INCOME_BOUND}|"
    r"\bearn|verdien|\bgagner\b|\bgagne\b|\bgagnons\b|\bganar\b|\bgano\b|\bgana\b|"
    r"kazan(?:abil|mal|ma[mnks]|d[ıi]|[ıi]yor|ırsam|irsam)|zarabia|zarobi[cćł]|c[âa][șşs]tig|"
    r"зарабат|заработа|заробля|заробит|изкарва|изкарам|печеля|печели|"
    r"(?:أكسب|اكسب|يكسب|تكسب|بكسب|بيكسب)|درآمد(?: (?:ناخالص|خالص))? داشته|(?:کسب|در ?بیار)(?:م|ه|ی)"
)
# A wage or salary asked as the amount ("What salary do I need for the Blue Card?", "Wie hoch
# muss mein Gehalt sein?", "quel salaire", "¿qué sueldo?", "maaşım ne kadar olmalı", "jaka
# pensja", "ce salariu", "какая зарплата", "яка зарплата", "каква заплата", "كم الراتب",
# "چقدر حقوق"): money earned from work, told like an earning asked (`_EARNED_STATED`) by a
# sentence with a sum of money and a word of earning, pay or a limit, not by the fee of the
# permit the salary is a condition of ("Erste Erteilung der Blauen Karte EU 100 Euro"). Nouns
# of pay from work only, as words: not a fee ("ücret" alone is the Turkish fee), not the Polish
# verb "płacę" (I pay), not the Persian "حقوق" (rights) unless an amount word stands beside it.
# Casefolded, 12 languages.
# The lowest or highest income asked ("Mindesteinkommen", "minimum income", "revenu minimum",
# "ingreso mínimo", "asgari gelir", "minimalny dochód", "venitul minim", "минимальный доход",
# "мінімальний дохід", "минимален доход", "الحد الأدنى للدخل", "حداقل درآمد"; casefolded): an
# amount earned (`_SALARY_ASKED`), read as an amount question whatever the who-words say
# ("What is the minimum income for the Blue Card?" is no question of who may have it).
_LIMIT_INCOME = (
    r"mindest(?:brutto|netto)?einkommen|mindestgehalt|mindestverdienst|h[öo]chst(?:brutto|netto)?einkommen|"
    r"(?:minimum|maximum|lowest|highest) (?:annual |yearly |gross |net )?(?:income|earnings)|"
    r"revenus? (?:bruts? |nets? )?(?:minimum|maximum|minimal|maximal)|ingresos? (?:brutos? |netos? )?(?:m[ií]nimos?|m[aá]ximos?)|"
    r"(?:asgari|azami|en (?:düşük|az|yüksek|fazla)) (?:br[üu]t |net )?gelir|(?:minimaln|maksymaln)\w* (?:\w+ )?doch[óo]d|"
    r"venit\w* (?:brut\w* |net\w* )?(?:minim|maxim)|(?:минимальн|максимальн|мінімальн|минимал|максимал)\w* (?:\w+ )?(?:доход|дохід)|"
    r"الحد (?:الأدنى|الادنى|الأقصى|الاقصى) (?:لل|ل|ال)?دخل|(?:حداقل|حداکثر|کمترین|بیشترین) درآمد|"
    # an income asked as a bound (`_INCOME_BOUND`)
    rf"{_INCOME_BOUND}"
)
_LIMIT_INCOME_ASKED = re.compile(_LIMIT_INCOME)
_SALARY_ASKED = re.compile(
    r"\bsalar(?:y|ies)\b|\bwages?\b|\bpaycheck|\b(?:gross|net) pay\b|"
    r"gehalts?\b|\blohn\b|\blöhne|mindestlohn|\bverdienst\b|vergütung|verguetung|"
    r"\bsalaire|\brémunération|\bremuneration|\bsmic\b|"
    r"\bsueldo|\bsalario|\bremuneraci[oó]n|"
    r"\bmaa[şs]|asgari [üu]cret|\b(?:brüt|brut|net) [üu]cret|"
    r"\bpensj|\bp[łl]ac[ay]\b|wynagrodze|\bzarobk|\bzarobek\b|"
    r"\bsalari(?:u|ul|ului|ii|ile|ilor)\b|\bleaf[aă]\b|"
    r"зарплат|заработн\w* плат|(?<!\w)оклад|заробітн\w* плат|"
    r"(?<!\w)заплат(?:а|ата|и|ите)(?!\w)|възнагражден|"
    r"(?<!\w)(?:ال|بال|و|ل|لل)?(?:راتب|رواتب|أجر|اجر|أجور|اجور)(?:ي|ك|ه|ها)?(?!\w)|"
    # the lowest or highest income (`_LIMIT_INCOME`): an earning too
    rf"{_LIMIT_INCOME}|"
    r"دستمزد|حقوق(?:م|ت|ش)?\s+(?:\S+\s+){0,4}?چقدر|چقدر\s+(?:\S+\s+)?حقوق|حداقل حقوق|چه حقوقی"
)


# The salary is the asked amount only when a question word, a how-much word, a minimum, a
# requirement, a limit or a figure stands within `SALARY_WINDOW` words of its noun ("What
# salary …?", "Gehalt … wie hoch", "asgari maaş şartı", "requisitos salario", "if my salary is
# 48k", "зарплата 52к в год"): "my salary is low, is there extra money for the kids?" asks about
# a benefit, and its salary is only the asker's situation. Casefolded, 12 languages.
_SALARY_ASKING = re.compile(
    rf"(?:{_HOW_MUCH_WORDS})|\d|\bwhat\b|\bwhich\b|how high|welche[mnrs]?\b|wie hoch|"
    r"\bquel(?:le)?s?\b|\bqu[eé]\b|\bcu[aá]l\b|\bhangi\b|\bne\b|\bjak(?:i|a|ie|iego|ą)\b|"
    r"\bce\b|\bcare\b|(?<!\w)как(?:ая|ую|ой|ие|ого)(?!\w)|(?<!\w)як(?:а|у|ий|і|ого)(?!\w)|"
    r"(?<!\w)как(?:ва|ъв|во)(?!\w)|(?<!\w)(?:أي|اي|شو|ايش)(?!\w)|(?<!\w)(?:چه|کدام)(?!\w)|"
    r"minim|m[íi]nim|mindest|asgari|минимал|мінімал|أدنى|ادنى|حداقل|کمترین|بیشترین|"
    r"requir|voraussetz|vorausetz|vorraussetz|condition|requisit|[şs]art|wymaga|cerin|требова|"
    r"вимог|изискв|شرط|شروط|شرایط|"
    r"limit|grenze|seuil|plafond|umbral|l[íi]mite|s[ıi]n[ıi]r|pr[óo]g|prag|порог|поріг|праг|"
    r"(?<!\w)(?:ال)?حد(?!\w)|سقف|need|brauch|faut|necesit|gerek|potrzeb|nevoie|нужн|треба|трябва|"
    r"لازم|باید|لازمه|\bmust\b|\bmuss|\bdoit\b|\bdebe|tiene que|\bmusi|trebuie|должн|повин|"
    r"\bhoch\b|\bhigh\b|[ée]lev[ée]|\balt[oa]\b|y[üu]ksek|wysok|высок|висок"
)
SALARY_WINDOW = 3


# A salary named as what something is a share of or taken from ("60 % of my previous salary",
# "Cât la sută din salariu …?", "Сколько платят … от прежней зарплаты?", "maaşımdan"): the
# asked amount is the share or the benefit, not the salary. A from- or of-word among the two
# words before the salary noun, or the Turkish ablative on it.
_OF_WORDS = frozenset(
    {"of", "from", "vom", "von", "des", "de", "du", "del", "din", "z", "ze", "od"}
    | {"от", "з", "із", "из", "من", "از"}
)
_ABLATIVE = re.compile(r"\w*(?:dan|den|tan|ten)\b")


@functools.lru_cache(maxsize=1024)
def asks_earning(text: str) -> bool:
    """Whether a question asks an amount earned: how much one may or must earn
    (`_EARNING_ASKED`) or a wage or salary as the asked amount (`_SALARY_ASKED`, not one named
    as what a share is taken from: `_OF_WORDS`, `_ABLATIVE`)."""
    lowered = padded(text)
    if _EARNING_ASKED.search(lowered):
        return True
    for m in _SALARY_ASKED.finditer(lowered):
        before = lowered[: m.start()].split()[-2:]
        if any(w in _OF_WORDS or w.startswith("d'") for w in before):
            continue
        if _ABLATIVE.match(lowered, m.start()):
            continue
        words = (
            lowered[: m.start()].split()[-SALARY_WINDOW:]
            + lowered[m.end() :].split()[:SALARY_WINDOW]
        )
        if any(_SALARY_ASKING.search(w) for w in words) or _SALARY_ASKING.search(m.group()):
            return True
    return False


# A sum of money (a currency), and a word of earning, income, pay or a limit, in one sentence.
_MONEY_SUM = re.compile(r"€|\beuro|\beur\b|\bевро|\bєвро|يورو|یورو|ユーロ")
# The money one must have (qualifier18): a blocked account named in an amount question ("Wie
# viel Geld muss ich pro Monat auf dem Sperrkonto haben?", "how much on a blocked account",
# "compte bloqué", "cuenta bloqueada", "bloke hesap", "konto zablokowane", "contul blocat",
# "блокированный счёт", "блокований рахунок", "блокирана сметка", "الحساب المجمد / المغلق",
# "حساب مسدود / بلوکه") asks the sum one must show, a condition of the permit (its
# prerequisites: "… for a blocked account 11,904 euros a year (992 euros a month)"), not the
# fee one pays ("The visa at the mission costs 75 euros" answered). The catalog's sentence
# states it with a sum in euros (`stated_quantities` "means"). 12 languages (casefolded).
_MEANS = re.compile(
    r"sperrkont|blocked (?:bank )?account|compte bloqu|cuenta bloquead|bloke (?:bir )?hesap|"
    r"kon(?:to|cie|ta|tem)\w* zablokowan|zablokowan\w* kon(?:to|cie|ta|tem)|cont\w* blocat|"
    r"блокированн\w* сч[её]т|блокован\w* рахун|блокира\w* сметк|"
    r"(?:ال)?حساب (?:ال)?(?:مجمد|مغلق|محجوز|بنكي المغلق)|حساب (?:مسدود|بلوکه|بلوکی)"
)


# The money one must show (twenty-eighth session, lane none20): money and a verb of proving or
# showing it, in either order within nine words ("Wie viel Geld im Monat muss ich für die
# Aufenthaltserlaubnis zur Ausbildung nachweisen?", "How much money must I show …?", "combien
# d'argent dois-je justifier", "cuánto dinero debo demostrar", "ne kadar para göstermem
# gerekiyor", "ile pieniędzy muszę wykazać", "câți bani trebuie să dovedesc", "сколько денег
# нужно подтвердить", "скільки грошей треба підтвердити", "колко пари трябва да докажа", "كم
# المبلغ الذي يجب أن أثبته", "چقدر پول باید نشان بدهم") asks the means of living, a condition
# of the permit ("gesicherter Lebensunterhalt (2025 mindestens 903 Euro im Monat)"), not its
# fee (the German one was told "Erste Erteilung 100 Euro"). Not "geldim" (I came), not the
# Spanish "para" (for). Casefolded, 12 languages.
_MONEY_WORD = (
    r"\bmoney\b|\bfunds\b|\bgeld(?:es|s)?\b|\bargent\b|\bressources\b|\bdinero\b|\bfondos\b|"
    r"pieni[ęe]dz|\bbani(?:i)?\b|\bfonduri|(?<!\w)деньг|(?<!\w)денег|"
    r"(?<!\w)грош|(?<!\w)пари(?:те)?(?!\w)|(?<!\w)(?:ال)?(?:مال|فلوس|مبلغ|مصاري)(?!\w)|(?<!\w)پول"
)
_PROVE_VERB = (
    # (verbs only: not "Sprachnachweis", "proof of German", "justificatif"; review of none20)
    r"\bshow\b|\bprove\b|\bnachweis(?:en|t)\b|\bnachzuweisen\b|\bnachgewiesen\b|"
    r"\bjustifi(?:er|e|es|ons|ez|ent)\b|\bprouver\b|\bdemostrar|\bacreditar|"
    r"g[öo]ster|kan[ıi]tla|ispat|wykaza|udokumentowa|udowodni|\bdovede|\bdovedi|"
    r"(?<!\w)подтверд|(?<!\w)доказ|(?<!\w)підтверд|(?<!\w)довес|(?<!\w)довед|(?<!\w)докаж|"
    r"(?<!\w)(?:أثبت|اثبت|إثبات|اثبات|يثبت|نثبت)|(?<!\w)(?:نشان(?!ی)|ثابت|اثبات)"
)
_MONEY_SHOWN = re.compile(
    rf"(?:{_MONEY_WORD})\S*(?:\s+\S+){{0,9}}?\s+(?:{_PROVE_VERB})|"
    rf"(?:{_PROVE_VERB})\S*(?:\s+\S+){{0,9}}?\s+\S*(?:{_MONEY_WORD})|"
    # the Turkish "para" (money) only before its verb: the Spanish "para" is "for"
    r"\bpara(?:y[ıi]|m[ıi]|n[ıi])?\s+(?:\S+\s+)?(?:g[öo]ster|kan[ıi]tla|ispat)"
)
# The money one must have (twenty-ninth session, lane qualifier24): money and a verb of having
# it in the form of an obligation or a wish, in either order within nine words ("Wie viel Geld
# muss ich im Monat haben …?", "How much money do I need to have per month …?", "combien
# d'argent dois-je avoir", "cuánto dinero tengo que tener", "ne kadar param olmalı", "ile
# pieniędzy muszę mieć", "câți bani trebuie să am", "сколько денег нужно иметь", "скільки грошей
# треба мати", "колко пари трябва да имам", "كم لازم يكون عندي مصاري", "چقدر پول باید داشته
# باشم") asks the means of a permit as showing it does: the Arabic one was told the training
# permit's "First issue 100 euros". An infinitive or subjunctive of having only, not "I have"
# ("Ich habe Geld gespart, was kostet …?", "عندي"), after a word of must or need where the
# language's infinitive also follows a will ("wie viel Geld werden wir haben", "ile pieniędzy
# będę mieć"). Casefolded, 12 languages.
# Review 1 of the twenty-ninth session: the have-verb's object need not be the money ("How much
# money do I get from the state to have a baby?", "Wie viel Geld darf ich verdienen, muss ich
# eine Steuer-ID haben?", "Ile pieniędzy dostanę …, jeśli muszę mieć własne mieszkanie?"): no
# clause break (a comma, semicolon, question mark; an "if": `_HELD_GAP`) and no verb of getting or
# earning the money between the two, and no "a / an" object after the English have.
_HELD_GAP = (
    r"(?:\s+(?!\S*[,;?!])(?!(?:if|wenn|falls|sofern|si|jeśli|jeżeli|jezeli|gdy|если|якщо|ако|dacă|"
    r"daca|eğer|اگر|إذا|اذا|لو)(?!\w))(?!(?:get|gets|getting|receive|earn|bekomm|krieg|erhalt|erhält|"
    r"verdien|dostan|dostaj|otrzym|zarob|zarabia|получ|отрима|заробі|recib|gan[oa]|touch|reçoi|"
    r"primesc|primi|alır|kazan)\w*)\S+)"
)
_HAVE_VERB = (
    # (not "to have a child", but "to have a month / a year / a week"; review 2 of session 29)
    r"\bto have\b(?! an?\b(?! (?:month|year|week)\b))|"
    r"\bmust (?:i |we )?have\b(?! an?\b(?! (?:month|year|week)\b))|"
    rf"\b(?:muss|musst|müssen|sollte|sollten|brauche)\b{_HELD_GAP}{{0,8}}?\s+haben\b|"
    r"\bhaben (?:muss|müssen|sollte)\b|"
    r"\b(?:dois|doit|devons|devez|doivent|faut|faudra)(?:-je|-il|-on)?\s+(?:\S+\s+)?avoir\b|"
    r"\bdisposer\b|\b(?:que|debo|debe|debemos|necesito|necesita)\s+tener\b|\bdisponer\b|"
    r"\b(?:musz[eę]|musi\w*|trzeba|nale[żz]y|powin\w*)\s+(?:\S+\s+)?mie[ćc]\b|"
    r"\bs[ăa] (?:am|avem|ai|aveți|aveti)\b|"
    r"(?<!\w)(?:нужно|надо|должн\w*|необходимо|требуется)\s+(?:\S+\s+)?иметь(?!\w)|"
    r"(?<!\w)(?:треба|потрібно|мушу|повин\w*|необхідно)\s+(?:\S+\s+)?мати(?!\w)|"
    r"(?<!\w)да имам(?:е)?(?!\w)|"
    r"(?<!\w)(?:يكون|تكون) (?:عندي|معي|لدي|عندنا|لدينا)(?!\w)|(?<!\w)امتلاك(?!\w)|"
    r"داشته (?:باشم|باشیم|باشید)"
)
_MONEY_HELD = re.compile(
    rf"(?:{_MONEY_WORD})[^\s,;?!]*{_HELD_GAP}{{0,9}}?\s+(?:{_HAVE_VERB})|"
    rf"(?:{_HAVE_VERB})[^\s,;?!]*{_HELD_GAP}{{0,9}}?\s+\S*(?:{_MONEY_WORD})|"
    # the Turkish money one must have ("ne kadar param olmalı", "paramın olması gerek")
    r"\bpara(?:m|mız|n[ıi]z|m[ıi]n|n[ıi]n)?\s+(?:\S+\s+)?(?:olmal|olmas[ıi])"
)
# The means of living stated beside a sum (the catalog's prerequisites, 12 languages):
# "gesicherter Lebensunterhalt", "secure means of living", "subsistance assurée", "sustento
# asegurado", "güvence altında geçim", "zabezpieczone utrzymanie", "mijloace de trai",
# "средства к существованию", "засоби до існування", "осигурена издръжка", "معيشة مؤمَّنة",
# "تأمین هزینه زندگی". Read only in catalog sentences with a sum in euros (`stated_quantities`).
_LIVING_STATED = re.compile(
    r"lebensunterhalt|means of (?:living|subsistence|support)|subsistance|\bsustento\b|"
    r"\bge[çc]im\b|utrzymanie|mijloace de trai|средства к существованию|засоби до існування|"
    r"\bиздръжка\b|معيشة|هزینه (?:ی )?زندگی"
)


def asks_means(text: str) -> bool:
    """Whether an amount question asks the money one must have on a blocked account (`_MEANS`),
    show for a permit (`_MONEY_SHOWN`) or have for it (`_MONEY_HELD`), not a fee beside it
    (`_FEE_ASKED`: "Was kostet die Aufenthaltserlaubnis zum Studium, wenn ich ein Sperrkonto
    habe?", "Wie viel kostet das Visum mit Sperrkonto?"; review of qualifier18)."""
    lowered = padded(text)
    return (
        _MEANS.search(lowered) is not None
        or _MONEY_SHOWN.search(lowered) is not None
        or _MONEY_HELD.search(lowered) is not None
    ) and _FEE_ASKED.search(lowered) is None


_EARNED_STATED = re.compile(
    r"\bearn|income|wage|salary|\bpay\b|\blimit|verdien|einkommen|\blohn|gehalt|grenze|"
    r"gagn|revenu|salaire|plafond|seuil|\bganar|\bgana|ingreso|salario|sueldo|l[íi]mite|"
    # (the Polish limit, not "za granicą", abroad)
    r"\brenta\b|kazan|gelir|maa[şs]|[üu]cret|s[ıi]n[ıi]r|zarab|zarob|doch[óo]d|pensj|wynagrodz|(?<!za )granic|"
    r"c[âa][șşs]tig|venit|salari|limit|заработ|доход|зарплат|предел|лимит|заробі|заробля|дохід|"
    # (the Arabic limit as a word, not inside the Persian "حداکثر", at most)
    r"межа|ліміт|изкарва|заплат|граница|دخل|أجر|اجر|راتب|(?<!\w)(?:ال)?حد(?!\w)|سقف|درآمد|دستمزد|حقوق|"
    # a threshold, and a gross sum ("50.700 Euro brutto im Jahr"): pay, not a fee
    r"threshold|schwelle|umbral|e[şs]i[gğ]|\bpr[óo]g|\bprag|порог|поріг|праг|عتبة|آستانه|"
    r"\bgross\b|brutto|\bbrut(?:s|e|es|o|a|os|as)?\b|br[üu]t\b|брутто|бруто|إجمال|ناخالص"
)


def continues_earning(text: str, previous: str) -> bool:
    """Whether a (casefolded) sentence states a sum of money that goes on from a sentence about
    earnings: "Ab dem 1. Januar 2027 steigt er auf 14,60 Euro." after "… beträgt der gesetzliche
    Mindestlohn 13,90 Euro …" (its pronoun is the wage)."""
    return _MONEY_SUM.search(text) is not None and _EARNED_STATED.search(previous) is not None


# A language level asked ("Auf welchem Niveau muss ich Deutsch können?", "Na jakim poziomie?",
# "what level of German", "¿qué nivel de alemán?", "hangi seviyede", "какой уровень", "який
# рівень", "какво ниво", "أي مستوى", "چه سطحی"): told only by a sentence that names a level of
# the European framework (A1 … C2, `_LEVEL_STATED`), not by one about the procedure. From what
# level something holds is a threshold (`_THRESHOLD_ASKED`, read first).
_LEVEL_ASKED = re.compile(
    r"(?:what|which) (?:\S+ )?level|welche[mns]? (?:\S+ )?(?:niveau|sprachniveau|stufe)|"
    r"(?:quel|quelle) (?:\S+ )?niveau|qu[eé] nivel|cu[aá]l (?:es el )?nivel|(?:hangi|ne) (?:\S+ )?(?:seviye|düzey|duzey)|"
    r"jakim (?:\S+ )?poziomie|jaki (?:\S+ )?poziom|ce nivel|(?:какой|каком|какого) (?:\S+ )?уровн|"
    r"(?:какой|каком|какого) (?:\S+ )?уровень|(?:який|якому|якого) (?:\S+ )?рів|(?:какво|какъв|кое) (?:\S+ )?ниво|"
    r"(?:أي|اي|ايش|شو) (?:\S+ )?مستوى|چه (?:\S+ )?سطح|کدام سطح"
)
_LEVEL_STATED = re.compile(r"(?<![\w-])[abc][12](?![\w-])")
# A penalty asked ("Jaka kara grozi, jeśli za późno …?", "What is the fine if …?", "Welche
# Strafe droht …?", "quelle amende", "¿qué multa?", "ne ceza", "ce amendă", "какой штраф",
# "який штраф", "каква глоба", "ما الغرامة", "چه جریمه‌ای"): what one risks, told only by a
# sentence that names a penalty (`_PENALTY_STATED`: a fine, a sanction, the employment agency's
# blocking period "Sperrzeit"), not by the time limit the question's "too late" points to. Only
# a penalty word asked about: "… که جریمه نشم" (so that I am not fined) asks the time limit.
_PENALTY_ASKED = re.compile(
    r"what(?:'s| is| are)? (?:\S+ )?(?:penalty|penalties|fine|fines|sanctions?)\b|how (?:much|high|big) is the (?:fine|penalty)|"
    r"is there a (?:fine|penalty)|will i (?:be fined|get a fine|be penali[sz]ed)|"
    r"welche[snr]? (?:strafe|sanktion|sperrzeit|bu(?:ß|ss)geld)|droh(?:t|en) (?:\S+ ){0,2}(?:strafe|"
    r"bu(?:ß|ss)geld|sperrzeit|sanktion)|wie hoch ist (?:die strafe|das bu(?:ß|ss)geld)|"
    r"gibt es (?:eine |ein )?(?:strafe|bu(?:ß|ss)geld)|"
    r"quel(?:le)?s? (?:amende|sanction|p[ée]nalit)|risque(?:-t-on|-t-il)? (?:une )?(?:amende|sanction)|"
    r"y a-t-il une (?:amende|sanction)|qu[eé] (?:multa|sanci[oó]n|penalizaci[oó]n|castigo)|"
    r"hay (?:una )?(?:multa|sanci[oó]n)|\bne (?:ceza|yapt[ıi]r[ıi]m)|ceza(?:s[ıi])? (?:var m|al[ıi]r m)|"
    r"hangi ceza|jak(?:a|ie) (?:kar[ay]|sankcj|grzywn|konsekwencj)|grozi (?:\S+ )?(?:kara|grzywna)|"
    r"ce (?:amend[aă]|sanc[țţt]iun|penalizare|pedeaps)|(?:risc|primesc) (?:o )?amend|"
    r"какой штраф|какое (?:наказание|взыскание)|какие (?:санкции|штрафы)|(?:будет|грозит) (?:ли )?штраф|"
    r"який штраф|яке покарання|які (?:санкції|штрафи)|(?:буде|загрожує) (?:\S+ )?штраф|"
    r"каква (?:глоба|санкция)|какво наказание|(?:има ли|грози ли) (?:\S+ )?глоба|"
    r"(?:ما|شو|ايش) (?:هي )?(?:العقوبة|الغرامة)|(?:في|فيه|هل هناك|هل يوجد) غرامة|"
    r"چه (?:جریمه|مجازات)|جریمه(?:‌ای| ای)? (?:دارد|داره)|جریمه (?:میشم|می‌شوم|می شوم)"
)
# What happens when a duty is missed ("What happens if I register too late?", "Was passiert,
# wenn ich den Hund nicht anmelde?", "اگه دیر ثبت‌نام کنم چی میشه؟"): the consequence asked is
# the penalty, told like a penalty asked (`_PENALTY_ASKED`) only by a sentence that names one
# ("… kann die Agentur für Arbeit eine Sperrzeit von einer Woche festsetzen"), not by the time
# limit the "late" points to nor by a fee line. Two parts, both needed (`asks_consequence`): a
# what-happens phrase (`_WHAT_HAPPENS`) and the duty missed, done late or not done
# (`_DUTY_MISSED`); "What happens after the registration?" and "Ce se întâmplă cu dosarul meu
# dacă mă mut?" miss nothing and keep their reading. Casefolded, 12 languages.
_WHAT_HAPPENS = re.compile(
    r"what (?:happens|will happen|would happen|happened)|what are the consequences|"
    r"was (?:passiert|geschieht|droht)|welche folgen|"
    r"que se passe|qu'est-ce qu'il (?:se passe|arrive)|qu'est-ce qui (?:se passe|arrive)|"
    r"que va-t-il se passer|quelles? (?:sont les )?cons[ée]quences|"
    r"qu[ée] (?:pasa|ocurre|sucede|pasar[áa]|ocurrir[áa])|qu[ée] consecuencias|"
    r"\bne olur\b|\bne olacak\b|\bsonucu ne\b|"
    r"co si[ęe] stanie|co b[ęe]dzie|co mi grozi|jakie (?:s[ąa] )?(?:konsekwencje|skutki)|"
    r"ce se (?:[îi]nt[âa]mpl[ăa]|va [îi]nt[âa]mpla|petrece)|ce consecin[țţt]e|"
    r"что (?:будет|произойд[её]т|случится|мне грозит)|какие (?:будут )?последствия|"
    r"що (?:буде|станеться|трапиться|мені загрожує)|які (?:будуть )?наслідки|"
    r"какво (?:ще )?(?:стане|става|се случва|ще се случи)|какви (?:са )?последици|"
    r"(?:ماذا|شو|ايش|إيش|وش) (?:رح |راح |سوف )?(?:يحدث|سيحدث|يصير|بصير|بيصير|يحصل|بيحصل|بيصير)|"
    r"ما (?:هي )?العواقب|"
    r"چی (?:میشه|می‌شه|می شه|می‌شود|میشود)|چه (?:اتفاقی|می‌شود|میشود|می شود|پیامدی|عواقبی)"
)
_DUTY_MISSED = re.compile(
    # late, not in time, forgotten
    r"\blate\b|in time|on time|\bmiss(?:ed)? |\bforg[eo]t|"
    r"sp[äa]t\b|versp[äa]t|vers[äa]um|verpass|vergess|"
    r"\btard\b|en retard|[àa] temps|dans les d[ée]lais|oubli|"
    r"\btarde\b|a tiempo|con retraso|fuera de plazo|olvid|"
    r"\bge[çc]\b|zaman[ıi]nda|unut|"
    r"p[óo]źno|pozno|sp[óo]źni|spozni|w terminie|na czas|zapomn|"
    r"t[âa]rziu|[îi]nt[âa]rzi|la timp|\buit|"
    r"поздно|опозда|просроч|вовремя|в срок|забуд|забыл|"
    r"пізно|запізн|простроч|вчасно|забул|"
    r"късно|закъсн|навреме|забрав|"
    r"متأخر|تأخر|اتأخر|أتأخر|بتأخر|في الوقت|بالوقت|بوقته|نسيت|"
    r"(?<!\w)دیر(?!\w)|به موقع|سر وقت|فراموش|یادم (?:بره|رفت)|"
    # not done: a negation in the if-clause
    r"\bif (?:\S+ ){0,3}(?:don't|do not|didn't|did not|haven't|have not|can't|cannot|fail)\b|"
    r"\b(?:wenn|falls) (?:\S+ ){0,6}(?:nicht|keine?n?)\b|"
    r"\bsi (?:\S+ ){0,4}(?:ne |n'|pas\b)|\bsi (?:\S+ ){0,2}no\b|"
    r"\S+m[ae]zs[ae]\S*|"
    r"\b(?:je[śs]li|je[żz]eli|gdy|jak) (?:\S+ ){0,3}nie\b|"
    r"\bdac[ăa] (?:\S+ ){0,3}nu\b|"
    r"(?:если|якщо|ако) (?:\S+ ){0,3}не\b|\bяк (?:\S+ ){0,2}не\b|"
    r"(?:إذا|اذا|لو|إن) (?:\S+ ){0,2}(?:ما|لم|لا|ماني|مش)(?!\S)|"
    r"(?:اگه|اگر) (?:\S+ ){0,6}(?:نکن|نکرد|نده|ندم|نپرداز|نرم|نرفت|نشه|نگیر|نبر)\S*"
)


def asks_consequence(text: str) -> bool:
    """Whether a question asks what happens when a duty is missed (`_WHAT_HAPPENS` and
    `_DUTY_MISSED`): the penalty, `asked_quantity`."""
    lowered = padded(text)
    return _WHAT_HAPPENS.search(lowered) is not None and _DUTY_MISSED.search(lowered) is not None


_PENALTY_STATED = re.compile(
    r"sperrzeit|bu(?:ß|ss)geld|\bstrafe|säumnis|zwangsgeld|sanktion|\bfined?\b|\bfines\b|penalt|"
    r"sanction|blocking period|amende|p[ée]nalit|majoration|\bmulta|sanci[oó]n|recargo|\bceza|"
    r"yapt[ıi]r[ıi]m|\bkar[aęy]\b|grzywn|sankcj|karencj|\bamend|penaliz|sanc[țţt]iun|штраф|"
    r"санкц|наказан|покаран|глоба|неустойк|غرام|عقوب|جریمه|مجازات"
)


# For how long something is had ("Pe cât timp primesc permisul …?", "Na jak długo dostaje się
# …?", "for how long", "für wie lange", "pour combien de temps", "¿por cuánto tiempo?", "ne
# kadar süreliğine", "на какой срок", "на який строк", "за какъв срок", "لأي مدة", "برای چه
# مدت"): a length held, which a time limit to act ("în termen de 90 de zile", "within three
# months", `sentences._WITHIN`) does not tell. (The Bulgarian "за колко време" is also "within
# how long": left out.)
_FOR_HOW_LONG = re.compile(
    r"for how long|f[üu]r wie lange|auf wie lange|pour combien de temps|pour quelle dur[ée]e|"
    r"por cu[aá]nto tiempo|por qu[eé] (?:periodo|período)|ne kadar s[üu]reli[gğ]ine|"
    r"na jak d[łl]ugo|(?:pe|pentru) c[âa]t timp|na (?:jaki|ile) (?:okres|czas|lat|miesi)|"
    r"на какой (?:срок|период)|на сколько (?:лет|месяц)|на який (?:строк|термін|період)|"
    r"на скільки (?:рок|місяц)|за какъв (?:срок|период)|(?:لأي|لاي|لأية|لاية) (?:مدة|فترة)|"
    r"لمدة (?:كم|قديش)|برای چه مدت|برای چند (?:وقت|سال|ماه)"
)


def asks_for_how_long(text: str) -> bool:
    """Whether a question asks for how long something is had (`_FOR_HOW_LONG`)."""
    return _FOR_HOW_LONG.search(padded(text)) is not None


# The question type a quantity implies when no type word says otherwise (`classify`).
# A penalty asked with no type word ("اگه دیر ثبت کنم چه جریمه‌ای داره؟") is what missing a time
# limit costs: read as a deadline question, whose sentence must state the penalty
# (`sentences.QUANTITY_MODULES`: the body, the deadlines).
_QUANTITY_TYPES: dict[str | None, str] = {
    "age": "who",
    "maximum": "money",
    "threshold": "who",
    "penalty": "deadline",
}


@functools.lru_cache(maxsize=1024)
def asked_quantity(text: str) -> str | None:
    """The quantity a question asks for beyond its type: "age", "percent", a physical measure
    ("weight", "volume", "length", "area": `asked_measure`), "maximum" (an upper limit), "threshold" (from what degree or level), "minimum" (a lower limit),
    "frequency" (how often), "earning" (how much one may or must earn), "level" (a language
    level), "penalty" (what one risks) or None."""
    lowered = padded(text)
    # a physical measure (a weight, an engine's capacity, a length, an area): its unit word
    # is no other quantity's ("ab wie viel Kilogramm" asks no age, "125 ccm" no count)
    measure = asked_measure(lowered)
    if measure is not None:
        return measure
    # (before the age: "كل كم سنة" asks how often, though "كم سن" reads as an age)
    if _FREQUENCY_ASKED.search(lowered):
        return "frequency"
    # (how many years back is no age: "كم سنة إلى الوراء" holds the "كم سن" of an age)
    if _AGE_ASKED.search(lowered) and not RETROACTIVE.search(lowered):
        return "age"
    if _PERCENT_ASKED.search(lowered) or _PAY_COMPARED_ASKED.search(lowered):
        return "percent"
    if _THRESHOLD_ASKED.search(lowered) or asks_stay_threshold(text):
        return "threshold"
    if _LEVEL_ASKED.search(lowered):
        return "level"
    # (what happens when a duty is missed is its penalty: `asks_consequence`)
    if _PENALTY_ASKED.search(lowered) or asks_consequence(text):
        return "penalty"
    if _MAXIMUM_ASKED.search(lowered):
        return "maximum"
    if _MINIMUM_ASKED.search(lowered):
        return "minimum"
    if _EARNING_ASKED.search(lowered):
        return "earning"
    return None


# Paid or valid retroactively, back in time ("Elterngeld wird höchstens drei Monate
# rückwirkend gezahlt", "выплачивают задним числом"). A deadline question that does not ask
# how far back ("Dans quel délai faut-il demander …?") is answered by the neighbour that says
# when to apply ("Déposez la demande au cours des trois premiers mois"), not by this one.
RETROACTIVE = re.compile(
    r"r[üu]ckwirkend|retroactiv|retrospectiv|backdated|back-dated|how far back|wie weit zur[üu]ck|"
    r"r[ée]troacti|geriye (?:dönük|donuk)|\bwstecz|задним числом|заднім числом|ретроактив|"
    r"със задна дата|بأثر رجعي|باثر رجعي|عطف به ما ?سبق|遡|"
    # how many months back ("Pe câte luni în urmă", "за скільки місяців назад")
    rf"(?:{_HOW_MUCH_WORDS})\s+(?:\S+\s+)?(?:{_TIME_UNITS})\S*\s+(?:back|zur[üu]ck|en arri[èe]re|atr[áa]s|"
    r"geriye|wstecz|[îi]n urm[ăa]|назад|به عقب|للخلف|لورا|(?:إلى|الى) الوراء|للوراء)"
)


# From when ("ab wann", "С какого момента я должен платить …?", "à partir de quand"): the
# sentence that says when it starts ("Обязанность платить начинается с первого числа того
# месяца") answers, over a neighbour about something else done then ("Зарегистрируйте жильё
# сразу после въезда").
FROM_WHEN = re.compile(
    r"ab wann|seit wann|ab welchem (?:datum|tag|monat|zeitpunkt)|from when|since when|as of when|"
    r"from what (?:date|day|month|point)|from which (?:date|day|month)|à partir de quand|"
    r"depuis quand|à partir de quel(?:le)? (?:date|jour|mois|moment)|desde cu[aá]ndo|"
    r"a partir de cu[aá]ndo|a partir de qu[eé] (?:fecha|día|dia|mes|momento)|"
    r"desde qu[eé] (?:fecha|día|dia|mes|momento)|ne zamandan|hangi (?:günden|gunden|aydan|tarihten)|"
    r"od kiedy|od (?:którego|ktorego|jakiego) (?:dnia|miesiąca|miesiaca|momentu)|de c[aâ]nd\b|"
    r"din ce (?:zi|lună|luna|dată|data|moment)|de la ce (?:dată|data|moment)|"
    r"с какого (?:числа|дня|месяца|момента)|с каких пор|\bот кога|от (?:кой|коя) (?:ден|дата|месец|момент)|"
    r"від коли|з коли|з якого (?:дня|числа|місяця|моменту)|من متى|من (?:إيمتى|ايمتى|امتى)|"
    r"من (?:أي|اي) (?:يوم|شهر|تاريخ|وقت)|از چه (?:زمانی|تاریخی|روزی|ماهی)|از کدام (?:روز|ماه|تاریخ)|"
    r"از کدوم (?:روز|ماه)|いつから"
)
# Since when something exists or holds, a point in the past ("Since when is there the
# Deutschlandticket?", "Seit wann gibt es das Bürgergeld?", "depuis quand", "¿desde cuándo?",
# "ne zamandan beri", "od jak dawna", "с каких пор", "відколи", "откога", "منذ متى"), or from
# when a rule changes, is new or is abolished ("Ab wann gilt das neue Recht?", "От кога ще го
# махат?"): a date, told only by a sentence that names a year or a date (`_since_told` in
# `sentences`), not by a time limit of the service ("Der Antrag wirkt auf den ersten Tag des
# Monats zurück", "You can cancel by the 10th of a month"). The bare from-when words ("ab
# wann", "od kiedy", "от кога") also ask when one must pay or may start ("Ab wann muss ich …
# zahlen, wenn ich in eine neue Wohnung ziehe?"): only beside a law or a rule's abolition,
# introduction or replacement (`_CHANGE`). Casefolded, 12 languages.
_SINCE_ASKED = re.compile(
    r"since when|seit wann|seit welche[mr] (?:jahr|zeit)|depuis quand|depuis quelle ann[ée]e|"
    r"desde cu[aá]ndo|desde qu[eé] a[ñn]o|ne zamandan beri|ne zamand[ıi]r|hangi y[ıi]ldan beri|"
    r"od jak dawna|od kt[óo]rego roku|de c[aâ]nd exist|din ce an|с каких пор|с какого года|"
    r"(?<!\w)відколи|з якого року|(?<!\w)откога|от коя година|منذ متى|من (?:أي|اي) سنة|"
    r"از چه سالی|از کی تا حالا"
)
_CHANGE = re.compile(
    # a law or its new rules ("the new law", "das neue Staatsangehörigkeitsrecht", "nowe prawo")
    r"\blaws?\b|gesetz|staatsangehörigkeitsrecht|\bnew rules?\b|neuen? regel|\bloi\b|"
    r"\bley(?:es)?\b|\byasa(?:s[ıi])?\b|\bkanun|\bustaw|\bnowe prawo|\bleg(?:e|ea|ii)\b|"
    r"закон|قانون|"
    # abolished, removed, introduced or replaced
    r"abolish|introduc|\breplac|abgeschafft|abschaff|eingeführt|einführ|ersetzt|supprim|"
    r"introdui|remplac|elimin|suprim|sustitu|kald[ıi]r|getiril|zniesi|znies|likwid|wprowadz|"
    r"desfiin|introdus|[îi]nlocui|отмен|убер|введ|замен|скасу|запровад|замін|премахн|премахв|"
    r"(?<!\w)мах(?:ат|не|нат)(?!\w)|въвед|замени|الغاء|إلغاء|يلغ|تلغ|استبدال|لغو|حذف|جایگزین"
)


# Compulsory, a duty by law (measure12): from when something is compulsory ("From when is the
# measles vaccination compulsory?", "Ab wann ist mein Kind schulpflichtig?", "À partir de quand
# l'école est-elle obligatoire ?", "Od kiedy szkoła jest obowiązkowa?", "С какого момента школа
# обязательна?", "من متى تصبح المدرسة إلزامية؟", "از کی مدرسه اجباری است؟") asks the date the
# rule holds from, as a law's change does: not "register right after moving, because compulsory
# schooling applies from then". Casefolded, 12 languages.
_DUTY = re.compile(
    r"compulsory|mandatory|obligatory|pflicht|obligatoire|obligatori|zorunlu|obowi[ąa]zkow|"
    r"obligatoriu|обязател|обов['’ʼ]?язков|задължителн|إلزامي|الزامي|اجباری|الزامی"
)


# more from-when words read only beside a duty ("З якого часу навчання обов'язкове?", "از کی
# مدرسه اجباری است؟"; alone "از کی" is also "from whom")
_FROM_WHEN_DUTY = re.compile(r"з якого часу|(?<!\w)از (?:کی|چه وقتی)(?!\w)|od jakiego czasu")


def asks_since(text: str) -> bool:
    """Whether a question asks since when something exists or from when a rule changes or is
    compulsory (`_SINCE_ASKED`, or a from-when word beside `_CHANGE` or `_DUTY`)."""
    lowered = padded(text)
    if _SINCE_ASKED.search(lowered):
        return True
    if FROM_WHEN.search(lowered) is not None and _CHANGE.search(lowered) is not None:
        return True
    return _DUTY.search(lowered) is not None and (
        FROM_WHEN.search(lowered) is not None or _FROM_WHEN_DUTY.search(lowered) is not None
    )


_START_STATED = re.compile(
    r"\bstarts?\b|\bbegins?\b|\bfrom the (?:first|1st|month|day|date)|\bbeginnt|\bab dem\b|\bab der\b|"
    r"\berst ab\b|commence|à partir du|à partir de la|\bcomienza|\bempieza|a partir del?\b|"
    r"\bdesde el\b|başlar|başlıyor|itibaren|\bzaczyna|rozpoczyna|od pierwszego|"
    r"începe|incepe|începând|incepand|de la (?:prima|data|începutul|inceputul)|"
    r"начина|с первого|\bс (?:месяца|того|момента|даты|дня)\b|почина|з першого|"
    r"\bз (?:місяця|того|моменту|дня|дати)\b|від (?:місяця|дня|дати|першого)|започва|от първо|"
    r"\bот (?:месеца|деня|датата|първия)\b|يبدأ|تبدأ|اعتبار[اًا]* من|ابتداء[ًا]* من|من أول|من بداية|"
    r"من (?:اليوم|الشهر) الأول|شروع می|آغاز می|از اول|از ابتدای|از همان|از روز اول|"
    r"から始ま|以降|"
    # from an ordinal day, week or month on ("from the fourth day", "vom dritten Tag an",
    # "dès le troisième jour", "od trzeciego miesiąca", "с третьего месяца", "من الشهر الثالث")
    r"\bfrom the \w+(?:st|nd|rd|th) (?:day|week|month)|\bvom \w+(?:ten|sten) (?:tag|monat)|"
    r"\bvon der \w+(?:ten|sten) woche|d[èe]s (?:le|la) \w+i[èe]me (?:jour|semaine|mois)|"
    r"à partir du \w+i[èe]me|\w+(?:nc[ıiuü]) (?:gün|gun|hafta|ay)(?:dan|den) (?:sonra|itibaren)|"
    r"\bod \w+(?:ego) (?:dnia|tygodnia|miesiąca|miesiaca)|\bdin a \w+ (?:zi|lună|luna|săptămân)|"
    r"\bс \w+(?:его|ого) (?:дня|недели|месяца)|\bвід \w+(?:ього|ого) (?:дня|тижня|місяця)|"
    r"\bот \w+(?:ия|ата) (?:ден|седмица|месец)|من (?:اليوم|الأسبوع|الاسبوع|الشهر) ال\w+|"
    r"از (?:روز|هفته|ماه) \w+(?:م|مین)\b"
)


# Paid for the time before the application or back in time, asked in plain words ("Bekomme ich
# das Geld auch für die Monate vor dem Antrag?", "¿Me pagan los meses anteriores?", "Pe câte
# luni în urmă …?"): how far back it is paid, not a fee.
_BEFORE_APPLYING = re.compile(
    r"(?:months?|weeks?|time) (?:\S+ ){0,2}before (?:\S+ ){0,2}(?:application|applying|i appl)|"
    r"\b(?:past|previous|earlier) months|months back|"
    r"(?:monate|wochen|zeit) (?:\S+ ){0,2}vor (?:dem|der|meinem|meiner) (?:antrag|antragstellung)|"
    r"vergangenen? monate|monate zur[üu]ck|"
    r"mois (?:\S+ ){0,2}(?:avant|précédant|precedant) (?:la|ma) demande|mois pass[ée]s|"
    r"mois pr[ée]c[ée]dents|mois en arri[èe]re|"
    r"meses (?:anteriores|previos|pasados|atr[aá]s)|meses antes de (?:la|mi) solicitud|"
    r"başvuru(?:dan|mdan) önceki|basvuru(?:dan|mdan) onceki|geçmiş aylar|gecmis aylar|"
    r"(?:miesi[ąęa]c\w*|tygodni\w*) (?:\S+ ){0,2}przed (?:złożeniem|zlozeniem|wnioskiem)|"
    r"poprzednie miesi|zaległe miesi|"
    r"lun(?:ile|i) (?:\S+ ){0,2}(?:dinainte|[îi]nainte) de cerer|lun(?:ile|i) anterioare|"
    r"lun(?:ile|i) (?:[îi]n urm[ăa]|trecute)|"
    r"(?:месяц\w*|недел\w*) (?:\S+ ){0,2}до (?:подачи|заявлени)|за прошлые месяц|"
    r"за прошедшие месяц|(?:місяц\w*|тижн\w*) (?:\S+ ){0,2}до (?:подання|заяви)|"
    r"за минулі місяц|за попередні місяц|(?:месец\w*|седмиц\w*) (?:\S+ ){0,2}преди (?:подаване|заявлени)|"
    r"за минали(?:те)? месеци|(?:الأشهر|الاشهر|الشهور|أشهر) (?:\S+ ){0,2}(?:السابقة|قبل) \S*(?:طلب|تقديم)|"
    r"(?:ماه‌?(?:های|ها)|ماه ?های) (?:\S+ ){0,2}(?:قبل|پیش) از (?:درخواست|تقاضا)|ماه‌?های گذشته"
)


def asks_retroactive(text: str) -> bool:
    """Whether a question asks how far back something is paid or applies."""
    lowered = text.casefold()
    return RETROACTIVE.search(lowered) is not None or _BEFORE_APPLYING.search(lowered) is not None


# A wait before one may act ("after how long can I request it myself?", "how long must I wait
# until I can apply again?"): the waiting period is a time limit of the deadlines module when
# the service states no processing time (`sentences.service_fact`). "After how long can I pick
# up my card?" is answered by the processing time where the service has one.
_WAIT_UNTIL_ALLOWED = re.compile(
    # up to three or four words between: the event waited from ("Через сколько после отъезда можно
    # вернуть взносы?", "after how long after leaving can I …")
    r"after how (?:long|many \S+) (?:\S+ ){0,3}(?:can|may) (?:i|we)|wait (?:before|until) (?:i|we) (?:can|may)|"
    r"nach wie ?viel(?:en)? (?:\S+ ){0,4}(?:kann|darf) ich|warten,? bis ich (?:\S+ ){0,4}(?:kann|darf)|"
    r"(?:au bout|apr[èe]s) (?:de )?combien de (?:temps|jours|semaines|mois) (?:puis-je|peut-on|je peux)|"
    r"(?:despu[eé]s de|al cabo de) cu[aá]nto(?:s \S+)? (?:tiempo )?(?:puedo|se puede)|"
    r"ne kadar (?:s[üu]re )?sonra (?:\S+ ){0,3}\S*(?:abilir|ebilir)|"
    r"po (?:jakim czasie|ilu \S+) (?:mog[ęe]|mo[żz]na)|dup[ăa] c[aâ]t (?:timp )?(?:pot|se poate)|"
    r"через сколько (?:\S+ ){0,4}(?:можно|могу|я могу)|через скільки (?:\S+ ){0,4}(?:можна|можу|я можу)|"
    r"след колко (?:\S+ ){0,4}(?:мога|може)|بعد كم (?:من )?(?:\S+ ){0,4}(?:يمكنني|يمكن|أستطيع|بقدر)|"
    r"بعد از (?:چه مدت|چند \S+) (?:می‌?|می )?توان|صبر کنم تا (?:بتوانم|بتونم)|"
    # waiting before one acts, the act named ("How long should I wait before I ask for it?",
    # "Cât să aștept … până pot să-l cer?", "geri almak için ne kadar beklemem lazım"); not
    # until one gets or receives it (`_UNTIL_RECEIVED`: how long it takes)
    r"\bwait (?:\S+ ){0,3}(?:before|until) (?:i|we) (?:can |may )?(?!get\b|receive\b|have\b)\w+|"
    r"warten,? (?:\S+ ){0,3}(?:bevor|bis) ich (?:\S+ ){0,4}(?:kann|darf|stellen|beantragen|anfordern)|"
    r"attendre (?:\S+ ){0,4}avant de (?:pouvoir|redemander|demander|réclamer)|"
    r"esperar (?:\S+ ){0,4}(?:antes de|hasta) (?:poder|volver a|pedir|solicitar|reclamar)|"
    r"\S+(?:mak|mek) i[çc]in ne kadar (?:s[üu]re )?bekle|"
    r"czeka[ćc],? (?:\S+ ){0,4}(?:zanim|aż|az) (?:\S+ )?(?:b[ęe]d[ęe] m[óo]g|mog[ęe]|mo[żz]na)|"
    r"(?:aștept|astept)\w* (?:\S+ ){0,5}p[âa]n[ăa] (?:s[ăa] |c[âa]nd )?(?:pot|se poate|voi putea)|"
    r"ждать,? (?:\S+ ){0,4}(?:прежде чем|пока не|чтобы) (?:\S+ )?(?:смогу|можно|могу|снова)|"
    r"чекати,? (?:\S+ ){0,4}(?:перш ніж|поки не|щоб) (?:\S+ )?(?:зможу|можна|можу|знову)|"
    r"чакам,? (?:\S+ ){0,4}(?:преди да|докато|за да) (?:\S+ )?(?:мога|може|отново)|"
    r"(?:انتظر|أنتظر|استنى) (?:\S+ ){0,4}(?:قبل ما|لحتى|حتى) (?:أقدر|اقدر|يمكنني|بقدر)"
)


# A date asked ("by what date", "bis zu welchem Datum", "до какого числа"): a deadline
# sentence answers it only when it holds a figure ("am 15. Juli"), not "Die Fristen hängen vom
# Studiengang ab". Casefolded, the 12 languages.
_DATE_ASKED = re.compile(
    r"(?:what|which) (?:date|day of the month)|welche[mnrs]? datum|\bstichtag|quelle date|"
    r"qu[ée] fecha|cu[áa]l es la fecha|hangi tarih|ne tarih|jakiej daty|jaka data|jak[aą] dat[eę]|"
    r"kt[óo]rego dnia|\bce dat[ăa]|care (?:este|e) data|как(?:ого|ой|ое|ую) (?:числ|дат)|"
    r"як(?:ого|ої|а|у) (?:числ|дат)|коя дата|кое число|(?:أي|اي|بأي|باي) تاريخ|ما هو التاريخ|"
    r"چه تاریخی|کدام تاریخ|تاریخ چند|چندم|"
    # until or by which day (measure12: "Until which day can I …?", "Bis zu welchem Tag …?",
    # "jusqu'à quel jour", "¿hasta qué día?", "hangi güne kadar", "până în ce zi", "до какого
    # дня", "до якого дня", "до кой ден", "حتى أي يوم", "تا چه روزی"): a day of the calendar
    r"(?:until|till|by|up to) (?:what|which) day\b|bis (?:zu[mr]? )?welche[mnr]? tag|"
    r"jusqu'(?:à|au|a) quel jour|hasta qu[eé] d[ií]a|hangi g[üu]ne kadar|"
    r"do jakiego dnia|p[âa]n[ăa] (?:[îi]n|la) ce zi|до (?:какого|которого) (?:дня|числа)|до якого (?:дня|числа)|"
    r"до кой ден|(?:حتى|لغاية|لحد) (?:أي|اي) يوم|تا (?:چه|کدام|کدوم) روز"
)


@functools.lru_cache(maxsize=1024)
def asks_date(text: str) -> bool:
    """Whether a question asks a date (`_DATE_ASKED`)."""
    return _DATE_ASKED.search(text.casefold()) is not None


# A clock time asked (number12): at, by, before or until what hour of the day ("at what time",
# "before which hour", "um wie viel Uhr", "à quelle heure", "a qué hora", "saat kaçta", "o której
# godzinie", "la ce oră", "в котором часу", "о котрій годині", "в колко часа", "قبل أي ساعة",
# "ساعت چند"), not "what time limit" nor "во сколько раз" (how many times). Casefolded, the 12
# languages; told only by a sentence that states a clock time (`states_clock_time`).
_CLOCK_ASKED = re.compile(
    r"(?:\bat|\bby|before|until|till|up to)? ?what time(?! (?:limit|frame|period|of (?:the )?year))|"
    r"(?:before|by|until|till) (?:what|which) hour|"
    r"(?:um|bis|vor|ab) wie ?viel uhr|(?:bis|vor|ab) welche[mr]? uhrzeit|welche uhrzeit|"
    r"(?:à|a|avant|jusqu'(?:à|a)) quelle heure|"
    r"(?:a|antes de|hasta) (?:qu[ée]|cu[áa]l) hora|"
    r"saat ka[çc](?:ta|a|tan)|saat (?:ne zaman|kaça kadar|kaca kadar)|"
    r"(?:o|do|przed) (?:kt[óo]r[eąa]j?|jakiej) (?:godzin|godz\b)|o kt[óo]rej\b(?! (?:dzie|roku))|do kt[óo]rej\b(?! (?:dzie|roku))|"
    r"(?:la|p[âa]n[ăa] la|[îi]nainte de|pana la|inainte de) ce or[ăa]|"
    r"в котором часу|(?:до|к) (?:которого|какого) часа|во сколько(?! раз)|до скольки(?! лет)|"
    r"о (?:котрій|якій) годині|до (?:котрої|якої) години|о котрій\b|"
    r"в колко часа|до колко часа|"
    r"(?:في|قبل|حتى|لغاية|لحد|الى|إلى) (?:أي|اي) ساعة|الساعة كم|"
    r"ساعت چند|چه ساعتی"
)


@functools.lru_cache(maxsize=1024)
def asks_clock_time(text: str) -> bool:
    """Whether a question asks a clock time (`_CLOCK_ASKED`)."""
    return _CLOCK_ASKED.search(text.casefold().replace("’", "'")) is not None


_DIGIT = r"[0-9٠-٩۰-۹]"
# A clock time stated (number12): "7:00", "19.30 Uhr", "7 Uhr", "7 a.m.", "19 h", "7 h 30",
# "saat 7", "godz. 7", "ora 7", "7 часов", "7 ч.", "о 7-й", "الساعة 7", "ساعت ۷", midnight and
# noon, in the 12 languages; digits in Latin, Arabic or Persian form. A count of hours ("24
# hours", "8 Stunden") is a length, not a time of day.
_CLOCK_STATED = re.compile(
    rf"(?<![\d:.,]){_DIGIT}{{1,2}}[:.]{_DIGIT}{{2}}(?![\d:.,]\d)|"
    rf"(?<![\d:.,]){_DIGIT}{{1,2}}(?:[.:]\d{{2}})? ?(?:uhr\b|h\b|heures?\b|a\.? ?m\b|p\.? ?m\b|o'clock|"
    r"ч\.|часа\b|часов\b|годин[иі]?\b|-?(?:й|ї) годин)|"
    rf"(?:saat|godz\.?|godzin[yie]|ora|orele|las|الساعة|ساعت) {_DIGIT}{{1,2}}(?![\d.,]?\d)(?! ?(?:€|%|eur|euro|лет|год|rok|ani|yaş|سال|سن|днів|дней|дни|dni|zile|gün|gun))|"
    r"midnight|noon\b|mitternacht|mittags?\b|minuit|\bmidi\b|medianoche|mediod[íi]a|gece yar[ıi]s|"
    r"p[óo][łl]noc|po[łl]udni|miezul no|amiaz|полноч|полдень|опівноч|півдн|полунощ|обяд|منتصف الليل|الظهر|نیمه ?شب|ظهر"
)


def states_clock_time(text: str) -> bool:
    """Whether a sentence states a clock time (`_CLOCK_STATED`)."""
    return _CLOCK_STATED.search(text.casefold().replace("’", "'")) is not None


# A figure said to be gone ("Die zusätzliche Möglichkeit, schon nach drei Jahren eingebürgert
# zu werden, gibt es … nicht mehr", "no longer exists", "больше нет."): the sentence names a
# period or amount that no longer holds, so it never tells how many years, weeks or euros it
# is now (a neighbour states the figure in force: "nach fünf Jahren"). Only existence words,
# not "no longer possible" ("nach der Geburt ist das nicht mehr möglich" is a time limit that
# answers a deadline), nor "no longer have work" (ru/uk/bg "больше нет" only at a clause's
# end). Casefolded, the 12 languages.
_NO_LONGER = re.compile(
    r"gibt es (?:\S+ ){0,6}nicht mehr|\babgeschafft|no longer exists?|\babolished|"
    r"n'existe plus|ya no existe|nu mai exist|nie istnieje|już nie ma|juz nie ma|"
    r"больше не существует|больше нет(?=\s*(?:[.,;:!]|$))|більше не існує|"
    r"більше немає(?=\s*(?:[.,;:!]|$))|вече не съществува|вече няма(?=\s*(?:[.,;:!]|$))|"
    r"artık yok|artık mevcut değil|لم يعد (?:\S+ ){0,6}(?:قائم|موجود)|دیگر وجود ندارد"
)


def states_no_longer(text: str) -> bool:
    """Whether a sentence says that what it names no longer exists (`_NO_LONGER`)."""
    return _NO_LONGER.search(text.casefold()) is not None


# Paying, as a verb or its noun ("wann wird … gezahlt", "când se plătește", "кога се плаща",
# "ne zaman ödenir", "متى يُدفع", "کی پرداخت می‌شود"), not a price or "free": a time question
# that asks when something is paid (`asks_when_paid`) is answered by a sentence that says when
# one pays ("O plătiți trimestrial, la 15 februarie …"), not by another time limit of the
# service ("Înregistrați câinele în două săptămâni"). Casefolded, 12 languages.
PAYING = re.compile(
    r"\bpa(?:y|ys|id|ying|yment|yable)\b|(?<!an)zahl(?:en|t|te|ung|e\b|st)|bezahl|"
    r"\bpa(?:yer|yez|yons|yé|yée|yés|yées|ie|ies|ient|iement)\b|\bvers[ée]|"
    r"\bpag(?:a|an|ar|as|o|ado|ada|ará|arán|ue|uen)\b|\babona|\böd[eü]|\boden|\boduyor|"
    r"płac|\bplaci[ćc]?\b|p[łl]atn|wyp[łl]a|op[łl]at|\bpl[ăa]t(?:ește|este|esc|iți|iti|i|a|ă|it|ită|ita|iți)\b|"
    r"(?<!\w)плат|оплач|оплат|выплач|виплач|сплач|(?<!раз)плащ|изплащ|"
    r"دفع|مدفوع|پرداخت|بپرداز|می‌پرداز|میپرداز|支払|払"
)


def asks_when_paid(text: str) -> bool:
    """Whether a time question asks when something is paid (`PAYING`)."""
    return PAYING.search(" " + text.casefold() + " ") is not None


# The whole of something asked in a fee or amount question ("the whole course", "in total",
# "insgesamt", "الدورة الكاملة", "کل دوره"): a sentence of the price per lesson, hour or course
# section (`states_per_unit`) does not say what the whole costs when a neighbour states an
# amount without one ("Ein allgemeiner Kurs mit 700 Stunden kostet damit 1.603 Euro").
# Casefolded, 12 languages.
_WHOLE_ASKED = re.compile(
    r"\bwhole\b|\bentire\b|\bin total\b|\baltogether\b|\ball together\b|insgesamt|"
    # (fee17) "the full course", "all in all", "komplett", "в итоге", "итого"
    r"\bfull\b(?![- ]time)|\ball in all\b|\bkomplett\b|\bв итоге\b|\bитого\b|ba[şs]tan sona|"
    r"\bgesamte[nmrs]?\b|\bkomplette[nmrs]?\b|\bganze[nmrs]?\b|au total|\ben tout\b|"
    r"\bentier|\bentière|\bcompl[eè]te?\b|en total|\bcompleto\b|\bentero\b|\btoplam|"
    r"\btamamı|\btümü|łącznie|lacznie|w sumie|\bcał(?:y|ego|ość|osc)\b|[îi]n total|"
    r"\bîntreg|\bintreg|\bîn întregime|\bвсего\b|в целом|целиком|\bвесь\b|\bполн(?:ый|ого)\b|"
    r"загалом|\bусього\b|\bувесь\b|\bповн(?:ий|ого)\b|\bобщо\b|\bцели(?:я|ят)\b|\bцялата\b|"
    r"الكامل|الكاملة|بالكامل|إجمالي|اجمالي|الإجمالي|مجموع|(?<!\S)کل(?!\S)|کامل|در مجموع|"
    # the total or the full price in other words (deadline15): "the total cost", "Gesamtkosten",
    # "coût total", "todo el curso", "tout le cours", "bütün kurs", "tot cursul", "całkowity
    # koszt", "общая стоимость", "повна вартість", "общата цена", "الدورة كلها", "كاملة"
    r"\btotal(?:e|es|ul|ă|a)?\b|\bgesamt\w*|\balles zusammen\b|\bfull (?:course|price|cost|amount)\b|"
    r"\btodo el\b|\btoda la\b|\btout le\b|\btoute la\b|\btüm\b|\bbütün\b|\btot(?:ul)? cursul\b|"
    r"całkowit|calkowit|\bобщ(?:ая|ую|ей|ий|ее|ата|ия|а) (?:стоимост|сумм|сума|цен|стойност)|"
    r"\bполн(?:ая|ую|ой) (?:стоимост|сумм|цен)|\b(?:загальн|повн)\w* (?:вартіст|сум|цін)|"
    r"\bціл(?:ий|ого)\b|\bпълн(?:ата|ия) (?:цена|сума|стойност|курс)|"
    r"(?<!\w)كامل(?:ة|ا|ًا)?(?!\w)|(?<!\w)كل(?:ها|ه)(?!\w)"
)
# A price per lesson, hour or part of a course ("2,29 Euro pro Unterrichtsstunde", "par heure
# de cours", "ders saati başına", "за учебный час", "لكل حصة", "برای هر ساعت"), not per
# period (a monthly fee is what it costs). Casefolded sentence, 12 languages.
_PER_UNIT = re.compile(
    r"\b(?:pro|je) (?:unterrichtsstunde|unterrichtseinheit|stunde|kursabschnitt|abschnitt|"
    r"modul|lektion|sitzung)|\bper (?:teaching unit|unit|lesson|hour|class|session|module|"
    r"course section|section)|\bfor each (?:module|section|part|lesson|hour)|"
    r"\bpar (?:heure|leçon|lecon|séance|seance|module|unité|unite|section|tranche)|"
    r"\bpor (?:cada )?(?:hora|clase|lección|leccion|sesión|sesion|módulo|modulo|unidad|sección)|"
    r"(?:saat|ders|bölüm|bolum|modül|modul|oturum)\w* başına|"
    r"\bza (?:każd\w+ |kazd\w+ )?(?:godzin|lekcj|jednostk|moduł|modul|zajęci|częś|czes)|"
    r"\bpe (?:oră|ora|lecți|lecţi|lecti|unitate|modul|sesiune)|"
    r"\bpentru fiecare (?:modul|oră|ora|lecți|lecti|parte)|"
    r"\bза (?:кажд\w+ |кожн\w+ |всеки |всяка )?(?:учебн\w+ |учебен |навчальн\w+ |академическ\w+ )?"
    r"(?:час|урок|заняти|занятт|модул|част|раздел|годин)|"
    r"(?:لكل|عن كل) (?:حصة|ساعة|درس|مرحلة|وحدة|جلسة)|برای هر (?:ساعت|جلسه|بخش|درس|واحد)"
)


# A time before something stated ("sechs Monate vor dem gewünschten Beginn", "three months
# before your employment ends", "за три місяці до закінчення", "با هشت روز کاری پیش‌تر", "قبل
# ثمانية أيام"): what a how-far-in-advance question (`_TIME_BEFORE`) asks. A time limit after
# an event ("Про народження треба повідомити протягом одного тижня") says no time before.
# Casefolded sentence, 12 languages.
_BEFORE_STATED = re.compile(
    r"\bbefore\b|in advance|\bahead\b|\bvorher\b|\bvor\b|im voraus|\bvorab\b|\bavant\b|"
    r"à l'avance|a l'avance|\bantes\b|antelaci[oó]n|önce|once\b|przed|wcześniej|wczesniej|"
    r"wyprzedzeniem|[îi]nainte|[îi]n avans|\bдо\b|\bперед\b|заранее|заблаговременно|"
    r"наперед|заздалегідь|\bпреди\b|предварително|قبل|مسبق|پیش|از قبل|前"
)


# With what notice, asked without a how-much word ("Z jakim wyprzedzeniem …", "with how much
# notice", "¿con qué antelación?", "cu ce anticipație"): how long before, too.
_NOTICE_ASKED = re.compile(
    r"z jakim wyprzedzeniem|how much notice|with what notice|con qu[eé] antelaci[oó]n|"
    r"avec quel (?:préavis|delai|délai)|mit welche[mr] vorlauf|cu ce anticipa|"
    r"с каким запасом|з яким запасом"
)


def asks_time_before(text: str) -> bool:
    """Whether a question asks how long before something (`_TIME_BEFORE`: "how far in
    advance", "wie lange vorher", "за скільки часу до початку"; `_NOTICE_ASKED`)."""
    lowered = padded(text)
    return any(
        p.search(lowered)
        for p in (_TIME_BEFORE, _BEFORE_HOW_MUCH, _NOTICE_ASKED, _HOW_MUCH_EARLIER)
    )


def states_before(text: str) -> bool:
    """Whether a (casefolded) sentence states a time before something (`_BEFORE_STATED`)."""
    return _BEFORE_STATED.search(text) is not None


# When something begins, asked with the begin verb right after the when-word ("when does the
# school year start", "wann beginnt", "kiedy zaczyna się", "когда начинается", "متى يبدأ"): a
# start, which a sentence says only when it states one (`_START_STATED`): "Rozpoczęcie nauki:
# zgłoszenie w terminie …" gives the registration's date, not when the year begins. Not a start
# in another clause ("by what date must I apply if I want to start in October"). Casefolded,
# 12 languages.
_BEGIN_ASKED = re.compile(
    r"\bwhen (?:does|do|will) (?:\S+ ){0,3}(?:start|begin)|\bwann (?:beginnt|fängt|startet)\b|"
    r"\bquand (?:commence|débute|démarre)|\bcu[aá]ndo (?:empieza|comienza|inicia|arranca)|"
    r"\bne zaman başl(?:ar|ıyor|iyor)|\bkiedy (?:zaczyna|rozpoczyna)|"
    r"\bc[aâ]nd (?:începe|incepe|debutează)|\bкогда (?:начинается|начнётся|начнется|стартует)|"
    r"\bколи (?:починається|почнеться|стартує)|\bкога (?:започва|ще започне)|"
    r"متى (?:يبدأ|تبدأ|بيبلش|بتبلش|بيبدأ|بتبدأ)|کی شروع|چه (?:زمانی|وقتی) شروع"
)


def asks_begin(text: str) -> bool:
    """Whether a question asks when something begins (`_BEGIN_ASKED`)."""
    return _BEGIN_ASKED.search(padded(text)) is not None


def asks_whole(text: str) -> bool:
    """Whether a question asks the amount of the whole thing (`_WHOLE_ASKED`)."""
    return _WHOLE_ASKED.search(" " + text.casefold() + " ") is not None


def states_per_unit(text: str) -> bool:
    """Whether a (casefolded) sentence states a price per lesson, hour or part (`_PER_UNIT`)."""
    return _PER_UNIT.search(text) is not None


# Waiting for something, in the 12 languages ("Wie lange muss ich auf den Brief warten?", "How
# long do I wait for the letter?", "شماره مالیاتی هنوز برام نیومده، چقدر باید صبر کنم؟"): a
# service that states no processing time may state in its deadlines after how long one may
# ask again ("If no letter has arrived after three months, you can request the number").
_WAITING = re.compile(
    r"\bwait|\bwarte|attend(?:re|s|ons|ez)\b|\besperar|\bespero\b|bekle|czeka|a[șs]tept|"
    r"\bжда|\bподожд|ожида|чека|\bчака|انتظر|أنتظر|استنى|صبر|منتظر"
)


# The office's decision, answer or processing waited for ("Jak długo czeka się na decyzję …?"):
# its processing time, which a deadlines sentence does not tell ("paid back for at most six
# months")
_DECISION_AWAITED = re.compile(
    r"decision|decide|entscheid|bescheid|bearbeit|d[ée]cision|r[ée]ponse|traitement|decisi[oó]n|"
    r"respuesta|tr[aá]mit|karar|cevap|i[şs]lem|decyz|odpowied|rozpatr|decizi|r[ăa]spuns|"
    r"(?<!раз)решени|ответ|рассмотр|обработ|рішен|відповід|розгляд|отговор|قرار|(?<!\w)(?:ال)?رد(?!\w)|"
    r"جواب|معالجة|تصمیم|پاسخ|بررسی|process"
)


def asks_waiting(text: str) -> bool:
    """Whether a how-long question speaks of waiting (`_WAITING`) for something that comes
    (a letter, a card), not for the office's decision or answer (`_DECISION_AWAITED`)."""
    lowered = padded(text)
    return _WAITING.search(lowered) is not None and not _DECISION_AWAITED.search(lowered)


def asks_wait_until_allowed(text: str) -> bool:
    """Whether a how-long question asks the wait before one may act (`_WAIT_UNTIL_ALLOWED`)."""
    return _WAIT_UNTIL_ALLOWED.search(padded(text)) is not None


# How long a thing itself lasts ("Wie lange dauert eine Ausbildung?", "Cât durează un
# Ausbildung?", "скільки годин триває курс?"): a verb of lasting, in the 12 languages. A course
# or a training states its length in its body, not in a processing time (`asks_lasting`).
_LASTING = re.compile(
    r"\blasts?\b|\blasting\b|\bdauer(?:t|n)?\b|\bdure(?:nt)?\b|\bdurée|\bdura(?:n)?\b|duraci[oó]n|"
    r"s[üu]r(?:er|[üu]yor|mektedir)\b|\btrwa(?:ją|ja)?\b|durea[zs]ă|dureaza|\bdurata\b|"
    r"длится|длятся|продолжается|триває|тривають|тривалість|\bтрае|\bтраят|"
    r"يستمر|تستمر|يدوم|تدوم|طول می‌کش|طول میکش|طول می کش"
)
# A wait for an office's work (processing, checking, a decision, an answer, waiting, receiving):
# a processing time, even with a verb of lasting ("Wie lange dauert die Bearbeitung?").
_OFFICE_WORK = re.compile(
    r"bearbeit|process|prüf|pruf|check|decision|decide|entscheid|antwort|bescheid|warte|\bwait|"
    r"traitement|traité|décision|réponse|attend|tr[aá]mit|respuesta|decisi[oó]n|espera|"
    r"i[şs]lem|karar|cevap|bekle|rozpatr|decyzj|odpowied|czeka|sprawdz|proces|decizi|r[ăa]spuns|"
    r"a[șs]tept|verific|рассмотр|обработ|решени|ответ|ожида|\bжда|провер|розгляд|опрацюв|рішенн|"
    r"відповід|чека|перевір|отговор|чака|معالجة|قرار|\bرد\b|انتظار|مراجعة|"
    r"بررسی|پردازش|جواب|تصمیم|صبر|منتظر"
)


def states_lasting(text: str) -> bool:
    """Whether a sentence says how long something lasts (a verb of `_LASTING` and a duration:
    "Majoritatea formărilor durează trei ani", "Die Ausbildung dauert meist drei Jahre")."""
    lowered = padded(text)
    return _LASTING.search(lowered) is not None and states_duration(lowered)


# Whom a rule holds for, said with a word of validity ("Das gilt für Gewerbetreibende …",
# "Acest lucru este valabil pentru comercianți", "… serbest meslekler için geçerlidir"): the
# people it applies to, no period it holds (`applies_to_people`).
_APPLIES_TO_STATED = re.compile(
    r"(?:gilt|gelten) (?:auch )?für|appl(?:y|ies) (?:also )?to|\bvau[tx] (?:aussi )?pour|"
    r"\bvalent (?:aussi )?pour|\bvalen? (?:también )?para|valabil[ăe]? (?:și )?pentru|"
    r"i[çc]in (?:de )?ge[çc]erli|важ(?:и|ат) (?:и )?за"
)


def applies_to_people(text: str) -> bool:
    """Whether a sentence says whom something holds for (`_APPLIES_TO_STATED`) and states no
    time (no unit of time, no figure): "Das gilt für Gewerbetreibende", not "gilt für drei
    Jahre"."""
    lowered = padded(text)
    return (
        _APPLIES_TO_STATED.search(lowered) is not None
        and not units_in(lowered)
        and not any(c.isdigit() for c in lowered)
    )


def asks_lasting(text: str) -> bool:
    """Whether a how-long question asks how long the thing itself lasts (a course, a training:
    `_LASTING`), not how long an office takes with it (`_OFFICE_WORK`, `_UNTIL_RECEIVED`)."""
    lowered = padded(text)
    return (
        _LASTING.search(lowered) is not None
        and _OFFICE_WORK.search(lowered) is None
        and _UNTIL_RECEIVED.search(lowered) is None
    )


# A period one must have completed, asked with the verb in the perfect ("How many months must I
# have worked …?", "Wie lange muss ich gearbeitet haben …?", "combien de mois faut-il avoir
# travaillé", "¿cuántos meses tengo que haber cotizado?", "kaç ay çalışmış olmam gerekiyor",
# "ile miesięcy trzeba przepracować", "câte luni trebuie să fi lucrat", "сколько месяцев нужно
# проработать", "скільки місяців треба відпрацювати", "колко месеца трябва да съм работил",
# "كم شهر لازم اشتغلت", "چند ماه باید کار کرده باشم"): a condition of who may have something,
# told in the body by a length ("… in den 30 Monaten davor mindestens 12 Monate … gearbeitet
# haben"), not a time limit to act of the deadlines ("spätestens drei Monate vor dem Ende der
# Arbeit"). Casefolded, 12 languages; read only beside a how-long or how-many-units word
# (`asks_completed_period`).
_COMPLETED_ASKED = re.compile(
    # en: a modal, then "have" and a participle of working, living, paying or holding ("must I
    # have worked", "need to have lived", "have been insured")
    r"\b(?:must|need to|needs to|have to|has to|should)\s+(?:\S+\s+)?have\s+(?:been|had|held|"
    r"lived|worked|paid|contributed|stayed|resided)\b|"
    # de: such a participle before "haben" / "sein" ("gearbeitet haben", "versichert gewesen")
    r"\b(?:gearbeitet|gelebt|gewohnt|eingezahlt|gezahlt|beschäftigt|versichert|verheiratet|"
    r"aufgehalten|besessen) (?:haben|gewesen|sein)\b|"
    # fr: "avoir" and such a participle; es: "haber" and one
    r"\bavoir (?:été|vécu|travaillé|travaille|résidé|séjourné|cotisé|habité|détenu|payé)\b|"
    r"\bhaber (?:sido|estado|vivido|trabajado|residido|cotizado|tenido|pagado)\b|"
    # tr: the participle in -mış with "olmak" ("çalışmış olmam", "yaşamış olmak")
    r"(?:çalış|calis|yaşa|yasa|otur|öde|ode|kal|sigortal[ıi] ol)m[ıiuü][şs] ol|"
    # pl: the perfective "prze-" of working and living ("przepracować", "przemieszkać")
    r"\bprzepracow|\bprzemieszk|"
    # ro: the perfect subjunctive ("să fi lucrat", "să fi locuit")
    r"\bs[ăa] fi (?:lucrat|locuit|tr[ăa]it|pl[ăa]tit|cotizat|stat|fost|avut)\b|"
    # ru / uk: perfective working and living ("проработать", "отработать", "прожить",
    # "відпрацювати", "прожити")
    r"(?<!\w)(?:про|от)работа\w*|(?<!\w)прожи(?:ть|ти|л|ла|ли|в)(?!\w)|(?<!\w)(?:від|про)працю\w*|"
    # bg: "съм" and a participle in -л ("да съм работил", "да съм живял")
    r"(?<!\w)да (?:съм|си|е|сме|сте|са) (?:работил|живял|живели|плащал|пребивавал|бил|била)\w*|"
    # ar: a past verb after a must ("لازم اشتغلت", "يجب أن أكون قد عملت")
    r"(?:أكون|اكون|يكون|تكون|نكون) قد|(?:لازم|يجب|لازمني|بدي) (?:\S+ )?(?:اشتغلت|عملت|عشت|"
    r"أقمت|اقمت|دفعت|سكنت)(?!\w)|"
    # fa: the perfect subjunctive ("کار کرده باشم", "اقامت داشته باشد", "بیمه بوده باشم")
    r"(?:کار|زندگی|پرداخت|سکونت|اقامت)\s*(?:کرده|داشته)\s*باش|بوده\s*باش"
)


# A fee asked (measure12): a word of a price, a charge or being free, paying by the asker, or
# the application itself ("What does the Kindergeld application cost?", "Muss ich für den
# Antrag etwas bezahlen?", "¿Es gratis?"). A how-much question without one asks the amount of the
# thing itself ("How much Elterngeld is paid at most?", "Сколько составляет Kindergeld?"): the
# fee sentence that says applying is free (`states_applying_free`) does not answer it. Not the
# bare verbs of being paid ("gezahlt", "выплачивают", "ödenir"), which a benefit is too.
# Casefolded, 12 languages.
_FEE_ASKED = re.compile(
    r"\bcost|\bfees?\b|\bprice|\bcharge|\bfree\b|kostet|kosten\b|gebühr|gebuhr|preis|gratis|"
    r"umsonst|coût|co[uû]te|frais|\bprix|gratuit|payant|cuesta|coste|costo|precio|\btasa|"
    r"tarifa|ücret|ucret|fiyat|bedava|paral[ıi]|koszt|opłat|oplat|\bcena|darmo|bezpłat|"
    r"bezplat|płatn|platn|costă|\bcosta\b|\btax[aă]|pre[țt]|стоит|стоимост|пошлин|\bцена|"
    r"\bсбор|бесплат|\bкошт|вартіст|\bзбір|"
    f"{_UK_STATE_FEE}|"
    r"\bціна|безкошт|\bструва|\bтакса|безплат|تكلف|يكلف|"
    r"رسوم|سعر|مجان|هزینه|قیمت|رایگان|"
    # paying by the asker
    r"\bpay\b|\bi pay|bezahl|zahlen\b|\bzahle\b|payer|pagar|[öo]demem|[öo]deyece|p[łl]aci|"
    r"zap[łl]aci|pl[ăa]tesc|pl[ăa]ti\b|платить|заплатить|платити|заплатити|плащам|платя|"
    r"أدفع|ادفع|ندفع|بدفع|بپرداز|پرداخت کن|پول بد|"
    # the application
    r"antrag|application|applying|\bapply|demande|solicitud|solicitar|ba[şs]vuru|wniosk|"
    r"wniosek|cerere|cererii|заявлен|заяв[аиу]|подач|подаван|(?<!\w)طلب|درخواست"
)
# A sentence that says applying is free: an application word and a free word ("Applying is free
# of charge.", "Der Antrag ist kostenlos.", "Başvuru ücretsizdir.", "Заява безкоштовна.",
# "الطلب مجاني.", "درخواست رایگان است."), casefolded, 12 languages.
_APPLYING = re.compile(
    r"antrag|application|applying|\bapply|demande|solicitud|solicitar|ba[şs]vuru|wniosk|wniosek|"
    r"cerere|cererea|cererii|заявлен|заяв[аиуі]|заявк|подач|подаван|(?<!\w)(?:ال)?طلب|"
    r"تقديم|درخواست"
)
_FREE_STATED = re.compile(
    r"\bfree\b|kostenlos|kostenfrei|gebührenfrei|gratuit|gratis|sin coste|sin costo|"
    r"[üu]cretsiz|bezp[łl]atn|darmo|gratuit|бесплат|безкошт|безплат|مجان|رایگان|بدون هزینه|"
    r"هزینه‌? ?ای ندارد"
)


def asks_fee(text: str) -> bool:
    """Whether a question asks a fee (`_FEE_ASKED`), not the amount of the thing itself."""
    return _FEE_ASKED.search(padded(text)) is not None


def states_applying_free(text: str) -> bool:
    """Whether a (casefolded) sentence says applying is free, with no figure."""
    return (
        not any(c.isdigit() for c in text)
        and _APPLYING.search(text) is not None
        and _FREE_STATED.search(text) is not None
    )


# A period held, counted in months or years (measure12): for how many months something is
# granted, approved, paid or received, or how many years one lives or stays here before a right
# ("For how many months is Bürgergeld granted?", "Wie viele Monate wird Arbeitslosengeld
# gezahlt?", "How many years must I live in Germany before I can apply for citizenship?",
# "Ile lat trzeba mieszkać w Niemczech przed naturalizacją?", "Сколько лет нужно прожить …?",
# "چند سال باید در آلمان زندگی کنم …؟"): a length, told only by a sentence that counts one
# ("meist für 12 Monate bewilligt", "nach fünf Jahren"), not by a time limit to act ("at the
# latest three months before your job ends", "two months before the end") nor by a sentence
# that names the unit without counting it ("from the first day of the month"). A verb of
# granting, paying, receiving, living or staying, casefolded, 12 languages.
_HELD_VERB = re.compile(
    r"\b(?:granted|approved|paid|get|gets|receive[sd]?|live|lived|living|stay|reside)\b|"
    r"bewilligt|gewährt|gezahlt|bezahlt|bekomm|erhalt|erhält|\bwohn|\bleb(?:e|en|t)\b|aufhalt|"
    r"accord[ée]|vers[ée]e?s?\b|pay[ée]e?s?\b|touch|re[çc]oi|recevoi|\bvivre\b|\bhabiter|r[ée]sider|s[ée]journ|"
    r"conced|otorga|\bpaga|cobr|recib|\bvivir\b|resid|"
    r"verili|[öo]denir|\bal[ıi]r|ya[şs]a(?:m|y|ma)|otur|"
    r"przyzna|wyp[łl]ac|dostaj|otrzym|mieszka|przebyw|"
    r"acord|pl[ăa]t|primi|locui|tr[ăa]i|"
    r"назнач|выплач|получа|(?<!\w)(?:про)?жи(?:ть|ти|ву|вут)(?!\w)|прожива|признач|виплач|отриму|"
    r"отпуска|изплаща|получава|живе|живя|"
    r"يمنح|تمنح|يصرف|تصرف|احصل|أحصل|اعيش|أعيش|عيش|"
    r"داده می|پرداخت می|می‌?گیر|زندگی|بمانم|بمونم"
)
# How far back it is paid, asked in words `asks_retroactive` does not read: back ("hacia atrás",
# "para atrás", "en arrière", "назад", "wstecz", "geriye") or a unit then "ago" in Persian ("چند
# ماه قبل", not "قبل از", before something): not a period held.
_PAID_BACK = re.compile(
    r"\bback\b|zur[üu]ck|en arri[èe]re|atr[áa]s|geri(?:ye)?\b|wstecz|[îi]napoi|[îi]n urm[ăa]|"
    r"назад|للخلف|لورا|(?:ماه|سال|هفته|روز) (?:قبل|پیش)(?! از)(?!\w)"
)
_WHOLE_PERIOD_UNITS = frozenset({"month", "year"})


@functools.lru_cache(maxsize=1024)
def asks_period_held(text: str) -> bool:
    """Whether a question counts months or years something is granted, paid or received, or one
    lives or stays somewhere (`_HELD_VERB`, with `asked_units` in months or years)."""
    if asked_units(text).isdisjoint(_WHOLE_PERIOD_UNITS):
        return False
    lowered = padded(text)
    return _HELD_VERB.search(lowered) is not None and _PAID_BACK.search(lowered) is None


@functools.lru_cache(maxsize=1024)
def asks_completed_period(text: str) -> bool:
    """Whether a question asks how long one must have done something (`_COMPLETED_ASKED`
    beside a how-long word or a counted unit of time)."""
    lowered = padded(text)
    if _COMPLETED_ASKED.search(lowered) is None:
        return False
    return bool(_HOW_LONG.search(lowered) or asked_units(text))


def asks_how_long(text: str) -> bool:
    """Whether a question asks a length of time as a whole ("Wie lange …?", "Колко дълго …?")."""
    return _HOW_LONG.search(padded(text)) is not None


# One of a unit ("eine Woche", "o săptămână", "یک هفته") or a unit within a period ("خلال
# أسبوع"): a length too, though "one" is no number word (`_NUMBER_WORD`: it is the article).
_ONE_UNIT = re.compile(
    r"(?<!\w)(?:a|an|one|ein|eine|einen|einem|einer|un|une|una|uno|bir|jeden|jedna|jedną|"
    r"jednego|jednej|o|одна|одну|один|одного|одной|одну|един|една|یک|خلال|غضون|لمدة|مدة)\s+"
    r"(?:\S+\s+)?\S+"
)


def states_length(text: str) -> bool:
    """Whether a (casefolded) sentence states a length of time: a number (or one) before a unit
    of time ("bis zu sechs Wochen", "до шест седмици", "în termen de o săptămână"), not a point
    in time ("am ersten Tag", "в първия ден")."""
    persian = reads_persian(text)
    return any(units_in(span, persian) for span in counted_spans(text)) or any(
        units_in(m.group(), persian) for m in _ONE_UNIT.finditer(text)
    )


@functools.lru_cache(maxsize=1024)
def asks_age_reached(text: str) -> bool:
    """Whether a question's asking sentence speaks of reaching an age ("By what date does a
    child have to turn six?", "До какого числа ребёнку должно исполниться шесть лет?"): in a
    time question the date is the age's cut-off, told by a sentence that states the age ("…
    for children who turn six by 30 September"), not the time limit to register
    (`sentences.service_fact`). An age reached in another sentence is the asker's case ("My
    daughter turns six in October. By when must I register her?")."""
    match = _ASKING_SENTENCE.search(text.casefold().replace("’", "'"))
    return match is not None and _AGE_REACHED.search(" " + match.group() + " ") is not None


def asks_from_when(text: str) -> bool:
    """Whether a question asks from when something starts."""
    return FROM_WHEN.search(padded(text)) is not None


@functools.lru_cache(maxsize=1024)
def asked_payment(text: str) -> str | None:
    """The way of paying a yes/no money question asks about beyond its type: "repay" (paying
    back) or "instalments", or None."""
    lowered = padded(text)
    if _REPAY_ASKED.search(lowered):
        return "repay"
    if _INSTALMENTS_ASKED.search(lowered):
        return "instalments"
    return None


# A duration stated: a unit of time (`units_in`), or none at all: at once, the same day, at the
# appointment ("Sie bekommen die Bescheinigung sofort", "se eliberează pe loc").
_AT_ONCE_STATED = re.compile(
    r"right away|immediately|straight away|on the spot|same day|at the appointment|"
    r"\bsofort\b|gleich (?:beim|im|mit|am)|direkt (?:beim|im|am|mit)|beim termin|im termin|"
    r"am selben tag|am gleichen tag|tout de suite|imm[ée]diatement|sur place|le jour même|"
    r"au rendez-vous|lors du rendez-vous|de inmediato|inmediatamente|en el acto|al instante|"
    r"el mismo d[íi]a|en la cita|\bhemen\b|derhal|aynı gün|ayni gun|randevuda|"
    r"od razu|natychmiast|tego samego dnia|na wizycie|podczas wizyty|imediat|pe loc\b|"
    r"[îi]n aceea[șs]i zi|la programare|сразу|немедленно|в тот же день|на при[её]ме|одразу|"
    r"відразу|негайно|того ж дня|на прийомі|веднага|на място|в същия ден|فورا|فوراً|"
    r"في نفس اليوم|في اليوم نفسه|في الموعد|بلافاصله|فوری|همان روز|همون روز|در همان|"
    r"すぐ|即日|その場|"
    # quickly, soon: a short wait ("In Notfällen gibt es meist eine schnelle Erstberatung"; not
    # "fast", the German "almost")
    r"\bquick|\bsoon\b|schnell|zügig|rapide|r[áa]pid|\bpronto\b|hızlı|hizli|çabuk|"
    r"szybk|\bwkrótce|быстр|\bскоро\b|швидк|бърз|سريع|بسرعة|سریع"
)


def states_duration(text: str) -> bool:
    """Whether a (casefolded) sentence states how long something takes: a unit of time, or at
    once (a duration of zero)."""
    return bool(units_in(text) or _AT_ONCE_STATED.search(text))


def stated_quantities(text: str) -> frozenset[str]:
    """The quantities a (casefolded) catalog sentence states: "age" (a birthday or year of
    life, or a number of at most two digits or a number word beside an age or year word),
    "percent", "threshold" (a figure after a from-word or before an or-more), "maximum"
    (an upper limit: "höchstens", "up to", "до 1 800"), "minimum" (a lower limit, the minimum
    wage), "amount" (a figure, a currency, or that nothing is paid: `_AMOUNT_STATED`), "repay"
    and "instalments" (paying back, a loan; paying in instalments), "duration" (a unit of
    time, or at once: `states_duration`), "retroactive" (paid back in time: `RETROACTIVE`), "start" (when
    something starts: `_START_STATED`), "before" (a time before something: `states_before`),
    "per_unit" (a price per lesson, hour or part: `states_per_unit`), "frequency" (every so
    often: `_FREQUENCY_STATED`), "earning" (a sum of money beside a word of earning, income
    or a limit: `_EARNED_STATED`), "level" (A1 … C2: `_LEVEL_STATED`) and "penalty" (a fine, a
    sanction, a blocking period: `_PENALTY_STATED`)."""
    found = set()
    if (
        _BIRTHDAY.search(text)
        or _CHILD_UNDER.search(text)
        or _AGE_TURNED.search(text)
        or any(
            _AGE_WORD.search(text[max(0, m.start() - AGE_WINDOW) : m.end() + AGE_WINDOW])
            for number in (_SMALL_NUMBER, _NUMBER_WORD)
            for m in number.finditer(text)
            # a day of a month is no age ("С 1 января 2026 года граница составляет 603 евро":
            # the year word of its date stood beside it)
            if not _MONTH_AFTER.match(text, m.end())
        )
    ):
        found.add("age")
    if _PERCENT_STATED.search(text):
        found.add("percent")
    if _THRESHOLD_STATED.search(text):
        found.add("threshold")
    if _MAXIMUM_STATED.search(text):
        found.add("maximum")
    if _AMOUNT_STATED.search(text):
        found.add("amount")
    if _MINIMUM_STATED.search(text) or _RANGE_STATED.search(text):
        found.add("minimum")
    if _REPAY_STATED.search(text):
        found.add("repay")
    if _INSTALMENTS_STATED.search(text):
        found.add("instalments")
    if states_duration(text):
        found.add("duration")
    if RETROACTIVE.search(text):
        found.add("retroactive")
    if _START_STATED.search(text):
        found.add("start")
    if states_before(text):
        found.add("before")
    if states_per_unit(text):
        found.add("per_unit")
    if _FREQUENCY_STATED.search(text):
        found.add("frequency")
    if _MONEY_SUM.search(text) and _EARNED_STATED.search(text):
        found.add("earning")
    if _MONEY_SUM.search(text) and (_MEANS.search(text) or _LIVING_STATED.search(text)):
        found.add("means")
    if _LEVEL_STATED.search(text):
        found.add("level")
    if _PENALTY_STATED.search(text):
        found.add("penalty")
    found |= stated_measures(text)
    return frozenset(found)


# "How much does it cost" (a how-much word, or "was kostet", "wie teuer", "how expensive"):
# a fee question that asks an amount, not whether one pays ("Muss ich dafür bezahlen?").
_WHAT_COSTS = re.compile(
    r"\bwas kostet|\bwas kosten|wie teuer|how expensive|what (?:does|do|is|are) (?:\S+ ){0,4}"
    r"(?:cost|the fee|the price)|quel est le (?:prix|montant|coût|tarif)|qu[eé] precio|"
    r"jaka (?:jest )?(?:cena|opłata)|care (?:este )?(?:pre[tț]ul|taxa)|какая (?:цена|пошлина)|"
    r"яка (?:ціна|вартість)|яке (?:\S+ )?мито|каква е (?:цената|таксата)|ما (?:هي )?(?:تكلفة|رسوم|سعر)"
)
# An amount stated: a figure, a currency, or that nothing is paid ("kostenlos", "Збори не
# стягуються", "هزینه‌ای ندارد"): the sentence that answers "how much".
_AMOUNT_STATED = re.compile(
    r"\d|€|\beuro|\bевро|\bєвро|يورو|یورو|ユーロ|"
    r"kostenlos|kostenfrei|gebührenfrei|unentgeltlich|gratis|umsonst|keine (?:gebühr|kosten)|"
    r"\bnichts\b|befreit|\bfree\b|no (?:fee|charge|cost)|\bnothing\b|exempt|(?:does not|doesn't) cost|"
    r"gratuit|sans frais|aucuns? (?:frais|coût)|\brien\b|exonér|dispens|sin (?:coste|costo)|"
    r"ning[úu]n (?:coste|costo)|\bnada\b|exent|ücretsiz|ucretsiz|bedava|ücret (?:alınmaz|ödenmez|"
    r"yok)|\bmuaf|bezpłat|bezplat|za darmo|\bnic nie|nie płac|zwolnion|żadnych opłat|"
    r"\bnimic\b|nu (?:se )?(?:plăte|plate|costă|costa)|scuti|nicio tax|бесплат|ничего не|"
    r"не плат|не взима|не взыск|освобожд|без оплат|безкошт|нічого не|не стяг|звільн|безплат|"
    r"\bнищо\b|не (?:се )?(?:плаща|заплаща)|освобод|без такс|مجان|لا (?:يكلف|تكلف|يدفع|تدفع)|"
    r"(?:بدون|دون|لا) رسوم|معف|رایگان|هزینه‌? ?ای (?:ندارد|نمی)|پرداخت نمی|معاف|بدون هزینه|"
    r"無料|かかりません|免除|"
    # none is charged ("No hay tasas", "Административных сборов нет", "внесок не сплачується")
    r"no hay (?:tasas|costes|costos|gastos)|(?:сбор|плат|взнос)\w* нет|нет (?:сбор|плат|взнос)|"
    r"не сплачу|не (?:стягу|взима)|"
    # a share of a fee: half ("Minderjährige zahlen die Hälfte")
    r"\bhalf\b|hälfte|moitié|mitad|\byarı|połow|jum[aă]tate|половин|النصف|نصف|نیمی"
)


@functools.lru_cache(maxsize=1024)
def asks_amount(text: str) -> bool:
    """Whether a fee question asks how much ("Ile kosztuje …?", "… چقدر هزینه دارد؟")."""
    lowered = padded(text)
    return bool(_HOW_MUCH.search(lowered) or _WHAT_COSTS.search(lowered))


# A count question with no other type word: a how-many word and the noun it counts ("how many
# lessons …", "wie viele Beschäftigte …", "combien de leçons", "¿cuántas clases?", "kaç ders",
# "ile osób", "câți angajați", "сколько занятий", "скільки уроків", "колко урока", "كم درس",
# "چند جلسه"). The noun is what the answering sentence counts (`count_fact`). A time unit or
# money after the word is another type's business (`classify`), and so is "how much".
_HOW_MANY_COUNT = re.compile(
    r"(?:combien d(?:e\s+|')|nombre (?:minimum|maximum|minimal|maximal) d'|"
    # (the Arabic "how much the number of", "كم عدد أعضاء …", before the bare "كم"; none24)
    r"(?:(?<!\w)[بل]?كم عدد(?: من)?|"
    r"how many|wie ?viele?n?|cu[aá]nt[oa]s|\bkaç|\bile|\bilu\b|"
    r"\bc[aâ]te|\bc[aâ]ți|\bc[aâ]ţi|(?<!\w)скольк\w*|(?<!\w)скільк\w*|(?<!\w)колко|(?<!\w)[بل]?كم|چند|"
    # the least or most number of a thing ("the minimum number of employees", "Mindestanzahl
    # an Beschäftigten", "nombre minimum de salariés", "número mínimo de", "minimalna liczba",
    # "numărul minim de", "минимальное количество", "мінімальна кількість", "минималният брой",
    # "الحد الأدنى لعدد", "حداقل تعداد"): a count too
    r"(?:minimum|maximum|least|lowest|highest|smallest|largest) number of|"
    r"(?:mindest|höchst|hochst|maximal)(?:anzahl|zahl)(?: (?:an|von|der))?|"
    r"nombre (?:minimum|maximum|minimal|maximal) d(?:e|es)|"
    r"n[úu]mero (?:m[ií]nimo|m[aá]ximo) de|(?:minimaln|maksymaln)\w* liczb\w*|"
    r"num[aă]r(?:ul)? (?:minim|maxim) de|(?:минимальн|максимальн|мінімальн|минимал|максимал)\w* "
    r"(?:количеств|кількіст|брой)\w*|الحد (?:الأدنى|الادنى|الأقصى|الاقصى) لعدد|(?:حداقل|حداکثر) تعداد|"
    # the least or most number said with a comparative ("ما أقل عدد من الموظفين", "کمترین
    # تعداد"), and how many said as "what number" ("چه تعداد عضو"; none24)
    r"(?<!\w)(?:أقل|اقل|أدنى|ادنى|أكبر|اكبر|أقصى|اقصى) عدد(?: من)?|(?:کمترین|بیشترین) تعداد|"
    r"(?<!\w)چه تعداد(?: از)?)"
    r"\s+(?:of (?:the )?)?)"
    # a counter or "in all" counts nothing itself: "kaç tane Kita", "скільки всього годин"
    r"(?:(?:tane|adet|всего|всього|усього|общо)\s+)?"
    r"(\w[\w'-]*)"
    # the noun glossed in brackets, often in German: "câte grădinițe (Kita)"
    r"(?:\s*\((\w[\w'-]*)\))?"
)
# words after a how-many word that count nothing (a verb, "how many more", money, time)
_NOT_COUNTED = re.compile(
    # (a rate's adverb, "ile miesięcznie", "كم شهريا": how much per period, nothing counted)
    rf"^(?:{_TIME_UNITS}|{_RATE_ADVERBS}|money|geld|argent|dinero|para|pieni|bani|ban[iă]|денег|грошей|пари|"
    r"beträgt|betragen|amounts?\b|s'élève|asciende|tutar|wynosi|ridic|составля|станов|възлиза|"
    r"يبلغ|تبلغ|"
    r"پول|مصاري|فلوس|euro|евро|євро|يورو|یورو|lira|tl\b|z[łl]ot|lei\b|leva|лв|"
    r"more|mehr|plus|más|daha|więcej|mai|больше|більше|повече|أكثر|بیشتر|"
    # the most ("Колко най-много може да поиска …?", "ile najwyżej", "wie viel höchstens"): an
    # upper limit (`_MAXIMUM_ASKED`), no noun counted
    r"най-много|najwy[żz]ej|najwi[ęe]cej|h[öo]chstens|maxim|максим|щонайбільше|at most|au plus|"
    r"como m[aá]ximo|en fazla|cel mult|حداکثر|"
    # a modal verb ("wie viel darf der Vermieter verlangen", "сколько может стоить"): no noun
    r"darf|dürfen|kann|können|can|may|peut|puede|pueden|poate|może|moze|mogę|может|можуть|може|мога)\b"
)


# how many words after the how-many word the counted papers may stand ("ile ostatnich pasków")
COUNTED_PAPERS_WORDS = 3


def counts_papers(lowered: str) -> bool:
    """Whether a (casefolded) count question counts papers: a papers, photo or payslip word
    among the COUNTED_PAPERS_WORDS words after its how-many word ("how many recent payslips"),
    not elsewhere in the question ("how long after I hand in all the papers")."""
    m = _HOW_MANY_COUNT.search(lowered)
    if m is None or asked_count(lowered) is None:
        return False
    counted = " ".join(lowered[m.start(1) :].split()[:COUNTED_PAPERS_WORDS])
    return _COUNTED_PAPERS.search(counted) is not None


# how many words after a how-many word the counted noun may stand ("how many permanent
# employees", "wie viele einzelne Ziffern", "сколько минимум сотрудников", "ile trzeba mieć
# godzin"): the words before it that count nothing are read past (`_counted_word`)
COUNT_NOUN_WORDS = 3
# A limit between the how-many word and the noun ("Сколько минимум сотрудников …?", "Скільки
# щонайменше працівників …?", "ile co najmniej osób", "kaç en az çalışan", "how many at least",
# "wie viele mindestens"; 12 languages, casefolded): the noun follows it. Cut out before the
# words are read, as several of them are two words.
_LIMIT_BETWEEN = re.compile(
    # and a word of roughness ("Скільки приблизно спортивних клубів …?", "Сколько примерно …",
    # "wie viele ungefähr", "combien environ", "how many roughly"; none24): the noun follows it
    r"(?<!\S)(?:roughly|approximately|about|around|ungef[äa]hr|etwa|circa|environ|"
    r"[àa] peu pr[èe]s|aproximadamente|m[áa]s o menos|yakla[şs][ıi]k|a[şs]a[ğg][ıi] yukar[ıi]|"
    r"oko[łl]o|mniej wi[ęe]cej|aproximativ|cam|примерно|приблизительно|около|приблизно|"
    r"близько|орієнтовно|приблизително|горе-долу|تقريبا|تقريبًا|حوالي|حوالى|تقریبا|تقریباً|"
    r"حدودا|حدوداً|"
    r"at least|at most|mindestens|h[öo]chstens|wenigstens|au (?:minimum|maximum|moins|plus)|"
    r"como (?:m[ií]nimo|m[aá]ximo)|al menos|por lo menos|en (?:az|fazla|çok|cok)|asgari|azami|"
    r"co najmniej|najmniej|najwy[żz]ej|przynajmniej|minimum|maximum|maksimum|minim|maxim|"
    r"cel (?:pu[țţt]in|mult)|минимум|максимум|хотя бы|не менее|не более|мінімум|щонайменше|"
    r"щонайбільше|принаймні|най-малко|най-много|поне|على (?:الأقل|الاقل)|(?:ال)?حد (?:الأدنى|الادنى|الأقصى|الاقصى)|"
    r"حداقل|حداکثر|دست ?کم)(?!\S)"
)
# Words that are no noun and stand between a how-many word and the noun it counts, read past:
# a modal, an auxiliary or a pronoun ("Сколько нужно часов …?", "скільки треба годин", "ile
# trzeba mieć lat", "колко трябва да са", "how many do you need", "cuántos hay que tener").
# Casefolded, 12 languages. When no noun follows within COUNT_NOUN_WORDS words, none is counted
# ("At least how many must it be?").
_COUNT_PASSED = re.compile(
    r"^(?:do|does|did|is|are|was|were|be|has|have|had|must|need|needs|should|will|would|shall|"
    r"i|you|we|they|he|she|it|there|one|"
    r"muss|müssen|musst|brauche|brauchst|braucht|brauchen|hat|haben|habe|ist|sind|gibt|gab|"
    r"wird|werden|soll|sollte|sollen|ich|man|wir|es|du|"
    r"faut|faut-il|dois|doit|doivent|est|sont|ont|y|il|je|on|"
    r"hay|que|tengo|tiene|tienen|debo|debe|deben|necesito|necesita|son|es|se|"
    r"tane|adet|gerek|gerekir|gerekiyor|lazım|lazim|olmalı|olmali|var|"
    r"trzeba|muszę|musze|musi|muszą|musza|jest|są|sa|ma|mam|mieć|miec|potrzeba|potrzebuję|się|sie|"
    r"trebuie|sunt|este|e|am|are|au|îmi|imi|se|să|sa|fie|"
    r"нужно|надо|нужен|нужна|нужны|должен|должна|должно|должны|есть|будет|быть|я|мне|нам|у|"
    r"меня|треба|потрібно|потрібен|потрібна|потрібні|має|мають|маю|є|буде|бути|мені|"
    r"трябва|има|са|е|ще|се|ми|аз|да|бъдат|"
    r"يجب|لازم|لازمني|عندي|فيه|هو|هي|يلزم|يحتاج|"
    r"باید|لازم|است|هست|دارم|داره|دارد|می|باشد|باشه|بشه)$"
)
# Endings of an adjective before the noun it qualifies, read past when another word follows
# ("how many teaching hours", "numerical digits", "Сколько постоянных работников",
# "скільки звичайних працівників", "ile stałych pracowników", "колко учебни часа"; casefolded):
# English -al/-ic/-ive/-ous/-ful/-able/-ible/-ary/-less/-ed/-ing, the Russian, Ukrainian and
# Polish genitive plural -ых/-их/-іх/-ych/-ich, the Bulgarian plural -ни/-ски/-ови, the German
# -ig/-lich/-isch/-iert/-bar… with their case endings. French, Spanish, Romanian, Arabic and
# Persian put the adjective after the noun: the first word is the noun there.
_ADJECTIVE_END = re.compile(
    r"^(?:[a-z]{2,}(?:al|ic|ive|ous|ful|able|ible|ary|less|ed|ing)|"
    r"\w{2,}(?:ых|их|іх|ych|ich)|\w{3,}(?:ни|ски|ови)|"
    r"\w{2,}(?:ig|lich|isch|iert|bar|sam|haft|ell|iv)(?:e|en|er|es|em)?)$"
)
# common adjectives no ending shows (English, German; casefolded)
_ADJECTIVE_WORD = re.compile(
    r"^(?:single|full|whole|extra|new|free|other|total|permanent|different|weekly|daily|"
    r"monthly|yearly|separate|regular|individual|further|einzelne|einzelnen|weitere|weiteren|"
    r"freie|freien|neue|neuen|volle|vollen|ganze|ganzen|bezahlte|bezahlten|ständige|ständigen)$"
)
# punctuation a word of the question may carry at its ends ("Kurs?", "«курс»", "¿cuántas")
_WORD_EDGES = "?!.,;:«»„“\"'¿¡؟،"


def _counted_word(
    lowered: str, written: str, start: int, german: bool = False
) -> tuple[str, str | None] | None:
    """The noun a how-many word counts, from the word at `start` of the (padded, casefolded)
    question on, and its bracketed gloss: a limit, a modal, an auxiliary or a pronoun and an
    adjective before it are read past (`_LIMIT_BETWEEN`, `_COUNT_PASSED`, `_ADJECTIVE_END`,
    `_ADJECTIVE_WORD`; in a German question, `german`, a lowercase word before a capitalised
    one, as German writes an adjective before its noun: "wie viele einzelne Ziffern"); None
    when no noun is within COUNT_NOUN_WORDS words. A word that asks a type itself ("сколько
    стоит", "ile kosztuje Kinderstube") is returned as it is, for the caller to refuse.
    `written`: the question as written (its capitals), word for word the lowered one."""
    # the written word the noun starts in ("d'heures" is one word: its start is inside it)
    skipped = len(lowered[:start].split()) - (start > 0 and not lowered[start - 1].isspace())
    # a limit phrase becomes as many empty words, so the words stay aligned with `written`
    unlimited = _LIMIT_BETWEEN.sub(
        lambda m: " ".join("\0" * len(m.group().split())), lowered[start:]
    )
    words = unlimited.split()
    capitals = written.split()[skipped:]
    if len(capitals) != len(words):
        capitals = []
    read = 0
    for i, raw in enumerate(words):
        if raw == "\0":
            continue
        read += 1
        if read > COUNT_NOUN_WORDS:
            return None
        word = raw.strip(_WORD_EDGES)
        if not word or word.startswith("("):
            return None
        nxt = next((w for w in words[i + 1 :] if w != "\0"), "")
        following = nxt.strip(_WORD_EDGES)
        if _COUNT_PASSED.match(word):
            continue
        if _NOT_COUNTED.search(word + " ") or any(p.search(f" {word} ") for _k, p in _COMPILED):
            return word, None
        # an adjective before another word that is no modal or auxiliary
        if following and not following.startswith("(") and not _COUNT_PASSED.match(following):
            if _ADJECTIVE_WORD.match(word) or _ADJECTIVE_END.match(word):
                continue
            j = words.index(nxt, i + 1)
            if (
                german
                and capitals
                and capitals[i][:1].islower()
                and capitals[j][:1].isupper()
                and word.endswith(("e", "en", "er", "es", "em"))
            ):
                continue
        gloss = following[1:-1] if following.startswith("(") and following.endswith(")") else None
        return word, gloss
    return None


# A telephone named ("phone", "Telefon", "téléphone", "телефон", "هاتف", "تلفن", 12 languages):
# the digits then counted are a phone number's, not an ID's (`names_telephone`).
_TELEPHONE = re.compile(
    r"phone|telefon|t[ée]l[ée]phone|tel[ée]fono|телефон|hotline|rufnummer|durchwahl|"
    r"handy|mobil|\bcep\b|kom[óo]rk|m[óo]vil|celular|мобильн|мобільн|"
    r"هاتف|تلفون|تليفون|موبايل|تلفن"
)


def names_telephone(text: str) -> bool:
    """Whether a question names a telephone (`_TELEPHONE`), not only a number."""
    return _TELEPHONE.search(padded(text)) is not None


@functools.lru_cache(maxsize=1024)
def asked_count(text: str) -> str | None:
    """The noun a count question counts ("how many lessons" -> "lessons", "how many permanent
    employees" -> "employees"), or None."""
    lowered = padded(text)
    m = _HOW_MANY_COUNT.search(lowered)
    if m is None:
        return None
    german = m.group(0).lstrip().startswith("wie")
    found = _counted_word(lowered, text.replace("’", "'"), m.start(1), german)
    if found is None:
        return None
    noun, gloss = found
    # "сколько стоит", "ile kosztuje", "kaç euro": the word after it asks the type itself
    if _NOT_COUNTED.search(noun + " ") or any(p.search(f" {noun} ") for _k, p in _COMPILED):
        return None
    return f"{noun} {gloss}" if gloss else noun


# A preposition right before a how-many word that makes its hours a clock time or a time limit
# ("до колко часа", "в колко часа", "до скольки часов", "in how many hours", "bis wie viele
# Stunden", "within", "за скільки годин", "după câte ore", "после скольких часов", "في كم
# ساعة"; casefolded, 12 languages), not the size of a thing. "Of how many" ("aus wie vielen",
# "из скольких", "зі скількох", "din câte", "de cuántas", "z ilu") asks a size and stays.
_HOURS_NOT_SIZE = re.compile(
    r"(?:\b(?:in|within|after|until|till|by|at|for|bis|um|ab|nach|in|innerhalb|à|jusqu'à|dans|"
    r"apr[èe]s|en|hasta|desde|tras|para|w|po|do|od|za|przez|la|în|in|dup[ăa]|p[âa]n[ăa] la|"
    r"до|в|във|во|к|с|со|от|за|через|после|після|через|після|о|след|за)|"
    r"(?<!\w)(?:في|خلال|بعد|قبل|لحد|حتى|بعد|ظرف|تا|در|بعد از|پس از))\s+$"
)


@functools.lru_cache(maxsize=1024)
def counted_hours(text: str) -> str | None:
    """The hour word of a question that counts the hours a thing has ("How many hours does the
    course have?", "Wie viele Unterrichtsstunden …", "скільки навчальних годин", "كم ساعة",
    "چند ساعت"): the noun after its how-many word (read as `asked_count` reads it) is an hour,
    counted per no period (not "how many hours a week", `asked_rate`) and after no preposition
    that makes it a clock time or a time limit (`_HOURS_NOT_SIZE`); else None."""
    lowered = padded(text)
    m = _HOW_MANY_COUNT.search(lowered)
    if m is None or asked_rate(text):
        return None
    if _HOURS_NOT_SIZE.search(lowered[: m.start()]):
        return None
    found = _counted_word(lowered, text.replace("’", "'"), m.start(1))
    if found is None:
        return None
    noun = found[0]
    return noun if units_in(noun, reads_persian(lowered)) == {"hour"} else None


# a number as a figure ("600", "1.000", "۶۰۰") or a word (`_NUMBER_WORD`)
# (a year is no count: "seit 2026 beträgt …")
_COUNT_NUMBER = re.compile(
    rf"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d.,]*(?![\w])|{_NUMBER_WORD.pattern}"
)
# how many words after a number the counted noun may stand: "fünf ständigen wahlberechtigten
# Beschäftigten", "20 or more employees"
COUNT_WINDOW_WORDS = 3


def counted_spans(text: str, through_units: bool = True) -> list[str]:
    """The words that follow each number of a (casefolded) sentence, up to
    COUNT_WINDOW_WORDS of them: where a sentence states what it counts ("600 Unterrichts-
    stunden", "mindestens fünf Beschäftigte", "20 دقیقه")."""
    spans = []
    persian = reads_persian(text)
    for m in _COUNT_NUMBER.finditer(text):
        words = text[m.end() :].split()[:COUNT_WINDOW_WORDS]
        # `through_units=False`: not a number beside a unit of time, which may count the time
        # ("the last two years of Kita", "son iki Kita yılı") or a thing measured in it
        # ("drei Monatsmieten")
        if words and (through_units or not any(units_in(word, persian) for word in words)):
            spans.append(" ".join(words))
    return spans


# A value asked of a question of no type: a limit ("Bis zu welchem Einkommen bekommt man einen
# WBS?", "up to what income", "до какого дохода", "hangi gelire kadar", "تا چه درآمدی") or the
# year something holds from ("С какого года обязательна …?", "seit welchem Jahr", "از چه سالی").
# A told sentence without a figure ("… wenn Ihr Haushaltseinkommen nicht zu hoch ist") does not
# state it (`sentences.told_fact`). 12 languages, casefolded.
_FIGURE_ASKED = re.compile(
    # up to which / what / how much
    r"up to (?:what|which|how much|how many)|bis zu (?:welche[mnrs]?|wie ?viel)|"
    r"jusqu'(?:à|a) (?:quel(?:le)?s?|combien)|hasta (?:qu[eé]|cu[aá]nt)|hangi \S+ kadar|"
    # Polish, Russian, Ukrainian, Bulgarian "do" / "до" is "to" too ("do którego kosza"):
    # there an amount's noun follows
    r"do (?:jakiego|jakiej|kt[óo]rego|kt[óo]rej|ilu) (?:dochod|zarob|kwot|sum|limit|prog|pensj|"
    r"wynagrodz|pu[łl]ap)|p[aâ]n[aă] la (?:ce|c[aâ]t)|"
    r"до (?:какого|какой|скольки|якого|якої|скількох|какъв|каква|колко) (?:доход|заработ|"
    r"сумм|сум|размер|розмір|лимит|ліміт|порог|поріг|праг|зарплат|заплат)|"
    r"(?:حتى|لحد|لغاية) (?:أي|اي|كم|قديش)|تا (?:چه|چقدر|چند)|"
    # from / since which year
    r"(?:from|since|as of) (?:what|which) year|(?:ab|seit) welchem jahr|"
    r"(?:depuis|(?:à|a) partir de) quelle ann[ée]e|(?:desde|a partir de) qu[eé] año|"
    r"hangi y[ıi]ldan|(?:od|począwszy od) (?:kt[óo]rego|jakiego) roku|din ce an\b|"
    r"(?:с|со) какого года|(?:з|із|від) якого року|от коя година|"
    r"(?:من|منذ|ابتداء من) (?:أي|اي) (?:سنة|عام)|از (?:چه|کدام) سال"
)


def asks_figure(text: str) -> bool:
    """Whether a question asks a limit or a year, which only a figure states (`_FIGURE_ASKED`)."""
    return _FIGURE_ASKED.search(padded(text)) is not None


# The employer, 12 languages (casefolded): a fee sentence that names it ("Für das beschleunigte
# Fachkräfteverfahren zahlt der Arbeitgeber 411 Euro", "يدفع صاحب العمل …") states what the
# employer pays, which a second service does not answer in place of the routed one for an asker
# who speaks of no employer (`selectors._service_answer`).
_EMPLOYER = re.compile(
    r"employer|arbeitgeber|employeur|empleador|[ıi]şveren|isveren|pracodawc|angajator|"
    r"работодател|роботодав|صاحب (?:ال)?عمل|أصحاب (?:ال)?عمل|کارفرما|雇用主"
)


def names_employer(text: str) -> bool:
    """Whether a text names the employer (`_EMPLOYER`)."""
    return _EMPLOYER.search(text.casefold()) is not None


# The kind of value a told sentence must state for the kind asked (agree19), checked once on
# every answer path's fact (`sentences.agreeing_fact`): a lower limit asked ("the minimum
# income") is not told by the most one gets ("bis zu 297 Euro pro Kind"), nor hours a week by a
# sentence of months.


_MINIMUM_WAGE_NAMED = re.compile(MINIMUM_WAGE_NAMES)
# a maximum asked too ("der Höchstbetrag und der Mindestbetrag"): the most words and "höchst-"
_MAXIMUM_TOO = re.compile(rf"{_MOST_WORDS}|höchst|hochst")


def asked_value(kind: str | None, text: str) -> str | None:
    """The kind of value the told sentence must state (agree19): "floor" (a lower limit asked
    in an amount question: "the minimum income", `asks_minimum`; not the minimum wage one
    earns, nor beside a maximum also asked), "hours" (hours counted per a period: "how many
    hours a week", `asked_units`, `asked_rate`; not an office's hours), else None. A price
    asked is no check (the twenty-seventh session's review: a fees sentence without a sum, "es
    fällt eine Gebühr an", the half fee for a minor, a waiver, is often the honest answer, and
    a sum of another sub-topic stood in for it). (When something is paid asked as a hard check
    lost "from when is it paid" told a start, and read "cancel by which day so as not to pay"
    as a payment: `asks_when_paid` stays a preference.)"""
    lowered = text.casefold()
    if (
        kind in ("money", "cost")
        and asks_minimum(text)
        and _MINIMUM_WAGE_NAMED.search(lowered) is None
        and _MAXIMUM_TOO.search(lowered) is None
    ):
        return "floor"
    if kind not in OFFICE_TYPES and asked_units(text) == {"hour"} and asked_rate(text):
        return "hours"
    # the most one gets asked as an amount (agree24: "яка найбільша виплата … за місяць?"):
    # not told by a bound of time ("до 14 місяців") while a sentence states the most in euros;
    # not when the question names a time itself beyond what the amount is paid per ("Jak długo
    # maksymalnie …", "kaç aylık kira", "wie viele Monatsmieten")
    if (
        kind in ("money", "cost")
        and asked_quantity(text) == "maximum"
        and units_in(lowered) <= asked_rate(text)
        and _HOW_LONG.search(lowered) is None
        and _HOW_MANY_UNITS.search(lowered) is None
        # (both bounds asked, "der Höchstbetrag und der Mindestbetrag": the sentence of both)
        and _MINIMUM_ASKED.search(lowered) is None
    ):
        return "ceiling"
    return None


def states_value(asked: str, text: str) -> bool:
    """Whether a catalog sentence states the kind of value `asked_value` asks: for a lower limit
    asked, anything but only the most one gets (`states_only_upper_bound`: "bis zu 297 Euro"
    tells no minimum income); for hours a week, a sentence that names hours (`units_in`: "14
    Monate" tells none)."""
    if asked == "floor":
        return not states_only_upper_bound(text)
    if asked == "hours":
        return "hour" in units_in(text.casefold())
    if asked == "ceiling":
        lowered = text.casefold()
        return _MONEY_SUM.search(lowered) is not None or not units_in(lowered)
    return True


def tells_value(asked: str, text: str) -> bool:
    """Whether a sentence may stand in for a told one that missed the asked value
    (`sentences.agreeing_fact`): for a lower limit, one that states a lower limit in euros
    (`states_minimum`, `_MONEY_SUM`: "mindestens 6 Monate" tells no minimum income); else as
    `states_value`."""
    if asked == "floor":
        return states_minimum(text) and _MONEY_SUM.search(text.casefold()) is not None
    if asked == "ceiling":
        return _MAXIMUM_STATED.search(text.casefold()) is not None and (
            _MONEY_SUM.search(text.casefold()) is not None
        )
    return states_value(asked, text)


# A day of the week named (agree21: a time a deadline question may be told), 12 languages and
# Japanese, casefolded.
_WEEKDAY = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonnabend|sonntag|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche)s?\b|\blunes\b|\bmartes\b|mi[ée]rcoles|\bjueves\b|\bviernes\b|s[áa]bados?\b|"
    r"\bdomingos?\b|pazartesi|\bsal[ıi]\b|[çc]ar[şs]amba|per[şs]embe|\bcuma(?:rtesi)?\b|"
    r"\bpazar\b|poniedzia[łl]k|\bwtor(?:ek|ku|ki)\b|\b[śs]rod[aęy]\b|czwart(?:ek|ku|ki)\b|"
    r"pi[ąa]t(?:ek|ku|ki)\b|sobot[aęy]\b|niedziel|\bmar[țt]i\b|\bmiercuri\b|\bjoi\b|"
    r"\bvineri\b|s[âa]mb[ăa]t|duminic|понедельник|вторник|\bсред[ау]\b|четверг|пятниц|суббот|"
    r"воскресень|понеділ|вівтор|\bсеред[уаи]\b|четвер|п['’]ятниц|субот|неділ|понеделник|"
    r"\bсряда\b|четвъртък|петък|събота|\bнеделя\b|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|"
    r"الخميس|الجمعة|السبت|الأحد|الاحد|شنبه|جمعه|[月火水木金土日]曜"
)
# A time placed without a figure (agree21): none or no time limit, at any time, before, after,
# until, during, as soon as, at once, early, in good time, without delay ("Keine.", "You can
# apply at any time", "Apply before your visa expires", "Stellen Sie ihn so früh wie möglich",
# "unverzüglich"). An honest answer to by when: a deadlines sentence with one of these, or a
# figure (`tells_time`), is kept. `sentences._TIME_WORDS` without the short words that are
# often no time at all ("hängen vom Studiengang ab", "dépendent de la formation", "zależą od
# kierunku", "зависят от", "بستگی … از"): a German particle counts only before a word.
_TIME_PLACED = re.compile(
    # none, no time limit, at any time ("Keine.", "Es gibt keine feste Frist", "Il n'y a pas
    # de délai", "Sabit bir başvuru süresi yoktur", "Niciunul.", "لا توجد مهلة"; not "Die Stadt
    # nennt keine feste Bearbeitungszeit", which says only that the text gives none)
    r"\bnone\b|\bno (?:\w+ ){0,2}(?:deadline|time limit)|any ?time|^\s*keine?\b|"
    r"(?:gibt es|es gibt) (?:\w+ )?keine?\b|keine?(?: \w+){0,2} frist|jederzeit|\baucun|"
    r"il n'y a pas de|tout moment|no hay|ning[úu]n|cualquier momento|\byok(?:tur)?\b|"
    r"her zaman|\bbrak\b|nie ma|w każdej chwili|nu exist|\bnici(?:un|o)|oric[âa]nd|\bнет\b|"
    r"в любое время|немає|будь-коли|няма|по всяко време|لا يوجد|لا توجد|ليس هناك|في أي وقت|"
    r"ندارد|هر زمان|"
    # before, after, until, during, since, as soon as, when an event comes ("before your visa
    # expires", "vizenizin süresi dolmadan", "zanim wygaśnie", "до истечения срока"; not "as
    # soon as possible", "lo antes posible")
    r"\bduring\b|\bwhile\b|as soon as(?! possible)|\bbefore\b|\bafter\b|\buntil\b|\btill\b|"
    r"\bby the\b|\bwhen\b|\bonce\b|at the same time|während|sobald|bevor|"
    r"\bvor\b(?= (?!ort\b)\w)|(?<!\bje )\bnach\b(?= \w)|\bab\b(?= \w)|\bbis\b|\bseit\b|\bwenn\b|gleichzeitig|\bpendant\b|"
    r"d[èe]s que(?! possible)|\bd[èe]s (?!que)|\bavant\b|\bapr[èe]s\b|jusqu|\bà partir\b|"
    r"\bdepuis\b|\blorsque\b|\bquand\b|en même temps|\bdurante\b|en cuanto|"
    r"tan pronto como(?! sea posible)|\bantes\b(?! posible)|despu[ée]s|\bhasta\b|\bdesde\b|"
    r"\bcuando\b|al mismo tiempo|s[ıi]ras[ıi]nda|\bönce|sonra|kadar|itibaren|\biken\b|"
    r"\w(?:ma|me)(?:dan|den)\b|ayn[ıi] anda|w trakcie|\bpodczas\b|gdy tylko|jak tylko|\bprzed\b|"
    r"\bpo (?=\w)|\bgdy\b|\bkiedy\b|\bzanim\b|jednocze[śs]nie|[îi]n timpul|imediat ce|"
    r"[îi]nainte|dup[ăa]|p[âa]n[ăa]|\bc[âa]nd\b|[îi]n acela[șs]i timp|во время|как только|"
    r"\bперед\b|\bпосле\b|\bкогда\b|одновременно|під час|щойно|як тільки|\bпісля\b|\bколи\b|"
    r"одночасно|по време на|\bщом\b|\bпреди\b|\bслед\b|\bкогато\b|едновременно|"
    r"\bдо (?:того|истечени|окончани|конца|начал|выбор|закінчен|кінц|початк|вибор|изтичан|"
    r"края|началото|избор)|أثناء|اثناء|بمجرد|حالما|فور|قبل|بعد|حتى|منذ|ابتداء|اعتبارا|عندما|"
    r"في نفس الوقت|در طول|در دوران|به محض|پیش از|قبل از|پس از|بعد از|وقتی|هنگام|همزمان|"
    # at the latest or earliest, without delay (a bound, or at once: "spätestens vor Ablauf",
    # "unverzüglich", "незамедлительно"); not early, soon or as early as possible, which a
    # sentence with a figure tells better ("Bewerben Sie sich früh" beside "15. Januar")
    r"at the (?:latest|earliest)|without delay|spätestens|frühestens|unverzüglich|umgehend|"
    r"au plus (?:tard|tôt)|sans (?:délai|tarder)|a m[áa]s tardar|sin demora|\ben ge[çc]\b|"
    r"gecikmeden|najp[óo][źz]niej|niezwłocznie|bez zwłoki|cel (?:mai )?t[âa]rziu|"
    r"f[ăa]r[ăa] [îi]nt[âa]rziere|не позднее|не раньше|незамедлительно|без промедления|"
    r"не пізніше|не раніше|невідкладно|без зволікань|най-късно|(?<!възможно )най-рано|незабавно|"
    r"без забава|"
    r"على أبعد تقدير|موعد أقصاه|دون تأخير|بدون تأخير|حداکثر|دست‌کم|بدون تأخیر|بی(?:‌| )?درنگ"
)


# Soon, quickly (`_AT_ONCE_STATED`'s last words): no time stated for `states_time` ("Ein
# vollständiger Antrag geht schneller", "Melden Sie sich möglichst bald"), unlike at once.
_SOON = re.compile(
    r"\bquick\w*|\bsoon\b|schnell\w*|zügig\w*|rapide\w*|r[áa]pid\w*|\bpronto\b|hızlı|hizli|"
    r"çabuk|szybk\w*|\bwkrótce|быстр\w*|\bскоро\b|швидк\w*|бърз\w*|سريع\w*|بسرعة|سریع\w*"
)
# Figures that are no time (review mend): a sum of money, a percentage, a § reference, a phone
# number ("Die Gebühr beträgt 75 Euro.", "§ 81 AufenthG", "0231 50-0").
_NO_TIME_FIGURE = re.compile(
    r"§+\s*\d+\w*(?:\s*(?:abs\.?|absatz|satz|nr\.?)\s*\d+\w*)*|"
    r"\d[\d.,]*\s*(?:euro|eur\b|€|%|prozent|percent|евро|євро|یورو|يورو|avro)|"
    r"(?:€|eur\b)\s*\d[\d.,]*|\+?\d[\d /-]{6,}\d"
)
# The Ukrainian "час" alone is time, not an hour ("діє лише обмежений час"): no span.
_UKRAINIAN_TIME = re.compile(r"(?<!\w)час(?!\w)")


def asks_time_stated(kind: str | None, text: str) -> bool:
    """Whether a question asks a time the told sentence should state (agree21): a deadline,
    processing-time or validity question that asks no other quantity (an age, a penalty, a
    threshold, a percentage: `asked_quantity`; how often, at most or at least are times)."""
    return kind in ("deadline", "processing_time", "validity") and asked_quantity(text) in (
        None,
        "frequency",
        "maximum",
        "minimum",
    )


def tells_time(text: str) -> bool:
    """Whether a catalog sentence states a time with a figure (agree21): a date, a day of the
    week, a time of day, a span of time, or a number ("15. Januar", "montags", "bis 7 Uhr",
    "8 bis 12 Wochen", "innerhalb von zwei Wochen")."""
    lowered = text.casefold()
    return bool(
        _ANY_DIGIT.search(_NO_TIME_FIGURE.sub(" ", lowered))
        or units_in(_UKRAINIAN_TIME.sub(" ", lowered))
        or states_date(text)
        or states_clock_time(text)
        or _WEEKDAY.search(lowered)
    )


def states_time(text: str) -> bool:
    """Whether a catalog sentence answers a time question at all (agree21): with a figure
    (`tells_time`), at once or soon ("sofort", "as soon as possible": `states_duration`), or a
    time placed without one (`_TIME_PLACED`: "Keine.", "jederzeit", "before your visa
    expires"). A sentence that only speaks of the time ("Die Fristen hängen vom Studiengang ab",
    "The law sets short time limits", "Die Karte wird in der Bundesdruckerei hergestellt")
    states none."""
    lowered = text.casefold().replace("’", "'")
    return (
        tells_time(text)
        or states_duration(_SOON.sub(" ", _UKRAINIAN_TIME.sub(" ", lowered)))
        or RETROACTIVE.search(lowered) is not None
        or _TIME_PLACED.search(lowered) is not None
    )
