"""JSON API of the catalog: cities, services, service detail, offices (see DESIGN.md)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from lotse.catalog import selectors
from lotse.catalog.models import TextModule
from lotse.catalog.selectors import OfficeDetail, SourceInfo
from lotse.core.api import ApiError, json_response, query_param
from lotse.core.cities import request_city
from lotse.core.languages import city_languages, resolve_language, spoken_language_parse


def _source_json(source: SourceInfo) -> dict[str, Any]:
    return {
        "url": source.url,
        "title": source.title,
        "checked": source.checked.isoformat(),
        "covers": source.covers,
    }


def _office_json(office: OfficeDetail, *, full: bool) -> dict[str, Any]:
    data: dict[str, Any] = {"key": office.key, "name": office.name, "kind": office.kind}
    if not full:
        return data
    data.update(
        {
            "description": office.texts["description"].text
            if "description" in office.texts
            else "",
            "addresses": office.addresses,
            "opening_hours": [
                {
                    "weekday": day.weekday,
                    "intervals": [
                        [o.strftime("%H:%M"), c.strftime("%H:%M")] for o, c in day.intervals
                    ],
                }
                for day in office.opening_hours
            ],
            "opening_hours_note": office.texts["opening_hours_note"].text
            if "opening_hours_note" in office.texts
            else "",
            "phone": office.phone,
            "email": office.email,
            "website": office.website,
            "appointment_url": office.appointment_url,
            "languages": office.languages,
            "accessibility": office.texts["accessibility"].text
            if "accessibility" in office.texts
            else "",
            "sources": [_source_json(s) for s in office.sources],
            "uncertain": office.uncertain,
            "text_languages": {f: t.language for f, t in office.texts.items()},
            "text_status": {f: t.status for f, t in office.texts.items()},
        }
    )
    return data


def _language(request: HttpRequest) -> tuple[str, dict[str, Any]]:
    city = getattr(request, "city", None)
    resolved = resolve_language(
        query_param(request, "lang", max_length=16),
        offered=city_languages(city) if city is not None else None,
    )
    extra: dict[str, Any] = {"lang": resolved.code}
    if resolved.notice:
        extra["lang_notice"] = resolved.notice
    return resolved.code, extra


@require_GET
def cities(request: HttpRequest) -> JsonResponse:
    return json_response(
        [
            {"slug": c.slug, "name": c.names, "state": c.state, "languages": city_languages(c)}
            for c in selectors.city_list()
        ]
    )


@require_GET
def services(request: HttpRequest, city: str) -> JsonResponse:
    city_obj = request_city(request)
    return json_response(
        [
            {
                "key": s.key,
                "title": s.titles,
                "summary": s.summaries,
                "life_situations": s.life_situations,
                "offices": [o.key for o in s.offices],
            }
            for s in selectors.service_list(city=city_obj)
        ]
    )


@require_GET
def service_detail(request: HttpRequest, city: str, key: str) -> JsonResponse:
    city_obj = request_city(request)
    language, extra = _language(request)
    detail = selectors.service_detail(city=city_obj, key=key, language=language)
    body = {
        "key": detail.key,
        "city": city_obj.slug,
        **extra,
        "leika": detail.leika_keys,
        "life_situations": detail.life_situations,
        "title": detail.titles,
        "summary": detail.summaries,
        "name": detail.title,
        "short_text": detail.text(TextModule.SUMMARY),
        "body": detail.text(TextModule.BODY),
        "who": detail.text(TextModule.WHO),
        "prerequisites": detail.text(TextModule.PREREQUISITES),
        "steps": detail.items(TextModule.STEPS),
        "documents": detail.items(TextModule.DOCUMENTS),
        "fees": detail.text(TextModule.FEES),
        "deadlines": detail.text(TextModule.DEADLINES),
        "processing_time": detail.text(TextModule.PROCESSING_TIME),
        "legal_basis": detail.items(TextModule.LEGAL_BASIS),
        "forms": detail.forms(),
        "online_service": detail.text(TextModule.ONLINE_SERVICE),
        "offices": [_office_json(o, full=True) for o in detail.offices],
        "sources": [_source_json(s) for s in detail.sources],
        "uncertain": detail.uncertain,
        "text_languages": {m: t.language for m, t in detail.texts.items()},
        "text_status": {m: t.status for m, t in detail.texts.items()},
        "text_layers": detail.layers,
        "related": [r.key for r in detail.related],
    }
    return json_response(body)


@require_GET
def offices(request: HttpRequest, city: str) -> JsonResponse:
    city_obj = request_city(request)
    language, _extra = _language(request)
    speaks = spoken_language_parse(query_param(request, "speaks", max_length=16))
    return json_response(
        [
            _office_json(o, full=True)
            for o in selectors.office_list(city=city_obj, language=language, speaks=speaks)
        ]
    )


@require_GET
def office_detail(request: HttpRequest, city: str, key: str) -> JsonResponse:
    city_obj = request_city(request)
    language, extra = _language(request)
    detail = selectors.office_detail(city=city_obj, key=key, language=language)
    body = _office_json(detail, full=True)
    body.update(extra)
    body["services"] = [s.key for s in detail.services]
    return json_response(body)


def api_not_found(request: HttpRequest, rest: str = "") -> JsonResponse:
    raise ApiError(
        status=404, code="not_found", message=f"There is no API endpoint at {request.path[:200]!r}."
    )
