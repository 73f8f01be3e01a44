"""Booking services: holds, confirmation, cool-down, rescheduling, limits, waiting list, queue."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from lotse.appointments import models, services
from lotse.appointments.errors import SlotFull
from lotse.appointments.services import BookingRequest
from lotse.appointments.tests.conftest import BERLIN
from lotse.catalog.models import Office
from lotse.core.errors import InvalidInput, Limited

from .conftest import make_slot, make_type, run_outbox

pytestmark = pytest.mark.django_db
BASE = "http://testserver"


def book(slot: models.Slot, email: str = "ana@example.org", address: str = "10.0.0.1", **kw):
    return services.booking_create(
        request=BookingRequest(
            slot=slot.pk, name="Ana", email=email, language=kw.pop("language", "en")
        ),
        address=address,
        proof_ok=kw.pop("proof_ok", True),
        base_url=BASE,
        **kw,
    )


def test_dortmund_types_load_and_generate_slots_without_holidays() -> None:
    count = services.appointment_types_load(city_slug="dortmund")
    assert count >= 5
    type_ = models.AppointmentType.objects.get(city__slug="dortmund", key="residence-registration")
    services.slots_generate(type_=type_, start=dt.date(2026, 12, 21), end=dt.date(2026, 12, 27))
    days = {s.start.astimezone(BERLIN).date() for s in models.Slot.objects.filter(type=type_)}
    assert dt.date(2026, 12, 21) in days  # Monday
    assert dt.date(2026, 12, 25) not in days and dt.date(2026, 12, 26) not in days  # Christmas
    assert dt.date(2026, 12, 27) not in days  # Sunday
    monday = models.Slot.objects.filter(type=type_, start__date=dt.date(2026, 12, 21))
    assert monday.count() == 16  # 08:00-12:00 in 15-minute slots
    assert {s.capacity for s in monday} == {4}


def test_slot_generation_is_idempotent_and_falls_back_to_opening_hours() -> None:
    services.appointment_types_load(city_slug="dortmund")
    type_ = models.AppointmentType.objects.get(city__slug="dortmund", key="parental-allowance")
    services.slots_generate(type_=type_, start=dt.date(2026, 12, 1), end=dt.date(2026, 12, 3))
    services.slots_generate(type_=type_, start=dt.date(2026, 12, 1), end=dt.date(2026, 12, 3))
    starts = [s.start.astimezone(BERLIN) for s in models.Slot.objects.filter(type=type_)]
    # Tuesday 07-11 and Thursday 07-11, 13-17 in 20-minute slots, from offices.yaml.
    assert len(starts) == 12 + 12 + 12
    assert min(starts).hour == 7


def test_booking_holds_a_seat_and_mails_a_confirmation_link() -> None:
    slot = make_slot(make_type(capacity=2))
    booking, token = book(slot)
    slot.refresh_from_db()
    assert booking.status == models.BookingStatus.HELD and slot.taken == 1
    assert booking.expires_at is not None and booking.expires_at > timezone.now()
    assert mail.outbox == []  # the worker sends it, not the request
    run_outbox()
    assert len(mail.outbox) == 1
    assert f"/en/appointments/booking/{booking.pk}/{token}/" in mail.outbox[0].body


def test_full_slot_refuses_the_next_booking() -> None:
    slot = make_slot(make_type(capacity=1))
    book(slot, email="a@example.org")
    with pytest.raises(SlotFull):
        book(slot, email="b@example.org")
    slot.refresh_from_db()
    assert slot.taken == 1


def test_expired_hold_is_released_when_someone_else_books() -> None:
    slot = make_slot(make_type(capacity=1))
    first, _token = book(slot, email="a@example.org")
    models.Booking.objects.filter(pk=first.pk).update(
        expires_at=timezone.now() - dt.timedelta(seconds=1)
    )
    second, _token = book(slot, email="b@example.org")
    first.refresh_from_db()
    slot.refresh_from_db()
    assert first.status == models.BookingStatus.EXPIRED
    assert second.status == models.BookingStatus.HELD
    assert slot.taken == 1


def test_confirm_sends_ics_in_the_bookers_language() -> None:
    slot = make_slot(make_type())
    booking, token = book(slot, language="de")
    services.booking_confirm(booking=booking, token=token, base_url=BASE)
    booking.refresh_from_db()
    assert booking.status == models.BookingStatus.CONFIRMED
    run_outbox()
    message = mail.outbox[-1]
    name, content, mimetype = message.attachments[0]
    assert name == "appointment.ics" and "method=REQUEST" in mimetype
    assert "METHOD:REQUEST" in content and f"UID:{booking.ical_uid}" in content
    assert "SUMMARY:Testtermin" in content


def test_cancelled_seat_stays_blocked_for_the_cool_down(settings) -> None:
    settings.LOTSE_BOOKING_COOLDOWN_MINUTES = 30
    slot = make_slot(make_type(capacity=1))
    booking, token = book(slot, email="a@example.org")
    services.booking_confirm(booking=booking, token=token, base_url=BASE)
    services.booking_cancel(booking=booking, by="newcomer", base_url=BASE)
    run_outbox()
    cancel_mail = mail.outbox[-1]
    _name, content, _type = cancel_mail.attachments[0]
    assert "METHOD:CANCEL" in content and "SEQUENCE:1" in content
    with pytest.raises(SlotFull):
        book(slot, email="b@example.org")  # a trader cannot hand the seat over
    models.SeatClaim.objects.filter(booking=booking).update(
        release_after=timezone.now() - dt.timedelta(seconds=1)
    )
    other, _token = book(slot, email="b@example.org")
    assert other.status == models.BookingStatus.HELD


def test_reschedule_keeps_uid_raises_sequence_and_frees_old_seat_after_cool_down(settings) -> None:
    settings.LOTSE_BOOKING_COOLDOWN_MINUTES = 0
    type_ = make_type(capacity=1)
    old, new = make_slot(type_, hour=9), make_slot(type_, hour=10)
    booking, token = book(old)
    services.booking_confirm(booking=booking, token=token, base_url=BASE)
    uid = booking.ical_uid
    services.booking_reschedule(booking=booking, token=token, slot_id=new.pk, base_url=BASE)
    booking.refresh_from_db()
    assert booking.slot_id == new.pk and booking.ical_uid == uid and booking.ical_sequence == 1
    run_outbox()
    _name, content, _type = mail.outbox[-1].attachments[0]
    assert "SEQUENCE:1" in content and f"UID:{uid}" in content
    services.seats_release_due()
    old.refresh_from_db()
    new.refresh_from_db()
    assert (old.taken, new.taken) == (0, 1)


def test_per_email_limit_answers_limited() -> None:
    type_ = make_type(capacity=5)
    for hour in (9, 10):
        book(make_slot(type_, hour=hour), email="same@example.org")
    with pytest.raises(Limited):
        book(make_slot(type_, hour=11), email="SAME@example.org")


def test_per_address_rate_limit_gives_a_retry_time(settings) -> None:
    settings.LOTSE_BOOKING_RATE_WITHOUT_PROOF = 2
    slot = make_slot(make_type(capacity=1))
    book(slot, email="a@example.org", proof_ok=False)
    with pytest.raises(SlotFull):
        book(slot, email="b@example.org", proof_ok=False)
    with pytest.raises(Limited) as caught:
        book(slot, email="c@example.org", proof_ok=False)
    assert 1 <= caught.value.retry_after <= 600
    book(make_slot(make_type(key="other", capacity=1)), email="d@example.org", proof_ok=True)


def test_invalid_input_names_each_field() -> None:
    with pytest.raises(InvalidInput) as caught:
        services.booking_create(
            request=BookingRequest(slot="x", name="", email="nope", language="xx"),
            address="10.0.0.1",
            proof_ok=False,
            base_url=BASE,
        )
    assert set(caught.value.fields) == {"slot", "name", "email", "language"}


def test_waitlist_offers_a_freed_seat_to_the_most_urgent_first(settings) -> None:
    settings.LOTSE_BOOKING_COOLDOWN_MINUTES = 0
    type_ = make_type(capacity=1, waitlist=True)
    slot = make_slot(type_)
    booking, _token = book(slot, email="holder@example.org")
    later, _t = services.waitlist_register(
        type_=type_,
        name="Later",
        email="later@example.org",
        language="en",
        needed_by=timezone.localdate() + dt.timedelta(days=60),
    )
    urgent, _t = services.waitlist_register(
        type_=type_,
        name="Urgent",
        email="urgent@example.org",
        language="en",
        needed_by=timezone.localdate() + dt.timedelta(days=10),
    )
    services.booking_cancel(booking=booking, by="newcomer", base_url=BASE)
    services.seats_release_due()
    urgent.refresh_from_db()
    later.refresh_from_db()
    assert (
        urgent.status == models.WaitlistStatus.OFFERED
        and later.status == models.WaitlistStatus.WAITING
    )
    offer = models.Booking.objects.get(waitlist_entry=urgent)
    assert offer.status == models.BookingStatus.HELD and offer.slot_id == slot.pk
    run_outbox()
    assert mail.outbox[-1].to == ["urgent@example.org"]
    # The offer lapses: the seat goes on to the next person.
    models.Booking.objects.filter(pk=offer.pk).update(
        expires_at=timezone.now() - dt.timedelta(seconds=1)
    )
    services.seats_release_due()
    later.refresh_from_db()
    assert later.status == models.WaitlistStatus.OFFERED
    assert models.WaitlistEntry.objects.get(pk=urgent.pk).status == models.WaitlistStatus.LAPSED


def test_reminder_goes_out_once_and_not_after_a_move() -> None:
    type_ = make_type(capacity=1)
    slot = make_slot(type_, hour=9)
    booking, token = book(slot)
    services.booking_confirm(booking=booking, token=token, base_url=BASE)
    run_outbox()
    sent_before = len(mail.outbox)
    start = slot.start.isoformat()
    assert services.booking_remind(booking_id=booking.pk, expected_start=start)
    assert not services.booking_remind(booking_id=booking.pk, expected_start=start)
    run_outbox()
    assert len(mail.outbox) == sent_before + 1
    services.booking_reschedule(
        booking=booking, token=token, slot_id=make_slot(type_, hour=11).pk, base_url=BASE
    )
    assert not services.booking_remind(booking_id=booking.pk, expected_start=start)


def test_two_staff_admit_two_different_people_never_the_same() -> None:
    office = Office.objects.get(city__slug="dortmund", key="welcome-center")
    users = [get_user_model().objects.create_user(username=f"s{i}") for i in range(2)]
    first, _t = services.queue_knock(office=office, name="A", language="en")
    second, _t = services.queue_knock(office=office, name="B", language="en")
    admitted = [services.queue_admit_next(office=office, user=u) for u in users]
    assert {e.pk for e in admitted if e} == {first.pk, second.pk}
    assert services.queue_admit_next(office=office, user=users[0]) is None


def test_people_who_stop_polling_drop_out_of_the_queue(settings) -> None:
    from lotse.appointments import selectors
    from lotse.appointments.models import QueueEntry

    office = Office.objects.get(city__slug="dortmund", key="welcome-center")
    gone, _t = services.queue_knock(office=office, name="Gone", language="en")
    stays, _t = services.queue_knock(office=office, name="Stays", language="en")
    QueueEntry.objects.filter(pk=gone.pk).update(
        heartbeat_at=timezone.now() - dt.timedelta(minutes=2)
    )
    assert selectors.queue_position(entry=stays).position == 1
    user = get_user_model().objects.create_user(username="staff")
    admitted = services.queue_admit_next(office=office, user=user)
    assert admitted is not None and admitted.pk == stays.pk
    assert QueueEntry.objects.get(pk=gone.pk).status == models.QueueStatus.LEFT


def test_reminder_task_mails_the_booker_through_the_task_framework() -> None:
    from lotse.appointments import tasks

    slot = make_slot(make_type(capacity=1), hour=9)
    booking, token = book(slot, language="de")
    services.booking_confirm(booking=booking, token=token, base_url=BASE)
    run_outbox()
    before = len(mail.outbox)
    assert tasks.send_reminder.call(booking.pk, slot.start.isoformat()) is True
    run_outbox()
    assert len(mail.outbox) == before + 1 and mail.outbox[-1].to == ["ana@example.org"]


def test_confirmation_enqueues_the_reminder_for_the_evening_before() -> None:
    from django_tasks_db.models import DBTaskResult

    slot = make_slot(make_type(capacity=1), days_ahead=5, hour=9)
    booking, token = book(slot)
    services.booking_confirm(booking=booking, token=token, base_url=BASE)
    from lotse.appointments import tasks

    queued = DBTaskResult.objects.filter(task_path=tasks.send_reminder.module_path).get()
    local = queued.run_after.astimezone(BERLIN)
    assert (local.hour, local.date()) == (
        18,
        slot.start.astimezone(BERLIN).date() - dt.timedelta(days=1),
    )
