"""Every appointments URL keeps its path, name and view (the patterns are grouped with include()
by the path they share; grouping must not move a page)."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import resolve, reverse
from django.utils import translation

# (URL name, its arguments, the path, the view)
ROUTES: list[tuple[str, dict[str, Any], str, str]] = [
    (
        "api:appointment_types",
        {"city": "dortmund"},
        "/api/v1/cities/dortmund/appointment-types",
        "lotse.appointments.api.appointment_types",
    ),
    (
        "api:appointment_stats",
        {"city": "dortmund"},
        "/api/v1/cities/dortmund/appointment-stats",
        "lotse.appointments.api.appointment_stats",
    ),
    ("api:slots", {}, "/api/v1/slots", "lotse.appointments.api.slots"),
    ("api:slot_alerts", {}, "/api/v1/slot-alerts", "lotse.appointments.api.slot_alerts"),
    ("api:draw", {"draw_id": 7}, "/api/v1/draws/7", "lotse.appointments.api.draw_detail"),
    ("api:bookings", {}, "/api/v1/bookings", "lotse.appointments.api.bookings"),
    ("api:booking_challenge", {}, "/api/v1/bookings/challenge", "lotse.appointments.api.challenge"),
    (
        "api:booking",
        {"booking_id": 7},
        "/api/v1/bookings/7",
        "lotse.appointments.api.booking_detail",
    ),
    (
        "appointments:types",
        {"city": "dortmund"},
        "/en/dortmund/appointments/",
        "lotse.appointments.views.booking.type_index",
    ),
    (
        "appointments:sent",
        {"city": "dortmund"},
        "/en/dortmund/appointments/sent/",
        "lotse.appointments.views.booking.sent",
    ),
    (
        "appointments:stats",
        {"city": "dortmund"},
        "/en/dortmund/appointments/waiting-times/",
        "lotse.appointments.views.stats.stats_page",
    ),
    (
        "appointments:book",
        {"city": "dortmund", "key": "type-key"},
        "/en/dortmund/appointments/type-key/",
        "lotse.appointments.views.book_form.book",
    ),
    (
        "appointments:waitlist",
        {"city": "dortmund", "key": "type-key"},
        "/en/dortmund/appointments/type-key/waitlist/",
        "lotse.appointments.views.waitlist.waitlist_join",
    ),
    (
        "appointments:alert",
        {"city": "dortmund", "key": "type-key"},
        "/en/dortmund/appointments/type-key/alert/",
        "lotse.appointments.views.alerts.alert_subscribe",
    ),
    (
        "appointments:draw",
        {"city": "dortmund", "key": "type-key", "period_id": 7},
        "/en/dortmund/appointments/type-key/draw/7/",
        "lotse.appointments.views.draw.draw_public",
    ),
    (
        "appointments:draw_request",
        {"city": "dortmund", "key": "type-key", "period_id": 7},
        "/en/dortmund/appointments/type-key/draw/7/request/",
        "lotse.appointments.views.draw.draw_request",
    ),
    (
        "appointments:alert_confirm",
        {"alert_id": 7, "token": "t0ken"},
        "/en/appointments/alert/7/t0ken/confirm/",
        "lotse.appointments.views.alerts.alert_confirm",
    ),
    (
        "appointments:alert_unsubscribe",
        {"alert_id": 7, "token": "t0ken"},
        "/en/appointments/alert/7/t0ken/unsubscribe/",
        "lotse.appointments.views.alerts.alert_unsubscribe",
    ),
    (
        "appointments:waitlist_entry",
        {"entry_id": 7, "token": "t0ken"},
        "/en/appointments/waitlist/7/t0ken/",
        "lotse.appointments.views.waitlist.waitlist_entry",
    ),
    (
        "appointments:waitlist_leave",
        {"entry_id": 7, "token": "t0ken"},
        "/en/appointments/waitlist/7/t0ken/leave/",
        "lotse.appointments.views.waitlist.waitlist_leave",
    ),
    (
        "appointments:manage",
        {"booking_id": 7, "token": "t0ken"},
        "/en/appointments/booking/7/t0ken/",
        "lotse.appointments.views.booking.manage",
    ),
    (
        "appointments:confirm",
        {"booking_id": 7, "token": "t0ken"},
        "/en/appointments/booking/7/t0ken/confirm/",
        "lotse.appointments.views.booking.confirm",
    ),
    (
        "appointments:cancel",
        {"booking_id": 7, "token": "t0ken"},
        "/en/appointments/booking/7/t0ken/cancel/",
        "lotse.appointments.views.booking.cancel",
    ),
    (
        "appointments:reschedule",
        {"booking_id": 7, "token": "t0ken"},
        "/en/appointments/booking/7/t0ken/move/",
        "lotse.appointments.views.booking.reschedule",
    ),
    (
        "appointments:ics",
        {"booking_id": 7, "token": "t0ken"},
        "/en/appointments/booking/7/t0ken/appointment.ics",
        "lotse.appointments.views.booking.calendar_file",
    ),
    (
        "appointments:booking_video",
        {"booking_id": 7, "token": "t0ken"},
        "/en/appointments/booking/7/t0ken/video/",
        "lotse.appointments.views.booking.booking_video",
    ),
    (
        "appointments:virtual_office",
        {"city": "dortmund"},
        "/en/dortmund/virtual-office/",
        "lotse.appointments.views.queue.virtual_office",
    ),
    (
        "appointments:knock",
        {"city": "dortmund"},
        "/en/dortmund/virtual-office/knock/",
        "lotse.appointments.views.queue.knock",
    ),
    (
        "appointments:wait",
        {"entry_id": 7, "token": "t0ken"},
        "/en/virtual-office/wait/7/t0ken/",
        "lotse.appointments.views.queue.wait",
    ),
    (
        "appointments:wait_status",
        {"entry_id": 7, "token": "t0ken"},
        "/en/virtual-office/wait/7/t0ken/status.json",
        "lotse.appointments.views.queue.wait_status",
    ),
    (
        "appointments:wait_leave",
        {"entry_id": 7, "token": "t0ken"},
        "/en/virtual-office/wait/7/t0ken/leave/",
        "lotse.appointments.views.queue.wait_leave",
    ),
    (
        "appointments:staff_home",
        {},
        "/en/appointments/staff/",
        "lotse.appointments.views.staff.staff_home",
    ),
    (
        "appointments:staff_day",
        {"office_id": 7},
        "/en/appointments/staff/office/7/",
        "lotse.appointments.views.staff.staff_day",
    ),
    (
        "appointments:staff_booking",
        {"booking_id": 7},
        "/en/appointments/staff/booking/7/",
        "lotse.appointments.views.staff.staff_booking_action",
    ),
    (
        "appointments:staff_booking_video",
        {"booking_id": 7},
        "/en/appointments/staff/booking/7/video/",
        "lotse.appointments.views.staff.staff_booking_video",
    ),
    (
        "appointments:staff_virtual",
        {"office_id": 7},
        "/en/appointments/staff/office/7/virtual/",
        "lotse.appointments.views.staff.staff_virtual",
    ),
    (
        "appointments:staff_virtual_status",
        {"office_id": 7},
        "/en/appointments/staff/office/7/virtual/status.json",
        "lotse.appointments.views.staff.staff_virtual_status",
    ),
    (
        "appointments:staff_admit",
        {"office_id": 7},
        "/en/appointments/staff/office/7/virtual/admit/",
        "lotse.appointments.views.staff.staff_admit",
    ),
    (
        "appointments:staff_room",
        {"entry_id": 7},
        "/en/appointments/staff/room/7/",
        "lotse.appointments.views.staff.staff_room",
    ),
    (
        "appointments:staff_draws",
        {},
        "/en/appointments/staff/draws/",
        "lotse.appointments.views.draw.staff_draws",
    ),
    (
        "appointments:staff_draw",
        {"period_id": 7},
        "/en/appointments/staff/draws/7/",
        "lotse.appointments.views.draw.staff_draw",
    ),
    (
        "appointments:staff_room_end",
        {"entry_id": 7},
        "/en/appointments/staff/room/7/end/",
        "lotse.appointments.views.staff.staff_room_end",
    ),
]


@pytest.mark.parametrize(("name", "kwargs", "path", "view"), ROUTES)
def test_each_url_name_reverses_to_its_path_and_resolves_to_its_view(
    name: str, kwargs: dict[str, Any], path: str, view: str
) -> None:
    with translation.override("en"):
        assert reverse(name, kwargs=kwargs) == path
        match = resolve(path)
    assert f"{match.func.__module__}.{match.func.__name__}" == view
    assert match.kwargs == kwargs
