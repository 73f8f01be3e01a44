"""Qualifiers: words of a question that say which variant of the asked fact is meant (a child who
studies, the mandatory tax return, an application that was refused, what is free, up to which
age), and the catalog sentences that hold them.

A module often states one fact for several variants ("Kindergeld bis zum 18. Geburtstag … in
einer Ausbildung bis zum 25.", "Pflichtveranlagung: 31. Juli … freiwillig: vier Jahre"). The
question's other words rarely choose between them, so the sentence that holds the question's
qualifier answers (`QualifierClass.weight` on its score), a sentence holding only the contrary
variant never does, and a module that states only the contrary variant gives no answer
(`sentences._best_sentence`). A qualifier the service's own name or synonyms hold ("Studium"
for BAföG) chooses nothing: every question about that service holds it.

Patterns are matched on casefolded text (question and sentence alike; `asked` only on the
question, where a class needs a narrower pattern there than in the catalog's wording).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lotse.ask.analysis import without_arabic_marks
from lotse.ask.rules import PURPOSE_CHANGE


@dataclass(frozen=True)
class QualifierClass:
    name: str
    # held by a catalog sentence (and, unless `asked` is given, asked by a question)
    held: re.Pattern[str]
    # the contrary variant's class: its sentences never answer a question holding this one
    contrary: str | None = None
    # asked by a question, where narrower than `held` (None: `held`)
    asked: re.Pattern[str] | None = None
    weight: float = 2.0
    # when a sentence of the module holds it, one that does not never answers (a number the
    # question names, "wird bald 18", does not pick the sentence of the general case)
    required: bool = True
    # the general case, asked by negating its contrary ("not in training"): held by no sentence,
    # so a sentence without the contrary variant is of it
    general: bool = False
    # chooses nothing only when the service's name holds it, not its synonyms (search words
    # such as "visa travail qualifié" for the Blue Card are no variant every question asks)
    name_only: bool = False
    # a module that states only the contrary variant gives no answer; False: the contrary's
    # sentences never answer, the others as if it were not asked (a Blue Card's fee lines name
    # no residence permit, only "the visa at the mission": the first issue still answers)
    alone: bool = True
    # the question types it is read in (None: every type)
    kinds: frozenset[str] | None = None


_IN_TRAINING = re.compile(
    r"studi(?:um|ert|eren|ere|erst|erende|ierend)|\bstudent|hochschul|universität|\bazubi|"
    r"ausbildung|\bstud(?:y|ies|ying|ied|ents?)\b|universit|college|apprentice|vocational training|"
    r"\bin training\b|étudi|\bétudes\b|formation professionnelle|apprenti|alternance|"
    r"estudi|formaci[oó]n profesional|aprendiz|studiaz|studii|studen|facultat|ucenic|"
    r"formare profesional|öğrenci|ogrenci|üniversite|okuyor|okuyacak|meslek eğitim|çırak|"
    r"учится|учиться|учеб|учёб|студент|университет|\bвуз|обучени|профобуч|навча|університет|"
    r"следва|\bstudi|uczelni|kształc|دراس|يدرس|تدرس|طالب|جامعة|الجامعة|تدريب مهني|"
    r"تحصیل|دانشجو|دانشگاه|کارآموز|آموزش حرفه"
)
# Not in training (answers13): the training word negated ("if the child is not in training",
# "wenn das Kind keine Ausbildung macht", "s'il ne fait pas d'études", "si no estudia",
# "eğitimde değilse", "jeśli nie studiuje", "dacă nu e student", "если не учится", "якщо не
# навчається", "ако не учи", "إذا لم يكن طالبًا", "اگر دانشجو نیست"): the general case is asked,
# and the training sentence ("in training until 25") is its contrary, not its answer. A negation
# word at most one word before it, or (Turkish, Persian) up to two after it.
_NOT_IN_TRAINING = re.compile(
    r"(?:n't|(?<!\w)(?:not|no longer|never|neither|nor|nicht|kein\w*|weder|pas|plus|ni|sans|no|sin|"
    r"nie|ani|bez|nu|nici|fără|fara|не|ни|ні|без|нито|لا|ليس|ليست|لم|مش|مو|غير|بدون|نه|غیر))\s+"
    rf"(?:\S+\s+)?\S*?(?:{_IN_TRAINING.pattern})|"
    rf"(?:{_IN_TRAINING.pattern})\S*\s+(?:\S+\s+){{0,2}}?(?:değil|degil|yok|نیست|نمی|نداره|ندارد)"
)
_MANDATORY_HELD = re.compile(
    r"pflicht|verpflichtet|mandatory|compulsory|obligatory|\bobliged\b|\brequired to\b|"
    r"obligatoire|\bobligé|obligatori|obligad|\bobligat|zorunlu|yükümlü|mecburi|"
    r"обязательн|\bобязан|обов['’]?язков|зобов['’]?язан|задължителн|задължен|длъжен|"
    r"obowiąz|obowiaz|zobowiązan|إلزامي|الزامي|إجباري|اجباري|ملزم|اجباری|الزامی|موظف"
)
# a question's "must" is no qualifier ("zorunda mıyım", "obligé de", "обязан ли я"): only the
# adjective or noun of an obligation asks for the mandatory variant
_MANDATORY_ASKED = re.compile(
    r"pflicht|mandatory|compulsory|obligatory|obligatoire|obligatori|zorunlu|yükümlü|mecburi|"
    r"обязательн|обов['’]?язков|задължителн|obowiązkow|obowiazkow|إلزامي|الزامي|إجباري|"
    r"اجباري|اجباری|الزامی"
)
# Not obliged (deadline15): the obligation negated ("I am not obliged to file", "ich bin nicht
# zur Abgabe verpflichtet", "je ne suis pas obligé", "no estoy obligado", "zorunda değilim", "nie
# mam obowiązku", "nu sunt obligat", "я не обязан", "я не зобов'язаний", "не съм задължен", "غير
# ملزم", "ملزم … نیستم") asks the voluntary variant, not the obliged filers' one its obligation
# word named. A negation at most two words before the obligation word, or (Turkish, Persian)
# a negated verb up to four words after it.
_OBLIGATION = (
    r"pflicht|verpflicht|obliged|obligated|obligation|mandatory|compulsory|\brequired\b|"
    r"\bhave to\b|\bneed to\b|oblig|\btenu|\btengo que\b|obowiąz|obowiaz|zobowiąz|\bmusz[eę]\b|"
    r"обязан|обязательн|зобов['’]?язан|обов['’]?язков|\bмушу\b|задълж|длъжен|"
    r"ملزم|ملزمة|ملزما|مجبر|مجبور|إلزامي|الزامي|لازم|اجباری|الزامی"
)
_NOT_MANDATORY = re.compile(
    r"(?:n't|(?<!\w)(?:not|no|nicht|kein\w*|pas|ne|sin|nie|nu|не|нет|ні|немає|нямам|няма|غير|"
    r"لست|لستُ|ليس|لسنا|مش|مو))\s+"
    # (not "I don't know whether I must": the negation is of the knowing)
    r"(?!(?:wiem|wiemy|знаю|знаємо|знам|weiß|weiss|know|sais|sé|știu|stiu|bilmiyorum)\b)"
    rf"(?:\S+\s+){{0,2}}?\S*?(?:{_OBLIGATION})|"
    r"(?:zorunda|zorunlu|yükümlü|yukumlu|mecbur|ملزم|مجبور|موظف|اجباری|الزامی|لازم)\S*\s+"
    r"(?:\S+\s+){0,4}?(?:değil|degil|yok|نیستم|نیستید|نیستیم|نیست|نباشم|ندارم|ندارد|نداره)"
)
_VOLUNTARY = re.compile(
    r"freiwillig|voluntar|volontaire|facultati|opcional|opțional|optional|gönüllü|gonullu|"
    r"isteğe bağlı|istege bagli|добровольн|добровільн|доброволн|dobrowoln|طوعي|طوعا|اختياري|"
    r"تطوعي|داوطلبانه|اختیاری"
)
# "retirer", "retirar" (to collect), "отзыв" (a review) name no withdrawal
_REFUSED = re.compile(
    r"abgelehnt|ablehnung|ablehnen|zurückgezogen|zurückzieh|zurücknahme|zurückgenommen|"
    r"refus|reject|\bdenied\b|turned down|withdr[ae]w|rejet|rechaz|deneg|denieg|respins|"
    r"respinge|refuz|retras|retrag|reddedil|\bret karar|red karar|geri çek|отка[зж]|отклон|"
    r"отозва|відмов|відхил|відклик|отхвърл|оттегл|odmow|odmów|odrzuc|wycof|رفض|سحب الطلب|"
    r"رد شد|رد شود|رد کن|رد بشه|رد درخواست|پس گرفت|انصراف"
)
_FREE = re.compile(
    r"kostenlos|kostenfrei|gebührenfrei|beitragsfrei|\bgratis\b|umsonst|unentgeltlich|"
    r"keine (?:gebühr|kosten)|\bfree\b(?! movement)|no (?:fees?|charge|costs?)\b|gratuit|"
    r"sans frais|aucun frais|sin coste|sin costo|sin tasas|fără cost|fara cost|ücretsiz|"
    r"ucretsiz|bedava|parasız|parasiz|бесплатн|безкоштовн|безплатн|bezpłatn|bezplatn|"
    r"za darmo|darmow|nieodpłatn|brak opłat|nie ma opłat|مجان|ببلاش|بدون رسوم|دون رسوم|"
    r"لا توجد رسوم|رایگان|مجانی|بدون هزینه"
)
# Up to which age ("bis zu welchem Alter", "до якого віку"): a sentence that states only where
# an age range begins ("For children aged twelve and over", "ab dem ersten Geburtstag") does
# not say up to when. (From which age is not the contrary: "From age three until school" and
# "from the first birthday" both say from when, and only the question's words choose.)
_AGE_UP_TO_ASKED = re.compile(
    r"(?:up to|until|till) (?:what|which) age|bis zu welchem alter|bis (?:zu )?wann .{0,20}alter|"
    r"jusqu'(?:à|a) quel (?:âge|age)|hasta qu[eé] edad|p[aâ]n[aă] la ce v[aâ]rst|"
    r"ka[çc] yaş(?:ına|ina) kadar|hangi yaşa kadar|до какого возраста|до якого віку|"
    r"до каква възраст|до колко години|do jakiego wieku|do ilu lat|تا چه سن|تا چند سالگی|"
    r"حتى (?:أي|اي) (?:عمر|سن)|إلى (?:أي|اي) (?:عمر|سن)|لغاية (?:أي|اي) (?:عمر|سن)"
)
_AGE_UP_TO = re.compile(
    r"\bunder\b|\buntil\b|\bup to\b|\bbelow\b|\bbis\b|\bunter\b|jusqu|moins de|hasta|menor|"
    r"p[aâ]n[aă] la|\bsub\b|kadar|altında|\bдо\b|младше|молодше|\bpod\b|poniżej|\bdo\b|"
    r"زیر|\bتا\b|حتى|دون|أقل من|أقل"
)
_AGE_FROM = re.compile(
    r"and (?:over|older|above)|\bover \d|\bfrom (?:age|the age)|\bab \d|\bab dem \d|\bab (?:\w+ )?jahren|"
    r"\büber \d|à partir de \d|\bet plus\b|y mayores|o m[aá]s años|desde los \d|"
    r"[șş]i peste|de la \d+ ani|ve üzeri|ve üstü|yaşından itibaren|и старше|і старше|"
    r"\bстарше|\bстарші|и по-големи|i starsz|powyżej|فما فوق|وما فوق|فأكثر|و بالاتر|به بالا|"
    r"بیشتر از \d"
)

# Self-employed, and (only as its contrary) employed: what an employee pays or gets ("Arbeitnehmer
# zahlen die Hälfte des Beitrags") is not what the self-employed do.
_SELF_EMPLOYED = re.compile(
    r"selbstständig|selbständig|freiberuf|self-employed|freelanc|indépendant|auto-entrepreneur|"
    r"micro-entrepreneur|autónomo|por cuenta propia|\bpfa\b|persoan[aă] fizic[aă] autorizat|"
    r"liber profesionist|serbest meslek|kendi işimi|kendi hesabına|самозанят|предпринимател|"
    r"самозайнят|\bфоп\b|підприєм[ец]ц|самоосигуряващ|свободна професия|samozatrudn|"
    r"działalność gospodarcz|dzialalnosc gospodarcz|عمل حر|أعمال حرة|لحسابي الخاص|"
    r"خوداشتغال|خویش‌فرما|خویش فرما|شغل آزاد|فریلنس"
)
_EMPLOYED = re.compile(
    r"angestellt|arbeitnehmer|\bemployees?\b|employed by|salarié|asalariad|\bempleados?\b|"
    r"\bangajat|salariat|\bçalışan|по найму|наёмн|наемн|найман|працівник|наемни|"
    r"\bpracowni|zatrudnion|موظفين|الموظف|العاملين|کارمند|حقوق‌بگیر|حقوق بگیر"
)
_NEVER = re.compile(r"(?!)")
# Extending a permit (permit12): a permit's fee lines state its first issue, its extension, the
# fictional certificate and the visa ("Première délivrance 100 euros. Prolongation du permis de
# séjour 93 euros."), and a question that asks the extension's fee ("¿Cuánto cuesta renovar mi
# permiso … para la formación profesional?") was told the first issue's by position. The words of
# extending or renewing, 12 languages.
# Renewing in the words of the 12 languages too (fee17: "erneuern", "yenilemek", "odnowienie",
# "reînnoirea", "обновить", "поновлення", "подновите", "تجدید" chose nothing, and "Was kostet es,
# meine Aufenthaltserlaubnis fürs Studium zu erneuern?" was told the first issue's 100 euros);
# the Turkish "uzat" only as a word's start (the Romanian "refuzat" is refused).
_EXTENDING = re.compile(
    r"verlänger|verlanger|erneuer|\bextend|\bextension|\brenew|prolong|renouvel|pr[óo]rrog|renova|"
    r"przed[łl]u[żz]|odnow|prelung|re[îi]nnoi|\buzat|\byenile|продл|продовж|обнов|понов|(?<!\w)оновл|"
    r"удълж|поднов|تمديد|تجديد|تمدید|تجدید"
)

# A visa (variant14): a permit's fee lines state its first issue, its extension and the visa at
# the mission ("Première délivrance … 100 euros. … Le visa à la représentation coûte 75 euros."),
# and a question that asks the visa's fee ("le visa carte bleue, c'est combien ?", "¿Cuánto cuesta
# el visado …?") was told the first issue's by position. The visa words, 12 languages (Cyrillic
# with an ending: "визит" is a visit).
_VISA = re.compile(
    r"\bvisum|\bvisas?\b|\bvisado|\bvize(?:si|yi|ye|nin|m)?\b|\bwiz(?:a|y|ę|ie|ą)\b|"
    r"\bviz(?:a|ă|e|ei|ele)\b|(?<!\w)виз(?:а|ы|у|е|ой|ата|и|ите)(?!\w)|"
    r"(?<!\w)віз(?:а|и|у|і|ою)(?!\w)|فيزا|تأشير|تاشير|ویزا"
)

# A visa the asker already has (qualifier18): "I already live here with another visa", "mit einem
# Visum", "avec un autre visa", "con otro visado", "başka bir vizeyle", "z inną wizą", "cu o altă
# viză", "по другой визе", "з іншою візою", "с друга виза", "بتأشيرة أخرى", "با یک ویزای دیگر"
# is the asker's case, not the visa asked: "… how much is the switch to a self-employment permit?"
# was told the permit's "Visa at the embassy: 75 euros". A visa word after a word of having or
# of being here with it (an article and one word at most between), or beside a word of another one, 12
# languages (casefolded); a visa asked elsewhere in the question is still asked.
_ASKERS_VISA = re.compile(
    r"(?:\bwith|\bon|\bhave|\bhold|\bholding|\bmit|\bhabe|\bhab|\bbesitze|\bavec|\bj'ai|\bcon|"
    r"\btengo|\bz|\bmam|\bcu|\bam|\bс|\bсъс|\bимам|\bз|\bмаю|\bу меня|"
    r"(?<!\w)با|(?<!\w)دارم|(?<!\w)عندي|(?<!\w)معي)\s+"
    # an article and one word at most between ("I have a question about the visa", "Mam pytanie
    # o wizę", "Подскажите по визе" ask the visa; review of qualifier18)
    r"(?:(?:a|an|the|my|ein|eine|einem|einen|einer|mein|meinem|meinen|un|une|una|uno|mon|ma|mi|o|bir)\s+)?"
    r"(?:\S+\s+)?(?:"
    r"visum|visas?|visado|wiz\w*|viz[aăe]\w*|виз\w*|віз\w*|ویزا\S*|\S*(?:تأشيرة|تاشيرة|فيزا)\S*)|"
    r"(?:anderen|anderem|another|other|different|autre|otro|otra|başka|baska|inn\w+|altă|alta|"
    r"друг\w+|інш\w+)\s+(?:\S+\s+)?(?:visum|visas?|visado|viz\w*|wiz\w*|виз\w*|віз\w*)|"
    r"(?:visum|visa|visado|vize|viza|wiz\w*|виз\w*|віз\w*)\S*\s+(?:diğer|başka|alt\w*)|"
    r"vize(?:yle|mle|m ile| ile)|"
    r"(?:تأشيرة|تاشيرة|فيزا)\S*\s+(?:أخرى|اخرى|ثانية)|"
    r"ویزای\s+(?:\S+\s+)?دیگر"
)
# A switch to another permit asked (qualifier18): "switch to a self-employment permit", "Wechsel
# zur Aufenthaltserlaubnis für Selbständige", "le passage au titre", "cambiar al permiso",
# "oturma iznine geçmek", "zmiana na zezwolenie", "trecerea la permisul", "перейти на ВНЖ",
# "перейти на посвідку", "смяната към разрешение", "التحويل إلى إقامة", "تغییر به اجازه اقامت":
# the change of purpose, asked in the words of a move to the new one. 12 languages (casefolded).
_SWITCH_TO = re.compile(
    r"(?:\bswitch\w* (?:over )?(?:to|into)\b|\bchang\w* (?:over )?(?:to|into) (?:a|an|the)\b|"
    r"wechsel\w* (?:\w+ ){0,2}?(?:zur|zum|in die|in eine|in den|auf die|auf eine)\b|"
    r"\bpass(?:age|er) (?:au|à la|à une|à un|vers)\b|\bchang\w* (?:pour|vers)\b|"
    r"\bcambi\w* (?:al|a la|a un|a una)\b|"
    r"\bzmian\w* na\b|\bprzej(?:ść|scie|ście|dę|de)\w* na\b|"
    r"\btrecer\w* la\b|"
    r"(?<!\w)(?:перей\w*|переход\w*|смен\w*|змін\w*) на(?!\w)|"
    r"(?<!\w)(?:смян\w*|премина\w*|мина\w*) (?:към|на)(?!\w)|"
    r"(?:التحويل|التحول|الانتقال|تحويل|أتحول|انتقل|أنتقل|تغيير) (?:إلى|الى|ل)|"
    r"(?:تغییر|تبدیل|عوض) (?:\S+ )?به(?!\S))"
    # a permit, at most three words on ("switch to a self-employment permit"; review of
    # qualifier18: "I'm switching to a new employer", "passer à la préfecture", "cambiar a la
    # nueva dirección" switch to no permit)
    r"(?:\s+\S+){0,3}?(?:\s+|(?<=ل))(?:permit|residence|visa|card|title|status|aufenthalt\w*|"
    r"\w*erlaubnis|niederlassung\w*|visum|karte|titel|titre|carte|statut|permis\w*|visado|"
    r"tarjeta|residencia|estatus|zezwoleni\w*|pozwoleni\w*|kart\w*|wiz\w*|pobyt\w*|viz\w*|"
    r"внж|вид\w*|разрешени\w*|виз\w*|карт\w*|статус\w*|посвідк\w*|дозв\w*|віз\w*|статут\w*|"
    r"(?:ال)?(?:إقامة|اقامة|تأشيرة|تاشيرة|فيزا|بطاقة|تصريح)|اجازه|اقامت|ویزا\S*|کارت)|"
    # the Turkish dative of a permit before the switch ("oturma iznine geçmek"; not "Almanya'ya
    # geçmek", "yeni işe geçmek")
    r"(?:izn|izin|vize|oturum|ikamet|kart)\w*[ea] geç(?:mek|meyi|iş|mem|ebilir|mek için)"
)
# ... and the catalog's words for it (the change's line: "If you switch from another purpose of
# stay", "Dacă treceți de la un alt scop", "Если вы переходите с другой цели", "Якщо ви
# переходите з іншої мети", "Ако преминавате от друга цел", "Başka bir oturum amacından geçiş",
# "إذا انتقلت من غرض إقامة آخر"), which `rules.PURPOSE_CHANGE` (a change of the purpose) misses
_SWITCH_FROM_PURPOSE = re.compile(
    r"\bswitch\w* from (?:\w+ ){0,2}purpose|\btrec\w* de la (?:\w+ ){0,2}scop|"
    r"(?<!\w)переход\w* [сз] (?:\S+ ){0,2}(?:цел|мет)|(?<!\w)премина\w* от (?:\S+ ){0,2}цел|"
    r"ama[cç]\w* (?:\w+ )?geçiş|انتقلت من (?:\S+ ){0,2}(?:غرض|سبب)"
)
# The residence permit or its card (qualifier20): a permit's fee lines state the visa at the
# mission and the permit issued here ("The visa costs 75 euros. Issuing the residence permit in
# Germany costs 100 euros."), and an opportunity-card holder asking what the residence title or
# card costs ("Was kostet der Aufenthaltstitel?", "کارت اقامت چقدر است؟") was told the visa's 75
# euros by position (or both, tied). The permit's and its card's words, 12 languages
# (casefolded). Only as the visa's other variant: a visa sentence never tells the permit asked.
_RESIDENCE_PERMIT = (
    r"aufenthaltserlaubnis|aufenthaltstitel|aufenthaltskarte|residence permit|residence title|"
    r"residence card|permis de s[ée]jour|titre de s[ée]jour|carte de s[ée]jour|"
    r"permiso de residencia|tarjeta de residencia|t[íi]tulo de residencia|"
    r"oturum izn|oturma izn|ikamet izn|oturum kart|oturma kart|ikamet kart|"
    r"zezwoleni\w* na pobyt|kart\w* pobytu|permis\w* de [șşs]edere|card\w* de [șşs]edere|"
    r"разрешени\w* на (?:временное )?(?:пребывание|проживание)|вид\w* на жительств|(?<!\w)внж(?!\w)|"
    r"дозв[іо]л\w* на (?:тимчасове )?проживання|посвідк\w* на (?:тимчасове )?проживання|"
    r"разрешени\w* за пребиваване|(?:تصريح|بطاقة) (?:ال)?(?:إقامة|اقامة)|(?<!\w)(?:ال)?(?:إقامة|اقامة)|"
    r"اجازه (?:ی )?اقامت|کارت اقامت|(?<!\w)اقامت"
)
# ... held as the asker's own ("I have a residence permit", "mit meiner Aufenthaltserlaubnis",
# "عندي إقامة"): their case, not the permit asked (the words of having as for the visa)
_HAVING = (
    r"(?:\bwith|\bon|\bhave|\bhold|\bholding|\bmit|\bhabe|\bhab|\bbesitze|\bavec|\bj'ai|\bcon|"
    r"\btengo|\bz|\bmam|\bcu|\bam|\bс|\bсъс|\bимам|\bз|\bмаю|\bу меня|"
    r"(?<!\w)با|(?<!\w)دارم|(?<!\w)عندي|(?<!\w)معي)\s+"
    r"(?:(?:a|an|the|my|ein|eine|einem|einen|einer|mein|meinem|meinen|meiner|un|une|una|uno|mon|"
    r"ma|mi|o|bir)\s+)?"
)
_ASKERS_PERMIT = re.compile(
    rf"{_HAVING}(?:\S+\s+)?(?:{_RESIDENCE_PERMIT})\S*|"
    # (Persian, Turkish: the having after it, "اقامت دارم", "oturum iznim var")
    rf"(?:{_RESIDENCE_PERMIT})\S*\s+(?:\S+\s+)?(?:دارم|داریم|var|varken)(?!\w)"
)

# The lowest tier of a threshold (qualifier20): a service states several thresholds ("From a GdB of
# 20 there are already compensations", "From a GdB of 50 you count as severely disabled"), and
# "from which degree do I already get some compensations?" was told the 50 by the severe
# disability's words the question shares with the next sentence. The catalog words for the
# lowest one, 12 languages (casefolded: "schon", "already", "dès", "ya", "bile", "już", "deja",
# "уже", "вже", "още", "بالفعل", the Persian "… هم").
_LOWEST_TIER_HELD = re.compile(
    r"\bschon\b|\bbereits\b|\balready\b|\bdès\b|\bya\b|\bbile\b|\bjuż\b|\bdeja\b|(?<!\w)уже(?!\w)|"
    r"(?<!\w)вже(?!\w)|(?<!\w)още(?!\w)|بالفعل|(?<!\S)هم(?!\S)"
)
# ... asked by the words of already, even or the lowest in a threshold question (`asked_qualifiers`
# reads the threshold: `kinds.asked_quantity`)
_LOWEST_TIER_ASKED = re.compile(
    r"\bschon\b|\bbereits\b|\balready\b|\beven\b|\bdéjà\b|\bdeja\b|\bya\b|\bbile\b|\bzaten\b|"
    r"\bdahi\b|\bjuż\b|\bjuz\b|\bchiar\b|(?<!\w)уже(?!\w)|(?<!\w)вже(?!\w)|(?<!\w)вече(?!\w)|"
    r"(?<!\w)още(?!\w)|بالفعل|(?<!\S)حتی(?!\S)|(?<!\S)هم(?!\S)|"
    r"\blowest\b|\bniedrigst|le plus bas|\bm[áa]s bajo|en düşük|en dusuk|najniższ|najnizsz|"
    r"cel mai (?:mic|sc[ăa]zut)|самы\w* низк|найнижч|най-ниск|أدنى|ادنى|کمترین|"
    # some of the benefits ("einige Nachteilsausgleiche", "certaines compensations", "بعض")
    r"\bsome\b|\beinige[nmrs]?\b|\bcertain(?:e|s|es)?\b|\balgun[ao]s\b|\bbazı\b|\bbazi\b|"
    r"\bpewn\w*|\bunele\b|\bunii\b|(?<!\w)некоторы\w*|(?<!\w)певн\w*|(?<!\w)някои(?!\w)|"
    r"(?<!\w)بعض(?!\w)|(?<!\S)برخی(?!\S)"
)

_PURPOSE_CHANGE_HELD = re.compile(f"{PURPOSE_CHANGE.pattern}|{_SWITCH_FROM_PURPOSE.pattern}")

# the fee and amount questions (a visa-free entry's time to apply for the residence permit is
# told by the visa's own sentence: "If you enter without a visa …, you must apply within 90 days")
_AMOUNT_KINDS = frozenset({"cost", "money"})

QUALIFIERS: tuple[QualifierClass, ...] = (
    QualifierClass("in-training", _IN_TRAINING),
    QualifierClass(
        "not-in-training", _NEVER, contrary="in-training", asked=_NOT_IN_TRAINING, general=True
    ),
    QualifierClass("mandatory", _MANDATORY_HELD, contrary="voluntary", asked=_MANDATORY_ASKED),
    QualifierClass(
        "voluntary",
        _VOLUNTARY,
        contrary="mandatory",
        asked=re.compile(f"{_VOLUNTARY.pattern}|{_NOT_MANDATORY.pattern}"),
    ),
    QualifierClass("refused", _REFUSED),
    # a free thing is one word of the question, not a variant it names: one content word's weight
    QualifierClass("free", _FREE, weight=1.0, required=False),
    QualifierClass("age-up-to", _AGE_UP_TO, contrary="age-from", asked=_AGE_UP_TO_ASKED),
    QualifierClass("self-employed", _SELF_EMPLOYED, contrary="employed"),
    # only the contrary of the self-employed: an employee's question is the general case
    QualifierClass("employed", _EMPLOYED, asked=_NEVER),
    # only the contrary of an age asked up to: never asked itself
    QualifierClass("age-from", _AGE_FROM, asked=_NEVER),
    # a change of the purpose of stay ("Zweckwechsel", "смена цели пребывания", "دلیل اقامتم
    # عوض بشه"): the extension's fees state the change's fee beside the extensions' ("Wechseln
    # Sie den Aufenthaltszweck, kostet die Änderung 98 Euro"), which answered first by position
    QualifierClass(
        "purpose-change",
        _PURPOSE_CHANGE_HELD,
        asked=re.compile(f"{PURPOSE_CHANGE.pattern}|{_SWITCH_TO.pattern}"),
    ),
    # (name_only, fee17: a study permit's synonyms "продление ВНЖ студента" named the extension,
    # so it chose nothing there and "Сколько стоит продлить ВНЖ студента?" got the first issue)
    QualifierClass("extension", _EXTENDING, name_only=True),
    QualifierClass("visa", _VISA, name_only=True),
    # the residence permit or card asked (qualifier20): chooses nothing by itself (weight 0;
    # the settlement permit's "EU long-term residence permit" line is no choice of it), only
    # keeps the visa's sentence from telling it; the permit services' names hold it
    QualifierClass(
        "residence-permit",
        re.compile(_RESIDENCE_PERMIT),
        contrary="visa",
        weight=0.0,
        required=False,
        name_only=True,
        alone=False,
        kinds=_AMOUNT_KINDS,
    ),
    # the lowest of several thresholds asked (qualifier20): one word of choice, not a variant
    # every sentence must hold ("dès que" is no threshold)
    QualifierClass("lowest-tier", _LOWEST_TIER_HELD, asked=_LOWEST_TIER_ASKED, required=False),
)
BY_NAME = {q.name: q for q in QUALIFIERS}
_PERMIT_ASKED = BY_NAME["residence-permit"].held


def _lowered(text: str) -> str:
    # without Arabic vowel marks and the shadda ("رُفض"): the patterns hold the bare letters
    return " " + without_arabic_marks(text.casefold().replace("’", "'")) + " "


@functools.lru_cache(maxsize=1024)
def asked_qualifiers(question: str) -> frozenset[str]:
    """The qualifier classes a question asks for."""
    lowered = _lowered(question)
    asked = frozenset(q.name for q in QUALIFIERS if (q.asked or q.held).search(lowered) is not None)
    # a negated training word asks the general case, not the training variant
    if "not-in-training" in asked:
        asked -= {"in-training"}
    # a negated obligation ("nicht verpflichtet") asks the voluntary variant, not the mandatory
    if "mandatory" in asked and _NOT_MANDATORY.search(lowered) is not None:
        asked -= {"mandatory"}
    # a visa the asker already has ("with another visa") is no visa asked, unless a visa is
    # named besides
    if "visa" in asked and _VISA.search(_ASKERS_VISA.sub(" ", lowered)) is None:
        asked -= {"visa"}
    # the lowest tier is asked of a threshold only ("Ab welchem GdB gibt es schon …?")
    if "lowest-tier" in asked:
        from lotse.ask.answers.kinds import asked_quantity

        if asked_quantity(question) != "threshold":
            asked -= {"lowest-tier"}
    # ... and so is a residence permit the asker holds ("I have a residence permit")
    if (
        "residence-permit" in asked
        and _PERMIT_ASKED.search(_ASKERS_PERMIT.sub(" ", lowered)) is None
    ):
        asked -= {"residence-permit"}
    return asked


def held_qualifiers(text: str) -> frozenset[str]:
    """The qualifier classes a catalog sentence (or a service's names) holds."""
    lowered = _lowered(text)
    return frozenset(q.name for q in QUALIFIERS if q.held.search(lowered) is not None)
