"""The building blocks the apps describe their routes with produce the documented OpenAPI shapes."""

from lotse.core import openapi as oa


def test_error_answers_carry_the_common_body_and_retry_after_only_for_limits():
    limited = oa.error("Too many", retry_after=True)
    assert limited["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Error"
    }
    assert limited["headers"] == {"Retry-After": {"schema": {"type": "integer"}}}
    assert "headers" not in oa.error("Full")


def test_parameters_and_objects():
    assert oa.path_param("id", oa.INT) == {
        "name": "id",
        "in": "path",
        "schema": {"type": "integer"},
        "required": True,
    }
    assert "required" not in oa.query("lang")
    assert oa.obj({"a": oa.STR})["type"] == "object"
    assert "required" not in oa.obj({"a": oa.STR})
    assert oa.obj({"a": oa.STR}, required=["a"])["required"] == ["a"]


def test_every_app_route_uses_the_shared_error_answers():
    spec = oa.build_spec()
    for route, operations in spec["paths"].items():
        for method, operation in operations.items():
            assert "400" in operation["responses"], (route, method)
