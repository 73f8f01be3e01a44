"""The city an audit event concerns (staff read only their own cities' events); the
append-only triggers of 0004 are renewed so that the new column cannot be rewritten either."""

from django.db import migrations, models

SQLITE_FORWARD = [
    "DROP TRIGGER IF EXISTS core_auditevent_no_update",
    """
    CREATE TRIGGER core_auditevent_no_update BEFORE UPDATE ON core_auditevent
    WHEN NOT (NEW.actor_id IS NULL AND NEW.id IS OLD.id AND NEW.at IS OLD.at
              AND NEW.actor_label IS OLD.actor_label AND NEW.action IS OLD.action
              AND NEW.object_type IS OLD.object_type AND NEW.object_id IS OLD.object_id
              AND NEW.case_id IS OLD.case_id AND NEW.city_id IS OLD.city_id
              AND NEW.reason IS OLD.reason AND NEW.details IS OLD.details)
    BEGIN SELECT RAISE(ABORT, 'core_auditevent is append-only'); END
    """,
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
           AND NEW.city_id IS NOT DISTINCT FROM OLD.city_id
           AND NEW.details::text = OLD.details::text THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'core_auditevent is append-only';
    END;
    $$ LANGUAGE plpgsql
    """,
]


def _run(statements_by_vendor):  # type: ignore[no-untyped-def]
    def run(apps, schema_editor):  # type: ignore[no-untyped-def]
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("core", "0005_outgoing_mail_from_appointments")]

    operations = [
        migrations.AddField(
            model_name="auditevent",
            name="city_id",
            field=models.BigIntegerField(blank=True, db_index=True, null=True),
        ),
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            migrations.RunPython.noop,
        ),
    ]
