"""Create the demo accounts named in DESIGN.md. Refuses to run in production."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from lotse.catalog.models import Office
from lotse.core.models import City, Role, StaffProfile

# username -> (is_superuser, city, role, office key for office roles). Password: demo-<username>.
# Every account works in one city only: Düsseldorf's accounts (dus-…) see nothing of Dortmund
# and the other way round (core.permissions scopes by the profile's city).
DEMO_ACCOUNTS: dict[str, tuple[bool, str, str, str | None]] = {
    "caseworker": (False, "dortmund", Role.CASEWORKER, None),
    "buergerdienste": (False, "dortmund", Role.OFFICE_STAFF, "buergerdienste"),
    "migration": (False, "dortmund", Role.OFFICE_STAFF, "migration-office"),
    "admin": (True, "dortmund", Role.ADMIN, None),
    "dus-caseworker": (False, "duesseldorf", Role.CASEWORKER, None),
    "dus-buergerdienste": (False, "duesseldorf", Role.OFFICE_STAFF, "buergerdienste"),
    "dus-migration": (False, "duesseldorf", Role.OFFICE_STAFF, "migration-office"),
    "dus-admin": (True, "duesseldorf", Role.ADMIN, None),
}


class Command(BaseCommand):
    help = "Create the demo accounts (password demo-<username>); never in production."

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.PRODUCTION:
            raise CommandError("demo accounts are never created in production")
        user_model = get_user_model()
        created_names = []
        for username, (superuser, city_slug, role, office_key) in DEMO_ACCOUNTS.items():
            city = City.objects.filter(slug=city_slug).first()
            if city is None:
                self.stderr.write(f"{city_slug} is not loaded; no demo account {username}")
                continue
            user, created = user_model.objects.get_or_create(
                username=username, defaults={"is_staff": True, "is_superuser": superuser}
            )
            if created:
                user.set_password(f"demo-{username}")
                user.save()
            office = (
                Office.objects.filter(city=city, key=office_key).first() if office_key else None
            )
            if office_key and office is None:
                self.stderr.write(f"{city_slug} has no office {office_key!r}; {username} has none")
            StaffProfile.objects.update_or_create(
                user=user, defaults={"city": city, "role": role, "office": office}
            )
            created_names.append(username)
        self.stdout.write(self.style.SUCCESS(f"Demo accounts: {', '.join(created_names)}"))
