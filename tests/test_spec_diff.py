"""The change report: each change class, its breaking mark, and the version it requires."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from scripts.spec_diff import Level, bump, diff, level, report

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
    "response field type changed": (
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
    ("how_far", "expected"),
    [(Level.MAJOR, "1.0.0"), (Level.MINOR, "0.2.0"), (Level.PATCH, "0.1.1"), (Level.NONE, "0.1.0")],
)
def test_bump(how_far: Level, expected: str) -> None:
    assert bump("0.1.0", how_far) == expected


def test_report_names_breaking_changes_and_the_version() -> None:
    old = spec()
    new = copy.deepcopy(old)
    new["paths"]["/calls"].pop("post")
    changes = diff(old, new)
    text = report(changes, level(changes, old, new), "0.4.2", "1.0.0")
    assert "1 change(s), 1 breaking:" in text
    assert "- [BREAKING] POST /calls: operation removed" in text
    assert "0.4.2 -> 1.0.0" in text


def test_recursive_schemas_are_flattened_once() -> None:
    old = spec()
    old["components"]["schemas"]["Call"]["properties"]["children"] = {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Call"},
    }
    new = copy.deepcopy(old)
    call(new)["properties"]["label"] = {"type": "string"}
    assert [str(change) for change in diff(old, new)] == [
        "[addition] GET /calls: response field 200 label added (string)"
    ]
