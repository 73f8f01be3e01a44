"""JSON API of the international app: partnerships, projects with goals, attractions."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from lotse.core.api import json_response, not_found, query_param
from lotse.core.cities import request_city
from lotse.core.errors import InvalidInput
from lotse.core.languages import resolve_language
from lotse.international import selectors
from lotse.international.models import PartnershipKind
from lotse.international.selectors import InternationalNotFound, ProjectInfo


def _language(request: HttpRequest) -> str:
    return resolve_language(query_param(request, "lang", max_length=16)).code


@require_GET
def partnerships(request: HttpRequest, city: str) -> JsonResponse:
    city_obj = request_city(request)
    language = _language(request)
    kind = query_param(request, "kind", max_length=16)
    if kind is not None and kind not in PartnershipKind.values:
        raise InvalidInput(
            {"kind": "unknown kind"},
            code="invalid_parameter",
            message=f"kind must be one of {', '.join(PartnershipKind.values)}.",
        )
    return json_response(
        [
            {
                "key": p.key,
                "partner": p.name(language),
                "names": p.texts.get("name", {}),
                "country": p.country,
                "kind": p.kind,
                "status": p.status,
                "since": p.since,
                "languages": p.languages,
                "contacts": p.contacts,
                "council_decisions": p.decisions,
                "description": p.description(language),
                "sources": p.sources,
                "uncertain": p.uncertain,
            }
            for p in selectors.partnership_list(city=city_obj, kind=kind)
        ]
    )


def project_json(project: ProjectInfo, language: str) -> dict[str, Any]:
    return {
        "key": project.key,
        "example": project.example,
        "title": project.title(language),
        "summary": project.summary(language),
        "partner": project.partner_key,
        "goals": [
            {
                "key": g.key,
                "indicator": g.indicator(language),
                "unit": g.unit,
                "direction": g.direction,
                "baseline": float(g.baseline),
                "baseline_date": g.baseline_date.isoformat(),
                "target": float(g.target),
                "target_date": g.target_date.isoformat(),
                "latest": float(g.progress.latest),
                "latest_date": g.progress.latest_date.isoformat()
                if g.progress.latest_date
                else None,
                "progress": round(g.progress.progress, 4),
                "expected": round(g.progress.expected, 4),
                "state": g.progress.state,
                "at_risk": g.progress.at_risk,
                "overdue": g.progress.overdue,
                "measurements": [
                    {"date": d.isoformat(), "value": float(v)} for d, v in g.measurements
                ],
            }
            for g in project.goals
        ],
    }


@require_GET
def projects(request: HttpRequest, city: str) -> JsonResponse:
    city_obj = request_city(request)
    language = _language(request)
    partner = query_param(request, "partner", max_length=64)
    try:
        items = selectors.project_list(city=city_obj, partner=partner)
    except InternationalNotFound as exc:
        raise not_found("partner", exc.value) from exc
    return json_response([project_json(p, language) for p in items])


@require_GET
def project_detail(request: HttpRequest, city: str, key: str) -> JsonResponse:
    city_obj = request_city(request)
    try:
        project = selectors.project_detail(city=city_obj, key=key)
    except InternationalNotFound as exc:
        raise not_found("project", key) from exc
    return json_response(project_json(project, _language(request)))


@require_GET
def attractions(request: HttpRequest, city: str) -> JsonResponse:
    city_obj = request_city(request)
    language = _language(request)
    return json_response(
        [
            {
                "key": a.key,
                "kind": a.kind,
                "title": a.texts.get("title", {}),
                "name": a.title(language),
                "description": a.description(language),
                "address": {
                    "street": a.street,
                    "postal_code": a.postal_code,
                    "locality": a.locality,
                },
                "website": a.website,
                "events": [
                    {
                        "key": e.key,
                        "title": e.title(language),
                        "start": e.start.isoformat(),
                        "end": e.end.isoformat() if e.end else None,
                    }
                    for e in a.events
                ],
                "sources": a.sources,
                "uncertain": a.uncertain,
            }
            for a in selectors.attraction_list(city=city_obj)
        ]
    )
