"""Portal pages of the appointments app (mounted under the language prefix).

Grouped by the part of the path they share: a city's pages, one appointment type's pages, and
the private pages behind a person's link (id and token in the path)."""

from django.urls import URLPattern, URLResolver, include, path

from lotse.appointments.views import alerts, book_form, booking, draw, queue, staff, stats, waitlist

# /<city>/appointments/<key>/…
type_pages = [
    path("", book_form.book, name="book"),
    path("waitlist/", waitlist.waitlist_join, name="waitlist"),
    path("alert/", alerts.alert_subscribe, name="alert"),
    path("draw/<int:period_id>/", draw.draw_public, name="draw"),
    path("draw/<int:period_id>/request/", draw.draw_request, name="draw_request"),
]

# /<city>/…
city_pages: list[URLPattern | URLResolver] = [
    path("appointments/", booking.type_index, name="types"),
    path("appointments/sent/", booking.sent, name="sent"),
    path("appointments/waiting-times/", stats.stats_page, name="stats"),
    path("appointments/<slug:key>/", include(type_pages)),
    path("virtual-office/", queue.virtual_office, name="virtual_office"),
    path("virtual-office/knock/", queue.knock, name="knock"),
]

# /appointments/booking/<booking_id>/<token>/…: the booker's private link
booking_pages = [
    path("", booking.manage, name="manage"),
    path("confirm/", booking.confirm, name="confirm"),
    path("cancel/", booking.cancel, name="cancel"),
    path("move/", booking.reschedule, name="reschedule"),
    path("appointment.ics", booking.calendar_file, name="ics"),
    path("video/", booking.booking_video, name="booking_video"),
]

# /appointments/staff/…: the offices' staff
staff_pages = [
    path("", staff.staff_home, name="staff_home"),
    path("office/<int:office_id>/", staff.staff_day, name="staff_day"),
    path("booking/<int:booking_id>/", staff.staff_booking_action, name="staff_booking"),
    path("booking/<int:booking_id>/video/", staff.staff_booking_video, name="staff_booking_video"),
    path("office/<int:office_id>/virtual/", staff.staff_virtual, name="staff_virtual"),
    path(
        "office/<int:office_id>/virtual/status.json",
        staff.staff_virtual_status,
        name="staff_virtual_status",
    ),
    path("office/<int:office_id>/virtual/admit/", staff.staff_admit, name="staff_admit"),
    path("room/<int:entry_id>/", staff.staff_room, name="staff_room"),
    path("draws/", draw.staff_draws, name="staff_draws"),
    path("draws/<int:period_id>/", draw.staff_draw, name="staff_draw"),
    path("room/<int:entry_id>/end/", staff.staff_room_end, name="staff_room_end"),
]

# The private pages behind the links of a slot alert, a waiting-list entry and a queue place
alert_pages = [
    path("confirm/", alerts.alert_confirm, name="alert_confirm"),
    path("unsubscribe/", alerts.alert_unsubscribe, name="alert_unsubscribe"),
]
waitlist_pages = [
    path("", waitlist.waitlist_entry, name="waitlist_entry"),
    path("leave/", waitlist.waitlist_leave, name="waitlist_leave"),
]
queue_pages = [
    path("", queue.wait, name="wait"),
    path("status.json", queue.wait_status, name="wait_status"),
    path("leave/", queue.wait_leave, name="wait_leave"),
]

app_name = "appointments"
urlpatterns: list[URLPattern | URLResolver] = [
    path("<slug:city>/", include(city_pages)),
    path("appointments/alert/<int:alert_id>/<str:token>/", include(alert_pages)),
    path("appointments/waitlist/<int:entry_id>/<str:token>/", include(waitlist_pages)),
    path("appointments/booking/<int:booking_id>/<str:token>/", include(booking_pages)),
    path("virtual-office/wait/<int:entry_id>/<str:token>/", include(queue_pages)),
    path("appointments/staff/", include(staff_pages)),
]
