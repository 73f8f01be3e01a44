"""Generate many synthetic cases and tasks for benchmarks (refuses in production)."""

from __future__ import annotations

import datetime as dt
import random
import time
import zoneinfo
from collections.abc import Iterator
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import timezone

from lotse.cases.models import Case, Task
from lotse.catalog.models import Office, Responsibility
from lotse.core.models import City, Role, StaffProfile

# Rows per executemany call: big enough that the per-call overhead vanishes, small enough
# that a batch of tuples stays a few MB.
BATCH = 20_000
UTC = dt.UTC

CASE_COLUMNS = (
    "id", "city_id", "caseworker_id", "name", "email", "language", "consent_scope",
    "consent_text_version", "consent_given_at", "profile", "status", "opened_at", "closed_at",
    "access_token_hash", "anonymised_at",
)  # fmt: skip
TASK_COLUMNS = (
    "case_id", "city_id", "office_id", "service_id", "service_key", "status", "due_date",
    "opened_at", "opened_week", "first_contact_at", "first_contact_seconds", "done_at",
    "done_week", "completion_seconds", "updated_at", "case_anonymised",
)  # fmt: skip


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    quote = connection.ops.quote_name
    names = ", ".join(quote(c) for c in columns)
    marks = ", ".join(["%s"] * len(columns))
    # Names come from the models and are quoted; every value is a bound parameter.
    return f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})"  # noqa: S608


def _copy(cursor: Any, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    quote = connection.ops.quote_name
    names = ", ".join(quote(c) for c in columns)
    with cursor.cursor.copy(f"COPY {quote(table)} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


class Command(BaseCommand):
    help = "Bulk-insert synthetic cases (5 tasks each) spread over two years, for benchmarks."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--cases", type=int, default=100_000)
        parser.add_argument("--tasks-per-case", type=int, default=5)
        parser.add_argument("--city", default="dortmund")
        parser.add_argument("--seed", type=int, default=6)

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.PRODUCTION:
            raise CommandError("synthetic data is never generated in production")
        rng = random.Random(options["seed"])  # noqa: S311 (synthetic data)
        city = City.objects.get(slug=options["city"])
        routes = list(
            Responsibility.objects.filter(city=city, position=0).values_list(
                "service_id", "service__key", "office_id"
            )
        )
        per_case = options["tasks_per_case"]
        if len(routes) < per_case:
            raise CommandError(f"the city has only {len(routes)} routed services")
        caseworker = self._staff(city)
        started = time.monotonic()
        sqlite = connection.vendor == "sqlite"
        # Inside a caller's transaction (tests) the journal cannot change, nor VACUUM run.
        own_transaction = not connection.in_atomic_block
        if sqlite and own_transaction:
            # This connection only: no journal and no fsync while loading throw-away data.
            # (journal_mode cannot change inside a transaction, so before atomic()).
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA synchronous=OFF")
                cursor.execute("PRAGMA journal_mode=OFF")
        made = 0
        with transaction.atomic(), connection.cursor() as cursor:
            first_id = (Case.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
            case_sql = _insert_sql(Case._meta.db_table, CASE_COLUMNS)
            task_sql = _insert_sql(Task._meta.db_table, TASK_COLUMNS)
            for cases, tasks in self._batches(
                rng, options["cases"], per_case, first_id, city.pk, caseworker.pk, routes, sqlite
            ):
                if connection.vendor == "postgresql":
                    # COPY: one stream instead of a round trip per row (psycopg 3).
                    _copy(cursor, Case._meta.db_table, CASE_COLUMNS, cases)
                    _copy(cursor, Task._meta.db_table, TASK_COLUMNS, tasks)
                else:
                    cursor.executemany(case_sql, cases)
                    cursor.executemany(task_sql, tasks)
                made += len(cases)
            for sql in connection.ops.sequence_reset_sql(no_style(), [Case, Task]):
                cursor.execute(sql)
        loaded = time.monotonic() - started
        with connection.cursor() as cursor:
            if sqlite:
                if own_transaction:
                    cursor.execute("PRAGMA journal_mode=WAL")
                # Statistics for the query planner; without them it guesses and picks wrong
                # indexes on half a million rows.
                cursor.execute("ANALYZE")
                cursor.execute("PRAGMA optimize")
            else:
                # VACUUM also fills the visibility map, without which PostgreSQL reads the
                # table behind every index entry instead of the index alone.
                if own_transaction:
                    table = connection.ops.quote_name(Task._meta.db_table)
                    cursor.execute(f"VACUUM ANALYZE {table}")
                cursor.execute("ANALYZE")
        self.stdout.write(
            f"generated {made} cases, {made * per_case} tasks in {loaded:.1f} s "
            f"(+ ANALYZE {time.monotonic() - started - loaded:.1f} s)"
        )

    @staticmethod
    def _staff(city: City) -> User:
        caseworker, _ = User.objects.get_or_create(username="bench-caseworker")
        StaffProfile.objects.get_or_create(
            user=caseworker, defaults={"city": city, "role": Role.CASEWORKER}
        )
        for key in ("buergerdienste", "migration-office"):
            lead, _ = User.objects.get_or_create(username=f"bench-{key}")
            lead.set_password("bench-password")
            lead.save()
            StaffProfile.objects.update_or_create(
                user=lead,
                defaults={
                    "city": city,
                    "role": Role.OFFICE_LEAD,
                    "office": Office.objects.get(city=city, key=key),
                },
            )
        return caseworker

    @staticmethod
    def _batches(
        rng: random.Random, total: int, per_case: int, first_id: int, city_id: int,
        caseworker_id: int, routes: list[tuple[int, str, int]], sqlite: bool,
    ) -> Iterator[tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]]:  # fmt: skip
        """Plain tuples in the backend's own format (SQLite: ISO text in UTC, as Django
        stores it; PostgreSQL: aware datetimes), built without model instances."""
        local = zoneinfo.ZoneInfo(settings.TIME_ZONE)
        now = timezone.now().astimezone(UTC).replace(tzinfo=None)

        def moment(value: dt.datetime | None) -> Any:
            if value is None:
                return None
            return value.isoformat(" ") if sqlite else value.replace(tzinfo=UTC)

        def day(value: dt.date | None) -> Any:
            if value is None:
                return None
            return value.isoformat() if sqlite else value

        def local_date(value: dt.datetime) -> dt.date:
            return value.replace(tzinfo=UTC).astimezone(local).date()

        profile = "{}"
        languages = ["en", "de", "ar", "uk", "tr"]
        cases: list[tuple[Any, ...]] = []
        tasks: list[tuple[Any, ...]] = []
        for number in range(total):
            case_id = first_id + number
            opened = now - dt.timedelta(seconds=rng.randint(0, 730 * 86400))
            age_days = (now - opened).days
            closed = age_days > 60
            opened_text = moment(opened)
            cases.append((
                case_id, city_id, caseworker_id, "Synthetic Person", "", rng.choice(languages),
                "case-processing", "2026-11-v1", opened_text, profile,
                "closed" if closed else "open", opened_text,
                moment(opened + dt.timedelta(days=60)) if closed else None, None, None,
            ))  # fmt: skip
            opened_day = local_date(opened)
            opened_week = day(opened_day - dt.timedelta(days=opened_day.weekday()))
            due = day(opened_day + dt.timedelta(days=14))
            for service_id, key, office_id in rng.sample(routes, per_case):
                status = "new"
                contact_at = contact_seconds = done_at = done_week = done_seconds = None
                contact = opened + dt.timedelta(hours=rng.uniform(1, 24 * 10))
                if contact < now and rng.random() < 0.9:
                    status = "in_progress"
                    contact_at = moment(contact)
                    contact_seconds = int((contact - opened).total_seconds())
                    done = contact + dt.timedelta(days=rng.uniform(1, 50))
                    if done < now and rng.random() < 0.95:
                        status = "done"
                        done_at = moment(done)
                        done_day = local_date(done)
                        done_week = day(done_day - dt.timedelta(days=done_day.weekday()))
                        done_seconds = int((done - opened).total_seconds())
                    elif rng.random() < 0.3:
                        status = "waiting"
                if closed and status != "done":
                    status = "cancelled"
                tasks.append((
                    case_id, city_id, office_id, service_id, key, status, due, opened_text,
                    opened_week, contact_at, contact_seconds, done_at, done_week, done_seconds,
                    opened_text, False,
                ))  # fmt: skip
            if len(cases) >= BATCH // per_case:
                yield cases, tasks
                cases, tasks = [], []
        if cases:
            yield cases, tasks
