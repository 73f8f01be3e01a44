"""Create the demo accounts named in DESIGN.md. Refuses to run in production."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from lotse.catalog.models import Office
from lotse.core.models import City, Role, StaffProfile

DEMO_USERS = {
    "caseworker": {"is_staff": True, "is_superuser": False},
    "buergerdienste": {"is_staff": True, "is_superuser": False},
    "migration": {"is_staff": True, "is_superuser": False},
    "admin": {"is_staff": True, "is_superuser": True},
}

# Each demo account's role, and for office roles the office key (city: dortmund).
DEMO_ROLES = {
    "caseworker": (Role.CASEWORKER, None),
    "buergerdienste": (Role.OFFICE_STAFF, "buergerdienste"),
    "migration": (Role.OFFICE_STAFF, "migration-office"),
    "admin": (Role.ADMIN, None),
}
DEMO_CITY = "dortmund"


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
            self._profile(user, username)
        self.stdout.write(self.style.SUCCESS(f"Demo accounts: {', '.join(DEMO_USERS)}"))

    def _profile(self, user: Any, username: str) -> None:
        city = City.objects.filter(slug=DEMO_CITY).first()
        if city is None:
            self.stderr.write(f"{DEMO_CITY} is not loaded; {username} gets no staff role")
            return
        role, office_key = DEMO_ROLES[username]
        office = Office.objects.filter(city=city, key=office_key).first() if office_key else None
        StaffProfile.objects.update_or_create(
            user=user, defaults={"city": city, "role": role, "office": office}
        )
