"""Load a city's appointment types (data/cities/<slug>/appointments.yaml) and generate slots."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lotse.appointments import services
from lotse.appointments.loader import AppointmentsDataError
from lotse.appointments.models import AppointmentType
from lotse.core.errors import NotFound


class Command(BaseCommand):
    help = "Load appointment types of a city and generate the slots of their booking windows."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("city")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            count = services.appointment_types_load(city_slug=options["city"])
        except AppointmentsDataError as exc:
            raise CommandError(
                f"{len(exc.errors)} problem(s), nothing loaded:\n" + "\n".join(exc.errors)
            ) from exc
        except NotFound as exc:
            raise CommandError(f"unknown city {options['city']!r}") from exc
        for type_ in AppointmentType.objects.filter(city__slug=options["city"]):
            services.slots_ensure(type_=type_)
        self.stdout.write(self.style.SUCCESS(f"{count} appointment types loaded"))
