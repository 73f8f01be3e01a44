"""Blank the personal data of past bookings, ended waiting-list entries and queue places
(run daily; idempotent)."""

from __future__ import annotations

from lotse.appointments.services.retention import appointments_retention_run
from lotse.core.commands import RetentionCommand


class Command(RetentionCommand):
    help = (
        "Blank name, e-mail and address hashes of bookings, waiting-list entries and queue places "
        "that ended more than LOTSE_APPOINTMENT_RETENTION_DAYS days ago."
    )

    def run(self, *, days: int | None) -> str:
        done = appointments_retention_run(days=days)
        return ", ".join(f"{count} {kind}(s) blanked" for kind, count in done.items())
