"""The backup tests' throwaway databases are dropped even while autovacuum works in them.

Runs without PostgreSQL: the admin connection is replaced by a stand-in that refuses the way
PostgreSQL 15 refused in a CI run's teardown.
"""

from __future__ import annotations

import psycopg
import pytest

from lotse.ops.tests import test_backup_restore as backup


class _Server:
    def __init__(self, refusals: int) -> None:
        self.refusals = refusals
        self.statements: list[str] = []

    def __call__(self, sql: str) -> None:
        self.statements.append(sql)
        if self.refusals:
            self.refusals -= 1
            raise psycopg.errors.InsufficientPrivilege(
                "must be a member of the role whose process is being terminated"
            )


def test_a_drop_refused_while_autovacuum_works_is_tried_again():
    server, waits = _Server(refusals=3), []
    backup.drop_database("lotse_bk_source_x", admin=server, sleep=waits.append)
    assert len(server.statements) == 4
    assert server.statements[-1] == 'DROP DATABASE IF EXISTS "lotse_bk_source_x" WITH (FORCE)'
    assert waits == [backup.DROP_WAIT_S] * 3


def test_a_drop_refused_every_time_still_fails():
    server = _Server(refusals=10)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        backup.drop_database("lotse_bk_source_x", admin=server, sleep=lambda _s: None, tries=5)
    assert len(server.statements) == 5
