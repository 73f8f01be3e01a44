"""What every appointments page needs: the request's city, its context, the limit page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from lotse.appointments import selectors, services
from lotse.appointments.models import AppointmentType
from lotse.catalog import selectors as catalog_selectors
from lotse.core.cities import city_zone
from lotse.core.errors import Limited, NotFound
from lotse.core.models import City

DAYS_SHOWN = 14


def lang() -> str:
    return get_language() or settings.LANGUAGE_CODE


def page_city(request: HttpRequest, slug: str) -> City:
    """The city of the page (`request.city`, set by core's CityMiddleware), or a 404 page."""
    city = getattr(request, "city", None)
    if city is None:
        raise Http404(_("There is no city “%(slug)s” in Lotse.") % {"slug": slug[:64]})
    return city


def city_context(city: City) -> dict[str, Any]:
    language = lang()
    welcome = catalog_selectors.welcome_office(city=city, language=language)
    return {"city": city, "city_name": city.name(language), "welcome": welcome}


def type_for_page(city: City, key: str) -> AppointmentType:
    try:
        return selectors.appointment_type_get(city=city, key=key)
    except NotFound as exc:
        raise Http404(_("No such appointment type.")) from exc


def limited_page(request: HttpRequest, city: City, exc: Limited) -> HttpResponse:
    response = render(
        request,
        "appointments/limited.html",
        {**city_context(city), "retry_minutes": exc.retry_after // 60 + 1},
        status=429,
    )
    response["Retry-After"] = str(exc.retry_after)
    return response


def free_days(type_: AppointmentType, *, exclude_slot: int | None = None) -> list[dict[str, Any]]:
    """The free times of the next two weeks, grouped by day, in the city's time zone."""
    zone = city_zone(type_.city)
    today = timezone.localdate(timezone=zone)
    services.slots_ensure(type_=type_, today=today)
    days: dict[dt.date, list[Any]] = {}
    for slot in selectors.slot_list(
        type_=type_, date_from=today, date_to=today + dt.timedelta(days=DAYS_SHOWN), only_free=True
    ):
        if slot.pk == exclude_slot:
            continue
        local = slot.start.astimezone(zone)
        days.setdefault(local.date(), []).append({"slot": slot, "time": local.strftime("%H:%M")})
    return [{"date": day, "slots": slots} for day, slots in days.items()]
