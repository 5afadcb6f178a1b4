"""Property test: bodies generated from every 200 JSON schema parse into the generated model and round-trip."""

from __future__ import annotations

import datetime
import json
import pickle
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis_jsonschema import from_schema

from puretalk_client._generated import models
from scripts.commands.generate import resolve_spec
from tests.helpers.paths import ROOT
from tests.helpers.spec import operations

SPEC = resolve_spec(ROOT)
# The seed's inline 200 schema is the one class named through class_overrides.
INLINE_MODELS = {"POST /calls/web/register": "RegisterWebCallResponse"}
DROPPED_KEYWORDS = {"example", "description", "nullable", "discriminator", "xml", "externalDocs", "deprecated"}


def to_json_schema(node: Any) -> Any:
    """Turn an OpenAPI 3.0 schema into JSON Schema: inline $refs, express nullable as a null branch."""
    if isinstance(node, list):
        return [to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].removeprefix("#/components/schemas/")
        return to_json_schema(SPEC["components"]["schemas"][name])
    schema = {key: to_json_schema(value) for key, value in node.items() if key not in DROPPED_KEYWORDS}
    if schema.get("format") in {"int32", "int64", "binary"}:
        del schema["format"]
    if node.get("nullable"):
        return {"anyOf": [schema, {"type": "null"}]}
    return schema


def json_200_schemas() -> dict[str, tuple[Any, str]]:
    found = {}
    for (method, path), operation in operations(SPEC).items():
        content = operation["responses"].get("200", {}).get("content", {})
        if "application/json" not in content:
            continue
        schema = content["application/json"]["schema"]
        key = f"{method.upper()} {path}"
        model = schema["$ref"].rsplit("/", 1)[-1] if "$ref" in schema else INLINE_MODELS.get(key)
        if model is not None:  # another inline schema's class is named by the generator
            found[key] = (to_json_schema(schema), model)
    return found


SCHEMAS = json_200_schemas()


def normalise(value: Any) -> Any:
    """Compare timestamps as instants: the model writes datetimes back in isoformat."""
    if isinstance(value, dict):
        return {key: normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, str) and len(value) >= 19 and value[4:5] == "-" and value[10:11] in "Tt ":
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def test_every_json_200_has_a_schema() -> None:
    """Every JSON 200 is round-tripped but an inline one the generator names (a new operation's, say)."""
    answers = {
        f"{method.upper()} {path}": op["responses"].get("200", {}) for (method, path), op in operations(SPEC).items()
    }
    json_200 = {key for key, answer in answers.items() if "application/json" in answer.get("content", {})}
    assert set(INLINE_MODELS) <= set(SCHEMAS) <= json_200
    left_out = json_200 - set(SCHEMAS)
    assert all("$ref" not in answers[key]["content"]["application/json"]["schema"] for key in left_out)


@pytest.mark.parametrize("operation", sorted(SCHEMAS))
def test_generated_model_round_trips_bodies_from_the_schema(operation: str) -> None:
    schema, model_name = SCHEMAS[operation]
    model = getattr(models, model_name)

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(body=from_schema(schema).filter(lambda body: isinstance(body, dict)))
    def round_trip(body: dict[str, Any]) -> None:
        parsed = model.from_dict(body)
        assert normalise(parsed.to_dict()) == normalise(body)
        assert normalise(json.loads(parsed.to_json())) == normalise(body)
        assert pickle.loads(pickle.dumps(parsed)) == parsed  # noqa: S301 (our own bytes)
        documented = set(body) - set(parsed.additional_properties)
        assert len(parsed.model_fields_set) == len(documented)  # sent, null or not: set; absent: not
        assert "object at 0x" not in repr(parsed)

    round_trip()
