"""OpenAPI of the API upload of a requested document and of the appointments staff book for an
application (merged by lotse/cases/openapi.py)."""

from __future__ import annotations

from typing import Any

from lotse.core import openapi as oa

# An application's routes: its id in the path, its private token in a header.
APPLICATION_PARAMETERS = [
    oa.path_param("application_id", oa.INT),
    oa.header("X-Application-Token", required=True),
]

SCHEMAS: dict[str, Any] = {
    "ApplicationDocumentUpload": oa.obj(
        {
            "request": oa.integer(description="id of an open entry of `requested_documents`"),
            "file": oa.string(format="binary", description="PDF, JPEG or PNG"),
        },
        required=["request", "file"],
    ),
    "ApplicationDocumentUploaded": oa.obj(
        {"id": oa.INT, "request": oa.INT, "status": oa.STR},
        required=["id", "request", "status"],
    ),
}

SCHEMAS["ApplicationAppointment"] = oa.obj(
    {
        "id": oa.INT,
        "start": oa.string(format="date-time", description="in the city's time zone"),
        "end": oa.string(format="date-time"),
        "when": oa.string(description="date and time in the reader's language"),
        "status": oa.string(
            enum=["held", "confirmed", "cancelled", "expired", "checked_in", "no_show"]
        ),
        "upcoming": {"type": "boolean", "description": "still to go to (held or confirmed)"},
        "type": oa.string(description="the appointment type's name in the reader's language"),
        "office": oa.string(description="the office's name in the reader's language"),
        "mode": oa.string(enum=["in_person", "video"]),
        "address": oa.string(description="the office's visitor address; empty for video"),
        "bring": oa.array(oa.STR, description="documents to bring (the service's list)"),
    },
    required=["id", "start", "end", "status", "upcoming", "type", "office", "bring"],
)
SCHEMAS["AppointmentSlotChoice"] = oa.obj(
    {
        "id": oa.INT,
        "start": oa.string(format="date-time"),
        "end": oa.string(format="date-time"),
        "remaining": oa.INT,
        "type": oa.STR,
        "type_name": oa.STR,
        "mode": oa.string(enum=["in_person", "video"]),
    },
    required=["id", "start", "end", "remaining", "type"],
)

PATHS: dict[str, Any] = {
    "/api/v1/tasks/{task_id}/appointment-slots": {
        "get": {
            "summary": "Free slots staff may book for the application behind a task (its office)",
            "security": oa.BEARER,
            "parameters": [oa.path_param("task_id", oa.INT)],
            "responses": {
                "200": oa.ok("OK", oa.obj({"results": oa.array(oa.ref("AppointmentSlotChoice"))})),
                "401": oa.UNAUTHORIZED,
                "404": oa.NOT_FOUND,
            },
        }
    },
    "/api/v1/tasks/{task_id}/appointment": {
        "post": {
            "summary": "Book an appointment for the application behind a task (mails the person)",
            "security": oa.BEARER,
            "parameters": [oa.path_param("task_id", oa.INT)],
            "requestBody": oa.body(oa.obj({"slot": oa.INT}, required=["slot"])),
            "responses": {
                "201": oa.ok("Booked", oa.ref("ApplicationAppointment")),
                "400": oa.BAD_REQUEST,
                "401": oa.UNAUTHORIZED,
                "403": oa.FORBIDDEN,
                "404": oa.NOT_FOUND,
                "409": oa.CONFLICT,
                "429": oa.LIMITED,
            },
        }
    },
    "/api/v1/applications/{application_id}/documents": {
        "post": {
            "summary": "Upload a document the office asked for (header X-Application-Token)",
            "parameters": APPLICATION_PARAMETERS,
            "requestBody": {
                "required": True,
                "content": {"multipart/form-data": {"schema": oa.ref("ApplicationDocumentUpload")}},
            },
            "responses": {
                "201": oa.ok("Stored", oa.ref("ApplicationDocumentUploaded")),
                "400": oa.BAD_REQUEST,
                "404": oa.NOT_FOUND,
                "507": oa.error("The upload volume is full: try again later"),
            },
        }
    },
}
