"""Anonymise closed cases past the retention period (run daily by a timer; idempotent)."""

from __future__ import annotations

from lotse.cases.services import cases_retention_run
from lotse.core.commands import RetentionCommand


class Command(RetentionCommand):
    help = "Anonymise cases closed more than LOTSE_RETENTION_DAYS (default 180) days ago."

    def run(self, *, days: int | None) -> str:
        return f"anonymised {cases_retention_run(days=days)} case(s)"
