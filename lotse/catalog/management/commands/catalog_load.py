"""Load (or reload) a city's catalog from its data files: all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lotse.catalog.loader import CatalogDataError
from lotse.catalog.services import catalog_load_city


class Command(BaseCommand):
    help = "Validate and load data/cities/<slug>/ (or --dir) into the catalog."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug", help="city slug, e.g. dortmund")
        parser.add_argument(
            "--dir", type=Path, help="city data directory (default: data/cities/<slug>)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            city = catalog_load_city(directory=options["dir"], slug=options["slug"])
        except CatalogDataError as exc:
            raise CommandError(
                f"{len(exc.errors)} problem(s) in the data, nothing was loaded:\n"
                + "\n".join(exc.errors)
            ) from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {city.slug}: {city.services.count()} services, {city.offices.count()} offices"
            )
        )
