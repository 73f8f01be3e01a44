"""Routing classes of the eighteenth session's second round (lane route7): a benefit named by
its own German name (BAföG, Kindergeld, Elterngeld, Wohngeld) is what the question asks for,
and a permit or visa named beside it is only the asker's status."""

from __future__ import annotations

import numpy as np
import pytest

from lotse.ask import rules

pytestmark = pytest.mark.ranking


def _first(question: str, keys: list[str]) -> str:
    """The first of two services (the first scoring 1.0, the second 0.9) after the rules."""
    scores = rules.adjust(np.array([1.0, 0.9], dtype=np.float32), question, keys)
    return keys[int(np.argmax(scores))]


@pytest.mark.parametrize(
    ("question", "permit", "benefit"),
    [
        (
            "Bekomme ich BAföG, wenn ich eine Niederlassungserlaubnis habe?",
            "settlement-permit",
            "student-finance-bafoeg",
        ),
        (
            "with a student residence permit, am I entitled to BAföG?",
            "residence-permit-study",
            "student-finance-bafoeg",
        ),
        (
            "avec une carte de séjour étudiant, ai-je droit au Kindergeld pour mon fils ?",
            "residence-permit-study",
            "child-benefit",
        ),
        (
            "tengo la Fiktionsbescheinigung, ¿puedo cobrar el Elterngeld?",
            "fictional-certificate",
            "parental-allowance",
        ),
        (
            "am permis de ședere pentru muncă, primesc Wohngeld?",
            "residence-permit-skilled-work",
            "housing-benefit",
        ),
        (
            "mam Niebieską Kartę UE, czy należy mi się Kindergeld?",
            "eu-blue-card",
            "child-benefit",
        ),
        (
            "с разрешением на учёбу можно получать бафёг?",
            "residence-permit-study",
            "student-finance-bafoeg",
        ),
        (
            "маю посвідку на роботу, чи дадуть кіндергельд на дитину?",
            "residence-permit-skilled-work",
            "child-benefit",
        ),
        (
            "имам разрешение за установяване, полага ли ми се елтернгелд?",
            "settlement-permit",
            "parental-allowance",
        ),
        (
            "aile birleşimi vizesiyle geldim, Kindergeld alabilir miyim?",
            "family-reunification",
            "child-benefit",
        ),
        (
            "عندي إقامة دراسة، بقدر آخد كيندرغيلد لبنتي؟",
            "residence-permit-study",
            "child-benefit",
        ),
        (
            "با اقامت دائم می‌تونم بافوگ بگیرم؟",
            "settlement-permit",
            "student-finance-bafoeg",
        ),
    ],
)
def test_a_benefit_named_holds_the_permit_of_the_askers_status_back(question, permit, benefit):
    assert _first(question, [permit, benefit]) == benefit


@pytest.mark.parametrize(
    ("question", "permit"),
    [
        ("how do I get a residence permit for my studies", "residence-permit-study"),
        ("Niederlassungserlaubnis beantragen, welche Unterlagen?", "settlement-permit"),
    ],
)
def test_a_permit_question_without_a_benefit_keeps_the_permit(question, permit):
    assert _first(question, [permit, "child-benefit"]) == permit


JOB_CENTRE = ["basic-income-support", "job-centre-employment-help"]


@pytest.mark.parametrize(
    "question",
    [
        "Ich kriege Bürgergeld und möchte wieder arbeiten, wer hilft mir?",
        "can the jobcenter help me find a job as a cook?",
        "je touche le Bürgergeld, le Jobcenter peut m'aider à trouver un emploi ?",
        "cobro el Bürgergeld y quiero trabajar, ¿me ayuda el Jobcenter?",
        "iau Bürgergeld, cum găsesc un loc de muncă prin Jobcenter?",
        "czy jobcenter pomaga szukać pracy kierowcy?",
        "получаю бюргергельд, хочу работать, что делать?",
        "джобцентр допоможе знайти роботу продавцем?",
        "взимам бюргергелд, но търся работа, как помага джобцентърът?",
        "Bürgergeld alıyorum ama iş bulmak için destek var mı",
        "آخذ بورغرغيلد وبدي اشتغل، مين بيساعدني؟",
        "جاب سنتر کمک می‌کنه کار پیدا کنم؟",
    ],
)
def test_finding_work_beside_the_jobcenter_holds_the_basic_income_back(question):
    assert _first(question, JOB_CENTRE) == "job-centre-employment-help"


@pytest.mark.parametrize(
    "question",
    [
        "I lost my job, can I get money from the jobcenter until I find work?",
        "wie viel Bürgergeld bekomme ich als Single?",
        "jobcenter'den ne kadar para alırım",
    ],
)
def test_a_jobcenter_question_for_money_keeps_the_basic_income(question):
    assert _first(question, JOB_CENTRE) == "basic-income-support"
