"""The lost, twenty-eighth session (lane lost20): askers who name no service and ask for
orientation or someone to talk to were sent to a service one word of their story named, or were
not read as lost. Kinds (from the check parts' classes; every sentence here written for this
test, none taken from an evaluation set), each in every language: overwhelmed by the offices,
asking for a place to go to in person ("personal", "osobiście", "лично" are services' words);
arrived on a weekday with a list of errands to put in order ("registration, bank, insurance:
what first?"; "Friday" is the religious communities' word); everything too much, the language,
the letters, the system listed; just settled with the family, not knowing in which order;
going round in circles between the offices; which procedure comes first; too many papers, too
many offices ("trop" is the housing benefit's word). A question that names its service or need
keeps it."""

from __future__ import annotations

import pytest

from lotse.ask.answers.lost import is_lost, without_lost_words
from lotse.ask.tests.searching import ask_api, ask_lost

pytestmark = pytest.mark.ranking

# Each of these went to another service, or was not lost, before this change.
LOST = [
    ("ro", "Mă depășește totul cu birourile de aici, există un loc unde să merg personal?"),
    ("pl", "Wszystkie te urzędy mnie przerastają, czy jest miejsce, gdzie mogę pójść osobiście?"),
    (
        "ru",
        "Со всеми этими учреждениями мне всё не под силу, есть ли место, куда можно прийти лично?",
    ),
    ("uk", "З усіма цими установами мені вже не під силу, чи є місце, куди можна прийти особисто?"),
    ("ar", "كل هالدوائر صارت فوق طاقتي، في مكان فيني روح عليه شخصياً؟"),
    (
        "en",
        "Arrived from Ghana on Monday and no idea what to do first: registration, bank account, health insurance?",
    ),
    (
        "de",
        "Bin am Montag aus Nigeria angekommen und habe keine Ahnung, was zuerst: Anmeldung, Bankkonto, Krankenversicherung?",
    ),
    (
        "fr",
        "Arrivé du Sénégal mardi, je ne sais pas quoi faire en premier : la mairie, le compte bancaire, l'assurance maladie ?",
    ),
    (
        "es",
        "Llegué de Perú el jueves y no sé qué hacer primero: empadronamiento, cuenta bancaria, seguro médico?",
    ),
    (
        "ro",
        "Am ajuns din Moldova vineri și nu știu ce să fac mai întâi: înregistrarea, contul bancar, asigurarea?",
    ),
    (
        "pl",
        "Przyjechałem z Kenii w środę i nie wiem, co najpierw: meldunek, konto w banku, ubezpieczenie?",
    ),
    (
        "ru",
        "Приехал из Казахстана в пятницу и не знаю, что делать сначала: прописка, счёт в банке, страховка?",
    ),
    (
        "uk",
        "Приїхала з Кенії в понеділок і не знаю, що робити спочатку: реєстрація, рахунок у банку, страховка?",
    ),
    (
        "bg",
        "Пристигнах от Кения в сряда и не знам какво да направя първо: регистрация, банкова сметка, осигуровка?",
    ),
    (
        "tr",
        "Cuma günü Kenya'dan geldim, ilk ne yapmalıyım bilmiyorum: kayıt, banka hesabı, sigorta?",
    ),
    ("ar", "وصلت من السودان يوم الجمعة وما بعرف شو أعمل أول شي: التسجيل، حساب البنك، التأمين؟"),
    ("fa", "جمعه از افغانستان رسیدم و نمی‌دونم اول چیکار کنم: ثبت نام، حساب بانکی، بیمه؟"),
    (
        "ro",
        "Mă simt pierdută cu toate birourile și scrisorile în germană, unde pot vorbi cu cineva?",
    ),
    ("en", "Everything is too much, I don't understand the language, the letters, the system."),
    ("fr", "Tout ça me dépasse : je ne comprends pas la langue, les lettres, le système."),
    ("es", "Todo me supera: no entiendo el idioma, las cartas, el sistema."),
    ("ro", "Totul mă depășește: nu înțeleg limba, scrisorile, sistemul."),
    ("pl", "Wszystko mnie przerasta, nie rozumiem języka, listów, systemu."),
    ("ru", "Мне всё не под силу: я не понимаю язык, письма, систему."),
    ("uk", "Мені все не під силу: не розумію мову, листи, систему."),
    ("bg", "Всичко ми идва в повече: не разбирам езика, писмата, системата."),
    ("ar", "كل شي فوق طاقتي، ما بفهم اللغة ولا الرسائل ولا النظام."),
    ("fa", "همه چیز از دستم در رفته، زبان رو نمی‌فهمم، نامه‌ها رو، سیستم رو."),
    (
        "de",
        "Wir haben uns gerade mit der Familie hier niedergelassen und wissen wirklich nicht, in welcher Reihenfolge.",
    ),
    (
        "fr",
        "On vient de s'installer ici en famille et je ne sais vraiment pas dans quel ordre faire les choses.",
    ),
    (
        "es",
        "Nos acabamos de instalar aquí con la familia y de verdad no sé en qué orden hacer las cosas.",
    ),
    ("ro", "Tocmai ne-am stabilit aici cu familia și chiar nu știu în ce ordine să fac lucrurile."),
    (
        "pl",
        "Właśnie osiedliliśmy się tu z rodziną i naprawdę nie wiem, w jakiej kolejności to załatwiać.",
    ),
    (
        "uk",
        "Ми щойно облаштувалися тут із родиною, і я справді не знаю, в якому порядку все робити.",
    ),
    (
        "bg",
        "Току-що се установихме тук със семейството и наистина не знам в какъв ред да правя нещата.",
    ),
    (
        "tr",
        "Ailemle buraya yeni yerleştik ve işleri hangi sırayla yapacağımı gerçekten bilmiyorum.",
    ),
    ("ar", "لسا استقرينا هون مع العيلة وفعلاً ما بعرف بأي ترتيب لازم نعمل الأمور."),
    ("fa", "تازه با خانواده اینجا ساکن شدیم و واقعاً نمی‌دونم کارها رو به چه ترتیبی انجام بدم."),
    ("es", "Siento que estoy dando vueltas en círculo entre las oficinas."),
    ("pl", "Mam wrażenie, że kręcę się w kółko między urzędami."),
    ("ru", "У меня ощущение, что я хожу по кругу между учреждениями."),
    ("bg", "Имам чувството, че се въртя в кръг между институциите."),
    (
        "de",
        "Wir sind gerade mit der Familie angekommen, ich weiß nicht, welches Verfahren zuerst kommt, wohin soll ich gehen?",
    ),
    ("es", "Acabamos de llegar con la familia, no sé qué trámite va primero, ¿adónde voy?"),
    ("ro", "Tocmai am venit cu familia, nu știu ce procedură e prima, unde să merg?"),
    ("ar", "لسا واصلين مع العيلة، ما بعرف أي إجراء أول، لوين بروح؟"),
    ("fr", "Je suis perdu, trop de papiers, trop de bureaux."),
    ("ar", "أنا ضايع، أوراق كتير ودوائر كتير."),
    (
        "de",
        "Die ganzen Behörden hier überfordern mich total, gibt es eine Stelle, wo ich einfach persönlich hingehen kann?",
    ),
    (
        "en",
        "The authorities here are just too much for me. Is there an office I can walk into in person?",
    ),
    ("ar", "تعبت من الدوائر هون، في مكتب فيني روح عليه وإحكي مع حدا وجهاً لوجه؟"),
    (
        "ru",
        "Все эти ведомства мне не под силу, есть ли место, куда можно прийти и поговорить лично?",
    ),
    ("uk", "Усі ці установи мені не під силу, де можна особисто з кимось поговорити?"),
    (
        "pl",
        "Te wszystkie urzędy to dla mnie za dużo, czy jest jakieś miejsce, gdzie mogę przyjść osobiście?",
    ),
    ("ro", "Toate instituțiile astea mă depășesc, unde pot merge în persoană?"),
    (
        "fr",
        "Toutes ces administrations, c'est trop pour moi. Il existe un lieu où je peux passer en personne ?",
    ),
    (
        "en",
        "Landed last Tuesday from Nigeria. Registration, bank, health insurance, tax ID, which one first?",
    ),
    (
        "de",
        "Seit letztem Freitag in Dortmund angekommen. Anmeldung, Konto, Krankenkasse: was mache ich zuerst?",
    ),
    ("fr", "Je suis arrivée samedi dernier. Mairie, banque, assurance : je commence par quoi ?"),
    (
        "es",
        "Llegamos el domingo. Empadronamiento, banco, seguro, colegio de los niños... ¿por dónde empiezo?",
    ),
    ("ru", "Приехали в прошлый четверг. Регистрация, банк, страховка: что делать сначала?"),
    ("uk", "Приїхали минулої середи. Реєстрація, банк, страховка, школа для дітей: з чого почати?"),
    ("pl", "Przylecieliśmy w sobotę. Meldunek, bank, ubezpieczenie: od czego zacząć?"),
    ("tr", "Geçen salı geldik. Kayıt, banka, sigorta, okul... nereden başlayacağımızı bilmiyoruz."),
    ("fa", "سه‌شنبه رسیدیم. ثبت‌نام، بانک، بیمه، مدرسه بچه‌ها، از کجا شروع کنیم؟"),
    ("bg", "Пристигнахме в неделя. Регистрация, банка, осигуровка: откъде да започна?"),
    ("ro", "Am ajuns duminică. Înregistrare, bancă, asigurare, școală: de unde încep?"),
    ("en", "We moved here last month and I'm not sure in what order things have to be done."),
    (
        "de",
        "Wir sind neu in Dortmund und wissen nicht, in welcher Reihenfolge man das alles erledigt.",
    ),
    ("fr", "Nous venons d'emménager, dans quel ordre faut-il faire les démarches ?"),
    ("es", "Nos hemos mudado hace poco y no tengo claro en qué orden hacer los trámites."),
    ("de", "Ich laufe hier nur im Kreis, von einer Behörde zur nächsten."),
    ("fr", "On tourne en rond depuis des semaines avec les administrations."),
    ("es", "Llevo semanas dando vueltas entre oficinas sin entender nada."),
    ("uk", "Ми ходимо по колу між відомствами вже місяць."),
    ("bg", "Обикалям в кръг между службите."),
    ("de", "Zu viele Briefe, zu viele Termine, ich blicke nicht mehr durch."),
    ("en", "So many letters and appointments, I'm totally lost."),
    ("tr", "Çok fazla mektup ve randevu var, kafam karıştı."),
    ("fr", "Tant de courriers et de rendez-vous, je suis perdue."),
    ("fr", "C'est trop pour moi, la langue, les courriers, le système."),
    ("pl", "To mnie przerasta: język, pisma, cały system."),
    ("ru", "Я не справляюсь: язык, письма, вся эта система."),
    ("tr", "Başa çıkamıyorum: dil, evraklar, sistem."),
    ("ar", "ما عدت قادر: اللغة والأوراق والنظام هون."),
]

# Asking for advice as such ("за советом", "consejo", "съвет" are the councils' words).
LOST += [
    ("ru", "Вообще не понимаю, как здесь всё работает, к кому пойти за советом?"),
    ("uk", "Нічого не розумію в цих установах, куди звернутися за консультацією?"),
    ("es", "No entiendo nada de aquí, ¿a quién le pido consejo?"),
    ("bg", "Нищо не разбирам тук, към кого да се обърна за съвет?"),
]

# Guards: a named service or need keeps its question (all passed before as well).
NOT_LOST = [
    ("de", "Ich weiß nicht, wie ich in den Integrationsrat gewählt werde, wer kann mir raten?"),
    ("ru", "Не знаю, как выбирают совет по интеграции, кто подскажет?"),
    ("en", "I have no idea where to get advice on my debts."),
    ("fr", "Je ne sais pas où trouver des conseils pour mes dettes."),
    ("de", "Wir wissen nicht, an wen wir uns wegen des Betriebsrats wenden sollen."),
    ("en", "I've just arrived, where do I open a bank account?"),
    ("de", "Was muss ich zuerst machen, um ein Konto zu eröffnen?"),
    (
        "en",
        "Registration, bank account and health insurance: do I need the registration for the bank?",
    ),
    ("en", "Too many letters from the Jobcenter, my Bürgergeld did not come."),
    ("de", "In welcher Reihenfolge muss ich die Unterlagen für die Einbürgerung einreichen?"),
    ("en", "I have too many debts and letters from debt collectors."),
    ("en", "Which comes first, the integration course or the language course?"),
    (
        "de",
        "Wir haben uns in Dortmund niedergelassen und wollen eine Niederlassungserlaubnis, was brauchen wir?",
    ),
    ("fr", "Je suis perdu, j'ai perdu mon passeport dans le bus."),
    ("de", "Es ist mir alles zu viel, ich schlafe kaum und weine ständig."),
    ("de", "Ich bin am Freitag angekommen und suche eine Wohnung, wo fange ich an?"),
    ("tr", "Pazartesi günü geldim, oturma izni için ne lazım?"),
    ("ru", "Приехал в пятницу, какой документ нужен сначала для регистрации?"),
    ("pl", "Mam za dużo długów i listów od windykacji, kto mi pomoże?"),
    ("fr", "Trop de dettes, trop de lettres de relance, qui peut m'aider ?"),
    ("en", "I'm going round in circles with my naturalisation application, who is responsible?"),
    ("ar", "عندي رسائل كتير من الجوب سنتر وما وصلتني المصاري"),
    ("en", "What comes first for my child, daycare or school enrolment?"),
    ("es", "¿En qué orden hay que presentar los documentos para la nacionalización?"),
    ("en", "In what order should I submit the documents for the Blue Card?"),
    ("en", "Which comes first: the integration course or the B1 exam?"),
    ("de", "Welche Unterlagen brauche ich zuerst für den Kinderzuschlag?"),
    ("en", "Too many people in my flat, the landlord wants to evict us."),
    ("fr", "Trop de papiers pour la naturalisation, par où commencer ?"),
    ("en", "I have too many letters from the tax office and can't pay my taxes."),
    ("en", "Can I apply for the residence permit in person?"),
    ("en", "Is there a place where I can go to get vaccinated?"),
    ("en", "Is there a place where I can go swimming with my kids?"),
    ("de", "Gibt es eine Stelle, wo ich hingehen kann, um meinen Führerschein umzuschreiben?"),
    ("en", "Is there a place I can go to talk about my debts?"),
    ("es", "¿Hay algún sitio donde pueda ir a aprender alemán?"),
    ("ro", "Unde pot merge să fac un abonament de autobuz?"),
    ("ru", "Есть ли место, куда можно прийти с ребёнком поиграть?"),
    ("en", "I just arrived on Friday and need a mosque for Friday prayers."),
    ("en", "We just settled here, how do I get a settlement permit?"),
    ("en", "I just arrived. Do I need a bank account for the registration?"),
    ("de", "Ich bin neu hier und weiß nicht, welche Krankenkasse ich wählen soll."),
    ("pl", "Dopiero przyjechałem, który bank jest najlepszy na pierwsze konto?"),
    ("fr", "Il y a un endroit où je peux aller pour faire traduire mon diplôme ?"),
    ("ar", "في مكان فيني روح عليه لأتعلم ألماني؟"),
    ("fa", "جایی هست که برم برای ثبت نام مهدکودک؟"),
    ("ru", "Слишком много долгов, кто поможет?"),
    ("uk", "Забагато боргів і листів від колекторів, що робити?"),
    ("bg", "Твърде много писма от данъчната служба, не мога да платя данъка."),
    ("es", "Me supera cuidar a mi madre enferma, ¿qué ayudas hay?"),
    ("en", "The rent is just too much, can I get housing benefit?"),
    ("fr", "C'est trop cher, le loyer, est-ce que j'ai droit à une aide ?"),
    ("pl", "Za dużo płacę za prąd, co zrobić?"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), LOST)
def test_lost_askers_go_to_counselling(client, lang, question):
    data = ask_lost(client, question, lang)
    assert data["answer"] is None


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), NOT_LOST)
def test_a_named_service_or_need_is_not_lost(client, lang, question):
    data = ask_api(client, question)
    assert data["lost"] is False, (lang, question, [r["service"] for r in data["results"][:3]])


def test_errands_listed_to_put_in_order_name_nothing():
    listed = without_lost_words(
        "Got here last Friday, no clue what to do first: registration, bank account, insurance?"
    )
    for word in ("registration", "bank", "account", "insurance", "friday"):
        assert word not in listed, word
    # one errand, asked as a need, keeps its words
    kept = without_lost_words("I just arrived, where do I start with my bank account?")
    assert "bank" in kept and "account" in kept
    # two errands beside a lost phrase that is no overwhelm are no list to order either
    assert "bank" in without_lost_words(
        "I just arrived. Do I need a bank account for the registration?"
    )


def test_the_order_of_the_steps_is_a_lost_phrase():
    assert is_lost("Wir wissen wirklich nicht, in welcher Reihenfolge")
    assert is_lost("Ich weiß nicht, welches Verfahren zuerst kommt")
    assert is_lost("nu știu ce procedură e prima, unde să merg?")
    # "the first time" is no order asked
    assert not is_lost("E prima dată când vin în Germania")


def test_going_round_in_circles_is_a_lost_phrase():
    assert is_lost("Mam wrażenie, że kręcę się w kółko między urzędami")
    assert is_lost("Siento que estoy dando vueltas en círculo entre las oficinas")
    assert not is_lost("¿Dónde puedo dar una vuelta en bici?")


def test_too_many_things_listed_is_overwhelm_one_names_nothing_beside_a_lost_phrase():
    assert is_lost("Zu viele Briefe, zu viele Termine")
    assert not is_lost("Zu viele Briefe vom Jobcenter")
    assert "trop" not in without_lost_words("Je suis perdu, trop de papiers")
    # without a lost phrase nothing is dropped
    assert "trop" in without_lost_words("J'ai trop de dettes")


def test_a_place_asked_for_a_purpose_is_no_lost_phrase():
    assert is_lost("Is there a place where I can go in person?")
    assert not is_lost("Is there a place where I can go to play football with my son?")


def test_advice_asked_as_such_names_nothing_beside_a_lost_phrase():
    assert "советом" not in without_lost_words("Не понимаю, к кому обратиться за советом")
    # the council named as such keeps its word
    assert "совет" in without_lost_words("Не знаю, как выбирают совет по интеграции")
