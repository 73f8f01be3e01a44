""" "How long until I get it" asks how long it takes; "within how much (time)" asks by when."""

from __future__ import annotations

import pytest

from lotse.ask.answers.kinds import classify

pytestmark = [pytest.mark.django_db, pytest.mark.ranking]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # until it is received or arrives: processing time, even with a word of "before"
        ("How long until I get my residence card for studying?", "processing_time"),
        ("How long until my tax ID arrives?", "processing_time"),
        ("Wie lange bis ich die Karte bekomme?", "processing_time"),
        ("Combien de temps avant de recevoir ma carte ?", "processing_time"),
        ("¿Cuánto tiempo hasta que me llegue la tarjeta?", "processing_time"),
        ("Ile czasu zanim dostanę kartę?", "processing_time"),
        ("Cât timp până primesc cardul?", "processing_time"),
        ("Скільки часу поки прийде картка?", "processing_time"),
        ("كم من الوقت حتى أستلم البطاقة؟", "processing_time"),
        ("چقدر طول میکشه تا کارت به دستم برسه؟", "processing_time"),
        # within how much (time), in words that otherwise ask a price: a deadline
        ("خلال قديش لازم اعمل التسجيل؟", "deadline"),
        ("ظرف چند روز باید ثبت نام کنم؟", "deadline"),
        # a time before an event stays a deadline; a price stays a price
        ("How long before the wedding must I register?", "deadline"),
        ("Combien de temps avant le mariage faut-il s'inscrire ?", "deadline"),
        ("قديش بتكلف التسجيل؟", "cost"),
        ("Cât costă cardul?", "cost"),
    ],
)
def test_until_received_and_within_how_much(question, kind):
    assert classify(question) == kind
