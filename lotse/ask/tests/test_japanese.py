"""Japanese search (issue 21): Japanese has no spaces, so a run of Japanese text is split into
words by SudachiPy (normalised forms: inflection and spelling variants meet); questions are
recognised as Japanese by their script; a Japanese text indexed is found by a Japanese question
worded differently, and mixed Japanese/Latin text works."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from conftest import MUSTERSTADT
from lotse.ask.analysis import analyze, fold, tokens
from lotse.ask.langdetect import detect_language, reader_language, text_script
from lotse.ask.selectors import search
from lotse.ask.services import search_index_city
from lotse.catalog.services import catalog_load_city


def test_japanese_is_split_into_words_without_particles():
    # The compound whole, then its parts; particles (は, で, か) and the auxiliary (ます) gone;
    # the verb する (為る) is a stop word.
    assert tokens("住民登録はどこでしますか？") == ["住民登録", "住民", "登録", "為る"]
    assert analyze("住民登録はどこでしますか？", "ja") == ["住民登録", "住民", "登録"]


def test_a_katakana_word_is_not_turned_into_another_words_kanji():
    # キタ (the German "Kita") would become 北 ("north") in the dictionary's normal form.
    assert "キタ" in analyze("保育園（キタ）の空き", "ja")
    assert "北" not in analyze("保育園（キタ）の空き", "ja")


def test_inflection_and_spelling_variants_meet():
    # 登録しました / 登録したい / 登録する: the same verb, its ending gone.
    assert analyze("住所を登録しました", "ja") == analyze("住所を登録したい", "ja")
    # 申込み and 申し込み are one word in two spellings; 引っ越しました is 引っ越す.
    assert analyze("申込み", "ja") == analyze("申し込み", "ja") == ["申し込み"]
    assert analyze("引っ越しました", "ja") == ["引っ越す"]


def test_mixed_japanese_and_latin_text():
    assert analyze("Kindergeldの申請方法", "ja") == ["kindergeld", "申請方法", "申請", "方法"]
    assert analyze("ブルーカード（Blue Card）を申請", "ja") == [
        "ブルー", "カード", "blue", "card", "申請"
    ]  # fmt: skip


def test_kana_voicing_marks_survive_folding():
    # ガ is カ + ゛ after decomposition: folding must not turn ガス (gas) into カス.
    assert fold("ガス") == "ガス"
    assert fold("ｶﾞｽ") == "ガス"  # half-width katakana
    assert fold("Führerschein") == "Fuhrerschein"  # accents still go


def test_japanese_questions_are_recognised():
    assert detect_language("住民登録はどこでできますか") == "ja"
    assert detect_language("ビザの延長") == "ja"
    assert detect_language("Kindergeldの申請") == "ja"
    assert detect_language("wo melde ich mich an") == "de"
    assert text_script("Anmeldungはどこでできますか") == "japanese"
    # A Japanese question on a German page is answered in Japanese.
    assert reader_language("de", "住民登録はどこ", "ja") == "ja"


@pytest.fixture
def japanese_city(tmp_path: Path, django_db_setup, django_db_blocker):
    """Musterstadt, offering de, en and ja, with Japanese titles and summaries."""
    target = tmp_path / "musterstadt"
    shutil.copytree(MUSTERSTADT, target)
    city_file = target / "city.yaml"
    data = yaml.safe_load(city_file.read_text(encoding="utf-8"))
    data["languages"] = ["de", "en", "ja"]
    city_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    ja = {
        "residence-registration": {
            "name": "住民登録（転入届）",
            "summary": "新しい住所に引っ越したら、2週間以内に市民窓口で届け出をしてください。",
            "synonyms": ["アンメルドゥング", "住所登録"],
        },
        "welcome-counselling": {
            "name": "インフォポイントの初回相談",
            "summary": "どんな質問にもお答えし、担当の役所をご案内します。",
        },
    }
    for path in (target / "services").glob("*.yaml"):
        service = yaml.safe_load(path.read_text(encoding="utf-8"))
        service["text"] = {k: v for k, v in service["text"].items() if k in ("de", "en")}
        service["text"]["ja"] = ja[path.stem]
        path.write_text(yaml.safe_dump(service, allow_unicode=True), encoding="utf-8")
    return target


@pytest.mark.django_db
def test_a_japanese_text_is_found_by_a_japanese_question_worded_differently(japanese_city):
    city = catalog_load_city(directory=japanese_city)
    search_index_city(city=city)
    # The text says 引っ越したら … 届け出 (after moving … notify); the question 引っ越しました
    # (I moved) … 届け出れば (where should I notify): other inflections of the same words.
    answer = search(
        city=city,
        query="先週引っ越しました。どこに届け出ればいいですか",
        mode="lexical",
        with_answer=False,
    )
    assert answer.language == "ja"
    assert answer.hits and answer.hits[0].key == "residence-registration"
    # Mixed question: a Japanese sentence around the German word.
    mixed = search(city=city, query="Anmeldungの住所登録", mode="lexical", with_answer=False)
    assert mixed.hits[0].key == "residence-registration"
    counselling = search(
        city=city, query="役所について質問があります", mode="lexical", with_answer=False
    )
    assert counselling.hits[0].key == "welcome-counselling"


@pytest.mark.django_db
def test_a_japanese_question_in_a_city_without_japanese_is_shown_in_a_language_it_offers(client):
    # Dortmund does not offer Japanese: titles and links come in the page's language, or in
    # English when the page's language is Japanese too (never links to /ja/dortmund/…).
    data = client.get(
        "/api/v1/search", {"city": "dortmund", "q": "Anmeldungはどこ", "ui_lang": "ja"}
    ).json()
    assert data["lang"] == "ja" and data["ui_lang"] == "en"
    assert all(r["url"].startswith("/en/dortmund/") for r in data["results"])
    on_german_page = client.get(
        "/api/v1/search", {"city": "dortmund", "q": "Anmeldungはどこ", "ui_lang": "de"}
    ).json()
    assert on_german_page["ui_lang"] == "de"
