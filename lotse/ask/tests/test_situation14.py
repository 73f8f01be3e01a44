"""Situations told without the service's name, second round (twenty-fifth session, lane
situation14), each in the 12 languages: a landlord or letting agency who lets only to Germans or
refuses a nationality, a landlord who wants the tenant out (not yet thrown out) asked as the
tenant's rights, an office that
told the asker to attend a course, an adult who wants to catch up a school-leaving
certificate."""

from __future__ import annotations

import numpy as np
import pytest

from lotse.ask import rules

pytestmark = pytest.mark.ranking


def _first(question: str, keys: list[str]) -> str:
    """The first of two services (the first scoring 1.0, the second 0.9) after the rules."""
    scores = rules.adjust(np.array([1.0, 0.9], dtype=np.float32), question, keys)
    return keys[int(np.argmax(scores))]


@pytest.mark.parametrize(
    "question",
    [
        "Die Maklerin sagt, der Vermieter will nur Deutsche als Mieter.",
        "Der Vermieter will keine Polen in der Wohnung",
        "the agency told me the owner only rents to Germans",
        "landlord said he doesn't want Nigerians in his flat",
        "the landlord refused because I'm from Syria",
        "l'agence m'a dit que le propriétaire ne loue qu'aux Français",
        "le propriétaire ne veut pas de Marocains",
        "la inmobiliaria dice que el dueño solo alquila a alemanes",
        "el casero no quiere rumanos",
        "agenția spune că proprietarul închiriază doar nemților",
        "proprietarul nu vrea români în apartament",
        "agencja powiedziała, że właściciel wynajmuje tylko Niemcom",
        "właściciel nie chce Polaków",
        "в агентстве сказали, что хозяин сдаёт только немцам",
        "арендодатель не хочет русских",
        "агентство сказало, що власник здає тільки німцям",
        "хазяїн не хоче українців",
        "агенцията каза, че хазяинът дава само на германци",
        "хазяинът не иска българи",
        "emlakçı ev sahibinin sadece Almanlara kiraya verdiğini söyledi",
        "ev sahibi Türk istemiyor",
        "المكتب قال صاحب البيت بدو بس ألمان",
        "صاحب البيت ما بدو سوريين",
        "بنگاه گفت صاحبخونه فقط به آلمانی‌ها اجاره میده",
        "صاحبخونه افغانی نمیخواد",
    ],
)
def test_a_landlord_refusing_a_nationality_is_discrimination(question: str) -> None:
    keys = ["tenancy-rights", rules.ANTI_DISCRIMINATION]
    assert _first(question, keys) == rules.ANTI_DISCRIMINATION


@pytest.mark.parametrize(
    "question",
    [
        "¿los extranjeros con permiso de residencia pueden pedir el bafög o es solo para alemanes?",
        "Der Vermieter will nur deutsche Unterlagen sehen",
        "my landlord only speaks German, who can translate the contract",
        "хозяин говорит только по-немецки",
        "ev sahibi sadece Almanca konuşuyor",
        "صاحب البيت بيحكي بس ألماني",
        "صاحبخونه فقط آلمانی حرف میزنه",
        "the owner doesn't want to return my deposit",
        "le propriétaire ne veut pas rendre la caution",
        "właściciel nie chce oddać kaucji",
    ],
)
def test_a_landlord_otherwise_is_no_discrimination(question: str) -> None:
    keys = ["tenancy-rights", rules.ANTI_DISCRIMINATION]
    assert _first(question, keys) == "tenancy-rights"


@pytest.mark.parametrize(
    "question",
    [
        "Der Vermieter will mich rauswerfen, weil ich zu spät gezahlt habe. Darf er das?",
        "my landlord is threatening to evict me, what are my rights?",
        "le propriétaire veut me mettre dehors, il a le droit ?",
        "el casero me quiere echar del piso, ¿tiene derecho?",
        "proprietarul vrea să mă dea afară din apartament, are voie?",
        "właściciel chce mnie wyrzucić z mieszkania, czy ma prawo?",
        "хозяин хочет меня выселить, имеет ли он право?",
        "власник хоче мене виселити, чи має він право?",
        "хазяинът иска да ме изгони, има ли право?",
        "ev sahibi beni evden çıkarmak istiyor, hakkı var mı?",
        "صاحب البيت بدو يطلعني من البيت، شو حقوقي",
        "صاحبخونه می‌خواد بیرونم کنه، حق داره؟",
    ],
)
def test_a_landlord_wanting_the_tenant_out_asked_as_rights_is_tenancy(question: str) -> None:
    keys = ["tenancy-rights", "homelessness-help"]
    assert _first(question, keys) == "tenancy-rights"


@pytest.mark.parametrize(
    "question",
    [
        "vermieter hat mich rausgeschmissen und ich weiß nicht wo ich schlafen soll",
        "my landlord kicked me out yesterday",
        "صاحب البيت طردني",
        "ev sahibi beni evden attı",
        "el casero me quiere echar del piso, ¿qué hago?",
        "landlord wants to kick me out, I'm 3 months behind on rent, what do I do",
    ],
)
def test_thrown_out_or_no_right_asked_is_still_the_homelessness_help(question: str) -> None:
    keys = ["tenancy-rights", "homelessness-help"]
    assert _first(question, keys) == "homelessness-help"


@pytest.mark.parametrize(
    "question",
    [
        "Die Ausländerbehörde hat gesagt, ich muss einen Kurs machen. Welcher ist das?",
        "the immigration office told me I have to attend a course, which one?",
        "la préfecture m'a dit que je dois suivre un cours, c'est lequel ?",
        "en extranjería me dijeron que tengo que hacer un curso, ¿cuál?",
        "la biroul de imigrări mi-au spus că trebuie să fac un curs",
        "w urzędzie powiedzieli, że muszę chodzić na kurs, jaki?",
        "в миграционной службе сказали, что я должен пройти курс",
        "у міграційній службі сказали, що я повинна піти на курс",
        "в дирекцията ми казаха, че трябва да ходя на курс",
        "yabancılar dairesi kursa gitmem lazım dedi, hangi kurs?",
        "دائرة الأجانب قالولي لازم اعمل كورس، شو هاد الكورس؟",
        "اداره اتباع گفته باید برم کلاس، کدوم کلاس؟",
    ],
)
def test_an_office_that_says_attend_a_course_means_the_integration_course(question: str) -> None:
    keys = [rules.LANGUAGE_COURSE, rules.INTEGRATION_COURSE]
    assert _first(question, keys) == rules.INTEGRATION_COURSE


@pytest.mark.parametrize(
    "question",
    [
        "Ich suche einen Deutschkurs am Abend",
        "the Jobcenter says I must take a computer course",
        "trebuie să fac un curs de germană pentru muncă?",
        "muss ich für den Kurs beim Amt bezahlen?",
    ],
)
def test_a_course_otherwise_is_no_integration_course(question: str) -> None:
    keys = [rules.LANGUAGE_COURSE, rules.INTEGRATION_COURSE]
    assert _first(question, keys) == rules.LANGUAGE_COURSE


@pytest.mark.parametrize(
    "question",
    [
        "Hauptschulabschluss als Erwachsener nachholen Dortmund",
        "I never finished school back home, can I get a school diploma here as an adult?",
        "je n'ai pas fini le lycée au Maroc, je veux passer le bac ici",
        "no terminé la escuela en mi país, ¿puedo sacar el título aquí?",
        "nu am terminat liceul în România, vreau să-mi iau diploma aici",
        "nie skończyłem szkoły w Polsce, czy mogę zrobić maturę tutaj jako dorosły?",
        "я не закончил школу дома, хочу получить аттестат здесь",
        "я не закінчила школу, хочу отримати атестат тут",
        "не завърших училище в България, искам диплома тук",
        "Türkiye'de liseyi bitiremedim. Burada okul diplomamı sonradan almak istiyorum.",
        "بدي كمل شهادة المدرسه هون بالمانيا وعمري 24 سنه",
        "تو ایران دبیرستان رو تموم نکردم، میخوام اینجا دیپلم بگیرم",
    ],
)
def test_an_adult_catching_up_school_is_the_adult_education_centre(question: str) -> None:
    keys = [rules.SCHOOL_CERTIFICATES, rules.ADULT_EDUCATION]
    assert _first(question, keys) == rules.ADULT_EDUCATION


@pytest.mark.parametrize(
    "question",
    [
        "Ich habe mein Abitur in Syrien gemacht, wie wird es anerkannt?",
        "my son didn't finish school, what now",
        "equivalence of my bac",
        "nie skończyłem szkoły, jak uznać moje świadectwo?",
    ],
)
def test_a_recognition_or_a_child_keeps_the_certificates(question: str) -> None:
    keys = [rules.SCHOOL_CERTIFICATES, rules.ADULT_EDUCATION]
    assert _first(question, keys) == rules.SCHOOL_CERTIFICATES


@pytest.mark.parametrize(
    "question",
    [
        "ein Schuldeneintreiber schreibt mir wegen einer Rechnung, die ich nicht kenne",
        "a debt collector keeps sending me letters about a bill I don't know",
        "je reçois des lettres d'une société de recouvrement de dettes",
        "me llegan cartas de una empresa de cobro de deudas",
        "primesc scrisori de la o firmă de recuperare a datoriilor",
        "dostaję listy od firmy zajmującej się windykacją długów",
        "мне пишет агентство по взысканию долгов, что делать?",
        "приходять листи від компанії зі стягнення боргів",
        "фирма за събиране на дългове ми праща писма",
        "borç tahsilat şirketinden mektup geldi",
        "عم تجيني رسايل من شركة تحصيل ديون، شو بعمل",
        "شرکت وصول بدهی برام نامه فرستاده",
    ],
)
def test_a_collection_agency_named_keeps_the_consumer_advice(question: str) -> None:
    keys = ["consumer-advice", "debt-counselling"]
    assert _first(question, keys) == "consumer-advice"


@pytest.mark.parametrize(
    "question",
    [
        "I just got my residence permit and my German is very bad, what course should I take?",
        "ich habe gerade meine Aufenthaltserlaubnis bekommen und spreche kaum Deutsch",
        "je viens d'obtenir mon titre de séjour et je parle très peu l'allemand",
        "tengo el permiso de residencia desde hace poco y hablo muy poco alemán, qué hago?",
        "am primit permisul de ședere, dar vorbesc puțină germană",
        "dostałam kartę pobytu, ale słabo mówię po niemiecku",
        "получил вид на жительство, но плохо говорю по-немецки",
        "отримала посвідку на проживання, але погано розмовляю німецькою",
        "получих разрешение за пребиваване, но немският ми е много слаб",
        "yeni oturum aldım, almancam çok zayıf, ne yapmalıyım?",
        "حصلت على الإقامة بس الألماني تبعي ضعيف كتير",
        "تازه اقامت گرفتم ولی آلمانیم خیلی ضعیفه",
    ],
)
def test_a_new_permit_and_little_german_is_the_integration_course(question: str) -> None:
    assert _first(question, [rules.LANGUAGE_COURSE, rules.INTEGRATION_COURSE]) == (
        rules.INTEGRATION_COURSE
    )
    assert _first(question, ["settlement-permit", rules.INTEGRATION_COURSE]) == (
        rules.INTEGRATION_COURSE
    )


@pytest.mark.parametrize(
    "question",
    [
        "ich habe die Niederlassungserlaubnis bekommen, muss ich noch etwas tun?",
        "my German is bad, where is a cheap evening course?",
        "Almancam zayıf, akşam kursu var mı?",
    ],
)
def test_a_permit_or_little_german_alone_is_no_integration_course(question: str) -> None:
    assert _first(question, [rules.LANGUAGE_COURSE, rules.INTEGRATION_COURSE]) == (
        rules.LANGUAGE_COURSE
    )


def test_polish_in_german_is_no_word_of_after() -> None:
    """The Polish "po niemiecku" (in German) held "po" (after): an integration course named
    beside it was read as done with."""
    question = "czy mogę iść na kurs integracyjny, słabo mówię po niemiecku?"
    keys = [rules.LANGUAGE_COURSE, rules.INTEGRATION_COURSE]
    scores = rules.adjust(np.array([0.9, 0.9], dtype=np.float32), question, keys)
    assert scores[1] >= scores[0]
