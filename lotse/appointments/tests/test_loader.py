"""The appointments loader checks the whole file first and names every problem with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from lotse.appointments import services
from lotse.appointments.models import AppointmentType
from lotse.core.datafiles import DataFileError
from lotse.core.testing import city_file_languages

pytestmark = pytest.mark.django_db

BAD = """\
appointment_types:
  - key: ok-type
    office: welcome-center
    mode: in_person
    names: {en: "Fine"}
    duration_minutes: 30
    capacity: 1
  - key: broken
    office: nowhere
    mode: teleport
    names: {en: "Broken"}
    capacity: many
    hours:
      - {days: [mo, xx], opens: "10:00", closes: "09:00"}
    colour: red
closure_days:
  - {office: welcome-center, date: "not a date"}
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "appointments.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_bad_file_reports_every_problem_with_its_line_and_writes_nothing(tmp_path) -> None:
    path = _write(tmp_path, BAD)
    before = AppointmentType.objects.count()
    with pytest.raises(DataFileError) as caught:
        services.appointment_types_load(city_slug="dortmund", path=path)
    errors = "\n".join(caught.value.errors)
    expected = [
        ("appointments.yaml:9:", "unknown office 'nowhere'"),
        ("appointments.yaml:10:", "'mode' is 'teleport', must be one of in_person, video"),
        ("appointments.yaml:8:", "'duration_minutes' is required"),
        ("appointments.yaml:12:", "'capacity' must be a whole number 1–100"),
        ("appointments.yaml:15:", "unknown field 'colour'"),
        ("appointments.yaml:17:", "'date' must be a date (YYYY-MM-DD)"),
        ("appointments.yaml:14:", "unknown day 'xx'"),
        ("appointments.yaml:14:", "'closes' (09:00) must be after 'opens' (10:00)"),
    ]
    for place, message in expected:
        assert any(place in line and message in line for line in caught.value.errors), (
            f"{place} {message} not in:\n{errors}"
        )
    assert AppointmentType.objects.count() == before  # the good type was not written either


@pytest.mark.parametrize(
    "text, line",
    [
        ("appointment_types:\n  - key: a\n    office: [unclosed\n", 3),
        ("appointment_types: {key: a}\n", 1),
        ("appointment_types:\n  - just a string\n", 1),
    ],
)
def test_malformed_files_are_errors_not_crashes(tmp_path, text: str, line: int) -> None:
    with pytest.raises(DataFileError) as caught:
        services.appointment_types_load(city_slug="dortmund", path=_write(tmp_path, text))
    assert caught.value.errors
    assert any(
        f"appointments.yaml:{line}:" in e or f"appointments.yaml:{line + 1}:" in e
        for e in caught.value.errors
    ), caught.value.errors


def test_the_command_lists_the_problems_instead_of_a_traceback(tmp_path) -> None:
    city_dir = tmp_path / "dortmund"
    city_dir.mkdir()
    (city_dir / "appointments.yaml").write_text(BAD, encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        call_command("appointments_load", "dortmund", "--dir", str(city_dir))
    assert "nothing was loaded" in str(caught.value)
    assert "appointments.yaml:9: appointment type 'broken': unknown office 'nowhere'" in str(
        caught.value
    )


def test_the_shipped_file_of_dortmund_is_valid() -> None:
    assert services.appointment_types_load(city_slug="dortmund") >= 5


def test_every_dortmund_appointment_type_is_named_in_every_language(settings) -> None:
    """Issue 24: the booking page, its title and the mails name the type in the reader's
    language (the Turkish page said "Register your address" in English)."""
    services.appointment_types_load(city_slug="dortmund")
    languages = set(city_file_languages("dortmund"))
    for type_ in AppointmentType.objects.filter(city__slug="dortmund"):
        missing = sorted(languages - {k for k, v in type_.names.items() if v.strip()})
        assert missing == [], f"{type_.key}: no name in {missing}"
        for code in languages - {"en"}:
            assert type_.name(code) != type_.names["en"], (type_.key, code)
