"""OpenAPI description of the cases endpoints."""

from typing import Any

SCHEMAS: dict[str, Any] = {}
PATHS: dict[str, Any] = {}
