"""Re-index the search for one or all cities and compute missing embeddings."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import CommandParser

from lotse.ask import semantic
from lotse.ask.services import search_embed_missing, search_index_city
from lotse.core.commands import CitiesCommand


class Command(CitiesCommand):
    help = (
        "Update the search index of changed services and compute the embeddings that are "
        "missing (each distinct text once). Run after catalog_load."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--no-embed", action="store_true", help="lexical index only, no embeddings"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        for city in self.cities(options["slugs"]):
            started = time.perf_counter()
            changed = search_index_city(city=city)
            computed = 0
            if not options["no_embed"]:
                computed = search_embed_missing(city=city)
            self.stdout.write(
                f"{city.slug}: {changed} services re-indexed, {computed} embeddings computed "
                f"in {time.perf_counter() - started:.1f}s"
            )
        if not options["no_embed"] and not semantic.available():
            self.stdout.write("semantic model not installed: lexical search only")
