"""Documented shapes are checked, not only field types: a list of pairs is not an object, an object not a list."""

from __future__ import annotations

from typing import Any

import pytest

from puretalk_client import APIResponseValidationError
from tests.helpers.mock_api import answer, async_client, sync_client

OK = {"msg": "ok", "err": False}
PAIRS = [["call_id", "x"], ["status", "done"]]


@pytest.mark.parametrize(
    ("body", "where"),
    [
        pytest.param({**OK, "results": PAIRS}, "results: expected an object, got array", id="results-pairs"),
        pytest.param([["msg", "ok"], ["err", False], ["results", {"call_id": "x"}]], "expected an object", id="top"),
        pytest.param(
            {**OK, "results": {"call_id": "x", "call_analysis": [["summary", "s"]]}},
            "call_analysis: expected an object",
            id="nested-model-pairs",
        ),
        pytest.param(
            {**OK, "results": {"call_id": "x", "metadata": [["k", "v"]]}}, "metadata: expected an object", id="union"
        ),
        pytest.param(
            {**OK, "results": {"call_id": "x", "transcript_object": {"role": "agent"}}},
            "transcript_object: expected (an array|list), got (object|dict)",
            id="object-for-list",
        ),
        pytest.param(
            {**OK, "results": {"call_id": "x", "transcript_object": [[["role", "agent"]]]}},
            "transcript_object[0]: expected an object",
            id="list-of-pairs-items",
        ),
    ],
)
def test_a_body_of_the_wrong_shape_is_a_validation_error(body: Any, where: str) -> None:
    client = sync_client(answer(200, body))
    with pytest.raises(APIResponseValidationError, match=where.replace("[0]", r"\[0\]")):
        client.calls.get("c-1")


@pytest.mark.asyncio
async def test_async_a_list_of_pairs_is_not_an_object() -> None:
    with pytest.raises(APIResponseValidationError, match="results: expected an object, got array"):
        await async_client(answer(200, {**OK, "results": PAIRS})).calls.get("c-1")


def test_a_page_item_given_as_pairs_is_a_validation_error() -> None:
    client = sync_client(answer(200, {"count": 1, "next": None, "previous": None, "results": [PAIRS]}))
    with pytest.raises(APIResponseValidationError, match=r"results\[0\]: expected an object"):
        client.calls.list().first_page()


def test_a_campaign_page_given_as_pairs_is_a_validation_error() -> None:
    client = sync_client(answer(200, {**OK, "results": [["count", 1], ["campaigns", []]]}))
    with pytest.raises(APIResponseValidationError, match="results: expected an object"):
        client.campaigns.list().first_page()


def test_register_web_call_result_given_as_pairs_is_a_validation_error() -> None:
    client = sync_client(answer(200, {**OK, "results": [["call_id", "c"], ["token", "t"]]}))
    with pytest.raises(APIResponseValidationError, match="results: expected an object"):
        client.calls.register_web_call(assistant_id="a")


@pytest.mark.parametrize(
    "results",
    [
        pytest.param({"call_id": "x", "metadata": "plain text"}, id="union-string"),
        pytest.param({"call_id": "x", "metadata": {"k": "v"}}, id="union-object"),
        pytest.param({"call_id": "x", "metadata": None, "call_analysis": None}, id="nulls"),
        pytest.param({"call_id": "x", "transcript_object": [{"role": "agent", "content": "hi"}]}, id="list"),
        pytest.param({"call_id": "x", "unknown_extra": [["a", "b"]]}, id="unknown-field-any-shape"),
    ],
)
def test_documented_shapes_pass(results: dict[str, Any]) -> None:
    call = sync_client(answer(200, {**OK, "results": results})).calls.get("c-1")
    assert call.call_id == "x"


def test_assistant_union_of_id_or_object() -> None:
    base = {"assistant_id": "a", "name": "n"}
    for user in (5, None, {"id": 5}):
        assistant = sync_client(answer(200, {**OK, "results": {**base, "user": user}})).assistants.get("a")
        assert assistant.assistant_id == "a"
    with pytest.raises(APIResponseValidationError, match="user: expected an object"):
        sync_client(answer(200, {**OK, "results": {**base, "user": [["id", 5]]}})).assistants.get("a")


def test_free_form_lists_take_any_items() -> None:
    results = {"assistant_id": "a", "llm_states": [["anything"], {"goes": 1}, 3], "variables": []}
    assert sync_client(answer(200, {**OK, "results": results})).assistants.get("a").assistant_id == "a"
