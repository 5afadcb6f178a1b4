"""Schema rules of the change report, each in both directions: a request field, then a response field.

Each case is an old and a new schema for one field (``value``), and the rules it must
trigger when the field is sent (request body) and when it is returned (200 response).
The pairs are written from the rules (oasdiff's, and ours where we differ), not taken
from any tool's test data.
"""

from __future__ import annotations

from typing import Any

import pytest

from scripts.changes.spec_diff import RULES, Severity, diff
from tests.helpers.spec_diff_cases import CASES, A, B, S, document, rules_of


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("request_side", [True, False], ids=["request", "response"])
def test_schema_rule(case: str, request_side: bool) -> None:
    old, new, as_request, as_response, *version = CASES[case]
    expected = as_request if request_side else as_response
    assert rules_of(old, new, request=request_side, version=version[0] if version else "3.0.3") == expected


def test_every_case_reports_its_level_in_the_line() -> None:
    before = document({"type": "string", "enum": ["a"]}, request=False)
    after = document({"type": "string", "enum": ["a", "b"]}, request=False)
    [change] = diff(before, after)
    assert str(change) == '[POTENTIALLY BREAKING] POST /items: response field 200 value enum value(s) added: "b"'
    assert change.severity is Severity.POTENTIALLY_BREAKING


def test_a_body_root_is_named_as_the_body() -> None:
    before, after = document(None, request=True), document(None, request=True)
    after["paths"]["/items"]["post"]["requestBody"]["content"]["application/json"]["schema"] = {
        "type": "array",
        "items": S,
    }
    after["paths"]["/items"]["post"]["responses"]["200"]["content"]["application/json"]["schema"] = {"type": "string"}
    assert [str(change) for change in diff(before, after)] == [
        "[BREAKING] POST /items: request body type changed: object -> array",
        "[BREAKING] POST /items: response 200 type changed: object -> string",
    ]


def test_schema_cases_cover_every_schema_rule() -> None:
    covered = {rule for case in CASES.values() for rule in (*case[2], *case[3])}
    assert covered <= RULES.keys()
    assert "request-type-changed" in covered and "response-field-made-write-only" in covered


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        (
            {"type": "integer", "maximum": 10},
            {"type": "integer", "maximum": 10, "exclusiveMaximum": True},
            "[BREAKING] POST /items: request field value maximum made exclusive (exclusiveMaximum: true): 10",
        ),
        (
            {"type": "number", "minimum": 0.5},
            {"type": "number", "minimum": 0.5, "exclusiveMinimum": True},
            "[BREAKING] POST /items: request field value minimum made exclusive (exclusiveMinimum: true): 0.5",
        ),
        (S, {"type": "string", "readOnly": True}, "[BREAKING] POST /items: request field value made readOnly"),
        (
            {"oneOf": [A, B], "discriminator": {"propertyName": "kind"}},
            {"oneOf": [A, B], "discriminator": {"propertyName": "type"}},
            "[BREAKING] POST /items: request field value discriminator property name kind -> type",
        ),
    ],
    ids=["exclusiveMaximum on", "exclusiveMinimum on", "readOnly", "discriminator propertyName"],
)
def test_what_openapi_diff_calls_breaking_in_a_request_is_reported_as_breaking(
    old: dict[str, Any], new: dict[str, Any], line: str
) -> None:
    changes = diff(document(old, request=True), document(new, request=True))
    assert [str(change) for change in changes] == [line]
    assert all(RULES[change.rule].severity is Severity.BREAKING for change in changes)
