"""Release by draw on the portal: requesting a seat, the published draw (seed, request ids,
order: anyone can recompute it), and the staff page that shows a draw and runs it."""

from __future__ import annotations

import contextlib
from typing import Any, cast

from django.contrib.auth.models import User
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from lotse.appointments import selectors_fairness, services
from lotse.appointments.models import AppointmentType, DrawPeriod, DrawRequest, Urgency
from lotse.appointments.services.draw import ALGORITHM, WindowClosed
from lotse.appointments.views import common
from lotse.core import permissions
from lotse.core.errors import InvalidInput, Limited
from lotse.core.models import City


def _period(period_id: int) -> DrawPeriod:
    with common.not_found_page(_("No such draw.")):
        return selectors_fairness.draw_period_get(period_id=period_id)


def _page_draw(
    request: HttpRequest, city: str, key: str, period_id: int
) -> tuple[City, AppointmentType, DrawPeriod]:
    """The city, type and draw period of a public draw page (404 unless they belong together)."""
    city_obj = common.page_city(request, city)
    type_ = common.type_for_page(city_obj, key)
    period = _period(period_id)
    if period.type_id != type_.pk:
        raise Http404(_("No such draw."))
    return city_obj, type_, period


@require_POST
def draw_request(request: HttpRequest, city: str, key: str, period_id: int) -> HttpResponse:
    city_obj, type_, period = _page_draw(request, city, key, period_id)
    try:
        entry, _token = services.draw_request(period=period, **common.person_form(request))
    except Limited as exc:
        return common.limited_page(request, city_obj, exc, office=type_.office)
    except WindowClosed:
        message, status = _("Requests for this draw are not taken now."), 409
    except (ValueError, InvalidInput) as exc:
        message, status = (
            _("We could not take your request. Please check the form and try again."),
            400,
        )
        if isinstance(exc, InvalidInput) and "already" in exc.fields.get("email", ""):
            message = _("This e-mail address has already requested a seat in this draw.")
    else:
        message = _(
            "Your request is in the draw. Your request id is %(ref)s. After the draw we e-mail "
            "you the result; the draw and every request id are published on the draw's page."
        ) % {"ref": entry.ref}
        status = 200
    return common.message_page(request, city_obj, title=_("Draw"), message=message, status=status)


@require_http_methods(["GET", "HEAD"])
def draw_public(request: HttpRequest, city: str, key: str, period_id: int) -> HttpResponse:
    city_obj, type_, period = _page_draw(request, city, key, period_id)
    return render(
        request,
        "appointments/draw.html",
        {
            **common.city_context(city_obj),
            "type": type_,
            "type_name": type_.name(common.lang()),
            "period": period,
            "state": period.window_state(),
            "result": period.result if period.drawn_at else {},
            "algorithm": gettext(ALGORITHM),
        },
    )


def _staff(request: HttpRequest) -> HttpResponse | None:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None


@require_http_methods(["GET", "HEAD"])
def staff_draws(request: HttpRequest) -> HttpResponse:
    if (redirect := _staff(request)) is not None:
        return redirect
    language = common.lang()
    periods = [
        {"period": p, "type_name": p.type.name(language), "state": p.window_state()}
        for p in selectors_fairness.staff_draw_periods(user=request.user)[:100]
    ]
    return render(request, "appointments/staff_draws.html", {"periods": periods})


@require_http_methods(["GET", "HEAD", "POST"])
def staff_draw(request: HttpRequest, period_id: int) -> HttpResponse:
    """One draw for staff: the requests (personal data: logged), urgency per request, and the
    button that runs the draw once the window has closed (action `appointments.draw`)."""
    if (redirect := _staff(request)) is not None:
        return redirect
    user = cast(User, request.user)
    with common.not_found_page(_("No such draw.")):
        period = selectors_fairness.staff_draw_period_get(user=user, period_id=period_id)
    may_run = permissions.can(user, "appointments.draw", period.type)
    if request.method == "POST":
        if not may_run:
            raise Http404(_("No such draw."))
        action = request.POST.get("action", "")
        if action == "run":
            services.draw_run(period_id=period.pk, by=user.get_username())
        elif action == "urgency":
            entry = DrawRequest.objects.filter(
                period=period, pk=_int(request.POST.get("request"))
            ).first()
            if entry is None:
                raise Http404(_("No such request."))
            entry.period = period
            # An unknown category leaves the request unchanged (the page shows it as it is).
            with contextlib.suppress(InvalidInput):
                services.draw_request_urgency_set(
                    user=user, entry=entry, urgency=request.POST.get("urgency", "")[:32]
                )
        return HttpResponseRedirect(reverse("appointments:staff_draw", args=[period.pk]))
    requests: list[Any] = selectors_fairness.draw_requests_for_staff(user=user, period=period)
    return render(
        request,
        "appointments/staff_draw.html",
        {
            "period": period,
            "type_name": period.type.name(common.lang()),
            "state": period.window_state(),
            "requests": requests,
            "urgencies": Urgency.choices,
            "may_run": may_run,
        },
    )


def _int(value: Any) -> int:
    try:
        return int(str(value)[:18])
    except ValueError:
        return 0
