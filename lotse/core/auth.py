"""Staff authentication: DB-backed login throttling, optional TOTP (RFC 6238), API tokens."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
import struct
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from lotse.core.api import ApiError
from lotse.core.audit import Action, audit_record
from lotse.core.models import ApiToken, LoginAttempt, StaffProfile, StaffSecondFactor

TOTP_STEP = 30
TOTP_DIGITS = 6


def _setting(name: str, default: int) -> int:
    return int(getattr(settings, name, default))


# --- TOTP (RFC 6238 on top of RFC 4226 HOTP, SHA-1, 6 digits, 30 s) -------------------------


def totp_secret_new() -> str:
    return base64.b32encode(secrets.token_bytes(20)).decode("ascii")


def hotp(secret: str, counter: int, digits: int = TOTP_DIGITS) -> str:
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 10**digits
    return str(code).zfill(digits)


def totp_counter(at: dt.datetime | None = None) -> int:
    moment = at or timezone.now()
    return int(moment.timestamp()) // TOTP_STEP


def totp_code(secret: str, at: dt.datetime | None = None) -> str:
    return hotp(secret, totp_counter(at))


def totp_uri(*, secret: str, username: str, issuer: str = "Lotse") -> str:
    label = urllib.parse.quote(f"{issuer}:{username}")
    query = urllib.parse.urlencode({"secret": secret, "issuer": issuer, "digits": TOTP_DIGITS})
    return f"otpauth://totp/{label}?{query}"


def totp_verify(*, factor: StaffSecondFactor, code: str, at: dt.datetime | None = None) -> bool:
    """Accept the code of the current step or one step either side (clock drift), and never a
    step at or before the last accepted one (no replay)."""
    code = (code or "").strip().replace(" ", "")
    if not code.isdigit() or len(code) != TOTP_DIGITS:
        return False
    now = totp_counter(at)
    with transaction.atomic():
        locked = StaffSecondFactor.objects.select_for_update().get(pk=factor.pk)
        for counter in (now - 1, now, now + 1):
            if counter > locked.last_counter and hmac.compare_digest(
                hotp(locked.secret, counter), code
            ):
                locked.last_counter = counter
                locked.save(update_fields=["last_counter"])
                factor.last_counter = counter
                return True
    return False


def second_factor_start(*, user: User) -> StaffSecondFactor:
    """A new secret for the user: replaces an unconfirmed one, or — when a factor is already
    on — becomes the pending replacement, while the enabled secret keeps working until the
    new one is confirmed (the account is never left without its second factor)."""
    secret = totp_secret_new()
    factor = StaffSecondFactor.objects.filter(user=user, enabled=True).first()
    if factor is not None:
        factor.pending_secret = secret
        factor.save(update_fields=["pending_secret"])
        return factor
    factor, _created = StaffSecondFactor.objects.update_or_create(
        user=user,
        defaults={"secret": secret, "enabled": False, "last_counter": 0, "pending_secret": ""},
    )
    return factor


def _pending_verify(factor: StaffSecondFactor, code: str) -> bool:
    """The code of the pending secret (current step or one either side); on success it
    becomes the factor's secret."""
    code = (code or "").strip().replace(" ", "")
    if not factor.pending_secret or not code.isdigit() or len(code) != TOTP_DIGITS:
        return False
    now = totp_counter()
    for counter in (now - 1, now, now + 1):
        if hmac.compare_digest(hotp(factor.pending_secret, counter), code):
            factor.secret, factor.pending_secret = factor.pending_secret, ""
            factor.last_counter = counter
            factor.save(update_fields=["secret", "pending_secret", "last_counter"])
            return True
    return False


def second_factor_confirm(*, user: User, code: str, keep_session_key: str | None = None) -> bool:
    """Switch the second factor on (or to the pending replacement) with a valid code. The
    factor changed, so every other session of the user ends and every API token is revoked
    (a thief holding an old session or token does not outlive the change)."""
    factor = StaffSecondFactor.objects.filter(user=user).first()
    if factor is None:
        return False
    if factor.enabled:
        if not _pending_verify(factor, code):
            return False
    else:
        if not totp_verify(factor=factor, code=code):
            return False
        factor.enabled = True
        factor.save(update_fields=["enabled"])
    sessions_end_others(user=user, keep_session_key=keep_session_key)
    ApiToken.objects.filter(user=user).delete()
    return True


def password_confirm(*, request: HttpRequest | None, user: User, password: str) -> bool:
    """Re-authentication before a security change (the second factor): the password again,
    throttled and counted like a login."""
    ip = client_ip(request)
    if login_locked(username=user.get_username(), ip=ip):
        return False
    ok = bool(password) and user.check_password(password)
    if not ok:
        login_attempt_record(username=user.get_username(), ip=ip, succeeded=False)
    return ok


def sessions_end_others(*, user: User, keep_session_key: str | None) -> int:
    """Delete every stored session of `user` except `keep_session_key`; how many ended.
    Reads each unexpired session (database sessions): fine for staff-sized tables."""
    from django.contrib.auth import SESSION_KEY
    from django.contrib.sessions.models import Session

    ended = []
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.session_key == keep_session_key:
            continue
        if str(session.get_decoded().get(SESSION_KEY)) == str(user.pk):
            ended.append(session.session_key)
    Session.objects.filter(session_key__in=ended).delete()
    return len(ended)


def second_factor_enabled(user: User) -> StaffSecondFactor | None:
    return StaffSecondFactor.objects.filter(user=user, enabled=True).first()


# --- Login throttling ------------------------------------------------------------------------


def client_ip(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    # REMOTE_ADDR only: X-Forwarded-For is set by clients too; nginx should set REMOTE_ADDR.
    return request.META.get("REMOTE_ADDR") or None


def _failures_since_success(attempts: QuerySet[LoginAttempt], since: dt.datetime) -> int:
    last_ok = (
        attempts.filter(succeeded=True, at__gte=since)
        .order_by("-at")
        .values_list("at", flat=True)
        .first()
    )
    return attempts.filter(
        succeeded=False, at__gte=max(since, last_ok) if last_ok else since
    ).count()


def login_address_known(*, username: str, ip: str | None, now: dt.datetime | None = None) -> bool:
    """Whether the account logged in successfully from this address within
    LOTSE_LOGIN_KNOWN_ADDRESS_DAYS (90): such an address stays open when strangers lock
    the account or share the address."""
    if ip is None:
        return False
    now = now or timezone.now()
    since = now - dt.timedelta(days=_setting("LOTSE_LOGIN_KNOWN_ADDRESS_DAYS", 90))
    return LoginAttempt.objects.filter(
        username=username.strip().lower()[:150], ip=ip, succeeded=True, at__gte=since
    ).exists()


def login_locked(*, username: str, ip: str | None, now: dt.datetime | None = None) -> bool:
    """Whether a login of `username` from `ip` is refused now. Within
    LOTSE_LOGIN_WINDOW_SECONDS (900), counting failures since the last success:

    - LOTSE_LOGIN_MAX_FAILURES (5) for this account from this address (guessing one password);
    - LOTSE_LOGIN_MAX_FAILURES_PER_IP (20) from this address (guessing many accounts), except
      for an account that has logged in from this address before (a shared office address);
    - LOTSE_LOGIN_MAX_FAILURES_PER_ACCOUNT (100) for the account from all addresses (a
      distributed guess), except from addresses it has used successfully before.

    So five wrong passwords from a stranger lock only the stranger out, and a locked account
    stays reachable from its owner's usual addresses."""
    now = now or timezone.now()
    since = now - dt.timedelta(seconds=_setting("LOTSE_LOGIN_WINDOW_SECONDS", 900))
    name = username.strip().lower()[:150]
    account = LoginAttempt.objects.filter(username=name)
    pair = account.filter(ip=ip) if ip is not None else account.filter(ip__isnull=True)
    if _failures_since_success(pair, since) >= _setting("LOTSE_LOGIN_MAX_FAILURES", 5):
        return True
    known = login_address_known(username=name, ip=ip, now=now)
    if ip is not None and not known:
        ip_failures = LoginAttempt.objects.filter(ip=ip, succeeded=False, at__gte=since).count()
        if ip_failures >= _setting("LOTSE_LOGIN_MAX_FAILURES_PER_IP", 20):
            return True
    if known:
        return False
    return _failures_since_success(account, since) >= _setting(
        "LOTSE_LOGIN_MAX_FAILURES_PER_ACCOUNT", 100
    )


def login_attempt_record(*, username: str, ip: str | None, succeeded: bool) -> None:
    LoginAttempt.objects.create(username=username.strip().lower()[:150], ip=ip, succeeded=succeeded)


def _account_city(username: str) -> int | None:
    """The city of the staff account a login names (its admins see the failures)."""
    return (
        StaffProfile.objects.filter(user__username=username[:150])
        .values_list("city_id", flat=True)
        .first()
    )


@dataclass(frozen=True)
class LoginResult:
    user: User | None
    error: str = ""  # "", "locked", "invalid", "otp_required", "otp_invalid"


def staff_authenticate(
    *, request: HttpRequest | None, username: str, password: str, otp: str = ""
) -> LoginResult:
    """Password (argon2) plus, when the account has it, a TOTP code; throttled per username
    and per address. Every outcome is recorded, failures count towards the lock."""
    ip = client_ip(request)
    if login_locked(username=username, ip=ip):
        audit_record(
            actor=None, action=Action.LOGIN_FAILED, object_type="user", object_id="-",
            reason="locked: too many failed attempts", actor_label=username[:150] or "-",
            city_id=_account_city(username),
        )  # fmt: skip
        return LoginResult(None, "locked")
    user = authenticate(request, username=username, password=password, otp=otp, throttled=True)
    if user is None:
        login_attempt_record(username=username, ip=ip, succeeded=False)
        return LoginResult(None, "invalid")
    factor = second_factor_enabled(user)
    if factor is not None:
        if not otp:
            return LoginResult(None, "otp_required")
        if not totp_verify(factor=factor, code=otp):
            login_attempt_record(username=username, ip=ip, succeeded=False)
            return LoginResult(None, "otp_invalid")
    login_attempt_record(username=username, ip=ip, succeeded=True)
    audit_record(actor=user, action=Action.LOGIN, object_type="user", object_id=user.pk)
    return LoginResult(user)


class StaffBackend(ModelBackend):
    """For AUTHENTICATION_BACKENDS: the model backend plus throttling and TOTP, so that the
    Django admin login obeys the same rules. A TOTP user cannot log in with the password
    alone here; they use the staff login, which asks for the code."""

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        otp: str = "",
        throttled: bool = False,
        **kwargs: Any,
    ) -> User | None:
        if throttled:  # staff_authenticate already checked the lock and checks the code
            return super().authenticate(request, username=username, password=password, **kwargs)
        if username is None or password is None:
            return None
        ip = client_ip(request)
        if login_locked(username=username, ip=ip):
            raise PermissionDenied("too many failed logins")
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is not None:
            factor = second_factor_enabled(user)
            if factor is not None and not (otp and totp_verify(factor=factor, code=otp)):
                user = None
        login_attempt_record(username=username, ip=ip, succeeded=user is not None)
        return user


# --- API tokens ------------------------------------------------------------------------------


def _token_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def api_token_issue(*, user: User) -> str:
    """A new random token, valid LOTSE_API_TOKEN_SECONDS (8 h); only its hash is stored."""
    raw = secrets.token_urlsafe(32)
    now = timezone.now()
    ApiToken.objects.create(
        user=user,
        key_hash=_token_hash(raw),
        created_at=now,
        expires_at=now + dt.timedelta(seconds=_setting("LOTSE_API_TOKEN_SECONDS", 8 * 3600)),
    )
    return raw


def api_token_user(raw: str) -> User | None:
    if not raw or len(raw) > 200:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=_token_hash(raw), expires_at__gt=timezone.now())
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    return token.user


def api_token_revoke(*, raw: str) -> None:
    ApiToken.objects.filter(key_hash=_token_hash(raw)).delete()


def bearer_token(request: HttpRequest) -> str:
    header = request.headers.get("Authorization", "")
    scheme, _sep, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


ApiView = Callable[..., HttpResponse]


def api_login_required(view: ApiView) -> ApiView:
    """Authenticate an API request by its Bearer token only (never by session cookie), so
    the view can be CSRF-exempt: a browser cannot attach the token to a forged request."""

    @csrf_exempt
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        user = api_token_user(bearer_token(request))
        if user is None:
            raise ApiError(
                status=401,
                code="unauthorized",
                message="A valid token is needed: Authorization: Bearer <token>.",
                fields={"Authorization": "missing, invalid or expired token"},
            )
        request.user = user
        return view(request, *args, **kwargs)

    return wrapped
