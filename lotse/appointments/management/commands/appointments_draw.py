"""Run every draw whose request window has closed (cron/timer fallback for the queued task), or
announce a draw period: `appointments_draw --announce CITY TYPE FIRST LAST OPENS CLOSES`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lotse.appointments import selectors, services
from lotse.core.cities import city_get, city_zone
from lotse.core.errors import ApiError


class Command(BaseCommand):
    help = "Run due appointment draws, or announce a draw period with --announce."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--announce",
            nargs=6,
            metavar=("CITY", "TYPE", "FIRST_DAY", "LAST_DAY", "WINDOW_OPENS", "WINDOW_CLOSES"),
            help="Days as YYYY-MM-DD, window times as YYYY-MM-DDTHH:MM in the city's time zone.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["announce"]:
            city_slug, type_key, first, last, opens, closes = options["announce"]
            try:
                city = city_get(slug=city_slug)
                type_ = selectors.appointment_type_get(city=city, key=type_key)
                zone = city_zone(city)
                period = services.draw_announce(
                    type_=type_,
                    first_day=dt.date.fromisoformat(first),
                    last_day=dt.date.fromisoformat(last),
                    window_opens=dt.datetime.fromisoformat(opens).replace(tzinfo=zone),
                    window_closes=dt.datetime.fromisoformat(closes).replace(tzinfo=zone),
                )
            except (ApiError, ValueError) as exc:
                raise CommandError(str(getattr(exc, "fields", "") or exc)) from exc
            self.stdout.write(f"draw {period.pk} announced; seed SHA-256 {period.seed_sha256}")
            return
        ran = services.draws_run_due()
        self.stdout.write(f"{ran} draw(s) run")
