"""Load a city's appointment types (data/cities/<slug>/appointments.yaml) and generate slots."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import CommandError

from lotse.appointments import services
from lotse.appointments.models import AppointmentType
from lotse.core.datafiles import LoadCommand
from lotse.core.errors import NotFound


class Command(LoadCommand):
    help = "Check and load a city's appointment types, then generate their booking windows' slots."

    def load(self, *, slug: str, directory: Path | None) -> str:
        path = directory / "appointments.yaml" if directory is not None else None
        try:
            count = services.appointment_types_load(city_slug=slug, path=path)
        except NotFound as exc:
            raise CommandError(f"unknown city {slug!r}") from exc
        for type_ in AppointmentType.objects.filter(city__slug=slug):
            services.slots_ensure(type_=type_)
        return f"{count} appointment types loaded"
