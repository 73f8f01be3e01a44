"""Test helper: check a real response against the OpenAPI description of its route.

Used by the contract tests of each app, so the published schema and the code cannot drift.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from lotse.core.datafiles import yaml_safe_load
from lotse.core.openapi import build_spec


def _resolve(node: Any, spec: dict[str, Any]) -> Any:
    """The schema with every local `$ref` replaced by what it points to."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            target: Any = spec
            for part in ref[2:].split("/"):
                target = target[part]
            return _resolve(target, spec)
        return {key: _resolve(value, spec) for key, value in node.items()}
    if isinstance(node, list):
        return [_resolve(item, spec) for item in node]
    return node


def response_schema(method: str, path: str, status: int) -> dict[str, Any]:
    """The JSON schema the OpenAPI document gives for this route's answer with `status`."""
    spec = build_spec()
    operation = spec["paths"][path][method.lower()]
    responses = operation["responses"]
    answer = responses.get(str(status)) or responses.get("default")
    assert answer is not None, f"{method} {path} documents no {status} response"
    answer = _resolve(answer, spec)
    schema = answer.get("content", {}).get("application/json", {}).get("schema")
    assert schema is not None, f"{method} {path} {status} has no JSON schema"
    return schema


def assert_conforms(response: Any, method: str, path: str) -> Any:
    """Assert that `response` (a test client response) matches its documented schema;
    return the parsed body."""
    assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
    body = json.loads(response.content)
    schema = response_schema(method, path, response.status_code)
    errors = sorted(Draft202012Validator(schema).iter_errors(body), key=lambda e: list(e.path))
    assert not errors, "\n".join(
        f"{method} {path} {response.status_code}: {'/'.join(map(str, e.path))}: {e.message}"
        for e in errors[:10]
    )
    return body


def task_worker() -> Any:
    """The database task backend's worker, set up to run what is ready now, once, in-process
    (tests run tasks by hand instead of a `db_worker` process)."""
    from django_tasks_db.management.commands.db_worker import Worker

    return Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )


def city_file_languages(slug: str) -> list[str]:
    """The languages a city's shipped data offers (its city.yaml `languages`, else the default):
    what its texts must exist in. For tests of a city's data."""
    from pathlib import Path

    from django.conf import settings

    from lotse.core.languages import city_file_languages as languages_of

    return languages_of(Path(settings.LOTSE_CITY_DATA_DIR) / slug / "city.yaml")


def edit_yaml(path: Path, change: Callable[[Any], object]) -> None:
    """Read the YAML file at `path`, let `change` edit the data in place, write it back."""
    data = yaml_safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
