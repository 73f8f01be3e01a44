"""Appointments app: appointment types, slots, bookings, waiting list, virtual office queue."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppointmentsConfig(AppConfig):
    name = "lotse.appointments"
    label = "appointments"
    verbose_name = _("Appointments and virtual office")
