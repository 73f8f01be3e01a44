"""OpenAPI description of the plans endpoints."""

from typing import Any

from lotse.core import openapi as oa
from lotse.plans.rulebook import PURPOSES, QUALIFICATIONS

SCHEMAS: dict[str, Any] = {
    "PlanProfile": oa.obj(
        {
            "city": oa.string(example="dortmund"),
            "today": oa.string(
                format="date", description="Defaults to today in the city's time zone."
            ),
            "citizenship": oa.string(pattern="^[A-Za-z]{2}$", example="IN"),
            "purpose": oa.string(enum=list(PURPOSES)),
            "qualification": oa.string(enum=list(QUALIFICATIONS)),
            "qualification_recognised": oa.BOOL,
            "job_offer": oa.BOOL,
            "annual_salary_eur": {"type": "number", "minimum": 0},
            "in_germany": oa.BOOL,
            "registered": oa.BOOL,
            "has_housing": oa.BOOL,
            "arrival_date": oa.string(format="date"),
            "permit_expires": oa.string(format="date"),
            "current_permit": oa.string(description="A service key of the city."),
            "children_ages": oa.array(oa.integer(minimum=0)),
            "spouse_coming": oa.BOOL,
            "expecting_baby": oa.BOOL,
            "drives_car": oa.BOOL,
            "lang": oa.string(example="de"),
            "perspective": oa.string(
                enum=["newcomer", "employer"],
                description="employer: what a company must do to hire this person.",
            ),
        },
        required=["city", "purpose"],
        additionalProperties=False,
    ),
    "PlanStep": oa.obj(
        {
            "service": oa.STR,
            "title": oa.STR,
            "due": {"oneOf": [oa.string(format="date"), {"type": "null"}]},
            "depends_on": oa.array(oa.STR),
            "why": oa.STR,
            "overdue": oa.BOOL,
            "done": {"type": "boolean", "description": "Only for a stored plan."},
            "legal_basis": oa.array(
                oa.obj(
                    {
                        "rule": oa.STR,
                        "text": oa.STR,
                        "source": oa.string(format="uri"),
                        "checked": oa.string(format="date"),
                        "uncertain": oa.STR,
                    }
                )
            ),
        },
        required=["service", "title", "due", "depends_on", "why"],
    ),
    "Plan": oa.obj(
        {
            "city": oa.STR,
            "lang": oa.STR,
            "perspective": oa.STR,
            "notice": oa.STR,
            "steps": oa.array(oa.ref("PlanStep")),
            "profile": oa.ref("PlanProfile"),
        },
        required=["steps"],
    ),
}

PATHS: dict[str, Any] = {
    "/api/v1/plan": {
        "post": {
            "summary": "Personal arrival plan: the steps for a profile, in order, with due dates",
            "requestBody": oa.body(oa.ref("PlanProfile"), required=True),
            "responses": {"200": oa.ok("Ordered steps", oa.ref("Plan")), "400": oa.BAD_REQUEST},
        }
    },
    "/api/v1/plans/{token}": {
        "get": {
            "summary": "A plan saved in the portal, by its private token, with ticked steps",
            "parameters": [oa.path_param("token"), oa.query("lang")],
            "responses": {"200": oa.ok("The stored plan", oa.ref("Plan")), "404": oa.NOT_FOUND},
        }
    },
}
