"""Offices a question names by what they are rather than by their own name: "the foreigners'
office", "اداره مهاجرت", "Nüfus dairesi", "ЗАГС", "the women's counselling centre".

An office's own name (a word its names keep in most languages: "Ausländerbehörde",
"Standesamt", `named_office`) names it outright. People more often say what the office is, in
their words: each family below lists those descriptions in the portal's 12 languages, and the
German words a German office of that kind is named with. A description names the one office of
the city whose German name holds such a word (of several, the one with the shortest name: "the
citizens' office" is the Bürgerdienste, not the Bürgerdienste' driving licence team; "the
housing office" the Amt für Wohnen, not its housing benefit office).

A described office answers a where / phone / opening-hours question only when the question is
clearly about it (`described_office`): it is an office of one of the top services, or nothing
else in the question names a service ("the phone number of the immigration office", routed to
the emergency service because of the words "phone number").
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator

from lotse.ask import analysis
from lotse.ask.analysis import OFFICE_NOUN_END, fold, tokens
from lotse.ask.answers.facts import _city_facts, _lock, _offices
from lotse.ask.answers.kinds import content_words
from lotse.ask.answers.naming import names_a_service
from lotse.core.models import City

# (German name words of the office kind, descriptions in the 12 languages). Patterns are
# written on the question's words joined by single spaces, casefolded, apostrophes and
# punctuation gone ("women's" is "women s", "ds." is "ds"), and are folded like the words
# (diacritics dropped, Arabic/Persian letter variants unified: write them as usual). Each
# description starts at a word start and may go on inside the word (inflection).
_FAMILIES: list[tuple[str, list[str]]] = [
    (
        # foreigners' / immigration office
        r"auslanderbehorde|auslanderamt|amt fur migration\b",
        [
            r"foreigners? (?:s )?(?:office|authorit)|aliens? (?:s )?office|immigration (?:office|authorit)",
            r"migration office|ausländerbehörde|ausländeramt|ausländerbüro|ausländerstelle",
            r"amt für migration|migrationsamt",
            r"(?:service|bureau|office|autorité) (?:des étrangers|de l immigration|des migrations)",
            r"extranjería|(?:oficina|autoridad) de (?:inmigración|migración|extranjeros)",
            r"yabancılar (?:daire|şube|büro|ofis)|yabancilar (?:daire|sube|buro|ofis)",
            r"göç (?:daire|idare|ofis|büro)|goc (?:daire|idare|ofis|buro)",
            r"(?:urz[aeę]d|wydział|wydzial|biur)\w* (?:ds|do spraw|dla) (?:cudzoziemc|migracji)",
            r"urz[aeę]d\w* (?:imigracyjn|migracyjn)",
            r"(?:autoritat|birou|oficiu|serviciu)\w* (?:pentru|de|al) (?:străini|migrați|imigrăr)",
            r"(?:biroul|oficiul) străinilor",
            r"(?:ведомств|отдел|служб|управлени)\w* по делам (?:иностранц|миграц)",
            r"(?:иммиграционн|миграционн)\w* (?:служб|ведомств|офис|отдел)|ауслендер",
            r"(?:відомств|відділ|служб)\w* (?:у|в) справах (?:іноземц|міграц)",
            r"(?:імміграційн|міграційн)\w* (?:служб|відомств|офіс|відділ)",
            r"служба\w* (?:за|по) (?:чужденци|миграция)|(?:имиграционн|миграционн)\w* служб",
            r"отдел\w* (?:за )?чужденци",
            r"(?:مكتب|دائرة|هيئة|مصلحة) (?:شؤون )?(?:الهجرة|الأجانب)|الأوسلندر|الاوسلاندر|أوسلندر",
            r"اداره (?:امور )?(?:مهاجرت|اتباع|خارجی|اقامت)|آوسلندر|اوسلندر",
        ],
    ),
    (
        # citizens' office (residence registration, ID cards)
        r"burgerdienst|burgerburo|burgeramt|burgerservice|einwohnermeldeamt|meldeamt\b",
        [
            r"citizens? (?:s )?(?:office|service)|residents? registration office",
            r"bürgerbüro|bürgeramt|bürgerdienst|bürgerservice|einwohnermeldeamt|meldeamt\b",
            r"meldebehörde",
            r"(?:services?|bureau) (?:aux|des) citoyens",
            r"(?:servicios?|oficina) (?:de atención )?al ciudadano|oficina del ciudadano",
            r"oficina de empadronamiento",
            r"vatandaş (?:hizmet|büro|ofis|merkez)|vatandas (?:hizmet|buro|ofis|merkez)",
            r"biur\w* obsługi obywatel|(?:urz[aeę]d|biur|wydział)\w* meldunkow",
            r"servicii\w* pentru cetățeni|biroul cetățeanului|(?:serviciul|biroul) (?:de )?evidență",
            r"служб\w* для граждан|паспортн\w* стол|бюргербюро|бюргердинст",
            r"служб\w* для громадян|паспортн\w* стіл|центр\w* надання адміністративних",
            r"гражданско обслужване|бюро за граждани",
            r"(?:مكتب|دائرة) (?:خدمة |خدمات )?المواطنين|خدمات المواطنين",
            r"(?:دفتر )?خدمات شهروندی|دفتر شهروندی",
        ],
    ),
    (
        # registry office (births, marriages, deaths)
        r"standesamt",
        [
            r"regist(?:ry|er|rar s?) office|civil (?:registry|registration office|status office)",
            r"standesamt|état civil|registro civil",
            r"nüfus (?:daire|müdürlü|ofis)|nufus (?:daire|mudurlu|ofis)|evlendirme daire",
            r"urz\w* stanu cywilnego|\busc\b",
            r"stare civilă|starea civilă|stării civile",
            r"\bзагс|\bрацс|\bдрацс|(?:запис|реєстрац)\w* актів цивільного стану",
            r"гражданско(?:то)? състояние",
            r"الأحوال المدنية|السجل المدني|(?:دائرة|مكتب|سجل) النفوس",
            r"ثبت احوال",
        ],
    ),
    (
        r"jobcenter",
        [
            r"job ?cent(?:re|er)",
            r"جوب ?سنتر|الجوب ?سنتر|جاب ?سنتر",
            r"джоб ?центр|джоб ?център",
        ],
    ),
    (
        # pension insurance
        r"rentenversicherung",
        [
            r"pension (?:insurance|fund|office)|\bdrv\b",
            r"rentenversicherung|rentenkasse",
            r"assurance (?:retraite|vieillesse)|caisse de retraite",
            r"seguro (?:alemán )?de pensiones|caja de pensiones",
            r"emeklilik sigorta|emekli sandı|emekli sandi",
            r"ubezpieczen\w* emerytaln|\bzus\b",
            r"asigurar\w* (?:germană )?de pensii|cas\w* de pensii",
            r"пенсионн\w* (?:страхован|фонд|касс)|пенсійн\w* (?:страхуван|фонд|кас)",
            r"пенсионн\w* осигуряван|\bнои\b",
            r"التأمين التقاعدي|تأمين التقاعد|صندوق التقاعد",
            r"بیمه بازنشستگی|صندوق بازنشستگی",
        ],
    ),
    (
        # employment agency
        r"agentur fur arbeit|arbeitsagentur|arbeitsamt",
        [
            r"employment (?:agency|office)|job agency|labou?r office|unemployment office",
            r"agentur für arbeit|bundesagentur für arbeit|arbeitsagentur|arbeitsamt",
            r"agence (?:pour l |de l )?emploi|pôle emploi",
            r"(?:agencia|oficina) (?:federal )?de (?:empleo|trabajo)|oficina del paro",
            r"iş ajans|is ajans|iş kurumu|is kurumu|işkur|iskur",
            r"agencj\w* pracy|urz[aeę]d\w* pracy",
            r"agenți\w* (?:pentru ocuparea|de ocupare|pentru muncă|de muncă)",
            r"агентств\w* (?:по труду|занятост|з праці|з працевлаштування)",
            r"бирж\w* (?:труда|праці)|(?:центр|служб)\w* (?:занятост|зайнятост)",
            r"агенци\w* по (?:заетост|труда)|бюро\w* по труда",
            r"(?:وكالة|مكتب) (?:العمل|التوظيف)",
            r"اداره کار",
        ],
    ),
    (
        # social welfare office
        r"sozialamt",
        [
            r"social (?:welfare |services )?office|(?<!youth )welfare office|sozialamt",
            r"(?:bureau|service|office) (?:de l )?aide sociale|services sociaux",
            r"(?:oficina|servicios?) (?:de )?(?:asistencia|bienestar) social|servicios sociales",
            r"sosyal (?:yardım|yardim|hizmet)\w* (?:daire|ofis|müdürlü|mudurlu)|sosyal daire",
            r"(?:urz[aeę]d|ośrod|osrod)\w* (?:opieki|pomocy) społecznej|opieka społeczna|\bmops\b",
            r"(?:oficiul|biroul|serviciul|direcția|directia) (?:de )?asistență socială",
            r"социальн\w* (?:ведомств|служб|отдел|управлени)|\bсобес",
            r"соціальн\w* (?:відомств|служб|відділ|управлін)|соцзахист",
            r"социалн\w* (?:служб|отдел)|социално подпомагане",
            r"(?:مكتب|دائرة) (?:الشؤون|الرعاية|الخدمات) الاجتماعية|السوسيال",
            r"اداره (?:امور )?(?:اجتماعی|رفاه|بهزیستی)|سوسیال امت",
        ],
    ),
    (
        # youth welfare office
        r"jugendamt",
        [
            r"youth (?:welfare )?office|youth services|child(?:ren)? (?:and youth )?services",
            r"jugendamt",
            r"(?:office|service|bureau) de (?:la )?(?:jeunesse|protection de l enfance)",
            r"aide sociale à l enfance",
            r"(?:oficina|servicios?) (?:de )?(?:la )?(?:juventud|protección de menores|menores)",
            r"gençlik (?:daire|ofis|müdürlü)|genclik (?:daire|ofis|mudurlu)",
            r"(?:urz[aeę]d|biur)\w* (?:ds |do spraw )?(?:młodzieży|mlodziezy)",
            r"(?:oficiul|biroul|serviciul|direcția|directia) (?:pentru |de )?(?:tineret|protecția copilului)",
            r"(?:ведомств|служб|управлени|отдел)\w* (?:по делам )?молод[её]жи|ювенальн",
            r"(?:відомств|служб|управлін|відділ)\w* (?:у справах )?(?:молоді|дітей)|ювенальн",
            r"(?:служб|отдел)\w* (?:за )?(?:младеж|закрила на детето)",
            r"(?:مكتب|دائرة) (?:رعاية )?(?:الشباب|الأطفال|الطفولة)|اليوغند",
            r"اداره (?:امور )?(?:جوانان|نوجوانان|کودکان)|یوگند امت",
        ],
    ),
    (
        # public health office
        r"gesundheitsamt",
        [
            r"(?:public )?health (?:office|department|authorit)|gesundheitsamt",
            r"(?:office|service|bureau|autorité) (?:de (?:la )?)?(?:santé|sanitaire)",
            r"(?:oficina|departamento|autoridad) (?:de )?(?:salud|sanidad|sanitaria)",
            r"sağlık (?:daire|müdürlü|ofis)|saglik (?:daire|mudurlu|ofis)",
            r"(?:urz[aeę]d|wydział|wydzial)\w* (?:do spraw )?zdrowia|sanepid",
            r"(?:oficiul|direcția|directia|autoritatea|biroul) (?:de )?sănătat",
            r"(?:ведомств|служб|отдел|управлени)\w* (?:по )?здравоохранени|санэпид",
            r"(?:відомств|служб|відділ|управлін)\w* (?:охорони )?здоров|санепід",
            r"здравн\w* (?:служб|отдел|инспекц)|\bрзи\b",
            r"(?:مكتب|دائرة|مديرية) (?:ال)?صحة",
            r"اداره (?:ی )?بهداشت",
        ],
    ),
    (
        # tax office (income tax; not the city's own tax office, the Steueramt)
        r"finanzamt",
        [
            r"tax (?:office|authorit)|revenue office|finanzamt|finanzämt",
            r"(?:centre|bureau|service|administration) des impôts",
            r"(?:oficina|agencia|administración) (?:de )?(?:hacienda|impuestos|tributaria)",
            r"vergi (?:daire|ofis|idare)",
            r"urz[aeę]d\w* skarbow|skarbówk|skarbowk",
            r"(?:oficiul|biroul|administrația|administratia) (?:de )?(?:impozite|financiar|fiscal)",
            r"\banaf\b",
            r"налогов\w* (?:инспекц|служб|ведомств|управлени|орган|офис)",
            r"податков\w* (?:інспекц|служб|відомств|управлін|орган|офіс)",
            r"данъчн\w* (?:служб|офис|администрац)|\bнап\b",
            r"(?:مكتب|دائرة|مصلحة) (?:ال)?ضرائب|(?:دائرة|مكتب) المالية",
            r"اداره (?:ی )?(?:مالیات|دارایی)",
        ],
    ),
    (
        # family benefits office (child benefit)
        r"familienkasse",
        [
            r"family (?:benefits? )?(?:office|fund)|child benefit office|familienkasse",
            r"caisse (?:d )?allocations familiales|\bcaf\b",
            r"caja familiar|oficina de prestaciones familiares",
            r"aile kasa",
            r"kas\w* rodzinn",
            r"cas\w* (?:pentru |de )?familie",
            r"семейн\w* касс|сімейн\w* кас|семейн\w* каса",
            r"(?:صندوق|مكتب|دائرة) (?:ال)?(?:أسرة|عائلة)",
            r"صندوق خانواده",
        ],
    ),
    (
        # housing office
        r"amt fur wohnen|wohnungsamt",
        [
            r"housing (?:office|authorit|department)|wohnungsamt|amt für wohnen",
            r"(?:office|service|bureau) (?:du |de l )?logement",
            r"(?:oficina|departamento) de (?:la )?vivienda",
            r"konut (?:daire|ofis|müdürlü|mudurlu)",
            r"(?:urz[aeę]d|wydział|wydzial|biur)\w* (?:ds |do spraw )?mieszka",
            r"(?:oficiul|biroul|serviciul) (?:pentru |de )?locuin",
            r"жилищн\w* (?:ведомств|служб|отдел|управлени)",
            r"житлов\w* (?:відомств|служб|відділ|управлін)",
            r"жилищн\w* (?:служб|отдел)",
            r"(?:مكتب|دائرة) (?:ال)?(?:إسكان|سكن)",
            r"اداره (?:ی )?مسکن",
        ],
    ),
    (
        # women's counselling centre and shelter
        r"frauenberatung|frauenhaus|frauen helfen frauen",
        [
            r"wom[ae]n s? (?:counsel|advice|shelter|refuge|help|cent)",
            r"counsel\w* (?:centre |center |service )?for women",
            r"frauenberatung|frauenhaus|frauen helfen frauen|beratungsstelle für frauen",
            r"(?:conseil|consultation|accueil|aide|centre|foyer|maison)\w* (?:de conseil )?pour (?:les )?femmes",
            r"(?:asesoramiento|centro|casa|ayuda|acogida)\w* (?:de acogida |de asesoramiento )?(?:para|de) (?:las )?mujeres",
            r"kadın (?:danış|sığın|yardım|evi)|kadin (?:danis|sigin|yardim|evi)",
            r"(?:poradni|dom|centrum|ośrod|schronisk)\w* (?:pomocy )?dla kobiet",
            r"(?:centr|consilier|adăpost|casa)\w* (?:de consiliere )?pentru femei",
            r"(?:консультац|центр|приют|кризисн)\w* (?:центр\w* )?для женщин",
            r"(?:консультац|центр|притул|кризов)\w* (?:центр\w* )?для жінок",
            r"(?:консулта|център|приют|кризисен)\w* (?:център )?за жени",
            r"(?:مركز|بيت|دار|جمعية) (?:\S+ )?(?:النساء|للنساء|المرأة|للمرأة)",
            r"استشار\S* (?:النساء|للنساء|المرأة)",
            r"(?:مرکز|خانه|دفتر) (?:\S+ )?(?:\S+ )?زنان",
        ],
    ),
]

# Offices of one kind each that the families above left out: the trade office, the parental
# allowance office, the two chambers, the BAMF, the school office, the welcome centre, the
# consumer advice centre and the tenants' association (same form as `_FAMILIES`). Their
# descriptions name the office asked about; they stay in the question's words when services
# are named (`without_described_offices` leaves them: "the tenants' association" or "the
# consumer centre" also names the one service such an office serves).
_OFFICE_ONLY_FAMILIES: list[tuple[str, list[str]]] = [
    (
        # trade office (business registration: Gewerbeamt, Gewerbemeldestelle)
        r"gewerbemeldestelle|gewerbeangelegenheit|gewerbeamt",
        [
            r"trade (?:office|licen[cs]ing office)|business (?:registration )?office",
            r"gewerbeamt|gewerbemeldestelle|gewerbebehörde|gewerbestelle",
            r"(?:bureau|service) (?:des entreprises|du commerce|des déclarations d entreprise)",
            r"(?:oficina|registro) (?:de registro )?(?:de|del) (?:comercio|negocios|empresas|actividad)",
            r"esnaf (?:daire|ofis|sicil)|ticaret (?:daire|sicil)|işyeri kayıt|isyeri kayit",
            r"(?:urz[aeę]d|wydział|wydzial|biur)\w* (?:ds |do spraw )?działalności gospodarczej",
            r"(?:biroul|oficiul|serviciul) (?:de |pentru )?(?:comerț|afaceri|înregistrare a firmelor)",
            r"(?:отдел|служб|ведомств)\w* (?:по )?регистрации (?:бизнеса|предпринимател|промысл)",
            r"(?:відділ|служб)\w* (?:з )?реєстрації (?:бізнесу|підприємни)|гевербеамт",
            r"(?:служб|отдел)\w* (?:за )?регистрация на (?:фирми|бизнес)",
            r"(?:مكتب|دائرة) (?:تسجيل )?(?:التجارة|الأعمال|المهن)",
            r"اداره (?:ی )?(?:ثبت )?(?:کسب ?و ?کار|اصناف)",
        ],
    ),
    (
        # parental allowance office (Elterngeldstelle of the Versorgungsamt)
        r"versorgungsamt|elterngeldstelle",
        [
            r"parental (?:allowance|benefit) office|elterngeld ?(?:stelle|office|amt)",
            r"versorgungsamt",
            r"(?:bureau|service|caisse) (?:de l |des )?allocations? parentale",
            r"oficina (?:de )?(?:la )?(?:prestación|subsidio) (?:por )?(?:parental|crianza)",
            r"ebeveyn (?:parası|parasi|yardımı|yardimi) (?:daire|ofis|birim)",
            r"(?:urz[aeę]d|biur|wydział|dział)\w* (?:ds |do spraw )?(?:zasiłk|świadczen)\w* rodzicielsk",
            r"(?:biroul|oficiul|serviciul) (?:pentru |de )?(?:alocați|indemnizați)\w* (?:parental|de creștere)",
            r"(?:отдел|служб|ведомств)\w* (?:по )?(?:выплате )?родительск\w* (?:пособи|денег)",
            r"(?:відділ|служб)\w* (?:з )?(?:виплати )?батьківськ\w* (?:допомог|виплат)",
            r"(?:служб|отдел)\w* (?:за )?родителск\w* (?:обезщетени|помощ|пари)",
            r"(?:مكتب|دائرة) (?:إعانة|علاوة|مخصصات) (?:ال)?(?:والدين|الأبوة)",
            r"اداره (?:ی )?(?:کمک ?هزینه )?(?:والدین|الترن ?گلد)",
        ],
    ),
    (
        # chamber of industry and commerce (IHK)
        r"handelskammer",
        [
            r"chamber of (?:industry and )?commerce|\bihk\b|handelskammer",
            r"chambre (?:de commerce|d industrie)",
            r"cámara (?:oficial )?de (?:comercio|industria)",
            r"ticaret (?:ve sanayi )?odas",
            r"izb\w* (?:przemysłowo )?handlow",
            r"camer\w* de (?:comerț|comert)",
            r"торгов\w* (?:промышленн\w* )?палат|торгов\w* (?:промислов\w* )?палат",
            r"търговск\w* (?:и промишлен\w* )?камар|търговско промишлен\w* камар",
            r"غرفة (?:ال)?(?:تجارة|صناعة)",
            r"اتاق (?:ی )?(?:بازرگانی|تجارت)",
        ],
    ),
    (
        # chamber of crafts (HWK)
        r"handwerkskammer",
        [
            r"chamber of (?:skilled )?crafts?|crafts? chamber|\bhwk\b|handwerkskammer",
            r"chambre (?:des|de) métiers",
            r"cámara de (?:artesanía|oficios)",
            r"esnaf (?:ve sanatkarlar )?odas|zanaat odas",
            r"izb\w* rzemieśln|izb\w* rzemiosła",
            r"camer\w* (?:de )?(?:meșteșug|meserii)",
            r"ремесленн\w* палат|реміснич\w* палат|занаятчийск\w* камар",
            r"غرفة (?:ال)?(?:حرف|الحرفيين)",
            r"اتاق (?:ی )?(?:اصناف|صنایع دستی)",
        ],
    ),
    (
        # Federal Office for Migration and Refugees (BAMF)
        r"bundesamt fur migration",
        [
            r"\bbamf\b|federal (?:office|agency) for migration|bundesamt für migration",
            r"office fédéral (?:des migrations|pour la migration|de la migration)",
            r"oficina federal (?:de|para la) migración",
            r"federal göç|federal goc|göç ve mülteciler|goc ve multeciler",
            r"(?:urz[aeę]d|biur)\w* federaln\w* (?:ds |do spraw )?migracji",
            r"(?:oficiul|biroul) federal (?:pentru )?migr",
            r"федеральн\w* (?:ведомств|служб|управлени)\w* по (?:делам )?миграц|бамф",
            r"федеральн\w* (?:відомств|служб|управлін)\w* (?:у справах|з питань) міграц",
            r"федерал\w* (?:служб|ведомств|агенци)\w* (?:за|по) миграц",
            r"(?:المكتب|الدائرة|المكتب) الاتحادي (?:لل|لشؤون ال)هجرة|بامف",
            r"اداره (?:ی )?(?:فدرال|فدرالی) مهاجرت",
        ],
    ),
    (
        # school office (Schulverwaltungsamt, Schulamt)
        r"schulverwaltungsamt|schulamt",
        [
            r"schools? office|education office|schulamt|schulverwaltungsamt",
            r"(?:service|bureau|office) (?:des écoles|scolaire|de l éducation)",
            r"(?:oficina|departamento) (?:de educación|escolar|de escuelas)",
            r"okul (?:daire|müdürlü|mudurlu|ofis)|milli eğitim|milli egitim",
            r"(?:urz[aeę]d|wydział|wydzial|biur)\w* (?:ds |do spraw )?(?:oświaty|oswiaty|edukacji|szkół|szkol)",
            r"(?:biroul|oficiul|serviciul|departamentul) (?:de |pentru )?(?:școli|învățământ|educație)",
            r"(?:школьн\w*|образовани\w*) (?:отдел|ведомств|управлени|служб)|(?:отдел|управлени)\w* образовани",
            r"шкільн\w* (?:відділ|відомств|управлін|служб)|(?:відділ|управлін)\w* освіти",
            r"училищн\w* (?:отдел|служб)|(?:отдел|служб)\w* (?:за |по )?(?:образование|училища)",
            r"(?:مكتب|دائرة|مديرية) (?:ال)?(?:مدارس|تعليم|تربية|التعليم|التربية)",
            r"اداره (?:ی )?(?:آموزش|مدارس|مدرسه)",
        ],
    ),
    (
        # MigraDo, the city's welcome centre
        r"migrado",
        [
            r"welcome (?:cent(?:er|re)|office|desk)|migrado|willkommens ?(?:zentrum|center)",
            r"centre (?:d accueil des nouveaux|de bienvenue)",
            r"(?:centro|oficina) de bienvenida",
            r"karşılama merkez|karsilama merkez|hoş geldin merkez",
            r"centrum (?:powitaln|dla nowo przybyłych)",
            r"centrul de (?:bun venit|primire)",
            r"(?:велком|вэлком|уэлком) ?центр|центр\w* (?:приветствия|встречи новоприбывших)",
            r"(?:велком|вєлком) ?центр|центр\w* (?:привітання|зустрічі)",
            r"(?:уелкъм|велкъм) ?център|център\w* за (?:посрещане|добре дошли)",
            r"(?:ويلكم|ولكم) ?سنتر|مركز (?:ال)?ترحيب|مركز الاستقبال",
            r"(?:ولکام|ولکم|ویلکام) ?سنتر|مرکز (?:خوشامدگویی|استقبال)",
        ],
    ),
    (
        # consumer advice centre (Verbraucherzentrale)
        r"verbraucherzentrale",
        [
            r"consumer (?:advice |protection |rights )?(?:cent|office|organi|agenc)|verbraucherzentrale",
            r"(?:centre|association|bureau|service) (?:de (?:la )?|des )?(?:consommat|défense des consommateurs)",
            r"(?:centro|oficina|asociación|organización) (?:de )?(?:defensa )?(?:del|de los|al) consumidor",
            r"tüketici (?:merkez|danış|derne|hak|koruma)|tuketici (?:merkez|danis|derne|hak|koruma)",
            r"(?:centrum|biur|ośrod|organizacj|federacj)\w* (?:ochrony |praw )?konsument|rzecznik\w* konsument",
            r"(?:centrul|biroul|asociați|oficiul|organizați)\w* (?:pentru |de )?(?:protecți\w* )?(?:a )?consumator",
            r"(?:центр|общество|организаци)\w* (?:по )?(?:защит\w* )?(?:прав )?потребител",
            r"(?:центр|товариств|організаці)\w* (?:із |з )?(?:захист\w* )?(?:прав )?споживач",
            r"(?:център|организаци|сдружени)\w* за (?:защита на )?(?:правата на )?потребител",
            r"(?:مركز|جمعية|مكتب|منظمة) (?:حماية )?(?:ال)?مستهلك",
            r"(?:مرکز|سازمان|انجمن|اداره) (?:ی )?(?:حمایت از )?(?:حقوق )?مصرف ?کننده",
        ],
    ),
    (
        # tenants' association (Mieterverein)
        r"mieterverein",
        [
            r"tenants? (?:s )?(?:association|union|club)|renters? (?:s )?(?:association|union)|mieterverein",
            r"association (?:des |de )?locataires|union des locataires",
            r"(?:asociación|sindicato|unión) de inquilinos",
            r"kiracı (?:derne|birli)|kiraci (?:derne|birli)|kiracılar derne|kiracilar derne",
            r"(?:stowarzyszen|związ|zwiaz)\w* (?:lokator|najemc)",
            r"(?:asociați|uniune|liga)\w* (?:a )?(?:chiriaș|chiriasi)",
            r"(?:союз|обществ|ассоциаци|объединени)\w* (?:квартиросъ[её]мщик|арендатор|нанимател|жильц)",
            r"(?:спілк|асоціаці|товариств|об єднанн)\w* (?:орендар|квартиронаймач|наймач)",
            r"(?:сдружени|съюз)\w* на наемател",
            r"(?:جمعية|رابطة|اتحاد) (?:ال)?مستأجرين",
            r"(?:انجمن|اتحادیه|کانون) (?:ی )?(?:مستاجر|مستأجر)",
        ],
    ),
]


# Arabic writes "and", "with", "to", "on the" onto the next word: "بمكتب الهجرة", "للجوب سنتر",
# "عالجوب سنتر" (colloquial على ال).
_ARABIC_PROCLITIC = "(?:عال|وال|بال|فال|لل|[وفبلك])?"


def _folded_words(text: str) -> str:
    return " " + " ".join(fold(word) for word in tokens(text)) + " "


@functools.cache
def _compiled() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """(German name words, descriptions) per family, folded and compiled once: `_FAMILIES`,
    then `_OFFICE_ONLY_FAMILIES`."""
    return [
        (
            re.compile(rf"(?<!\w)(?:{heads})"),
            re.compile(rf"(?<!\w){_ARABIC_PROCLITIC}(?:{'|'.join(fold(p) for p in descriptions)})"),
        )
        for heads, descriptions in [*_FAMILIES, *_OFFICE_ONLY_FAMILIES]
    ]


def _family_offices(city: City, generation: str) -> list[str | None]:
    """Per family, the city's office whose German name holds one of the family's German words
    (of several, the one with the shortest name), or None. Once per index generation."""
    facts = _city_facts(city, generation)
    found = facts.described
    if found is not None:
        return found
    offices, _aliases = _offices(city, generation)
    result: list[str | None] = []
    for heads, _descriptions in _compiled():
        matching = [
            (len(office.names["de"]), key)
            for key, office in sorted(offices.items())
            if "de" in office.names and heads.search(_folded_words(office.names["de"]))
        ]
        result.append(min(matching)[1] if matching else None)
    with _lock:
        facts.described = result
    return result


def _descriptions(
    city: City, generation: str, *, naming: bool = False
) -> Iterator[tuple[str, re.Pattern[str]]]:
    """(office, its family's compiled descriptions) for each family the city has an office of;
    with `naming`, only the families whose descriptions name no service (`_FAMILIES`)."""
    for position, (office, (_heads, descriptions)) in enumerate(
        zip(_family_offices(city, generation), _compiled(), strict=True)
    ):
        if office is not None and (not naming or position < len(_FAMILIES)):
            yield office, descriptions


def described_offices(city: City, generation: str, text: str) -> tuple[set[str], str]:
    """The offices the question describes, and the question without those descriptions.

    A description that lies inside a longer description of another office is part of that one:
    "федеральное ведомство по делам миграции" is the BAMF, though "ведомство по делам
    миграции" alone would be the foreigners' office."""
    words = _folded_words(text)
    spans: dict[str, list[tuple[int, int]]] = {}
    rest = words
    for office, descriptions in _descriptions(city, generation):
        found_spans = [m.span() for m in descriptions.finditer(words)]
        if not found_spans:
            continue
        spans.setdefault(office, []).extend(found_spans)
        # The whole words the description spans go (its inflected end too).
        rest = re.sub(rf"\S*(?:{descriptions.pattern})\S*", " ", rest)
    found = {
        office
        for office, own in spans.items()
        if not all(
            any(
                start <= s and e <= end and (start, end) != (s, e)
                for other, theirs in spans.items()
                if other != office
                for start, end in theirs
            )
            for s, e in own
        )
    }
    return found, rest


def without_described_offices(city: City, generation: str, text: str) -> str:
    """The question's words without those that describe an office ("Göç Dairesi",
    "Agentur für Arbeit", "مكتب الهجرة"): an office serves many services, so its description
    names none of them ("Aile birleşiminde Göç Dairesi'nin incelemesi ne kadar sürüyor?" asks
    about family reunification, not migration counselling, which "göç" names)."""
    words = tokens(text)
    folded = [fold(word) for word in words]
    joined = " " + " ".join(folded) + " "
    starts, position = [], 1
    for word in folded:
        starts.append(position)
        position += len(word) + 1
    dropped: set[int] = set()
    for _office, descriptions in _descriptions(city, generation, naming=True):
        for match in descriptions.finditer(joined):
            dropped.update(
                i
                for i, start in enumerate(starts)
                if start < match.end() and start + len(folded[i]) > match.start()
            )
    if not dropped:
        return text
    return " ".join(word for i, word in enumerate(words) if i not in dropped)


def described_office(
    city: City,
    generation: str,
    text: str,
    kind: str,
    language: str,
    top_offices: list[str],
) -> str | None:
    """The office a where / phone / opening-hours question describes, when it is clearly the
    office asked about: the question describes one office only, and that office is an office
    of one of the top services (`top_offices`), or the question's other words (its type words
    and the description left out) name no service."""
    found, rest = described_offices(city, generation, text)
    if len(found) != 1:
        return None
    office = next(iter(found))
    if office in top_offices:
        return office
    if names_a_service(city, generation, content_words(rest, kind), language):
        return None
    return office


# An office's German name written in another script or spelt by ear ("Фамилиенкассе",
# "Штандесамт", "Гезундхайтсамт", "الشتاندسامت", "Auslaenderbehoerde"): words are compared by
# their consonants, read as a German speaker says them, with the one reading by ear the
# services' names have (`analysis.sound_keys`, `analysis.sounded`).
# A non-Latin word; Latin words are compared only with the German ae / oe / ue read as umlauts
_NON_LATIN_WORD = re.compile(r"[^\W\da-z\u00c0-\u024f]")
_UMLAUT_SPELLING = {"ae": "a", "oe": "o", "ue": "u"}
# German name words shorter than this are too common to be read by ear ("Schule", "Frauen")
SOUND_NAME_MIN = 8


_sound_lock = threading.Lock()
_sound_tables: dict[tuple[int, str], analysis.SoundTable] = {}


def _sound_table(city: City, generation: str) -> analysis.SoundTable:
    """The sound table (`analysis.sound_table`) of the German name words that name one office:
    its alias words of at least SOUND_NAME_MIN letters ending in an office noun
    (`analysis.OFFICE_NOUN_END`) and the single German words of its family's names
    ("Sozialamt", "Standesamt", "Gewerbeamt"). A sound two offices share names neither."""
    key = (city.pk, generation)
    table = _sound_tables.get(key)
    if table is not None:
        return table
    _all, aliases = _offices(city, generation)
    words: list[tuple[str, str]] = [
        (word, office)
        for word, office in aliases.items()
        if len(word) >= SOUND_NAME_MIN and word.isalpha() and OFFICE_NOUN_END.search(word)
    ]
    for office, (heads, _descriptions) in zip(
        _family_offices(city, generation), [*_FAMILIES, *_OFFICE_ONLY_FAMILIES], strict=True
    ):
        if office is not None:
            words.extend(
                (word, office)
                for word in (part.removesuffix(r"\b") for part in heads.split("|"))
                if word.isalpha() and len(word) >= SOUND_NAME_MIN
            )
    table = analysis.sound_table((word, office, 1.0) for word, office in words)
    with _sound_lock:
        _sound_tables[key] = table
    return table


def office_by_sound(city: City, generation: str, text: str) -> str | None:
    """The office whose German name a word of the question spells in another script
    (`analysis.sounded`: the word's consonants are the name's, or the name's and one more, an
    inflection: "Джобцентром"; a Cyrillic word begins with the name's vowel), or in Latin
    letters with the umlauts written out ("Auslaenderbehoerde")."""
    table = _sound_table(city, generation)
    _all, aliases = _offices(city, generation)
    for word in tokens(text):
        folded = fold(word)
        if not _NON_LATIN_WORD.search(folded):
            # Latin: only the German umlauts written out ("Auslaenderbehoerde")
            respelt = re.sub("ae|oe|ue", lambda m: _UMLAUT_SPELLING[m.group()], folded)
            if respelt != folded and respelt in aliases:
                return aliases[respelt]
            continue
        found = analysis.sounded(word, table)
        if found is not None:
            return found[0]
    return None
