"""Print translation coverage: per language, own-language texts / all texts, and per status."""

from __future__ import annotations

from typing import Any

from lotse.core.commands import CitiesCommand
from lotse.core.languages import city_languages
from lotse.core.translation import STATUSES, LanguageCoverage, translation_coverage_all


class Command(CitiesCommand):
    help = (
        "Coverage of every translated model (services, offices, international, plan reasons) "
        "per language: own-language texts / all texts (%), and the count per status."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        cities = self.cities(options["slugs"])
        columns = ["lang", "own/all", "%", *STATUSES, "missing"]
        for city in cities:
            models = translation_coverage_all(city=city)
            for entry in models:
                self.stdout.write(f"\n{city.slug}: {entry.label}")
                if entry.note:
                    self.stdout.write(f"({entry.note})")
                self._table(columns, entry.languages)
            totals = [
                LanguageCoverage(
                    language=code,
                    total=sum(m.languages[i].total for m in models),
                    counts={s: sum(m.languages[i].count(s) for m in models) for s in STATUSES},
                )
                for i, code in enumerate(city_languages(city))
            ]
            self.stdout.write(f"\n{city.slug}: all translated texts")
            self._table(columns, totals)

    def _table(self, columns: list[str], rows: list[LanguageCoverage]) -> None:
        self.stdout.write("  ".join(f"{c:>10}" if i else f"{c:<5}" for i, c in enumerate(columns)))
        for row in rows:
            cells = [
                row.language,
                f"{row.own_language}/{row.total}",
                f"{row.percent}",
                *(str(row.count(s)) for s in STATUSES),
                str(row.missing),
            ]
            self.stdout.write(
                "  ".join(f"{c:>10}" if i else f"{c:<5}" for i, c in enumerate(cells))
            )
