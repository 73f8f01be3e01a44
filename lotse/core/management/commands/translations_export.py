"""Write a language's missing and outdated texts of a city as XLIFF 1.2 (for translators)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lotse.core.models import City
from lotse.core.xliff import XliffError, xliff_export


class Command(BaseCommand):
    help = (
        "Export the texts of one language that are missing or outdated (services, offices, "
        "international) as an XLIFF 1.2 file."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--city", required=True, help="city slug, e.g. dortmund")
        parser.add_argument("--lang", required=True, help="target language, e.g. uk")
        parser.add_argument("--out", type=Path, help="file to write (default: standard output)")

    def handle(self, *args: Any, **options: Any) -> None:
        city = City.objects.filter(slug=options["city"]).first()
        if city is None:
            raise CommandError(f"--city: no city {options['city']!r}")
        try:
            data, count = xliff_export(city=city, language=options["lang"])
        except XliffError as exc:
            raise CommandError("\n".join(exc.errors)) from exc
        if options["out"]:
            options["out"].write_bytes(data)
            self.stdout.write(f"{count} unit(s) written to {options['out']}")
        else:
            self.stdout.write(data.decode("utf-8"), ending="")
