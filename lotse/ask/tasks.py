"""Background tasks of the ask app (django-tasks): thin wrappers around services."""

from __future__ import annotations

from django_tasks import task

from lotse.ask import services
from lotse.core.models import City


@task()
def search_reindex(city_id: int, keys: list[str]) -> int:
    """Re-index the services of a city whose texts changed."""
    city = City.objects.filter(pk=city_id).first()
    if city is None:
        return 0
    return services.search_index_services(city=city, keys=keys)
