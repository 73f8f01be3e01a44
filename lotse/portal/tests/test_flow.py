"""One flow from the answer to the booking (issue 24): service pages and plan steps link to
Lotse's own booking, the booking remembers its plan step, no duplicate holds, errors at the
field, nothing typed lost, days first through the whole booking window."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone

from lotse.appointments import services
from lotse.appointments.loader import DataFileError, read_appointments
from lotse.appointments.models import AppointmentType, Booking, Slot
from lotse.core.models import OutgoingMail
from lotse.core.tokens import token_hash
from lotse.plans.models import Plan

pytestmark = pytest.mark.django_db

ANSWERS = {
    "citizenship": "IN",
    "purpose": "work",
    "qualification": "academic",
    "job_offer": "on",
    "annual_salary_eur": "60000",
    "in_germany": "yes",
    "arrival_date": "2026-10-01",
}


@pytest.fixture
def dortmund_types(settings) -> None:
    """Dortmund's real appointment types (data/cities/dortmund/appointments.yaml)."""
    settings.LOTSE_POW_DIFFICULTY = 8
    services.appointment_types_load(city_slug="dortmund")


def _first_free(type_key: str) -> Slot:
    type_ = AppointmentType.objects.get(city__slug="dortmund", key=type_key)
    services.slots_ensure(type_=type_)
    earliest = timezone.now() + dt.timedelta(hours=type_.min_notice_hours + 1)
    slot = Slot.objects.filter(type=type_, start__gte=earliest).order_by("start").first()
    assert slot is not None
    return slot


def _form_token(html: str) -> str:
    found = re.search(r'name="form_token" value="([^"]+)"', html)
    assert found
    return found.group(1)


def _book(client: Client, type_key: str, slot: Slot, email: str, **extra: str):
    page = client.get(f"/en/dortmund/appointments/{type_key}/").content.decode()
    data = {
        "slot": slot.pk,
        "name": "Olena",
        "email": email,
        "language": "en",
        "form_token": _form_token(page),
        **extra,
    }
    return client.post(f"/en/dortmund/appointments/{type_key}/", data), data


def _session_token(client: Client, booking: Booking) -> str:
    return str(client.session["appointments_made"][str(booking.pk)])


# 1. Service pages and plan steps link to Lotse's own booking ------------------------------


def test_the_loader_checks_the_services_list_of_a_type(tmp_path: Path) -> None:
    path = tmp_path / "appointments.yaml"
    path.write_text(
        "appointment_types:\n"
        "  - key: t\n    office: o\n    services: [known, no-such-service]\n    mode: in_person\n"
        "    names: {en: T}\n    duration_minutes: 15\n    capacity: 1\n"
    )
    with pytest.raises(DataFileError) as exc:
        read_appointments(path, offices={"o"}, services={"known"})
    assert "no-such-service" in str(exc.value)
    path.write_text(path.read_text().replace(", no-such-service", ""))
    data = read_appointments(path, offices={"o"}, services={"known"})
    assert data.types[0].services == ("known",)


def test_a_service_page_links_to_lotses_booking_and_virtual_office(
    client: Client, dortmund_types
) -> None:
    html = client.get("/en/dortmund/services/eu-blue-card/").content.decode()
    assert 'href="/en/dortmund/appointments/residence-permit/"' in html
    assert 'href="/en/dortmund/appointments/migration-video/"' in html
    assert 'href="/en/dortmund/virtual-office/"' in html
    # A service whose office has no appointment type in Lotse gets no such link.
    other = client.get("/en/dortmund/services/broadcasting-fee/").content.decode()
    assert 'id="h-book"' not in other and "/appointments/residence" not in other


def test_a_plan_step_links_to_booking_and_shows_the_booking_made_from_it(
    client: Client, dortmund_types
) -> None:
    response = client.post("/en/dortmund/plan/", ANSWERS)
    assert response.status_code == 303
    token = response["Location"].rstrip("/").rsplit("/", 1)[-1]
    page = client.get(response["Location"]).content.decode()
    link = f"/en/dortmund/appointments/residence-permit/?plan={token}&amp;step=eu-blue-card"
    assert link in page
    form = client.get(link.replace("&amp;", "&")).content.decode()
    assert f'name="plan" value="{token}"' in form and 'name="step" value="eu-blue-card"' in form
    slot = _first_free("residence-permit")
    booked, _data = _book(
        client, "residence-permit", slot, "olena@example.org", plan=token, step="eu-blue-card"
    )
    assert booked.status_code == 302
    booking = Booking.objects.get(email="olena@example.org")
    assert booking.plan_token_hash == token_hash(token) and booking.plan_step == "eu-blue-card"
    assert token not in str(Plan.objects.values_list("token_hash", flat=True))  # hash only
    after = client.get(response["Location"]).content.decode()
    assert "Appointment booked" in after
    assert slot.start.astimezone(timezone.get_current_timezone()).strftime("%H:%M") in after


def test_a_malformed_plan_link_never_fails_the_booking(client: Client, dortmund_types) -> None:
    slot = _first_free("residence-registration")
    response, _data = _book(
        client, "residence-registration", slot, "x@example.org", plan="<x>", step="a b"
    )
    assert response.status_code == 302
    booking = Booking.objects.get(email="x@example.org")
    assert booking.plan_token_hash == "" and booking.plan_step == ""


# 2. No duplicate booking -------------------------------------------------------------------


def test_back_then_book_again_makes_no_second_hold_and_no_second_mail(
    client: Client, dortmund_types
) -> None:
    slot = _first_free("residence-registration")
    first, data = _book(client, "residence-registration", slot, "ana@example.org")
    assert first.status_code == 302
    mails = OutgoingMail.objects.count()
    again = client.post("/en/dortmund/appointments/residence-registration/", data)
    assert again.status_code == 302 and again["Location"].endswith("/sent/")
    assert Booking.objects.filter(email="ana@example.org").count() == 1
    assert OutgoingMail.objects.count() == mails


def test_the_same_session_booking_again_is_shown_its_booking_with_the_manage_link(
    client: Client, dortmund_types
) -> None:
    slot = _first_free("residence-registration")
    _book(client, "residence-registration", slot, "ana@example.org")
    mails = OutgoingMail.objects.count()
    other = Slot.objects.filter(type=slot.type, start__gt=slot.start).order_by("start").first()
    assert other is not None
    response, _data = _book(client, "residence-registration", other, "Ana@Example.org")
    assert response.status_code == 409
    html = response.content.decode()
    assert "You already have this appointment" in html
    # This session made it: date and time are shown; while it is only held, no link that could
    # confirm it without the mailbox (the e-mail confirmation is the check on fake addresses).
    assert slot.start.astimezone(timezone.get_current_timezone()).strftime("%H:%M") in html
    assert "/appointments/booking/" not in html
    assert OutgoingMail.objects.count() == mails  # no second mail
    booking = Booking.objects.get(email_key="ana@example.org")
    services.booking_confirm(booking=booking, token=_session_token(client, booking), base_url="")
    confirmed, _data = _book(client, "residence-registration", other, "ana@example.org")
    assert confirmed.status_code == 409
    assert f"/appointments/booking/{booking.pk}/" in confirmed.content.decode()
    assert Booking.objects.filter(email_key="ana@example.org").count() == 1


def test_another_session_gets_the_link_mailed_again_and_sees_no_details(
    client: Client, dortmund_types
) -> None:
    slot = _first_free("residence-registration")
    _book(client, "residence-registration", slot, "ana@example.org")
    booking = Booking.objects.get(email="ana@example.org")
    stranger = Client()
    response, _data = _book(stranger, "residence-registration", slot, "ana+x@example.org")
    assert response.status_code == 409
    html = response.content.decode()
    assert "/appointments/booking/" not in html  # no manage link for another browser
    assert slot.start.astimezone(timezone.get_current_timezone()).strftime("%H:%M") not in html
    assert "sent its date, time and the link" in html
    assert Booking.objects.filter(email_key="ana@example.org").count() == 1
    resent = OutgoingMail.objects.filter(recipient="ana@example.org").order_by("-id").first()
    assert resent is not None and "/appointments/booking/" in resent.body
    booking.refresh_from_db()
    link = re.search(r"/appointments/booking/(\d+)/([^/\s]+)/", resent.body)
    assert link and token_hash(link.group(2)) == booking.token_hash


def test_the_limit_page_names_what_is_held_and_a_real_phone_number(
    client: Client, dortmund_types, settings
) -> None:
    settings.LOTSE_BOOKING_MAX_ACTIVE_PER_EMAIL = 1
    first = _first_free("welcome-advice")
    _book(client, "welcome-advice", first, "ana@example.org")
    second = _first_free("residence-registration")
    response, _data = _book(client, "residence-registration", second, "ana@example.org")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Appointments you already hold" in html and "Advice at the Welcome Center" in html
    assert "Advice at the Welcome Center" in html
    # Dortmund's Welcome Center has no confirmed phone or e-mail: the booking office answers.
    assert re.search(r'href="tel:\+?[0-9]', html)


# 3. Form errors at the field; nothing typed lost ------------------------------------------


def test_a_server_side_error_is_marked_and_linked_at_its_field(
    client: Client, dortmund_types
) -> None:
    slot = _first_free("residence-registration")
    response, _data = _book(client, "residence-registration", slot, "not-an-address")
    assert response.status_code == 400
    html = response.content.decode()
    assert '<a href="#b-email">' in html
    field = re.search(r"<input id=\"b-email\"[^>]*>", html)
    assert field is not None
    assert 'aria-invalid="true"' in field.group(0)
    assert 'aria-describedby="b-email-error"' in field.group(0)
    assert 'id="b-email-error"' in html
    assert 'value="not-an-address"' in html and 'value="Olena"' in html
    assert f'value="{slot.pk}" required checked' in html


def test_switching_language_keeps_slot_name_and_email(client: Client, dortmund_types) -> None:
    slot = _first_free("residence-registration")
    response = client.post(
        "/en/dortmund/appointments/residence-registration/",
        {
            "slot": slot.pk,
            "name": "Олена",
            "email": "olena@example.org",
            "language": "uk",
            "switch_lang": "1",
            "switch_to": "uk",
        },
    )
    assert response.status_code == 303
    assert response["Location"] == "/uk/dortmund/appointments/residence-registration/"
    assert "olena" not in response["Location"]
    html = client.get(response["Location"]).content.decode()
    assert 'value="Олена"' in html and 'value="olena@example.org"' in html
    assert f'value="{slot.pk}" required checked' in html
    assert not Booking.objects.exists()


# 5. Booking on a phone: days first, the whole window ----------------------------------------


def test_days_first_then_times_and_paging_through_the_whole_window(
    client: Client, dortmund_types
) -> None:
    type_ = AppointmentType.objects.get(city__slug="dortmund", key="residence-permit")
    assert type_.booking_window_days == 42
    services.slots_ensure(type_=type_)
    html = client.get("/en/dortmund/appointments/residence-permit/").content.decode()
    # Only one day's times as radio buttons, the days as buttons.
    radios = re.findall(r'type="radio" name="slot"', html)
    day_buttons = re.findall(r'name="day" value="(\d{4}-\d\d-\d\d)"', html)
    assert 0 < len(radios) <= 12 and day_buttons
    # Name and e-mail come before the days.
    assert html.index('id="b-name"') < html.index('name="day"')
    # Page on to the end of the booking window.
    seen = set(day_buttons)
    later = re.search(r'name="page" value="(\d{4}-\d\d-\d\d)"[^>]*>Later days', html)
    while later:
        page = client.post(
            "/en/dortmund/appointments/residence-permit/",
            {"page": later.group(1), "name": "Kept", "email": ""},
        ).content.decode()
        assert 'value="Kept"' in page
        seen |= set(re.findall(r'name="day" value="(\d{4}-\d\d-\d\d)"', page))
        later = re.search(r'name="page" value="(\d{4}-\d\d-\d\d)"[^>]*>Later days', page)
    last = max(dt.date.fromisoformat(d) for d in seen)
    assert last > timezone.localdate() + dt.timedelta(days=30)
    chosen = client.get(
        f"/en/dortmund/appointments/residence-permit/?day={last.isoformat()}"
    ).content.decode()
    assert f'name="day" value="{last.isoformat()}" formnovalidate aria-pressed="true"' in chosen


def test_confirmation_page_and_mail_give_the_address_and_what_to_bring(
    client: Client, dortmund_types
) -> None:
    slot = _first_free("residence-registration")
    _book(client, "residence-registration", slot, "ana@example.org")
    sent = client.get("/en/dortmund/appointments/sent/").content.decode()
    assert "What to bring" in sent and "<bdi>" in sent
    mail = OutgoingMail.objects.filter(recipient="ana@example.org").latest("id")
    assert "Please bring:" in mail.body and "Address:" in mail.body
    booking = Booking.objects.get(email="ana@example.org")
    manage = client.get(
        f"/en/appointments/booking/{booking.pk}/{_session_token(client, booking)}/"
    ).content.decode()
    assert "What to bring" in manage
    assert "ana@example.org" not in sent.split("<body", 1)[0]  # nothing personal in the head


# 4. The plan: editable, reachable from the menu on the same device --------------------------


def test_edit_my_answers_is_prefilled_and_updates_the_same_plan(client: Client) -> None:
    response = client.post("/en/dortmund/plan/", {**ANSWERS, "children_ages": "3, 7"})
    plan_url = response["Location"]
    token = plan_url.rstrip("/").rsplit("/", 1)[-1]
    page = client.get(plan_url).content.decode()
    edit_url = f"/en/dortmund/plan/{token}/edit/"
    assert f'href="{edit_url}"' in page
    form = client.get(edit_url).content.decode()
    assert 'value="3, 7"' in form  # the children's ages are kept
    assert 'value="IN" selected' in form and 'value="60000"' in form
    again = client.post(edit_url, {**ANSWERS, "children_ages": "3, 7, 12"})
    assert again.status_code == 303 and again["Location"] == plan_url
    assert Plan.objects.count() == 1
    assert Plan.objects.get().profile["children_ages"] == [3, 7, 12]


def test_the_menu_item_opens_the_saved_plan_on_the_same_device(client: Client) -> None:
    response = client.post("/en/dortmund/plan/", ANSWERS)
    cookie = response.cookies["lotse_plan_dortmund"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    menu = client.get("/en/dortmund/plan/")
    assert menu.status_code == 303 and menu["Location"] == response["Location"]
    assert client.get("/en/dortmund/plan/?new=1").status_code == 200
    # Another device (no cookie) and a cookie of a plan that does not exist get the questions.
    assert Client().get("/en/dortmund/plan/").status_code == 200
    stranger = Client()
    stranger.cookies["lotse_plan_dortmund"] = "not-a-plan-token-at-all"
    assert stranger.get("/en/dortmund/plan/").status_code == 200


def test_e_mail_me_my_link_goes_through_the_outbox_and_is_limited(client: Client) -> None:
    response = client.post("/en/dortmund/plan/", ANSWERS)
    plan_url = response["Location"]
    bad = client.post(plan_url, {"email_link": "1", "email": "nope"})
    assert bad.status_code == 400 and 'aria-invalid="true"' in bad.content.decode()
    for _ in range(3):
        sent = client.post(plan_url, {"email_link": "1", "email": "me@example.org"})
        assert sent.status_code == 303 and "mailed=1" in sent["Location"]
    mail = OutgoingMail.objects.filter(ref_type="plan").latest("id")
    assert mail.recipient == "me@example.org" and plan_url in mail.body
    assert client.post(plan_url, {"email_link": "1", "email": "me@example.org"}).status_code == 429
    assert OutgoingMail.objects.filter(ref_type="plan").count() == 3
