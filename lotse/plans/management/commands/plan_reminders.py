"""Mail the plan reminders that are due now and keep the worker's reminder run queued."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from lotse.plans.reminders import reminders_run, reminders_schedule


class Command(BaseCommand):
    help = "Queue the due plan reminders in the outbox (the task worker sends them)."

    def handle(self, *args: Any, **options: Any) -> None:
        counts = reminders_run()
        reminders_schedule()
        self.stdout.write(f"queued {counts['sent']} reminder(s) for {counts['plans']} plan(s)")
