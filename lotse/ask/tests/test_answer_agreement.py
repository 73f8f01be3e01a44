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

pytestmark = pytest.mark.ranking

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


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # "a plazos / en plazos" is paying in instalments, not a time limit ("plazo")
        ("¿Puedo pagar la multa a plazos?", "cost"),
        ("¿Se puede pagar la fianza en plazos?", "cost"),
        ("¿Cuál es el plazo para solicitarlo?", "deadline"),
        ("¿Cuántos días de plazo tengo para registrarme?", "deadline"),
        # an office making the thing, said with an impersonal "they": how long it takes
        ("Сколько недель делают карту?", "processing_time"),
        ("Сколько дней оформляют паспорт?", "processing_time"),
        ("Скільки тижнів роблять картку?", "processing_time"),
        ("Скільки днів виготовляють паспорт?", "processing_time"),
        ("Колко седмици правят картата?", "processing_time"),
        ("Ile tygodni robią dowód osobisty?", "processing_time"),
        # a time one has stays a deadline
        ("Сколько дней есть, чтобы оформить регистрацию?", "deadline"),
    ],
)
def test_instalments_and_impersonal_making_are_typed(question, kind):
    assert answers.kinds.classify(question) == kind


@pytest.mark.parametrize(
    ("retro", "apply", "question", "language"),
    [
        (
            "L'allocation parentale n'est versée rétroactivement que pour les trois derniers "
            "mois au maximum précédant le mois de la demande.",
            "Déposez donc la demande au cours des trois premiers mois de vie de votre enfant.",
            "Dans quel délai faut-il demander l'allocation parentale après la naissance ?",
            "fr",
        ),
        (
            "Elterngeld виплачують заднім числом щонайбільше за три останні місяці до місяця "
            "подання заяви.",
            "Тому подайте заяву протягом перших трьох місяців життя дитини.",
            "До якого часу після пологів треба подати заяву на Elterngeld?",
            "uk",
        ),
        (
            "Elterngeld wird höchstens drei Monate rückwirkend gezahlt.",
            "Stellen Sie den Antrag daher in den ersten drei Lebensmonaten.",
            "Bis wann muss ich den Antrag auf Elterngeld stellen?",
            "de",
        ),
    ],
)
def test_a_deadline_question_not_asking_how_far_back_takes_the_apply_sentence(
    retro, apply, question, language
):
    sentences = [_sentence(retro, language), _sentence(apply, language)]
    # the service's own name words are left out, as `service_fact` does
    topic = set(analysis.analyze("Elterngeld allocation parentale", language))
    terms = {
        t
        for t in analysis.analyze(answers.kinds.content_words(question, "deadline"), language)
        if len(t) > 1
    } - topic
    assert best(sentences, terms, "deadline", "deadlines")[0] is sentences[1]
    # alone it still answers; asked how far back, it is not held back
    alone = best(sentences[:1], terms, "deadline", "deadlines")
    assert alone[0] is sentences[0]
    assert best(sentences[:1], terms, "deadline", "deadlines", retroactive=True)[1] > alone[1]
    assert answers.kinds.asks_retroactive("Wie lange rückwirkend gibt es Elterngeld?")
    assert not answers.kinds.asks_retroactive(question)


@pytest.mark.parametrize(
    ("start", "other", "question", "language", "topic"),
    [
        (
            "Обязанность платить начинается с первого числа того месяца, в котором вы въехали.",
            "Зарегистрируйте жильё сразу после въезда.",
            "С какого момента я должен платить взнос за радио и телевидение после переезда?",
            "ru",
            "взнос за радио и телевидение",
        ),
        (
            "Die Beitragspflicht beginnt am Ersten des Monats, in dem Sie einziehen.",
            "Melden Sie die Wohnung gleich nach dem Einzug an.",
            "Ab wann muss ich nach dem Einzug den Rundfunkbeitrag zahlen?",
            "de",
            "Rundfunkbeitrag",
        ),
    ],
)
def test_a_from_when_question_takes_the_sentence_that_says_when_it_starts(
    start, other, question, language, topic
):
    sentences = [_sentence(other, language), _sentence(start, language)]
    assert "start" in sentences[1].quantities
    assert "start" not in sentences[0].quantities
    assert answers.kinds.asks_from_when(question)
    terms = {
        t
        for t in analysis.analyze(answers.kinds.content_words(question, "deadline"), language)
        if len(t) > 1
    } - set(analysis.analyze(topic, language))
    assert best(sentences, terms, "deadline", "deadlines")[0] is sentences[0]
    assert best(sentences, terms, "deadline", "deadlines", from_when=True)[0] is sentences[1]
