"""Load (or reload) a city's catalog from its data files: all or nothing."""

from __future__ import annotations

from pathlib import Path

from lotse.catalog.services import catalog_load_city
from lotse.core.datafiles import LoadCommand


class Command(LoadCommand):
    help = "Validate and load data/cities/<slug>/ (or --dir) into the catalog."

    def load(self, *, slug: str, directory: Path | None) -> str:
        city = catalog_load_city(directory=directory, slug=slug)
        return (
            f"Loaded {city.slug}: {city.services.count()} services, {city.offices.count()} offices"
        )
