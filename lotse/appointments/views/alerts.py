"""Slot alerts on the portal: the form on every type page, the confirmation (double opt-in)
and the one-click unsubscribe. GET only shows a page with a button; the change is a POST, so a
mail scanner that follows links neither confirms nor ends an alert."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from lotse.appointments import selectors_fairness, services
from lotse.appointments.models import AlertStatus, SlotAlert
from lotse.appointments.services.alerts import confirm_token_ok, unsubscribe_token_ok
from lotse.appointments.views import common
from lotse.core.errors import InvalidInput, Limited
from lotse.core.http import base_url, client_address
from lotse.core.models import City


def _message(request: HttpRequest, city: City, message: str, status: int = 200) -> HttpResponse:
    return common.message_page(request, city, title=_("Slot alert"), message=message, status=status)


@require_POST
def alert_subscribe(request: HttpRequest, city: str, key: str) -> HttpResponse:
    city_obj = common.page_city(request, city)
    type_ = common.type_for_page(city_obj, key)
    try:
        services.alert_subscribe(
            type_=type_,
            email=request.POST.get("email", "")[:254],
            language=request.POST.get("language", common.lang())[:8],
            date_from=request.POST.get("date_from", "")[:10],
            date_to=request.POST.get("date_to", "")[:10],
            address=client_address(request),
            base_url=base_url(request),
        )
    except Limited as exc:
        return common.limited_page(request, city_obj, exc, office=type_.office)
    except InvalidInput as exc:
        problems = {
            "email": _("Please enter a valid e-mail address, for example name@example.org."),
            "date_from": _("Please enter the dates as shown, the second not before the first."),
            "date_to": _("Please enter the dates as shown, the second not before the first."),
        }
        if "already" in exc.fields.get("email", ""):
            problems["email"] = _("This address already has a slot alert for this appointment.")
        message = " ".join(
            sorted({problems.get(f, _("Please check this field.")) for f in exc.fields})
        )
        return _message(request, city_obj, message, status=400)
    return _message(
        request,
        city_obj,
        _("Almost done: please open the link in the e-mail we sent you to switch the alert on."),
    )


def _alert(alert_id: int) -> SlotAlert:
    with common.not_found_page(_("No such slot alert.")):
        return selectors_fairness.slot_alert_get(alert_id=alert_id)


@require_http_methods(["GET", "HEAD", "POST"])
def alert_confirm(request: HttpRequest, alert_id: int, token: str) -> HttpResponse:
    alert = _alert(alert_id)
    if not confirm_token_ok(alert, token):
        raise Http404(_("No such slot alert."))
    done = False
    if request.method == "POST":
        done = services.alert_confirm(alert=alert)
    return common.person_page(
        request,
        "appointments/alert_confirm.html",
        alert.type,
        alert=alert,
        token=token,
        done=done or alert.status == AlertStatus.ACTIVE,
    )


@require_http_methods(["GET", "HEAD", "POST"])
def alert_unsubscribe(request: HttpRequest, alert_id: int, token: str) -> HttpResponse:
    alert = _alert(alert_id)
    if not unsubscribe_token_ok(alert, token):
        raise Http404(_("No such slot alert."))
    if request.method == "POST":
        services.alert_unsubscribe(alert=alert)
    return common.person_page(
        request, "appointments/alert_unsubscribe.html", alert.type, alert=alert, token=token
    )
