"""Raw and streamed modes are passed explicitly: a resource carries its mode, nothing rides on ambient state.

``with_raw_response`` and ``with_streaming_response`` call the same-named method of a twin
of the resource (same class, same client) made in raw or streamed mode. So a call made
while another is under way (here from an httpx event hook, on the same client) answers in
its own mode, and no exception travels through code the caller can see.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from puretalk_client import AsyncPuretalk, Puretalk, RawResponse
from puretalk_client._resource import to_raw_response
from tests.helpers.mock_api import API_KEY, ROUTES


def _routes(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=ROUTES[request.url.path])


def test_a_parsed_call_made_during_a_raw_call_is_parsed_and_the_raw_call_keeps_its_own_answer() -> None:
    inner: list[Any] = []

    def hook(response: httpx.Response) -> None:
        if response.request.method == "POST":
            inner.append(client.calls.get("c-1"))

    http = httpx.Client(transport=httpx.MockTransport(_routes), event_hooks={"response": [hook]})
    client = Puretalk(api_key=API_KEY, http_client=http)
    raw = client.calls.with_raw_response.register_web_call(assistant_id="a")
    assert isinstance(raw, RawResponse)
    assert raw.http_request.method == "POST"
    assert raw.parse().call_id == "c-1"
    (call,) = inner
    assert not isinstance(call, RawResponse)
    assert call.status == "completed"


def test_async_a_parsed_call_made_during_a_streamed_call_is_parsed() -> None:
    inner: list[Any] = []

    async def hook(response: httpx.Response) -> None:
        if response.request.method == "POST":
            inner.append(await client.calls.get("c-1"))

    http = httpx.AsyncClient(transport=httpx.MockTransport(_routes), event_hooks={"response": [hook]})
    client = AsyncPuretalk(api_key=API_KEY, http_client=http)

    async def main() -> str | None:
        async with client.calls.with_streaming_response.register_web_call(assistant_id="a") as streamed:
            return (await streamed.parse()).token

    assert asyncio.run(main()) == "t-1"
    assert inner[0].status == "completed"


def test_the_parsed_resource_stays_parsed_after_its_variants_were_used() -> None:
    client = Puretalk(api_key=API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(_routes)))
    raw_get = client.calls.with_raw_response.get
    assert isinstance(raw_get("c-1"), RawResponse)
    with client.calls.with_streaming_response.get("c-1") as streamed:
        assert streamed.json()["results"]["call_id"] == "c-1"
    assert client.calls.get("c-1").call_id == "c-1"
    assert isinstance(raw_get("c-1"), RawResponse)


def test_a_raw_list_gives_the_first_page_answer_and_the_list_still_iterates() -> None:
    pages = {
        None: {"count": 3, "next": "https://api.puretalk.ai/api/calls?page=2", "results": [{"call_id": "a"}]},
        "2": {"count": 3, "next": None, "results": [{"call_id": "b"}, {"call_id": "c"}]},
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages[request.url.params.get("page")])

    client = Puretalk(api_key=API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    raw = client.calls.with_raw_response.list()
    assert raw.json()["results"] == [{"call_id": "a"}]
    assert [call.call_id for call in raw.parse().items] == ["a"]
    assert [call.call_id for call in client.calls.list()] == ["a", "b", "c"]


def test_only_a_resource_method_can_be_wrapped() -> None:
    def plain(value: int) -> int:
        return value

    with pytest.raises(TypeError, match="wraps a method of a resource"):
        to_raw_response(plain)
