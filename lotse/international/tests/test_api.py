"""The HTTP API of the international app follows the contract in DESIGN.md."""

from __future__ import annotations

import pytest

from lotse.core.testing import city_file_languages


@pytest.mark.django_db
def test_partnerships_list_contract_fields_and_real_statuses(client, dortmund):
    response = client.get("/api/v1/cities/dortmund/partnerships?lang=en")
    assert response.status_code == 200
    rows = {r["key"]: r for r in response.json()}
    for row in rows.values():
        assert {"partner", "country", "kind", "status", "since"} <= set(row)
        assert row["kind"] in {"formal", "project", "planned"}
        assert row["status"] in {"active", "paused", "planned", "in_preparation"}
    assert rows["rostov-on-don"]["status"] == "paused"
    assert rows["rostov-on-don"]["partner"] == "Rostov-on-Don"
    assert rows["dura"]["kind"] == "project" and rows["dura"]["country"] == "PS"


@pytest.mark.django_db
def test_partnerships_reject_unknown_kind_naming_the_field(client, dortmund):
    response = client.get("/api/v1/cities/dortmund/partnerships?kind=secret")
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"kind": "unknown kind"}


@pytest.mark.django_db
def test_projects_have_goals_with_progress(client, dortmund, django_assert_max_num_queries):
    with django_assert_max_num_queries(9):
        response = client.get("/api/v1/cities/dortmund/projects")
    projects = response.json()
    goals = [g for p in projects for g in p["goals"]]
    assert len(goals) >= 5
    for goal in goals:
        assert {"indicator", "unit", "baseline", "target", "target_date", "progress"} <= set(goal)
        assert 0 <= goal["progress"] <= 1
    assert all(p["example"] for p in projects)


@pytest.mark.django_db
def test_projects_filter_by_unknown_partner_is_404_naming_partner(client, dortmund):
    response = client.get("/api/v1/cities/dortmund/projects?partner=atlantis")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "partner_not_found"
    ok = client.get("/api/v1/cities/dortmund/projects?partner=dura").json()
    assert [p["key"] for p in ok] == ["dura-waste-management"]


@pytest.mark.django_db
def test_attractions_have_titles_in_all_languages_and_addresses(client, dortmund):
    rows = client.get("/api/v1/cities/dortmund/attractions").json()
    keys = {r["key"] for r in rows}
    assert {
        "german-football-museum",
        "baukunstarchiv-nrw",
        "dasa",
        "zeche-zollern",
        "dortmunder-u",
    } <= keys
    languages = set(city_file_languages("dortmund"))
    for row in rows:
        assert set(row["title"]) == languages
        assert row["address"]["postal_code"].startswith("44")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["partnerships", "projects", "attractions"])
def test_unknown_city_is_json_404(client, path):
    response = client.get(f"/api/v1/cities/gotham/{path}")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "city_not_found"


@pytest.mark.django_db
def test_every_international_route_is_in_openapi(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for path in ["partnerships", "projects", "projects/{key}", "attractions"]:
        assert f"/api/v1/cities/{{city}}/{path}" in paths
