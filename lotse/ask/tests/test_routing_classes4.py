"""Routing classes of the nineteenth session (lane route8), each in the languages where it
exists: opening a shop or a restaurant is a business; someone uninsured who is ill needs care,
not an insurance; a recognition asked is not the opportunity card; a residence title beside a
business asks for the self-employment permit; working during one's studies and a business after
them are the permits' matters; no longer having to renew is the settlement permit; a wedding's
papers are the marriage registration's though an EU nationality is named."""

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
        "wir wollen eine kleine Bäckerei eröffnen, wo fangen wir an?",
        "I'd like to open a small café near the station, where do I go?",
        "je veux ouvrir une épicerie africaine, c'est où ?",
        "queremos abrir una panadería en el centro, ¿dónde vamos?",
        "vreau să deschid o cafenea mică, unde merg?",
        "chcę otworzyć mały sklep z polską żywnością, od czego zacząć?",
        "мы хотим открыть пекарню, куда идти?",
        "хочу відкрити перукарню, куди звертатися?",
        "искам да отворя малък магазин, къде да отида?",
        "küçük bir fırın açmak istiyoruz, nereye gidelim?",
        "بدي افتح مطعم صغير، لوين بروح؟",
        "می‌خوام یه نانوایی کوچیک باز کنم، کجا برم؟",
    ],
)
def test_opening_a_place_of_trade_is_a_business(question):
    assert _first(question, ["business-registration", "bank-account"]) == "business-registration"


@pytest.mark.parametrize(
    "question",
    [
        "I want to open a bank account",
        "wann hat der Supermarkt sonntags offen?",
        "где ближайший магазин с турецкими продуктами?",
    ],
)
def test_a_shop_or_opening_alone_is_no_business(question):
    assert _first(question, ["business-registration", "bank-account"]) == "bank-account"


UNINSURED = ["health-insurance", "health-care-without-insurance"]


@pytest.mark.parametrize(
    "question",
    [
        "ich bin nicht versichert und habe starke Zahnschmerzen, wer behandelt mich?",
        "I have no health insurance and my daughter is sick, where can she see a doctor?",
        "je n'ai pas d'assurance et je suis malade, où voir un médecin ?",
        "no tengo seguro y me duele mucho la espalda, ¿quién me atiende?",
        "nu am asigurare și sunt bolnavă, unde găsesc un medic?",
        "nie mam ubezpieczenia, a dziecko jest chore, gdzie do lekarza?",
        "у меня нет страховки, болит зуб, куда к врачу?",
        "у мене немає страхування, а дитина хвора, де знайти лікаря?",
        "нямам здравна осигуровка и ме боли корем, къде има лекар?",
        "sigortam yok ama ateşim var, hangi doktora gidebilirim?",
        "ما عندي تأمين صحي وعندي وجع بضهري، وين في طبيب؟",
        "بیمه ندارم و مریضم، کجا می‌تونم دکتر برم؟",
    ],
)
def test_uninsured_and_ill_holds_the_insurance_back(question):
    assert _first(question, UNINSURED) == "health-care-without-insurance"


@pytest.mark.parametrize(
    "question",
    [
        "ich habe keine Krankenversicherung, wie werde ich versichert?",
        "nu am asigurare medicală, cum îmi fac una?",
        "seguro médico: no tengo seguro, ¿cómo me inscribo?",
    ],
)
def test_uninsured_without_a_need_for_care_keeps_the_insurance(question):
    assert _first(question, UNINSURED) == "health-insurance"


RECOGNITION = ["opportunity-card", "recognition-of-qualifications"]


RECOGNITION_ASKED = [
    "mein Ingenieurdiplom aus Syrien soll anerkannt werden, wer macht das?",
    "who checks whether my nursing degree is recognised in Germany?",
    "j'ai besoin d'une équivalence pour mon diplôme d'architecte",
    "necesito el reconocimiento de mi título de enfermera, ¿dónde lo pido?",
    "cine face recunoașterea diplomei mele de inginer?",
    "gdzie złożyć wniosek o uznanie dyplomu pielęgniarki?",
    "где получить признание моего диплома врача?",
    "де визнати мій диплом інженера в Німеччині?",
    "как да получа признаване на дипломата си за учител?",
    "mühendislik diplomamın denkliği için nereye başvurmalıyım?",
    "وين بعمل معادلة لشهادة الهندسة تبعي؟",
    "مدرک پرستاریم باید ارزیابی بشه، کجا برم؟",
]


@pytest.mark.parametrize("question", RECOGNITION_ASKED)
def test_a_recognition_asked_holds_the_opportunity_card_back(question):
    assert _first(question, RECOGNITION) == "recognition-of-qualifications"


@pytest.mark.parametrize(
    "question",
    [
        "Chancenkarte: zählt ein anerkannter Abschluss mehr Punkte?",
        "opportunity card points for a recognised degree",
    ],
)
def test_the_opportunity_card_named_keeps_it(question):
    assert _first(question, RECOGNITION) == "opportunity-card"


@pytest.mark.parametrize("question", RECOGNITION_ASKED)
@pytest.mark.parametrize(
    "rival", ["eu-blue-card", "career-guidance-employment-agency", "employer-recruitment-abroad"]
)
def test_a_recognition_asked_holds_the_other_recognising_services_back(question, rival):
    assert _first(question, [rival, "recognition-of-qualifications"]) == (
        "recognition-of-qualifications"
    )


@pytest.mark.parametrize(
    "question",
    [
        "sunt româncă, ce documente trebuie pentru recunoașterea diplomei de asistentă?",
        "I'm Italian, which documents do I need for the recognition of my nursing degree?",
        "jestem obywatelką Polski, jakie dokumenty do uznania dyplomu pielęgniarki?",
    ],
)
def test_an_eu_citizens_recognition_question_is_no_permit_question(question):
    keys = ["recognition-of-qualifications", "eu-free-movement"]
    assert _first(question, keys) == "recognition-of-qualifications"


SELF_EMPLOYED = ["self-employment-advice", "residence-permit-self-employment"]


@pytest.mark.parametrize(
    "question",
    [
        "welchen Aufenthaltstitel brauche ich, um als Grafiker selbstständig zu arbeiten?",
        "which residence permit do I need to run my own company here?",
        "quel titre de séjour pour créer mon entreprise de nettoyage ?",
        "¿qué permiso de residencia necesito para montar una empresa?",
        "ce permis de ședere îmi trebuie ca să am o afacere proprie?",
        "jakie zezwolenie na pobyt, żeby prowadzić własną firmę?",
        "какой вид на жительство нужен, чтобы открыть свой бизнес?",
        "яка посвідка на проживання потрібна, щоб мати свій бізнес?",
        "какво разрешение за пребиваване ми трябва за собствен бизнес?",
        "kendi şirketimi kurmak için hangi oturum izni gerekir?",
        "شو نوع الإقامة اللي بحتاجها لأفتح شركة؟",
        "برای داشتن شرکت خودم چه نوع اقامتی لازم دارم؟",
    ],
)
def test_a_residence_title_beside_a_business_asks_for_the_permit(question):
    assert _first(question, SELF_EMPLOYED) == "residence-permit-self-employment"


def test_a_title_the_asker_already_has_keeps_the_advice():
    question = "I already have a residence permit and want to start a business, who advises me?"
    assert _first(question, SELF_EMPLOYED) == "self-employment-advice"


STUDY_WORK = ["mini-jobs-and-part-time-work", "residence-permit-study"]


@pytest.mark.parametrize(
    "question",
    [
        "darf ich als Student aus Indien neben dem Studium arbeiten?",
        "I'm an international student, can I work while studying?",
        "je suis étudiant marocain, puis-je travailler pendant mes études ?",
        "soy estudiante de máster, ¿puedo trabajar durante mis estudios?",
        "sunt student, pot lucra în timpul studiilor?",
        "jestem studentem z Indii, czy mogę pracować podczas studiów?",
        "я студент из Казахстана, можно ли работать во время учёбы?",
        "я студентка, чи можна працювати під час навчання?",
        "студент съм, мога ли да работя по време на следването?",
        "öğrenciyim, okurken çalışabilir miyim?",
        "أنا طالب، هل يمكنني العمل أثناء الدراسة؟",
        "دانشجو هستم، حین تحصیل می‌تونم کار کنم؟",
    ],
)
def test_working_during_the_studies_is_the_study_permits_rule(question):
    assert _first(question, STUDY_WORK) == "residence-permit-study"


AFTER_STUDIES = ["residence-permit-study", "residence-permit-self-employment"]


@pytest.mark.parametrize(
    "question",
    [
        "nach dem Studium will ich mich selbstständig machen, welche Aufenthaltserlaubnis?",
        "after my studies I want to start my own business, which residence permit?",
        "après mon master à l'université je veux créer mon entreprise, quel titre de séjour ?",
        "después de terminar mis estudios quiero montar un negocio, ¿qué permiso de residencia?",
        "după terminarea studiilor vreau o afacere proprie, ce permis de ședere?",
        "po ukończeniu studiów chcę założyć firmę, jakie zezwolenie na pobyt?",
        "после окончания учёбы хочу открыть свой бизнес, какой вид на жительство?",
        "після закінчення університету хочу відкрити свій бізнес, яка посвідка на проживання?",
        "след завършване на университета искам собствен бизнес, какво разрешение за пребиваване?",
        "üniversiteyi bitirdikten sonra kendi şirketimi kurmak istiyorum, hangi oturum izni?",
        "بعد التخرج من الجامعة بدي افتح شركة، شو الإقامة المناسبة؟",
        "بعد از فارغ‌التحصیلی می‌خوام شرکت خودمو بزنم، چه اقامتی لازمه؟",
    ],
)
def test_a_business_after_the_studies_holds_the_study_permit_back(question):
    assert _first(question, AFTER_STUDIES) == "residence-permit-self-employment"


def test_looking_for_work_after_the_studies_keeps_the_study_permit():
    question = "after my master, which residence permit lets me stay to look for a job?"
    assert _first(question, AFTER_STUDIES) == "residence-permit-study"


RENEWING = ["residence-permit-extension", "settlement-permit"]


@pytest.mark.parametrize(
    "question",
    [
        "ich möchte meinen Aufenthaltstitel nicht mehr ständig verlängern, was kann ich tun?",
        "I've lived here 6 years, how can I stop renewing my permit?",
        "comment ne plus devoir renouveler mon titre de séjour ?",
        "llevo años aquí, ¿cómo dejo de renovar el permiso?",
        "cum fac să nu mai prelungesc permisul de ședere?",
        "co zrobić, żeby nie musieć już przedłużać karty pobytu?",
        "что сделать, чтобы больше не продлевать вид на жительство?",
        "що зробити, щоб більше не продовжувати посвідку?",
        "как да не подновявам разрешението за пребиваване всяка година?",
        "oturum iznimi uzatmak zorunda kalmadan burada kalabilir miyim?",
        "كيف ما بضطر جدد الإقامة كل سنة؟",
        "چطوری دیگه اقامتم رو تمدید نکنم و دائمی بشه؟",
    ],
)
def test_no_longer_renewing_is_the_settlement_permit(question):
    assert _first(question, RENEWING) == "settlement-permit"


def test_renewing_keeps_the_extension():
    question = "my residence permit runs out next month, how do I renew it?"
    assert _first(question, RENEWING) == "residence-permit-extension"


WEDDING = ["marriage-registration", "eu-free-movement"]


@pytest.mark.parametrize(
    "question",
    [
        "ich bin Italienerin und will meinen Freund aus Ghana heiraten, welche Dokumente?",
        "I'm Spanish and want to marry my Indian partner here, which documents do we need?",
        "je suis belge et nous voulons nous marier ici, quels documents ?",
        "soy italiano y queremos casarnos en Dortmund, ¿qué documentos hacen falta?",
        "sunt româncă și vrem să ne căsătorim aici, ce documente trebuie?",
        "jestem obywatelką Polski, chcemy wziąć ślub w Dortmundzie, jakie dokumenty?",
    ],
)
def test_a_wedding_keeps_the_marriage_registration_for_an_eu_citizen(question):
    assert _first(question, WEDDING) == "marriage-registration"


def test_an_eu_citizens_permit_question_keeps_free_movement():
    question = "I'm Spanish, which documents do I need to live and work here?"
    assert _first(question, WEDDING) == "eu-free-movement"


HOME = ["welcome-counselling", "residence-registration"]


@pytest.mark.parametrize(
    "question",
    [
        "wir sind gerade umgezogen, wo muss ich die neue Wohnung anmelden?",
        "just arrived last week, where do I register my new address?",
        "je viens d'arriver, où déclarer mon nouveau domicile ?",
        "acabo de llegar, ¿dónde me empadrono?",
        "tocmai am venit, unde îmi înregistrez adresa nouă?",
        "dopiero przyjechałem, gdzie mam się zameldować?",
        "только приехали, где прописаться в Дортмунде?",
        "щойно приїхали, де зареєструвати адресу проживання?",
        "току-що пристигнах, къде се прави адресна регистрация?",
        "yeni geldim, adresimi kaydettirmem lazım, nereye gideyim?",
        "وصلت جديد، وين بسجل عنواني؟",
        "تازه رسیدیم، آدرسمون رو کجا ثبت کنیم؟",
    ],
)
def test_registering_the_home_holds_the_welcome_counselling_back(question):
    assert _first(question, HOME) == "residence-registration"


@pytest.mark.parametrize(
    "question",
    [
        "acabamos de llegar: empadronarnos, colegio, trabajo… ¿quién nos orienta en todo?",
        "we just came, register our address, school, job: is there one place for everything?",
    ],
)
def test_registering_among_everything_keeps_the_welcome_counselling(question):
    assert _first(question, HOME) == "welcome-counselling"


JOB_SEEKER = ["job-seeker-registration", "residence-registration"]


@pytest.mark.parametrize(
    "question",
    [
        "wo muss ich mich nach dem Umzug registrieren?",
        "where do I have to register after moving in?",
        "où dois-je m'inscrire après le déménagement ?",
        "¿dónde tengo que registrarme después de la mudanza?",
        "unde trebuie să mă înregistrez după mutare?",
        "gdzie muszę się zarejestrować po przeprowadzce?",
        "где мне нужно зарегистрироваться после переезда?",
        "де треба зареєструватися після переїзду?",
        "къде трябва да се регистрирам след преместването?",
        "taşındıktan sonra nereye kayıt olmam gerekiyor?",
        "وين لازم سجل بعد ما نقلت؟",
        "بعد از اسباب‌کشی کجا باید ثبت‌نام کنم؟",
    ],
)
def test_registering_without_work_holds_the_job_seeker_registration_back(question):
    assert _first(question, JOB_SEEKER) == "residence-registration"


@pytest.mark.parametrize(
    "question",
    [
        "mein Vertrag endet, wo muss ich mich melden?",
        "I was fired, where do I register?",
        "شغلي خلص، وين بسجل؟",
    ],
)
def test_registering_after_losing_work_keeps_the_job_seeker_registration(question):
    assert _first(question, JOB_SEEKER) == "job-seeker-registration"


DISCRIMINATION = ["tenancy-rights", "anti-discrimination-counselling"]


@pytest.mark.parametrize(
    "question",
    [
        "der Vermieter sagt, wegen meiner Herkunft bekomme ich die Wohnung nicht",
        "the landlord won't rent to us because of my hijab, is that allowed?",
        "le propriétaire refuse à cause de mon origine, c'est légal ?",
        "el casero no me alquila el piso por ser extranjera, ¿es discriminación?",
        "proprietarul nu-mi dă apartamentul din cauza originii mele",
        "właściciel nie chce wynająć mieszkania, bo noszę chustę",
        "хозяин квартиры отказал из-за моего акцента, это расизм?",
        "орендодавець відмовив через моє походження",
        "хазяинът не ми дава квартира, защото нося забрадка",
        "ev sahibi başörtüm yüzünden evi vermedi",
        "صاحب البيت رفض يأجرني بسبب الحجاب",
        "صاحبخونه به خاطر ملیتم خونه رو بهم نداد",
    ],
)
def test_discrimination_told_is_the_anti_discrimination_counsellings(question):
    assert _first(question, DISCRIMINATION) == "anti-discrimination-counselling"


def test_a_plain_tenancy_question_keeps_the_tenancy_rights():
    question = "my landlord raised the rent twice this year, is that allowed?"
    assert _first(question, DISCRIMINATION) == "tenancy-rights"


GERMAN_FOR_WORK = ["language-course", "occupational-language-course"]


@pytest.mark.parametrize(
    "question",
    [
        "ich brauche Deutsch für meinen Beruf als Pflegerin, gibt es Kurse?",
        "is there a German course for my job as an engineer?",
        "je cherche un cours d'allemand pour mon métier d'infirmière",
        "busco un curso de alemán profesional para médicos",
        "caut curs de germană pentru meseria de sudor",
        "szukam kursu niemieckiego do pracy w szpitalu",
        "нужен курс немецкого для работы медсестрой",
        "потрібен курс німецької саме для роботи",
        "търся курс по немски за работа като шофьор",
        "iş için almanca kursu var mı?",
        "بدي كورس ألماني للشغل بالمستشفى",
        "دوره آلمانی تخصصی برای کارم کجاست؟",
    ],
)
def test_german_for_ones_work_is_the_occupational_course(question):
    assert _first(question, GERMAN_FOR_WORK) == "occupational-language-course"


PERMIT_NOT_VISA = ["visa-national", "residence-permit-study"]


@pytest.mark.parametrize(
    "question",
    [
        "welche Unterlagen brauche ich für die Aufenthaltserlaubnis zum Studium?",
        "requirements for a residence permit for studying at the university?",
        "quels papiers pour le titre de séjour étudiant ?",
        "¿qué necesito para el permiso de residencia de estudiante?",
        "ce acte trebuie pentru permisul de ședere de student?",
        "jakie dokumenty do zezwolenia na pobyt dla studenta?",
        "какие документы нужны на вид на жительство для учёбы в университете?",
        "які документи на посвідку на проживання для студента?",
        "какви документи за разрешение за пребиваване за студент?",
        "öğrenci oturum izni için hangi belgeler lazım?",
        "شو الأوراق المطلوبة لإقامة الدراسة بالجامعة؟",
        "برای اقامت تحصیلی دانشجو چه مدارکی لازمه؟",
    ],
)
def test_a_residence_permit_named_without_a_visa_holds_the_visa_back(question):
    assert _first(question, PERMIT_NOT_VISA) == "residence-permit-study"


def test_a_visa_named_keeps_the_visa():
    question = "which visa do I need for a residence permit to study here?"
    assert _first(question, PERMIT_NOT_VISA) == "visa-national"


SHOP_REGISTERED = ["residence-registration", "business-registration"]


@pytest.mark.parametrize(
    "question",
    [
        "ich mache einen Imbiss auf, muss ich das anmelden?",
        "I'm opening a bakery, do I have to register?",
        "j'ouvre un café, je dois m'inscrire où ?",
        "voy a abrir una tienda, ¿tengo que registrarme?",
        "deschid o brutărie, trebuie să mă înregistrez?",
        "otwieram sklep, czy muszę się zarejestrować?",
        "открываю кафе, нужно ли регистрироваться?",
        "відкриваю перукарню, чи треба реєструватися?",
        "отварям магазин, трябва ли да се регистрирам?",
        "fırın açacağım, kayıt yaptırmam lazım mı?",
        "رح افتح مطعم، لازم سجل؟",
        "دارم یه مغازه باز می‌کنم، باید ثبت کنم؟",
    ],
)
def test_opening_a_place_and_registering_is_the_business_registration(question):
    assert _first(question, SHOP_REGISTERED) == "business-registration"


CONTINUE = ["residence-permit-extension", "language-course"]


@pytest.mark.parametrize(
    "question",
    [
        # Ukrainian and Bulgarian: the verb is to extend and to continue alike.
        "хочу продовжити вивчення німецької після A2, де є курси?",
        "як продовжити навчання на курсі німецької мови?",
        "искам да продължа да уча немски, къде има курс?",
        "как да продължа курса по немски след B1?",
    ],
)
def test_continuing_to_learn_holds_the_extension_back(question):
    assert _first(question, CONTINUE) == "language-course"


def test_extending_a_permit_to_continue_studies_keeps_the_extension():
    question = "як продовжити посвідку, щоб продовжити навчання?"
    assert _first(question, CONTINUE) == "residence-permit-extension"


CRIME = ["homelessness-help", "victim-support"]


@pytest.mark.parametrize(
    "question",
    [
        "bei uns wurde in die Wohnung eingebrochen, wer hilft uns jetzt?",
        "we were robbed at home yesterday, who supports people after that?",
        "notre appartement a été cambriolé, qui peut nous aider ?",
        "me robaron en casa y estoy muy mal, ¿quién ayuda?",
        "am fost jefuit lângă casă, cine mă poate ajuta?",
        "było włamanie do mieszkania, gdzie szukać pomocy?",
        "нас обокрали дома, кто помогает в таком случае?",
        "нашу квартиру пограбували, хто допоможе?",
        "обраха жилището ни, къде да потърся помощ?",
        "evimize hırsız girdi, kim yardım eder?",
        "انسرق بيتنا امبارح، مين بيساعد؟",
        "دزد اومد خونمون، کی کمک می‌کنه؟",
    ],
)
def test_a_crime_told_holds_the_housing_services_back(question):
    assert _first(question, CRIME) == "victim-support"
