"""Production mode refuses unsafe configuration; security headers are always sent."""

import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(__file__))))


def _import_settings(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("LOTSE_")}
    clean.update(env)
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import lotse.settings as s; print(s.SESSION_COOKIE_SECURE, s.SECURE_HSTS_SECONDS)",
        ],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_production_refuses_to_start_without_secret_key():
    result = _import_settings({"LOTSE_ENV": "production", "LOTSE_ALLOWED_HOSTS": "lotse.example"})
    assert result.returncode != 0
    assert "LOTSE_SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = _import_settings({"LOTSE_ENV": "production", "LOTSE_SECRET_KEY": "x" * 50})
    assert result.returncode != 0
    assert "LOTSE_ALLOWED_HOSTS" in result.stderr


def test_production_turns_on_secure_cookies_and_hsts():
    result = _import_settings(
        {
            "LOTSE_ENV": "production",
            "LOTSE_SECRET_KEY": "x" * 50,
            "LOTSE_ALLOWED_HOSTS": "lotse.example",
        }
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "31536000"]


@pytest.mark.django_db
def test_every_page_carries_a_content_security_policy(client):
    response = client.get("/en/")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "'unsafe-inline'" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
