"""`manage.py application_forms_load <slug> [--dir DIR]`: check a city's online forms.

Every problem is printed with its file and line; the forms are used from the files (cached until
a file changes), so a set that passes here is what the portal and the API serve."""

from __future__ import annotations

from pathlib import Path

from lotse.cases.applications.forms import _cache, forms_dir, forms_read
from lotse.catalog.models import Service
from lotse.core.datafiles import LoadCommand


class Command(LoadCommand):
    help = "Check the online application forms of a city (data/cities/<slug>/forms)."
    default_dir = "data/cities/<slug>/forms"

    def load(self, *, slug: str, directory: Path | None) -> str:
        services = set(Service.objects.filter(city__slug=slug).values_list("key", flat=True))
        forms = forms_read(directory or forms_dir(slug), services=services or None)
        _cache.pop(slug, None)
        return f"{len(forms)} forms of {slug} are valid: {', '.join(sorted(forms))}"
