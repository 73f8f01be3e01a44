"""Issue 13, item 18: mail sender and SMTP server from the environment, uploaded documents
readable by the service user only, friendly 404/500 pages in the demo."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, RequestFactory

ROOT = Path(__file__).resolve().parents[3]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _settings_with(env: dict[str, str], names: list[str]) -> list[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("LOTSE_")}
    clean.update(env)
    code = f"import lotse.settings as s; print('|'.join(repr(getattr(s, n)) for n in {names!r}))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().split("|")


def test_mail_sender_and_smtp_server_come_from_the_environment():
    names = ["DEFAULT_FROM_EMAIL", "SERVER_EMAIL", "EMAIL_HOST", "EMAIL_PORT",
             "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD", "EMAIL_USE_TLS", "EMAIL_USE_SSL"]  # fmt: skip
    values = _settings_with(
        {
            "LOTSE_DEFAULT_FROM_EMAIL": "Welcome Center <welcome@stadt.example>",
            "LOTSE_EMAIL_HOST": "smtp.stadt.example",
            "LOTSE_EMAIL_PORT": "587",
            "LOTSE_EMAIL_HOST_USER": "lotse",
            "LOTSE_EMAIL_HOST_PASSWORD": "secret-pw",
            "LOTSE_EMAIL_USE_TLS": "1",
        },
        names,
    )
    assert values == [
        "'Welcome Center <welcome@stadt.example>'",
        "'Welcome Center <welcome@stadt.example>'",
        "'smtp.stadt.example'",
        "587",
        "'lotse'",
        "'secret-pw'",
        "True",
        "False",
    ]


def test_production_never_sends_as_webmaster_at_localhost():
    (sender,) = _settings_with(
        {
            "LOTSE_ENV": "production",
            "LOTSE_SECRET_KEY": "x" * 50,
            "LOTSE_ALLOWED_HOSTS": "welcome.stadt.example,127.0.0.1",
        },
        ["DEFAULT_FROM_EMAIL"],
    )
    assert sender == "'Lotse <noreply@welcome.stadt.example>'"


@pytest.mark.django_db
def test_uploaded_documents_are_0600_in_a_0700_folder(settings, tmp_path):
    from lotse.cases.storage import document_path, document_store

    folder = tmp_path / "uploads"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)  # as an older version left it
    settings.LOTSE_UPLOAD_DIR = folder
    old_umask = os.umask(0o022)
    try:
        stored = document_store(SimpleUploadedFile("a.pdf", PDF, "application/pdf"))
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(document_path(stored.stored_name).stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_make_demo_serves_with_debug_off():
    makefile = (ROOT / "Makefile").read_text()
    server = next(line for line in makefile.splitlines() if "bin/gunicorn lotse.wsgi" in line)
    assert "LOTSE_DEBUG=$${LOTSE_DEBUG:-0}" in server
    assert "runserver" not in makefile  # the demo runs on the production server


@pytest.mark.django_db
def test_with_debug_off_a_missing_page_is_the_portal_404(settings):
    settings.DEBUG = False
    response = Client().get("/en/dortmund/no-such-page/at-all/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "portal/lotse.css" in html and 'class="brand"' in html
    assert "technical" not in html.lower() and "URLconf" not in html


@pytest.mark.django_db
def test_with_debug_off_an_error_is_the_portal_500(settings):
    settings.DEBUG = False
    from lotse.ops.views import server_error

    response = server_error(RequestFactory().get("/en/dortmund/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "portal/lotse.css" in html and 'class="brand"' in html
    assert "Something went wrong on our side." in html
    from django.template.loader import get_template

    assert "portal/lotse.css" in get_template("500.html").render({})


def test_static_files_stay_readable_by_the_web_server(tmp_path, settings):
    """Uploads are 0600 in 0700 folders; collectstatic's files must not be (nginx reads them)."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import storages

    settings.STATIC_ROOT = tmp_path / "static"
    storage = storages.create_storage(settings.STORAGES["staticfiles"])
    storage.location = str(settings.STATIC_ROOT)
    name = storage.save("portal/x.css", ContentFile(b"body{}"))
    path = settings.STATIC_ROOT / name
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o755
