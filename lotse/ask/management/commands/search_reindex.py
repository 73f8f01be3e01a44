"""Re-index the search for one or all cities and compute missing embeddings."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lotse.ask import semantic
from lotse.ask.services import search_embed_missing, search_index_city
from lotse.core.models import City


class Command(BaseCommand):
    help = (
        "Update the search index of changed services and compute the embeddings that are "
        "missing (each distinct text once). Run after catalog_load."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slugs", nargs="*", help="city slugs (default: all cities)")
        parser.add_argument(
            "--no-embed", action="store_true", help="lexical index only, no embeddings"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        cities = list(City.objects.all())
        if options["slugs"]:
            cities = [c for c in cities if c.slug in options["slugs"]]
            unknown = set(options["slugs"]) - {c.slug for c in cities}
            if unknown:
                raise CommandError(f"unknown city: {', '.join(sorted(unknown))}")
        for city in cities:
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
