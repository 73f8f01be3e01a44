"""Anonymise closed cases past the retention period (run daily by a timer; idempotent)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from lotse.cases.services import cases_retention_run


class Command(BaseCommand):
    help = "Anonymise cases closed more than LOTSE_RETENTION_DAYS (default 180) days ago."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=None, help="override the setting")

    def handle(self, *args: Any, **options: Any) -> None:
        count = cases_retention_run(days=options["days"])
        self.stdout.write(f"anonymised {count} case(s)")
