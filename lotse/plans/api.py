"""JSON API of the plans app: compute a plan from a profile; read a stored plan."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from lotse.core.api import json_response, query_param
from lotse.core.http import json_body
from lotse.core.languages import city_languages, resolve_language
from lotse.plans import selectors

MAX_BODY_BYTES = 32 * 1024


def _result(computed: selectors.ComputedPlan, notice: str | None) -> dict[str, Any]:
    result: dict[str, Any] = {
        "city": computed.city.slug,
        "lang": computed.language,
        "perspective": computed.profile.perspective,
        "steps": [step.as_json() for step in computed.steps],
    }
    if notice:
        result["notice"] = notice
    return result


# An outside client posts a profile; no cookie or session is read, so no CSRF token is needed.
@csrf_exempt
@require_POST
def plan(request: HttpRequest) -> JsonResponse:
    data = json_body(request, max_bytes=MAX_BODY_BYTES, field="profile")
    # The city is read once and passed on (the profile's checks, its date, the plan).
    city = selectors.city_of(data)
    profile = selectors.profile_from_data(data, city=city)
    # A language the plan's city does not offer falls back to English, as an unknown one does.
    language = resolve_language(profile.lang, offered=city_languages(city) if city else None)
    computed = selectors.plan_compute(profile=profile, language=language.code, city=city)
    return json_response(_result(computed, language.notice))


@require_GET
def stored_plan(request: HttpRequest, token: str) -> JsonResponse:
    stored = selectors.plan_get(token=token)
    language = resolve_language(query_param(request, "lang", max_length=16))
    computed = selectors.plan_steps(plan=stored, language=language.code)
    result = _result(computed, language.notice)
    done = set(stored.done)
    for step in result["steps"]:
        step["done"] = step["service"] in done
    result["profile"] = stored.profile
    return json_response(result)
