"""OpenAPI description of the appointments endpoints."""

from typing import Any

SCHEMAS: dict[str, Any] = {}
PATHS: dict[str, Any] = {}
