"""OpenAPI of the API upload of a requested document (merged by lotse/cases/openapi.py)."""

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

PATHS: dict[str, Any] = {
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
    }
}
