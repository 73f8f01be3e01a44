"""Hand the mail outbox table over to core (`core.OutgoingMail`, same table, same rows).

The booking foreign key becomes a plain id (`ref_id`, column `booking_id` kept) with
`ref_type = "booking"`, because core must not point at an app above it; then the model leaves
appointments' state. The table itself is never dropped or copied."""

from django.db import migrations, models


def mark_booking_mails(apps, schema_editor):
    OutgoingMail = apps.get_model("appointments", "OutgoingMail")
    OutgoingMail.objects.filter(booking__isnull=False).update(ref_type="booking")


class Migration(migrations.Migration):
    dependencies = [
        ("appointments", "0002_outgoing_mail"),
        ("core", "0005_outgoing_mail_from_appointments"),
    ]

    operations = [
        migrations.AddField(
            model_name="outgoingmail",
            name="ref_type",
            field=models.CharField(blank=True, default="", max_length=32),
        ),
        migrations.AlterField(
            model_name="outgoingmail",
            name="booking",
            field=models.BigIntegerField(
                blank=True, db_column="booking_id", db_index=True, null=True
            ),
        ),
        migrations.RunPython(mark_booking_mails, migrations.RunPython.noop),
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="OutgoingMail")],
            database_operations=[],
        ),
    ]
