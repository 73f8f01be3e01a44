"""The table of the database cache (settings.CACHES), so that `migrate` is all a new
installation needs; a no-op for Redis or memcached."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps: Any, schema_editor: Any) -> None:
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("core", "0007_second_factor_pending_secret")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
