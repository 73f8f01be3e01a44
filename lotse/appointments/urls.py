"""Portal pages of the appointments app (mounted under the language prefix)."""

from django.urls import URLPattern, URLResolver, path

from lotse.appointments.views import alerts, book_form, booking, draw, queue, staff, stats, waitlist

app_name = "appointments"
urlpatterns: list[URLPattern | URLResolver] = [
    path("<slug:city>/appointments/", booking.type_index, name="types"),
    path("<slug:city>/appointments/sent/", booking.sent, name="sent"),
    path("<slug:city>/appointments/waiting-times/", stats.stats_page, name="stats"),
    path("<slug:city>/appointments/<slug:key>/", book_form.book, name="book"),
    path("<slug:city>/appointments/<slug:key>/waitlist/", waitlist.waitlist_join, name="waitlist"),
    path("<slug:city>/appointments/<slug:key>/alert/", alerts.alert_subscribe, name="alert"),
    path(
        "<slug:city>/appointments/<slug:key>/draw/<int:period_id>/",
        draw.draw_public,
        name="draw",
    ),
    path(
        "<slug:city>/appointments/<slug:key>/draw/<int:period_id>/request/",
        draw.draw_request,
        name="draw_request",
    ),
    path(
        "appointments/alert/<int:alert_id>/<str:token>/confirm/",
        alerts.alert_confirm,
        name="alert_confirm",
    ),
    path(
        "appointments/alert/<int:alert_id>/<str:token>/unsubscribe/",
        alerts.alert_unsubscribe,
        name="alert_unsubscribe",
    ),
    path(
        "appointments/waitlist/<int:entry_id>/<str:token>/",
        waitlist.waitlist_entry,
        name="waitlist_entry",
    ),
    path(
        "appointments/waitlist/<int:entry_id>/<str:token>/leave/",
        waitlist.waitlist_leave,
        name="waitlist_leave",
    ),
    path("appointments/booking/<int:booking_id>/<str:token>/", booking.manage, name="manage"),
    path(
        "appointments/booking/<int:booking_id>/<str:token>/confirm/",
        booking.confirm,
        name="confirm",
    ),
    path(
        "appointments/booking/<int:booking_id>/<str:token>/cancel/", booking.cancel, name="cancel"
    ),
    path(
        "appointments/booking/<int:booking_id>/<str:token>/move/",
        booking.reschedule,
        name="reschedule",
    ),
    path(
        "appointments/booking/<int:booking_id>/<str:token>/appointment.ics",
        booking.calendar_file,
        name="ics",
    ),
    path(
        "appointments/booking/<int:booking_id>/<str:token>/video/",
        booking.booking_video,
        name="booking_video",
    ),
    path("<slug:city>/virtual-office/", queue.virtual_office, name="virtual_office"),
    path("<slug:city>/virtual-office/knock/", queue.knock, name="knock"),
    path("virtual-office/wait/<int:entry_id>/<str:token>/", queue.wait, name="wait"),
    path(
        "virtual-office/wait/<int:entry_id>/<str:token>/status.json",
        queue.wait_status,
        name="wait_status",
    ),
    path(
        "virtual-office/wait/<int:entry_id>/<str:token>/leave/", queue.wait_leave, name="wait_leave"
    ),
    path("appointments/staff/", staff.staff_home, name="staff_home"),
    path("appointments/staff/office/<int:office_id>/", staff.staff_day, name="staff_day"),
    path(
        "appointments/staff/booking/<int:booking_id>/",
        staff.staff_booking_action,
        name="staff_booking",
    ),
    path(
        "appointments/staff/booking/<int:booking_id>/video/",
        staff.staff_booking_video,
        name="staff_booking_video",
    ),
    path(
        "appointments/staff/office/<int:office_id>/virtual/",
        staff.staff_virtual,
        name="staff_virtual",
    ),
    path(
        "appointments/staff/office/<int:office_id>/virtual/status.json",
        staff.staff_virtual_status,
        name="staff_virtual_status",
    ),
    path(
        "appointments/staff/office/<int:office_id>/virtual/admit/",
        staff.staff_admit,
        name="staff_admit",
    ),
    path("appointments/staff/room/<int:entry_id>/", staff.staff_room, name="staff_room"),
    path("appointments/staff/draws/", draw.staff_draws, name="staff_draws"),
    path("appointments/staff/draws/<int:period_id>/", draw.staff_draw, name="staff_draw"),
]
