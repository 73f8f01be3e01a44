"""Issue 13, items 9–11, 13 and 14: case e-mails and names validated and isolated, API
tokens revoked, the audit log per city, login lockout that strangers cannot abuse, and a
second factor that needs the password and ends other sessions."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from lotse.cases import services
from lotse.cases.services import CaseInputError
from lotse.core.audit import audit_record
from lotse.core.auth import (
    api_token_issue,
    api_token_user,
    login_attempt_record,
    totp_code,
)
from lotse.core.models import ApiToken, City, LoginAttempt, Role, StaffSecondFactor

from .conftest import bearer, client_for, make_staff

pytestmark = pytest.mark.django_db


def _open(people, **overrides):
    values = {
        "actor": people["caseworker"],
        "city": City.objects.get(slug="dortmund"),
        "name": "Amira Example",
        "email": "amira@example.org",
        "language": "en",
        "consent": True,
        "service_keys": ["residence-registration"],
    }
    values.update(overrides)
    return services.case_create(**values)


# --- 9: case e-mails and names ------------------------------------------------------------------


@pytest.mark.parametrize(
    "email", ["not-an-address", "a@b", "amira@example.org\nBcc: x@evil.test", "a\x00@b.de"]
)
def test_case_email_is_validated(people, email):
    with pytest.raises(CaseInputError) as raised:
        _open(people, email=email)
    assert raised.value.field == "email"


@pytest.mark.parametrize(
    "name", ["Amira\u202eexe.pdf", "Am\u200bira", "Amira\x00", "Amira\nExample", "Ami\u2066ra"]
)
def test_case_names_with_control_bidi_or_invisible_characters_are_refused(people, name):
    with pytest.raises(CaseInputError) as raised:
        _open(people, name=name)
    assert raised.value.field == "name"


def test_persian_names_keep_their_zero_width_non_joiner(people):
    created = _open(people, name="مهرزاد\u200cی")
    assert created.case.name == "مهرزاد\u200cی"


def test_the_api_names_the_bad_email_field(people):
    response = Client().post(
        "/api/v1/cases",
        {"city": "dortmund", "name": "Amira", "email": "nope", "language": "en",
         "consent": True, "services": ["residence-registration"]},
        content_type="application/json", **bearer(people["caseworker"]),
    )  # fmt: skip
    assert response.status_code == 400
    assert "email" in response.json()["error"]["fields"]


def test_notes_refuse_nul_and_staff_pages_show_text_isolated(people, case):
    with pytest.raises(CaseInputError):
        services.note_add(actor=people["caseworker"], case=case.case, body="a\x00b")
    services.note_add(actor=people["caseworker"], case=case.case, body="see \u202eevil")
    html = client_for(people["caseworker"]).get(f"/en/staff/cases/{case.case.pk}/").content
    page = html.decode()
    assert "<bdi>Amira Example</bdi>" in page
    assert "<bdi>amira@example.org</bdi>" in page
    assert '<p dir="auto"><bdi>see \u202eevil</bdi></p>' in page
    tasks = client_for(people["buergerdienste"]).get("/en/staff/tasks/").content.decode()
    assert "<bdi>Amira Example</bdi>" in tasks


def test_audit_page_isolates_usernames_typed_by_strangers(people):
    audit_record(
        actor=None, action="login_failed", object_type="user", object_id="-",
        actor_label="x\u202egnp.exe", city_id=City.objects.get(slug="dortmund").pk,
    )  # fmt: skip
    html = client_for(people["admin"]).get("/en/staff/audit/").content.decode()
    assert "<bdi>x\u202egnp.exe</bdi>" in html


# --- 10: API tokens --------------------------------------------------------------------------


def test_delete_auth_token_revokes_exactly_that_token(people):
    client = Client()
    user = people["caseworker"]
    first, second = api_token_issue(user=user), api_token_issue(user=user)
    response = client.delete("/api/v1/auth/token", HTTP_AUTHORIZATION=f"Bearer {first}")
    assert response.status_code == 204
    assert client.get("/api/v1/tasks", HTTP_AUTHORIZATION=f"Bearer {first}").status_code == 401
    assert client.get("/api/v1/tasks", HTTP_AUTHORIZATION=f"Bearer {second}").status_code == 200
    again = client.delete("/api/v1/auth/token", HTTP_AUTHORIZATION=f"Bearer {first}")
    assert again.status_code == 401


def test_a_password_change_or_admin_reset_revokes_all_tokens(people):
    user = people["caseworker"]
    raw = api_token_issue(user=user)
    user.set_password("a-new-password-123")
    user.save()
    assert api_token_user(raw) is None
    raw = api_token_issue(user=user)
    # An admin's reset in the back office saves the user the same way.
    admin_copy = User.objects.get(pk=user.pk)
    admin_copy.set_password("reset-by-admin-456")
    admin_copy.save(update_fields=["password"])
    assert api_token_user(raw) is None


def test_deactivating_a_user_revokes_all_tokens(people):
    user = people["caseworker"]
    raw = api_token_issue(user=user)
    user.is_active = False
    user.save()
    user.is_active = True
    user.save()
    assert api_token_user(raw) is None
    assert not ApiToken.objects.filter(user=user).exists()


def test_other_saves_keep_the_tokens(people):
    user = people["caseworker"]
    raw = api_token_issue(user=user)
    user.first_name = "Changed"
    user.save()
    user.last_login = timezone.now()
    user.save(update_fields=["last_login"])
    assert api_token_user(raw) == user


def test_tokens_expire(people, settings):
    settings.LOTSE_API_TOKEN_SECONDS = 60
    raw = api_token_issue(user=people["caseworker"])
    ApiToken.objects.update(
        created_at=timezone.now() - dt.timedelta(seconds=120),
        expires_at=timezone.now() - dt.timedelta(seconds=1),
    )
    assert api_token_user(raw) is None
    assert Client().get("/api/v1/tasks", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401


# --- 11: the audit log per city ----------------------------------------------------------------


def test_audit_log_of_one_city_is_not_readable_by_another_citys_admin(people, case):
    other_admin = make_staff("muster-admin", Role.ADMIN, city="musterstadt")
    # Dortmund's case was read; audit entries exist for it.
    client_for(people["caseworker"]).get(f"/en/staff/cases/{case.case.pk}/")
    api = Client()
    own = api.get(f"/api/v1/audit?case={case.case.pk}", **bearer(people["admin"]))
    assert own.status_code == 200 and own.json()["results"]
    foreign = api.get(f"/api/v1/audit?case={case.case.pk}", **bearer(other_admin))
    assert foreign.status_code == 200 and foreign.json()["results"] == []
    everything = api.get("/api/v1/audit", **bearer(other_admin)).json()["results"]
    assert all(e["case"] != case.case.pk for e in everything)
    assert all(e["actor"] not in {"cw", "adm"} for e in everything)
    page = client_for(other_admin).get(f"/en/staff/audit/?case={case.case.pk}")
    assert page.status_code == 200
    assert f"case {case.case.pk}" not in page.content.decode()
    assert "Amira" not in page.content.decode()


def test_newcomer_events_belong_to_the_city_of_their_case(people, case):
    event = audit_record(
        actor=None, action="upload", object_type="document", object_id=1,
        case_id=case.case.pk, actor_label="newcomer",
    )  # fmt: skip
    assert event.city_id == City.objects.get(slug="dortmund").pk


# --- 13: login lockout that a stranger cannot abuse ------------------------------------------------


def _login(username: str, password: str, ip: str) -> str:
    client = Client(REMOTE_ADDR=ip)
    response = client.post(
        "/en/staff/login/", {"username": username, "password": password}, REMOTE_ADDR=ip
    )
    return (
        "ok"
        if response.status_code == 302
        else ("locked" if response.status_code == 429 else "bad")
    )


def test_a_stranger_cannot_lock_a_staff_account_for_its_owner(people):
    assert _login("cw", "pw-cw-long-enough", "10.0.0.1") == "ok"
    for _ in range(6):
        _login("cw", "wrong", "203.0.113.9")
    assert _login("cw", "pw-cw-long-enough", "203.0.113.9") == "locked"  # the stranger is
    assert _login("cw", "pw-cw-long-enough", "10.0.0.1") == "ok"  # the owner is not
    assert _login("cw", "pw-cw-long-enough", "10.0.0.2") == "ok"  # a new address neither


def test_many_addresses_lock_the_account_except_where_it_logged_in_before(people, settings):
    settings.LOTSE_LOGIN_MAX_FAILURES_PER_ACCOUNT = 10
    assert _login("cw", "pw-cw-long-enough", "10.0.0.1") == "ok"
    for i in range(12):
        login_attempt_record(username="cw", ip=f"198.51.100.{i}", succeeded=False)
    assert _login("cw", "pw-cw-long-enough", "198.51.100.200") == "locked"
    assert _login("cw", "pw-cw-long-enough", "10.0.0.1") == "ok"


def test_one_address_guessing_many_accounts_is_throttled(people):
    for i in range(20):
        login_attempt_record(username=f"guess{i}", ip="203.0.113.7", succeeded=False)
    assert _login("mig", "pw-mig-long-enough", "203.0.113.7") == "locked"
    assert _login("mig", "pw-mig-long-enough", "10.0.0.3") == "ok"
    # an account that used this (shared) address before keeps it
    LoginAttempt.objects.create(username="bd", ip="203.0.113.7", succeeded=True,
                                at=timezone.now() - dt.timedelta(days=3))  # fmt: skip
    assert _login("bd", "pw-bd-long-enough", "203.0.113.7") == "ok"


def test_five_wrong_passwords_from_one_address_still_lock_that_pair(people):
    for _ in range(5):
        assert _login("youth", "wrong", "203.0.113.50") == "bad"
    assert _login("youth", "pw-youth-long-enough", "203.0.113.50") == "locked"


# --- 14: second factor needs the password and ends other sessions --------------------------------


def test_enabling_totp_needs_the_password_again(people):
    client = client_for(people["caseworker"])
    refused = client.post("/en/staff/two-factor/", {"action": "start"})
    assert refused.status_code == 400
    assert not StaffSecondFactor.objects.filter(user=people["caseworker"]).exists()
    wrong = client.post("/en/staff/two-factor/", {"action": "start", "password": "nope"})
    assert wrong.status_code == 400
    ok = client.post("/en/staff/two-factor/", {"action": "start", "password": "pw-cw-long-enough"})
    assert ok.status_code == 200
    assert StaffSecondFactor.objects.filter(user=people["caseworker"], enabled=False).exists()


def test_enabling_totp_ends_the_users_other_sessions_and_tokens(people):
    user = people["caseworker"]
    other_device = client_for(user)
    other_device.get("/en/staff/cases/")
    bystander = client_for(people["admin"])
    raw = api_token_issue(user=user)
    client = client_for(user)
    client.post("/en/staff/two-factor/", {"action": "start", "password": "pw-cw-long-enough"})
    factor = StaffSecondFactor.objects.get(user=user)
    response = client.post(
        "/en/staff/two-factor/", {"action": "confirm", "code": totp_code(factor.secret)}
    )
    assert response.status_code == 200
    assert StaffSecondFactor.objects.get(user=user).enabled
    assert other_device.get("/en/staff/cases/").status_code == 302  # signed out
    assert client.get("/en/staff/cases/").status_code == 200  # this session goes on
    assert bystander.get("/en/staff/audit/").status_code == 200  # other users untouched
    assert api_token_user(raw) is None
    assert Session.objects.count() >= 2


def test_replacing_the_second_factor_needs_the_password_and_keeps_the_old_one_until_confirmed(
    people,
):
    user = people["caseworker"]
    client = client_for(user)
    client.post("/en/staff/two-factor/", {"action": "start", "password": "pw-cw-long-enough"})
    old_secret = StaffSecondFactor.objects.get(user=user).secret
    client.post("/en/staff/two-factor/", {"action": "confirm", "code": totp_code(old_secret)})
    other_device = client_for(user)
    refused = client.post("/en/staff/two-factor/", {"action": "start", "password": "nope"})
    assert refused.status_code == 400
    assert not StaffSecondFactor.objects.get(user=user).pending_secret
    started = client.post(
        "/en/staff/two-factor/", {"action": "start", "password": "pw-cw-long-enough"}
    )
    factor = StaffSecondFactor.objects.get(user=user)
    assert started.status_code == 200 and factor.pending_secret in started.content.decode()
    assert factor.enabled and factor.secret == old_secret  # the old app still works
    wrong = client.post("/en/staff/two-factor/", {"action": "confirm", "code": "000000"})
    assert wrong.status_code == 400
    assert StaffSecondFactor.objects.get(user=user).secret == old_secret
    client.post(
        "/en/staff/two-factor/", {"action": "confirm", "code": totp_code(factor.pending_secret)}
    )
    replaced = StaffSecondFactor.objects.get(user=user)
    assert replaced.enabled and replaced.secret == factor.pending_secret
    assert not replaced.pending_secret
    assert other_device.get("/en/staff/cases/").status_code == 302
