"""The application pages' own texts (`applications/texts.py`) exist in every language of Lotse
(Japanese included), each with the same placeholders as the English text."""

from __future__ import annotations

import re

from django.conf import settings

from lotse.cases.applications.texts import T, t

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def test_every_text_is_in_every_language_with_the_english_placeholders():
    languages = {code for code, _name in settings.LANGUAGES}
    problems = []
    for key, texts in T.items():
        missing = sorted(languages - set(texts))
        if missing:
            problems.append(f"{key}: missing {missing}")
        wanted = sorted(PLACEHOLDER.findall(texts["en"]))
        for lang, text in texts.items():
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{key}.{lang}: placeholders differ from English")
    assert problems == []


def test_japanese_texts_are_used():
    assert t("submit", "ja") == "申請を送信する"
    assert t("range", "ja", min=1, max=9) == "1 から 9 までの数字を入力してください。"
