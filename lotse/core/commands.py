"""Bases of the management commands that several apps share: commands over some or all cities,
and the daily retention runs."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lotse.core.models import City


class CitiesCommand(BaseCommand):
    """A command over the cities named by slug (all cities when none is named)."""

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slugs", nargs="*", help="city slugs (default: all cities)")

    def cities(self, slugs: list[str]) -> list[City]:
        """The named cities by slug, or all of them; an unknown slug is an error."""
        cities = list(City.objects.order_by("slug"))
        if slugs:
            unknown = set(slugs) - {c.slug for c in cities}
            if unknown:
                raise CommandError(f"unknown city: {', '.join(sorted(unknown))}")
            cities = [c for c in cities if c.slug in slugs]
        return cities


class RetentionCommand(BaseCommand):
    """A retention run (daily by a timer; idempotent) whose period `--days` may override."""

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=None, help="override the setting")

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(self.run(days=options["days"]))

    def run(self, *, days: int | None) -> str:
        """Run the retention; returns what was done, for the log."""
        raise NotImplementedError
