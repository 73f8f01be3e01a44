"""Joining the waiting list of a scarce appointment type."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lotse.appointments import services
from lotse.appointments.views.common import (
    city_context,
    lang,
    limited_page,
    page_city,
    type_for_page,
)
from lotse.core.errors import InvalidInput, Limited
from lotse.core.http import client_address


@require_POST
def waitlist_join(request: HttpRequest, city: str, key: str) -> HttpResponse:
    city_obj = page_city(request, city)
    type_ = type_for_page(city_obj, key)
    needed = request.POST.get("needed_by", "")[:10]
    try:
        needed_by = dt.date.fromisoformat(needed) if needed else None
        services.waitlist_register(
            type_=type_,
            name=request.POST.get("name", "")[:200],
            email=request.POST.get("email", "")[:254],
            language=request.POST.get("language", lang())[:8],
            needed_by=needed_by,
            address=client_address(request),
        )
    except Limited as exc:
        return limited_page(request, city_obj, exc)
    except (ValueError, InvalidInput):
        return render(
            request,
            "appointments/message.html",
            {
                **city_context(city_obj),
                "title": _("Waiting list"),
                "message": _("We could not add you. Please check the form and try again."),
            },
            status=400,
        )
    return render(
        request,
        "appointments/message.html",
        {
            **city_context(city_obj),
            "title": _("Waiting list"),
            "message": _("You are on the waiting list. We will e-mail you when a seat is free."),
        },
    )
