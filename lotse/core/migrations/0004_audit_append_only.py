"""Make core_auditevent append-only in the database itself: UPDATE and DELETE raise.

The one allowed update is Django's SET_NULL when a staff user is deleted (actor_id becomes
NULL, nothing else changes); actor_label keeps the username. PostgreSQL's TRUNCATE (used by
the test runner's flush) fires no row triggers. On SQLite the test runner's flush deletes
rows, so the delete trigger asks the SQL function lotse_audit_maintenance(), which a
connection must define itself: the cases app defines it as 0 (deny) on every connection,
the test fixture that flushes defines it as 1. Without it a delete fails too (fail closed).
"""

from django.db import migrations

SQLITE_FORWARD = [
    """
    CREATE TRIGGER core_auditevent_no_update BEFORE UPDATE ON core_auditevent
    WHEN NOT (NEW.actor_id IS NULL AND NEW.id IS OLD.id AND NEW.at IS OLD.at
              AND NEW.actor_label IS OLD.actor_label AND NEW.action IS OLD.action
              AND NEW.object_type IS OLD.object_type AND NEW.object_id IS OLD.object_id
              AND NEW.case_id IS OLD.case_id AND NEW.reason IS OLD.reason
              AND NEW.details IS OLD.details)
    BEGIN SELECT RAISE(ABORT, 'core_auditevent is append-only'); END
    """,
    """
    CREATE TRIGGER core_auditevent_no_delete BEFORE DELETE ON core_auditevent
    WHEN NOT lotse_audit_maintenance()
    BEGIN SELECT RAISE(ABORT, 'core_auditevent is append-only'); END
    """,
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS core_auditevent_no_update",
    "DROP TRIGGER IF EXISTS core_auditevent_no_delete",
]
POSTGRES_FORWARD = [
    """
    CREATE OR REPLACE FUNCTION core_auditevent_append_only() RETURNS trigger AS $$
    BEGIN
        IF TG_OP = 'UPDATE' AND NEW.actor_id IS NULL
           AND (NEW.id, NEW.at, NEW.actor_label, NEW.action, NEW.object_type, NEW.object_id,
                NEW.reason) IS NOT DISTINCT FROM
               (OLD.id, OLD.at, OLD.actor_label, OLD.action, OLD.object_type, OLD.object_id,
                OLD.reason)
           AND NEW.case_id IS NOT DISTINCT FROM OLD.case_id
           AND NEW.details::text = OLD.details::text THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'core_auditevent is append-only';
    END;
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER core_auditevent_append_only BEFORE UPDATE OR DELETE ON core_auditevent
    FOR EACH ROW EXECUTE FUNCTION core_auditevent_append_only()
    """,
]
POSTGRES_BACKWARD = [
    "DROP TRIGGER IF EXISTS core_auditevent_append_only ON core_auditevent",
    "DROP FUNCTION IF EXISTS core_auditevent_append_only()",
]


def _run(statements_by_vendor: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    def run(apps, schema_editor):  # type: ignore[no-untyped-def]
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("core", "0003_auth_tokens_totp_throttle")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
