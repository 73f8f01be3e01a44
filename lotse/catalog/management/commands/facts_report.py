"""`manage.py facts_report [--city dortmund] [--max-age-days 180]`: the facts work queue.

Lists per city and layer (catalog, rules) what needs a check; exits non-zero when a fact marked
uncertain is stated without a qualifier, a rule contradicts the catalog, a repealed provision is
cited or a threshold is confirmed on a secondary source (so CI can run it)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from lotse.catalog.facts import KINDS, city_report, city_slugs


class Command(BaseCommand):
    help = "List facts that need a check; fail on unqualified uncertain facts and contradictions."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--city", action="append", help="city slug (default: every city)")
        parser.add_argument("--max-age-days", type=int, default=180)
        parser.add_argument("--warn-days", type=int, default=90, help="valid_to warning window")
        parser.add_argument("--today", type=dt.date.fromisoformat, help="YYYY-MM-DD (tests)")
        parser.add_argument(
            "--no-database", action="store_true", help="ignore staff checks in the database"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        today = options["today"] or dt.date.today()
        if options["max_age_days"] < 0 or options["warn_days"] < 0:
            raise CommandError("--max-age-days and --warn-days must not be negative")
        known = city_slugs()
        slugs = options["city"] or known
        unknown = sorted(set(slugs) - set(known))
        if unknown:
            raise CommandError(f"unknown city {', '.join(unknown)}; known: {', '.join(known)}")
        blocking = 0
        for slug in slugs:
            findings = city_report(
                slug,
                today=today,
                max_age_days=options["max_age_days"],
                warn_days=options["warn_days"],
                use_database=not options["no_database"],
            )
            groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
            for finding in findings:
                groups[(finding.layer, finding.kind)].append(finding)
            self.stdout.write(f"== {slug}: {len(findings)} finding(s) on {today.isoformat()}")
            for (layer, kind), items in sorted(groups.items()):
                mark = "FAIL" if items[0].blocking else "info"
                self.stdout.write(
                    f"-- [{mark}] {layer} / {kind}: {KINDS.get(kind, kind)} ({len(items)})"
                )
                for f in items:
                    self.stdout.write(f"   {f.subject} {f.field}: {f.message}")
            count = sum(f.blocking for f in findings)
            blocking += count
            self.stdout.write(f"== {slug}: {count} blocking finding(s)")
        if blocking:
            raise CommandError(f"{blocking} blocking finding(s): see the FAIL groups above")
