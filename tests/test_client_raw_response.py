"""with_raw_response: status, headers and bytes first; parse() gives, or raises, what the method would."""

from __future__ import annotations

import json

import httpx
import pytest

from puretalk_client import (
    APIEnvelopeError,
    APIResponseValidationError,
    AuthenticationError,
    NotFoundError,
    Page,
    RateLimitError,
    RawResponse,
)
from puretalk_client._generated.models import RegisterWebCallResult
from tests.helpers.mock_api import REGISTERED, MockApi, async_client, sync_client


def test_raw_response_of_register_web_call() -> None:
    api = MockApi()
    raw = sync_client(api).calls.with_raw_response.register_web_call(assistant_id="a")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "req-1"
    assert json.loads(raw.content) == REGISTERED
    result = raw.parse()
    assert isinstance(result, RegisterWebCallResult)
    assert (result.call_id, result.token) == ("c-1", "t-1")
    assert "POST" in repr(raw)
    assert len(api.requests) == 1


def test_raw_response_on_an_error_status_raises_the_typed_error() -> None:
    api = MockApi(lambda request: httpx.Response(404, json={"err": True, "msg": "no such call"}))
    with pytest.raises(NotFoundError, match="no such call"):
        sync_client(api).calls.with_raw_response.get("c-1")


def test_raw_response_on_429_is_retried_then_raises() -> None:
    api = MockApi(lambda request: httpx.Response(429, json={"err": True, "msg": "slow down"}))
    with pytest.raises(RateLimitError):
        sync_client(api).calls.with_raw_response.register_web_call(assistant_id="a")
    assert len(api.requests) == 3


def test_raw_response_parse_raises_what_the_method_would() -> None:
    api = MockApi(lambda request: httpx.Response(200, text="<html>oops</html>"))
    raw = sync_client(api).calls.with_raw_response.get("c-1")
    assert raw.status_code == 200
    assert raw.content == b"<html>oops</html>"
    with pytest.raises(APIResponseValidationError):
        raw.parse()

    api = MockApi(lambda request: httpx.Response(200, json={"msg": "bad thing", "err": True, "results": {}}))
    raw = sync_client(api).calls.with_raw_response.get("c-1")
    with pytest.raises(APIEnvelopeError, match="bad thing"):
        raw.parse()


def test_raw_response_of_tasks_upsert() -> None:
    api = MockApi()
    client = sync_client(api)
    raw = client.assistants.tasks.with_raw_response.upsert("a", llm_states=[{"name": "greet"}])
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.parse() is None
    assert api.requests[-1].method == "POST"
    assert api.requests[-1].url.path == "/api/ai-assistants/llm-states/a"
    assert api.json() == {"llm_states": [{"name": "greet"}]}


def test_raw_response_through_the_assistants_namespace() -> None:
    api = MockApi()
    raw = sync_client(api).assistants.with_raw_response.tasks.delete(llm_states=["s-1"])
    assert raw.status_code == 200
    assert api.json() == {"llm_states": ["s-1"]}


@pytest.mark.asyncio
async def test_async_raw_response_of_tasks_upsert() -> None:
    api = MockApi()
    raw = await async_client(api).assistants.tasks.with_raw_response.upsert("a", llm_states=[{"name": "greet"}])
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "req-1"


def test_raw_response_of_a_list_is_its_first_page() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        body = {"count": 3, "next": "https://api.puretalk.ai/api/calls?page=2", "results": [{"call_id": "c"}]}
        return httpx.Response(200, json=body, headers={"X-Total": "3"})

    api = MockApi(reply)
    raw = sync_client(api).calls.with_raw_response.list(status="completed")
    assert raw.headers["X-Total"] == "3"
    page = raw.parse()
    assert isinstance(page, Page)
    assert page.next == "https://api.puretalk.ai/api/calls?page=2"
    assert len(api.requests) == 1


@pytest.mark.asyncio
async def test_async_raw_response() -> None:
    api = MockApi()
    raw = await async_client(api).calls.with_raw_response.get("c-1")
    assert raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "req-1"
    assert raw.parse().call_id == "c-1"


@pytest.mark.asyncio
async def test_async_raw_response_on_an_error_status() -> None:
    api = MockApi(lambda request: httpx.Response(401, json={"err": True, "msg": "bad key"}))
    with pytest.raises(AuthenticationError):
        await async_client(api).calls.with_raw_response.get("c-1")
