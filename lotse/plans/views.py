"""Portal pages of plans: the questionnaire, the private plan page with ticks, the .ics file."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from lotse.catalog import selectors as catalog
from lotse.core import hooks
from lotse.core.cities import request_city
from lotse.core.errors import InvalidInput, Limited
from lotse.core.http import base_url
from lotse.core.models import City
from lotse.plans import ics, reminders, selectors, services
from lotse.plans.models import ReminderSubscription
from lotse.plans.profile import BOOLEAN_FIELDS, ProfileError
from lotse.plans.rulebook import ruleset

# Permits someone already in Germany may hold (offered in the questionnaire).
PERMIT_CHOICES = (
    "visa-national",
    "eu-blue-card",
    "residence-permit-skilled-work",
    "opportunity-card",
    "residence-permit-study",
    "residence-permit-training",
    "residence-permit-self-employment",
    "family-reunification",
    "temporary-protection",
)
EMPLOYER_FIELDS = ("citizenship", "qualification", "job", "arrival", "permit")


def _language() -> str:
    return get_language() or settings.LANGUAGE_CODE


def _welcome(city: City, language: str) -> catalog.OfficeDetail | None:
    return catalog.welcome_office(city=city, language=language)


def _labels() -> dict[str, dict[str, str]]:
    return {
        "purpose": {
            "work": _("To work"),
            "job-search": _("To look for work"),
            "study": _("To study"),
            "training": _("For vocational training"),
            "family": _("To join my family"),
            "protection": _("To seek protection"),
            "self-employment": _("To work for myself"),
        },
        "german_level": {
            "none": _("No German yet"),
            "A1": _("A1 – beginner"),
            "A2": _("A2 – elementary"),
            "B1": _("B1 – intermediate"),
            "B2": _("B2 – upper intermediate"),
            "C1": _("C1 – advanced"),
            "C2": _("C2 – proficient"),
        },
        "qualification": {
            "academic": _("University degree"),
            "vocational": _("Vocational training (at least two years)"),
            "none": _("Neither"),
        },
    }


def _countries(language: str) -> list[dict[str, str]]:
    names = ruleset().country_names
    items = [
        {"code": code, "name": per.get(language) or per.get("en") or code}
        for code, per in names.items()
    ]
    return sorted(items, key=lambda item: item["name"].casefold())


def form_to_profile(
    post: Any, *, city: str, perspective: str
) -> tuple[dict[str, Any], dict[str, str]]:
    """Turn the HTML form's answers into the API's profile; also return form-only errors."""
    data: dict[str, Any] = {"city": city, "perspective": perspective}
    errors: dict[str, str] = {}
    for name in (
        "purpose",
        "qualification",
        "arrival_date",
        "permit_expires",
        "current_permit",
        "german_level",
    ):
        value = post.get(name, "").strip()
        if value:
            data[name] = value
    citizenship = post.get("citizenship", "").strip()
    # "other" = a country not in the list: planned like any state outside the EU.
    if citizenship and citizenship != "other":
        data["citizenship"] = citizenship
    for name in BOOLEAN_FIELDS:
        data[name] = post.get(name) in {"on", "yes", "true"}
    salary = post.get("annual_salary_eur", "").strip().replace(" ", "")
    if salary:
        try:
            data["annual_salary_eur"] = float(salary.replace(",", ""))
        except ValueError:
            errors["annual_salary_eur"] = "not a number"
    ages = post.get("children_ages", "").strip()
    if ages:
        parts = [p for p in re.split(r"[\s,;]+", ages) if p]
        # isdecimal, not isdigit: int() refuses "²"; three digits: int() refuses 5000 of them.
        if all(p.isdecimal() and len(p) <= 3 for p in parts):
            data["children_ages"] = [int(p) for p in parts]
        else:
            errors["children_ages"] = "not a list of ages"
    if perspective == "employer":
        data["purpose"] = "work"
        data["job_offer"] = True
    return data, errors


def _error_messages(fields: dict[str, str]) -> dict[str, str]:
    specific = {
        "purpose": _("Please choose why you are coming."),
        "citizenship": _("Please choose a country from the list."),
        "arrival_date": _("Please enter a valid date."),
        "permit_expires": _("Please enter a valid date."),
        "annual_salary_eur": _("Please enter the yearly gross salary as a number, e.g. 52000."),
        "children_ages": _("Please enter the ages as numbers, e.g. 2, 7."),
        "german_level": _("Please choose a level from the list."),
    }
    return {name: specific.get(name, _("Please check this answer.")) for name in fields}


# The plan of this device: a cookie holding the plan's private link token (HttpOnly, Lax), so the
# menu's "Your arrival plan" opens the saved plan instead of an empty questionnaire.
PLAN_COOKIE = "lotse_plan"
PLAN_COOKIE_AGE = 365 * 24 * 3600


def _cookie_name(city: str) -> str:
    return f"{PLAN_COOKIE}_{city}"


def _remember_plan(response: HttpResponse, city: str, token: str) -> None:
    response.set_cookie(
        _cookie_name(city),
        token,
        max_age=PLAN_COOKIE_AGE,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )


def profile_to_values(profile: dict[str, Any]) -> dict[str, Any]:
    """The stored answers as the questionnaire's form values (for "Edit my answers")."""
    values: dict[str, Any] = {}
    for name in ("citizenship", "purpose", "qualification", "current_permit", "german_level"):
        if profile.get(name):
            values[name] = profile[name]
    for name in ("arrival_date", "permit_expires"):
        if profile.get(name):
            values[name] = str(profile[name])
    if profile.get("annual_salary_eur") is not None:
        values["annual_salary_eur"] = f"{float(profile['annual_salary_eur']):.0f}"
    if profile.get("children_ages"):
        values["children_ages"] = ", ".join(str(a) for a in profile["children_ages"])
    for name in BOOLEAN_FIELDS:
        if profile.get(name):
            values[name] = "on"
    values["in_germany"] = "yes" if profile.get("in_germany") else "no"
    return values


@require_http_methods(["GET", "POST"])
def questionnaire(
    request: HttpRequest, city: str, perspective: str = "newcomer", plan: Any = None
) -> HttpResponse:
    city_obj = request_city(request)
    language = _language()
    errors: dict[str, str] = {}
    values: dict[str, Any] = profile_to_values(plan.profile) if plan is not None else {}
    if request.method == "GET" and plan is None and "new" not in request.GET:
        saved = request.COOKIES.get(_cookie_name(city_obj.slug), "")
        if saved and selectors.plan_exists(token=saved[:128], city=city_obj.slug):
            back = HttpResponseRedirect(
                reverse("plans:plan", args=[city_obj.slug, saved[:128]]), status=303
            )
            back.headers["Cache-Control"] = "private, no-store"
            return back
    if request.method == "POST":
        data, errors = form_to_profile(request.POST, city=city_obj.slug, perspective=perspective)
        values = {key: request.POST.get(key, "") for key in request.POST}
        data["lang"] = language
        if not errors:
            try:
                profile = selectors.profile_from_data(data)
            except ProfileError as exc:
                errors = exc.fields
            else:
                if plan is not None:
                    plan = services.plan_update(plan=plan, profile=profile)
                else:
                    plan = services.plan_create(profile=profile)
                url = reverse("plans:plan", args=[city_obj.slug, plan.token])
                redirect = HttpResponseRedirect(url, status=303)
                _remember_plan(redirect, city_obj.slug, plan.token)
                return redirect
    titles = {s.key: s.title(language) for s in catalog.service_list(city=city_obj)}
    context = {
        "city": city_obj,
        "city_name": city_obj.name(language),
        "welcome": _welcome(city_obj, language),
        "perspective": perspective,
        "employer": perspective == "employer",
        "countries": _countries(language),
        "labels": _labels(),
        "permits": [{"key": k, "title": titles[k]} for k in PERMIT_CHOICES if k in titles],
        "values": values,
        "errors": _error_messages(errors),
        "today": timezone.localdate(),
        "editing": plan is not None,
    }
    status = 400 if errors else 200
    response = render(request, "plans/questionnaire.html", context, status=status)
    patch_vary_headers(response, ["Cookie"])
    if plan is not None:
        response.headers["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET", "POST"])
def plan_edit(request: HttpRequest, city: str, token: str) -> HttpResponse:
    """ "Edit my answers": the questionnaire prefilled from the stored answers; sending it
    updates the same plan (same private link)."""
    plan = _stored(city, token)
    return questionnaire(
        request, city, perspective=str(plan.profile.get("perspective") or "newcomer"), plan=plan
    )


def employer_questionnaire(request: HttpRequest, city: str) -> HttpResponse:
    return questionnaire(request, city, perspective="employer")


def _stored(city: str, token: str) -> Any:
    plan = selectors.plan_get(token=token)
    if plan.city.slug != city:
        raise selectors.PlanNotFound
    plan.token = token  # only the link carries the raw token; pages link on with it
    return plan


@require_http_methods(["GET", "POST"])
def plan_page(request: HttpRequest, city: str, token: str) -> HttpResponse:
    plan = _stored(city, token)
    language = _language()
    computed = selectors.plan_steps(plan=plan, language=language)
    mail_state = ""
    if request.method == "POST" and "email_link" in request.POST:
        try:
            services.plan_link_mail(
                plan=plan,
                email=request.POST.get("email", "")[:254],
                link=request.build_absolute_uri(request.path),
                language=language,
            )
        except InvalidInput:
            mail_state = "invalid"
        except Limited:
            mail_state = "limited"
        else:
            return HttpResponseRedirect(request.path + "?mailed=1", status=303)
    elif request.method == "POST":
        keys = {step.service for step in computed.steps}
        services.plan_ticks_set(plan=plan, done=request.POST.getlist("done"), allowed=keys)
        if "application/json" in request.headers.get("Accept", ""):
            return JsonResponse({"done": plan.done})
        return HttpResponseRedirect(request.path + "?saved=1", status=303)
    services.plan_touch(plan=plan, today=timezone.localdate())
    titles = {step.service: step.title for step in computed.steps}
    done = set(plan.done)
    # Lotse's own booking per step, and what was booked from this plan (core.hooks: plans does
    # not import appointments). The link carries only the plan's own private token.
    provider = hooks.booking_provider()
    targets = provider.targets(city=computed.city, service_keys=list(titles), language=language)
    booked = provider.plan_bookings(plan_token_hash=plan.token_hash, language=language)
    steps = [
        {
            "step": step,
            "done": step.service in done,
            "after": [titles[key] for key in step.depends_on],
            "target": targets.get(step.service),
            "book_url": (
                targets[step.service].url + "?" + urlencode({"plan": token, "step": step.service})
                if step.service in targets
                else ""
            ),
            "booked": booked.get(step.service),
        }
        for step in computed.steps
    ]
    context = {
        "city": computed.city,
        "city_name": computed.city.name(language),
        "welcome": _welcome(computed.city, language),
        "plan": plan,
        "steps": steps,
        "done_count": sum(1 for s in steps if s["done"]),
        "employer": computed.profile.perspective == "employer",
        "saved": request.GET.get("saved") == "1",
        "mailed": request.GET.get("mailed") == "1",
        "mail_state": mail_state,
        "link": request.build_absolute_uri(request.path),
        "reminders": ReminderSubscription.objects.filter(plan=plan).first(),
        "reminder_state": request.GET.get("reminders", ""),
        "default_days_before": ", ".join(str(d) for d in reminders.DEFAULT_DAYS_BEFORE),
    }
    status = {"invalid": 400, "limited": 429}.get(mail_state, 200)
    response = render(request, "plans/plan.html", context, status=status)
    _remember_plan(response, computed.city.slug, token)
    response.headers["X-Robots-Tag"] = "noindex"
    response.headers["Cache-Control"] = "private, no-store"
    return response


@require_GET
def plan_calendar(request: HttpRequest, city: str, token: str) -> HttpResponse:
    plan = _stored(city, token)
    language = _language()
    computed = selectors.plan_steps(plan=plan, language=language)
    page = request.build_absolute_uri(reverse("plans:plan", args=[city, token]))
    deadlines = [
        ics.Deadline(
            key=step.service,
            day=step.due,
            summary=step.title,
            description=f"{step.why}\n{page}",
            url=page,
        )
        for step in computed.steps
        if step.due is not None
    ]
    body = ics.calendar_text(
        deadlines=deadlines,
        plan_id=token,  # the raw token, as before hashing: calendar UIDs stay the same
        host=request.get_host().split(":")[0] or "lotse",
        name=_("Arrival plan – %(city)s") % {"city": computed.city.name(language)},
        stamp=timezone.now(),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response.headers["Content-Disposition"] = 'attachment; filename="arrival-plan.ics"'
    response.headers["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["POST"])
def plan_reminders(request: HttpRequest, city: str, token: str) -> HttpResponse:
    """Ask for (or stop) e-mail reminders of this plan; the first step of the double opt-in."""
    plan = _stored(city, token)
    back = reverse("plans:plan", args=[city, token])
    if "stop" in request.POST:
        current = ReminderSubscription.objects.filter(plan=plan).first()
        if current is not None:
            reminders.reminder_unsubscribe(subscription=current)
        return HttpResponseRedirect(back + "?reminders=stopped#reminders", status=303)
    try:
        reminders.reminder_subscribe(
            plan=plan,
            email=request.POST.get("email", "")[:254],
            days_before=request.POST.get("days_before", "")[:40],
            language=_language(),
            base=base_url(request),
        )
    except InvalidInput as exc:
        state = "invalid-days" if "days_before" in exc.fields else "invalid"
        return HttpResponseRedirect(back + f"?reminders={state}#reminders", status=303)
    except Limited:
        return HttpResponseRedirect(back + "?reminders=limited#reminders", status=303)
    return HttpResponseRedirect(back + "?reminders=sent#reminders", status=303)


def _reminder_page(
    request: HttpRequest, *, state: str, subscription: Any = None, status: int = 200
) -> HttpResponse:
    city_obj = request_city(request)
    language = _language()
    context = {
        "city": city_obj,
        "city_name": city_obj.name(language),
        "state": state,
        "days_before": list(subscription.days_before) if subscription is not None else [],
    }
    response = render(request, "plans/reminders.html", context, status=status)
    response.headers["X-Robots-Tag"] = "noindex"
    response.headers["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET", "POST"])
def reminders_confirm(request: HttpRequest, city: str, key: str) -> HttpResponse:
    """GET shows a button, POST confirms: a mail scanner that opens links confirms nothing."""
    subscription = reminders.subscription_from_key(key=key, purpose="confirm")
    if subscription.plan.city.slug != city:
        raise reminders.ReminderLinkInvalid
    if request.method == "POST":
        reminders.reminder_confirm(subscription=subscription)
        return _reminder_page(request, state="confirmed", subscription=subscription)
    state = "confirmed" if subscription.confirmed_at else "confirm"
    return _reminder_page(request, state=state, subscription=subscription)


@require_http_methods(["GET", "POST"])
def reminders_unsubscribe(request: HttpRequest, city: str, key: str) -> HttpResponse:
    """The link in every reminder: GET asks, one click on the button (POST) unsubscribes."""
    try:
        subscription = reminders.subscription_from_key(key=key, purpose="unsubscribe")
    except reminders.ReminderLinkInvalid:
        # Already unsubscribed (or never was): say so, nothing to do.
        return _reminder_page(request, state="gone")
    if subscription.plan.city.slug != city:
        return _reminder_page(request, state="gone")
    if request.method == "POST":
        reminders.reminder_unsubscribe(subscription=subscription)
        return _reminder_page(request, state="unsubscribed")
    return _reminder_page(request, state="unsubscribe", subscription=subscription)
