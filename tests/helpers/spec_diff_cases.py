"""Old/new schema pairs for every schema rule of scripts.changes.spec_diff, shared by the spec-diff tests.

Written from the rules' descriptions (see tests/test_spec_diff_schema_rules.py), not copied
from any tool's test data.
"""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import validate

from scripts.changes.spec_diff import diff

S: dict[str, Any] = {"type": "string"}
N: dict[str, Any] = {"type": "integer"}
A: dict[str, Any] = {"$ref": "#/components/schemas/A"}
B: dict[str, Any] = {"$ref": "#/components/schemas/B"}


def obj(properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = list(required)
    return schema


def document(value: dict[str, Any] | None, *, request: bool, version: str = "3.0.3") -> dict[str, Any]:
    """POST /items with ``value`` as a field of the request body (or of the 200 response)."""
    field = obj({"value": value}) if value is not None else obj({})
    body = field if request else obj({})
    returned = obj({}) if request else field
    return {
        "openapi": version,
        "info": {"title": "items", "version": "1"},
        "paths": {
            "/items": {
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": body}}},
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": returned}}}},
                }
            }
        },
        "components": {"schemas": {"A": obj({"a": S}), "B": obj({"b": N})}},
    }


def rules_of(old: dict[str, Any] | None, new: dict[str, Any] | None, *, request: bool, version: str) -> set[str]:
    before, after = document(old, request=request, version=version), document(new, request=request, version=version)
    validate(before)
    validate(after)
    return {change.rule for change in diff(before, after)}


# name: (old schema, new schema, rules as a request field, rules as a response field[, OpenAPI version])
CASES: dict[str, tuple[Any, ...]] = {
    # types and formats
    "type changed": (S, N, {"request-type-changed"}, {"response-type-changed"}),
    "integer to number": (N, {"type": "number"}, {"request-type-generalized"}, {"response-type-generalized"}),
    "number to integer": ({"type": "number"}, N, {"request-type-changed"}, {"response-type-specialized"}),
    "type removed": (S, {}, {"request-type-generalized"}, {"response-type-generalized"}),
    "type added": ({}, S, {"request-type-changed"}, {"response-type-specialized"}),
    "type list widened (3.1)": (
        {"type": ["string"]},
        {"type": ["string", "integer"]},
        {"request-type-generalized"},
        {"response-type-generalized"},
        "3.1.0",
    ),
    "format widened": (
        {"type": "string", "format": "date"},
        {"type": "string", "format": "date-time"},
        {"request-type-generalized"},
        {"response-type-generalized"},
    ),
    "int32 to int64": (
        {"type": "integer", "format": "int32"},
        {"type": "integer", "format": "int64"},
        {"request-type-generalized"},
        {"response-type-generalized"},
    ),
    "format added": (S, {"type": "string", "format": "uuid"}, {"request-type-changed"}, {"response-type-specialized"}),
    "format removed": (
        {"type": "string", "format": "uuid"},
        S,
        {"request-type-generalized"},
        {"response-type-generalized"},
    ),
    "format swapped": (
        {"type": "string", "format": "uuid"},
        {"type": "string", "format": "email"},
        {"request-type-changed"},
        {"response-type-changed"},
    ),
    "array item type changed": (
        {"type": "array", "items": S},
        {"type": "array", "items": N},
        {"request-type-changed"},
        {"response-type-changed"},
    ),
    # nullability
    "made nullable": (S, {"type": "string", "nullable": True}, {"request-made-nullable"}, {"response-made-nullable"}),
    "made not nullable": (
        {"type": "string", "nullable": True},
        S,
        {"request-made-not-nullable"},
        {"response-made-not-nullable"},
    ),
    "null added to the type list (3.1)": (
        S,
        {"type": ["string", "null"]},
        {"request-made-nullable"},
        {"response-made-nullable"},
        "3.1.0",
    ),
    "anyOf with null dropped (3.1)": (
        {"anyOf": [A, {"type": "null"}]},
        A,
        {"request-made-not-nullable"},
        {"response-made-not-nullable"},
        "3.1.0",
    ),
    "nullable ref through allOf": (
        {"allOf": [A]},
        {"allOf": [A], "nullable": True},
        {"request-made-nullable"},
        {"response-made-nullable"},
    ),
    # values
    "enum value added": (
        {"type": "string", "enum": ["a"]},
        {"type": "string", "enum": ["a", "b"]},
        {"request-enum-value-added"},
        {"response-enum-value-added"},
    ),
    "enum value removed": (
        {"type": "string", "enum": ["a", "b"]},
        {"type": "string", "enum": ["a"]},
        {"request-enum-value-removed"},
        {"response-enum-value-removed"},
    ),
    "restricted to an enum": (S, {"type": "string", "enum": ["a"]}, {"request-enum-added"}, {"response-enum-added"}),
    "enum lifted": ({"type": "string", "enum": ["a"]}, S, {"request-enum-removed"}, {"response-enum-removed"}),
    "const added (3.1)": (
        S,
        {"type": "string", "const": "a"},
        {"request-const-changed"},
        {"response-const-added"},
        "3.1.0",
    ),
    "const changed (3.1)": (
        {"type": "string", "const": "a"},
        {"type": "string", "const": "b"},
        {"request-const-changed"},
        {"response-const-changed"},
        "3.1.0",
    ),
    "const removed (3.1)": (
        {"type": "string", "const": "a"},
        S,
        {"request-const-removed"},
        {"response-const-changed"},
        "3.1.0",
    ),
    # upper bounds
    "maxLength lowered": (
        {"type": "string", "maxLength": 10},
        {"type": "string", "maxLength": 5},
        {"request-upper-bound-lowered"},
        {"response-upper-bound-lowered"},
    ),
    "maxLength raised": (
        {"type": "string", "maxLength": 5},
        {"type": "string", "maxLength": 10},
        {"request-upper-bound-raised"},
        {"response-upper-bound-raised"},
    ),
    "maxLength set": (
        S,
        {"type": "string", "maxLength": 5},
        {"request-upper-bound-set"},
        {"response-upper-bound-lowered"},
    ),
    "maxLength removed": (
        {"type": "string", "maxLength": 5},
        S,
        {"request-upper-bound-raised"},
        {"response-upper-bound-raised"},
    ),
    "maximum made exclusive (3.0)": (
        {"type": "integer", "maximum": 10},
        {"type": "integer", "maximum": 10, "exclusiveMaximum": True},
        {"request-upper-bound-lowered"},
        {"response-upper-bound-lowered"},
    ),
    "maximum no longer exclusive (3.0)": (
        {"type": "integer", "maximum": 10, "exclusiveMaximum": True},
        {"type": "integer", "maximum": 10, "exclusiveMaximum": False},
        {"request-upper-bound-raised"},
        {"response-upper-bound-raised"},
    ),
    "minimum made exclusive (3.0)": (
        {"type": "number", "minimum": 0.5},
        {"type": "number", "minimum": 0.5, "exclusiveMinimum": True},
        {"request-lower-bound-raised"},
        {"response-lower-bound-raised"},
    ),
    "exclusiveMaximum raised (3.1)": (
        {"type": "number", "exclusiveMaximum": 10},
        {"type": "number", "exclusiveMaximum": 20},
        {"request-upper-bound-raised"},
        {"response-upper-bound-raised"},
        "3.1.0",
    ),
    "maxItems lowered": (
        {"type": "array", "items": S, "maxItems": 5},
        {"type": "array", "items": S, "maxItems": 3},
        {"request-upper-bound-lowered"},
        {"response-upper-bound-lowered"},
    ),
    "maxProperties set": (
        {"type": "object"},
        {"type": "object", "maxProperties": 3},
        {"request-upper-bound-set"},
        {"response-upper-bound-lowered"},
    ),
    # lower bounds
    "minimum raised": (
        {"type": "integer", "minimum": 1},
        {"type": "integer", "minimum": 5},
        {"request-lower-bound-raised"},
        {"response-lower-bound-raised"},
    ),
    "minimum lowered": (
        {"type": "integer", "minimum": 5},
        {"type": "integer", "minimum": 1},
        {"request-lower-bound-lowered"},
        {"response-lower-bound-lowered"},
    ),
    "minimum set": (N, {"type": "integer", "minimum": 0}, {"request-lower-bound-set"}, {"response-lower-bound-raised"}),
    "minimum removed": (
        {"type": "integer", "minimum": 0},
        N,
        {"request-lower-bound-lowered"},
        {"response-lower-bound-lowered"},
    ),
    "minLength set (from 0)": (
        S,
        {"type": "string", "minLength": 1},
        {"request-lower-bound-raised"},
        {"response-lower-bound-raised"},
    ),
    "minItems set": (
        {"type": "array", "items": S},
        {"type": "array", "items": S, "minItems": 1},
        {"request-lower-bound-set"},
        {"response-lower-bound-raised"},
    ),
    "minItems removed": (
        {"type": "array", "items": S, "minItems": 1},
        {"type": "array", "items": S},
        {"request-lower-bound-lowered"},
        {"response-lower-bound-lowered"},
    ),
    "exclusiveMinimum lowered (3.1)": (
        {"type": "number", "exclusiveMinimum": 5},
        {"type": "number", "exclusiveMinimum": 1},
        {"request-lower-bound-lowered"},
        {"response-lower-bound-lowered"},
        "3.1.0",
    ),
    "minProperties raised": (
        {"type": "object", "minProperties": 1},
        {"type": "object", "minProperties": 2},
        {"request-lower-bound-raised"},
        {"response-lower-bound-raised"},
    ),
    # other constraints
    "multipleOf to a divisor": (
        {"type": "integer", "multipleOf": 10},
        {"type": "integer", "multipleOf": 5},
        {"request-multiple-of-relaxed"},
        {"response-multiple-of-changed"},
    ),
    "multipleOf to a multiple": (
        {"type": "integer", "multipleOf": 5},
        {"type": "integer", "multipleOf": 10},
        {"request-multiple-of-changed"},
        {"response-multiple-of-tightened"},
    ),
    "multipleOf set": (
        {"type": "number"},
        {"type": "number", "multipleOf": 0.5},
        {"request-multiple-of-changed"},
        {"response-multiple-of-tightened"},
    ),
    "multipleOf removed": (
        {"type": "number", "multipleOf": 0.5},
        {"type": "number"},
        {"request-multiple-of-relaxed"},
        {"response-multiple-of-changed"},
    ),
    "uniqueItems set": (
        {"type": "array", "items": S},
        {"type": "array", "items": S, "uniqueItems": True},
        {"request-unique-items-added"},
        {"response-unique-items-added"},
    ),
    "uniqueItems removed": (
        {"type": "array", "items": S, "uniqueItems": True},
        {"type": "array", "items": S},
        {"request-unique-items-removed"},
        {"response-unique-items-removed"},
    ),
    "pattern added": (
        S,
        {"type": "string", "pattern": "^[a-z]+$"},
        {"request-pattern-added"},
        {"response-pattern-changed"},
    ),
    "pattern changed": (
        {"type": "string", "pattern": "^[a-z]+$"},
        {"type": "string", "pattern": "^[a-z0-9]+$"},
        {"request-pattern-changed"},
        {"response-pattern-changed"},
    ),
    "pattern removed": (
        {"type": "string", "pattern": "^[a-z]+$"},
        S,
        {"request-pattern-removed"},
        {"response-pattern-changed"},
    ),
    "pattern made match-all": (
        {"type": "string", "pattern": "^[a-z]+$"},
        {"type": "string", "pattern": ".*"},
        {"request-pattern-removed"},
        {"response-pattern-changed"},
    ),
    # alternatives
    "oneOf alternative added": (
        {"oneOf": [A, B]},
        {"oneOf": [A, B, S]},
        {"request-alternative-added"},
        {"response-alternative-added"},
    ),
    "anyOf alternative removed": (
        {"anyOf": [A, B]},
        {"anyOf": [A]},
        {"request-alternative-removed"},
        {"response-alternative-removed"},
    ),
    "wrapped in oneOf with an overlapping alternative": (
        A,
        {"oneOf": [A, B]},
        {"request-wrapped-in-one-of"},
        {"response-alternative-added"},
    ),
    "wrapped in oneOf with a distinct type": (
        S,
        {"oneOf": [S, N]},
        {"request-alternative-added"},
        {"response-alternative-added"},
    ),
    "wrapped in a discriminated oneOf": (
        A,
        {"oneOf": [A, B], "discriminator": {"propertyName": "kind"}},
        {"request-alternative-added", "discriminator-changed"},
        {"response-alternative-added", "discriminator-changed"},
    ),
    "alternatives reordered": ({"oneOf": [A, B]}, {"oneOf": [B, A]}, set(), set()),
    "inside an alternative": (
        {"oneOf": [{"type": "string", "maxLength": 5}, N]},
        {"oneOf": [{"type": "string", "maxLength": 3}, N]},
        {"request-upper-bound-lowered"},
        {"response-upper-bound-lowered"},
    ),
    # fields
    "optional field added": (obj({"a": S}), obj({"a": S, "b": S}), {"request-field-added"}, {"response-field-added"}),
    "required field added": (
        obj({"a": S}),
        obj({"a": S, "b": S}, ("b",)),
        {"required-request-field-added"},
        {"response-field-added"},
    ),
    "required read-only field added": (
        obj({"a": S}),
        obj({"a": S, "id": {"type": "string", "readOnly": True}}, ("id",)),
        {"request-field-added"},
        {"response-field-added"},
    ),
    "optional field removed": (
        obj({"a": S, "b": S}),
        obj({"a": S}),
        {"request-field-removed"},
        {"response-optional-field-removed"},
    ),
    "required field removed": (
        obj({"a": S, "b": S}, ("b",)),
        obj({"a": S}),
        {"request-field-removed"},
        {"response-required-field-removed"},
    ),
    "field made required": (
        obj({"a": S}),
        obj({"a": S}, ("a",)),
        {"request-field-made-required"},
        {"response-field-made-required"},
    ),
    "field made optional": (
        obj({"a": S}, ("a",)),
        obj({"a": S}),
        {"request-field-made-optional"},
        {"response-field-made-optional"},
    ),
    "field added through allOf": (
        {"allOf": [A]},
        {"allOf": [A, obj({"c": S}, ("c",))]},
        {"required-request-field-added"},
        {"response-field-added"},
    ),
    "nested field type changed": (
        obj({"a": obj({"b": S})}),
        obj({"a": obj({"b": N})}),
        {"request-type-changed"},
        {"response-type-changed"},
    ),
    "additionalProperties value type changed": (
        {"type": "object", "additionalProperties": S},
        {"type": "object", "additionalProperties": N},
        {"request-type-changed"},
        {"response-type-changed"},
    ),
    # read-only / write-only
    "read-only field tightened": (
        obj({"id": {"type": "string", "readOnly": True}}),
        obj({"id": {"type": "string", "readOnly": True, "maxLength": 3}}),
        {"request-read-only-field-changed"},
        {"response-upper-bound-lowered"},
    ),
    "read-only field removed": (
        obj({"a": S, "id": {"type": "string", "readOnly": True}}),
        obj({"a": S}),
        {"request-read-only-field-changed"},
        {"response-optional-field-removed"},
    ),
    "write-only field loosened": (
        obj({"pw": {"type": "string", "writeOnly": True, "maxLength": 3}}),
        obj({"pw": {"type": "string", "writeOnly": True}}),
        {"request-upper-bound-raised"},
        {"response-write-only-field-changed"},
    ),
    "write-only field removed": (
        obj({"a": S, "pw": {"type": "string", "writeOnly": True}}),
        obj({"a": S}),
        {"request-field-removed"},
        {"response-write-only-field-changed"},
    ),
    "required field made write-only": (
        obj({"a": S}, ("a",)),
        obj({"a": {"type": "string", "writeOnly": True}}, ("a",)),
        {"read-only-write-only-changed"},
        {"response-field-made-write-only"},
    ),
    "field made read-only": (
        obj({"a": S}),
        obj({"a": {"type": "string", "readOnly": True}}),
        {"request-field-made-read-only"},
        {"read-only-write-only-changed"},
    ),
    "required field made read-only": (
        obj({"a": S}, ("a",)),
        obj({"a": {"type": "string", "readOnly": True}}, ("a",)),
        {"request-field-made-read-only"},
        {"read-only-write-only-changed"},
    ),
    "field no longer read-only": (
        obj({"a": {"type": "string", "readOnly": True}}),
        obj({"a": S}),
        {"read-only-write-only-changed"},
        {"read-only-write-only-changed"},
    ),
    # annotations
    "field deprecated": (
        obj({"a": S}),
        obj({"a": {"type": "string", "deprecated": True}}),
        {"field-deprecated"},
        {"field-deprecated"},
    ),
    "default added": (S, {"type": "string", "default": "x"}, {"default-changed"}, {"default-changed"}),
    "default changed": (
        {"type": "integer", "default": 1},
        {"type": "integer", "default": 2},
        {"default-changed"},
        {"default-changed"},
    ),
    "discriminator property renamed": (
        {"oneOf": [A, B], "discriminator": {"propertyName": "kind"}},
        {"oneOf": [A, B], "discriminator": {"propertyName": "type"}},
        {"request-discriminator-property-changed"},
        {"discriminator-changed"},
    ),
    "discriminator property renamed, mapping kept": (
        {"oneOf": [A, B], "discriminator": {"propertyName": "kind", "mapping": {"a": "#/components/schemas/A"}}},
        {"oneOf": [A, B], "discriminator": {"propertyName": "type", "mapping": {"a": "#/components/schemas/A"}}},
        {"request-discriminator-property-changed"},
        {"discriminator-changed"},
    ),
    "discriminator mapping removed": (
        {"oneOf": [A, B], "discriminator": {"propertyName": "kind", "mapping": {"a": "#/components/schemas/A"}}},
        {"oneOf": [A, B], "discriminator": {"propertyName": "kind"}},
        {"discriminator-changed"},
        {"discriminator-changed"},
    ),
    "description only": (
        {"type": "string", "description": "old"},
        {"type": "string", "description": "new"},
        set(),
        set(),
    ),
    "ref to an equal inline schema": (A, obj({"a": S}), set(), set()),
}
