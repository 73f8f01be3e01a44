"""Review 3 of the twenty-ninth session (lanes none25, agree25): a navigation device named beside
another question is background, not a "where" asked; Turkish verb stems and the Spanish "meter"
matched inside other words; the Kita-Navi is the daycare portal; the "which day is the last"
deadline patterns stop at the end of a sentence and the Turkish "son" needs a day, a date or the
end of the question. Each case failed before the mend (checked on 29d5039d)."""

from __future__ import annotations

import pytest

from lotse.ask.answers import kinds

pytestmark = pytest.mark.ranking

NOT_WHERE = [
    "Kann ich die Kosten für das Navi in der Steuererklärung eintragen?",
    "How do I enter my navigation device costs in the tax return?",
    "I put the GPS address, how much does parking cost?",
    "Ile kosztuje? Wpisałem w nawigacji.",
    "What do I need to bring? I'll put the office in my GPS.",
    "How long does it take? I put the address in the navigation.",
    "Who can enter? The navigation said closed.",
    "When can I enter the building? I used maps.",
    "Navigasyon yazılım ücreti ne kadar?",
    "Yaz tatilinde navigasyon ile gittiğimiz otoparkın ücreti ne kadar?",
    "Navigasyon girişi ücretli mi?",
    "Hangi belgeleri yazdırmam gerekiyor? Navigasyon ile geleceğim.",
    "How much is the parking meter near the office? Google maps shows it.",
    "Wie kann ich mein Kind im Kita-Navi eintragen?",
    "Bis wann muss ich mein Kind im Kita-Navi eintragen?",
]


@pytest.mark.parametrize("question", NOT_WHERE)
def test_a_navigation_device_beside_another_question_asks_no_address(question: str) -> None:
    assert kinds.classify(question) != "where"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("I put the GPS address, how much does parking cost?", "cost"),
        ("What do I need to bring? I'll put the office in my GPS.", "documents"),
        ("Bis wann muss ich mein Kind im Kita-Navi eintragen?", "deadline"),
    ],
)
def test_the_question_keeps_its_own_type(question: str, kind: str) -> None:
    assert kinds.classify(question) == kind


def test_a_turkish_last_bus_is_no_deadline() -> None:
    assert kinds.classify("Hangi gün son otobüs var, bilet ne kadar?") != "deadline"


def test_the_turkish_last_day_is_still_a_deadline() -> None:
    assert kinds.classify("Ayın hangi günü son gün?") == "deadline"
