"""The second signal for "lost" questions: closeness of the question's e5 vector to sentences
that name no service ("I don't know where to start", "every office sends me elsewhere").

The regex families of `answers.is_lost` catch the phrasings they were written for; a question
said in other words is caught here when it is closer to these prototypes than to any service's
passage by a margin. The prototypes were written from the families' idea in all twelve
languages, never from an evaluation question. Their vectors ship precomputed
(`lost-prototypes.npz` beside this file, written by `manage.py lost_prototypes_write`; a test
fails while it is stale), so a question costs one dot product per prototype on the query
vector the semantic search has already computed, and no model call.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

import numpy as np

from lotse.ask import embedding_cache, semantic

PATH = Path(__file__).parent / "data" / "lost-prototypes.npz"

# One sentence per family of meaning, in every language of the search: not knowing where to
# start or how things work, what to do first, who is responsible, nobody tells which office
# does what, being sent from office to office, whom to turn to, being new and lost, having just
# arrived, being overwhelmed, advice for newcomers, a bare call for help. None names a service.
PROTOTYPES: dict[str, tuple[str, ...]] = {
    "en": (
        "I don't know where to start.",
        "I have no idea how anything works here.",
        "What do I have to do first after arriving?",
        "Who is responsible for me?",
        "Nobody tells me which office does what.",
        "Every office sends me somewhere else.",
        "Who can help me with all this?",
        "I'm new here and feel completely lost.",
        "I just arrived in the city, what now?",
        "Help, I'm overwhelmed by all the paperwork.",
        "Where can I get advice as a newcomer?",
        "I need help, what should I do?",
    ),
    "de": (
        "Ich weiß nicht, wo ich anfangen soll.",
        "Ich habe keine Ahnung, wie hier alles funktioniert.",
        "Was muss ich nach der Ankunft als Erstes erledigen?",
        "Wer ist eigentlich für mich zuständig?",
        "Niemand sagt mir, welches Amt wofür da ist.",
        "Jedes Amt schickt mich woanders hin.",
        "Wer kann mir bei all dem helfen?",
        "Ich bin neu hier und fühle mich völlig verloren.",
        "Ich bin gerade in der Stadt angekommen, was jetzt?",
        "Hilfe, ich bin mit dem ganzen Papierkram überfordert.",
        "Wo bekomme ich als Neuankömmling Beratung?",
        "Ich brauche Hilfe, was soll ich tun?",
    ),
    "tr": (
        "Nereden başlayacağımı bilmiyorum.",
        "Burada her şeyin nasıl işlediğine dair hiçbir fikrim yok.",
        "Geldikten sonra ilk önce ne yapmam gerekiyor?",
        "Benden aslında kim sorumlu?",
        "Hangi dairenin ne iş yaptığını kimse söylemiyor.",
        "Her daire beni başka bir yere gönderiyor.",
        "Bütün bunlarda bana kim yardım edebilir?",
        "Burada yeniyim ve kendimi tamamen kaybolmuş hissediyorum.",
        "Şehre yeni geldim, şimdi ne olacak?",
        "Yardım edin, bu kadar evrak işi beni bunalttı.",
        "Yeni gelen biri olarak nereden danışmanlık alabilirim?",
        "Yardıma ihtiyacım var, ne yapmalıyım?",
    ),
    "ar": (
        "لا أعرف من أين أبدأ.",
        "ليس لدي أي فكرة كيف تسير الأمور هنا.",
        "ماذا يجب أن أفعل أولاً بعد وصولي؟",
        "من المسؤول عني أصلاً؟",
        "لا أحد يخبرني أي دائرة مسؤولة عن ماذا.",
        "كل مكتب يرسلني إلى مكان آخر.",
        "من يستطيع مساعدتي في كل هذا؟",
        "أنا جديد هنا وأشعر بالضياع تماماً.",
        "وصلت للتو إلى المدينة، ماذا الآن؟",
        "ساعدوني، كل هذه الأوراق كثيرة علي.",
        "أين أحصل على استشارة كقادم جديد؟",
        "بدي مساعدة، شو لازم أعمل؟",
        "ما بعرف لوين لازم روح.",
    ),
    "uk": (
        "Я не знаю, з чого почати.",
        "Гадки не маю, як тут усе працює.",
        "Що мені треба зробити насамперед після приїзду?",
        "Хто взагалі за мене відповідає?",
        "Ніхто не каже, яка установа за що відповідає.",
        "Кожна установа відправляє мене кудись інде.",
        "Хто може допомогти мені з усім цим?",
        "Я тут новенький і почуваюся зовсім розгубленим.",
        "Я щойно приїхав у місто, що тепер?",
        "Допоможіть, я тону в цих паперах.",
        "Де новоприбулому отримати консультацію?",
        "Мені потрібна допомога, що робити?",
    ),
    "ru": (
        "Я не знаю, с чего начать.",
        "Понятия не имею, как здесь всё устроено.",
        "Что мне нужно сделать в первую очередь после приезда?",
        "Кто вообще за меня отвечает?",
        "Никто не говорит, какое ведомство чем занимается.",
        "Каждое учреждение отправляет меня в другое.",
        "Кто может помочь мне со всем этим?",
        "Я здесь новенький и чувствую себя совсем потерянным.",
        "Я только что приехал в город, что теперь?",
        "Помогите, я запутался во всех этих бумагах.",
        "Где новоприбывшему получить консультацию?",
        "Мне нужна помощь, что делать?",
    ),
    "pl": (
        "Nie wiem, od czego zacząć.",
        "Nie mam pojęcia, jak tu wszystko działa.",
        "Co muszę załatwić najpierw po przyjeździe?",
        "Kto właściwie jest za mnie odpowiedzialny?",
        "Nikt mi nie mówi, który urząd zajmuje się czym.",
        "Każdy urząd odsyła mnie gdzie indziej.",
        "Kto może mi pomóc z tym wszystkim?",
        "Jestem tu nowy i czuję się kompletnie zagubiony.",
        "Właśnie przyjechałem do miasta, co teraz?",
        "Pomocy, przytłacza mnie ta cała papierologia.",
        "Gdzie jako nowo przybyły mogę dostać poradę?",
        "Potrzebuję pomocy, co mam robić?",
    ),
    "bg": (
        "Не знам откъде да започна.",
        "Нямам представа как работи всичко тук.",
        "Какво трябва да направя първо след пристигането си?",
        "Кой всъщност отговаря за мен?",
        "Никой не ми казва коя служба с какво се занимава.",
        "Всяка служба ме праща на друго място.",
        "Кой може да ми помогне с всичко това?",
        "Нов съм тук и се чувствам напълно изгубен.",
        "Току-що пристигнах в града, какво сега?",
        "Помощ, объркан съм от всички тези документи.",
        "Къде мога да получа съвет като новодошъл?",
        "Трябва ми помощ, какво да правя?",
    ),
    "ro": (
        "Nu știu de unde să încep.",
        "Habar n-am cum funcționează totul aici.",
        "Ce trebuie să fac mai întâi după sosire?",
        "Cine este de fapt responsabil de mine?",
        "Nimeni nu-mi spune ce birou se ocupă de ce.",
        "Fiecare birou mă trimite în altă parte.",
        "Cine mă poate ajuta cu toate acestea?",
        "Sunt nou aici și mă simt complet pierdut.",
        "Tocmai am ajuns în oraș, ce fac acum?",
        "Ajutor, sunt copleșit de toate hârtiile astea.",
        "Unde pot primi consiliere ca nou venit?",
        "Am nevoie de ajutor, ce să fac?",
    ),
    "fr": (
        "Je ne sais pas par où commencer.",
        "Je n'ai aucune idée de comment tout fonctionne ici.",
        "Que dois-je faire en premier après mon arrivée ?",
        "Qui est responsable de moi, au fond ?",
        "Personne ne me dit quel bureau s'occupe de quoi.",
        "Chaque bureau me renvoie ailleurs.",
        "Qui peut m'aider avec tout ça ?",
        "Je suis nouveau ici et je me sens complètement perdu.",
        "Je viens d'arriver en ville, et maintenant ?",
        "Au secours, je suis débordé par toute cette paperasse.",
        "Où puis-je obtenir des conseils en tant que nouvel arrivant ?",
        "J'ai besoin d'aide, que dois-je faire ?",
    ),
    "es": (
        "No sé por dónde empezar.",
        "No tengo ni idea de cómo funciona todo aquí.",
        "¿Qué tengo que hacer primero después de llegar?",
        "¿Quién es responsable de mí en realidad?",
        "Nadie me dice qué oficina se encarga de qué.",
        "Cada oficina me manda a otro sitio.",
        "¿Quién me puede ayudar con todo esto?",
        "Soy nuevo aquí y me siento totalmente perdido.",
        "Acabo de llegar a la ciudad, ¿y ahora qué?",
        "Socorro, me agobia todo este papeleo.",
        "¿Dónde puedo recibir orientación como recién llegado?",
        "Necesito ayuda, ¿qué hago?",
    ),
    "fa": (
        "نمی‌دانم از کجا شروع کنم.",
        "هیچ ایده‌ای ندارم اینجا همه چیز چطور کار می‌کند.",
        "بعد از رسیدن اول باید چه کار کنم؟",
        "اصلاً چه کسی مسئول من است؟",
        "هیچ‌کس به من نمی‌گوید کدام اداره مسئول چه کاری است.",
        "هر اداره مرا به جای دیگری می‌فرستد.",
        "چه کسی می‌تواند در همه این‌ها به من کمک کند؟",
        "من اینجا تازه‌واردم و کاملاً سردرگمم.",
        "تازه به شهر رسیدم، حالا چی؟",
        "کمک، این همه کاغذبازی گیجم کرده.",
        "به عنوان تازه‌وارد کجا می‌توانم مشاوره بگیرم؟",
        "کمک لازم دارم، چیکار کنم؟",
    ),
}

# How much closer to the nearest prototype than to the nearest passage of any service but the
# counselling itself a question must be (e5 similarities, query to passage). Chosen on the dev
# set's lost questions, leaving one language out at a time, and checked for false positives on
# every dev factual and routing question (see the README).
MARGIN = float(os.environ.get("LOTSE_ASK_LOST_MARGIN", "0.01"))


def prototypes() -> list[str]:
    return [text for texts in PROTOTYPES.values() for text in texts]


def digest(text: str) -> str:
    """The key of a prototype's vector: the passage digest of the text (model name included)."""
    return semantic.passage_digest(text)


def embed(texts: list[str]) -> dict[str, bytes]:
    """digest -> float16 vector bytes of these prototypes, computed with the model."""
    return dict(zip((digest(t) for t in texts), semantic.embed_passages(texts), strict=True))


@functools.cache
def _matrix() -> Any:
    """The prototypes' vectors, one row each, as float32 (from the shipped file; a prototype
    missing there is embedded once, when the model is installed, and otherwise left out)."""
    texts = prototypes()
    shipped = embedding_cache.shipped_vectors([PATH])
    missing = [t for t in texts if digest(t) not in shipped]
    if missing and semantic.available():
        shipped = {**shipped, **embed(missing)}
    vectors = [shipped[digest(t)] for t in texts if digest(t) in shipped]
    if not vectors:
        return np.zeros((0, semantic.DIM), dtype=np.float32)
    matrix = np.frombuffer(b"".join(vectors), dtype="<f2").reshape(len(vectors), semantic.DIM)
    return matrix.astype(np.float32)


def warm() -> None:
    """Load the prototypes' vectors (a web worker does so before it takes requests)."""
    _matrix()


def write(path: Path = PATH) -> int:
    """Embed every prototype and write the shipped file (`manage.py lost_prototypes_write`)."""
    return embedding_cache.shipped_write(path=path, vectors=embed(prototypes()))


def closeness(query: Any) -> float:
    """The question's similarity to its nearest prototype (-1: no prototypes)."""
    matrix = _matrix()
    if not len(matrix):
        return -1.0
    return float((matrix @ np.asarray(query, dtype=np.float32)).max())


def sounds_lost(query: Any, service_similarities: Any, *, except_row: int = -1) -> bool:
    """Whether the question is closer to the lost prototypes than to every service (but the
    one at `except_row`, the counselling itself) by MARGIN. `service_similarities`: per
    service the best similarity of the question to one of its passages (-1: none)."""
    rest = np.asarray(service_similarities, dtype=np.float32)
    if 0 <= except_row < len(rest):
        rest = np.delete(rest, except_row)
    best = float(rest.max(initial=-1.0))
    return best > -1.0 and closeness(query) - best >= MARGIN
