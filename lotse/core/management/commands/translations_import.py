"""Import a translated XLIFF 1.2 file: checked as a whole, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from lotse.core.models import City
from lotse.core.permissions import can
from lotse.core.xliff import XliffError, xliff_import


class Command(BaseCommand):
    help = (
        "Import translations from an XLIFF 1.2 file made by translations_export. Nothing is "
        "written unless every unit checks out. Imported texts are machine-assisted; units "
        "marked final/signed-off become reviewed only with --reviewer, an account that may "
        "review translations of the city."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--city", required=True, help="city slug, e.g. dortmund")
        parser.add_argument("--lang", required=True, help="the file's target language")
        parser.add_argument("--reviewer", help="username of the reviewing staff account")

    def handle(self, *args: Any, **options: Any) -> None:
        city = City.objects.filter(slug=options["city"]).first()
        if city is None:
            raise CommandError(f"--city: no city {options['city']!r}")
        user = None
        if options["reviewer"]:
            user = get_user_model().objects.filter(username=options["reviewer"]).first()
            if user is None or not can(user, "translation.review", city):
                raise CommandError(
                    f"--reviewer: {options['reviewer']!r} may not review translations of "
                    f"{city.slug}"
                )
        try:
            data = options["file"].read_bytes()
        except OSError as exc:
            raise CommandError(f"{options['file']}: cannot read the file: {exc.strerror}") from exc
        try:
            result = xliff_import(
                data=data,
                city=city,
                language=options["lang"],
                user=user,
                may_review=user is not None,
            )
        except XliffError as exc:
            raise CommandError(
                f"{len(exc.errors)} problem(s), nothing was imported:\n" + "\n".join(exc.errors)
            ) from exc
        self.stdout.write(
            f"{result.written} text(s) imported ({result.reviewed} reviewed), "
            f"{result.skipped} unit(s) left out"
        )
