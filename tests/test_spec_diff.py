"""The change report: lines, levels and versions; robustness on odd documents; the project's own spec.

Rule-by-rule cases live in test_spec_diff_schema_rules.py and test_spec_diff_operation_rules.py.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate

from scripts.changes.spec_diff import Change, Level, SpecDiffError, bump, diff, level, report, rules_table, version_key
from scripts.changes.spec_diff.__main__ import main
from scripts.changes.spec_diff.table import with_table
from scripts.commands.generate import resolve_spec
from scripts.infra.yaml_io import dump_yaml
from tests.helpers.paths import ROOT

STRING = {"type": "string"}
CALL_REF = {"$ref": "#/components/schemas/Call"}


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/calls": {
                "get": {
                    "parameters": [{"name": "status", "in": "query", "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": CALL_REF}}}},
                },
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["assistant_id"],
                                    "properties": {"assistant_id": {"type": "string"}, "note": {"type": "string"}},
                                }
                            }
                        }
                    },
                    "responses": {"200": {"description": "ok"}},
                },
            }
        },
        "components": {
            "schemas": {
                "Call": {
                    "type": "object",
                    "required": ["call_id"],
                    "properties": {"call_id": {"type": "string"}, "duration": {"type": "integer"}},
                }
            }
        },
    }  # fmt: skip


def changed(edit: Any) -> tuple[list[str], Level]:
    old = spec()
    new = copy.deepcopy(old)
    edit(new)
    changes = diff(old, new)
    return [str(change) for change in changes], level(changes, old, new)


def get(new: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = new["paths"]["/calls"]["get"]
    return result


def body(new: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = new["paths"]["/calls"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return result


def call(new: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = new["components"]["schemas"]["Call"]
    return result


CASES = {
    "operation added": (
        lambda s: s["paths"].__setitem__("/voices", {"get": {"responses": {"200": {"description": "ok"}}}}),
        ["[addition] GET /voices: operation added"], Level.MINOR,
    ),
    "operation removed": (
        lambda s: s["paths"]["/calls"].pop("post"),
        ["[BREAKING] POST /calls: operation removed"], Level.MAJOR,
    ),
    "optional parameter added": (
        lambda s: get(s)["parameters"].append({"name": "limit", "in": "query", "schema": {"type": "integer"}}),
        ["[addition] GET /calls: parameter query:limit added (integer)"], Level.MINOR,
    ),
    "required parameter added": (
        lambda s: get(s)["parameters"].append({"name": "org", "in": "query", "required": True, "schema": STRING}),
        ["[BREAKING] GET /calls: parameter query:org added (string, required)"], Level.MAJOR,
    ),
    "parameter removed": (
        lambda s: get(s).pop("parameters"),
        ["[BREAKING] GET /calls: parameter query:status removed"], Level.MAJOR,
    ),
    "parameter type changed": (
        lambda s: get(s)["parameters"][0].__setitem__("schema", {"type": "integer"}),
        ["[BREAKING] GET /calls: parameter query:status type changed: string -> integer"], Level.MAJOR,
    ),
    "parameter made required": (
        lambda s: get(s)["parameters"][0].__setitem__("required", True),
        ["[BREAKING] GET /calls: parameter query:status made required"], Level.MAJOR,
    ),
    "optional request field added": (
        lambda s: body(s)["properties"].__setitem__("metadata", {"type": "object"}),
        ["[addition] POST /calls: request field metadata added (object)"], Level.MINOR,
    ),
    "required request field added": (
        lambda s: (body(s)["properties"].__setitem__("org", {"type": "string"}), body(s)["required"].append("org")),
        ["[BREAKING] POST /calls: request field org added (string, required)"], Level.MAJOR,
    ),
    "request field removed": (
        lambda s: body(s)["properties"].pop("note"),
        ["[POTENTIALLY BREAKING] POST /calls: request field note removed"], Level.MAJOR,
    ),
    "request field made required": (
        lambda s: body(s)["required"].append("note"),
        ["[BREAKING] POST /calls: request field note made required"], Level.MAJOR,
    ),
    "request field made optional": (
        lambda s: body(s).pop("required"),
        ["[change] POST /calls: request field assistant_id made optional"], Level.MINOR,
    ),
    "response field added": (
        lambda s: call(s)["properties"].__setitem__("token", {"type": "string"}),
        ["[addition] GET /calls: response field 200 token added (string)"], Level.MINOR,
    ),
    "response field removed": (
        lambda s: call(s)["properties"].pop("duration"),
        ["[POTENTIALLY BREAKING] GET /calls: response field 200 duration removed"], Level.MAJOR,
    ),
    "response field type widened": (
        lambda s: call(s)["properties"]["duration"].__setitem__("type", "number"),
        ["[BREAKING] GET /calls: response field 200 duration type widened: integer -> number"], Level.MAJOR,
    ),
    "response field made nullable": (
        lambda s: call(s)["properties"]["duration"].__setitem__("nullable", True),
        ["[BREAKING] GET /calls: response field 200 duration made nullable"], Level.MAJOR,
    ),
    "response field made optional": (
        lambda s: call(s).pop("required"),
        ["[BREAKING] GET /calls: response field 200 call_id made optional"], Level.MAJOR,
    ),
    "response field made required": (
        lambda s: call(s)["required"].append("duration"),
        ["[change] GET /calls: response field 200 duration made required"], Level.MINOR,
    ),
    "description only": (
        lambda s: get(s).__setitem__("description", "List calls."),
        [], Level.PATCH,
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(CASES))
def test_change_class(case: str) -> None:
    edit, expected_lines, expected_level = CASES[case]
    lines, how_far = changed(edit)
    assert lines == expected_lines
    assert how_far is expected_level


def test_no_change_is_level_none() -> None:
    assert diff(spec(), spec()) == []
    assert level([], spec(), spec()) is Level.NONE


@pytest.mark.parametrize(
    ("rule", "expected"),
    [("operation-removed", Level.MAJOR), ("request-field-removed", Level.MAJOR), ("operation-added", Level.MINOR)],
)
def test_level_of_each_severity(rule: str, expected: Level) -> None:
    assert level([Change("GET /x", "what", rule)], spec(), spec()) is expected


@pytest.mark.parametrize(
    ("how_far", "expected"),
    [(Level.MAJOR, "1.0.0"), (Level.MINOR, "0.2.0"), (Level.PATCH, "0.1.1"), (Level.NONE, "0.1.0")],
)
def test_bump(how_far: Level, expected: str) -> None:
    assert bump("0.1.0", how_far) == expected
    assert version_key(bump("0.1.0", how_far)) >= version_key("0.1.0")


def test_report_names_breaking_changes_and_the_version() -> None:
    old = spec()
    new = copy.deepcopy(old)
    new["paths"]["/calls"].pop("post")
    changes = diff(old, new)
    text = report(changes, level(changes, old, new), "0.4.2", "1.0.0")
    assert "1 change(s), 1 breaking:" in text
    assert "- [BREAKING] POST /calls: operation removed" in text
    assert "0.4.2 -> 1.0.0" in text


def test_a_floor_below_the_version_asks_for_no_bump_and_a_floor_above_it_is_named() -> None:
    # A floor recorded before the version was raised by hand (0.1.0, now 0.2.0) is not a version to go to.
    assert report([], Level.NONE, "0.2.0", "0.1.0").endswith("Version: 0.2.0 needs no bump.\n")
    assert "0.2.0 -> 0.1.0" not in report([], Level.NONE, "0.2.0", "0.1.0")
    raised = report([], Level.NONE, "0.2.0", "0.3.0")
    assert "Version: 0.2.0 -> 0.3.0, for the changes an earlier generation reported" in raised


def test_report_counts_potentially_breaking_changes() -> None:
    old = spec()
    new = copy.deepcopy(old)
    body(new)["properties"].pop("note")
    call(new)["properties"]["token"] = STRING
    changes = diff(old, new)
    text = report(changes, level(changes, old, new), "1.2.0", "2.0.0")
    assert "2 change(s), 0 breaking, 1 potentially breaking:" in text
    assert "Version: major change; 1.2.0 -> 2.0.0" in text


def test_long_enum_lists_are_cut_in_the_line() -> None:
    old = spec()
    new = copy.deepcopy(old)
    get(new)["parameters"][0]["schema"]["enum"] = [f"s{index}" for index in range(15)]
    [change] = diff(old, new)
    assert change.what.startswith('parameter query:status restricted to enum: "s0", "s1"')
    assert change.what.endswith('"s9" and 5 more')


def test_recursive_schemas_are_compared_once() -> None:
    old = spec()
    old["components"]["schemas"]["Call"]["properties"]["children"] = {"type": "array", "items": CALL_REF}
    new = copy.deepcopy(old)
    call(new)["properties"]["label"] = {"type": "string"}
    assert [str(change) for change in diff(old, new)] == [
        "[addition] GET /calls: response field 200 label added (string)"
    ]


# -- robustness ---------------------------------------------------------------------------------


def test_a_schema_that_includes_itself_through_all_of_finishes() -> None:
    old = spec()
    call(old)["allOf"] = [CALL_REF, {"properties": {"extra": STRING}}]
    new = copy.deepcopy(old)
    call(new)["allOf"][1]["properties"]["extra"] = {"type": "integer"}
    assert [str(change) for change in diff(old, new)] == [
        "[BREAKING] GET /calls: response field 200 extra type changed: string -> integer"
    ]


@pytest.mark.parametrize(
    "cycle",
    [
        {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}},
        {"A": {"type": "array", "items": {"$ref": "#/components/schemas/A"}}},
        {"A": {"allOf": [{"$ref": "#/components/schemas/B"}]}, "B": {"anyOf": [{"$ref": "#/components/schemas/A"}]}},
        {"A": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/A"}}},
        {"A": {"oneOf": [{"$ref": "#/components/schemas/A"}, STRING]}},
    ],
)
def test_any_schema_cycle_ends(cycle: dict[str, Any]) -> None:
    old = spec()
    old["components"]["schemas"].update(cycle)
    call(old)["properties"]["loop"] = {"$ref": "#/components/schemas/A"}
    new = copy.deepcopy(old)
    new["components"]["schemas"]["A"]["description"] = "changed text, so the cycle is walked"
    new["paths"]["/calls"]["post"]["requestBody"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/A"
    }
    changes = diff(old, new)
    assert all(change.operation == "POST /calls" for change in changes)


def test_a_change_deep_in_a_recursive_schema_is_reported_once() -> None:
    old = spec()
    call(old)["properties"]["parent"] = CALL_REF
    new = copy.deepcopy(old)
    call(new)["properties"]["duration"]["type"] = "string"
    assert [str(change) for change in diff(old, new)] == [
        "[BREAKING] GET /calls: response field 200 duration type changed: integer -> string"
    ]


def test_a_field_of_a_self_referencing_one_of_is_described_briefly() -> None:
    old = spec()
    old["components"]["schemas"]["Node"] = {"oneOf": [{"$ref": "#/components/schemas/Node"}, STRING]}
    new = copy.deepcopy(old)
    call(new)["properties"]["node"] = {"$ref": "#/components/schemas/Node"}
    assert [str(change) for change in diff(old, new)] == [
        "[addition] GET /calls: response field 200 node added (string|…)"
    ]


def _nested(depth: int, leaf: str) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": leaf}
    for _ in range(depth):
        schema = {"type": "object", "properties": {"p": schema}}
    document = spec()
    document["components"]["schemas"]["Call"] = schema
    return document


def test_deep_schemas_are_compared() -> None:
    [change] = diff(_nested(150, "string"), _nested(150, "integer"))
    assert change.what.startswith("response field 200 p.p.p.")
    assert change.what.endswith("type changed: string -> integer")


@pytest.mark.parametrize("depth", [300, 3000])
def test_schemas_nested_too_deeply_get_a_one_line_error(depth: int) -> None:
    with pytest.raises(SpecDiffError, match="too deep"):
        diff(_nested(depth, "string"), _nested(depth, "integer"))


def test_null_mappings_read_as_empty() -> None:
    old = spec()
    new = copy.deepcopy(old)
    get(new)["responses"] = None
    get(new)["parameters"] = None
    new["paths"]["/calls"]["post"]["requestBody"]["content"] = None
    new["components"]["schemas"]["Call"]["properties"] = None
    assert {change.rule for change in diff(old, new)} == {
        "success-response-removed",
        "parameter-removed",
        "request-media-type-removed",
    }
    assert diff(new, old)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda s: get(s)["parameters"][0].pop("name"),
            "new spec: GET /calls: a parameter without a 'name' and an 'in'",
        ),
        (lambda s: get(s)["parameters"].__setitem__(0, "status"), "new spec: GET /calls: a parameter without"),
        (
            lambda s: call(s).__setitem__("$ref", "#/components/schemas/Nope"),
            "new spec: $ref '#/components/schemas/Nope'",
        ),
        (lambda s: call(s).__setitem__("$ref", "other.yaml#/Call"), "new spec: $ref 'other.yaml#/Call' is not local"),
        (lambda s: call(s).__setitem__("$ref", "#call"), "new spec: $ref '#call' is not a JSON pointer"),
    ],
)
def test_an_unreadable_document_gets_a_one_line_error(edit: Any, message: str) -> None:
    new = spec()
    edit(new)
    with pytest.raises(SpecDiffError) as raised:
        diff(spec(), new)
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)


def test_escaped_json_pointers_resolve() -> None:
    old = spec()
    old["components"]["schemas"]["Call/v2 beta"] = old["components"]["schemas"].pop("Call")
    get(old)["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Call~1v2%20beta"
    }
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Call/v2 beta"]["properties"]["call_id"]["type"] = "integer"
    validate(old)
    assert [change.rule for change in diff(old, new)] == ["response-type-changed"]


def test_a_document_that_is_not_a_mapping_is_refused() -> None:
    with pytest.raises(SpecDiffError, match="old spec: not an OpenAPI document"):
        diff(["not", "a", "spec"], spec())


def test_swagger_2_documents_are_compared() -> None:
    old = {
        "swagger": "2.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/pets": {
                "post": {
                    "parameters": [
                        {"name": "body", "in": "body", "schema": {"$ref": "#/definitions/Pet"}},
                        {"name": "limit", "in": "query", "type": "integer", "maximum": 10},
                    ],
                    "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"}}},
                }
            }
        },
        "definitions": {"Pet": {"type": "object", "properties": {"name": STRING}}},
    }
    new = copy.deepcopy(old)
    new["definitions"]["Pet"]["required"] = ["name"]
    new["paths"]["/pets"]["post"]["parameters"][1]["maximum"] = 5
    validate(old)
    validate(new)
    assert [str(change) for change in diff(old, new)] == [
        "[BREAKING] POST /pets: parameter query:limit maximum lowered: 10 -> 5",
        "[BREAKING] POST /pets: request field name made required",
        "[change] POST /pets: response field 200 name made required",
    ]


JUNK = st.none() | st.booleans() | st.integers(-3, 3) | st.floats(allow_nan=False, width=16) | st.text(max_size=3)
JUNK = JUNK | st.lists(JUNK, max_size=2) | st.dictionaries(st.text(max_size=2), JUNK, max_size=2)
NAMES = st.sampled_from(["a", "b", "id"])
TYPES = st.sampled_from(["string", "integer", "number", "object", "array", "boolean", "null"])
REFS = st.sampled_from(["#/components/schemas/A", "#/components/schemas/B"]).map(lambda ref: {"$ref": ref})
NUMBERS = st.integers(0, 5) | st.floats(0, 5, width=16) | JUNK
LEAF = REFS | st.fixed_dictionaries(
    {},
    optional={
        "type": TYPES | st.lists(TYPES, max_size=3) | JUNK,
        "format": st.sampled_from(["int32", "int64", "date", "date-time", "uuid"]) | JUNK,
        "enum": st.lists(st.sampled_from(["x", "y", None, 1]), max_size=3) | JUNK,
        "const": JUNK,
        "default": JUNK,
        "nullable": st.booleans() | JUNK,
        "readOnly": st.booleans(),
        "writeOnly": st.booleans(),
        "deprecated": st.booleans(),
        "pattern": st.sampled_from(["^a$", ".*"]) | JUNK,
        "uniqueItems": st.booleans(),
        **{key: NUMBERS for key in ("maximum", "minimum", "maxLength", "minLength", "maxItems", "minItems")},
        **{key: NUMBERS for key in ("maxProperties", "minProperties", "multipleOf")},
        "exclusiveMaximum": st.booleans() | NUMBERS,
        "exclusiveMinimum": st.booleans() | NUMBERS,
    },
)
SCHEMAS = st.recursive(
    LEAF,
    lambda children: st.fixed_dictionaries(
        {},
        optional={
            "type": TYPES | JUNK,
            "properties": st.dictionaries(NAMES, children, max_size=3) | JUNK,
            "required": st.lists(NAMES, max_size=2) | JUNK,
            "items": children | JUNK,
            "additionalProperties": children | st.booleans(),
            "allOf": st.lists(children, max_size=2) | JUNK,
            "oneOf": st.lists(children, max_size=3) | JUNK,
            "anyOf": st.lists(children, max_size=3) | JUNK,
            "discriminator": st.fixed_dictionaries({"propertyName": NAMES}, optional={"mapping": JUNK}) | JUNK,
            "nullable": st.booleans(),
        },
    ),
    max_leaves=8,
)
PARAMETERS = st.lists(
    st.fixed_dictionaries(
        {"name": NAMES, "in": st.sampled_from(["query", "header", "path", "cookie"])},
        optional={
            "schema": SCHEMAS,
            "required": st.booleans(),
            "style": st.sampled_from(["form", "simple", "deepObject"]) | JUNK,
            "explode": st.booleans(),
            "allowEmptyValue": st.booleans(),
            "deprecated": st.booleans(),
            "content": st.fixed_dictionaries({"application/json": st.fixed_dictionaries({"schema": SCHEMAS})}),
        },
    )
    | JUNK,
    max_size=3,
)
CONTENT = st.dictionaries(
    st.sampled_from(["application/json", "application/xml", "*/*", "text/plain; charset=utf-8"]),
    st.fixed_dictionaries({"schema": SCHEMAS}),
    min_size=1,
    max_size=2,
)
RESPONSES = st.dictionaries(
    st.sampled_from(["200", "201", "404", "default"]),
    st.fixed_dictionaries(
        {"description": st.just("r")},
        optional={
            "content": CONTENT,
            "headers": st.dictionaries(
                st.sampled_from(["X-A", "x-a", "X-B"]),
                st.fixed_dictionaries({}, optional={"schema": SCHEMAS, "required": st.booleans()}),
                max_size=2,
            ),
        },
    )
    | JUNK,
    max_size=3,
)
SECURITY = st.lists(st.dictionaries(st.sampled_from(["k", "o"]), st.lists(NAMES, max_size=2), max_size=2), max_size=2)
OPERATIONS = st.fixed_dictionaries(
    {"responses": RESPONSES},
    optional={
        "operationId": NAMES,
        "tags": st.lists(NAMES, max_size=2),
        "deprecated": st.booleans(),
        "parameters": PARAMETERS,
        "requestBody": st.fixed_dictionaries({"content": CONTENT}, optional={"required": st.booleans()}),
        "security": SECURITY | JUNK,
    },
)
SCHEMES = st.dictionaries(
    st.sampled_from(["k", "o"]),
    st.sampled_from(
        [
            {"type": "apiKey", "in": "header", "name": "X-K"},
            {"type": "apiKey", "in": "query", "name": "k"},
            {"type": "http", "scheme": "bearer"},
            {"type": "oauth2", "flows": {"implicit": {"authorizationUrl": "https://a", "scopes": {"a": ""}}}},
        ]
    )
    | JUNK,
    max_size=2,
)
DOCUMENTS = st.fixed_dictionaries(
    {
        "openapi": st.just("3.1.0"),
        "info": st.just({"title": "t", "version": "1"}),
        "security": SECURITY | JUNK,
        "paths": st.dictionaries(
            st.sampled_from(["/x", "/x/{id}", "/x/{key}", "/y/{id}/z"]),
            st.dictionaries(st.sampled_from(["get", "post"]), OPERATIONS, min_size=1, max_size=2),
            min_size=1,
            max_size=3,
        ),
        "components": st.fixed_dictionaries(
            {"schemas": st.fixed_dictionaries({"A": SCHEMAS, "B": SCHEMAS}), "securitySchemes": SCHEMES}
        ),
    }
)


def _slots(node: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) under ``node``, depth first."""
    slots: list[tuple[Any, Any]] = []
    keys = list(node) if isinstance(node, dict) else range(len(node)) if isinstance(node, list) else []
    for key in keys:
        slots.append((node, key))
        slots += _slots(node[key])
    return slots


def mutated(document: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    """``document`` with one to three of its values replaced by other schemas or junk."""
    new = copy.deepcopy(document)
    for _ in range(data.draw(st.integers(1, 3))):
        slots = _slots(new)
        if not slots:
            break
        container, key = slots[data.draw(st.integers(0, len(slots) - 1))]
        container[key] = data.draw(SCHEMAS | JUNK | REFS)
    return new


@pytest.mark.filterwarnings("ignore:Generating overly large repr")  # the strategies' repr, not the data
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(DOCUMENTS, st.data())
def test_diff_only_ever_raises_its_own_one_line_error(old: dict[str, Any], data: st.DataObject) -> None:
    new = mutated(old, data)
    for before, after in ((old, new), (new, old)):
        try:
            changes = diff(before, after)
        except SpecDiffError as error:
            assert "\n" not in str(error)
        else:
            assert all(str(change).startswith("[") for change in changes)


# -- the project's own spec --------------------------------------------------------------------


@pytest.fixture(scope="module")
def resolved() -> dict[str, Any]:
    document: dict[str, Any] = resolve_spec(ROOT)
    return document


def test_the_project_spec_against_itself_is_no_change(resolved: dict[str, Any]) -> None:
    copied = copy.deepcopy(resolved)
    copied["info"]["description"] = "only the text changed"
    assert diff(resolved, copied) == []
    assert level([], resolved, copied) is Level.PATCH


def test_a_shared_schema_change_is_reported_for_every_operation_using_it(resolved: dict[str, Any]) -> None:
    new = copy.deepcopy(resolved)
    schemas = new["components"]["schemas"]
    name = next(name for name, schema in schemas.items() if "properties" in schema and "required" in schema)
    field = sorted(schemas[name]["required"])[0]
    schemas[name]["required"].remove(field)
    changes = diff(resolved, new)
    assert changes
    assert {change.rule for change in changes} <= {"response-field-made-optional", "request-field-made-optional"}
    assert all(field in change.what for change in changes)


def test_the_project_history_voice_emotion_change_is_minor(resolved: dict[str, Any]) -> None:
    # ee4bc08 dropped `nullable: true` from two response arrays: a response that can no longer
    # be null breaks no caller (oasdiff: info), so the change is minor, not major.
    old = copy.deepcopy(resolved)
    schemas = old["components"]["schemas"]
    flagged = [
        properties[name]
        for properties in (schema.get("properties", {}) for schema in schemas.values())
        for name in ("voice_emotion", "tool_calls")
        if name in properties
    ]
    assert flagged
    for schema in flagged:
        schema["nullable"] = True
    changes = diff(old, resolved)
    assert changes
    assert {change.rule for change in changes} == {"response-made-not-nullable"}
    assert level(changes, old, resolved) is Level.MINOR


# -- docs/version-policy.md and command line --------------------------------------------------


def test_the_version_policy_table_is_the_rule_catalogue() -> None:
    page = (ROOT / "docs" / "version-policy.md").read_text(encoding="utf-8")
    table = re.search(r"<!-- spec-diff-rules:begin -->\n(.*?)<!-- spec-diff-rules:end -->", page, re.S)
    assert table is not None
    assert table.group(1) == rules_table(), "regenerate it: python -m scripts.changes.spec_diff.table"


def test_the_table_script_replaces_a_stale_table_and_only_it() -> None:
    stale = "# Policy\n\n<!-- spec-diff-rules:begin -->\n| old |\n<!-- spec-diff-rules:end -->\n\nAfter.\n"
    assert with_table(stale) == (
        "# Policy\n\n<!-- spec-diff-rules:begin -->\n" + rules_table() + "<!-- spec-diff-rules:end -->\n\nAfter.\n"
    )
    with pytest.raises(ValueError, match="exactly one"):
        with_table("# Policy without markers\n")
    result = subprocess.run(
        [sys.executable, "-m", "scripts.changes.spec_diff.table", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts.changes.spec_diff", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_command_line_prints_the_report(tmp_path: Path) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.json"
    changed_spec = spec()
    changed_spec["paths"]["/calls"].pop("post")
    old.write_text(dump_yaml(spec()), encoding="utf-8")
    new.write_text(json.dumps(changed_spec), encoding="utf-8")
    result = _cli(str(old), str(new), "--version", "1.4.0")
    assert result.returncode == 1, result.stderr
    assert "- [BREAKING] POST /calls: operation removed" in result.stdout
    assert "1.4.0 -> 2.0.0" in result.stdout


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n", "paths/"),
        ("openapi: 3.0.1\npaths: {}\n", "not a valid OpenAPI document"),
        ("just: [unclosed", "not valid YAML/JSON"),
        ("- a list", "not a valid OpenAPI document"),
    ],
)
def test_the_command_line_refuses_an_invalid_document_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, fragment: str
) -> None:
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(dump_yaml(spec()), encoding="utf-8")
    bad.write_text(text, encoding="utf-8")
    assert main([str(good), str(bad)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("error: ") and fragment in err


def test_the_command_line_refuses_a_missing_file(tmp_path: Path) -> None:
    result = _cli(str(tmp_path / "nope.yaml"), str(tmp_path / "nope.yaml"))
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "cannot be read" in result.stderr
    assert "Traceback" not in result.stderr
