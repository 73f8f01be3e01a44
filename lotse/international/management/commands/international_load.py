"""Load (or reload) a city's international data (partnerships, projects, associations,
attractions) from its data files: all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lotse.international.loader import InternationalDataError
from lotse.international.services import international_load_city


class Command(BaseCommand):
    help = "Validate and load data/cities/<slug>/international/ (or --dir)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug", help="city slug, e.g. dortmund")
        parser.add_argument(
            "--dir", type=Path, help="data directory (default: data/cities/<slug>/international)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            city = international_load_city(slug=options["slug"], directory=options["dir"])
        except InternationalDataError as exc:
            raise CommandError(
                f"{len(exc.errors)} problem(s) in the data, nothing was loaded:\n"
                + "\n".join(exc.errors)
            ) from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {city.slug}: {city.partnerships.count()} partnerships, "
                f"{city.int_projects.count()} projects, {city.associations.count()} associations, "
                f"{city.attractions.count()} attractions, {city.int_events.count()} events"
            )
        )
