"""Plan reminders: double opt-in from the plan page, mails only to confirmed people, once per
step, date and lead — also when the worker is stopped and started again —, one-click
unsubscribe, recomputed dates, and nothing left once the plan is gone."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from lotse.core import outbox
from lotse.core.errors import Limited
from lotse.core.models import AuditEvent, OutgoingMail
from lotse.core.testing import task_worker
from lotse.plans import reminders, selectors, services
from lotse.plans.models import Plan, ReminderSent, ReminderSubscription

pytestmark = pytest.mark.django_db


def _plan(*, expires_in: int, **changes: object) -> Plan:
    today = timezone.localdate()
    profile = selectors.profile_from_data(
        {
            "city": "dortmund",
            "purpose": "work",
            "citizenship": "IN",
            "qualification": "vocational",
            "job_offer": True,
            "in_germany": True,
            "registered": True,
            "has_housing": True,
            "current_permit": "residence-permit-skilled-work",
            "permit_expires": (today + dt.timedelta(days=expires_in)).isoformat(),
            **changes,
        }
    )
    return services.plan_create(profile=profile)


def _subscribe(client, plan: Plan, email: str, days: str = "56, 14", lang: str = "en") -> str:
    """Ask for reminders on the plan page; returns the confirm link from the mail."""
    response = client.post(
        f"/{lang}/dortmund/plan/{plan.token}/reminders/", {"email": email, "days_before": days}
    )
    assert response.status_code == 303
    assert response["Location"].endswith("?reminders=sent#reminders")
    confirm = OutgoingMail.objects.filter(kind="plan_reminder_confirm", recipient=email).last()
    assert confirm is not None
    return re.search(r"https?://\S+/confirm/\S+/", confirm.body).group(0)  # type: ignore[union-attr]


def _path(link: str) -> str:
    return "/" + link.split("://", 1)[1].split("/", 1)[1]


def run_worker() -> int:
    """One start of the task worker: run every task that is ready now (reminder runs and
    outbox sends), until none is left. Tests never commit, so the sweeper enqueues the mails'
    send tasks first, as it does in production for a lost enqueue."""
    worker = task_worker()
    ran = 0
    while True:
        outbox.outbox_flush(grace_seconds=0)
        ready = list(DBTaskResult.objects.ready())
        if not ready:
            return ran
        for result in ready:
            result.claim(worker.worker_id)
            worker.run_task(result)
            ran += 1


def reminder_mails() -> list[mail.EmailMessage]:
    return [m for m in mail.outbox if "Reminder" in m.subject or "Erinnerung" in m.subject]


def test_reminders_go_out_once_and_only_to_confirmed_people_across_worker_restarts(client):
    confirmed = _plan(expires_in=10)
    pending = _plan(expires_in=10)
    left = _plan(expires_in=10)
    client.post(_path(_subscribe(client, confirmed, "ana@example.org")))
    _subscribe(client, pending, "ben@example.org")  # never confirmed
    client.post(_path(_subscribe(client, left, "cem@example.org")))
    sub = ReminderSubscription.objects.get(plan=left)
    client.post(_path(reminders.unsubscribe_link(sub)))
    assert not ReminderSubscription.objects.filter(plan=left).exists()

    # The worker was stopped while this happened: nothing went out from the requests.
    assert reminder_mails() == []
    reminders.reminders_schedule()
    run_worker()  # the worker starts
    first = reminder_mails()
    # Extension (due the day before expiry), fictional certificate (due on expiry) and the
    # permit's own end: three dates, each within two weeks -> one mail each.
    assert len(first) == 3
    assert {tuple(m.to) for m in first} == {("ana@example.org",)}
    assert ReminderSent.objects.filter(subscription__plan=confirmed).count() == 6  # 2 leads each

    # Stopped and started again; the run is queued once more and started by hand as well.
    reminders.reminders_schedule()
    run_worker()
    assert reminders.reminders_run()["sent"] == 0
    run_worker()
    assert len(reminder_mails()) == 3


def test_each_mail_has_an_ics_with_alarms_and_a_one_click_unsubscribe(client):
    plan = _plan(expires_in=12)
    client.post(_path(_subscribe(client, plan, "ana@example.org", days="30, 7")))
    reminders.reminders_run()
    run_worker()
    messages = reminder_mails()
    assert messages
    for message in messages:
        name, content, mimetype = message.attachments[0]
        assert (name, mimetype) == ("reminder.ics", "text/calendar")
        assert "BEGIN:VALARM" in content and "TRIGGER;RELATED=START:-P7D" in content
        assert "-P30D" in content
        link = re.search(r"https?://\S+/stop/\S+/", message.body)
        assert link, message.body
    # GET only asks (a mail scanner opening the link unsubscribes nobody); POST does it.
    page = client.get(_path(link.group(0)))
    assert page.status_code == 200 and "Stop reminders" in page.content.decode()
    assert ReminderSubscription.objects.filter(plan=plan).exists()
    done = client.post(_path(link.group(0)))
    assert done.status_code == 200
    assert not ReminderSubscription.objects.filter(plan=plan).exists()
    assert not ReminderSent.objects.exists()
    again = client.post(_path(link.group(0)))
    assert again.status_code == 200 and "no reminders" in again.content.decode()


def test_confirm_link_get_asks_post_confirms(client):
    plan = _plan(expires_in=10)
    link = _subscribe(client, plan, "ana@example.org")
    assert client.get(_path(link)).status_code == 200
    assert ReminderSubscription.objects.get(plan=plan).confirmed_at is None
    assert reminders.reminders_run()["sent"] == 0
    client.post(_path(link))
    assert ReminderSubscription.objects.get(plan=plan).confirmed_at is not None
    assert reminders.reminders_run()["sent"] == 3
    forged = link.replace("/confirm/", "/confirm/x")
    assert client.get(_path(forged)).status_code == 404


def test_leads_send_one_mail_each_on_their_day(client):
    today = timezone.localdate()
    plan = _plan(expires_in=300, current_permit="eu-blue-card")
    client.post(_path(_subscribe(client, plan, "ana@example.org", days="56, 14")))
    expires = today + dt.timedelta(days=300)
    runs = {
        offset: reminders.reminders_run(today=expires - dt.timedelta(days=offset))["sent"]
        for offset in (60, 56, 55, 20, 14, 13, 0)
    }
    # The permit's end and the extension (the day before): one mail per date and lead; on
    # the day itself every lead has been mailed already.
    assert runs == {60: 0, 56: 2, 55: 0, 20: 0, 14: 2, 13: 0, 0: 0}


def test_a_changed_plan_is_reminded_of_its_new_date(client):
    plan = _plan(expires_in=10)
    client.post(_path(_subscribe(client, plan, "ana@example.org", days="14")))
    assert reminders.reminders_run()["sent"] == 3
    later = (timezone.localdate() + dt.timedelta(days=12)).isoformat()
    services.plan_update(
        plan=plan,
        profile=selectors.profile_from_data({**plan.profile, "permit_expires": later}),
    )
    assert reminders.reminders_run()["sent"] == 3  # the moved dates are new dates
    assert reminders.reminders_run()["sent"] == 0


def test_ticked_steps_get_no_reminder(client):
    plan = _plan(expires_in=10)
    services.plan_ticks_set(
        plan=plan,
        done=["residence-permit-extension", "fictional-certificate"],
        allowed={"residence-permit-extension", "fictional-certificate"},
    )
    client.post(_path(_subscribe(client, plan, "ana@example.org")))
    reminders.reminders_run()
    steps = set(ReminderSent.objects.values_list("step", flat=True))
    assert steps == {reminders.PERMIT_EXPIRES}


def test_reminders_are_in_the_persons_language(client):
    plan = _plan(expires_in=10)
    client.post(_path(_subscribe(client, plan, "ana@example.org", lang="de")))
    reminders.reminders_run()
    run_worker()
    subjects = [m.subject for m in mail.outbox if m.to == ["ana@example.org"]]
    assert any(s.startswith("Erinnerung") for s in subjects), subjects


@pytest.mark.parametrize(
    ("email", "days", "state"),
    [
        ("not-an-address", "56, 14", "invalid"),
        ("ana@example.org", "0", "invalid-days"),
        ("ana@example.org", "1, 2, 3, 4, 5", "invalid-days"),
        ("ana@example.org", "soon", "invalid-days"),
    ],
)
def test_bad_opt_in_is_refused_with_a_message(client, email, days, state):
    plan = _plan(expires_in=10)
    response = client.post(
        f"/en/dortmund/plan/{plan.token}/reminders/", {"email": email, "days_before": days}
    )
    assert response["Location"].endswith(f"?reminders={state}#reminders")
    assert not ReminderSubscription.objects.exists()
    page = client.get(response["Location"].split("#")[0])
    assert 'role="alert"' in page.content.decode()


def test_opt_in_mails_are_limited_per_plan(client):
    plan = _plan(expires_in=10)
    for _ in range(reminders.SUBSCRIBE_MAILS_PER_HOUR):
        _subscribe(client, plan, "ana@example.org")
    response = client.post(
        f"/en/dortmund/plan/{plan.token}/reminders/", {"email": "ana@example.org"}
    )
    assert response["Location"].endswith("?reminders=limited#reminders")


def test_plan_mail_limits_count_the_plans_own_mails_of_the_last_hour():
    """The link form's limit counts every mail about the plan, the opt-in form's only opt-in
    mails; another plan's mails and mails older than an hour do not count."""
    plan, other = _plan(expires_in=10), _plan(expires_in=10)
    for target in (plan, plan, other):
        services.plan_mail_enqueue(
            plan=target, kind="plan_reminder", recipient="ana@example.org", subject="s", body="b"
        )
    services.plan_mails_limit(plan=plan, per_hour=3)
    services.plan_mails_limit(plan=plan, per_hour=1, kind="plan_reminder_confirm")
    with pytest.raises(Limited):
        services.plan_mails_limit(plan=plan, per_hour=2)
    with pytest.raises(Limited):
        services.plan_mails_limit(plan=plan, per_hour=2, kind="plan_reminder")
    OutgoingMail.objects.filter(ref_type="plan", ref_id=plan.pk).update(
        created_at=timezone.now() - dt.timedelta(hours=2)
    )
    services.plan_mails_limit(plan=plan, per_hour=1)


def test_no_reminder_data_outlives_the_plan(client):
    plan = _plan(expires_in=10)
    client.post(_path(_subscribe(client, plan, "ana@example.org")))
    reminders.reminders_run()
    assert ReminderSent.objects.exists()
    Plan.objects.filter(pk=plan.pk).delete()
    assert not ReminderSubscription.objects.exists()
    assert not ReminderSent.objects.exists()


def test_retention_deletes_unused_plans_with_their_reminders(client):
    today = timezone.localdate()
    old = _plan(expires_in=10)
    fresh = _plan(expires_in=10)
    client.post(_path(_subscribe(client, old, "ana@example.org")))
    Plan.objects.filter(pk=old.pk).update(last_used=today - dt.timedelta(days=181))
    Plan.objects.filter(pk=fresh.pk).update(last_used=today - dt.timedelta(days=10))
    stale = _plan(expires_in=10)
    _subscribe(client, stale, "ben@example.org")
    ReminderSubscription.objects.filter(plan=stale).update(
        created_at=timezone.now() - dt.timedelta(days=8)
    )
    assert services.plans_retention_run(today=today, days=180) == 1
    assert set(Plan.objects.values_list("pk", flat=True)) == {fresh.pk, stale.pk}
    assert not ReminderSubscription.objects.exists()
    assert AuditEvent.objects.filter(object_type="plan", action="erase").count() == 1


def test_opening_the_plan_counts_as_use(client):
    plan = _plan(expires_in=10)
    assert Plan.objects.get(pk=plan.pk).last_used is None
    assert client.get(f"/en/dortmund/plan/{plan.token}/").status_code == 200
    assert Plan.objects.get(pk=plan.pk).last_used == timezone.localdate()


def test_reminder_writes_are_audited(client):
    plan = _plan(expires_in=10)
    client.post(_path(_subscribe(client, plan, "ana@example.org")))
    reminders.reminders_run()
    reasons = set(
        AuditEvent.objects.filter(object_type="plan_reminders").values_list("action", "reason")
    )
    assert {("create", ""), ("update", "confirmed"), ("read", "reminder mailed")} <= reasons
    assert not AuditEvent.objects.filter(details__icontains="ana@").exists()


def test_plan_page_offers_reminders_and_shows_when_they_are_on(client):
    plan = _plan(expires_in=10)
    html = client.get(f"/en/dortmund/plan/{plan.token}/").content.decode()
    assert 'id="reminders"' in html and 'value="56, 14"' in html
    client.post(_path(_subscribe(client, plan, "ana@example.org")))
    html = client.get(f"/en/dortmund/plan/{plan.token}/").content.decode()
    assert "Reminders are on: 56, 14 days" in html
    client.post(f"/en/dortmund/plan/{plan.token}/reminders/", {"stop": "1"})
    assert not ReminderSubscription.objects.exists()


def test_a_corrected_rule_moves_the_reminder_to_the_new_date(client, monkeypatch):
    import dataclasses

    from lotse.plans.rulebook import Due, ruleset

    plan = _plan(expires_in=40)
    client.post(_path(_subscribe(client, plan, "ana@example.org", days="56")))
    reminders.reminders_run()
    before = set(ReminderSent.objects.values_list("step", "day"))
    rules = ruleset()
    corrected = dataclasses.replace(
        rules,
        rules=[
            dataclasses.replace(rule, due=Due(anchor="permit_expires", days=-28))
            if rule.id == "extension-before-expiry"
            else rule
            for rule in rules.rules
        ],
    )
    monkeypatch.setattr(selectors, "ruleset", lambda: corrected)
    assert reminders.reminders_run()["sent"] == 1
    new = set(ReminderSent.objects.values_list("step", "day")) - before
    expires = timezone.localdate() + dt.timedelta(days=40)
    assert new == {("residence-permit-extension", expires - dt.timedelta(days=28))}


def test_confirming_queues_a_reminder_run_for_the_worker(
    client, django_capture_on_commit_callbacks
):
    plan = _plan(expires_in=10)
    link = _subscribe(client, plan, "ana@example.org")
    DBTaskResult.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_path(link))
    queued = DBTaskResult.objects.filter(task_path=reminders.reminders_task.module_path)
    assert queued.count() == 1
    assert reminder_mails() == []  # the request itself mails nothing
    run_worker()
    assert len(reminder_mails()) == 3
    # The run queued its successor for later (the chain survives restarts).
    assert DBTaskResult.objects.filter(
        task_path=reminders.reminders_task.module_path, status="READY"
    ).exists()
