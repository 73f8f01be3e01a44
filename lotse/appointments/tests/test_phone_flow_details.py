"""Issue 24 details on the appointment pages: dates in the reader's grammar (Ukrainian
genitive "3 грудня", German "3. Dezember"), Arabic plural of the waiting count, the closed
virtual office with its hours and languages, and an unmistakable "your turn" without the
"leave the queue" button once let in."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import ngettext

from lotse.appointments.models import Mode, QueueStatus
from lotse.appointments.services.queue import queue_knock
from lotse.appointments.tests.conftest import make_slot, make_type
from lotse.catalog.models import Office

pytestmark = pytest.mark.django_db

UK_GENITIVE = (
    "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
)


def test_ukrainian_booking_page_dates_are_in_the_genitive(client):
    type_ = make_type()
    make_slot(type_, days_ahead=3)
    html = client.get(f"/uk/dortmund/appointments/{type_.key}/").content.decode()
    assert re.search(rf"\d{{1,2}} ({UK_GENITIVE}) \d{{4}}", html), html[:3000]
    assert not re.search(r"\d{1,2} (Січень|Лютий|Березень|Квітень|Травень|Червень|Липень|Серпень|Вересень|Жовтень|Листопад|Грудень) \d{4}", html)  # fmt: skip


def test_german_booking_page_dates_have_the_ordinal_dot(client):
    type_ = make_type()
    make_slot(type_, days_ahead=3)
    html = client.get(f"/de/dortmund/appointments/{type_.key}/").content.decode()
    assert re.search(r"\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}", html)  # fmt: skip


def test_arabic_waiting_count_uses_the_arabic_plural_forms():
    with translation.override("ar"):
        zero = ngettext("%(n)s person waiting", "%(n)s people waiting", 0) % {"n": 0}
        one = ngettext("%(n)s person waiting", "%(n)s people waiting", 1) % {"n": 1}
        three = ngettext("%(n)s person waiting", "%(n)s people waiting", 3) % {"n": 3}
    assert zero == "لا أحد ينتظر"  # not "0 شخص ينتظر"
    assert one == "شخص واحد ينتظر"
    assert three == "3 أشخاص ينتظرون"


def test_closed_virtual_office_shows_video_hours_and_languages(client):
    make_type(key="video-advice", mode=Mode.VIDEO)
    Office.objects.filter(city__slug="dortmund", key="welcome-center").update(
        languages=["de", "ar"]
    )
    html = client.get("/en/dortmund/virtual-office/").content.decode()
    assert "No virtual office is open" in html
    section = html[html.index('class="office vo-closed"') :]
    assert "Opening hours" in section and "Monday" in section and "09:00–12:00" in section
    assert "Languages spoken" in section and "Arabic" in section and "German" in section
    arabic = client.get("/ar/dortmund/virtual-office/").content.decode()
    assert "الإثنين" in arabic or "الاثنين" in arabic  # weekday in the reader's language


def _entry(client):
    office = Office.objects.get(city__slug="dortmund", key="welcome-center")
    entry, token = queue_knock(office=office, name="Amal", language="ar")
    with translation.override("ar"):
        return entry, reverse("appointments:wait", args=[entry.pk, token])


def test_waiting_page_offers_leave_while_waiting(client):
    _unused, url = _entry(client)
    html = client.get(url).content.decode()
    assert 'id="q-while-waiting"' in html
    assert "/leave/" in html
    assert re.search(r'id="q-announce"[^>]*role="alert"[^>]*></p>', html)  # empty until let in


def test_after_being_let_in_the_page_says_your_turn_and_offers_no_leave(client):
    entry, url = _entry(client)
    entry.status = QueueStatus.ADMITTED
    entry.save()
    html = client.get(url).content.decode()
    with translation.override("ar"):
        turn = translation.gettext("It is your turn.")
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    assert title is not None and title.group(1).strip().startswith(turn)
    assert re.search(rf'id="q-announce"[^>]*>{re.escape(turn)}</p>', html)
    assert "/leave/" not in html and 'id="q-while-waiting"' not in html
