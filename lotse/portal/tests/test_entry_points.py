"""Issue 24: entry points by situation on the city home lead to a short ordered list; the city
home no longer repeats every service list (it was 18,500 px tall on a phone)."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db

ENTRIES = ["ukraine", "work", "study", "eu", "family"]


def test_city_home_offers_the_five_entry_points_and_no_service_lists(client):
    html = client.get("/uk/dortmund/").content.decode()
    for key in ENTRIES:
        assert f'href="/uk/dortmund/start/{key}/"' in html
    # No service list on the home page: the situations and the menu's "All services" lead there.
    assert html.count('href="/uk/dortmund/services/') <= 1
    assert 'href="/uk/dortmund/services/"' in html


@pytest.mark.parametrize("key", ENTRIES)
def test_entry_point_is_a_short_ordered_list_of_service_pages(client, key):
    response = client.get(f"/en/dortmund/start/{key}/")
    assert response.status_code == 200
    html = response.content.decode()
    steps = re.findall(r'<li><a class="card" href="/en/dortmund/services/([\w-]+)/">', html)
    assert 2 <= len(steps) <= 15, steps
    assert len(steps) == len(set(steps))


def test_ukraine_entry_starts_with_protection_and_is_in_the_readers_language(client):
    html = client.get("/uk/dortmund/start/ukraine/").content.decode()
    steps = re.findall(r'href="/uk/dortmund/services/([\w-]+)/"', html)
    assert "temporary-protection" in steps
    assert steps.index("temporary-protection") < steps.index("broadcasting-fee") if "broadcasting-fee" in steps else True  # fmt: skip
    assert 'href="/uk/dortmund/plan/"' in html


def test_eu_citizen_gets_registration_not_a_visa(client):
    html = client.get("/en/dortmund/start/eu/").content.decode()
    steps = re.findall(r'href="/en/dortmund/services/([\w-]+)/"', html)
    assert "residence-registration" in steps
    assert "visa-national" not in steps and "eu-blue-card" not in steps


def test_unknown_entry_point_is_404(client):
    assert client.get("/en/dortmund/start/moon/").status_code == 404
