"""Plan links: store only the SHA-256 of the private token; existing links keep working."""

import hashlib

from django.db import migrations, models


def hash_tokens(apps, schema_editor):
    Plan = apps.get_model("plans", "Plan")
    for plan in Plan.objects.only("pk", "token").iterator():
        digest = hashlib.sha256(plan.token.encode("utf-8")).hexdigest()
        Plan.objects.filter(pk=plan.pk).update(token_hash=digest)


class Migration(migrations.Migration):
    dependencies = [("plans", "0001_plan")]

    operations = [
        migrations.RemoveConstraint(model_name="plan", name="plan_token_not_empty"),
        migrations.AddField(
            model_name="plan",
            name="token_hash",
            field=models.CharField(max_length=64, null=True),
        ),
        migrations.RunPython(hash_tokens, migrations.RunPython.noop),
        migrations.RemoveField(model_name="plan", name="token"),
        migrations.AlterField(
            model_name="plan",
            name="token_hash",
            field=models.CharField(max_length=64, unique=True),
        ),
        migrations.AddConstraint(
            model_name="plan",
            constraint=models.CheckConstraint(
                condition=~models.Q(token_hash=""), name="plan_token_hash_not_empty"
            ),
        ),
    ]
