"""API routes of the appointments app (mounted under /api/v1/)."""

from django.urls import URLPattern, URLResolver, include, path

from lotse.appointments import api

# /api/v1/cities/<city>/…
city_routes = [
    path("appointment-types", api.appointment_types, name="appointment_types"),
    path("appointment-stats", api.appointment_stats, name="appointment_stats"),
]

urlpatterns: list[URLPattern | URLResolver] = [
    path("cities/<slug:city>/", include(city_routes)),
    path("slots", api.slots, name="slots"),
    path("slot-alerts", api.slot_alerts, name="slot_alerts"),
    path("draws/<int:draw_id>", api.draw_detail, name="draw"),
    path("bookings", api.bookings, name="bookings"),
    path("bookings/challenge", api.challenge, name="booking_challenge"),
    path("bookings/<int:booking_id>", api.booking_detail, name="booking"),
]
