"""Delete plans unused past the retention period, with their reminder data (run daily; idempotent)."""

from __future__ import annotations

from lotse.core.commands import RetentionCommand
from lotse.plans.services import plans_retention_run


class Command(RetentionCommand):
    help = "Delete plans not opened, changed or reminded of for LOTSE_PLAN_RETENTION_DAYS days."

    def run(self, *, days: int | None) -> str:
        return f"deleted {plans_retention_run(days=days)} plan(s)"
