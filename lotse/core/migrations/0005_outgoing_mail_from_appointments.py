"""The mail outbox moves from appointments into core: state only, the table and its rows stay.

The table `appointments_outgoingmail` keeps its name (`db_table`); appointments' migration
0003 turns its booking foreign key into the plain `ref_id` column and drops the model from its
own state, so no row is copied or lost."""

import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_audit_append_only"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="OutgoingMail",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("kind", models.CharField(max_length=32)),
                        ("recipient", models.EmailField(max_length=254)),
                        ("subject", models.CharField(max_length=300)),
                        ("body", models.TextField(blank=True)),
                        (
                            "attachments",
                            models.JSONField(
                                blank=True, default=list, help_text="[{name, content, mimetype}]"
                            ),
                        ),
                        ("ref_type", models.CharField(blank=True, default="", max_length=32)),
                        (
                            "ref_id",
                            models.BigIntegerField(
                                blank=True, db_column="booking_id", db_index=True, null=True
                            ),
                        ),
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now)),
                        ("send_after", models.DateTimeField(default=django.utils.timezone.now)),
                        ("sent_at", models.DateTimeField(blank=True, null=True)),
                        ("attempts", models.PositiveSmallIntegerField(default=0)),
                        ("last_error", models.CharField(blank=True, max_length=300)),
                        (
                            "task_id",
                            models.CharField(
                                blank=True,
                                help_text="The task last enqueued to send it (for the sweeper).",
                                max_length=64,
                            ),
                        ),
                    ],
                    options={
                        "db_table": "appointments_outgoingmail",
                        "ordering": ["created_at", "id"],
                        "indexes": [
                            models.Index(
                                condition=models.Q(("sent_at__isnull", True)),
                                fields=["send_after"],
                                name="outbox_unsent",
                            ),
                            models.Index(fields=["sent_at"], name="outbox_sent_at"),
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
