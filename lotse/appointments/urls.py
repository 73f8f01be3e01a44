"""Portal pages of the appointments app (mounted under the language prefix)."""

from django.urls import URLPattern, URLResolver, path

from lotse.appointments import views

app_name = "appointments"
urlpatterns: list[URLPattern | URLResolver] = [
    path("<slug:city>/appointments/", views.type_index, name="types"),
    path("<slug:city>/appointments/sent/", views.sent, name="sent"),
    path("<slug:city>/appointments/<slug:key>/", views.book, name="book"),
    path("<slug:city>/appointments/<slug:key>/waitlist/", views.waitlist_join, name="waitlist"),
    path("appointments/booking/<int:booking_id>/<str:token>/", views.manage, name="manage"),
    path(
        "appointments/booking/<int:booking_id>/<str:token>/confirm/",
        views.confirm,
        name="confirm",
    ),
    path("appointments/booking/<int:booking_id>/<str:token>/cancel/", views.cancel, name="cancel"),
    path(
        "appointments/booking/<int:booking_id>/<str:token>/move/",
        views.reschedule,
        name="reschedule",
    ),
    path(
        "appointments/booking/<int:booking_id>/<str:token>/appointment.ics",
        views.calendar_file,
        name="ics",
    ),
    path(
        "appointments/booking/<int:booking_id>/<str:token>/video/",
        views.booking_video,
        name="booking_video",
    ),
    path("<slug:city>/virtual-office/", views.virtual_office, name="virtual_office"),
    path("<slug:city>/virtual-office/knock/", views.knock, name="knock"),
    path("virtual-office/wait/<int:entry_id>/<str:token>/", views.wait, name="wait"),
    path(
        "virtual-office/wait/<int:entry_id>/<str:token>/status.json",
        views.wait_status,
        name="wait_status",
    ),
    path(
        "virtual-office/wait/<int:entry_id>/<str:token>/leave/", views.wait_leave, name="wait_leave"
    ),
    path("appointments/staff/", views.staff_home, name="staff_home"),
    path("appointments/staff/office/<int:office_id>/", views.staff_day, name="staff_day"),
    path(
        "appointments/staff/booking/<int:booking_id>/",
        views.staff_booking_action,
        name="staff_booking",
    ),
    path(
        "appointments/staff/booking/<int:booking_id>/video/",
        views.staff_booking_video,
        name="staff_booking_video",
    ),
    path(
        "appointments/staff/office/<int:office_id>/virtual/",
        views.staff_virtual,
        name="staff_virtual",
    ),
    path(
        "appointments/staff/office/<int:office_id>/virtual/status.json",
        views.staff_virtual_status,
        name="staff_virtual_status",
    ),
    path(
        "appointments/staff/office/<int:office_id>/virtual/admit/",
        views.staff_admit,
        name="staff_admit",
    ),
    path("appointments/staff/room/<int:entry_id>/", views.staff_room, name="staff_room"),
]
