"""What every appointments page needs: the request's city, its context, the limit page."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
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
from lotse.catalog.models import Office
from lotse.core.cities import city_zone
from lotse.core.errors import Limited, NotFound
from lotse.core.http import client_address
from lotse.core.models import City

DAYS_SHOWN = 14
# The booking whose address the "check your e-mail" page may show (set by the booking form).
SENT_SESSION_KEY = "appointments_sent_booking"


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
    welcome = catalog_selectors.welcome_office_kept(city=city, language=language)
    return {"city": city, "city_name": city.name(language), "welcome": welcome}


def person_page(
    request: HttpRequest, template: str, type_: AppointmentType, **context: object
) -> HttpResponse:
    """A page behind a person's private link for an appointment type (a slot alert, a place on
    the waiting list): the type's city and its name in the reader's language; never cached."""
    response = render(
        request,
        template,
        {**city_context(type_.city), "type_name": type_.name(lang()), **context},
    )
    response["Cache-Control"] = "no-store"
    return response


def message_page(
    request: HttpRequest, city: City, *, title: str, message: str, status: int = 200
) -> HttpResponse:
    """A short page that says what happened (a form's outcome, a page that is not open now)."""
    return render(
        request,
        "appointments/message.html",
        {**city_context(city), "title": title, "message": message},
        status=status,
    )


def person_form(request: HttpRequest) -> dict[str, Any]:
    """What a person gives in the waiting-list and draw forms (each field cut to its column's
    length), and their client address. Raises ValueError when `needed_by` is not a date."""
    needed = request.POST.get("needed_by", "")[:10]
    return {
        "needed_by": dt.date.fromisoformat(needed) if needed else None,
        "name": request.POST.get("name", "")[:200],
        "email": request.POST.get("email", "")[:254],
        "language": request.POST.get("language", lang())[:8],
        "address": client_address(request),
    }


@contextlib.contextmanager
def not_found_page(message: str) -> Iterator[None]:
    """A lookup that finds nothing (NotFound) becomes the portal's 404 page saying `message`."""
    try:
        yield
    except NotFound as exc:
        raise Http404(message) from exc


def type_for_page(city: City, key: str) -> AppointmentType:
    with not_found_page(_("No such appointment type.")):
        return selectors.appointment_type_get(city=city, key=key)


# Bookings this browser session made: {booking id: private token}. Server-side session only;
# it lets the session's own pages show a manage link without putting the token in a URL.
MADE_SESSION_KEY = "appointments_made"


def session_bookings_remember(request: HttpRequest, booking_id: int, token: str) -> None:
    made = dict(request.session.get(MADE_SESSION_KEY) or {})
    made[str(booking_id)] = token
    request.session[MADE_SESSION_KEY] = made


def session_booking_token(request: HttpRequest, booking_id: int) -> str:
    made = request.session.get(MADE_SESSION_KEY) or {}
    token = made.get(str(booking_id), "") if isinstance(made, dict) else ""
    return token if isinstance(token, str) else ""


def contact_for(city: City, office: Office | None = None) -> catalog_selectors.OfficeDetail | None:
    """Whom to call: the Welcome Center when it has a phone or e-mail, otherwise the office
    the person is booking at (Dortmund's Welcome Center has no confirmed phone or e-mail)."""
    language = lang()
    welcome = catalog_selectors.welcome_office_kept(city=city, language=language)
    if welcome is not None and (welcome.phone or welcome.email):
        return welcome
    if office is not None:
        try:
            found = catalog_selectors.office_detail(
                city=city, key=office.key, language=language, with_services=False
            )
        except catalog_selectors.CatalogNotFound:
            return welcome
        if found.phone or found.email:
            return found
    return welcome


def session_held(request: HttpRequest) -> list[dict[str, Any]]:
    """The active bookings this browser session made, for the limit page."""
    made = request.session.get(MADE_SESSION_KEY) or {}
    ids = [int(k) for k in made if str(k).isdigit()] if isinstance(made, dict) else []
    language = lang()
    result = []
    for booking in selectors.bookings_active(ids=ids):
        zone = city_zone(booking.type.city)
        result.append(
            {
                "booking": booking,
                "type_name": booking.type.name(language),
                "start": booking.slot.start.astimezone(zone),
                "token": made.get(str(booking.pk), ""),
            }
        )
    return result


def limited_page(
    request: HttpRequest, city: City, exc: Limited, *, office: Office | None = None
) -> HttpResponse:
    response = render(
        request,
        "appointments/limited.html",
        {
            **city_context(city),
            "retry_minutes": exc.retry_after // 60 + 1,
            "held": session_held(request),
            "contact": contact_for(city, office),
        },
        status=429,
    )
    response["Retry-After"] = str(exc.retry_after)
    return response


@dataclass(frozen=True)
class FreeSlot:
    """A free time as the forms offer it (read as bare columns: a window of free times is
    dozens of rows on every booking page)."""

    pk: int
    start: dt.datetime
    remaining: int

    @property
    def id(self) -> int:
        return self.pk


def free_days(
    type_: AppointmentType, *, exclude_slot: int | None = None, whole_window: bool = False
) -> list[dict[str, Any]]:
    """The free times of the next two weeks (or of the type's whole booking window), grouped by
    day, in the city's time zone."""
    zone = city_zone(type_.city)
    today = timezone.localdate(timezone=zone)
    services.slots_ensure(type_=type_, today=today)
    days: dict[dt.date, list[Any]] = {}
    span = max(type_.booking_window_days, DAYS_SHOWN) if whole_window else DAYS_SHOWN
    free = selectors.slot_list(
        type_=type_, date_from=today, date_to=today + dt.timedelta(days=span), only_free=True
    )
    for pk, start, capacity, taken in free.values_list("pk", "start", "capacity", "taken"):
        if pk == exclude_slot:
            continue
        local = start.astimezone(zone)
        slot = FreeSlot(pk=pk, start=start, remaining=max(0, capacity - taken))
        days.setdefault(local.date(), []).append({"slot": slot, "time": local.strftime("%H:%M")})
    return [{"date": day, "slots": slots} for day, slots in days.items()]
