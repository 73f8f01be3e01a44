"""Routing classes of the seventeenth session (lane route5): a lost phrase beside a short word
that names the service ranked first, the children's German support without a child, an EU
passport the asker does not have, the Polish and Turkish residence card, the tax return named."""

from __future__ import annotations

import numpy as np
import pytest

from lotse.ask import rules
from lotse.ask.tests.searching import ask_api

pytestmark = pytest.mark.ranking


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("question", "service"),
    [
        # Three-letter Arabic-script words (electricity, the bill, gas, cut off) and a word with
        # a possessive ending ("برقم", my electricity).
        ("نمی‌دونم چیکار کنم، میخوان برقمو قطع کنن", "energy-and-utilities"),
        ("ما بعرف شو أعمل، الغاز رح ينقطع عنا", "energy-and-utilities"),
    ],
)
def test_a_lost_phrase_beside_a_short_word_naming_the_first_service_is_not_lost(
    client, question, service
):
    data = ask_api(client, question)
    assert data["lost"] is False, question
    assert data["results"][0]["service"] == service


def _first(question: str, keys: list[str]) -> str:
    scores = rules.adjust(np.array([1.0, 0.9], dtype=np.float32), question, keys)
    return keys[int(np.argmax(scores))]


CHILD_SUPPORT = ["language-support-for-children", "language-course"]


@pytest.mark.parametrize(
    "question",
    [
        "günstiger Deutschkurs am Vormittag",
        "cheap German lessons near the station",
        "cours d'allemand gratuits pour débutants",
        "clases de alemán gratis por la mañana",
        "curs de germană gratuit pentru începători",
        "darmowy kurs niemieckiego dla początkujących",
        "бесплатные уроки немецкого для начинающих",
        "безкоштовні уроки німецької мови",
        "безплатни уроци по немски",
        "ücretsiz Almanca dersi nerede",
        "دروس لغة ألمانية مجانية",
        "کلاس زبان آلمانی رایگان",
    ],
)
def test_the_childrens_german_support_is_held_back_when_no_child_is_named(question):
    assert _first(question, CHILD_SUPPORT) == "language-course"


@pytest.mark.parametrize(
    "question",
    [
        "Deutschförderung für meinen Sohn in der Schule",
        "German lessons for my 9 year old",
        "уроки немецкого для детей",
        "уроци по немски за деца",
        "دروس ألماني لابني",
        "کلاس زبان آلمانی برای بچه",
    ],
)
def test_the_childrens_german_support_stays_when_a_child_or_school_is_named(question):
    assert _first(question, CHILD_SUPPORT) == "language-support-for-children"


# Against a service no rule holds back (a residence permit named without a visa holds the
# national visa back).
FREE_MOVEMENT_KEYS = [rules.FREE_MOVEMENT, "naturalisation"]


@pytest.mark.parametrize(
    "question",
    [
        "Аз съм българка по произход, но нямам български паспорт. Какво разрешение ми трябва?",
        "My family is Italian but I don't have an Italian passport, which permit do I need?",
        "Moja babcia była Polką, ale nie mam polskiego obywatelstwa. Jakie zezwolenie?",
        "Я румын по отцу, но у меня нет румынского паспорта, какой вид на жительство нужен?",
        "Babam Romen ama Romen pasaportum yok, hangi oturum izni lazım?",
        "ما عندي جواز سفر روماني، شو الإقامة يلي بحتاجها؟",
    ],
)
def test_an_eu_passport_the_asker_does_not_have_names_no_eu_citizen(question):
    assert _first(question, FREE_MOVEMENT_KEYS) == "naturalisation"


@pytest.mark.parametrize(
    "question",
    [
        "Jestem obywatelką Polski, czy potrzebuję karty pobytu?",
        "Romanya vatandaşıyım, ikamet almam gerekiyor mu?",
    ],
)
def test_an_eu_citizen_asking_for_a_residence_card_gets_free_movement(question):
    keys = ["residence-permit-skilled-work", rules.FREE_MOVEMENT]
    assert _first(question, keys) == rules.FREE_MOVEMENT


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Wie mache ich meine erste Steuererklärung?", "income-tax-return"),
        ("how do I file a tax return for last year", "income-tax-return"),
        ("أول مرة بعمل تصريح ضريبي، كيف؟", "income-tax-return"),
        ("اظهارنامه مالیاتی را چطور پر کنم؟", "income-tax-return"),
        # The tax ID named as well keeps it.
        ("Ich brauche meine Steuer-ID für die Steuererklärung", "tax-id"),
    ],
)
def test_the_tax_return_named_holds_the_tax_id_back(question, first):
    assert _first(question, ["tax-id", "income-tax-return"]) == first


@pytest.mark.parametrize(
    "question",
    [
        "quiero montar una peluquería, ¿dónde me registro?",
        "je veux monter une boulangerie, où m'inscrire ?",
        "I want to set up my own cleaning service, where do I register?",
        "Wir möchten einen Foodtruck anmelden, wohin?",
    ],
)
def test_setting_up_a_business_keeps_the_business_registration(question):
    keys = ["business-registration", "residence-registration"]
    assert _first(question, keys) == "business-registration"
