"""Which sentence may answer which question: a how-long question wants a duration, a question
about paying back or in instalments wants a sentence about that, a lower limit wants a
minimum, a fee question that names a variant wants that variant's line (or no answer)."""

from __future__ import annotations

import pytest

from lotse.ask import analysis, answers
from lotse.ask.answers.kinds import (
    asked_payment,
    asked_quantity,
    stated_quantities,
)

best = answers.sentences._best_sentence


def _sentence(text: str, language: str) -> answers.Sentence:
    return answers._text._sentence(text, language)


@pytest.mark.parametrize(
    ("sentence", "duration"),
    [
        ("Das dauert in der Regel 6 Wochen.", True),
        ("Bu genellikle 6 hafta sürer.", True),
        ("Решение обычно принимают в течение трёх месяцев.", True),
        ("Sie bekommen die Meldebescheinigung sofort beim Termin.", True),
        ("Certificatul se eliberează pe loc.", True),
        ("تحصل على الشهادة في نفس اليوم.", True),
        ("Die Karte wird in der Bundesdruckerei hergestellt.", False),
        ("Apply for the residence permit before your visa expires.", False),
        ("Yeni kart Bundesdruckerei'de üretilir.", False),
    ],
)
def test_a_sentence_states_a_duration(sentence, duration):
    assert ("duration" in stated_quantities(sentence.casefold())) is duration


def test_a_how_long_question_takes_the_sentence_with_the_duration_or_none():
    made = _sentence("Yeni kart Bundesdruckerei'de (Federal Matbaa) üretilir.", "tr")
    weeks = _sentence("Bu genellikle 6 hafta sürer.", "tr")
    # "kart" and "yeni" are in the first sentence only: it would win on words alone
    terms = set(analysis.analyze("uzatmadan sonra yeni kartım hazır olur", "tr"))
    assert best([made, weeks], terms, "processing_time", "processing_time")[0] is made
    chosen = best([made, weeks], terms, "processing_time", "processing_time", duration=True)
    assert chosen[0] is weeks
    # no sentence states a duration: no answer
    assert best([made], terms, "processing_time", "processing_time", duration=True)[0] is None


@pytest.mark.parametrize(
    ("question", "payment"),
    [
        ("Muss ich das BAföG zurückzahlen?", "repay"),
        ("Do I have to pay BAföG back?", "repay"),
        ("BAföG parasını sonra geri ödemem gerekiyor mu?", "repay"),
        ("Czy muszę spłacić BAföG?", "repay"),
        ("Нужно ли возвращать BAföG?", "repay"),
        ("Чи треба повертати BAföG?", "repay"),
        ("Трябва ли да върна BAföG?", "repay"),
        ("Trebuie să rambursez BAföG?", "repay"),
        ("Dois-je rembourser le BAföG ?", "repay"),
        ("¿Tengo que devolver el BAföG?", "repay"),
        ("هل يجب أن أسدد BAföG؟", "repay"),
        ("آیا باید BAföG را بازپرداخت کنم؟", "repay"),
        ("Can I pay the rent deposit in instalments?", "instalments"),
        ("Kann ich die Kaution in Raten zahlen?", "instalments"),
        ("Depozitoyu taksitle ödeyebilir miyim?", "instalments"),
        ("Czy mogę zapłacić kaucję w ratach?", "instalments"),
        ("Можно ли платить залог частями?", "instalments"),
        ("Чи можна сплатити заставу частинами?", "instalments"),
        ("Puis-je payer la caution en plusieurs fois ?", "instalments"),
        ("¿Puedo pagar la fianza a plazos?", "instalments"),
        ("هل يمكن دفع التأمين بالتقسيط؟", "instalments"),
        ("Wie viel kostet die Anmeldung?", None),
        ("Is the application free?", None),
    ],
)
def test_a_question_asks_a_way_of_paying(question, payment):
    assert asked_payment(question) == payment


def test_a_repay_question_is_not_answered_by_a_free_application():
    free = _sentence("Başvuru ücretsizdir.", "tr")
    loan = _sentence(
        "Öğrenciler için BAföG'ün yarısı hibe, yarısı faizsiz devlet kredisidir.", "tr"
    )
    terms = set(analysis.analyze("parasını sonra geri gerekiyor", "tr"))
    assert best([free], terms, "cost", "fees")[0] is free
    assert best([free], terms, "cost", "fees", quantity="repay")[0] is None
    assert best([free, loan], terms, "cost", "fees", quantity="repay")[0] is loan


def test_a_minimum_question_is_not_answered_by_a_free_service():
    assert asked_quantity("Wie viel muss mir mein Arbeitgeber mindestens pro Stunde zahlen?") == (
        "minimum"
    )
    assert asked_quantity("Yılda en az ne kadar maaş almam lazım?") == "minimum"
    assert asked_quantity("Какая минимальная зарплата в час?") == "minimum"
    free = _sentence("Die Beratung bei Faire Integration ist kostenlos.", "de")
    wage = _sentence("Der gesetzliche Mindestlohn beträgt 13,90 Euro pro Stunde.", "de")
    assert "minimum" not in free.quantities and "minimum" in wage.quantities
    terms = set(analysis.analyze("Arbeitgeber Stunde", "de"))
    assert best([free], terms, "cost", "fees", quantity="minimum")[0] is None
    assert best([free, wage], terms, "cost", "body", quantity="minimum")[0] is wage


def test_a_fee_question_that_names_a_variant_gets_its_line():
    lines = [
        _sentence(text, "ro")
        for text in (
            "Viza la ambasadă: 75 de euro.",
            "Permisul de ședere: 100 de euro pentru prima eliberare.",
        )
    ]
    # the service's name words ("permis de ședere") choose among the lines
    topic = frozenset(analysis.analyze("permisul de ședere", "ro"))
    assert best(lines, set(), "cost", "fees")[0] is lines[0]
    assert best(lines, set(), "cost", "fees", topic_terms=topic)[0] is lines[1]


def test_one_shared_word_of_a_long_sub_case_does_not_pick_its_line():
    lines = [
        _sentence(text, "uk")
        for text in (
            "Натуралізація: 255 євро з особи.",
            "Неповнолітні діти, які отримують громадянство разом із батьками й не мають "
            "власного доходу: 51 євро.",
        )
    ]
    topic = frozenset(analysis.analyze("громадянство", "uk"))
    terms = set(analysis.analyze("німецьке", "uk"))
    assert best(lines, terms, "cost", "fees", topic_terms=topic)[0] is lines[0]


def test_lines_whose_qualifiers_hold_as_many_words_keep_their_order():
    lines = [
        _sentence(text, "es")
        for text in (
            "Prórroga por hasta tres meses: 96 euros.",
            "Prórroga por más de tres meses: 93 euros.",
        )
    ]
    terms = set(analysis.analyze("prorrogar permiso residencia tres meses", "es"))
    chosen = best(lines, terms, "cost", "fees", named_units=frozenset({"month"}))
    assert chosen[0] is lines[0]


def test_a_fee_question_for_a_period_no_line_has_gets_no_line():
    lines = [
        _sentence(text, "de")
        for text in (
            "Verlängerung um bis zu drei Monate: 96 Euro.",
            "Verlängerung um mehr als drei Monate: 93 Euro.",
            "Wechseln Sie den Aufenthaltszweck, kostet die Änderung 98 Euro.",
        )
    ]
    terms = set(analysis.analyze("Verlängerung", "de"))
    assert best(lines, terms, "cost", "fees")[0] is lines[0]
    assert best(lines, terms, "cost", "fees", named_units=frozenset({"year"})) == (None, -1.0)
    # a period a line has: that line's group stays
    chosen = best(lines, terms, "cost", "fees", named_units=frozenset({"month"}))
    assert chosen[0] is lines[0]
