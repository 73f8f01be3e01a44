"""Create the demo accounts named in DESIGN.md. Refuses to run in production."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEMO_USERS = {
    "caseworker": {"is_staff": True, "is_superuser": False},
    "buergerdienste": {"is_staff": True, "is_superuser": False},
    "migration": {"is_staff": True, "is_superuser": False},
    "admin": {"is_staff": True, "is_superuser": True},
}


class Command(BaseCommand):
    help = "Create the demo accounts (password demo-<username>); never in production."

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.PRODUCTION:
            raise CommandError("demo accounts are never created in production")
        user_model = get_user_model()
        for username, flags in DEMO_USERS.items():
            user, created = user_model.objects.get_or_create(username=username, defaults=flags)
            if created:
                user.set_password(f"demo-{username}")
                user.save()
        self.stdout.write(self.style.SUCCESS(f"Demo accounts: {', '.join(DEMO_USERS)}"))
