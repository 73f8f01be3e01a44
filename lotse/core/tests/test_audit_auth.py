"""Staff authentication: TOTP per RFC 6238, DB throttling, the admin backend, API tokens."""

from __future__ import annotations

import base64
import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied

from lotse.core.auth import (
    StaffBackend,
    api_token_issue,
    api_token_user,
    hotp,
    second_factor_start,
    staff_authenticate,
    totp_code,
    totp_verify,
)
from lotse.core.models import LoginAttempt, StaffSecondFactor

RFC_SECRET = base64.b32encode(b"12345678901234567890").decode()


def test_totp_matches_the_rfc_6238_test_vectors():
    # RFC 6238 appendix B, SHA-1, 8 digits: T=59 -> 94287082, T=1111111109 -> 07081804.
    assert hotp(RFC_SECRET, 59 // 30, digits=8) == "94287082"
    assert hotp(RFC_SECRET, 1111111109 // 30, digits=8) == "07081804"
    # RFC 4226 appendix D, counter 0 -> 755224.
    assert hotp(RFC_SECRET, 0) == "755224"


@pytest.fixture
def user(db, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return User.objects.create_user(username="staffer", password="right-password-1")


def test_a_totp_code_is_accepted_once_and_never_replayed(user):
    factor = second_factor_start(user=user)
    now = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)
    code = totp_code(factor.secret, now)
    assert totp_verify(factor=factor, code=code, at=now)
    assert not totp_verify(factor=factor, code=code, at=now)
    assert not totp_verify(factor=factor, code="000000" if code != "000000" else "111111", at=now)


def test_login_with_second_factor_needs_the_current_code(user):
    factor = second_factor_start(user=user)
    StaffSecondFactor.objects.filter(pk=factor.pk).update(enabled=True)
    without = staff_authenticate(request=None, username="staffer", password="right-password-1")
    assert without.user is None and without.error == "otp_required"
    ok = staff_authenticate(
        request=None, username="staffer", password="right-password-1", otp=totp_code(factor.secret)
    )
    assert ok.user == user


def test_five_failures_lock_the_username_until_the_window_passes(user, settings):
    for _ in range(5):
        assert (
            staff_authenticate(request=None, username="staffer", password="no").error == "invalid"
        )
    locked = staff_authenticate(request=None, username="staffer", password="right-password-1")
    assert locked.error == "locked"
    LoginAttempt.objects.update(at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    assert staff_authenticate(request=None, username="staffer", password="right-password-1").user


def test_admin_backend_refuses_locked_and_password_only_totp_logins(user):
    backend = StaffBackend()
    assert backend.authenticate(None, username="staffer", password="right-password-1") == user
    factor = second_factor_start(user=user)
    StaffSecondFactor.objects.filter(pk=factor.pk).update(enabled=True)
    assert backend.authenticate(None, username="staffer", password="right-password-1") is None
    for _ in range(4):  # the refused password-only login above was the first failure
        assert backend.authenticate(None, username="staffer", password="wrong") is None
    with pytest.raises(PermissionDenied):
        backend.authenticate(None, username="staffer", password="right-password-1")


def test_api_tokens_resolve_to_their_user_and_unknown_ones_to_nobody(user):
    raw = api_token_issue(user=user)
    assert api_token_user(raw) == user
    assert api_token_user(raw + "x") is None
    assert api_token_user("") is None
