"""The booking form: days first, then the times of the chosen day; name and e-mail at the top;
errors at their field; one hold per person and type; nothing typed lost on a language switch."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from lotse.appointments import pow, selectors, selectors_fairness, services
from lotse.appointments.errors import SlotFull
from lotse.appointments.models import AppointmentType, Booking, Release
from lotse.appointments.services.inputs import email_clean
from lotse.appointments.views import common
from lotse.core.cities import city_zone
from lotse.core.errors import InvalidInput, Limited
from lotse.core.http import base_url, client_address
from lotse.core.languages import city_languages
from lotse.core.tokens import token_new


def _field_messages(fields: dict[str, str]) -> dict[str, str]:
    specific = {
        "name": _("Please enter your name on one line (at most 200 characters)."),
        "email": _("Please enter a valid e-mail address, for example name@example.org."),
        "slot": _("Please choose a time."),
        "language": _("Please choose a language from the list."),
    }
    return {f: specific.get(f, _("Please check this field.")) for f in fields}


# Field ids of the booking form, for the error summary's links and aria-describedby.
FIELD_IDS = {"slot": "b-times", "name": "b-name", "email": "b-email", "language": "b-lang"}
# Form tokens already used by this session: {form token: booking id} (Back → Book again).
FORMS_SESSION_KEY = "appointments_forms"
# What was typed on the booking page when the language was switched: {type key: values}.
DRAFT_SESSION_KEY = "appointments_draft"
DAYS_PER_PAGE = 14
FORM_FIELDS = ("name", "email", "language", "slot")


def _date_param(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _day_pages(
    days: list[dict[str, Any]], *, page_from: dt.date | None, chosen: dt.date | None
) -> dict[str, Any]:
    """Days first, a page of them at a time through the whole booking window; then the times of
    the chosen day (the first free day of the page when none or an unknown one is chosen)."""
    dates = [d["date"] for d in days]
    if chosen is not None and chosen in dates and page_from is None:
        page_from = chosen
    start = page_from or (dates[0] if dates else None)
    page = (
        [d for d in days if start <= d["date"] < start + dt.timedelta(days=DAYS_PER_PAGE)]
        if start
        else []
    )
    if not page and days:
        page = days[:DAYS_PER_PAGE]
    page_dates = [d["date"] for d in page]
    if chosen not in page_dates:
        chosen = page_dates[0] if page_dates else None
    earlier = [d for d in dates if page_dates and d < page_dates[0]]
    later = [d for d in dates if page_dates and d > page_dates[-1]]
    return {
        "page": page,
        "chosen": chosen,
        "times": next((d["slots"] for d in page if d["date"] == chosen), []),
        "earlier": earlier[-DAYS_PER_PAGE]
        if len(earlier) >= DAYS_PER_PAGE
        else (earlier[0] if earlier else None),
        "later": later[0] if later else None,
        "last": dates[-1] if dates else None,
    }


def _chosen_slot_day(days: list[dict[str, Any]], slot: str) -> dt.date | None:
    for day in days:
        if any(str(item["slot"].pk) == slot for item in day["slots"]):
            return cast(dt.date, day["date"])
    return None


@require_http_methods(["GET", "POST"])
def book(request: HttpRequest, city: str, key: str) -> HttpResponse:
    city_obj = common.page_city(request, city)
    type_ = common.type_for_page(city_obj, key)
    language = common.lang()
    errors: dict[str, str] = {}
    values = {"name": "", "email": "", "language": language, "slot": ""}
    link = {"plan": request.GET.get("plan", "")[:128], "step": request.GET.get("step", "")[:100]}
    chosen = _date_param(request.GET.get("day", ""))
    page_from = _date_param(request.GET.get("from", ""))
    status = 200
    if request.method == "POST":
        values = {k: request.POST.get(k, "")[:300] for k in FORM_FIELDS}
        link = {k: request.POST.get(k, "")[:128] for k in ("plan", "step")}
        chosen = _date_param(request.POST.get("day", ""))
        page_from = _date_param(request.POST.get("page", "") or request.POST.get("shown_from", ""))
        switch = request.POST.get("switch_to", "") if request.POST.get("switch_lang") else ""
        if switch in city_languages(city_obj):
            # Nothing typed is lost: keep it server-side (never in the URL) for the page in the
            # other language.
            drafts = dict(request.session.get(DRAFT_SESSION_KEY) or {})
            drafts[type_.key] = {**values, **link}
            request.session[DRAFT_SESSION_KEY] = drafts
            with translation.override(switch):
                target = reverse("appointments:book", args=[city_obj.slug, type_.key])
            return HttpResponseRedirect(target, status=303)
        if "day" in request.POST or "page" in request.POST:
            pass  # choosing a day or paging: show the page again with everything kept
        else:
            form_token = request.POST.get("form_token", "")[:64]
            used = request.session.get(FORMS_SESSION_KEY) or {}
            if form_token and isinstance(used, dict) and form_token in used:
                # The same form sent again (Back, then "Hold this time" once more): no second
                # hold, no second mail; show the booking already made.
                request.session[common.SENT_SESSION_KEY] = used[form_token]
                return HttpResponseRedirect(reverse("appointments:sent", args=[city_obj.slug]))
            response = _book_post(request, city_obj, type_, values, link, form_token, errors)
            if response is not None:
                return response
            status = 409 if "slot" in errors and errors["slot"] == _slot_taken() else 400
    else:
        drafts = request.session.get(DRAFT_SESSION_KEY) or {}
        draft = drafts.get(type_.key) if isinstance(drafts, dict) else None
        if isinstance(draft, dict):
            values = {k: str(draft.get(k, ""))[:300] for k in FORM_FIELDS}
            if not values["language"]:
                values["language"] = language
            if not link["plan"]:
                link = {k: str(draft.get(k, ""))[:128] for k in ("plan", "step")}
    all_days = common.free_days(type_, whole_window=True)
    if chosen is None and values["slot"]:
        chosen = _chosen_slot_day(all_days, values["slot"])
    issued = pow.challenge_issue()
    return render(
        request,
        "appointments/book.html",
        {
            **common.city_context(city_obj),
            "type": type_,
            "type_name": type_.name(language),
            "office_name": selectors.office_name(type_.office, language),
            "days": _day_pages(all_days, page_from=page_from, chosen=chosen),
            "errors": errors,
            "error_links": [(FIELD_IDS.get(f, "book-form"), m) for f, m in errors.items()],
            "values": values,
            "link": link,
            "form_token": token_new()[:43],
            "challenge": issued.challenge,
            "difficulty": issued.difficulty,
            # The page's language switch and the e-mail language: the city's languages only.
            "languages": [(c, n) for c, n in settings.LANGUAGES if c in city_languages(city_obj)],
            "draw_periods": selectors_fairness.draw_periods_current(type_=type_)
            if type_.release == Release.DRAW
            else [],
        },
        status=status,
    )


def _slot_taken() -> str:
    return _("Someone was faster: this time is taken. Please choose another.")


def _book_post(
    request: HttpRequest,
    city_obj: Any,
    type_: AppointmentType,
    values: dict[str, str],
    link: dict[str, str],
    form_token: str,
    errors: dict[str, str],
) -> HttpResponse | None:
    """Try to hold the chosen time; a response when done, None (errors filled) otherwise."""
    proof_ok = False
    if request.POST.get("pow_nonce"):
        try:
            pow.proof_verify(
                challenge=request.POST.get("pow_challenge", ""),
                nonce=request.POST.get("pow_nonce", ""),
            )
            proof_ok = True
        except pow.ProofInvalid:
            errors["pow"] = _("The anti-robot check failed. Please send the form again.")
            return None
    email_problems: dict[str, str] = {}
    email = email_clean(values["email"], email_problems)
    existing = (
        None if email_problems else services.booking_active_for(type_id=type_.pk, email=email)
    )
    if existing is not None:
        return _already_page(request, city_obj, existing)
    try:
        booking, token = services.booking_create(
            request=services.BookingRequest(**values),
            address=client_address(request),
            proof_ok=proof_ok,
            base_url=base_url(request),
            plan_token=link.get("plan", ""),
            plan_step=link.get("step", ""),
        )
    except InvalidInput as exc:
        errors.update(_field_messages(exc.fields))
        return None
    except SlotFull:
        errors["slot"] = _slot_taken()
        return None
    except Limited as exc:
        return common.limited_page(request, city_obj, exc, office=type_.office)
    # The page after the redirect shows this booking, and only that: nothing from the query
    # string is echoed. The form token makes a second send of this form show it again.
    request.session[common.SENT_SESSION_KEY] = booking.pk
    used = dict(request.session.get(FORMS_SESSION_KEY) or {})
    if form_token:
        used[form_token] = booking.pk
    request.session[FORMS_SESSION_KEY] = dict(list(used.items())[-20:])
    common.session_bookings_remember(request, booking.pk, token)
    drafts = dict(request.session.get(DRAFT_SESSION_KEY) or {})
    if drafts.pop(type_.key, None) is not None:
        request.session[DRAFT_SESSION_KEY] = drafts
    return HttpResponseRedirect(reverse("appointments:sent", args=[city_obj.slug]))


def _already_page(request: HttpRequest, city_obj: Any, existing: Booking) -> HttpResponse:
    """The person already holds a seat of this type: show it instead of holding a second one.
    Its date, time and manage link are shown only to the browser session that made it; anyone
    else gets the link mailed again to the address (so typing someone's e-mail reveals nothing
    but that a mail was sent)."""
    token = common.session_booking_token(request, existing.pk)
    mailed = False
    if not token:
        try:
            services.booking_link_resend(
                booking=existing, address=client_address(request), base_url=base_url(request)
            )
        except Limited as exc:
            return common.limited_page(request, city_obj, exc, office=existing.type.office)
        mailed = True
    language = common.lang()
    zone = city_zone(city_obj)
    return render(
        request,
        "appointments/already.html",
        {
            **common.city_context(city_obj),
            "booking": existing,
            "type_name": existing.type.name(language),
            "start": existing.slot.start.astimezone(zone) if token else None,
            "token": token,
            "mailed": mailed,
            "contact": common.contact_for(city_obj, existing.type.office),
        },
        status=409,
    )
