"""Holidays, calendar files, proof-of-work and video links: the pure building blocks."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings as django_settings

from lotse.appointments import ics, pow, video
from lotse.appointments.holidays import easter_sunday, is_public_holiday, nrw_holidays

# Dortmund keeps the project zone (City.timezone defaults to settings.TIME_ZONE).
BERLIN = ZoneInfo(django_settings.TIME_ZONE)


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2024, dt.date(2024, 3, 31)),
        (2025, dt.date(2025, 4, 20)),
        (2026, dt.date(2026, 4, 5)),
        (2027, dt.date(2027, 3, 28)),
        (2038, dt.date(2038, 4, 25)),
    ],
)
def test_easter_matches_published_dates(year: int, expected: dt.date) -> None:
    assert easter_sunday(year) == expected


def test_nrw_has_eleven_holidays_with_moving_feasts_from_easter() -> None:
    days = nrw_holidays(2026)
    assert len(days) == 11
    assert days[dt.date(2026, 4, 3)] == "Karfreitag"
    assert days[dt.date(2026, 5, 14)] == "Christi Himmelfahrt"
    assert days[dt.date(2026, 5, 25)] == "Pfingstmontag"
    assert days[dt.date(2026, 6, 4)] == "Fronleichnam"
    assert is_public_holiday(dt.date(2026, 11, 1))
    assert not is_public_holiday(dt.date(2026, 11, 2))


def _event(summary: str = "Beratung") -> ics.Event:
    start = dt.datetime(2026, 12, 1, 10, 0, tzinfo=BERLIN)
    return ics.Event(
        uid="abc@lotse",
        sequence=2,
        start=start,
        end=start + dt.timedelta(minutes=30),
        summary=summary,
        location="Südwall 2-4, 44137 Dortmund",
        description="x" * 200,
        organizer_email="termine@example.org",
        attendee_email="a@example.org",
        attendee_name="Ana; Müller",
    )


def test_calendar_lines_end_in_crlf_and_fold_at_75_octets() -> None:
    text = ics.calendar(_event(), method="REQUEST", now=dt.datetime(2026, 11, 22, tzinfo=dt.UTC))
    assert text.endswith("\r\n")
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode()) <= 75 for line in lines)
    assert any(line.startswith(" ") for line in lines), "the long description is folded"
    unfolded = text.replace("\r\n ", "")
    assert "METHOD:REQUEST" in unfolded
    assert "UID:abc@lotse" in unfolded and "SEQUENCE:2" in unfolded
    assert "DTSTART:20261201T090000Z" in unfolded  # 10:00 in Berlin (CET) is 09:00 UTC
    assert "LOCATION:Südwall 2-4\\, 44137 Dortmund" in unfolded
    assert 'CN="Ana; Müller"' in unfolded


def test_folding_never_splits_a_multibyte_character() -> None:
    line = "SUMMARY:" + "ü" * 80
    folded = ics.fold(line)
    for part in folded.split("\r\n"):
        part.encode("utf-8").decode("utf-8")
        assert len(part.encode()) <= 75
    assert folded.replace("\r\n ", "") == line


def test_cancel_calendar_says_cancel() -> None:
    text = ics.calendar(_event(), method="CANCEL", now=dt.datetime(2026, 11, 22, tzinfo=dt.UTC))
    assert "METHOD:CANCEL" in text and "STATUS:CANCELLED" in text


@pytest.mark.django_db
def test_proof_of_work_is_verified_once() -> None:
    issued = pow.challenge_issue()
    nonce = pow.proof_solve(issued.challenge, issued.difficulty)
    pow.proof_verify(challenge=issued.challenge, nonce=nonce)
    with pytest.raises(pow.ProofInvalid, match="already used"):
        pow.proof_verify(challenge=issued.challenge, nonce=nonce)


@pytest.mark.django_db
def test_proof_of_work_rejects_forged_challenges_and_weak_nonces(settings) -> None:
    settings.LOTSE_POW_DIFFICULTY = 20
    issued = pow.challenge_issue()
    weak = next(
        n
        for n in (format(i, "x") for i in range(10000))
        if pow.leading_zero_bits(
            __import__("hashlib").sha256((issued.challenge + n).encode()).digest()
        )
        < 20
    )
    with pytest.raises(pow.ProofInvalid, match="not enough work"):
        pow.proof_verify(challenge=issued.challenge, nonce=weak)
    forged = issued.challenge.replace(issued.challenge[-3:], "AAA")
    with pytest.raises(pow.ProofInvalid, match="not issued"):
        pow.proof_verify(challenge=forged, nonce="0")


def test_room_names_are_long_and_distinct() -> None:
    names = {video.room_name_new() for _ in range(200)}
    assert len(names) == 200
    assert all(len(n) >= 27 for n in names)


def test_room_url_carries_a_jwt_with_validity_when_a_secret_is_set(settings) -> None:
    import base64
    import hashlib
    import hmac
    import json

    settings.LOTSE_VIDEO_BASE_URL = "https://video.example.org/"
    settings.LOTSE_JITSI_APP_SECRET = "s3cret"
    start = dt.datetime(2026, 12, 1, 10, tzinfo=BERLIN)
    url = video.room_url(
        room="lotse-x", not_before=start, expires=start + dt.timedelta(hours=1), name="A"
    )
    assert url.startswith("https://video.example.org/lotse-x?jwt=")
    token = url.split("jwt=")[1]
    head, body, signature = token.split(".")
    expected = hmac.new(b"s3cret", f"{head}.{body}".encode(), hashlib.sha256).digest()
    assert base64.urlsafe_b64encode(expected).rstrip(b"=").decode() == signature
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    assert claims["room"] == "lotse-x"
    assert claims["nbf"] == int(start.timestamp())
    assert claims["exp"] == int(start.timestamp()) + 3600


def test_room_url_is_plain_without_a_secret(settings) -> None:
    settings.LOTSE_VIDEO_BASE_URL = "https://meet.jit.si"
    settings.LOTSE_JITSI_APP_SECRET = ""
    now = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    assert (
        video.room_url(room="lotse-y", not_before=now, expires=now, name="A")
        == "https://meet.jit.si/lotse-y"
    )
