"""The lost: questions that name no service ("nobody tells me who is responsible", "every
office sends me to another one", "I just arrived, what first?") go to the Welcome Center's
counselling first, in every language; a lost question that names a need still finds it."""

from __future__ import annotations

import re

import pytest

from lotse.ask import answers
from lotse.ask.tests.searching import ask_api, ask_lost

pytestmark = pytest.mark.ranking

LANGUAGES = {"de", "en", "tr", "ar", "uk", "ru", "pl", "bg", "ro", "fr", "es", "fa"}

# Each family of meaning in all twelve languages (Arabic and Farsi also as spoken).
FAMILIES: dict[str, list[tuple[str, str]]] = {
    "not knowing": [
        ("de", "Ich blicke überhaupt nicht durch, was ich hier machen muss"),
        ("en", "I honestly have no clue how any of this works"),
        ("tr", "Burada nasıl işlediğini hiç anlamıyorum"),
        ("ar", "ما بفهم كيف بتمشي الأمور هون"),
        ("ar", "مش فاهم أي حاجة هنا"),
        ("uk", "Гадки не маю, як тут усе влаштовано"),
        ("ru", "Понятия не имею, как тут всё устроено"),
        ("pl", "Nie mam pojęcia, jak to wszystko tu działa"),
        ("bg", "Нямам представа как работят нещата тук"),
        ("ro", "Habar n-am cum funcționează lucrurile aici"),
        ("fr", "Je ne comprends rien à comment ça marche ici"),
        ("es", "No entiendo nada de cómo funciona esto aquí"),
        ("fa", "اصلا نمی‌فهمم اینجا کارها چطوری پیش میره"),
    ],
    "first steps": [
        ("de", "Was muss ich als Allererstes tun?"),
        ("en", "What should we deal with first after moving here?"),
        ("tr", "İlk olarak ne yapmam gerekiyor?"),
        ("ar", "شو لازم أعمل بالأول؟"),
        ("uk", "Що мені зробити насамперед?"),
        ("ru", "Что мне делать в первую очередь?"),
        ("pl", "Co powinienem załatwić najpierw?"),
        ("bg", "Какво да направя най-напред?"),
        ("ro", "Ce ar trebui să rezolv mai întâi?"),
        ("fr", "Quelles sont les premières démarches ?"),
        ("es", "¿Cuáles son los primeros pasos?"),
        ("fa", "قدم اول چیه؟"),
    ],
    "who is responsible": [
        ("de", "Keiner kann mir sagen, wer eigentlich zuständig ist"),
        ("en", "No one will tell me who is responsible for my situation"),
        ("tr", "Benden hangi dairenin sorumlu olduğunu kimse açıklamıyor"),
        ("ar", "منو المسؤول عني هون؟"),
        ("uk", "Хто взагалі відповідає за мене?"),
        ("ru", "Кто вообще занимается такими, как я?"),
        ("pl", "Kto się mną w ogóle zajmuje?"),
        ("bg", "Кой всъщност отговаря за мен?"),
        ("ro", "Cine se ocupă de mine de fapt?"),
        ("fr", "Qui s'occupe de ma situation ?"),
        ("es", "¿Quién se encarga de mi situación?"),
        ("fa", "کی مسئول کارهای منه؟"),
    ],
    "runaround": [
        ("de", "Ich werde nur hin und her geschickt"),
        ("en", "I keep getting sent from one desk to the next"),
        ("tr", "Bir ofisten diğerine gidip duruyorum"),
        ("ar", "كل مرة بيبعتوني على مكان تاني"),
        ("uk", "Мене футболять між установами"),
        ("ru", "Меня футболят по всем инстанциям"),
        ("pl", "Ciągle mnie odsyłają gdzie indziej"),
        ("bg", "Препращат ме навсякъде"),
        ("ro", "Mă plimbă de la un ghișeu la altul"),
        ("fr", "On me balade d'un guichet à l'autre"),
        ("es", "Me pasan de un sitio a otro sin parar"),
        ("fa", "از این اداره به اون اداره پاسم میدن"),
    ],
    "where to turn": [
        ("de", "An wen kann ich mich hier wenden?"),
        ("en", "Whom should I talk to here?"),
        ("tr", "Kime danışabilirim?"),
        ("ar", "لمين بروح؟"),
        ("uk", "До кого мені звернутися?"),
        ("ru", "К кому мне обратиться?"),
        ("pl", "Do kogo mogę się zwrócić?"),
        ("bg", "Към кого да се обърна?"),
        ("ro", "Cui să mă adresez?"),
        ("fr", "À qui m'adresser ici ?"),
        ("es", "¿A quién me dirijo aquí?"),
        ("fa", "به چه کسی مراجعه کنم؟"),
    ],
    "where to get help": [
        ("de", "Wen kann ich hier fragen?"),
        ("en", "Where can I get some help?"),
        ("tr", "Bana anlatacak biri var mı?"),
        ("ar", "وين بلاقي مساعدة؟"),
        ("uk", "Чи є тут хтось, хто допоможе?"),
        ("ru", "Где можно найти помощь?"),
        ("pl", "Kogo mogę zapytać?"),
        ("bg", "Къде мога да намеря помощ?"),
        ("ro", "Pe cine pot întreba?"),
        ("fr", "Il y a quelqu'un pour m'expliquer ?"),
        ("es", "¿Hay alguien que me oriente?"),
        ("fa", "از کی بپرسم؟"),
    ],
    "many questions": [
        ("de", "Ich habe so viele Fragen zu allem hier, wen kann ich fragen?"),
        ("en", "I have so many questions about everything here, who can I ask?"),
        ("tr", "Burada her şey hakkında çok sorum var, kime sorabilirim?"),
        ("ar", "عندي أسئلة كتير عن كل شي هون، لمين بسأل؟"),
        ("uk", "У мене багато питань про все тут, кого можна запитати?"),
        ("ru", "У меня очень много вопросов обо всём здесь, кого можно спросить?"),
        ("pl", "Mam mnóstwo pytań o wszystko tutaj, kogo mogę zapytać?"),
        ("bg", "Имам много въпроси за всичко тук, кого да питам?"),
        ("ro", "Am o mulțime de întrebări despre tot aici, pe cine pot întreba?"),
        ("fr", "J'ai plein de questions sur tout ici, à qui je peux demander ?"),
        ("es", "Tengo muchísimas preguntas sobre todo aquí, ¿a quién puedo consultar?"),
        ("fa", "درباره همه چیز اینجا خیلی سوال دارم، از کی بپرسم؟"),
    ],
    "complicated": [
        ("en", "Can anybody explain how everything works here? I'm a bit overwhelmed"),
        ("de", "Das alles ist viel zu kompliziert für mich, ich komme nicht klar"),
        ("de", "Kann mir bitte jemand erklären, wie das alles hier funktioniert?"),
        ("tr", "Her şey çok karmaşık, bu evrakların içinden çıkamıyorum"),
        ("ar", "كل شي صعب كتير هون، مين يفهمني كيف الأمور بتمشي؟"),
        ("uk", "Усе занадто складно, не можу розібратися з папірцями"),
        ("ru", "Всё слишком запутанно, не могу разобраться с бумагами"),
        ("pl", "Wszystko jest zbyt skomplikowane, nie mogę się odnaleźć"),
        ("bg", "Не мога да се оправя тук, всичко е толкова объркано"),
        ("ro", "Totul e atât de complicat, nu mă descurc deloc aici"),
        ("fr", "C'est trop compliqué, je n'arrive pas à m'y retrouver avec tous ces papiers"),
        ("es", "Es todo demasiado complicado, no me aclaro con tantos papeles"),
        ("fa", "همه چیز خیلی پیچیده است و نمی‌دونم چیکار کنم"),
    ],
    "lost or new": [
        ("de", "Wir sind frisch angekommen und total verwirrt"),
        ("en", "We're new in town and completely confused"),
        ("tr", "Kayboldum, her şey çok karışık"),
        ("ar", "حاسس حالي ضايع هون"),
        ("uk", "Я тут новий і розгублений"),
        ("ru", "Я тут новенькая и растерялась"),
        ("pl", "Jestem tu nowa i zupełnie zagubiona"),
        ("bg", "Нов съм тук и съм объркан"),
        ("ro", "Tocmai am venit și sunt derutat"),
        ("fr", "Je suis paumé, je viens d'arriver"),
        ("es", "Somos nuevos y estamos perdidos"),
        ("fa", "تازه وارد هستم و سردرگمم"),
    ],
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_family_is_written_in_every_language(family):
    assert {lang for lang, _q in FAMILIES[family]} == LANGUAGES
    assert len(FAMILIES[family]) >= 10


# Fresh ways of saying the families: "who handles what" (offices in general, no service),
# "nobody can tell / explain" (a modal before the verb, the elided French pronoun), more words
# between "blicke ... nicht durch" / "wer ... zuständig", the feeling-lost verbs in their past
# forms ("розгубилася", "растерялся", "estoy perdido"), "where do I go?" said alone.
FRESH: list[tuple[str, str]] = [
    ("de", "Welche Behörde ist hier eigentlich für was da?"),
    ("de", "Ich blicke bei diesem ganzen Papierkram hier nicht durch"),
    ("de", "Wer ist denn hier überhaupt für uns zuständig?"),
    ("en", "No one here could explain to us who does what"),
    ("en", "Which authority deals with what? Where should we go?"),
    ("tr", "Hangi kurumun neye baktığını kimse bana söyleyemiyor"),
    ("ar", "أي دائرة لشو؟ لا أحد يستطيع أن يشرح لي"),
    ("uk", "Ми розгубилися, ніхто не може пояснити, що до чого"),
    ("ru", "Я растерялся, кто мне подскажет, что к чему?"),
    ("ru", "В какое учреждение нам обращаться, никто не может объяснить"),
    ("pl", "Nikt nam nie potrafi powiedzieć, kto za co odpowiada"),
    ("bg", "Никой не може да ми каже коя служба за какво е"),
    ("ro", "Nimeni nu ne poate spune care birou se ocupă de ce"),
    ("fr", "Personne ne m'a expliqué qui fait quoi ici"),
    ("es", "Estamos perdidos, nadie nos puede decir quién hace qué"),
    ("fa", "هیچ کس توضیح نمی‌ده کدوم اداره برای چیه"),
]


def test_fresh_phrasings_are_written_in_every_language():
    assert {lang for lang, _q in FRESH} == LANGUAGES


@pytest.mark.parametrize(("lang", "question"), FRESH)
def test_fresh_phrasings_say_lost(lang, question):
    assert answers.is_lost(question), (lang, question)


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), FRESH)
def test_fresh_phrasings_go_to_counselling(client, lang, question):
    ask_lost(client, question, lang)


# The words around a lost phrase that name no service: "all these", "which", "a week ago",
# "the first week", "nobody", "can": their stems must not count as a service's name.
AROUND: list[tuple[str, str]] = [
    ("de", "Seit einer Woche hier, alle diese Ämter, ich bin total verwirrt"),
    ("en", "Arrived a week ago, all these offices, I'm lost"),
    ("pl", "Przyjechałam tydzień temu, który urząd jest od czego? Jestem zagubiona"),
    ("ru", "Приехали неделю назад, всех этих ведомств не понимаем, кто может помочь?"),
    ("bg", "Пристигнах преди седмица и съм объркан, не знам каквото и да е"),
    ("fr", "Personne ne s'occupe de nous, je suis perdue depuis une semaine"),
    ("es", "Llegué hace una semana y estoy perdido con todas estas oficinas"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), AROUND)
def test_generic_words_around_a_lost_phrase_name_no_service(client, lang, question):
    ask_lost(client, question, lang)


# Words around a lost phrase whose stems a service's name or synonyms hold although they name
# nothing: people ("people" / people with disabilities), the country in its case forms
# ("Niemiec" / the national visa), many and questions ("много", "въпроси" / housing benefit,
# family counselling), can ("може" / the integration council vote), having moved or arrived
# ("преместихме" / registering a new home), finding one's way ("ориентирам" / the orientation
# course), how things go ("passe" / the Dortmund-Pass), now ("maintenant" / the maintenance
# advance), and the Farsi "-کننده" (-ing) of an adjective ("خسته‌کننده" (tiring) / consumer).
AROUND_GENERIC: list[tuple[str, str]] = [
    ("en", "Nobody tells people like us which office does what"),
    ("pl", "Przeprowadziłem się do Niemiec i nie wiem, od czego zacząć"),
    ("bg", "Имаме много въпроси и не знаем към кого да се обърнем"),
    ("bg", "Преместихме се тук миналия месец и не знаем откъде да започнем"),
    ("bg", "Кой може да ми помогне да се ориентирам тук?"),
    ("fr", "Je ne sais pas comment ça se passe ici, qui peut m'aider ?"),
    ("fr", "Et maintenant, je ne sais pas par où commencer"),
    ("fa", "همه چیز خسته‌کننده است و نمی‌دانم از کجا شروع کنم"),
]


# Papers and letters one does not understand, said beside a lost phrase ("papers" / the lost
# documents, "understand" / the language courses); where one came from, beside a lost phrase and
# a word of arriving ("з України" / temporary protection, "din Bulgaria" / free movement); the
# French "je sais pas" without its "ne"; the Turkish "Almancam yok" (I have no German).
PAPERS_BESIDE_LOST: list[tuple[str, str]] = [
    ("uk", "Ми з чоловіком приїхали з України і не знаємо, куди звертатися"),
    ("ro", "Am ajuns din Bulgaria ieri și nu știu unde să mă duc"),
    ("fr", "On vient d'arriver de Tunisie, je sais pas trop par où commencer"),
    ("tr", "Almancam yok, kimden yardım alabilirim bilmiyorum"),
    ("en", "I don't understand all these letters from the authorities, who can help me?"),
    ("de", "Ich verstehe diese ganzen Formulare überhaupt nicht, wer kann mir helfen?"),
    ("ar", "ما فاهم شي من المكاتيب، مين بيقدر يساعدني؟"),
    ("ro", "Nu înțeleg nimic din hârtiile astea, cine mă poate ajuta?"),
    ("fr", "Je ne comprends rien à ces courriers, qui peut m'aider ?"),
    ("es", "No entiendo nada de estas cartas, ¿quién me puede ayudar?"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), AROUND_GENERIC + PAPERS_BESIDE_LOST)
def test_generic_word_forms_around_a_lost_phrase_name_no_service(client, lang, question):
    data = ask_lost(client, question, lang)
    assert data["answer"] is None


# The word forms are exact: the service words that share their stems still name it, and so do
# arrival words outside a lost question.
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Je ne sais pas où demander le Dortmund-Pass", "fr"),
        ("I don't know who handles the maintenance advance", "en"),
        ("I just moved here and don't know where to register my flat", "en"),
        # a lost paper names the lost documents
        ("I lost my papers and don't know where to go", "en"),
        # where one comes from names its service without a word of arriving
        ("Sunt din România și nu știu dacă am nevoie de permis de ședere", "ro"),
    ],
)
def test_service_words_sharing_a_generic_stem_still_name_it(question, lang):
    from lotse.ask import selectors
    from lotse.core.models import City

    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    assert answers.names_a_service(
        city, generation, question, lang, except_service=city.fallback_service_key
    )


def test_arrival_words_are_generic_only_around_a_lost_phrase():
    # "I moved, when must I register": the moving word may be all that names the registration.
    assert "umgezogen" in answers.without_generic_words("Ich bin umgezogen, was jetzt?")
    assert "umgezogen" in answers.without_lost_words("Ich bin umgezogen, wann melde ich mich um?")
    assert "umgezogen" not in answers.without_lost_words(
        "Bin umgezogen und weiß nicht, wo anfangen"
    )


# Said beside a lost phrase, these name no service although their words are in some: not
# speaking German ("speak" / the children's language support, "German" / the language
# courses), the German offices as a whole, and whom one arrived with ("with the children" /
# the children's services; only beside a word of arriving).
BESIDE_LOST: list[tuple[str, str]] = [
    ("en", "I don't speak German at all, who could help me?"),
    ("de", "Ich spreche kein Deutsch, wer kann mir helfen?"),
    ("tr", "Hiç Almanca bilmiyorum, kim bana yardım edebilir?"),
    ("ar", "ما بحكي ألماني، مين بيقدر يساعدني؟"),
    ("uk", "Я не розмовляю німецькою, хто може мені допомогти?"),
    ("ru", "Я не говорю по-немецки, кто может мне помочь?"),
    ("pl", "Nie mówię po niemiecku, kto może mi pomóc?"),
    ("bg", "Не говоря немски, кой може да ми помогне?"),
    ("ro", "Nu vorbesc deloc germană, cine ne poate ajuta?"),
    ("fr", "Je ne parle pas allemand, qui peut m'aider ?"),
    ("es", "No hablo alemán, ¿quién me puede ayudar?"),
    ("fa", "آلمانی بلد نیستم، کی می‌تونه کمکم کنه؟"),
    (
        "en",
        "I don't understand the German authorities at all, is there someone who explains things?",
    ),
    (
        "de",
        "Ich verstehe die deutschen Behörden überhaupt nicht, gibt es jemanden, der mir das erklärt?",
    ),
    ("tr", "Alman dairelerini hiç anlamıyorum, bana anlatacak biri var mı?"),
    ("ar", "ما بفهم شي من الدوائر الألمانية، في حدا يشرحلي؟"),
    ("uk", "Я нічого не розумію в німецьких установах, чи є хтось, хто пояснить?"),
    ("ru", "Я ничего не понимаю в немецких ведомствах, есть ли кто-то, кто объяснит?"),
    ("pl", "Nic nie rozumiem z niemieckich urzędów, czy jest ktoś, kto mi to wytłumaczy?"),
    ("bg", "Не разбирам германските власти, има ли някой да ми обясни?"),
    ("ro", "Nu înțeleg nimic din birourile germane, e cineva care să-mi explice?"),
    (
        "fr",
        "Je ne comprends rien aux administrations allemandes, il y a quelqu'un pour m'expliquer ?",
    ),
    ("es", "No entiendo nada de las oficinas alemanas, ¿hay alguien que me explique?"),
    ("fa", "از اداره‌های آلمانی هیچی نمی‌فهمم، کسی هست که توضیح بده؟"),
    ("en", "We just came to Dortmund with our kids, where can we get some general help?"),
    ("de", "Wir sind mit den Kindern nach Dortmund gekommen, wo bekommen wir allgemeine Hilfe?"),
    ("tr", "Çocuklarla birlikte Dortmund'a geldik, genel yardımı nereden alabiliriz?"),
    ("ar", "وصلنا مع الأولاد على دورتموند، وين فينا ناخد مساعدة عامة؟"),
    ("uk", "Ми приїхали з дітьми в Дортмунд, де можна отримати загальну допомогу?"),
    ("ru", "Мы приехали с детьми в Дортмунд, где можно получить общую помощь?"),
    ("pl", "Przyjechałem z dziećmi do Dortmundu, gdzie znajdę jakąś pomoc?"),
    ("bg", "Дойдохме с децата в Дортмунд, къде можем да получим обща помощ?"),
    ("ro", "Am sosit cu toată familia în Dortmund, unde găsim ajutor general?"),
    ("fr", "Nous sommes arrivés avec les enfants à Dortmund, où trouver de l'aide en général ?"),
    ("es", "Llegamos con los niños a Dortmund, ¿dónde nos pueden ayudar en general?"),
    ("fa", "با بچه‌ها به دورتموند اومدیم، از کجا می‌تونیم کمک کلی بگیریم؟"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), BESIDE_LOST)
def test_what_is_said_beside_a_lost_phrase_names_no_service(client, lang, question):
    data = ask_lost(client, question, lang)
    assert data["answer"] is None


# The same words with the service named are no lost question.
NAMED_BESIDE: list[tuple[str, str]] = [
    ("en", "I don't speak German, where can I take a language course?"),
    ("de", "Ich spreche kein Deutsch, wo finde ich einen Sprachkurs?"),
    ("tr", "Almanca bilmiyorum, nerede dil kursuna gidebilirim?"),
    ("ar", "ما بحكي ألماني، وين بلاقي دورة لغة؟"),
    ("uk", "Я не розмовляю німецькою, де можна пройти мовний курс?"),
    ("ru", "Я не говорю по-немецки, где можно пройти языковой курс?"),
    ("pl", "Nie mówię po niemiecku, gdzie mogę zrobić kurs językowy?"),
    ("bg", "Не говоря немски, къде мога да запиша езиков курс?"),
    ("ro", "Nu vorbesc germana, unde pot face un curs de limbă?"),
    ("fr", "Je ne parle pas allemand, où puis-je suivre un cours de langue ?"),
    ("es", "No hablo alemán, ¿dónde puedo hacer un curso de idioma?"),
    ("fa", "آلمانی بلد نیستم، کجا می‌تونم کلاس زبان برم؟"),
    ("en", "We arrived with our children, how do we find a daycare place?"),
    ("de", "Wir sind mit den Kindern gekommen, wie finden wir einen Kitaplatz?"),
    ("tr", "Çocuklarla geldik, kreş yerini nasıl buluruz?"),
    ("ar", "وصلنا مع الأولاد، كيف منلاقي مكان بالروضة؟"),
    ("uk", "Ми приїхали з дітьми, як знайти місце в дитсадку?"),
    ("ru", "Мы приехали с детьми, как найти место в детском саду?"),
    ("pl", "Przyjechaliśmy z dziećmi, jak znaleźć miejsce w przedszkolu?"),
    ("bg", "Дойдохме с децата, как да намерим място в детска градина?"),
    ("ro", "Am venit cu copiii, cum găsim un loc la grădiniță?"),
    ("fr", "Nous sommes arrivés avec les enfants, comment trouver une place en crèche ?"),
    ("es", "Llegamos con los niños, ¿cómo encontramos plaza en la guardería?"),
    ("fa", "با بچه‌ها اومدیم، چطور جای مهدکودک پیدا کنیم؟"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), NAMED_BESIDE)
def test_the_same_words_with_a_service_named_are_not_lost(client, lang, question):
    data = ask_api(client, question)
    assert data["lost"] is False, (lang, question)
    assert data["results"][0]["service"] != "welcome-counselling", (lang, question)


def test_whom_one_arrived_with_is_generic_only_beside_arriving_and_a_lost_phrase():
    assert "children" in answers.without_lost_words("Who can help me with my children?")
    assert "children" in answers.without_lost_words("We came with the children, is it hard?")
    assert "children" not in answers.without_lost_words(
        "We came with the children, who can help us?"
    )
    # Not speaking German goes beside a lost phrase; the course it asks for stays.
    rest = answers.without_lost_words("I don't speak German, who can help me with a course?")
    assert "german" not in rest
    assert "course" in rest


@pytest.mark.parametrize(
    ("lang", "question"), [pair for family in FAMILIES.values() for pair in family]
)
def test_every_family_says_lost(lang, question):
    assert answers.is_lost(question), (lang, question)


@pytest.mark.parametrize(
    "question",
    [
        # Typed without diacritics, with the dotless Turkish i or without the Farsi half-space.
        "weiss nicht wo ich anfangen soll",
        "nu stiu de unde sa incep",
        "nereden baslayacagimi bilmiyorum",
        "bılmıyorum nereden başlayacağımı",
        "نمیدونم از کجا شروع کنم",
        "je ne sais pas par ou commencer",
        "no se por donde empiezo",
        "nie wiem od czego zaczac",
        "ne sais pas ou aller, personne ne me dit rien",
        # Phrases start a word, or follow the Arabic "و"/"ف" written onto it; Japanese has no
        # spaces at all.
        "وما بعرف من وين أبلش",
        "فما حدا عم يقلي شي",
        "どこに行けばいいか分からない",
    ],
)
def test_lost_phrases_match_without_diacritics(question):
    assert answers.is_lost(question)


@pytest.mark.parametrize(
    "question",
    [
        "I lost my passport",
        "Wie lange ist mein Führerschein gültig?",
        "Was kostet die Anmeldung?",
        "Kindergeld beantragen",
        "¿Dónde está la oficina de extranjería?",
        "Pasaportumu kaybettim",
        "Сколько стоит справка о несудимости?",
        "Ile kosztuje naturalizacja?",
        "هزینه تابعیت چقدر است؟",
        "كم تكلفة التجنيس؟",
        "Колко струва натурализацията?",
        "Cât costă naturalizarea?",
    ],
)
def test_ordinary_questions_are_not_lost(question):
    assert not answers.is_lost(question)


# Being lost said as "we are lost" or "I got lost", not only "I feel lost": before, these said
# nothing lost, and a lost question whose only lost phrase it was ("... and we are completely
# lost") kept "pierduți" (lost) to name the lost documents.
BEING_LOST = [
    ("de", "Wir sind hier völlig verloren"),
    ("fr", "Nous sommes complètement perdus ici"),
    ("ro", "Am venit de o lună și suntem total pierduți aici"),
    ("ru", "Мы совсем потерялись здесь"),
    ("uk", "Ми тут зовсім загубилися"),
    ("pl", "Jesteśmy tu zupełnie zagubieni"),
    ("tr", "Burada tamamen kaybolduk"),
]


@pytest.mark.parametrize(("lang", "question"), BEING_LOST)
def test_being_lost_said_of_us_says_lost(lang, question):
    assert answers.is_lost(question)


@pytest.mark.parametrize(
    "question",
    [
        "Я потерял паспорт",
        "Am pierdut pașaportul",
        "Ich habe meinen Pass verloren",
        "Загубив паспорт",
    ],
)
def test_losing_a_document_is_not_being_lost(question):
    assert not answers.is_lost(question)


def test_overlapping_lost_phrases_all_go_with_their_whole_words():
    # "don't know where" and "where to start" overlap: both go, so "start" is not left to
    # name a service (starting a business).
    assert _words(answers.without_lost_words("I don't know where to start")) == ["i"]
    rest = answers.without_lost_words("Nereden başlayacağımı bilmiyorum, kira yardımı")
    assert _words(rest) == ["kira", "yardımı"]


def _words(text):
    return re.findall(r"\w+", text)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "question"), [pair for family in FAMILIES.values() for pair in family]
)
def test_the_lost_of_every_family_go_to_counselling(client, lang, question):
    data = ask_lost(client, question, lang)
    assert data["answer"] is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "service"),
    [
        ("Ich bin neu hier und weiß nicht, wo ich mein Auto ummelde", "vehicle-registration"),
        ("I'm new here, where do I register my flat?", "residence-registration"),
        ("Yeni geldim, Kindergeld için kime başvurmalıyım?", "child-benefit"),
        ("Je viens d'arriver, qui peut m'aider à trouver un logement ?", "housing-search"),
        ("Acabo de llegar y no sé dónde aprender alemán", "language-course"),
        ("Только приехал, куда обратиться за медицинской страховкой?", "health-insurance"),
        ("Dopiero przyjechałam, kto może mi pomóc znaleźć mieszkanie?", "housing-search"),
        ("Нова съм тук, къде да регистрирам адреса си?", "residence-registration"),
        ("Nu știu de unde să încep cu recunoașterea diplomei", "recognition-of-qualifications"),
        ("تازه رسیدم، گواهینامه رانندگی‌ام را کجا عوض کنم؟", "driving-licence-conversion"),
        ("وصلت جديد، وين بعمل رخصة سواقة؟", "driving-licence-conversion"),
        ("Nobody tells me which office handles Kindergeld", "child-benefit"),
        ("Estoy perdido, ¿dónde pido el Kindergeld?", "child-benefit"),
    ],
)
def test_a_lost_question_that_names_a_need_goes_to_that_service(client, question, service):
    data = ask_api(client, question)
    assert data["lost"] is False, question
    assert service in [r["service"] for r in data["results"][:3]]


# An arrival told with how and when one came ("by bus", "влаком", "otobüsle", "yesterday"):
# the means of travel name no service beside a lost phrase and a word of arriving (before, they
# sent such stories to local transport or the Deutschlandticket), and "feeling a little bit
# lost" is the feeling, not a lost document, with more words between feeling and lost.
ARRIVAL_STORIES: list[tuple[str, str]] = [
    ("en", "We got here by plane two days ago and have no clue what we need to take care of"),
    ("en", "I came by coach last night and honestly don't know where to start"),
    ("de", "Gestern mit dem Zug gekommen, und jetzt weiß ich nicht, was ich alles regeln muss"),
    ("en", "I arrived by bus a month ago and still don't know who does what"),
    ("bg", "Пристигнахме с автобус преди два дни и нямаме представа какво да правим"),
    ("ru", "Приехал вчера на поезде и понятия не имею, что нужно оформить"),
    ("uk", "Приїхала автобусом два дні тому і не знаю, з чого почати"),
    ("pl", "Przyjechałem wczoraj autobusem i nie mam pojęcia, co muszę załatwić"),
    ("ro", "Am ajuns ieri cu autocarul și nu am idee ce trebuie să rezolv"),
    ("fr", "Je suis arrivé hier en train et je ne sais pas par où commencer"),
    ("fr", "Nous sommes arrivés en bus avant-hier, je ne sais pas quoi faire d'abord"),
    ("es", "Llegué ayer en autobús y no tengo ni idea de qué tengo que hacer"),
    ("tr", "Dün otobüsle geldim ve ne yapmam gerektiğini bilmiyorum"),
    ("ar", "وصلت امبارح بالباص وما بعرف شو لازم أعمل"),
    ("fa", "دیروز با قطار رسیدم و نمی‌دونم باید از کجا شروع کنم"),
]
FEELING_A_BIT_LOST: list[tuple[str, str]] = [
    ("en", "Still feeling kind of lost in this town, is there anyone who can help?"),
    ("de", "Ich bin neu hier und fühle mich ein bisschen verloren, kann mir jemand helfen?"),
    ("ro", "Sunt nou aici și mă simt un pic pierdut, cine mă poate ajuta?"),
    ("fr", "Je suis nouveau ici et je me sens un peu perdu, qui peut m'aider ?"),
    ("es", "Soy nuevo aquí y me siento un poco perdido, ¿quién me puede ayudar?"),
    ("tr", "Buraya yeni taşındım, biraz kaybolmuş hissediyorum, kim yardım edebilir?"),
]


def test_arrival_stories_are_written_in_every_language():
    assert {lang for lang, _q in ARRIVAL_STORIES} == LANGUAGES


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), ARRIVAL_STORIES + FEELING_A_BIT_LOST)
def test_how_one_came_and_feeling_a_bit_lost_go_to_counselling(client, lang, question):
    data = ask_lost(client, question, lang)
    assert data["answer"] is None


@pytest.mark.parametrize(("lang", "question"), FEELING_A_BIT_LOST)
def test_the_lost_word_goes_with_the_feeling(lang, question):
    rest = set(_words(answers.without_lost_words(question)))
    assert not {"lost", "verloren", "pierdut", "perdu", "perdido", "kaybolmuş"} & rest


# The travel words go only beside a lost phrase and a word of arriving: a ticket, or a document
# lost on the bus, still names its service.
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "service"),
    [
        ("I just arrived and don't know where to buy a bus ticket", "deutschlandticket"),
        ("Przyjechałem i nie wiem, jak kupić bilet na autobus", "local-public-transport"),
        ("I'm new here and I lost my passport on the bus, what do I do?", "lost-documents"),
        ("Bin neu hier und habe meinen Ausweis im Zug verloren, was tun?", "lost-documents"),
        ("Я новенький и потерял паспорт в поезде, что делать?", "lost-documents"),
    ],
)
def test_travel_words_still_name_a_need_outside_an_arrival_story(client, question, service):
    data = ask_api(client, question)
    assert data["lost"] is False, question
    assert service in [r["service"] for r in data["results"][:3]]


# Whom to turn to, in forms the patterns missed: the German "weiterhelfen" (help on) and the
# Romanian "unde / cui mă pot adresa" (the clitic before the modal); a named need still wins.
TURN_TO: list[tuple[str, str]] = [
    ("de", "Keine Ahnung, was ich machen muss, wer könnte mir da weiterhelfen?"),
    (
        "de",
        "Ich bin erst seit kurzem hier und weiß nicht, was zu tun ist. Wer kann uns weiterhelfen?",
    ),
    ("ro", "Sunt nou în oraș și nu știu ce să fac. Unde mă pot adresa?"),
    ("ro", "Am ajuns de o săptămână și nu știu nimic. La cine mă pot adresa?"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), TURN_TO)
def test_whom_to_turn_to_goes_to_counselling(client, lang, question):
    ask_lost(client, question, lang)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "service"),
    [
        ("Wer kann mir beim Kindergeld weiterhelfen?", "child-benefit"),
        ("Unde mă pot adresa pentru alocația pentru copii?", "child-benefit"),
    ],
)
def test_whom_to_turn_to_with_a_need_keeps_the_need(client, question, service):
    data = ask_api(client, question)
    assert data["lost"] is False
    assert data["results"][0]["service"] == service


# A word the lost phrase only lets through ("I'm ... new", "estoy ... perdida") may name the
# need: it stays, and the need wins. The phrase's own words still go.
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "service"),
    [
        ("I'm pregnant and new here, what do I do?", "pregnancy-and-birth"),
        ("Estoy embarazada y perdida, ¿qué hago?", "pregnancy-and-birth"),
        ("Sunt însărcinată și pierdută, ce fac?", "pregnancy-and-birth"),
    ],
)
def test_a_need_inside_the_lost_phrase_keeps_the_need(client, question, service):
    data = ask_api(client, question)
    assert data["lost"] is False
    assert data["results"][0]["service"] == service


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("en", "I'm completely new here and don't know where to start"),
        ("es", "Estoy muy perdida, no sé por dónde empezar"),
        ("ro", "Sunt complet pierdută aici, nu știu de unde să încep"),
    ],
)
def test_a_filler_inside_the_lost_phrase_stays_lost(client, lang, question):
    ask_lost(client, question, lang)


# A phrase word with the Arabic "and" or "in" written onto it ("والمعاملات", "بالمعاملات") is
# still the phrase's word, not a gap word that names a service.
@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "ما بعرف شو لازم أعمل بالرسائل والمعاملات، مين ممكن يساعدني؟",
        "تايه بين المكاتب والمعاملات، ما بعرف من وين أبدأ",
        "ما بعرف من وين أبدأ بالمعاملات، حدا يساعدني",
    ],
)
def test_a_phrase_word_with_an_attached_and_stays_lost(client, question):
    ask_lost(client, question, "ar")


# The asker's own language, a language named as the one to be helped in, everything being in
# German, letters one cannot read, translating, and "first of all", beside a lost phrase: they
# name no service ("language", "Bulgarian", "German" are the language courses' words, "read" the
# meter reading's, "черга" the emergency service's queue).
ASKERS_LANGUAGE: list[tuple[str, str]] = [
    ("en", "I can't read any of the letters, it's all in German. Who can help me?"),
    ("en", "Is there someone who can help me in my own language? I'm lost"),
    ("de", "Wer kann mir in meiner Muttersprache helfen? Ich blicke nicht durch"),
    ("de", "Ich kann die Briefe vom Amt nicht lesen, wer hilft mir?"),
    ("tr", "her şey almanca, hiçbir şey anlamıyorum, kim yardım eder"),
    ("tr", "kendi dilimde bana kim yardım edebilir?"),
    ("ar", "كل شي بالألماني وما بفهم الرسائل، مين بيقدر يساعدني؟"),
    ("ar", "ما بعرف مين يترجملي الرسائل"),
    ("uk", "Хто може допомогти мені українською? Я нічого не розумію"),
    ("uk", "Я розгубився, не знаю, що робити в першу чергу"),
    ("ru", "Кто может помочь мне на русском? Я ничего не понимаю"),
    ("ru", "я не знаю, кто мне может перевести письма"),
    ("pl", "Kto mi pomoże po polsku? Nic nie rozumiem"),
    ("pl", "wszystko jest po niemiecku, do kogo się zwrócić?"),
    ("bg", "Кой може да ми помогне на моя език? Не разбирам нищо"),
    ("bg", "всичко е на немски, не знам към кого да се обърна"),
    ("ro", "Cine mă poate ajuta în limba română? Nu înțeleg nimic"),
    ("ro", "nu știu cine îmi poate traduce scrisorile"),
    ("fr", "Qui peut m'aider en arabe ? Je ne comprends rien"),
    ("fr", "tout est en allemand, je ne sais pas à qui m'adresser"),
    ("es", "¿Quién me puede ayudar en mi idioma? No entiendo nada"),
    ("es", "no sé quién me puede traducir las cartas"),
    ("fa", "کی می‌تونه به زبان فارسی کمکم کنه؟ هیچی نمی‌فهمم"),
    ("fa", "نمی‌دونم کی نامه‌هامو ترجمه می‌کنه"),
    # the letters one receives ("die ich bekomme": the benefits' "bekommen", "gelen": the
    # newcomers' "gelen", "получавам", "primesc")
    ("de", "Ich verstehe die Briefe nicht, die ich bekomme. Wer hilft mir?"),
    ("tr", "gelen mektupları anlamıyorum, bana kim yardım eder?"),
    ("bg", "не разбирам писмата, които получавам, кой може да ми помогне?"),
    ("ro", "nu înțeleg scrisorile pe care le primesc, cine mă poate ajuta?"),
]


# The same words beside a service named keep it.
ASKERS_LANGUAGE_NAMED: list[tuple[str, str]] = [
    (
        "I received a letter from the Jobcenter that I don't understand, who can help me?",
        "job-centre-employment-help",
    ),
    ("Ich bekomme Briefe vom Inkasso, die ich nicht verstehe, wer hilft mir?", "debt-counselling"),
    ("bana gelen elektrik faturasını anlamıyorum, kim yardım eder?", "energy-and-utilities"),
    ("не знаю, где перевести водительские права на немецкие", "driving-licence-conversion"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("question", "service"), ASKERS_LANGUAGE_NAMED)
def test_the_askers_language_beside_a_named_service_keeps_it(client, question, service):
    data = ask_api(client, question)
    assert data["lost"] is False, question
    assert service in [r["service"] for r in data["results"][:3]], question


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), ASKERS_LANGUAGE)
def test_the_askers_language_beside_a_lost_phrase_names_no_service(client, lang, question):
    data = ask_lost(client, question, lang)
    assert data["answer"] is None


def test_a_language_named_without_a_lost_phrase_stays():
    # Only beside a lost phrase: "where is a Russian-speaking doctor" keeps its words.
    assert "russian" in answers.without_lost_words("Where is a doctor who speaks Russian?")
    assert "russian" not in answers.without_lost_words("Who can help me in Russian? I'm lost")


# Violence at home and pregnancy name a need wherever they stand, in words too short to be a
# naming term ("hits", "bije", "бие") or no service name's ("избил", "کتک", "حاملة"): beside a lost
# phrase they keep the question from counselling.
NEED_BESIDE_LOST: list[tuple[str, str]] = [
    ("my husband hits me and I just arrived here, who can help me?", "womens-shelter"),
    ("mein Mann schlägt mich und ich weiß nicht, wohin ich gehen soll", "womens-shelter"),
    ("kocam beni dövüyor, nereye gideyim bilmiyorum", "womens-shelter"),
    ("جوزي بيضربني وما بعرف لوين روح", "womens-shelter"),
    ("чоловік б'є мене, не знаю куди звернутися", "womens-shelter"),
    ("муж меня избил, не знаю куда обратиться", "womens-shelter"),
    ("mąż mnie bije, nie wiem do kogo się zwrócić", "womens-shelter"),
    ("мъжът ми ме бие, не знам къде да отида", "womens-shelter"),
    ("soțul mă bate și nu știu unde să merg", "womens-shelter"),
    ("mon mari me frappe, je ne sais pas où aller", "womens-shelter"),
    ("mi marido me pega y no sé a quién acudir", "womens-shelter"),
    ("شوهرم منو کتک میزنه، نمی‌دونم کجا برم", "womens-shelter"),
    ("أنا حاملة وجديدة هون وما بعرف من وين ابلش", "pregnancy-and-birth"),
    ("jestem w ciąży i nowa tutaj, nie wiem od czego zacząć", "pregnancy-and-birth"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("question", "service"), NEED_BESIDE_LOST)
def test_violence_and_pregnancy_beside_a_lost_phrase_keep_their_service(client, question, service):
    data = ask_api(client, question)
    assert data["lost"] is False, question
    assert service in [r["service"] for r in data["results"][:3]], question


def test_need_words_are_whole_words():
    assert answers.names_a_need("my husband hits me")
    assert answers.names_a_need("чоловік б'є мене")
    assert not answers.names_a_need("a white hitch")
    # the Bulgarian conditional "би", the French "se bat pour", the Persian "زنگ میزنه" (calls)
    assert not answers.names_a_need("би ли ми помогнал някой")
    assert not answers.names_a_need("quelqu'un qui se bat pour nous")
    assert not answers.names_a_need("کی بهم زنگ میزنه")
