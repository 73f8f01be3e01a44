"""Sweep the mail outbox once and make sure the worker keeps sweeping (run at worker start)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from lotse.core import outbox


class Command(BaseCommand):
    help = (
        "Enqueue unsent mails whose send task was lost, strip and delete old sent "
        "mails, and keep one periodic outbox sweep queued for the task worker."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--grace",
            type=int,
            default=None,
            help="Seconds a due mail may wait for its task before it counts as lost "
            "(default LOTSE_OUTBOX_GRACE_SECONDS; 0 right after a worker restart).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        counts = outbox.outbox_flush(grace_seconds=options["grace"])
        scheduled = outbox.outbox_sweep_schedule()
        self.stdout.write(
            f"outbox: {counts['enqueued']} re-enqueued, {counts['cleared']} stripped, "
            f"{counts['deleted']} deleted, {outbox.outbox_backlog()} waiting"
            + ("; periodic sweep scheduled" if scheduled else "")
        )
