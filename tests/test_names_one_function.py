"""One function gives every Python name: the facade, the change report and the generator's own code agree."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from scripts.changes.spec_diff import diff
from scripts.changes.spec_diff.operation_diff import python_name
from scripts.generation import names
from scripts.generation.facade_model import snake as facade_snake


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("getV2Call", "get_v2_call"),
        ("list2Calls", "list_2_calls"),
        ("HTTPStatus", "http_status"),
        ("abc123", "abc123"),
        ("abc_123", "abc_123"),
        ("listCalls", "list_calls"),
        ("phone-numbers", "phone_numbers"),
        ("Phone Numbers", "phone_numbers"),
    ],
)
def test_every_place_gives_the_same_name(text: str, expected: str) -> None:
    assert names.snake(text) == expected
    assert python_name(text) == expected, "the change report names it as the code does"
    assert facade_snake(text) == expected, "the facade names it with the same function"


def test_the_generator_splits_words_the_same_way() -> None:
    """The pinned generator's own ``snake_case`` gives the same names (its function and property names)."""
    strings = pytest.importorskip("openapi_python_client.strings")
    for text in ("getV2Call", "list2Calls", "HTTPStatus", "abc123", "abc_123", "listCalls", "phone-numbers"):
        assert strings.snake_case(text) == names.snake(text), text


def _spec(operation_id: str) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/calls": {
                "get": {"operationId": operation_id, "tags": ["calls"], "responses": {"200": {"description": "ok"}}}
            }
        },
    }


def test_an_operation_id_respelled_into_another_python_name_is_breaking() -> None:
    old = _spec("abc123")
    new = copy.deepcopy(old)
    new["paths"]["/calls"]["get"]["operationId"] = "abc_123"
    changes = diff(old, new)
    assert [change.rule for change in changes] == ["operation-id-changed"]
    assert changes[0].breaking
    assert str(changes[0]).startswith("[BREAKING]")
    assert "abc123 -> abc_123" in changes[0].what


def test_an_operation_id_respelled_into_the_same_python_name_is_not() -> None:
    old = _spec("listCalls")
    new = copy.deepcopy(old)
    new["paths"]["/calls"]["get"]["operationId"] = "list_calls"
    assert [change.rule for change in diff(old, new)] == ["operation-id-respelled"]
