"""Delete plans unused past the retention period, with their reminder data (run daily; idempotent)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from lotse.plans.services import plans_retention_run


class Command(BaseCommand):
    help = "Delete plans not opened, changed or reminded of for LOTSE_PLAN_RETENTION_DAYS days."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=None, help="override the setting")

    def handle(self, *args: Any, **options: Any) -> None:
        count = plans_retention_run(days=options["days"])
        self.stdout.write(f"deleted {count} plan(s)")
