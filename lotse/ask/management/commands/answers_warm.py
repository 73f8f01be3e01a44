"""Read the answer sentences' type features into the file the web workers load."""

from __future__ import annotations

import time
from typing import Any

from django.conf import settings

from lotse.ask import answers
from lotse.ask.selectors import city_index
from lotse.core.commands import CitiesCommand


class Command(CitiesCommand):
    help = (
        "Read every sentence's type features of one or all cities into "
        "LOTSE_ANSWER_FEATURES_DIR, so web workers load them instead of reading them "
        "(about a minute of CPU for Dortmund, once per code version). Run after search_reindex."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.LOTSE_ANSWER_FEATURES_DIR:
            self.stdout.write("LOTSE_ANSWER_FEATURES_DIR is empty: nothing is kept")
        for city in self.cities(options["slugs"]):
            started = time.perf_counter()
            read = answers.warm(city, city_index(city).generation)
            self.stdout.write(
                f"{city.slug}: {read} sentences read in {time.perf_counter() - started:.1f}s"
            )
