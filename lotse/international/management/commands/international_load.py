"""Load (or reload) a city's international data (partnerships, projects, associations,
attractions) from its data files: all or nothing."""

from __future__ import annotations

from pathlib import Path

from lotse.core.datafiles import LoadCommand
from lotse.international.services import international_load_city


class Command(LoadCommand):
    help = "Validate and load data/cities/<slug>/international/ (or --dir)."
    default_dir = "data/cities/<slug>/international"

    def load(self, *, slug: str, directory: Path | None) -> str:
        city = international_load_city(slug=slug, directory=directory)
        return (
            f"Loaded {city.slug}: {city.partnerships.count()} partnerships, "
            f"{city.int_projects.count()} projects, {city.associations.count()} associations, "
            f"{city.attractions.count()} attractions, {city.int_events.count()} events"
        )
