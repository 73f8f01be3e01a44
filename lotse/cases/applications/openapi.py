"""OpenAPI of the API upload of a requested document (merged by lotse/cases/openapi.py)."""

from __future__ import annotations

from typing import Any

SCHEMAS: dict[str, Any] = {
    "ApplicationDocumentUpload": {
        "type": "object",
        "properties": {
            "request": {
                "type": "integer",
                "description": "id of an open entry of `requested_documents`",
            },
            "file": {"type": "string", "format": "binary", "description": "PDF, JPEG or PNG"},
        },
        "required": ["request", "file"],
    },
    "ApplicationDocumentUploaded": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "request": {"type": "integer"},
            "status": {"type": "string"},
        },
        "required": ["id", "request", "status"],
    },
}


def paths(*, err: Any, not_found: Any, ref: Any, json: Any) -> dict[str, Any]:
    return {
        "/api/v1/applications/{application_id}/documents": {
            "post": {
                "summary": "Upload a document the office asked for (header X-Application-Token)",
                "parameters": [
                    {
                        "name": "application_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer"},
                    },
                    {
                        "name": "X-Application-Token",
                        "in": "header",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {"schema": ref("ApplicationDocumentUpload")}
                    },
                },
                "responses": {
                    "201": json(ref("ApplicationDocumentUploaded"), "Stored"),
                    "400": err,
                    "404": not_found,
                    "507": err,
                },
            }
        }
    }
