"""Recompute the published waiting times and fairness figures now (the task worker does this
every hour by itself), and end slot alerts that ran out."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from lotse.appointments import services


class Command(BaseCommand):
    help = "Recompute the appointment statistics of every city."

    def handle(self, *args: Any, **options: Any) -> None:
        count = services.stats_refresh()
        services.alerts_expire()
        services.stats_schedule()
        self.stdout.write(f"figures of {count} appointment type(s) computed")
