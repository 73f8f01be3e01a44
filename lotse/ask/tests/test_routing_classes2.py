"""Routing classes of the eighteenth session (lane route6): a minijob named is no pension
question, the minimum wage or an hourly wage is the worker's rights, a discount is the city pass,
the neighbour's children are the youth office's, being thrown out is the homelessness help, going
back by road is leaving, a right or duty to attend the integration course is that course's, and a
change of the purpose of stay is the extension's and is answered by its fee for the change."""

from __future__ import annotations

import numpy as np
import pytest

from lotse.ask import answers, rules, selectors
from lotse.ask.answers.qualifiers import asked_qualifiers
from lotse.core.models import City


def _first(question: str, keys: list[str]) -> str:
    """The first of two services (the first scoring 1.0, the second 0.9) after the rules."""
    scores = rules.adjust(np.array([1.0, 0.9], dtype=np.float32), question, keys)
    return keys[int(np.argmax(scores))]


@pytest.mark.parametrize(
    "question",
    [
        "Muss ich im Minijob Rentenbeiträge zahlen?",
        "do I pay into the pension with a mini-job",
        "mini-job et cotisation retraite, c'est obligatoire ?",
        "¿con un minijob pago la jubilación?",
        "la minijob se plătește contribuția la pensie?",
        "czy na minijobie płaci się składki emerytalne",
        "на минийобе платят взносы в пенсионную кассу?",
        "на мініджобі треба платити пенсійні внески?",
        "на минижоб плащат ли се пенсионни осигуровки",
        "minijobta emeklilik primi ödenir mi",
        "في الميني جوب بدفع اشتراك التقاعد؟",
        "با مینی جاب باید بیمه بازنشستگی بدم؟",
    ],
)
def test_a_minijob_named_holds_the_pension_insurance_back(question):
    keys = ["pension-insurance", "mini-jobs-and-part-time-work"]
    assert _first(question, keys) == "mini-jobs-and-part-time-work"


@pytest.mark.parametrize(
    "question",
    [
        "Rentenbeiträge zurück wenn ich Deutschland verlasse",
        "how many years until I get a German pension",
        "уезжаю, можно вернуть пенсионные взносы?",
    ],
)
def test_a_pension_question_without_a_minijob_keeps_the_pension_insurance(question):
    keys = ["pension-insurance", "mini-jobs-and-part-time-work"]
    assert _first(question, keys) == "pension-insurance"


WAGE = ["mini-jobs-and-part-time-work", "workers-rights-and-minimum-wage"]


@pytest.mark.parametrize(
    "question",
    [
        # the minimum wage named
        "Gilt der Mindestlohn auch im Minijob?",
        "minijob minimum wage how much",
        "le salaire minimum s'applique au minijob ?",
        "minijob y salario mínimo",
        "salariul minim la minijob",
        "płaca minimalna na minijobie",
        "минималка на минийобе",
        "мінімальна зарплата на мініджобі",
        "минималната заплата при минижоб",
        "minijobta asgari ücret geçerli mi",
        "الحد الأدنى للأجور بالميني جوب",
        "حداقل دستمزد مینی جاب",
        # a wage per hour
        "im Minijob kriege ich 8 Euro die Stunde",
        "my minijob pays 8 euros an hour",
        "на мініджобі платять 8 євро на годину",
        "minijobta saatte 8 euro veriyorlar",
    ],
)
def test_the_minimum_wage_or_an_hourly_wage_holds_the_minijob_back(question):
    assert _first(question, WAGE) == "workers-rights-and-minimum-wage"


@pytest.mark.parametrize(
    "question",
    [
        "mein Chef sagt im Minijob gibt es keinen Urlaub, ist das erlaubt?",
        "my boss says minijobbers get no holiday, is that legal?",
        "mon patron dit que pas de congés en minijob, c'est légal ?",
        "mi jefe dice que en el minijob no hay vacaciones, ¿es legal?",
        "șeful spune că la minijob nu am concediu, e legal?",
        "szef mówi, że na minijobie nie ma urlopu, czy to legalne?",
        "начальник говорит, что на минийобе отпуска нет, это законно?",
        "роботодавець каже, що на мініджобі відпустки нема, це законно?",
        "шефът казва, че на минижоб няма отпуск, това законно ли е?",
        "patron minijobta izin yok diyor, bu yasal mı?",
        "صاحب العمل بيقول ما في عطلة بالميني جوب، هاد قانوني؟",
        "کارفرما میگه مینی جاب مرخصی نداره، این قانونیه؟",
    ],
)
def test_asking_whether_what_the_employer_does_is_legal_holds_the_minijob_back(question):
    assert _first(question, WAGE) == "workers-rights-and-minimum-wage"


@pytest.mark.parametrize(
    "question",
    [
        "wie viel darf ich im Minijob verdienen",
        "is a second minijob next to my full-time job legal?",
    ],
)
def test_a_minijob_question_keeps_the_minijob(question):
    assert _first(question, WAGE) == "mini-jobs-and-part-time-work"


@pytest.mark.parametrize(
    ("question", "rival"),
    [
        ("Gibt es Rabatt im Schwimmbad für Familien mit wenig Einkommen?", "child-supplement"),
        ("discount on museum tickets for people on low income", "culture-and-museums"),
        ("réduction pour le bus quand on touche le Bürgergeld", "basic-income-support"),
        ("descuento en el autobús para familias con pocos ingresos", "local-public-transport"),
        ("reducere la muzeu pentru familii cu venit mic", "culture-and-museums"),
        ("zniżka na basen dla rodzin o niskich dochodach", "child-supplement"),
        ("скидка на проезд в автобусе для малоимущих", "local-public-transport"),
        ("знижка в музей для сімей з малим доходом", "culture-and-museums"),
        ("намаление за басейна за семейства с нисък доход", "child-supplement"),
        ("düşük gelirli ailelere müze indirimi var mı", "culture-and-museums"),
        ("في خصم عالباص للناس اللي بياخدو Bürgergeld؟", "basic-income-support"),
        ("کارت تخفیف اتوبوس برای خانواده کم درآمد", "local-public-transport"),
    ],
)
def test_a_discount_word_asks_for_the_city_pass(question, rival):
    assert _first(question, [rival, "dortmund-pass"]) == "dortmund-pass"


@pytest.mark.parametrize(
    ("question", "rival"),
    [
        (
            "The children next door cry every night and nobody looks after them",
            "maintenance-advance",
        ),
        ("Die Kinder der Nachbarin sind oft allein und weinen", "womens-shelter"),
        ("les enfants des voisins restent seuls toute la journée", "maintenance-advance"),
        ("los niños de la vecina lloran solos toda la noche", "womens-shelter"),
        ("copiii vecinilor sunt lăsați singuri toată ziua", "maintenance-advance"),
        ("sąsiadka bije swoje dzieci, słyszę krzyki", "womens-shelter"),
        ("дети соседей всё время одни и плачут", "maintenance-advance"),
        ("сусідка кричить на своїх дітей щоночі", "womens-shelter"),
        ("съседката оставя децата сами по цял ден", "maintenance-advance"),
        ("komşunun çocukları bütün gün yalnız kalıyor", "womens-shelter"),
        ("أطفال الجيران لحالهم كل يوم وبيبكوا", "maintenance-advance"),
        ("بچه‌های همسایه همیشه تنها هستند و گریه می‌کنند", "womens-shelter"),
    ],
)
def test_a_neighbours_children_are_the_youth_offices(question, rival):
    assert _first(question, [rival, "youth-welfare-help"]) == "youth-welfare-help"


HOMELESS = ["tenancy-rights", "homelessness-help"]


@pytest.mark.parametrize(
    "question",
    [
        "mein Vermieter hat mich rausgeworfen, was jetzt",
        "the landlord is kicking me out at the end of the month",
        "le propriétaire m'a mis à la porte, je fais quoi",
        "el casero me quiere echar del piso, ¿qué hago?",
        "proprietarul m-a dat afară din apartament",
        "właściciel wyrzuca mnie z mieszkania, co robić",
        "хозяин квартиры выгоняет нас, что делать",
        "орендодавець виганяє нас з квартири",
        "хазяинът ни изгонва от квартирата",
        "ev sahibi beni evden atıyor ne yapmalıyım",
        "صاحب البيت طردني من الشقة",
        "صاحبخونه داره ما رو بیرون میکنه",
    ],
)
def test_being_thrown_out_of_the_flat_holds_tenancy_rights_back(question):
    assert _first(question, HOMELESS) == "homelessness-help"


@pytest.mark.parametrize(
    "question",
    [
        "der Vermieter will die Miete erhöhen, darf er das?",
        "my landlord kept the deposit",
    ],
)
def test_a_tenancy_question_keeps_tenancy_rights(question):
    assert _first(question, HOMELESS) == "tenancy-rights"


@pytest.mark.parametrize(
    "question",
    [
        "їдемо назад до Польщі, що з квартирою і реєстрацією?",
        "чи треба виписуватися, якщо ми назовсім їдемо",
        "едем назад в Казахстан, что с регистрацией квартиры?",
        "мы едем назад домой, нужно ли что-то сделать с пропиской?",
    ],
)
def test_going_back_by_road_and_the_imperfective_deregister_are_signs_of_leaving(question):
    keys = ["residence-deregistration", "residence-registration"]
    assert _first(question, keys) == "residence-deregistration"


COURSES = ["language-course", "integration-course"]


@pytest.mark.parametrize(
    "question",
    [
        "Habe ich als Student Anspruch auf den Integrationskurs?",
        "am I entitled to the integration course with a work permit?",
        "suis-je obligé de suivre le cours d'intégration ?",
        "¿tengo derecho al curso de integración con permiso de trabajo?",
        "am dreptul la cursul de integrare?",
        "czy mam prawo do kursu integracyjnego?",
        "имею ли я право на интеграционный курс?",
        "чи маю право на інтеграційний курс?",
        "имам ли право на интеграционен курс?",
        "entegrasyon kursuna katılma hakkım var mı?",
        "هل يحق لي حضور دورة الاندماج؟",
        "آیا حق شرکت در کلاس ادغام دارم؟",
    ],
)
def test_a_right_or_duty_to_attend_the_integration_course_holds_the_german_courses_back(question):
    assert _first(question, COURSES) == "integration-course"


@pytest.mark.parametrize(
    "question",
    [
        "ich habe keinen Anspruch auf den Integrationskurs, welcher Deutschkurs geht?",
        "nu am drept la curs de integrare, unde fac germană seara?",
    ],
)
def test_not_entitled_to_the_integration_course_keeps_the_german_courses(question):
    assert _first(question, COURSES) == "language-course"


@pytest.mark.parametrize(
    ("question", "rival"),
    [
        ("Was kostet ein Zweckwechsel vom Studium zur Arbeit?", "residence-permit-study"),
        ("how much does it cost to change the purpose of my residence permit", "visa-national"),
        ("combien coûte le changement de motif de mon titre de séjour ?", "residence-permit-study"),
        ("quiero cambiar el motivo de mi permiso de residencia, ¿cuánto cuesta?", "visa-national"),
        ("cât costă schimbarea scopului șederii?", "residence-permit-skilled-work"),
        ("ile kosztuje zmiana celu pobytu?", "residence-permit-skilled-work"),
        ("сколько стоит смена цели пребывания?", "visa-national"),
        ("скільки коштує зміна мети перебування?", "residence-permit-study"),
        ("колко струва смяна на целта на пребиваване?", "fictional-certificate"),
        ("oturma izninin amacını değiştirmek ne kadar?", "residence-permit-study"),
        ("كم تكلفة تغيير سبب الإقامة من الدراسة إلى العمل؟", "residence-permit-skilled-work"),
        ("هزینه تغییر هدف اقامت از تحصیل به کار چقدره؟", "fictional-certificate"),
    ],
)
def test_a_change_of_the_purpose_of_stay_is_the_extensions(question, rival):
    assert _first(question, [rival, "residence-permit-extension"]) == "residence-permit-extension"


@pytest.mark.parametrize(
    "question",
    [
        "Was kostet es, den Aufenthaltszweck zu wechseln?",
        "what do I pay to change the purpose of my permit?",
        "prix pour changer le motif du titre de séjour",
        "¿cuánto cuesta cambiar el motivo de la residencia?",
        "cât plătesc dacă schimb scopul șederii?",
        "ile kosztuje zmiana celu pobytu",
        "сколько стоит сменить цель пребывания",
        "скільки коштує зміна мети перебування",
        "колко струва смяна на целта",
        "oturum amacını değiştirmek kaç euro?",
        "كم يكلف تغيير سبب الإقامة؟",
        "هزینه تغییر هدف اقامت چقدره؟",
    ],
)
def test_a_change_of_the_purpose_of_stay_is_a_variant_asked(question):
    assert "purpose-change" in asked_qualifiers(question)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "question"),
    [
        # no word the fee sentence holds: the first fee sentence (the extension's) answered
        ("de", "Was kostet ein Zweckwechsel?"),
        ("fa", "اگه دلیل اقامتم عوض بشه چقدر باید پول بدم؟"),
    ],
)
def test_the_extensions_fee_for_a_change_of_purpose_answers_it(language, question):
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    fact = answers.service_fact(
        city, generation, "residence-permit-extension", "cost", language, question
    )
    assert fact is not None and "98" in fact.text


ENTERED = ["residence-permit-skilled-work", "visa-national"]


@pytest.mark.parametrize(
    "question",
    [
        "Ich bin ohne Visum eingereist, bis wann muss ich die Aufenthaltserlaubnis beantragen?",
        "I came visa-free from Canada, when do I apply for the work permit?",
        "je suis venu sans visa, quand demander le titre de séjour pour travailler ?",
        "entré sin visado desde Chile, ¿cuándo pido el permiso de trabajo?",
        "am venit fără viză, în cât timp cer permisul de ședere?",
        "przyjechałem bez wizy, kiedy złożyć wniosek o pozwolenie na pracę?",
        "приехал без визы, когда подавать на вид на жительство?",
        "приїхав без візи, коли подавати на дозвіл на проживання?",
        "дойдох без виза, кога да подам за разрешение за пребиваване?",
        "vizesiz geldim, oturma iznine ne zaman başvurmalıyım?",
        "دخلت بدون فيزا، متى لازم أقدم على الإقامة؟",
        "بدون ویزا اومدم، کی باید برای اقامت درخواست بدم؟",
    ],
)
def test_entered_without_a_visa_holds_the_permits_applied_for_here_back(question):
    assert _first(question, ENTERED) == "visa-national"


@pytest.mark.parametrize(
    ("question", "permit"),
    [
        (
            "Wie viele Stunden pro Woche darf ich neben dem Studium jobben?",
            "residence-permit-study",
        ),
        ("how many days a year can I work as a student?", "residence-permit-study"),
        ("combien d'heures puis-je travailler pendant mes études ?", "residence-permit-study"),
        (
            "¿cuántas horas puedo trabajar durante la formación profesional?",
            "residence-permit-training",
        ),
        ("câte zile pe an pot lucra ca student?", "residence-permit-study"),
        ("ile godzin tygodniowo mogę pracować na studiach?", "residence-permit-study"),
        ("сколько часов в неделю можно работать студенту?", "residence-permit-study"),
        (
            "скільки годин можна працювати під час навчання в університеті?",
            "residence-permit-study",
        ),
        ("колко часа седмично мога да работя като студент?", "residence-permit-study"),
        ("öğrenciyken haftada kaç saat çalışabilirim?", "residence-permit-study"),
        ("كم ساعة بقدر اشتغل بالأسبوع وأنا طالب بالجامعة؟", "residence-permit-study"),
        ("دانشجو هستم، هفته‌ای چند ساعت می‌تونم کار کنم؟", "residence-permit-study"),
    ],
)
def test_how_long_a_student_or_trainee_may_work_is_the_permits(question, permit):
    assert _first(question, ["mini-jobs-and-part-time-work", permit]) == permit


@pytest.mark.parametrize(
    "question",
    [
        "wie viele Stunden darf ich im Minijob arbeiten?",
        "how many hours a week can I work in a minijob?",
    ],
)
def test_work_hours_without_studies_keep_the_minijob(question):
    keys = ["mini-jobs-and-part-time-work", "residence-permit-study"]
    assert _first(question, keys) == "mini-jobs-and-part-time-work"


@pytest.mark.parametrize(
    ("question", "units"),
    [
        # the period before the how-much word is the rate's, the unit after it is counted
        ("öğrenciyken haftada kaç saat çalışabilirim?", {"hour"}),
        ("yılda kaç gün çalışabilirim?", {"day"}),
    ],
)
def test_the_unit_counted_is_not_the_rates_period(question, units):
    assert set(answers.kinds.asked_units(question)) == units


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        # official matters or bureaucracy beside a lost phrase name no service ("resmi" and
        # "işler", "oficiales" and "chestii" are words of services' names); the other
        # languages' wordings were lost already
        "buradaki resmi işlemleri hiç anlamıyorum, kim yardım edebilir?",
        "resmi evrak işlerini anlamıyorum, kime başvurayım?",
        "no entiendo nada de los asuntos oficiales, ¿quién me puede ayudar?",
        "nu înțeleg birocrația și chestiile oficiale, cine mă poate ajuta?",
    ],
)
def test_official_matters_beside_a_lost_phrase_name_no_service(client, question):
    response = client.get("/api/v1/search", {"city": "dortmund", "q": question})
    assert response.status_code == 200
    data = response.json()
    assert data["lost"] is True, question
    assert data["results"][0]["service"] == "welcome-counselling"


@pytest.mark.parametrize(
    ("question", "language", "rival"),
    [
        ("what is the Anmeldung and how fast must I do it?", "en", "vehicle-registration"),
        ("c'est quoi l'Anmeldung, c'est obligatoire ?", "fr", "school-enrolment"),
        ("¿el Anmeldung es obligatorio si vivo con amigos?", "es", "marriage-registration"),
        ("trebuie sa fac anmeldug daca stau la prieteni?", "ro", "marriage-registration"),
        ("czy Anmeldung jest płatny?", "pl", "dog-registration-and-tax"),
        ("анмельдунг обязателен, если живу у друзей?", "ru", "birth-registration"),
        ("чи обов'язковий анмельдунг, якщо живу у друзів?", "uk", "vehicle-registration"),
        ("Anmeldung задължително ли е, ако живея при приятели?", "bg", "school-enrolment"),
        ("Anmeldung zorunlu mu, arkadaşlarda kalıyorum", "tr", "marriage-registration"),
        ("لازم أعمل انملدونغ إذا ساكن عند صحابي؟", "ar", "dog-registration-and-tax"),
        ("آنملدونگ اجباریه اگه پیش دوستام زندگی کنم؟", "fa", "birth-registration"),
    ],
)
def test_anmeldung_borrowed_by_another_language_is_the_registration_of_the_home(
    question, language, rival
):
    keys = [rival, "residence-registration"]
    scores = rules.adjust(np.array([1.0, 0.9], dtype=np.float32), question, keys, language=language)
    assert keys[int(np.argmax(scores))] == "residence-registration"


@pytest.mark.parametrize(
    ("question", "language"),
    [
        # German names its registrations with the same word; a compound is another registration
        ("Anmeldung für die Schule meiner Tochter", "de"),
        ("Schulanmeldung für meinen Sohn, wann?", "en"),
    ],
)
def test_anmeldung_in_german_or_a_compound_keeps_the_other_registration(question, language):
    keys = ["school-enrolment", "residence-registration"]
    scores = rules.adjust(np.array([1.0, 0.9], dtype=np.float32), question, keys, language=language)
    assert keys[int(np.argmax(scores))] == "school-enrolment"


# A change of purpose to working for oneself, the permit named, is the self-employment permit's
# matter: the change-of-purpose rule no longer holds it back (it did, with the other purpose
# permits; with no permit named, the purpose permits stay held back as before).
@pytest.mark.parametrize(
    "question",
    [
        "Ich will den Aufenthaltszweck wechseln und als Freelancer arbeiten",
        "I have a work permit and want to change its purpose to work as a freelancer",
        "می‌خوام نوع اقامتم رو عوض کنم و فریلنسر کار کنم",
        "у меня вид на жительство по работе, хочу сменить цель пребывания и работать как фрилансер",
    ],
)
def test_a_change_of_purpose_to_freelancing_keeps_the_self_employment_permit(question):
    keys = ["residence-permit-self-employment", "residence-permit-extension"]
    assert _first(question, keys) == "residence-permit-self-employment"


def test_a_change_of_purpose_to_a_job_still_holds_the_purpose_permits_back():
    keys = ["residence-permit-skilled-work", "residence-permit-extension"]
    question = "Ich will den Aufenthaltszweck wechseln, vom Studium zur Arbeit"
    assert _first(question, keys) == "residence-permit-extension"
