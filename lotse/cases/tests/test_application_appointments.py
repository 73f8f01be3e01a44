"""Issue 19, "schedule an appointment": staff book a free slot of the responsible office for an
online application through the one booking path; the booking is tied to the application, the
person is mailed in their language, the status page and the API show it, the history and the
audit log record every step, and bad choices are refused with clear errors."""

from __future__ import annotations

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.utils import timezone

from lotse.appointments import services as appointment_services
from lotse.appointments.errors import SlotFull
from lotse.appointments.models import AppointmentType, Booking, BookingStatus, Slot
from lotse.cases.applications import scheduling
from lotse.cases.applications.services import application_view
from lotse.cases.models import Application, Task, TaskEvent, TaskStatus
from lotse.cases.tests.conftest import bearer, client_for
from lotse.cases.tests.test_applications import extension_body, post
from lotse.core.audit import NEWCOMER
from lotse.core.errors import InvalidInput, NotAllowed
from lotse.core.models import AuditEvent, OutgoingMail
from lotse.core.testing import assert_conforms
from lotse.portal.tests.test_staff_german import findings, visible_text

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def types(db):
    appointment_services.appointment_types_load(city_slug="dortmund")
    return {t.key: t for t in AppointmentType.objects.filter(city__slug="dortmund")}


def make_slot(type_: AppointmentType, *, days: int, minute: int = 7, capacity: int = 1) -> Slot:
    """A slot at an odd minute (never one the generator makes), `days` from today, 09:xx."""
    day = timezone.localdate() + dt.timedelta(days=days)
    start = dt.datetime.combine(day, dt.time(9, minute), tzinfo=BERLIN)
    return Slot.objects.create(
        type=type_, start=start, end=start + dt.timedelta(minutes=30), capacity=capacity
    )


@pytest.fixture
def applied(client, db):
    """An extension application (Ukrainian) with its task at the migration office."""
    data = post(client, extension_body()).json()
    application = Application.objects.select_related("task", "case").get(pk=data["id"])
    return application, data["token"]


def _outbox(recipient: str) -> list[OutgoingMail]:
    return list(OutgoingMail.objects.filter(recipient=recipient).order_by("id"))


def test_office_books_a_slot_tied_to_the_application_and_mails_in_the_persons_language(
    applied, types, people
):
    application, _token = applied
    slot = make_slot(types["residence-permit"], days=4)
    before = len(_outbox("olena+apply@example.org"))

    booked = scheduling.application_schedule(
        actor=people["migration"], task=application.task, slot_id=str(slot.pk)
    )

    booking = Booking.objects.get(pk=booked.id)
    # The one booking path: a seat taken in the slot, confirmed at once, tied to the application.
    assert booking.status == BookingStatus.CONFIRMED and booking.slot_id == slot.pk
    assert (booking.origin_type, booking.origin_id) == ("application", application.pk)
    assert booking.origin_service == "residence-permit-extension"
    assert booking.email == "olena+apply@example.org" and booking.language == "uk"
    slot.refresh_from_db()
    assert slot.taken == 1
    assert booking.claims.filter(released_at__isnull=True).count() == 1
    # One mail, in Ukrainian: date, address, what to bring, manage link, the application.
    mails = _outbox("olena+apply@example.org")[before:]
    assert len(mails) == 1
    body = mails[0].body
    assert mails[0].subject == "Прийом підтверджено"
    assert "Ваш прийом підтверджено" in body, body
    assert "Адреса: Olpe 1, 44135 Dortmund" in body
    assert "Візьміть із собою:\n- Дійсний закордонний паспорт" in body
    assert re.search(r"/uk/appointments/booking/\d+/[A-Za-z0-9_-]+/", body), body
    assert application.reference in body and "Ця зустріч стосується вашої заяви" in body
    assert mails[0].attachments and "BEGIN:VCALENDAR" in mails[0].attachments[0]["content"]
    # History and audit log.
    assert application.task.events.filter(kind=TaskEvent.Kind.SCHEDULED).count() == 1
    audit = AuditEvent.objects.get(object_type="booking", object_id=str(booking.pk))
    assert audit.case_id == application.case_id and audit.actor_label == "mig"
    assert audit.details["application"] == application.pk
    # The person's view (status page and API) shows it in their language.
    view = application_view(application, "uk")
    (appointment,) = view["appointments"]
    assert appointment["upcoming"] and appointment["status"] == "confirmed"
    assert appointment["address"].startswith("Olpe 1")
    assert appointment["bring"], "the extension's documents to bring"
    assert appointment["start"] == slot.start.astimezone(BERLIN).isoformat()
    assert view["history"][-1]["kind"] == "scheduled"
    assert view["history"][-1]["label"] == "призначено зустріч"


def test_the_manage_link_in_the_mail_moves_and_cancels_and_the_history_shows_it(
    applied, types, people, client, django_capture_on_commit_callbacks
):
    application, _token = applied
    first, second = (make_slot(types["residence-permit"], days=d) for d in (4, 5))
    scheduling.application_schedule(
        actor=people["migration"], task=application.task, slot_id=first.pk
    )
    body = _outbox("olena+apply@example.org")[-1].body
    manage = re.search(r"https?://[^/\s]+(/uk/appointments/booking/\d+/[A-Za-z0-9_-]+/)", body)
    assert manage, body
    assert client.get(manage.group(1)).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        moved = client.post(manage.group(1) + "move/", {"slot": second.pk})
    assert moved.status_code in (200, 302)
    booking = Booking.objects.get(origin_type="application", origin_id=application.pk)
    assert booking.slot_id == second.pk
    with django_capture_on_commit_callbacks(execute=True):
        cancelled = client.post(manage.group(1) + "cancel/")
    assert cancelled.status_code in (200, 302)
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED

    kinds = list(application.task.events.values_list("kind", "actor_label"))
    assert kinds[-3:] == [
        ("scheduled", "mig"),
        ("rescheduled", NEWCOMER),
        ("unscheduled", NEWCOMER),
    ]
    reasons = set(
        AuditEvent.objects.filter(case_id=application.case_id, object_type="booking").values_list(
            "reason", flat=True
        )
    )
    assert {"appointment moved", "appointment cancelled"} <= reasons
    view = application_view(application, "en")
    assert [a["upcoming"] for a in view["appointments"]] == [False]
    assert [e["label"] for e in view["history"][-2:]] == [
        "appointment moved",
        "appointment cancelled",
    ]


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("migration", True),
        ("migration_lead", True),
        ("caseworker", True),  # the caseworker of the application's case
        ("other_caseworker", False),
        ("buergerdienste", False),
        ("youth", False),
        ("admin", False),
        ("no_role", False),
    ],
)
def test_role_matrix_who_may_book_for_the_application(applied, types, people, who, allowed):
    application, _token = applied
    application.case.caseworker = people["caseworker"]
    application.case.save(update_fields=["caseworker"])
    slot = make_slot(types["residence-permit"], days=4)
    user = people[who]
    assert scheduling.schedule_allowed(actor=user, task=application.task) is allowed
    if allowed:
        assert scheduling.application_schedule(actor=user, task=application.task, slot_id=slot.pk)
        assert Booking.objects.filter(origin_id=application.pk).count() == 1
    else:
        assert scheduling.application_slots(actor=user, task=application.task, language="de") == []
        with pytest.raises(NotAllowed):
            scheduling.application_schedule(actor=user, task=application.task, slot_id=slot.pk)
        assert not Booking.objects.filter(origin_id=application.pk).exists()


def test_a_caseworker_books_only_for_their_own_cases(applied, types, people):
    """Application cases start without a caseworker: no caseworker may book until one takes it."""
    application, _token = applied
    assert application.case.caseworker_id is None
    slot = make_slot(types["residence-permit"], days=4)
    with pytest.raises(NotAllowed):
        scheduling.application_schedule(
            actor=people["caseworker"], task=application.task, slot_id=slot.pk
        )
    assert not Booking.objects.exists()


def test_slots_offered_are_only_the_task_offices_the_services_types_first(applied, types, people):
    application, _token = applied
    slots = scheduling.application_slots(
        actor=people["migration"], task=application.task, language="de"
    )
    assert slots, "the generator made slots in the booking window"
    migration = application.task.office_id
    assert {s.office_id for s in slots} == {migration}
    assert slots[0].type_key == "residence-permit"
    now = timezone.now()
    assert all(
        s.start >= now + dt.timedelta(hours=24) for s in slots if s.type_key == "residence-permit"
    )
    assert all(s.remaining > 0 for s in slots)


def test_bad_choices_are_refused_with_clear_errors_and_nothing_is_booked(applied, types, people):
    application, _token = applied
    task, mig = application.task, people["migration"]
    full = make_slot(types["residence-permit"], days=4)
    Slot.objects.filter(pk=full.pk).update(taken=1)
    other_office = make_slot(types["residence-registration"], days=4)
    past = make_slot(types["residence-permit"], days=-1)
    too_soon = Slot.objects.create(
        type=types["residence-permit"],
        start=timezone.now() + dt.timedelta(hours=3),
        end=timezone.now() + dt.timedelta(hours=3, minutes=30),
        capacity=1,
    )
    from django.utils import translation

    with translation.override("de"):
        with pytest.raises(SlotFull) as taken:
            scheduling.application_schedule(actor=mig, task=task, slot_id=full.pk)
        assert taken.value.status == 409 and "vergeben" in taken.value.message
        for slot_id, code, german in [
            (other_office.pk, "other_office", "anderen Amt"),
            (past.pk, "past_slot", "Vergangenheit"),
            (too_soon.pk, "too_soon", "24 Stunden"),
            ("abc", "invalid_slot", "freien Termine"),
            (999999999, "invalid_slot", "freien Termine"),
        ]:
            with pytest.raises(InvalidInput) as refused:
                scheduling.application_schedule(actor=mig, task=task, slot_id=slot_id)
            assert refused.value.code == code and refused.value.status == 400
            assert german in refused.value.fields["slot"], refused.value.fields
    assert not Booking.objects.exists()
    assert not task.events.filter(kind=TaskEvent.Kind.SCHEDULED).exists()
    assert Slot.objects.get(pk=other_office.pk).taken == 0

    # A closed task takes no appointment.
    Task.objects.filter(pk=task.pk).update(status=TaskStatus.CANCELLED)
    task.refresh_from_db()
    with pytest.raises(NotAllowed):
        scheduling.application_schedule(
            actor=mig, task=task, slot_id=make_slot(types["residence-permit"], days=6).pk
        )


def test_the_persons_booking_limit_applies(applied, types, people, settings):
    settings.LOTSE_BOOKING_MAX_ACTIVE_PER_EMAIL = 1
    application, _token = applied
    first, second = (make_slot(types["residence-permit"], days=d) for d in (4, 5))
    scheduling.application_schedule(
        actor=people["migration"], task=application.task, slot_id=first.pk
    )
    from lotse.core.errors import Limited

    with pytest.raises(Limited):
        scheduling.application_schedule(
            actor=people["migration"], task=application.task, slot_id=second.pk
        )
    assert Booking.objects.filter(origin_id=application.pk).count() == 1


def test_staff_page_books_and_shows_german_errors(applied, types, people):
    application, _token = applied
    task = application.task
    url = f"/de/staff/tasks/{task.pk}/appointment/"
    mig = client_for(people["migration"])
    page = mig.get(url)
    assert page.status_code == 200
    text = visible_text(page.content.decode())
    assert "Termin für die antragstellende Person buchen" in text
    assert findings(text) == []
    slot = make_slot(types["residence-permit"], days=4)
    done = mig.post(url, {"slot": slot.pk})
    assert done.status_code == 302 and done["Location"] == f"/de/staff/tasks/{task.pk}/"
    task_page = mig.get(done["Location"])
    shown = visible_text(task_page.content.decode())
    assert "Der Termin am" in shown and "wurde gebucht" in shown
    assert "Bestätigt" in task_page.content.decode()
    assert 'id="application-appointments"' in task_page.content.decode()
    assert findings(shown) == []
    # The same slot again: taken (capacity 1) → 409 with a German message, the page again.
    again = mig.post(url, {"slot": slot.pk})
    assert again.status_code == 409
    assert "gerade vergeben" in again.content.decode()
    assert Booking.objects.filter(origin_id=application.pk).count() == 1
    # Another office's staff do not even see the task.
    assert client_for(people["buergerdienste"]).get(url).status_code == 404
    assert client_for(people["buergerdienste"]).post(url, {"slot": slot.pk}).status_code == 404


def test_status_page_shows_the_appointment_in_the_persons_language(client, applied, types, people):
    application, token = applied
    slot = make_slot(types["residence-permit"], days=4)
    scheduling.application_schedule(
        actor=people["migration"], task=application.task, slot_id=slot.pk
    )
    page = client.get(f"/uk/applications/{token}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Ваша зустріч" in html and "Olpe 1" in html and "Візьміть із собою" in html
    assert "призначено зустріч" in html


def test_api_staff_slots_and_booking_and_the_status_shows_it(client, applied, types, people):
    application, token = applied
    task = application.task
    headers = bearer(people["migration"])
    listed = client.get(f"/api/v1/tasks/{task.pk}/appointment-slots", **headers)
    data = assert_conforms(listed, "GET", "/api/v1/tasks/{task_id}/appointment-slots")
    assert data["results"] and "no-store" in listed["Cache-Control"]
    assert {r["type"] for r in data["results"]} <= {"residence-permit", "migration-video"}
    slot_id = make_slot(types["residence-permit"], days=4).pk  # one seat

    def book(slot, who=headers):
        return client.post(
            f"/api/v1/tasks/{task.pk}/appointment",
            json.dumps({"slot": slot}),
            content_type="application/json",
            **who,
        )

    bad = book("x")
    assert bad.status_code == 400 and "slot" in bad.json()["error"]["fields"]
    assert_conforms(bad, "POST", "/api/v1/tasks/{task_id}/appointment")
    other = book(make_slot(types["residence-registration"], days=4).pk)
    assert other.status_code == 400 and other.json()["error"]["code"] == "other_office"
    assert book(slot_id, who={}).status_code == 401
    assert book(slot_id, who=bearer(people["buergerdienste"])).status_code == 404
    created = book(slot_id)
    body = assert_conforms(created, "POST", "/api/v1/tasks/{task_id}/appointment")
    assert created.status_code == 201 and body["status"] == "confirmed"
    taken = book(slot_id)
    assert taken.status_code == 409 and taken.json()["error"]["code"] == "slot_full"
    assert_conforms(taken, "POST", "/api/v1/tasks/{task_id}/appointment")

    status = client.get(f"/api/v1/applications/{application.pk}", HTTP_X_APPLICATION_TOKEN=token)
    view = assert_conforms(status, "GET", "/api/v1/applications/{application_id}")
    assert [a["id"] for a in view["appointments"]] == [body["id"]]
    assert view["appointments"][0]["office"] and view["appointments"][0]["bring"]


def test_other_bookings_are_not_an_applications(applied, types, people):
    """A plain public booking never shows up as an application's appointment."""
    application, _token = applied
    slot = make_slot(types["residence-permit"], days=4)
    appointment_services.booking_create(
        request=appointment_services.BookingRequest(
            slot=slot.pk, name="Olena", email="olena+apply@example.org", language="uk"
        ),
        address="10.0.0.1",
        proof_ok=True,
        base_url="http://testserver",
    )
    assert application_view(application, "uk")["appointments"] == []
    assert Client().get("/api/v1/tasks/1/appointment-slots").status_code == 401
