"""Loading international data: Dortmund's real partnerships, all-or-nothing validation with
errors naming the file and the problem."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from lotse.core.testing import edit_yaml
from lotse.international.loader import InternationalDataError
from lotse.international.models import Goal, Partnership
from lotse.international.services import international_load_city

DATA = Path(settings.LOTSE_CITY_DATA_DIR) / "dortmund" / "international"

FORMAL = {
    "amiens",
    "leeds",
    "zwickau",
    "novi-sad",
    "trabzon",
    "buffalo",
    "netanya",
    "xian",
    "rostov-on-don",
    "kumasi",
    "zhytomyr",
}
PROJECT = {"pittsburgh", "vancouver", "cluj-napoca", "dabola", "dura"}


@pytest.mark.django_db
def test_dortmund_partnerships_have_the_citys_kinds_and_statuses(dortmund):
    rows = {p.key: p for p in Partnership.objects.filter(city=dortmund)}
    assert {k for k, p in rows.items() if p.kind == "formal"} == FORMAL
    assert {k for k, p in rows.items() if p.kind == "project"} == PROJECT
    assert rows["rostov-on-don"].status == "paused"
    assert all(p.status == "active" for k, p in rows.items() if k != "rostov-on-don")
    assert rows["amiens"].since == 1960 and rows["trabzon"].since == 2014
    assert rows["pittsburgh"].since is None  # unknown years stay empty, never guessed
    assert all(p.sources for p in rows.values())
    zhytomyr = rows["zhytomyr"].decisions.order_by("date")
    assert [d.date.isoformat() for d in zhytomyr] == ["2023-02-09", "2025-05-22"]


@pytest.mark.django_db
def test_dortmund_has_at_least_five_goals_all_in_example_projects(dortmund):
    goals = Goal.objects.filter(project__city=dortmund).select_related("project")
    assert goals.count() >= 5
    assert all(g.project.example for g in goals)


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "international"
    shutil.copytree(DATA, target)
    return target


@pytest.mark.django_db
def test_bad_goals_and_unknown_partner_are_all_reported_and_nothing_is_loaded(tmp_path, dortmund):
    directory = _copy(tmp_path)

    def break_projects(data):
        first = data["projects"][0]
        first["partner"] = "atlantis"
        first["goals"][0]["target"] = -5
        first["goals"][1]["target_date"] = "2020-01-01"

    edit_yaml(directory / "projects.yaml", break_projects)
    edit_yaml(
        directory / "partnerships.yaml", lambda d: d["partnerships"][0].update(status="asleep")
    )
    before = Goal.objects.filter(project__city=dortmund).count()
    with pytest.raises(InternationalDataError) as info:
        international_load_city(slug="dortmund", directory=directory)
    text = "\n".join(info.value.errors)
    assert "projects.yaml: project kumasi-climate-adaptation: unknown partner 'atlantis'" in text
    assert "'target' must not be negative, got -5" in text
    assert "dates in the wrong order: target_date 2020-01-01" in text
    # The place names the file and the line of the bad value.
    assert re.search(r"partnerships\.yaml:\d+: partnership amiens: 'status' is 'asleep'", text)
    assert Goal.objects.filter(project__city=dortmund).count() == before


@pytest.mark.django_db
def test_attraction_titles_must_exist_in_all_eleven_languages(tmp_path):
    directory = _copy(tmp_path)
    edit_yaml(directory / "attractions.yaml", lambda d: d["attractions"][0]["title"].pop("fa"))
    with pytest.raises(InternationalDataError) as info:
        international_load_city(slug="dortmund", directory=directory)
    assert any(
        "attractions.yaml: attraction german-football-museum: 'title' is missing languages ['fa']"
        in e
        for e in info.value.errors
    )


@pytest.mark.django_db
def test_command_names_problems_and_unknown_city():
    with pytest.raises(CommandError, match="unknown city"):
        call_command("international_load", "gotham")


@pytest.mark.django_db
def test_reload_keeps_staff_measurements(dortmund, django_user_model):
    import datetime as dt
    from decimal import Decimal

    from lotse.international.services import measurement_record

    user = django_user_model.objects.create_user("intl", password="x", is_staff=True)
    goal = Goal.objects.get(project__key="dura-waste-management", key="residual-waste")
    measurement_record(
        goal=goal,
        date=dt.date(2026, 3, 1),
        value=Decimal("95"),
        user=user,
        today=dt.date(2026, 3, 2),
    )
    international_load_city(slug="dortmund")
    assert goal.measurements.filter(recorded_by=user).count() == 1
    assert goal.measurements.count() == 3
