"""The client address comes from nginx's X-Real-IP only when we run behind our proxy."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_without_the_proxy_setting_a_forged_header_is_ignored(settings):
    settings.LOTSE_BEHIND_PROXY = False
    client = Client(REMOTE_ADDR="203.0.113.7")
    assert client.get("/metrics", HTTP_X_REAL_IP="127.0.0.1").status_code == 403


def test_behind_the_proxy_the_real_ip_header_is_the_client_address(settings):
    settings.LOTSE_BEHIND_PROXY = True
    # nginx talks over a unix socket: REMOTE_ADDR is empty and X-Real-IP names the client.
    assert Client(REMOTE_ADDR="").get("/metrics", HTTP_X_REAL_IP="127.0.0.1").status_code == 200
    assert Client(REMOTE_ADDR="").get("/metrics", HTTP_X_REAL_IP="198.51.100.4").status_code == 403


def test_behind_the_proxy_a_malformed_header_leaves_the_address_alone(settings):
    settings.LOTSE_BEHIND_PROXY = True
    client = Client(REMOTE_ADDR="203.0.113.7")
    assert client.get("/metrics", HTTP_X_REAL_IP="127.0.0.1, 10.0.0.1").status_code == 403
    assert client.get("/metrics", HTTP_X_REAL_IP="localhost").status_code == 403
