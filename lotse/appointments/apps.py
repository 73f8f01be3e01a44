"""Appointments app: appointment types, slots, bookings, waiting list, virtual office queue."""

from django.apps import AppConfig


class AppointmentsConfig(AppConfig):
    name = "lotse.appointments"
    label = "appointments"
    verbose_name = "Appointments and virtual office"
