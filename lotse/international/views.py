"""Portal pages of the international office and city marketing: thin views that resolve the
city and language, call a selector or one service, and render."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from lotse.catalog import selectors as catalog_selectors
from lotse.catalog.selectors import CatalogNotFound
from lotse.core.csvexport import csv_number, csv_response
from lotse.core.models import City
from lotse.core.permissions import can
from lotse.international import selectors
from lotse.international.api import project_json
from lotse.international.charts import goal_chart, progress_bar
from lotse.international.forms import MeasurementForm
from lotse.international.jsonld import attractions_jsonld
from lotse.international.models import PartnershipKind, PartnershipStatus
from lotse.international.selectors import InternationalNotFound, ProjectInfo
from lotse.international.services import InternationalValidationError, measurement_record


def _language() -> str:
    return get_language() or settings.LANGUAGE_CODE


def _city(slug: str) -> City:
    try:
        return catalog_selectors.city_get(slug=slug)
    except CatalogNotFound as exc:
        raise Http404(_("There is no city “%(slug)s” in Lotse.") % {"slug": slug[:64]}) from exc


def _base(city: City, language: str) -> dict[str, Any]:
    welcome = catalog_selectors.welcome_office(city=city, language=language)
    return {
        "city": city,
        "city_name": city.name(language),
        "welcome": welcome,
        "language": language,
    }


def kind_labels() -> dict[str, str]:
    return {
        PartnershipKind.FORMAL: _("Partner cities"),
        PartnershipKind.PROJECT: _("Project partnerships"),
        PartnershipKind.PLANNED: _("Planned partnerships"),
    }


def status_labels() -> dict[str, str]:
    return {
        PartnershipStatus.ACTIVE: _("active"),
        PartnershipStatus.PAUSED: _("paused"),
        PartnershipStatus.PLANNED: _("planned"),
        PartnershipStatus.IN_PREPARATION: _("in preparation"),
    }


def state_labels() -> dict[str, str]:
    return {
        "on_track": _("on track"),
        "at_risk": _("at risk"),
        "overdue": _("overdue"),
        "reached": _("reached"),
    }


def _project_rows(project: ProjectInfo, language: str) -> list[dict[str, Any]]:
    states = state_labels()
    return [
        {
            "goal": g,
            "indicator": g.indicator(language),
            "state_label": states[g.progress.state],
            "bar": progress_bar(
                g.progress.percent,
                label=_("%(percent)s%% of the way") % {"percent": g.progress.percent},
            ),
        }
        for g in project.goals
    ]


@require_GET
def overview(request: HttpRequest, city: str) -> HttpResponse:
    city_obj = _city(city)
    language = _language()
    partnerships = selectors.partnership_list(city=city_obj)
    labels, statuses = kind_labels(), status_labels()
    groups = [
        {
            "kind": kind,
            "label": label,
            "items": [
                {"p": p, "name": p.name(language), "status": statuses[p.status]}
                for p in partnerships
                if p.kind == kind
            ],
        }
        for kind, label in labels.items()
    ]
    projects = [
        {
            "project": p,
            "title": p.title(language),
            "partner": p.partner_name(language),
            "rows": _project_rows(p, language),
        }
        for p in selectors.project_list(city=city_obj)
    ]
    return render(
        request,
        "international/overview.html",
        {
            **_base(city_obj, language),
            "groups": [g for g in groups if g["items"]],
            "projects": projects,
        },
    )


@require_GET
def project_page(request: HttpRequest, city: str, key: str) -> HttpResponse:
    city_obj = _city(city)
    language = _language()
    try:
        project = selectors.project_detail(city=city_obj, key=key)
    except InternationalNotFound as exc:
        raise Http404(_("There is no project “%(key)s”.") % {"key": key[:64]}) from exc
    rows = _project_rows(project, language)
    for index, row in enumerate(rows):
        row["chart"] = goal_chart(row["goal"], language=language, chart_id=f"chart-{index}")
    return render(
        request,
        "international/project.html",
        {
            **_base(city_obj, language),
            "project": project,
            "title": project.title(language),
            "summary": project.summary(language),
            "partner": project.partner_name(language),
            "rows": rows,
            "may_measure": request.user.is_authenticated
            and can(request.user, "international.measure", city_obj),
        },
    )


def export_columns() -> list[str]:
    """The CSV's column headings in the reader's language."""
    return [
        _("project"),
        _("example"),
        _("partner"),
        _("goal"),
        _("indicator"),
        _("unit"),
        _("direction"),
        _("baseline"),
        _("baseline date"),
        _("target"),
        _("target date"),
        _("latest"),
        _("latest date"),
        _("progress"),
        _("expected"),
        _("state"),
    ]


@require_GET
def export_csv(request: HttpRequest, city: str) -> HttpResponse:
    """Every goal of every project, for a spreadsheet in the reader's language: translated
    headings and states, the language's decimal mark, `;` and a byte-order mark where the
    language writes decimals with a comma (German Excel)."""
    city_obj = _city(city)
    language = _language()
    states = state_labels()
    directions = {"increase": _("increase"), "decrease": _("decrease")}

    def number(value: Any, places: int | None = None) -> str:
        return csv_number(value, language, places)

    rows = [
        [
            project.key,
            _("yes") if project.example else _("no"),
            project.partner_key or "",
            g.key,
            g.indicator(language),
            g.unit,
            directions.get(g.direction, g.direction),
            number(g.baseline),
            g.baseline_date.isoformat(),
            number(g.target),
            g.target_date.isoformat(),
            number(g.progress.latest),
            g.progress.latest_date.isoformat() if g.progress.latest_date else "",
            number(g.progress.progress, 4),
            number(g.progress.expected, 4),
            states.get(g.progress.state, g.progress.state),
        ]
        for project in selectors.project_list(city=city_obj)
        for g in project.goals
    ]
    return csv_response(
        filename=f"{city_obj.slug}-projects.csv",
        header=export_columns(),
        rows=rows,
        language=language,
    )


@require_GET
def export_json(request: HttpRequest, city: str) -> JsonResponse:
    city_obj = _city(city)
    language = _language()
    response = JsonResponse(
        {
            "city": city_obj.slug,
            "generated": timezone.now().isoformat(),
            "projects": [project_json(p, language) for p in selectors.project_list(city=city_obj)],
        },
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
    response["Content-Disposition"] = f'attachment; filename="{city_obj.slug}-projects.json"'
    return response


@require_GET
def associations(request: HttpRequest, city: str) -> HttpResponse:
    city_obj = _city(city)
    language = _language()
    query = request.GET.get("q", "")[:100].strip()
    items = selectors.association_list(city=city_obj, query=query)
    return render(
        request,
        "international/associations.html",
        {
            **_base(city_obj, language),
            "query": query,
            "items": [{"a": a, "description": a.description(language)} for a in items],
        },
    )


@require_GET
def attractions(request: HttpRequest, city: str) -> HttpResponse:
    city_obj = _city(city)
    language = _language()
    items = selectors.attraction_list(city=city_obj)
    today = timezone.localdate()
    events = selectors.event_list(city=city_obj)
    return render(
        request,
        "international/attractions.html",
        {
            **_base(city_obj, language),
            "items": [
                {"a": a, "title": a.title(language), "description": a.description(language)}
                for a in items
            ],
            "upcoming": [
                {"e": e, "title": e.title(language), "description": e.description(language)}
                for e in events
                if (e.end or e.start) >= today
            ],
            "past": [
                {"e": e, "title": e.title(language)} for e in events if (e.end or e.start) < today
            ],
            "jsonld": attractions_jsonld(items, city=city_obj, language=language),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def staff_measurement(request: HttpRequest, city: str) -> HttpResponse:
    """Staff record a new measurement for a goal (form POST; errors shown on the form). Only
    the roles of the permission policy's "international.measure", in their own city."""
    city_obj = _city(city)
    if not can(request.user, "international.measure", city_obj):
        raise PermissionDenied
    language = _language()
    projects = selectors.project_list(city=city_obj)
    choices = [
        (g.id, f"{p.title(language)} – {g.indicator(language)} ({g.unit})")
        for p in projects
        for g in p.goals
    ]
    form = MeasurementForm(request.POST or None, goals=choices)
    if request.method == "POST" and form.is_valid():
        try:
            goal = selectors.goal_get(city=city_obj, goal_id=form.cleaned_data["goal"])
            measurement_record(
                goal=goal,
                date=form.cleaned_data["date"],
                value=form.cleaned_data["value"],
                note=form.cleaned_data["note"],
                user=request.user,
            )
        except InternationalNotFound:
            form.add_error("goal", _("Choose a goal of this city."))
        except InternationalValidationError as exc:
            for name, message in exc.fields.items():
                form.add_error(name if name in form.fields else None, message)
        else:
            url = reverse("international:project", args=[city_obj.slug, goal.project.key])
            return HttpResponseRedirect(f"{url}?recorded={goal.key}")
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "international/staff_measurement.html",
        {**_base(city_obj, language), "form": form},
        status=status,
    )
