"""Task list and dashboard read only covering indexes; tasks carry a case_anonymised copy."""

from typing import Any

from django.db import migrations, models


def copy_anonymised(apps: Any, schema_editor: Any) -> None:
    """Tasks of already anonymised cases get the flag (one UPDATE with a subquery)."""
    Task = apps.get_model("cases", "Task")
    Task.objects.filter(case__anonymised_at__isnull=False).update(case_anonymised=True)


def analyze(apps: Any, schema_editor: Any) -> None:
    """Fresh planner statistics for the new indexes (both backends know ANALYZE)."""
    schema_editor.execute("ANALYZE")


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0001_cases'),
        ('catalog', '0001_catalog'),
        ('core', '0004_audit_append_only'),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='task',
            name='task_office_list',
        ),
        migrations.RemoveIndex(
            model_name='task',
            name='task_city_status',
        ),
        migrations.RemoveIndex(
            model_name='task',
            name='task_city_done_week',
        ),
        migrations.RemoveIndex(
            model_name='task',
            name='task_city_first_contact',
        ),
        migrations.AddField(
            model_name='task',
            name='case_anonymised',
            field=models.BooleanField(default=False),
        ),
        migrations.RunPython(copy_anonymised, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name='task',
            index=models.Index(condition=models.Q(('case_anonymised', False)), fields=['office', 'status', 'due_date', 'id', 'case_anonymised'], name='task_office_queue'),
        ),
        migrations.AddIndex(
            model_name='task',
            index=models.Index(fields=['city', 'status', 'office', 'due_date'], name='task_city_status_office'),
        ),
        migrations.AddIndex(
            model_name='task',
            index=models.Index(fields=['city', 'done_week', 'completion_seconds'], name='task_city_done_duration'),
        ),
        migrations.AddIndex(
            model_name='task',
            index=models.Index(fields=['city', 'first_contact_at', 'first_contact_seconds'], name='task_city_contact_duration'),
        ),
        migrations.RunPython(analyze, migrations.RunPython.noop, elidable=True),
    ]
