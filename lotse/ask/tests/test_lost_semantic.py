"""The semantic signal of the lost (`lost_semantic`): a question said in words the patterns of
`answers.is_lost` do not know still goes to counselling when it is closer to the lost
prototypes than to any service; ordinary questions and those that name a service do not."""

from __future__ import annotations

import numpy as np
import pytest

from lotse.ask import answers, embedding_cache, lost_semantic, selectors, semantic
from lotse.core.models import City

LANGUAGES = {"de", "en", "tr", "ar", "uk", "ru", "pl", "bg", "ro", "fr", "es", "fa"}


def test_prototypes_cover_every_language_with_eight_to_fifteen_sentences():
    assert set(lost_semantic.PROTOTYPES) == LANGUAGES
    assert all(8 <= len(texts) <= 15 for texts in lost_semantic.PROTOTYPES.values())


def test_the_shipped_file_holds_exactly_the_prototypes():
    # Fails while the prototypes were edited without `manage.py lost_prototypes_write`.
    shipped = embedding_cache.shipped_vectors([lost_semantic.PATH])
    assert set(shipped) == {lost_semantic.digest(t) for t in lost_semantic.prototypes()}


def _unit(*values: float) -> np.ndarray:
    vector = np.zeros(semantic.DIM, dtype=np.float32)
    vector[: len(values)] = values
    return vector / np.linalg.norm(vector)


def test_sounds_lost_needs_the_margin_over_every_service_but_the_counselling(monkeypatch):
    prototype = _unit(1.0)
    monkeypatch.setattr(lost_semantic, "_matrix", lambda: prototype[None, :])
    query = _unit(1.0, 0.5)  # similarity to the prototype: 0.894
    close = lost_semantic.closeness(query)
    margin = lost_semantic.MARGIN
    services = np.array([close - margin - 0.001, -1.0], dtype=np.float32)
    assert lost_semantic.sounds_lost(query, services)
    services[1] = close - margin + 0.001  # a service about as close: not lost
    assert not lost_semantic.sounds_lost(query, services)
    assert lost_semantic.sounds_lost(query, services, except_row=1)  # that one is counselling


def test_without_prototype_vectors_nothing_sounds_lost(monkeypatch):
    monkeypatch.setattr(
        lost_semantic, "_matrix", lambda: np.zeros((0, semantic.DIM), dtype=np.float32)
    )
    assert not lost_semantic.sounds_lost(_unit(1.0), np.array([0.1], dtype=np.float32))


# Lost questions in words the patterns did not know (written for this test, not taken from an
# evaluation set): "everything is so complicated, I can't find my way through the bureaucracy",
# "can someone explain how things work here?". The signal alone (patterns off) misses 11 of
# these 24 (marked): too close to a counselling or work service, or under the margin ("може"
# (can) and "passe" (goes on) no longer count as naming the integration council vote and the
# Dortmund-Pass). Since both are pattern families too ("complicated"), all 24 go to
# counselling (`test_lost_questions_of_the_unpatterned_families_go_to_counselling`).
# Strict: a miss that starts passing fails the run, so the list is kept true.
_MISSED = pytest.mark.xfail(reason="a known miss of the semantic signal", strict=True)
UNPATTERNED = [
    pytest.param(
        "en",
        "Everything here is so complicated, I can't find my way through the bureaucracy",
        marks=_MISSED,
    ),
    pytest.param(
        "en", "Could someone explain to me how things work in this country?", marks=_MISSED
    ),
    pytest.param(
        "de",
        "Hier ist alles so kompliziert, ich finde mich in der Bürokratie nicht zurecht",
        marks=_MISSED,
    ),
    ("de", "Kann mir jemand erklären, wie das hier alles läuft?"),
    ("tr", "Buradaki bürokrasi çok karışık, işin içinden çıkamıyorum"),
    ("tr", "Biri bana burada işlerin nasıl yürüdüğünü anlatabilir mi?"),
    pytest.param("ar", "كل شي هون معقد وما عم لاقي طريقي بالبيروقراطية", marks=_MISSED),
    pytest.param("ar", "ممكن حدا يوضحلي كيف الأمور ماشية بهالبلد؟", marks=_MISSED),
    ("uk", "Тут усе таке складне, я не можу розібратися в цій бюрократії"),
    pytest.param("uk", "Чи може хтось пояснити, як тут усе влаштовано?", marks=_MISSED),
    ("ru", "Здесь всё так сложно, не могу разобраться в этой бюрократии"),
    ("ru", "Может кто-нибудь объяснить, как тут всё работает?"),
    ("pl", "Wszystko tu jest takie skomplikowane, nie mogę się połapać w tej biurokracji"),
    pytest.param("pl", "Czy ktoś może mi wytłumaczyć, jak to tutaj działa?", marks=_MISSED),
    ("bg", "Тук всичко е толкова сложно, не мога да се оправя с бюрокрацията"),
    ("bg", "Може ли някой да ми обясни как стоят нещата тук?"),
    pytest.param(
        "ro", "Totul e atât de complicat aici, nu mă descurc cu birocrația", marks=_MISSED
    ),
    ("ro", "Poate cineva să-mi explice cum merg lucrurile aici?"),
    ("fr", "Tout est si compliqué ici, je n'arrive pas à m'y retrouver dans l'administration"),
    ("fr", "Quelqu'un peut-il m'expliquer comment ça se passe ici ?"),
    pytest.param(
        "es", "Aquí todo es tan complicado, no me aclaro con la burocracia", marks=_MISSED
    ),
    pytest.param("es", "¿Alguien me puede explicar cómo funcionan las cosas aquí?", marks=_MISSED),
    pytest.param(
        "fa", "اینجا همه چیز خیلی پیچیده است، از پس این بوروکراسی برنمی‌آیم", marks=_MISSED
    ),
    ("fa", "کسی می‌تونه برام توضیح بده اینجا کارها چطوریه؟"),
]


def _needs_the_model() -> City:
    city = City.objects.get(slug="dortmund")
    if not semantic.available() or not selectors.city_index(city).has_vectors:
        pytest.skip("no semantic index")
    return city


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), UNPATTERNED)
def test_the_signal_alone_sends_lost_questions_to_counselling(monkeypatch, lang, question):
    city = _needs_the_model()
    monkeypatch.setattr(answers, "is_lost", lambda text: False)
    answer = selectors.search(city=city, query=question)
    assert answer.lost, (lang, question, [h.key for h in answer.hits[:3]])
    assert answer.hits[0].key == city.fallback_service_key
    assert answer.fact is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "question"), [tuple(getattr(p, "values", p)) for p in UNPATTERNED]
)
def test_lost_questions_of_the_unpatterned_families_go_to_counselling(lang, question):
    # Patterns and signal together: none missed.
    city = City.objects.get(slug="dortmund")
    for mode in ("lexical", "hybrid"):
        answer = selectors.search(city=city, query=question, mode=mode)
        assert answer.lost, (lang, mode, question, [h.key for h in answer.hits[:3]])
        assert answer.hits[0].key == city.fallback_service_key
        assert answer.fact is None


# "What now?" alone names nothing: before, the Ukrainian, Russian and Farsi ones went to
# vehicle registration.
WHAT_NOW = [
    ("en", "what now"),
    ("de", "was jetzt"),
    ("ar", "ماذا الآن"),
    ("uk", "що тепер"),
    ("ru", "что теперь"),
    ("pl", "co teraz"),
    ("bg", "какво сега"),
    ("es", "y ahora qué"),
    ("fa", "حالا چی"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), WHAT_NOW)
def test_a_bare_what_now_goes_to_counselling(lang, question):
    city = _needs_the_model()
    answer = selectors.search(city=city, query=question)
    assert answer.lost, (lang, [h.key for h in answer.hits[:3]])
    assert answer.hits[0].key == city.fallback_service_key


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "Was kostet ein Reisepass?",
        "Where do I register my flat?",
        "Kindergeld beantragen",
        "Сколько стоит справка о несудимости?",
        "Ehliyetimi nasıl değiştiririm?",
        "أين أسجل سكني؟",
    ],
)
def test_ordinary_questions_do_not_sound_lost(question):
    city = _needs_the_model()
    assert not selectors.search(city=city, query=question).lost


@pytest.mark.django_db
def test_the_signal_asks_the_model_nothing_more(monkeypatch):
    # The prototypes come from the shipped file and the question's vector from the search:
    # one query embedding per question, as without the signal.
    city = _needs_the_model()
    calls: list[str] = []
    real = semantic.embed_query
    monkeypatch.setattr(
        semantic,
        "embed_query",
        lambda text, language="", common=None: calls.append(text) or real(text, language, common),
    )
    monkeypatch.setattr(semantic, "embed_passages", _no_model)
    lost_semantic._matrix.cache_clear()
    try:
        question = "Здесь всё так сложно, не могу разобраться в этой бюрократии"
        assert selectors.search(city=city, query=question).lost
    finally:
        lost_semantic._matrix.cache_clear()
    assert len(calls) == 1


def _no_model(texts):
    raise AssertionError("a prototype was embedded at question time")


# "Help" alone names nothing either (a generic word): before, it went to housing benefit, youth
# welfare or mental health support in most languages.
HELP = [
    ("en", "help"),
    ("de", "Hilfe"),
    ("tr", "yardım"),
    ("ar", "مساعدة"),
    ("uk", "допомога"),
    ("ru", "помощь"),
    ("pl", "pomoc"),
    ("bg", "помощ"),
    ("ro", "ajutor"),
    ("fr", "aide"),
    ("es", "ayuda"),
    ("fa", "کمک"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "question"), HELP)
def test_a_bare_help_goes_to_counselling(lang, question):
    # Also without the model: the question holds no word that could name a service.
    city = City.objects.get(slug="dortmund")
    for mode in ("lexical", "hybrid"):
        answer = selectors.search(city=city, query=question, mode=mode)
        assert answer.lost, (lang, mode, [h.key for h in answer.hits[:3]])
        assert answer.hits[0].key == city.fallback_service_key


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Kindergeld", "de"),
        ("help with rent", "en"),
        ("yardım parası", "tr"),
        ("aide au logement", "fr"),
    ],
)
def test_a_question_with_one_telling_word_names_something(question, lang):
    assert not answers.names_nothing(City.objects.get(slug="dortmund"), question, lang)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Poate cineva să-mi explice tot?", "ro"),
        ("Quelqu'un peut m'expliquer tout ça ?", "fr"),
        ("¿Alguien puede explicarme todo esto?", "es"),
    ],
)
def test_can_names_no_service(question, lang):
    # "poate" / "peut" / "puede" share their stem with the name of the integration council
    # vote ("who can vote"): a lost question asking whether someone can explain was kept out.
    city = City.objects.get(slug="dortmund")
    generation = selectors.city_index(city).generation
    assert not answers.names_a_service(
        city, generation, question, lang, except_service=city.fallback_service_key
    )


def test_a_question_that_asks_a_fact_does_not_sound_lost(monkeypatch):
    # The vector is as close to the prototypes as can be; a deadline, a fee or the papers asked
    # name what the question is about, where and whom to turn to do not.
    monkeypatch.setattr(lost_semantic, "sounds_lost", lambda *args, **kwargs: True)
    index = selectors.CityIndex.__new__(selectors.CityIndex)
    index.keys = ["welcome-counselling", "family-reunification"]
    sims = np.zeros(2, dtype=np.float32)
    vector = _unit(1.0)
    counselling = "welcome-counselling"
    for fact in (
        "Do kiedy mąż musi złożyć wniosek o pobyt po przyjeździe?",
        "How much does it cost after I arrive?",
        "Welche Unterlagen brauche ich nach der Ankunft?",
    ):
        assert not selectors._sounds_lost(vector, sims, index, counselling, fact), fact
    for lost in ("куда нам вообще обращаться", "what should we be doing now?"):
        assert selectors._sounds_lost(vector, sims, index, counselling, lost), lost


@pytest.mark.django_db
def test_an_arrival_story_asking_a_deadline_keeps_its_service(client):
    # Close to the prototypes' "what must I do after arriving", and it names no service by a
    # naming term; it asks until when (a deadline), so the semantic signal does not decide.
    data = client.get(
        "/api/v1/search",
        {"city": "dortmund", "q": "Do kiedy mąż musi złożyć wniosek o pobyt po przyjeździe?"},
    ).json()
    assert data["lost"] is False
    assert data["results"][0]["service"] != "welcome-counselling"
