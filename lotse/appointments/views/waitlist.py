"""The waiting list of a scarce appointment type: join, see your place, leave."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from lotse.appointments import selectors, selectors_fairness, services
from lotse.appointments.models import WaitlistEntry
from lotse.appointments.views import common
from lotse.core.errors import InvalidInput, Limited


@require_POST
def waitlist_join(request: HttpRequest, city: str, key: str) -> HttpResponse:
    city_obj = common.page_city(request, city)
    type_ = common.type_for_page(city_obj, key)
    try:
        services.waitlist_register(type_=type_, **common.person_form(request))
    except Limited as exc:
        return common.limited_page(request, city_obj, exc)
    except (ValueError, InvalidInput):
        return common.message_page(
            request,
            city_obj,
            title=_("Waiting list"),
            message=_("We could not add you. Please check the form and try again."),
            status=400,
        )
    return common.message_page(
        request,
        city_obj,
        title=_("Waiting list"),
        message=_("You are on the waiting list. We will e-mail you when a seat is free."),
    )


def _entry(entry_id: int, token: str) -> WaitlistEntry:
    with common.not_found_page(_("No such waiting list entry.")):
        return selectors.waitlist_entry_get(entry_id=entry_id, token=token)


@require_http_methods(["GET", "HEAD"])
def waitlist_entry(request: HttpRequest, entry_id: int, token: str) -> HttpResponse:
    """The person's place on the waiting list, and the way to leave it (a button: a POST)."""
    entry = _entry(entry_id, token)
    return common.person_page(
        request,
        "appointments/waitlist_entry.html",
        entry.type,
        entry=entry,
        token=token,
        position=selectors_fairness.waitlist_position(entry=entry),
    )


@require_POST
def waitlist_leave(request: HttpRequest, entry_id: int, token: str) -> HttpResponse:
    entry = _entry(entry_id, token)
    services.waitlist_withdraw(entry=entry)
    return HttpResponseRedirect(reverse("appointments:waitlist_entry", args=[entry.pk, token]))
